// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/comparisondata.h"

#include "core/chartdata/dashboardcharts.h"
#include "core/model/model.h"
#include "core/model/outputs.h"

namespace cc::chart {

ChartData compareMarginData(std::span<const NamedScenario> scenarios)
{
    ChartData d;
    d.x = {CC_CHART_TR("Paid rate"), Unit::Ratio, 0, 1};
    d.y = {CC_CHART_TR("Revenue margin"), Unit::Ratio, -1, 1};
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        // The dashboard's own curve, per scenario: one definition of the chart.
        ChartData one = marginPaidRateData(scenarios[i].inputs, evaluate(scenarios[i].inputs));
        Series curve = std::move(one.series[marginpaidrate::Margin]);
        curve.id = "scenario" + std::to_string(i + 1);
        curve.label = scenarios[i].name;
        const Marker &now = one.markers[marginpaidrate::Scenario];
        Series point{curve.id + "Point", scenarios[i].name, Unit::Ratio, {now.x}, {now.y}, Series::Kind::Points};
        d.series.push_back(std::move(curve));
        d.series.push_back(std::move(point));
    }
    return d;
}

ChartData compareFiguresData(std::span<const NamedScenario> scenarios)
{
    ChartData d;
    d.y = {{}, Unit::Ratio};
    d.categories = {CC_CHART_TR("Revenue margin"), CC_CHART_TR("Break-even paid rate"),
                    CC_CHART_TR("Centre break-even occupancy"), CC_CHART_TR("Implied MFU")};
    const OutputInfo *const figures[] = {&output(&Results::revenueMargin), &output(&Results::breakEvenPaidRate),
                                         &output(&Results::breakEvenOccupancy), &output(&Results::impliedMfu)};
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Results r = evaluate(scenarios[i].inputs);
        Series bars{"scenario" + std::to_string(i + 1), scenarios[i].name, Unit::Ratio, {}, {}, Series::Kind::Bar};
        for (std::size_t k = 0; k < std::size(figures); ++k) {
            bars.x.push_back(double(k));
            bars.y.push_back(figures[k]->get(r).value_or(0));
        }
        d.series.push_back(std::move(bars));
    }
    return d;
}

} // namespace cc::chart
