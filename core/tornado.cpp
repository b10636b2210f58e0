// SPDX-License-Identifier: GPL-3.0-or-later
#include "tornado.h"

#include "model.h"

#include <algorithm>
#include <cmath>

namespace cc {

namespace {

std::pair<double, double> swingRange(const ParamInfo &p, double v, SwingMode mode, double fraction)
{
    if (p.isChoice())
        return {p.min, p.max};
    double lo, hi;
    if (mode == SwingMode::SliderRange) {
        lo = p.sliderMin;
        hi = p.sliderMax;
    } else if (v == 0) {
        const double step = fraction * (p.sliderMax - p.sliderMin) / 2;
        lo = v - step;
        hi = v + step;
    } else {
        lo = v * (1 - fraction);
        hi = v * (1 + fraction);
        if (lo > hi)
            std::swap(lo, hi);
    }
    if (p.whole) {
        lo = std::floor(lo);
        hi = std::ceil(hi);
    }
    return {std::clamp(lo, p.min, p.max), std::clamp(hi, p.min, p.max)};
}

} // namespace

std::vector<TornadoBar> tornado(const Inputs &base, const OutputInfo &output, SwingMode mode, double fraction)
{
    std::vector<TornadoBar> bars;
    for (const ParamInfo &p : parameters()) {
        const auto [lo, hi] = swingRange(p, valueOf(base, p), mode, fraction);
        if (lo == hi)
            continue;
        Inputs in = base;
        setValue(in, p, lo);
        const std::optional<double> atLow = output.get(evaluate(in));
        setValue(in, p, hi);
        const std::optional<double> atHigh = output.get(evaluate(in));
        if (!atLow || !atHigh || *atLow == *atHigh)
            continue;
        bars.push_back({&p, lo, hi, *atLow, *atHigh});
    }
    std::stable_sort(bars.begin(), bars.end(), [](const TornadoBar &a, const TornadoBar &b) { return a.swing() > b.swing(); });
    return bars;
}

} // namespace cc
