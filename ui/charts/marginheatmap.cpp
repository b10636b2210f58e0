// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/marginheatmap.h"

#include "ui/charts/chartstyle.h"
#include "ui/document/scenariomodel.h"
#include "ui/charts/chartdatasource.h"
#include "core/chartdata/dashboardcharts.h"
#include "ui/charts/plotvalues.h"

#include <numeric>

namespace cc::ui {

using chart::marginheatmap::cells;

MarginHeatmap::MarginHeatmap(ScenarioModel *model, QWidget *parent)
    : PlotChart(model, chart::ChartId::MarginHeatmap, parent)
{
    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->data()->setSize(cells, cells);
    m_map->data()->setRange(QCPRange(5, 100), QCPRange(20, 100));
    m_map->setInterpolate(true);
    m_scale = new QCPColorScale(this);
    plotLayout()->addElement(1, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setTickLabelFont(style::tickFont());
    m_scale->axis()->setLabelFont(style::axisFont());
    m_scale->setBarWidth(10);
    m_map->setColorScale(m_scale);
    // The scale never changes with the scenario: its gradient and axes go with
    // the plot's own axes, drawn on a full replot only. Created on the current
    // layer ("main"), they were redrawn — rotated title and all — with the map
    // on every step.
    QCPAxisRect *scaleRect = m_scale->axis()->axisRect();
    scaleRect->setLayer(QStringLiteral("background"));
    for (QCPAxis *axis : scaleRect->axes())
        axis->setLayer(QStringLiteral("axes"));
    // Diverging: red losses, white break-even, green profits; clipped at ±100 %.
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0xb9, 0x1c, 0x1c));
    gradient.setColorStopAt(0.5, QColor(0xf8, 0xfa, 0xfc));
    gradient.setColorStopAt(1.0, QColor(0x15, 0x80, 0x3d));
    m_map->setGradient(gradient);
    m_map->setDataRange(QCPRange(-100, 100));
    auto *group = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);

    m_contour = new QCPCurve(xAxis, yAxis);
    m_contour->setPen(QPen(Qt::black, 1.6, Qt::DashLine));
    m_current = addGraph();
    m_current->setLayer(markerLayer());
    m_current->setLineStyle(QCPGraph::lsNone);
    m_current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, Qt::black, style::scenario, 10));
    xAxis->setRange(5, 100);
    yAxis->setRange(20, 100);
    // Below the plot, where it cannot hide the scenario point or the break-even line.
    placeLegendBelow();
    legend->removeItem(0); // the colour map explains itself through its scale
    start();
}

PlotChart::Redraw MarginHeatmap::refresh()
{
    using namespace chart::marginheatmap;
    const chart::ChartData d = data();
    const chart::Marker &now = d.markers[Scenario];
    const bool pointMoved = m_point.changed({now.x, now.y});
    m_current->setData({now.x * 100}, {now.y * 100}, true);
    // Dragging the paid rate or GPU share moves the point, not the map.
    const chart::Grid &map = d.grids.front();
    if (!m_drawn.changed(map.z))
        return pointMoved ? Redraw::Marker : Redraw::None;
    QCPColorMapData *cellsData = m_map->data();
    for (int iy = 0; iy < cells; ++iy)
        for (int ix = 0; ix < cells; ++ix)
            cellsData->setCell(ix, iy, std::clamp(map.z[std::size_t(iy * cells + ix)] * 100, -100.0, 100.0));
    const chart::Series &contour = d.series[BreakEven];
    QVector<double> t(qsizetype(contour.x.size()));
    std::iota(t.begin(), t.end(), 0.0);
    m_contour->setData(t, percent(contour.x), percent(contour.y), true);
    return Redraw::Data; // fixed axes and colour scale
}

void MarginHeatmap::retranslate()
{
    setTitle(chartText(info().title));
    xAxis->setLabel(tr("Paid rate (%)"));
    yAxis->setLabel(tr("GPU share of total cost (%)"));
    m_scale->axis()->setLabel(tr("Revenue margin (%)"));
    m_contour->setName(tr("break-even (0 %)"));
    m_current->setName(tr("this scenario"));
}

} // namespace cc::ui
