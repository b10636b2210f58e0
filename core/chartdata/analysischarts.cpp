// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis window's charts: tornado, spider and data table.
#include "core/chartdata/analysischarts.h"

#include "core/analysis/sweep.h"

#include <cmath>

namespace cc::chart {

Unit unitOf(OutputKind kind)
{
    switch (kind) {
    case OutputKind::Gpus: return Unit::Gpus;
    case OutputKind::Ratio: return Unit::Ratio;
    case OutputKind::UsdPerDay: return Unit::UsdPerDay;
    case OutputKind::CnyMillionsPerYear: return Unit::CnyMillionsPerYear;
    case OutputKind::Years: return Unit::Years;
    case OutputKind::Count: return Unit::Count;
    case OutputKind::MillionUsers: return Unit::MillionUsers;
    case OutputKind::Multiplier: return Unit::Multiplier;
    case OutputKind::Elasticity: return Unit::None;
    case OutputKind::Year: return Unit::Year;
    case OutputKind::MaasCount: return Unit::Count;
    case OutputKind::TokensPerSec: return Unit::TokensPerSec;
    case OutputKind::Sequences: return Unit::Sequences;
    case OutputKind::UsdPerMillionTokens: return Unit::UsdPerMillionTokens;
    }
    return Unit::None;
}

ChartData tornadoData(std::span<const TornadoBar> bars, const OutputInfo &output, std::optional<double> baseValue)
{
    ChartData d;
    const Unit unit = unitOf(output.kind);
    d.x = {output.label, unit};
    d.y = {{}, Unit::None};
    Series low{"lowOutput", CC_CHART_TR("input at its low end"), unit, {}, {}, Series::Kind::Bar};
    Series high{"highOutput", CC_CHART_TR("input at its high end"), unit, {}, {}, Series::Kind::Bar};
    // Each input in its own unit: as stored (fractions for rates).
    Series lowInput{"lowInput", CC_CHART_TR("low input"), Unit::None, {}, {}, Series::Kind::Points};
    Series highInput{"highInput", CC_CHART_TR("high input"), Unit::None, {}, {}, Series::Kind::Points};
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const TornadoBar &b = bars[i];
        d.categories.push_back(b.input->label);
        for (Series *s : {&low, &high, &lowInput, &highInput})
            s->x.push_back(double(i));
        low.y.push_back(b.lowOutput);
        high.y.push_back(b.highOutput);
        lowInput.y.push_back(b.lowInput);
        highInput.y.push_back(b.highInput);
    }
    d.series = {std::move(low), std::move(high), std::move(lowInput), std::move(highInput)};
    if (baseValue)
        d.markers = {{"base", CC_CHART_TR("this scenario"), *baseValue, 0}};
    return d;
}

ChartData spiderData(std::span<const SpiderLine> lines, const OutputInfo &output)
{
    ChartData d;
    d.x = {CC_CHART_TR("Change in the input"), Unit::Ratio};
    d.y = {output.label, unitOf(output.kind)};
    for (const SpiderLine &line : lines)
        d.series.push_back({std::string(line.input->id), std::string(line.input->label), unitOf(output.kind),
                            line.change, line.output});
    return d;
}

ChartData dataTableData(const ParamInfo &x, std::span<const double> xs, const ParamInfo &y, std::span<const double> ys,
                        const OutputInfo &output, std::span<const double> values)
{
    ChartData d;
    d.x = {x.label, x.ratio ? Unit::Ratio : Unit::None};
    d.y = {y.label, y.ratio ? Unit::Ratio : Unit::None};
    d.grids = {{output.id,
                unitOf(output.kind),
                {xs.begin(), xs.end()},
                {ys.begin(), ys.end()},
                {values.begin(), values.end()}}};
    return d;
}

ChartData outputCurvesData(const Inputs &base, const ParamInfo &x, std::span<const double> xs,
                           std::span<const OutputInfo *const> outputs)
{
    ChartData d;
    d.x = {x.label, x.ratio ? Unit::Ratio : Unit::None};
    for (const OutputInfo *o : outputs)
        d.series.push_back({std::string(o->id),
                            std::string(o->label),
                            unitOf(o->kind),
                            {xs.begin(), xs.end()},
                            sweep(base, x, xs, *o, std::nan(""))});
    return d;
}

} // namespace cc::chart
