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
    m_point = addGraph();
    m_point->setLineStyle(QCPGraph::lsNone);
    m_point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, style::scenario, style::scenario, 10));
    placeLegendBelow();
    start();
}

PlotChart::Redraw ScaleByInstanceChart::refresh()
{
    using namespace chart::scalebyinstance;
    const chart::ChartData d = data();
    const chart::Series &curve = d.series[Throughput];
    const chart::Marker &now = d.markers[Scenario];
    std::vector<double> shown;
    for (double v : curve.y)
        shown.push_back(std::isfinite(v) ? v : -1);
    shown.insert(shown.end(), {d.x.max, now.x, now.y, d.references[ScaleUpDomain].from});
    if (!m_drawn.changed(shown))
        return Redraw::None;
    m_curve->setData(QVector<double>(curve.x.begin(), curve.x.end()), QVector<double>(curve.y.begin(), curve.y.end()),
                     true);
    m_point->setData({now.x}, {now.y}, true);
    m_point->setName(
        tr("this scenario: %1 GPUs, %2")
            .arg(QLocale().toString(now.x, 'f', 0), formatFigure(now.y, OutputKind::TokensPerSec, uiLocale())));
    double hi = now.y;
    for (double v : curve.y)
        if (std::isfinite(v))
            hi = std::max(hi, v);
    xAxis->setRange(d.x.min, d.x.max);
    const auto [axisLo, axisHi] = stableRange({yAxis->range().lower, yAxis->range().upper}, 0, hi * 1.08);
    yAxis->setRange(axisLo, axisHi);
    placeVerticalMarker(m_domain, d.references[ScaleUpDomain], 0.97);
    return Redraw::All;
}

void ScaleByInstanceChart::retranslate()
{
    setTitle(chartText(info().title));
    const chart::ChartData d = data();
    xAxis->setLabel(chartText(d.x.label));
    yAxis->setLabel(chartText(d.y.label));
    m_curve->setName(chartText(d.series.front().label));
}

} // namespace cc::ui
