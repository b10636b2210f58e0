// SPDX-License-Identifier: GPL-3.0-or-later
#include "waterfallchart.h"

#include "chartstyle.h"
#include "language.h"
#include "numberformat.h"
#include "outputs.h"
#include "scenariomodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QLegendMarker>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace cc::ui {

WaterfallChart::WaterfallChart(ScenarioModel *model, QWidget *parent)
    : BarChart(model, QStringLiteral("chart_waterfall"), parent)
{
    // Horizontal, first step on top: the bridge reads like the analyst's own list.
    auto *series = new QHorizontalStackedBarSeries;
    auto makeSet = [series](const QColor &color) {
        auto *set = new QBarSet(QString());
        set->setColor(color);
        set->setBorderColor(color);
        for (int i = 0; i < waterfallStepCount; ++i)
            set->append(0);
        series->append(set);
        return set;
    };
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
    start();
}

void WaterfallChart::refresh()
{
    const auto &steps = model()->results().waterfall;
    QStringList categories;
    double level = 0, lowest = 0, highest = 0;
    for (int step = 0; step < waterfallStepCount; ++step) {
        const WaterfallEntry &e = steps[step];
        const int i = waterfallStepCount - 1 - step; // bar index: Qt puts category 0 at the bottom
        const bool isLevel = step == 0 || step == waterfallStepCount - 1;
        const double from = isLevel ? 0 : level * 100;
        const double to = isLevel ? e.value * 100 : (level + e.value) * 100;
        if (!isLevel)
            level += e.value;
        else
            level = e.value;
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
        m_base->replace(i, base);
        m_level->replace(i, isLevel ? to : 0);
        m_rise->replace(i, !isLevel && rise ? above : 0);
        m_riseBelow->replace(i, !isLevel && rise ? below : 0);
        m_fall->replace(i, !isLevel && !rise ? above : 0);
        m_fallBelow->replace(i, !isLevel && !rise ? below : 0);
        if (isLevel && hi <= 0) { // a level bar below zero is drawn from 0 down
            m_base->replace(i, 0);
            m_level->replace(i, to);
        }
        lowest = std::min(lowest, lo);
        highest = std::max(highest, hi);
        const QString label = m_stepLabels[step];
        const QString value = isLevel ? formatPercent(e.value) : (e.value >= 0 ? QStringLiteral("+") : QString()) +
                                                                     QString::number(e.value * 100, 'f', 1);
        categories.prepend(label + QStringLiteral("  ") + value);
    }
    if (m_x->categories() != categories) {
        m_x->clear();
        m_x->append(categories);
    }
    const double span = std::max(10.0, highest - lowest);
    m_y->setRange(std::floor((lowest - 0.05 * span) / 10) * 10, std::ceil((highest + 0.05 * span) / 10) * 10);
}

void WaterfallChart::retranslate()
{
    chart()->setTitle(tr("Margin bridge: theoretical → final revenue margin"));
    m_stepLabels = {tr("Theoretical"), tr("Price"), tr("Paid rate"), tr("Other costs"), tr("Peak/billing"), tr("Final")};
    m_level->setLabel(tr("Margin level"));
    m_rise->setLabel(tr("Raises margin"));
    m_fall->setLabel(tr("Lowers margin"));
    m_y->setTitleText(tr("Revenue margin (%); steps in percentage points"));
}

} // namespace cc::ui
