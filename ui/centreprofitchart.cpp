// SPDX-License-Identifier: GPL-3.0-or-later
#include "centreprofitchart.h"

#include "axisrange.h"
#include "chartstyle.h"
#include "language.h"
#include "numberformat.h"
#include "scenariomodel.h"
#include "sweep.h"

namespace cc::ui {

CentreProfitChart::CentreProfitChart(ScenarioModel *model, QWidget *parent)
    : PlotChart(model, QStringLiteral("chart_centreProfit"), parent)
{
    setProperty("dependsOn", QStringList{QStringLiteral("centre")}); // the registry groups behind this chart's sources
    m_occupancies = linspace(0, 1, 101);
    m_band = new QCPItemRect(this);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(style::band);
    m_band->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
    m_band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    m_band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->topLeft->setCoords(20, 0);
    m_band->bottomRight->setCoords(30, 1);
    m_bandLabel = new QCPItemText(this);
    m_bandLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_bandLabel->position->setCoords(25, 0.02);
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
    const ScenarioModel *m = model();
    const Results &r = m->results();
    const std::vector<double> profit =
        sweep(m->inputs(), parameter(&Inputs::occupancy), m_occupancies, output(&Results::annualProfit), 0);
    std::vector<double> shown = profit;
    shown.insert(shown.end(), {m->inputs().occupancy, r.breakEvenOccupancy});
    if (!m_drawn.changed(shown))
        return Redraw::None;
    QVector<double> x(m_occupancies.size()), y(profit.begin(), profit.end());
    for (std::size_t i = 0; i < m_occupancies.size(); ++i)
        x[i] = m_occupancies[i] * 100;
    m_profit->setData(x, y, true);
    m_current->setData({m->inputs().occupancy * 100}, {r.annualProfit}, true);
    m_current->setName(tr("this scenario: %1").arg(formatFigure(r.annualProfit, OutputKind::CnyMillionsPerYear, zh())));
    const double lo = std::min(0.0, std::min(profit.front(), profit.back()));
    const double hi = std::max(0.0, std::max(profit.front(), profit.back()));
    const auto [axisLo, axisHi] = stableRange({yAxis->range().lower, yAxis->range().upper}, lo, hi);
    yAxis->setRange(axisLo, axisHi);

    const bool reachable = r.breakEvenOccupancy <= 1.0;
    m_breakEven->setVisible(reachable);
    m_breakEven->point1->setCoords(r.breakEvenOccupancy * 100, 0);
    m_breakEven->point2->setCoords(r.breakEvenOccupancy * 100, 1);
    m_breakEvenLabel->position->setCoords(reachable ? r.breakEvenOccupancy * 100 : 98, 0.08);
    m_breakEvenLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_breakEvenLabel->setPadding(QMargins(0, 0, 5, 0)); // clear of its own line, which struck it through
    m_breakEvenLabel->setText(reachable ? tr("break-even %1").arg(formatPercent(r.breakEvenOccupancy))
                                        : tr("break-even needs %1: never").arg(formatPercent(r.breakEvenOccupancy)));
    return Redraw::All;
}

void CentreProfitChart::retranslate()
{
    setTitle(tr("Compute centre: annual profit vs occupancy"));
    xAxis->setLabel(tr("Occupancy (%)"));
    yAxis->setLabel(tr("Annual profit (CNY M)"));
    m_profit->setName(tr("annual profit"));
    m_bandLabel->setText(tr("20–30 %\nreported"));
}

} // namespace cc::ui
