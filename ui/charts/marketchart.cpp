// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/marketchart.h"

#include "ui/charts/axisrange.h"
#include "core/chartdata/marketdata.h"
#include "ui/charts/chartdatasource.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/compactticker.h"
#include "ui/numberformat.h"
#include "ui/document/scenariomodel.h"

#include <algorithm>

namespace cc::ui {

namespace {

QVector<double> vec(const std::vector<double> &v, double scale = 1)
{
    QVector<double> out;
    for (double x : v)
        out << x * scale;
    return out;
}

} // namespace

MarketChart::MarketChart(ScenarioModel *model, QWidget *parent) : PlotChart(model, chart::ChartId::Market, parent)
{
    m_band = new QCPItemRect(this);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(style::band);
    for (QCPItemPosition *p : {m_band->topLeft, m_band->bottomRight}) {
        p->setAxes(xAxis, yAxis2);
        p->setTypeX(QCPItemPosition::ptAxisRectRatio);
    }
    m_bandLabel = new QCPItemText(this);
    m_bandLabel->setFont(style::tickFont());
    m_bandLabel->setColor(QColor(0x92, 0x40, 0x0e));
    m_bandLabel->position->setAxes(xAxis, yAxis2);
    m_bandLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_bandLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_training = addBars(QColor(0x94, 0xa3, 0xb8));
    m_inference = addBars(style::scenario);
    m_inference->moveAbove(m_training);
    m_supply = addGraph();
    m_supply->setPen(QPen(Qt::black, 2));
    m_idc = addGraph();
    m_idc->setLineStyle(QCPGraph::lsNone);
    m_idc->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(style::accent, 1.6), style::accent, 9));
    yAxis2->setVisible(true);
    m_occupancy = addGraph(xAxis, yAxis2);
    m_occupancy->setPen(QPen(style::good, 2.2));
    m_occupancy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, style::good, Qt::white, 6));
    m_breakEven = new QCPItemStraightLine(this);
    m_breakEven->setPen(QPen(style::bad, 1.4, Qt::DashLine));
    for (QCPItemPosition *p : {m_breakEven->point1, m_breakEven->point2})
        p->setAxes(xAxis, yAxis2);
    m_breakEvenLabel = new QCPItemText(this);
    m_breakEvenLabel->setFont(style::tickFont());
    m_breakEvenLabel->setColor(style::bad);
    m_breakEvenLabel->position->setAxes(xAxis, yAxis2);
    m_breakEvenLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_breakEvenLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_crossing = new QCPItemStraightLine(this);
    m_crossing->setPen(QPen(style::bad, 1.4));
    m_crossingLabel = new QCPItemText(this);
    m_crossingLabel->setFont(style::tickFont());
    m_crossingLabel->setColor(style::bad);
    m_crossingLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_crossingLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(ticker);
    xAxis->setNumberFormat(QStringLiteral("f"));
    xAxis->setNumberPrecision(0);
    useCompactTicks(yAxis);
    yAxis2->setTickLabels(true);
    placeLegendBelow();
    start();
}

PlotChart::Redraw MarketChart::refresh()
{
    const chart::ChartData d = data();
    const chart::Series &supply = d.series[chart::market::Supply], &training = d.series[chart::market::Training],
                        &inference = d.series[chart::market::Inference],
                        &occupancy = d.series[chart::market::Occupancy], &idc = d.series[chart::market::IdcForecast];
    const chart::Marker &crossing = d.markers.front();
    std::vector<double> shown = supply.y;
    for (const chart::Series *s : {&training, &inference, &occupancy, &idc})
        shown.insert(shown.end(), s->y.begin(), s->y.end());
    shown.insert(shown.end(), {crossing.x, crossing.y, double(crossing.defined), double(idc.x.size())});
    if (!m_drawn.changed(shown))
        return Redraw::None;
    m_training->setData(vec(training.x), vec(training.y), true);
    m_inference->setData(vec(inference.x), vec(inference.y), true);
    m_supply->setData(vec(supply.x), vec(supply.y), true);
    m_idc->setData(vec(idc.x), vec(idc.y), true);
    m_occupancy->setData(vec(occupancy.x), vec(occupancy.y, 100), true);
    xAxis->setRange(supply.x.front() - 0.6, supply.x.back() + 0.6);
    double hi = 0, occupancyHi = 0;
    for (std::size_t i = 0; i < supply.y.size(); ++i)
        hi = std::max({hi, supply.y[i], training.y[i] + inference.y[i]});
    for (double v : idc.y)
        hi = std::max(hi, v);
    for (double v : occupancy.y)
        occupancyHi = std::max(occupancyHi, v);
    const auto [lo, top] = stableRange({yAxis->range().lower, yAxis->range().upper}, 0, hi);
    yAxis->setRange(lo, top);
    const chart::Reference &breakEven = d.references[chart::market::BreakEvenOccupancy],
                           &band = d.references[chart::market::SeedBOccupancy];
    yAxis2->setRange(0, 100 * std::max({occupancyHi, breakEven.from, 0.3}) * 1.12);
    m_band->topLeft->setCoords(0, 100 * band.to);
    m_band->bottomRight->setCoords(1, 100 * band.from);
    m_bandLabel->position->setCoords(0.99, 100 * band.to);
    m_bandLabel->setText(chartText(band.label));
    m_breakEven->point1->setCoords(supply.x.front(), 100 * breakEven.from);
    m_breakEven->point2->setCoords(supply.x.back(), 100 * breakEven.from);
    m_breakEvenLabel->position->setCoords(0.01, 100 * breakEven.from);
    m_breakEvenLabel->setText(tr("%1: %2").arg(chartText(breakEven.label), formatPercent(breakEven.from)));
    m_crossing->setVisible(crossing.defined);
    m_crossing->point1->setCoords(crossing.x, 0);
    m_crossing->point2->setCoords(crossing.x, 1);
    m_crossingLabel->position->setCoords(crossing.defined ? crossing.x : supply.x.back() + 0.5, 0.02);
    m_crossingLabel->setText(crossing.defined ? tr("reaches break-even in %1").arg(int(crossing.x))
                                              : tr("break-even not reached by %1").arg(int(supply.x.back())));
    m_crossingLabel->setPadding(QMargins(0, 0, 5, 0));
    return Redraw::All;
}

void MarketChart::retranslate()
{
    setTitle(chartText(info().title));
    const chart::ChartData d = data();
    xAxis->setLabel(chartText(d.x.label));
    yAxis->setLabel(chartText(d.y.label));
    yAxis2->setLabel(chartText(d.y2.label) + QStringLiteral(" (%)"));
    m_training->setName(chartText(d.series[chart::market::Training].label));
    m_inference->setName(chartText(d.series[chart::market::Inference].label));
    m_supply->setName(chartText(d.series[chart::market::Supply].label));
    m_occupancy->setName(chartText(d.series[chart::market::Occupancy].label));
    m_idc->setName(chartText(d.series[chart::market::IdcForecast].label));
}

} // namespace cc::ui
