// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/loadprofile.h"

#include <algorithm>
#include <array>

namespace cc {

namespace {

constexpr std::array<LoadStep, 12> profile{{
    {0.0, 1.25, 218},
    {1.25, 2.0, 188},
    {2.0, 2.75, 158},
    {2.75, 3.0, 128},
    {3.0, 3.5, 98},
    {3.5, 6.5, 68},
    {6.5, 7.0, 98},
    {7.0, 7.5, 128},
    {7.5, 8.0, 188},
    {8.0, 8.5, 218},
    {8.5, 12.0, 278},
    {12.0, 24.0, 278},
}};

} // namespace

std::span<const LoadStep> dsLoadProfile()
{
    return profile;
}

double dsProfileMeanNodes()
{
    double nodeHours = 0;
    for (const LoadStep &s : profile)
        nodeHours += s.nodes * (s.endHour - s.startHour);
    return nodeHours / 24.0;
}

double dsProfilePeakToMean()
{
    const auto peak = std::max_element(profile.begin(), profile.end(),
                                       [](const LoadStep &a, const LoadStep &b) { return a.nodes < b.nodes; });
    return peak->nodes / dsProfileMeanNodes();
}

std::vector<LoadPoint> scenarioLoadProfile(const Results &r)
{
    const double scale = r.avgBusyGpus / dsProfileMeanNodes();
    std::vector<LoadPoint> points;
    points.reserve(profile.size());
    for (const LoadStep &s : profile)
        points.push_back({s.startHour, s.endHour, s.nodes * scale});
    return points;
}

double hoursAboveCapacity(const Results &r)
{
    double hours = 0;
    for (const LoadPoint &p : scenarioLoadProfile(r))
        if (p.busyGpus > r.provisionedGpus)
            hours += p.endHour - p.startHour;
    return hours;
}

} // namespace cc
