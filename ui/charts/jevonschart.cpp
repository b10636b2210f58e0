// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/jevonschart.h"

#include "core/chartdata/jevonsdata.h"
#include "ui/charts/chartdatasource.h"
#include "ui/charts/chartstyle.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "ui/document/scenariomodel.h"

#include <algorithm>

namespace cc::ui {

JevonsChart::JevonsChart(ScenarioModel *model, QWidget *parent) : PlotChart(model, chart::ChartId::Jevons, parent)
{
    // Light to dark as ε rises, so the fan reads in order; the scenario's own line in the scenario blue.
    const QColor shades[] = {QColor(0xcb, 0xd5, 0xe1), QColor(0x94, 0xa3, 0xb8), QColor(0x64, 0x74, 0x8b),
                             QColor(0x47, 0x55, 0x69), QColor(0x1e, 0x29, 0x3b)};
    for (const QColor &c : shades) {
        QCPGraph *g = addGraph();
        g->setPen(QPen(c, 1.4));
        m_curves << g;
    }
    QCPGraph *scenario = addGraph();
    scenario->setPen(QPen(style::scenario, 2.6));
    m_curves << scenario;
    m_point = addGraph();
    m_point->setLineStyle(QCPGraph::lsNone);
    m_point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, style::scenario, style::scenario, 9));
    m_point->removeFromLegend();
    m_jevons = new QCPItemStraightLine(this);
    m_jevons->setPen(QPen(style::bad, 1.4, Qt::DashLine));
    m_jevonsLabel = new QCPItemText(this);
    m_jevonsLabel->setFont(style::tickFont());
    m_jevonsLabel->setColor(style::bad);
    m_jevonsLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_jevonsLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_threshold = new QCPItemText(this);
    m_threshold->setFont(style::tickFont());
    m_threshold->setColor(style::scenario);
    m_threshold->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_threshold->setTextAlignment(Qt::AlignLeft);
    m_threshold->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_threshold->position->setCoords(0.02, 0.03);
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> log(new QCPAxisTickerLog);
    log->setSubTickCount(8);
    yAxis->setTicker(log);
    yAxis->setNumberFormat(QStringLiteral("g"));
    placeLegendBelow();
    start();
}

PlotChart::Redraw JevonsChart::refresh()
{
    const ScenarioModel *m = model();
    const chart::ChartData d = data();
    std::vector<double> shown{d.x.max, m->inputs().priceElasticity, m->inputs().costPassThrough, d.markers.front().x,
                              d.markers.front().y};
    if (!m_drawn.changed(shown))
        return Redraw::None;
    double lo = 1, hi = 1;
    for (int i = 0; i < int(d.series.size()) && i < m_curves.size(); ++i) {
        const chart::Series &s = d.series[std::size_t(i)];
        m_curves[i]->setData(QVector<double>(s.x.begin(), s.x.end()), QVector<double>(s.y.begin(), s.y.end()), true);
        lo = std::min(lo, *std::min_element(s.y.begin(), s.y.end()));
        hi = std::max(hi, *std::max_element(s.y.begin(), s.y.end()));
    }
    const chart::Marker &point = d.markers.front();
    m_point->setData({point.x}, {point.y}, true);
    xAxis->setRange(d.x.min, d.x.max);
    yAxis->setRange(lo / 1.3, hi * 1.3);
    const chart::Reference &jevons = d.references.front();
    m_jevons->point1->setCoords(d.x.min, jevons.from);
    m_jevons->point2->setCoords(d.x.max, jevons.from);
    m_jevonsLabel->position->setCoords(0.02, jevons.from);
    m_jevonsLabel->setText(chartText(jevons.label));
    const std::optional<double> threshold = m->results().jevonsElasticity;
    m_threshold->setText(threshold
                             ? tr("Efficiency raises GPU demand when ε > %1\nAt %2× this scenario needs %3× the GPUs")
                                   .arg(QLocale().toString(*threshold, 'f', 2), QLocale().toString(point.x, 'f', 1),
                                        QLocale().toString(point.y, 'f', 2))
                             : tr("No cost saving reaches the price: efficiency only shrinks GPU demand"));
    m_curves.last()->setName(tr("this scenario (ε = %1)").arg(QLocale().toString(m->inputs().priceElasticity, 'f', 2)));
    for (int i = 0; i + 1 < m_curves.size() && i < int(d.series.size()); ++i)
        m_curves[i]->setName(chartText(d.series[std::size_t(i)].label));
    return Redraw::All;
}

void JevonsChart::retranslate()
{
    setTitle(chartText(info().title));
    const chart::ChartData d = data();
    xAxis->setLabel(chartText(d.x.label));
    yAxis->setLabel(chartText(d.y.label));
}

} // namespace cc::ui
