// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/marketdata.h"

#include "core/model/outputs.h"
#include "core/model/market.h"

#include <algorithm>
#include <iterator>

namespace cc::chart {

namespace {

// IDC with Inspur, 《2025年中国人工智能计算力发展评估报告》 (Feb 2025), FP16 EFLOPS.
struct IdcYear {
    int year;
    double eflops;
};
constexpr IdcYear idcForecast[] = {{2024, 725.3}, {2025, 1037.3}, {2026, 1460.3}, {2028, 2781.9}};

} // namespace

ChartData marketChartData(const Inputs &in, const Results &r)
{
    ChartData d;
    d.x = {CC_CHART_TR("Year"), Unit::Year, 0, 0};
    d.y = {CC_CHART_TR("Cards (card-equivalents)"), Unit::Gpus, 0, 0};
    d.y2 = {CC_CHART_TR("National occupancy"), Unit::Ratio, 0, 0};
    Series supply{"supply", CC_CHART_TR("supply"), Unit::Gpus, {}, {}, Series::Kind::Line};
    Series training{"training", CC_CHART_TR("training demand"), Unit::Gpus, {}, {}, Series::Kind::StackedBar};
    Series inference{"inference", CC_CHART_TR("inference demand"), Unit::Gpus, {}, {}, Series::Kind::StackedBar};
    Series occupancy{"nationalOccupancy", CC_CHART_TR("occupancy"), Unit::Ratio, {}, {}, Series::Kind::Line, true};
    const std::vector<MarketYear> years = projectMarket(in);
    for (const MarketYear &y : years) {
        for (Series *s : {&supply, &training, &inference, &occupancy})
            s->x.push_back(y.year);
        supply.y.push_back(y.supplyCards);
        training.y.push_back(y.trainingCards);
        inference.y.push_back(y.inferenceCards);
        occupancy.y.push_back(y.occupancy);
    }
    // IDC's forecast as growth from the base year, applied to today's supply on
    // the chosen basis: the two bases differ ≈5× in level (docs/model.md §10),
    // and it is IDC's pace the analyst compares with the build-out.
    Series idc{"idcForecast",       CC_CHART_TR("IDC forecast, growth from today's supply"), Unit::Gpus, {}, {},
               Series::Kind::Points};
    const double base = std::find_if(std::begin(idcForecast), std::end(idcForecast), [&](const IdcYear &f) {
                            return f.year == years.front().year;
                        })->eflops;
    for (const IdcYear &f : idcForecast)
        if (f.year >= years.front().year && f.year <= years.back().year) {
            idc.x.push_back(f.year);
            idc.y.push_back(years.front().supplyCards * f.eflops / base);
        }
    d.series = {training, inference, supply, occupancy, idc};
    d.references.push_back(
        {output(&Results::breakEvenOccupancy).id,
         CC_CHART_TR("centre break-even occupancy"),
         Reference::Axis::SecondaryY,
         r.breakEvenOccupancy,
         r.breakEvenOccupancy,
         {"A2", "3.5億 up front, 5千萬 a year: (50 + 350/5) ÷ full-occupancy revenue", Provenance::Derived}});
    d.references.push_back({"seedBOccupancy",
                            CC_CHART_TR("A2: 20–30 % occupancy"),
                            Reference::Axis::SecondaryY,
                            0.2,
                            0.3,
                            {"A2", "機房的出租率普遍在20%-30%之間", Provenance::Sourced}});
    const std::optional<double> year = r.yearMarketReachesBreakEven;
    d.markers.push_back(
        {"breakEvenYear", CC_CHART_TR("reaches break-even"), year.value_or(0), r.breakEvenOccupancy, year.has_value()});
    return d;
}

} // namespace cc::chart
