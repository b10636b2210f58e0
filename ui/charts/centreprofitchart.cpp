// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/centreprofitchart.h"

#include "ui/charts/axisrange.h"
#include "ui/charts/chartstyle.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "ui/document/scenariomodel.h"
#include "ui/charts/chartdatasource.h"
#include "core/chartdata/dashboardcharts.h"
#include "ui/charts/plotvalues.h"
#include "core/chartdata/references.h"

namespace cc::ui {

CentreProfitChart::CentreProfitChart(ScenarioModel *model, QWidget *parent)
    : PlotChart(model, chart::ChartId::CentreProfit, parent)
{
    const chart::Reference &band = chart::reference(chart::ReferenceId::ReportedOccupancy);
    m_band = new QCPItemRect(this);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(style::band);
    m_band->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
    m_band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    m_band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->topLeft->setCoords(band.from * 100, 0);
    m_band->bottomRight->setCoords(band.to * 100, 1);
    m_bandLabel = new QCPItemText(this);
    m_bandLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_bandLabel->position->setCoords((band.from + band.to) / 2 * 100, 0.02);
    m_bandLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_bandLabel->setFont(style::tickFont());
    m_bandLabel->setColor(QColor(0x92, 0x40, 0x0e));
    m_zero = new QCPItemStraightLine(this);
    m_zero->point1->setCoords(0, 0);
    m_zero->point2->setCoords(1, 0);
    m_zero->setPen(QPen(style::reference, 1, Qt::DashLine));
    m_breakEven = new QCPItemStraightLine(this);
    m_breakEven->setPen(QPen(style::bad, 1.4, Qt::DashLine));
    m_breakEvenLabel = new QCPItemText(this);
    m_breakEvenLabel->setFont(style::tickFont());
    m_breakEvenLabel->setColor(style::bad);
    m_breakEvenLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_profit = addGraph();
    m_profit->setPen(QPen(style::scenario, 2.2));
    m_current = addGraph();
    m_current->setLineStyle(QCPGraph::lsNone);
    m_current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, style::scenario, style::scenario, 9));
    xAxis->setRange(0, 100);
    placeLegendBelow(); // inside, it covered the break-even label and the scenario point
    start();
}

PlotChart::Redraw CentreProfitChart::refresh()
{
    using namespace chart::centreprofit;
    const chart::ChartData d = data();
    const chart::Series &profit = d.series[Profit];
    const chart::Marker &now = d.markers[Scenario], &breakEven = d.markers[BreakEven];
    std::vector<double> shown = profit.y;
    shown.insert(shown.end(), {now.x, breakEven.x});
    if (!m_drawn.changed(shown))
        return Redraw::None;
    m_profit->setData(percent(profit.x), asIs(profit.y), true);
    m_current->setData({now.x * 100}, {now.y}, true);
    m_current->setName(tr("this scenario: %1").arg(formatFigure(now.y, OutputKind::CnyMillionsPerYear, uiLocale())));
    const double lo = std::min(0.0, std::min(profit.y.front(), profit.y.back()));
    const double hi = std::max(0.0, std::max(profit.y.front(), profit.y.back()));
    const auto [axisLo, axisHi] = stableRange({yAxis->range().lower, yAxis->range().upper}, lo, hi);
    yAxis->setRange(axisLo, axisHi);

    m_breakEven->setVisible(breakEven.defined);
    m_breakEven->point1->setCoords(breakEven.x * 100, 0);
    m_breakEven->point2->setCoords(breakEven.x * 100, 1);
    m_breakEvenLabel->position->setCoords(breakEven.defined ? breakEven.x * 100 : 98, 0.08);
    m_breakEvenLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_breakEvenLabel->setPadding(QMargins(0, 0, 5, 0)); // clear of its own line, which struck it through
    m_breakEvenLabel->setText(breakEven.defined ? tr("break-even %1").arg(formatPercent(breakEven.x))
                                                : tr("break-even needs %1: never").arg(formatPercent(breakEven.x)));
    return Redraw::All;
}

void CentreProfitChart::retranslate()
{
    setTitle(chartText(info().title));
    xAxis->setLabel(tr("Occupancy (%)"));
    yAxis->setLabel(tr("Annual profit (CNY M)"));
    m_profit->setName(tr("annual profit"));
    m_bandLabel->setText(chartText(chart::reference(chart::ReferenceId::ReportedOccupancy).label));
}

} // namespace cc::ui
