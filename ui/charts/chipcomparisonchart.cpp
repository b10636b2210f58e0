// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chipcomparisonchart.h"

#include "core/chartdata/servingcharts.h"
#include "ui/charts/axisrange.h"
#include "ui/charts/chartdatasource.h"
#include "ui/charts/chartstyle.h"
#include "ui/document/scenariomodel.h"
#include "ui/numberformat.h"

#include <algorithm>
#include <cmath>

namespace cc::ui {

ChipComparisonChart::ChipComparisonChart(ScenarioModel *model, QWidget *parent)
    : PlotChart(model, chart::ChartId::ChipComparison, parent), m_ticker(new QCPAxisTickerText)
{
    m_gpus = addBars(style::muted);
    m_current = addBars(style::scenario);
    yAxis2->setVisible(true);
    yAxis2->setTickLabels(true);
    m_cost = addGraph(xAxis, yAxis2);
    m_cost->setLineStyle(QCPGraph::lsNone);
    m_cost->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, style::accent, style::accent, 10));
    xAxis->setTicker(m_ticker);
    xAxis->grid()->setZeroLinePen(xAxis->grid()->pen()); // x = 0 is the first chip, not a zero
    xAxis->setTickLabelFont(style::tickFont());
    // The axis rect's bottom edge, in pixels wherever the layout puts it: the margins hang from it.
    m_axisBottom = new QCPItemText(this);
    m_axisBottom->setVisible(false);
    m_axisBottom->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_axisBottom->position->setCoords(0, 1);
    placeLegendBelow();
    start();
}

PlotChart::Redraw ChipComparisonChart::refresh()
{
    using namespace chart::chipcomparison;
    const chart::ChartData d = data();
    std::vector<double> shown;
    for (const chart::Series &s : d.series)
        for (double v : s.y)
            shown.push_back(std::isfinite(v) ? v : -1);
    if (!m_drawn.changed(shown))
        return Redraw::None;
    const auto vec = [](const std::vector<double> &v) { return QVector<double>(v.begin(), v.end()); };
    m_gpus->setData(vec(d.series[Gpus].x), vec(d.series[Gpus].y), true);
    m_current->setData(vec(d.series[Current].x), vec(d.series[Current].y), true);
    QVector<double> costX, costY;
    const chart::Series &cost = d.series[CostPerMillion], &margin = d.series[Margin];
    QStringList ticks;
    placeMarginTexts(cost.x);
    for (std::size_t i = 0; i < cost.x.size(); ++i) {
        const bool serves = std::isfinite(cost.y[i]);
        if (serves) {
            costX << cost.x[i];
            costY << cost.y[i];
        }
        // Eight names side by side have ~40 px each in a dashboard cell: a
        // two-word name shows its model ("Ascend 910B" → "910B"; the axis title
        // names the maker). The second line keeps the axis tall enough for the
        // margin drawn there.
        QString name = chartText(d.categories[i]);
        ticks << name.mid(name.lastIndexOf(QLatin1Char(' ')) + 1) + QStringLiteral("\n\u00a0");
        // Whole per cent: at one decimal the eight margins ran together in a ~40 px slot each
        // (the CSV and --compare-chips keep every digit). A chip that cannot serve the
        // scenario says so up its empty slot: under the names, two such ran into each other.
        // Past −999 % the number is wider than a slot, and no decision turns on its
        // digits: "<−999%".
        m_margins[qsizetype(i)]->setText(!serves                 ? QStringLiteral("—")
                                         : margin.y[i] <= -9.995 ? QStringLiteral("<−999%")
                                                                 : formatPercent(margin.y[i], 0));
        m_cannotServe[qsizetype(i)]->setVisible(!serves);
    }
    m_cost->setData(costX, costY, true);
    placeLabels(); // the margins' size for their texts
    double gpusHi = 1, costHi = 0.01;
    for (const chart::Series *s : {&d.series[Gpus], &d.series[Current]})
        for (double v : s->y)
            gpusHi = std::max(gpusHi, v);
    for (double v : costY)
        costHi = std::max(costHi, v);
    // Stable ranges and margins in whole per cent: a utilization step moves the
    // bars and points (the data layer) and seldom an axis or a label, which
    // would need the full replot.
    const QCPRange xWas = xAxis->range(), yWas = yAxis->range(), y2Was = yAxis2->range();
    xAxis->setRange(-0.6, double(d.categories.size()) - 0.4);
    const auto [gpusLo, gpusTop] = stableRange({yAxis->range().lower, yAxis->range().upper}, 0, gpusHi * 1.05);
    yAxis->setRange(gpusLo, gpusTop);
    const auto [costLo, costTop] = stableRange({yAxis2->range().lower, yAxis2->range().upper}, 0, costHi * 1.1);
    yAxis2->setRange(costLo, costTop);
    const bool ticksMoved = ticks != m_ticks;
    if (ticksMoved) {
        m_ticks = ticks;
        m_ticker->clear();
        for (qsizetype i = 0; i < ticks.size(); ++i)
            m_ticker->addTick(cost.x[std::size_t(i)], ticks[i]);
    }
    const bool axesMoved = xAxis->range() != xWas || yAxis->range() != yWas || yAxis2->range() != y2Was;
    // The margins move with utilization and the paid rate; they sit on the
    // marker layer, which a data redraw repaints, so the axes stay drawn.
    return ticksMoved || axesMoved ? Redraw::All : Redraw::Data;
}

void ChipComparisonChart::placeMarginTexts(const std::vector<double> &ticks)
{
    // Each chip's margin on the second line of its tick label: below the axis
    // line by the axis's own tick length and padding, then one line. As tick
    // labels, they were part of the axes, and a margin that moved by a whole
    // per cent (most utilization steps) redrew the whole chart.
    const double below = std::max(xAxis->tickLengthOut(), xAxis->subTickLengthOut()) + xAxis->tickLabelPadding() +
                         xAxis->offset() - 1 + QFontMetricsF(xAxis->tickLabelFont()).lineSpacing();
    while (m_margins.size() < qsizetype(ticks.size())) {
        auto *text = new QCPItemText(this);
        text->setLayer(markerLayer());
        text->setClipToAxisRect(false);
        text->setFont(xAxis->tickLabelFont());
        text->setColor(xAxis->tickLabelColor());
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setParentAnchorY(m_axisBottom->position);
        text->position->setTypeY(QCPItemPosition::ptAbsolute);
        m_margins << text;
        // Read bottom to top, from just above the axis, centred in the chip's slot.
        auto *cannot = new QCPItemText(this);
        cannot->setLayer(markerLayer());
        cannot->setFont(xAxis->tickLabelFont());
        cannot->setColor(style::reference);
        cannot->setRotation(-90);
        cannot->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        cannot->setPadding(QMargins(3, 1, 3, 1));
        cannot->setBrush(QColor(255, 255, 255, 220)); // the slot's grid line passes under it, not through it
        cannot->setText(tr("cannot serve"));
        cannot->position->setTypeX(QCPItemPosition::ptPlotCoords);
        cannot->position->setParentAnchorY(m_axisBottom->position);
        cannot->position->setTypeY(QCPItemPosition::ptAbsolute);
        m_cannotServe << cannot;
    }
    for (qsizetype i = 0; i < m_margins.size(); ++i) {
        const bool used = i < qsizetype(ticks.size());
        m_margins[i]->setVisible(used);
        m_cannotServe[i]->setVisible(false); // refresh() shows those that cannot
        if (used) {
            m_margins[i]->position->setCoords(ticks[std::size_t(i)], below);
            m_cannotServe[i]->position->setCoords(ticks[std::size_t(i)], -4); // clear of the axis line
        }
    }
}

bool ChipComparisonChart::placeLabels()
{
    // Each margin in its chip's slot: a deep loss ("−804%") is wider than the
    // ~33 px a chip has in a dashboard cell, and side by side the numbers ran
    // together and lost their minus signs. Then all of them get a smaller type,
    // down to 60 %.
    if (m_margins.size() < 2)
        return false;
    const double slot = std::abs(xAxis->coordToPixel(m_margins[1]->position->coords().x()) -
                                 xAxis->coordToPixel(m_margins[0]->position->coords().x()));
    QFont font = xAxis->tickLabelFont();
    const QFontMetricsF metrics(font);
    double widest = 0;
    for (const QCPItemText *text : std::as_const(m_margins))
        if (text->visible())
            widest = std::max(widest, metrics.horizontalAdvance(text->text()));
    const double room = slot - 6; // a gap that still reads as one
    if (widest > room && room > 0)
        font.setPointSizeF(font.pointSizeF() * std::max(0.6, room / widest));
    bool changed = false;
    for (QCPItemText *text : std::as_const(m_margins))
        if (text->font() != font) {
            text->setFont(font);
            changed = true;
        }
    return changed;
}

void ChipComparisonChart::retranslate()
{
    setTitle(chartText(info().title));
    const chart::ChartData d = data();
    xAxis->setLabel(chartText(d.x.label));
    yAxis->setLabel(chartText(d.y.label));
    yAxis2->setLabel(chartText(d.y2.label));
    m_gpus->setName(chartText(d.series[chart::chipcomparison::Gpus].label));
    m_current->setName(chartText(d.series[chart::chipcomparison::Current].label));
    m_cost->setName(chartText(d.series[chart::chipcomparison::CostPerMillion].label));
    m_ticks.clear(); // the chip names in the new language
    for (QCPItemText *text : std::as_const(m_cannotServe))
        text->setText(tr("cannot serve"));
}

} // namespace cc::ui
