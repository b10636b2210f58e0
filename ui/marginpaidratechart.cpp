// SPDX-License-Identifier: GPL-3.0-or-later
#include "marginpaidratechart.h"

#include "chartstyle.h"
#include "numberformat.h"
#include "scenariomodel.h"
#include "sweep.h"

namespace cc::ui {

MarginPaidRateChart::MarginPaidRateChart(ScenarioModel *model, QWidget *parent)
    : PlotChart(model, QStringLiteral("chart_marginPaidRate"), parent)
{
    setProperty("dependsOn", QStringList{QStringLiteral("demand"), QStringLiteral("capacity"), QStringLiteral("maas")}); // the registry groups behind this chart's sources
    m_rates = linspace(0.01, 1.0, 199);
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
    const ScenarioModel *m = model();
    std::vector<double> margins = sweep(m->inputs(), parameter(&Inputs::paidRate), m_rates, output(&Results::revenueMargin), 0);
    const Results &r = m->results();
    // The marker and its label follow the paid rate on their own layer; the
    // curve and break-even move only when another input does.
    const bool markerMoved = m_marker.changed({m->inputs().paidRate, r.revenueMargin});
    if (markerMoved) {
        m_current->setData({m->inputs().paidRate * 100}, {r.revenueMargin * 100}, true);
        const double y = std::clamp(r.revenueMargin * 100, -100.0, 100.0);
        m_currentLabel->position->setCoords(m->inputs().paidRate * 100, y);
        // Above-left of the point, or below it near the top edge, where the label was cut off.
        const bool nearTop = y > 70;
        m_currentLabel->setPositionAlignment(Qt::AlignRight | (nearTop ? Qt::AlignTop : Qt::AlignBottom));
        m_currentLabel->setPadding(nearTop ? QMargins(0, 4, 6, 0) : QMargins(0, 0, 6, 4));
        m_currentLabel->setText(formatPercent(r.revenueMargin));
    }
    std::vector<double> shown = margins;
    shown.push_back(r.breakEvenPaidRate);
    if (!m_drawn.changed(shown))
        return markerMoved ? Redraw::Marker : Redraw::None;
    QVector<double> x(m_rates.size()), y(m_rates.size());
    for (std::size_t i = 0; i < m_rates.size(); ++i) {
        x[i] = m_rates[i] * 100;
        y[i] = margins[i] * 100;
    }
    m_curve->setData(x, y, true);
    const bool reachable = r.breakEvenPaidRate <= 1.0;
    m_breakEven->setVisible(reachable);
    m_breakEvenLabel->setVisible(true);
    m_breakEven->setData({r.breakEvenPaidRate * 100}, {0}, true);
    m_breakEvenLabel->position->setCoords(reachable ? r.breakEvenPaidRate * 100 + 1.5 : 2, reachable ? -4 : 95);
    m_breakEvenLabel->setText(reachable ? tr("break-even %1").arg(formatPercent(r.breakEvenPaidRate))
                                        : tr("no break-even: needs %1 paid").arg(formatPercent(r.breakEvenPaidRate, 0)));
    return Redraw::Data; // fixed axes, fixed legend
}

void MarginPaidRateChart::retranslate()
{
    setTitle(tr("Revenue margin vs paid rate"));
    xAxis->setLabel(tr("Paid rate (%)"));
    yAxis->setLabel(tr("Revenue margin (%)"));
    m_curve->setName(tr("revenue margin"));
    m_breakEven->setName(tr("break-even"));
    m_current->setName(tr("this scenario"));
}

} // namespace cc::ui
