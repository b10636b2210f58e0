// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/loadprofilechart.h"

#include "ui/charts/chartdatasource.h"
#include "core/chartdata/dashboardcharts.h"
#include "ui/charts/plotvalues.h"

#include "ui/charts/axisrange.h"
#include "ui/charts/chartstyle.h"
#include "core/model/loadprofile.h"
#include "ui/numberformat.h"
#include "ui/document/scenariomodel.h"

namespace cc::ui {

LoadProfileChart::LoadProfileChart(ScenarioModel *model, QWidget *parent)
    : PlotChart(model, chart::ChartId::LoadProfile, parent)
{
    m_load = addGraph();
    m_load->setLineStyle(QCPGraph::lsStepLeft);
    m_load->setPen(QPen(style::scenario, 2));
    m_load->setBrush(QColor(0x25, 0x63, 0xeb, 0x30));
    m_capacity = addGraph();
    m_capacity->setPen(QPen(style::bad, 1.8, Qt::DashLine));
    m_average = addGraph();
    m_average->setPen(QPen(style::reference, 1.2, Qt::DotLine));
    // The load above capacity, shaded between the capacity line and the load.
    m_capacityStep = addGraph();
    m_capacityStep->setLineStyle(QCPGraph::lsStepLeft);
    m_capacityStep->setPen(Qt::NoPen);
    m_capacityStep->removeFromLegend();
    m_over = addGraph();
    m_over->setLineStyle(QCPGraph::lsStepLeft);
    m_over->setPen(Qt::NoPen);
    m_over->setBrush(QColor(0xdc, 0x26, 0x26, 0x70));
    m_over->setChannelFillGraph(m_capacityStep);
    m_note = new QCPItemText(this);
    m_note->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.02, 0.03);
    m_note->setFont(style::tickFont());
    m_note->setColor(style::bad);
    m_note->setBrush(QColor(255, 255, 255, 220));
    xAxis->setRange(0, 24);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(3);
    xAxis->setTicker(ticker);
    placeLegendBelow();
    start();
}

PlotChart::Redraw LoadProfileChart::refresh()
{
    using namespace chart::loadprofile;
    const Results &r = model()->results();
    if (!m_drawn.changed({r.avgBusyGpus, r.provisionedGpus}))
        return Redraw::None;
    const chart::ChartData d = data();
    const chart::Series &busy = d.series[Busy];
    const double provisioned = d.series[Provisioned].y.front(), average = d.series[Average].y.front();
    const QVector<double> x = asIs(busy.x), y = asIs(busy.y);
    m_load->setData(x, y, true);
    QVector<double> over(y), capacity(y.size(), provisioned);
    for (double &v : over)
        v = std::max(v, provisioned);
    m_capacityStep->setData(x, capacity, true);
    m_over->setData(x, over, true);
    const double hours = d.markers[HoursAboveCapacity].x;
    m_note->setVisible(hours > 0);
    m_note->setText(tr("%1 h a day above capacity (DS6 peak %2× the mean)")
                        .arg(QString::number(hours, 'g', 3), QString::number(dsProfilePeakToMean(), 'f', 3)));
    m_capacity->setData(asIs(d.series[Provisioned].x), asIs(d.series[Provisioned].y), true);
    m_average->setData(asIs(d.series[Average].x), asIs(d.series[Average].y), true);
    const double peak = *std::max_element(busy.y.begin(), busy.y.end());
    const auto [lo, hi] =
        stableRange({yAxis->range().lower, yAxis->range().upper}, 0, std::max(peak, provisioned) * 1.05);
    const QString capacityName = tr("provisioned %1×").arg(QString::number(provisioned / average, 'f', 2));
    if (lo == yAxis->range().lower && hi == yAxis->range().upper && capacityName == m_capacity->name())
        return Redraw::Data;
    yAxis->setRange(lo, hi);
    m_capacity->setName(capacityName);
    return Redraw::All;
}

void LoadProfileChart::retranslate()
{
    setTitle(tr("24-hour load vs capacity (DS6 peak %1× mean)").arg(QString::number(dsProfilePeakToMean(), 'f', 3)));
    xAxis->setLabel(tr("Hour of day (UTC+8)"));
    yAxis->setLabel(tr("GPUs"));
    m_average->setName(tr("average"));
    m_load->setName(tr("busy GPUs"));
    m_over->setName(tr("above capacity"));
}

} // namespace cc::ui
