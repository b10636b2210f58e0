// SPDX-License-Identifier: GPL-3.0-or-later
// The compute centre's profit and the demand growth that would fill it.
#include "core/chartdata/dashboardcharts.h"
#include "core/model/outputs.h"
#include "core/model/growth.h"
#include "core/chartdata/references.h"
#include "core/analysis/sweep.h"

#include <cmath>

namespace cc::chart {

ChartData centreProfitData(const Inputs &in, const Results &r)
{
    ChartData d;
    d.x = {CC_CHART_TR("Occupancy"), Unit::Ratio, 0, 1};
    d.y = {CC_CHART_TR("Annual profit"), Unit::CnyMillionsPerYear};
    Series profit{
        std::string(output(&Results::annualProfit).id), CC_CHART_TR("annual profit"), Unit::CnyMillionsPerYear, {}, {}};
    profit.x = linspace(0, 1, 101);
    profit.y = sweep(in, parameter(&Inputs::occupancy), profit.x, output(&Results::annualProfit), 0);
    d.series = {std::move(profit)};
    d.markers = {{"scenario", CC_CHART_TR("this scenario"), in.occupancy, r.annualProfit},
                 {"breakEven", CC_CHART_TR("break-even"), r.breakEvenOccupancy, 0, r.breakEvenOccupancy <= 1.0}};
    d.references = {reference(ReferenceId::ReportedOccupancy), reference(ReferenceId::ZeroMargin)};
    return d;
}

ChartData growthData(const Inputs &in, const Results &r)
{
    ChartData d;
    d.x = {CC_CHART_TR("Year"), Unit::Year};
    d.y = {CC_CHART_TR("Growth since 2025"), Unit::LogPoints};
    Series data{"data", CC_CHART_TR("data"), Unit::LogPoints, {}, {}, Series::Kind::StackedBar};
    Series params{"params", CC_CHART_TR("params"), Unit::LogPoints, {}, {}, Series::Kind::StackedBar};
    Series efficiency{"efficiency", CC_CHART_TR("efficiency"), Unit::LogPoints, {}, {}, Series::Kind::StackedBar};
    Series induced{"induced", CC_CHART_TR("induced demand"), Unit::LogPoints, {}, {}, Series::Kind::StackedBar};
    Series total{"total", CC_CHART_TR("total"), Unit::LogPoints, {}, {}};
    const Reference &market = reference(ReferenceId::MarketGrowth);
    Series line{std::string(market.id), std::string(market.label), Unit::LogPoints, {}, {}};
    for (const GrowthYear &y : projectGrowth(in, r)) {
        for (Series *s : {&data, &params, &efficiency, &induced, &total, &line})
            s->x.push_back(y.year);
        data.y.push_back(y.logData);
        params.y.push_back(y.logParams);
        efficiency.y.push_back(y.logEfficiency);
        induced.y.push_back(y.logInduced);
        total.y.push_back(y.logTotal());
        line.y.push_back((y.year - growthBaseYear) * std::log1p(market.from));
    }
    d.series = {std::move(data),    std::move(params), std::move(efficiency),
                std::move(induced), std::move(total),  std::move(line)};
    return d;
}

} // namespace cc::chart
