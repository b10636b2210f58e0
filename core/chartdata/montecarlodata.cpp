// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/montecarlodata.h"

#include "core/chartdata/analysischarts.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace cc::chart {

namespace {

// Puts the k-th smallest value at v[k] for every k in `ks` (sorted, distinct),
// as std::sort would, by nested nth_element: O(n log |ks|), not O(n log n).
void placeOrderStatistics(std::vector<float> &v, std::span<const std::size_t> ks, std::size_t from = 0,
                          std::size_t to = std::size_t(-1))
{
    to = std::min(to, v.size());
    if (ks.empty() || to - from < 2)
        return;
    const std::size_t middle = ks.size() / 2, k = ks[middle];
    std::nth_element(v.begin() + long(from), v.begin() + long(k), v.begin() + long(to));
    placeOrderStatistics(v, ks.first(middle), from, k);
    placeOrderStatistics(v, ks.subspan(middle + 1), k + 1, to);
}

} // namespace

ChartData monteCarloChart(const MonteCarloResult &r, int output, int bins)
{
    const OutputInfo &out = *r.outputs[std::size_t(output)];
    ChartData c;
    c.x = {out.label, unitOf(out.kind)};
    c.y = {CC_CHART_TR("share of samples"), Unit::Ratio};
    c.y2 = {CC_CHART_TR("cumulative share"), Unit::Ratio, 0, 1};
    std::vector<float> v;
    v.reserve(std::size_t(r.samples));
    for (int i = 0; i < r.samples; ++i)
        if (const float x = r.value(output, i); !std::isnan(x))
            v.push_back(x);
    if (v.empty() || bins < 1)
        return c;
    // Only the order statistics drawn are put in place (each as a full sort would
    // leave it): the axis ends and the CDF's 201 points. Half a sort's work for a
    // live step's 100,000 samples.
    const auto cdfIndex = [&](int q) { return std::min(v.size() - 1, v.size() * std::size_t(q) / 200); };
    std::vector<std::size_t> wanted{v.size() / 1000, v.size() - 1 - v.size() / 1000};
    for (int q = 0; q <= 200; ++q)
        wanted.push_back(cdfIndex(q));
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    placeOrderStatistics(v, wanted);
    double lo = v[v.size() / 1000], hi = v[v.size() - 1 - v.size() / 1000];
    // An output the uncertain inputs do not move (DAU against the margin) comes
    // out equal up to float rounding: one bar at that value, on an axis wide
    // enough for its ticks to read as different numbers.
    const double magnitude = std::max(std::abs(lo), std::abs(hi));
    if (hi - lo <= 1e-6 * magnitude || hi == lo) {
        const double centre = 0.5 * (lo + hi), half = magnitude > 0 ? 0.01 * magnitude : 0.5;
        lo = centre - half;
        hi = centre + half;
    }
    const double width = std::max(hi - lo, 1e-12) / bins;
    c.x.min = lo;
    c.x.max = lo + bins * width;
    Series histogram{"histogram", CC_CHART_TR("share of samples"), Unit::Ratio, {}, {}, Series::Kind::Bar};
    histogram.x.resize(std::size_t(bins));
    histogram.y.assign(std::size_t(bins), 0.0);
    for (int b = 0; b < bins; ++b)
        histogram.x[std::size_t(b)] = lo + (b + 0.5) * width;
    // Counted, then divided once: a share added per sample drifts over a million samples.
    std::vector<long> counts(std::size_t(bins), 0);
    for (const float x : v)
        ++counts[std::size_t(std::clamp(int((x - lo) / width), 0, bins - 1))];
    for (int b = 0; b < bins; ++b)
        histogram.y[std::size_t(b)] = double(counts[std::size_t(b)]) / double(v.size());
    Series cumulative{"cumulative", CC_CHART_TR("cumulative"), Unit::Ratio, {}, {}, Series::Kind::Line, true};
    for (int q = 0; q <= 200; ++q) {
        const std::size_t i = cdfIndex(q);
        cumulative.x.push_back(v[i]);
        cumulative.y.push_back(double(i + 1) / double(v.size()));
    }
    c.series = {std::move(histogram), std::move(cumulative)};
    return c;
}

MonteCarloSummary summarizeMonteCarlo(const MonteCarloResult &r, std::span<const UncertainInput> uncertain, int output,
                                      bool drivers)
{
    MonteCarloSummary s;
    s.output = output;
    s.statistics = statistics(r, output);
    s.chart = monteCarloChart(r, output);
    if (drivers)
        s.drivers = sensitivity(r, uncertain, output);
    return s;
}

} // namespace cc::chart
