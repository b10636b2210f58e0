// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/scaleeffectchart.h"

#include "core/chartdata/servingcharts.h"
#include "ui/charts/axisrange.h"
#include "ui/charts/chartdatasource.h"
#include "ui/charts/chartstyle.h"
#include "ui/document/scenariomodel.h"
#include "ui/language.h"
#include "ui/numberformat.h"

#include <algorithm>

namespace cc::ui {

namespace {

// One tint per bottleneck, in chart::scaleeffect's band order: compute, memory, network.
QColor bandColor(std::string_view id)
{
    using chart::scaleeffect::bandIds;
    if (id == bandIds[1])
        return QColor(0x25, 0x63, 0xeb, 0x1c);
    if (id == bandIds[2])
        return QColor(0xf5, 0x9e, 0x0b, 0x26);
    return QColor(0x15, 0x80, 0x3d, 0x1c);
}

constexpr int maxBands = 6;

} // namespace

ScaleEffectChart::ScaleEffectChart(ScenarioModel *model, QWidget *parent)
    : PlotChart(model, chart::ChartId::ScaleEffect, parent)
{
    for (int i = 0; i < maxBands; ++i) {
        auto *band = new QCPItemRect(this);
        band->setPen(Qt::NoPen);
        for (QCPItemPosition *p : {band->topLeft, band->bottomRight}) {
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        band->setLayer(QStringLiteral("background"));
        auto *label = new QCPItemText(this);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setFont(style::tickFont());
        label->setColor(style::reference);
        m_bands << band;
        m_bandLabels << label;
    }
    m_latency = addVerticalMarker(QPen(style::bad, 1.4, Qt::DashLine));
    m_hbm = addVerticalMarker(QPen(QColor(0x7c, 0x3a, 0xed), 1.4, Qt::DashLine));
    // Stacked: the HBM label sits on the latency label, so the two never overlap
    // however close the walls are.
    m_hbm.label->position->setParentAnchorY(m_latency.label->top);
    m_hbm.label->position->setTypeY(QCPItemPosition::ptAbsolute);
    m_curve = addGraph();
    m_curve->setPen(QPen(style::scenario, 2.2));
    m_point = addScenarioPoint(9);
    placeLegendBelow();
    start();
}

PlotChart::Redraw ScaleEffectChart::refresh()
{
    using namespace chart::scaleeffect;
    const chart::ChartData d = data();
    const chart::Series &curve = d.series[Throughput];
    const chart::Marker &now = d.markers[Scenario];
    // Utilization scales the curve and moves the point; the walls and bands
    // stay where the hardware puts them. So a utilization step redraws the data
    // layers, and the full replot (axes, bands, legend) waits for a change of
    // axis range or of bottleneck.
    std::vector<double> shown = curve.y;
    shown.push_back(d.x.max);
    const bool curveMoved = m_drawn.changed(shown);
    if (!m_pointDrawn.changed({now.x, now.y}) && !curveMoved)
        return Redraw::None;
    const QCPRange xWas = xAxis->range(), yWas = yAxis->range();
    if (curveMoved) {
        m_curve->setData(QVector<double>(curve.x.begin(), curve.x.end()),
                         QVector<double>(curve.y.begin(), curve.y.end()), true);
        xAxis->setRange(d.x.min, d.x.max);
    }
    const double hi = std::max(now.y, *std::max_element(curve.y.begin(), curve.y.end()));
    const auto [axisLo, axisHi] = stableRange({yAxis->range().lower, yAxis->range().upper}, 0, hi * 1.05);
    yAxis->setRange(axisLo, axisHi);
    placeScenarioPoint(
        m_point, now.x, now.y,
        tr("%1 sequences, %2")
            .arg(QLocale().toString(now.x, 'f', 1), formatFigure(now.y, OutputKind::TokensPerSec, uiLocale())));
    const bool axesMoved = xAxis->range() != xWas || yAxis->range() != yWas;
    if (!curveMoved && !axesMoved)
        return Redraw::Marker;

    // Low in the plot, where the curve has risen past by the time it meets a wall.
    placeVerticalMarker(m_latency, d.references[LatencyWall], 0.97);
    placeVerticalMarker(m_hbm, d.references[HbmWall], -2);
    placeLabels();
    const std::size_t bands = d.references.size() - 2;
    std::vector<double> bandsShown;
    for (int i = 0; i < maxBands; ++i) {
        const bool used = std::size_t(i) < bands;
        m_bands[i]->setVisible(used);
        m_bandLabels[i]->setVisible(used);
        if (!used)
            continue;
        const chart::Reference &r = d.references[2 + std::size_t(i)];
        m_bands[i]->setBrush(bandColor(r.id));
        m_bands[i]->topLeft->setCoords(r.from, 0);
        m_bands[i]->bottomRight->setCoords(r.to, 1);
        m_bandLabels[i]->position->setCoords((r.from + r.to) / 2, 0.02);
        m_bandLabels[i]->setText(chartText(r.label));
        bandsShown.insert(bandsShown.end(), {r.from, r.to, double(bandColor(r.id).rgba())});
    }
    // The bands sit on the background layer, which only a full replot redraws.
    const bool bandsMoved = m_bandsDrawn.changed(bandsShown);
    return axesMoved || bandsMoved ? Redraw::All : Redraw::Data;
}

bool ScaleEffectChart::placeLabels()
{
    const QCPRange x = xAxis->range();
    const int width = axisRect()->width();
    bool moved = false;
    for (QCPItemText *label : {m_latency.label, m_hbm.label}) {
        const double room = (label->position->coords().x() - x.lower) / x.size() * width;
        const bool left = room >= QFontMetrics(label->font()).horizontalAdvance(label->text()) + 8;
        const Qt::Alignment side = (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom;
        moved |= label->positionAlignment() != side;
        label->setPositionAlignment(side);
        label->setPadding(left ? QMargins(0, 0, 5, 0) : QMargins(5, 0, 0, 0));
    }
    moved |= sideScenarioLabel(m_point);
    return moved;
}

void ScaleEffectChart::retranslate()
{
    setTitle(chartText(info().title));
    const chart::ChartData d = data();
    xAxis->setLabel(chartText(d.x.label));
    yAxis->setLabel(chartText(d.y.label));
    m_curve->setName(chartText(d.series.front().label));
    m_point.dot->setName(chartText(d.markers[chart::scaleeffect::Scenario].label));
    m_bandsDrawn.invalidate();
}

} // namespace cc::ui
