// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/charts.h"

#include "core/chartdata/dashboardcharts.h"
#include "core/chartdata/jevonsdata.h"
#include "core/chartdata/marketdata.h"
#include "core/chartdata/servingcharts.h"

#include <iterator>

namespace cc::chart {

namespace {

constexpr Group marginGroups[] = {Group::Demand, Group::Capacity, Group::Maas};
constexpr Group capacityGroups[] = {Group::Demand, Group::Capacity};
constexpr Group centreGroups[] = {Group::Centre};
constexpr Group growthGroups[] = {Group::Growth, Group::Demand, Group::Capacity};
constexpr Group jevonsGroups[] = {Group::Growth};
constexpr Group marketGroups[] = {Group::Market, Group::Growth, Group::Demand, Group::Capacity, Group::Centre};

// The dashboard's order: the margin story first, then what drives it.
// A plain array: lupdate reads a std::array's braces as the context "std".
const ChartInfo table[] = {
    ChartInfo{ChartId::Waterfall, "waterfall", CC_CHART_TR("Margin bridge: theoretical → final revenue margin"),
              marginGroups, waterfallData},
    ChartInfo{ChartId::MarginPaidRate, "marginPaidRate", CC_CHART_TR("Revenue margin vs paid rate"), marginGroups,
              marginPaidRateData},
    ChartInfo{ChartId::MarginHeatmap, "marginHeatmap", CC_CHART_TR("Margin map: paid rate × GPU share"), marginGroups,
              marginHeatmapData, 2},
    // Beside the heat map: two tall charts fill whole rows at three and four columns.
    ChartInfo{ChartId::Market, "market", CC_CHART_TR("China's compute market by year"), marketGroups, marketChartData,
              2},
    ChartInfo{ChartId::ScaleEffect, "scaleEffect", CC_CHART_TR("Scale effect: decode throughput vs batch per GPU"),
              capacityGroups, scaleEffectData},
    ChartInfo{ChartId::ScaleByInstance, "scaleByInstance", CC_CHART_TR("Larger clusters, more tokens per GPU"),
              capacityGroups, scaleByInstanceData},
    ChartInfo{ChartId::ChipComparison, "chipComparison", CC_CHART_TR("Chips side by side: GPUs and cost per M tokens"),
              marginGroups, chipComparisonData},
    ChartInfo{ChartId::CostRevenue, "costRevenue", CC_CHART_TR("A day of cost and revenue"), marginGroups,
              costRevenueData},
    ChartInfo{ChartId::GpuMethods, "gpuMethods", CC_CHART_TR("GPUs: throughput vs FLOPs method"), capacityGroups,
              gpuMethodsData},
    ChartInfo{ChartId::LoadProfile, "loadProfile", CC_CHART_TR("24-hour load vs capacity"), capacityGroups,
              loadProfileData},
    ChartInfo{ChartId::CentreProfit, "centreProfit", CC_CHART_TR("Compute centre: annual profit vs occupancy"),
              centreGroups, centreProfitData},
    ChartInfo{ChartId::Growth, "growth", CC_CHART_TR("Growth: params × efficiency × data × induced"), growthGroups,
              growthData},
    ChartInfo{ChartId::Jevons, "jevons", CC_CHART_TR("Efficiency ≠ deflation: GPU demand"), jevonsGroups,
              jevonsChartData},
};

} // namespace

std::span<const ChartInfo> charts()
{
    return table;
}

const ChartInfo &chartInfo(ChartId id)
{
    for (const ChartInfo &c : table)
        if (c.id == id)
            return c;
    return table[0]; // unreachable: every ChartId has a row (tested)
}

const ChartInfo *findChart(std::string_view name)
{
    for (const ChartInfo &c : table)
        if (c.name == name)
            return &c;
    return nullptr;
}

std::string_view unitId(Unit u)
{
    switch (u) {
    case Unit::None: return "";
    case Unit::Ratio: return "ratio";
    case Unit::UsdPerDay: return "USD/day";
    case Unit::CnyMillionsPerYear: return "CNY M/yr";
    case Unit::Gpus: return "GPUs";
    case Unit::TokensPerSec: return "tokens/s";
    case Unit::Years: return "years";
    case Unit::Hours: return "h";
    case Unit::Multiplier: return "×";
    case Unit::Count: return "count";
    case Unit::Year: return "year";
    case Unit::MillionUsers: return "M users";
    case Unit::LogPoints: return "ln";
    case Unit::Sequences: return "sequences";
    case Unit::UsdPerMillionTokens: return "USD/M tokens";
    }
    return "";
}

} // namespace cc::chart
