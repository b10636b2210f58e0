// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/marginpaidratechart.h"

#include "ui/charts/chartstyle.h"
#include "ui/numberformat.h"
#include "ui/document/scenariomodel.h"
#include "ui/charts/chartdatasource.h"
#include "core/chartdata/dashboardcharts.h"
#include "ui/charts/plotvalues.h"

namespace cc::ui {

MarginPaidRateChart::MarginPaidRateChart(ScenarioModel *model, QWidget *parent)
    : PlotChart(model, chart::ChartId::MarginPaidRate, parent)
{
    m_curve = addGraph();
    m_curve->setPen(QPen(style::scenario, 2.2));
    m_breakEven = addGraph();
    m_breakEven->setLineStyle(QCPGraph::lsNone);
    m_breakEven->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, style::bad, Qt::white, 9));
    m_current = addGraph();
    m_current->setLineStyle(QCPGraph::lsNone);
    m_current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, style::scenario, style::scenario, 9));
    m_current->setLayer(markerLayer());
    m_currentLabel = new QCPItemText(this);
    m_currentLabel->setLayer(markerLayer());
    m_currentLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_currentLabel->setPadding(QMargins(0, 0, 6, 4));
    m_currentLabel->setFont(style::axisFont());
    m_currentLabel->setColor(style::scenario);
    m_zero = new QCPItemStraightLine(this);
    m_zero->point1->setCoords(0, 0);
    m_zero->point2->setCoords(1, 0);
    m_zero->setPen(QPen(style::reference, 1, Qt::DashLine));
    // With the grid: it never moves, and a dashed line across the plot was a
    // third of the data layer's redraw on every step.
    m_zero->setLayer(QStringLiteral("grid"));
    m_breakEvenLabel = new QCPItemText(this);
    m_breakEvenLabel->setLayer(QStringLiteral("main"));
    m_breakEvenLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_breakEvenLabel->setFont(style::tickFont());
    m_breakEvenLabel->setColor(style::bad);
    xAxis->setRange(0, 100);
    yAxis->setRange(-100, 100);
    placeLegendBelow(); // inside, it covered the break-even label
    start();
}

PlotChart::Redraw MarginPaidRateChart::refresh()
{
    using namespace chart::marginpaidrate;
    const chart::ChartData d = data();
    const chart::Marker &now = d.markers[Scenario], &breakEven = d.markers[BreakEven];
    // The marker and its label follow the paid rate on their own layer; the
    // curve and break-even move only when another input does.
    const bool markerMoved = m_marker.changed({now.x, now.y});
    if (markerMoved) {
        m_current->setData({now.x * 100}, {now.y * 100}, true);
        const double y = std::clamp(now.y * 100, -100.0, 100.0);
        m_currentLabel->position->setCoords(now.x * 100, y);
        // Above-left of the point, or below it near the top edge, where the label was cut off.
        const bool nearTop = y > 70;
        m_currentLabel->setPositionAlignment(Qt::AlignRight | (nearTop ? Qt::AlignTop : Qt::AlignBottom));
        m_currentLabel->setPadding(nearTop ? QMargins(0, 4, 6, 0) : QMargins(0, 0, 6, 4));
        m_currentLabel->setText(formatPercent(now.y));
    }
    const chart::Series &margin = d.series[Margin];
    std::vector<double> shown = margin.y;
    shown.push_back(breakEven.x);
    if (!m_drawn.changed(shown))
        return markerMoved ? Redraw::Marker : Redraw::None;
    m_curve->setData(percent(margin.x), percent(margin.y), true);
    m_breakEven->setVisible(breakEven.defined);
    m_breakEvenLabel->setVisible(true);
    m_breakEven->setData({breakEven.x * 100}, {0}, true);
    m_breakEvenLabel->position->setCoords(breakEven.defined ? breakEven.x * 100 + 1.5 : 2, breakEven.defined ? -4 : 95);
    m_breakEvenLabel->setText(breakEven.defined
                                  ? tr("break-even %1").arg(formatPercent(breakEven.x))
                                  : tr("no break-even: needs %1 paid").arg(formatPercent(breakEven.x, 0)));
    return Redraw::Data; // fixed axes, fixed legend
}

void MarginPaidRateChart::retranslate()
{
    setTitle(chartText(info().title));
    xAxis->setLabel(tr("Paid rate (%)"));
    yAxis->setLabel(tr("Revenue margin (%)"));
    m_curve->setName(tr("revenue margin"));
    m_breakEven->setName(tr("break-even"));
    m_current->setName(tr("this scenario"));
}

} // namespace cc::ui
