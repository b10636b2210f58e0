// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"
#include "core/model/inputs.h"
#include "core/model/registry.h"
#include "core/model/results.h"

#include <span>
#include <string_view>

namespace cc::chart {

// Every dashboard chart, said once: the main window's grid, presentation mode,
// the export menu, batch export (--export-chart ID) and the CSV folder all
// walk this table. The UI adds a factory per id (ui/charts/chartfactory.cpp);
// nothing else spells a chart id.
enum class ChartId {
    Waterfall,
    MarginPaidRate,
    MarginHeatmap,
    CostRevenue,
    GpuMethods,
    LoadProfile,
    CentreProfit,
    Growth,
    Jevons,
    Market,
    ScaleEffect,
    ScaleByInstance,
    ChipComparison,
};

struct ChartInfo {
    ChartId id;
    std::string_view name;            // machine id: --export-chart NAME, CSV file name, widget objectName "chart_NAME"
    std::string_view title;           // English source string (context "ChartData")
    std::span<const Group> dependsOn; // registry groups whose sources the chart's footer cites
    ChartData (*data)(const Inputs &, const Results &);
    int rowSpan = 1; // the dashboard grid: a tall chart spans two rows
};

std::span<const ChartInfo> charts();
const ChartInfo &chartInfo(ChartId id);
const ChartInfo *findChart(std::string_view name);

} // namespace cc::chart
