// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartfactory.h"

#include "ui/charts/centreprofitchart.h"
#include "ui/charts/chipcomparisonchart.h"
#include "ui/charts/costrevenuechart.h"
#include "ui/charts/gpumethodschart.h"
#include "ui/charts/growthchart.h"
#include "ui/charts/jevonschart.h"
#include "ui/charts/marketchart.h"
#include "ui/charts/loadprofilechart.h"
#include "ui/charts/marginheatmap.h"
#include "ui/charts/marginpaidratechart.h"
#include "ui/charts/scalebyinstancechart.h"
#include "ui/charts/scaleeffectchart.h"
#include "ui/charts/waterfallchart.h"

namespace cc::ui {

QWidget *makeChart(chart::ChartId id, ScenarioModel *model)
{
    using chart::ChartId;
    switch (id) {
    case ChartId::Waterfall: return new WaterfallChart(model);
    case ChartId::MarginPaidRate: return new MarginPaidRateChart(model);
    case ChartId::MarginHeatmap: return new MarginHeatmap(model);
    case ChartId::CostRevenue: return new CostRevenueChart(model);
    case ChartId::GpuMethods: return new GpuMethodsChart(model);
    case ChartId::LoadProfile: return new LoadProfileChart(model);
    case ChartId::CentreProfit: return new CentreProfitChart(model);
    case ChartId::Growth: return new GrowthChart(model);
    case ChartId::Jevons: return new JevonsChart(model);
    case ChartId::Market: return new MarketChart(model);
    case ChartId::ScaleEffect: return new ScaleEffectChart(model);
    case ChartId::ScaleByInstance: return new ScaleByInstanceChart(model);
    case ChartId::ChipComparison: return new ChipComparisonChart(model);
    }
    return nullptr; // unreachable: the switch names every id, and -Wswitch says when one is added
}

} // namespace cc::ui
