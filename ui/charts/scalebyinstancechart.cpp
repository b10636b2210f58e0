// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/scalebyinstancechart.h"

#include "core/chartdata/servingcharts.h"
#include "ui/charts/axisrange.h"
#include "ui/charts/chartdatasource.h"
#include "ui/charts/chartstyle.h"
#include "ui/document/scenariomodel.h"
#include "ui/language.h"
#include "ui/numberformat.h"

#include <algorithm>
#include <cmath>

namespace cc::ui {

ScaleByInstanceChart::ScaleByInstanceChart(ScenarioModel *model, QWidget *parent)
    : PlotChart(model, chart::ChartId::ScaleByInstance, parent)
{
    m_domain = addVerticalMarker(QPen(style::reference, 1.2, Qt::DashLine));
    m_domain.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_domain.label->setPadding(QMargins(5, 0, 0, 0));
    m_curve = addGraph();
    m_curve->setPen(QPen(style::scenario, 2.2));
    m_curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, style::scenario, Qt::white, 5));
    m_point = addScenarioPoint(10);
    placeLegendBelow();
    start();
}

PlotChart::Redraw ScaleByInstanceChart::refresh()
{
    using namespace chart::scalebyinstance;
    const chart::ChartData d = data();
    const chart::Series &curve = d.series[Throughput];
    const chart::Marker &now = d.markers[Scenario];
    // As on the scale-effect chart: utilization scales the curve, so its steps
    // redraw the data layers; axes and legend only when the range moves.
    std::vector<double> shown;
    for (double v : curve.y)
        shown.push_back(std::isfinite(v) ? v : -1);
    shown.insert(shown.end(), {d.x.max, d.references[ScaleUpDomain].from});
    const bool curveMoved = m_drawn.changed(shown);
    if (!m_pointDrawn.changed({now.x, now.y}) && !curveMoved)
        return Redraw::None;
    const QCPRange xWas = xAxis->range(), yWas = yAxis->range();
    if (curveMoved) {
        m_curve->setData(QVector<double>(curve.x.begin(), curve.x.end()),
                         QVector<double>(curve.y.begin(), curve.y.end()), true);
        xAxis->setRange(d.x.min, d.x.max);
        placeVerticalMarker(m_domain, d.references[ScaleUpDomain], 0.97);
    }
    double hi = now.y;
    for (double v : curve.y)
        if (std::isfinite(v))
            hi = std::max(hi, v);
    const auto [axisLo, axisHi] = stableRange({yAxis->range().lower, yAxis->range().upper}, 0, hi * 1.08);
    yAxis->setRange(axisLo, axisHi);
    placeScenarioPoint(
        m_point, now.x, now.y,
        tr("%1 GPUs, %2")
            .arg(QLocale().toString(now.x, 'f', 0), formatFigure(now.y, OutputKind::TokensPerSec, uiLocale())));
    const bool axesMoved = xAxis->range() != xWas || yAxis->range() != yWas;
    return axesMoved ? Redraw::All : curveMoved ? Redraw::Data : Redraw::Marker;
}

bool ScaleByInstanceChart::placeLabels()
{
    return sideScenarioLabel(m_point);
}

void ScaleByInstanceChart::retranslate()
{
    setTitle(chartText(info().title));
    const chart::ChartData d = data();
    xAxis->setLabel(chartText(d.x.label));
    yAxis->setLabel(chartText(d.y.label));
    m_curve->setName(chartText(d.series.front().label));
    m_point.dot->setName(chartText(d.markers[chart::scalebyinstance::Scenario].label));
}

} // namespace cc::ui
