// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/results.h"

#include <span>
#include <vector>

namespace cc {

// One step of DS6's "H800 Node Count For Inference Service" chart, on the
// UTC+8 clock. Read by eye (facts.md §1, ⚠ approximate), but it reproduces the
// disclosed 226.75-node average exactly.
struct LoadStep {
    double startHour;
    double endHour;
    double nodes;
};
std::span<const LoadStep> dsLoadProfile();
double dsProfileMeanNodes();  // 226.75
double dsProfilePeakToMean(); // 278 / 226.75 = 1.226: the data behind the peak multiplier

// The scenario's busy GPUs through the day: DS's shape scaled so that its
// mean equals the scenario's average busy GPUs.
struct LoadPoint {
    double startHour;
    double endHour;
    double busyGpus;
};
std::vector<LoadPoint> scenarioLoadProfile(const Results &r);

// Hours a day the scenario's load stands above its provisioned GPUs: with a peak
// multiplier under DS6's 1.226, the evening peak outruns the capacity.
double hoursAboveCapacity(const Results &r);

} // namespace cc
