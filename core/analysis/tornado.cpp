// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/tornado.h"

#include "core/model/model.h"
#include "core/analysis/sweep.h"

#include <algorithm>
#include <cmath>

#include <variant>

namespace cc {

namespace {

// Unclamped: v moved by `change`, a fraction of itself, or of half the slider
// range when it is 0 (a running cost, a growth rate), which no fraction moves.
double moved(const ParamInfo &p, double v, double change)
{
    return v == 0 ? change * (p.sliderMax - p.sliderMin) / 2 : v * (1 + change);
}

std::pair<double, double> swingRange(const ParamInfo &p, double v, SwingMode mode, double fraction)
{
    if (p.isChoice())
        return {p.min, p.max};
    double lo, hi;
    if (mode == SwingMode::SliderRange) {
        lo = p.sliderMin;
        hi = p.sliderMax;
    } else {
        lo = moved(p, v, -fraction);
        hi = moved(p, v, fraction);
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

double swungInput(const ParamInfo &p, double v, double change)
{
    return std::clamp(moved(p, v, change), p.min, p.max);
}

bool structural(const ParamInfo &p)
{
    for (const ParamInfo *fact : {&parameter(&Inputs::gpusPerNode), &parameter(&Inputs::calibrationUtilization),
                                  &parameter(&Inputs::cardPeakTflops), &parameter(&Inputs::activeParamsBillions)})
        if (&p == fact)
            return true;
    return false;
}

std::vector<SpiderLine> spider(const Inputs &base, const OutputInfo &output, std::span<const TornadoBar> bars,
                               int lines, double fraction, int steps)
{
    std::vector<SpiderLine> out;
    const std::vector<double> changes = linspace(-fraction, fraction, steps);
    for (const TornadoBar &bar : bars.first(std::min<std::size_t>(bars.size(), std::size_t(std::max(lines, 0))))) {
        const ParamInfo &p = *bar.input;
        const double v = valueOf(base, p);
        std::vector<double> xs;
        for (double c : changes)
            xs.push_back(swungInput(p, v, c));
        out.push_back({&p, changes, sweep(base, p, xs, output, std::nan(""))});
    }
    return out;
}

std::vector<TornadoBar> tornado(const Inputs &base, const OutputInfo &output, SwingMode mode, double fraction)
{
    std::vector<TornadoBar> bars;
    for (const ParamInfo &p : parameters()) {
        // A card, a model or a method has no low and high end: the chip comparison answers those.
        if (p.isChoice() && !std::holds_alternative<Billing Inputs::*>(p.field) &&
            !std::holds_alternative<SupplyBasis Inputs::*>(p.field))
            continue;
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
    std::stable_sort(bars.begin(), bars.end(),
                     [](const TornadoBar &a, const TornadoBar &b) { return a.swing() > b.swing(); });
    return bars;
}

} // namespace cc
