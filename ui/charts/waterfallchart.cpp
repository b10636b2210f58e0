// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/waterfallchart.h"

#include "ui/charts/chartdatasource.h"
#include "core/chartdata/dashboardcharts.h"

#include "ui/charts/chartstyle.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "core/model/outputs.h"
#include "ui/document/scenariomodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace cc::ui {

WaterfallChart::WaterfallChart(ScenarioModel *model, QWidget *parent)
    : BarChart(model, chart::ChartId::Waterfall, parent)
{
    // Horizontal, first step on top: the bridge reads like the analyst's own list.
    auto *series = new QHorizontalStackedBarSeries;
    auto makeSet = [series](const QColor &color) { return addSet(series, color, waterfallStepCount); };
    m_base = makeSet(Qt::transparent);
    m_base->setBorderColor(Qt::transparent);
    m_level = makeSet(style::scenario);
    m_rise = makeSet(style::good);
    m_riseBelow = makeSet(style::good);
    m_fall = makeSet(style::bad);
    m_fallBelow = makeSet(style::bad);
    series->setBarWidth(0.6);
    chart()->addSeries(series);
    m_x = new QBarCategoryAxis;
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%.0f%%"));
    styleAxis(m_x);
    styleAxis(m_y);
    chart()->addAxis(m_x, Qt::AlignLeft);
    chart()->addAxis(m_y, Qt::AlignBottom);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    // Only the three meaningful colours get a legend entry.
    const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
    for (int i : {0, 3, 5})
        markers[i]->setVisible(false);
    for (auto &item : m_values) {
        item = new QGraphicsSimpleTextItem(chart());
        item->setFont(style::tickFont());
        item->setZValue(10);
    }
    connect(chart(), &QChart::plotAreaChanged, this, &WaterfallChart::placeValueLabels);
    start();
}

bool WaterfallChart::refresh()
{
    using namespace chart::waterfall;
    const chart::ChartData d = data();
    const std::vector<double> &steps = d.series[Step].y;
    if (!m_drawn.changed(steps))
        return false;
    double lowest = 0, highest = 0;
    for (int step = 0; step < waterfallStepCount; ++step) {
        const double value = steps[std::size_t(step)];
        const int i = waterfallStepCount - 1 - step; // bar index: Qt puts category 0 at the bottom
        const bool isLevel = step == 0 || step == waterfallStepCount - 1;
        const double from = d.series[Start].y[std::size_t(step)] * 100, to = d.series[End].y[std::size_t(step)] * 100;
        const double lo = std::min(from, to), hi = std::max(from, to);
        double base = 0, above = hi - lo, below = 0;
        if (lo < 0 && hi > 0) {
            above = hi;
            below = lo;
        } else if (hi <= 0) {
            base = hi;
            above = 0;
            below = lo - hi;
        } else {
            base = lo;
        }
        const bool rise = to >= from;
        // A level bar starts at zero, whichever side of it it ends on.
        setBar(m_base, i, isLevel ? 0 : base);
        setBar(m_level, i, isLevel ? to : 0);
        setBar(m_rise, i, !isLevel && rise ? above : 0);
        setBar(m_riseBelow, i, !isLevel && rise ? below : 0);
        setBar(m_fall, i, !isLevel && !rise ? above : 0);
        setBar(m_fallBelow, i, !isLevel && !rise ? below : 0);
        lowest = std::min(lowest, lo);
        highest = std::max(highest, hi);
        // A step that moves nothing at one decimal is neither good nor bad news:
        // "0.0 pt" in grey, as the headline cards show no change (it read "+0.0 pt" in green).
        const bool still = !isLevel && std::abs(value) * 100 < 0.05;
        m_values[i]->setText(isLevel ? formatPercent(value)
                             : still ? QStringLiteral("0.0 pt")
                                     : (value >= 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                                           QString::number(std::abs(value) * 100, 'f', 1) + QStringLiteral(" pt"));
        m_values[i]->setBrush(isLevel ? style::scenario : still ? style::reference : rise ? style::good : style::bad);
        m_ends[i] = hi;
    }
    // Room on the right for the value labels.
    const double span = std::max(10.0, highest - lowest);
    fitValueAxis(m_y, lowest, highest + 0.18 * span);
    placeValueLabels();
    return true;
}

void WaterfallChart::placeValueLabels()
{
    for (int i = 0; i < waterfallStepCount; ++i) {
        const QPointF end = chart()->mapToPosition(QPointF(m_ends[i], i));
        const QRectF box = m_values[i]->boundingRect();
        m_values[i]->setPos(end.x() + 4, end.y() - box.height() / 2);
    }
}

void WaterfallChart::retranslate()
{
    chart()->setTitle(chartText(info().title));
    // Qt draws category 0 at the bottom; the first step goes on top.
    m_x->clear();
    const chart::ChartData d = data();
    for (auto it = d.categories.rbegin(); it != d.categories.rend(); ++it)
        m_x->append(chartText(*it));
    m_level->setLabel(tr("Margin level"));
    m_rise->setLabel(tr("Raises margin"));
    m_fall->setLabel(tr("Lowers margin"));
    m_y->setTitleText(tr("Revenue margin (%); steps in percentage points"));
}

} // namespace cc::ui
