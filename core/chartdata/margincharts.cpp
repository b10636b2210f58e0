// SPDX-License-Identifier: GPL-3.0-or-later
// The margin charts: the bridge, the paid-rate curve and the paid rate × GPU share map.
#include "core/chartdata/dashboardcharts.h"
#include "core/model/outputs.h"
#include "core/chartdata/references.h"
#include "core/analysis/sweep.h"

namespace cc::chart {

ChartData waterfallData(const Inputs &, const Results &r)
{
    ChartData d;
    d.x = {CC_CHART_TR("Step"), Unit::None};
    d.y = {CC_CHART_TR("Revenue margin"), Unit::Ratio};
    Series step{"step", CC_CHART_TR("level or change"), Unit::Ratio, {}, {}, Series::Kind::Bar};
    Series start{"start", CC_CHART_TR("bar starts"), Unit::Ratio, {}, {}, Series::Kind::Bar};
    Series end{"end", CC_CHART_TR("bar ends"), Unit::Ratio, {}, {}, Series::Kind::Bar};
    // Short names: the category axis has the width of a third of the chart.
    d.categories = {CC_CHART_TR("Theoretical"), CC_CHART_TR("Price"),        CC_CHART_TR("Paid rate"),
                    CC_CHART_TR("Other costs"), CC_CHART_TR("Peak/billing"), CC_CHART_TR("Final")};
    double level = 0;
    for (int i = 0; i < waterfallStepCount; ++i) {
        const WaterfallEntry &e = r.waterfall[i];
        // The first and last entries are levels, drawn from zero; the rest are
        // changes, drawn from where the previous step ended.
        const bool isLevel = i == 0 || i == waterfallStepCount - 1;
        const double from = isLevel ? 0 : level;
        level = isLevel ? e.value : level + e.value;
        for (Series *s : {&step, &start, &end})
            s->x.push_back(i);
        step.y.push_back(e.value);
        start.y.push_back(from);
        end.y.push_back(level);
    }
    d.series = {std::move(step), std::move(start), std::move(end)};
    d.references = {reference(ReferenceId::ZeroMargin)};
    return d;
}

ChartData marginPaidRateData(const Inputs &in, const Results &r)
{
    ChartData d;
    d.x = {CC_CHART_TR("Paid rate"), Unit::Ratio, 0, 1};
    d.y = {CC_CHART_TR("Revenue margin"), Unit::Ratio, -1, 1};
    Series margin{std::string(output(&Results::revenueMargin).id), CC_CHART_TR("revenue margin"), Unit::Ratio, {}, {}};
    margin.x = linspace(0.01, 1.0, 199);
    margin.y = sweep(in, parameter(&Inputs::paidRate), margin.x, output(&Results::revenueMargin), 0);
    d.series = {std::move(margin)};
    d.markers = {{"scenario", CC_CHART_TR("this scenario"), in.paidRate, r.revenueMargin},
                 {"breakEven", CC_CHART_TR("break-even"), r.breakEvenPaidRate, 0, r.breakEvenPaidRate <= 1.0}};
    d.references = {reference(ReferenceId::ZeroMargin)};
    return d;
}

ChartData marginHeatmapData(const Inputs &in, const Results &)
{
    ChartData d;
    d.x = {CC_CHART_TR("Paid rate"), Unit::Ratio, 0.05, 1};
    d.y = {CC_CHART_TR("GPU share of total cost"), Unit::Ratio, 0.2, 1};
    const ParamInfo &paid = parameter(&Inputs::paidRate);
    const ParamInfo &share = parameter(&Inputs::gpuShareOfTotalCost);
    Grid map{output(&Results::revenueMargin).id,
             Unit::Ratio,
             linspace(0.05, 1.0, marginheatmap::cells),
             linspace(0.2, 1.0, marginheatmap::cells),
             {}};
    map.z.resize(map.xs.size() * map.ys.size());
    sweep2d(in, paid, map.xs, share, map.ys, output(&Results::revenueMargin), 0, map.z);
    // The zero-margin contour: at each GPU share, the paid rate that just breaks even.
    Series contour{"breakEven", CC_CHART_TR("break-even (0 %)"), Unit::Ratio, {}, {}};
    const std::vector<double> breakEven = sweep(in, share, map.ys, output(&Results::breakEvenPaidRate), 0);
    for (std::size_t i = 0; i < map.ys.size(); ++i)
        if (breakEven[i] <= 1.0) {
            contour.x.push_back(breakEven[i]);
            contour.y.push_back(map.ys[i]);
        }
    d.grids = {std::move(map)};
    d.series = {std::move(contour)};
    d.markers = {{"scenario", CC_CHART_TR("this scenario"), in.paidRate, in.gpuShareOfTotalCost}};
    return d;
}

} // namespace cc::chart
