// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/jevonsdata.h"

#include "core/model/outputs.h"
#include "core/model/jevons.h"

#include <algorithm>

namespace cc::chart {

ChartData jevonsChartData(const Inputs &in, const Results &r)
{
    ChartData d;
    // The scenario's gain may lie beyond 10×: the axis then reaches it.
    const double kMax = std::max(10.0, in.efficiencyGain);
    d.x = {CC_CHART_TR("Efficiency gain (tokens per GPU-hour, ×)"), Unit::Multiplier, 1, kMax};
    d.y = {CC_CHART_TR("GPU demand (× today)"), Unit::Multiplier, 0, 0};
    std::vector<double> ks;
    for (int i = 0; i <= 180; ++i)
        ks.push_back(1 + (kMax - 1) * i / 180.0);
    auto curve = [&](std::string_view id, std::string_view label, double epsilon) {
        Series s{std::string(id), std::string(label), Unit::Multiplier, ks, {}};
        for (double k : ks)
            s.y.push_back(gpuDemandMultiplier(k, in.costPassThrough, epsilon));
        return s;
    };
    static constexpr std::string_view ids[] = {"epsilon0", "epsilon0_5", "epsilon1", "epsilon1_5", "epsilon2"};
    static constexpr std::string_view labels[] = {CC_CHART_TR("ε = 0"), CC_CHART_TR("ε = 0.5"), CC_CHART_TR("ε = 1"),
                                                  CC_CHART_TR("ε = 1.5"), CC_CHART_TR("ε = 2")};
    for (std::size_t i = 0; i < std::size(jevonsChartElasticities); ++i)
        d.series.push_back(curve(ids[i], labels[i], jevonsChartElasticities[i]));
    // Last, so it is drawn on top; the view adds its ε to the label.
    d.series.push_back(curve("scenario", CC_CHART_TR("this scenario"), in.priceElasticity));
    d.references.push_back(
        {"jevons",
         CC_CHART_TR("Jevons line: GPU demand unchanged"),
         Reference::Axis::Y,
         1,
         1,
         {"docs/model.md §9", "multiplier 1: the efficiency gain neither shrinks nor grows GPU demand",
          Provenance::Derived}});
    d.markers.push_back({"scenario", CC_CHART_TR("this scenario"), in.efficiencyGain, r.gpuDemandMultiplier});
    // Where the scenario's pass-through puts the break-even elasticity (none without pass-through).
    d.markers.push_back({output(&Results::jevonsElasticity).id, CC_CHART_TR("break-even elasticity"), in.efficiencyGain,
                         1, r.jevonsElasticity.has_value()});
    return d;
}

} // namespace cc::chart
