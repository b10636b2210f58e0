// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/sweep.h"

#include "core/model/market.h"
#include "core/model/model.h"

#include <algorithm>
#include <cmath>

namespace cc {

std::vector<double> linspace(double lo, double hi, int n)
{
    std::vector<double> v(static_cast<std::size_t>(std::max(n, 0)));
    for (int i = 0; i < n; ++i)
        v[i] = n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
    return v;
}

std::vector<double> sweep(const Inputs &base, const ParamInfo &x, std::span<const double> xs, const OutputInfo &out,
                          double undefined)
{
    // One row of sweep2d, its y the input's own value: four points at a time
    // through the lanes, and the market block only when `out` needs it — one
    // full evaluation per point made the paid-rate curve and the heat map's
    // break-even line a tenth of a slider step.
    std::vector<double> values(xs.size());
    const double at = valueOf(base, x);
    sweep2d(base, x, xs, x, std::span(&at, 1), out, undefined, values);
    return values;
}

void sweep2d(const Inputs &base, const ParamInfo &x, std::span<const double> xs, const ParamInfo &y,
             std::span<const double> ys, const OutputInfo &out, double undefined, std::span<double> values)
{
    // Four cells of a row at once through the model's lanes (the heat map's
    // and the data table's cost); a choice axis (billing) takes one cell at a time.
    const auto *fx = std::get_if<double Inputs::*>(&x.field), *fy = std::get_if<double Inputs::*>(&y.field);
    if (fx && fy) {
        LaneInputs lanes;
        broadcast(base, lanes);
        Lanes &lx = laneField(lanes, *fx), &ly = laneField(lanes, *fy);
        LaneResults r;
        const bool market = needsMarketBlock(out);
        // Computed once for the grid when neither axis feeds the market's year table.
        const std::optional<MarketOutlook> outlook =
            market && !feedsMarketOutlook(x.group) && !feedsMarketOutlook(y.group) ? std::optional(marketOutlook(base))
                                                                                   : std::nullopt;
        // The serving model's shape likewise, when neither axis feeds it.
        const std::optional<kernel::ServingShape<double>> serving =
            !feedsServingShape(x) && !feedsServingShape(y) ? std::optional(kernel::servingShape(base)) : std::nullopt;
        for (std::size_t iy = 0; iy < ys.size(); ++iy) {
            ly = ys[iy] - Lanes{};
            for (std::size_t ix = 0; ix < xs.size(); ix += laneCount) {
                const std::size_t n = std::min<std::size_t>(laneCount, xs.size() - ix);
                for (std::size_t j = 0; j < n; ++j)
                    lx[j] = xs[ix + j]; // x after y, as below: the same input on both axes takes x
                evaluate(lanes, r, market, outlook ? &*outlook : nullptr, serving ? &*serving : nullptr);
                const Lanes &v = out.lanes(r);
                for (std::size_t j = 0; j < n; ++j)
                    values[iy * xs.size() + ix + j] = std::isnan(v[j]) ? undefined : v[j];
            }
        }
        return;
    }
    Inputs in = base;
    for (std::size_t iy = 0; iy < ys.size(); ++iy) {
        setValue(in, y, ys[iy]);
        for (std::size_t ix = 0; ix < xs.size(); ++ix) {
            setValue(in, x, xs[ix]);
            values[iy * xs.size() + ix] = out.get(evaluate(in)).value_or(undefined);
        }
    }
}

} // namespace cc
