// SPDX-License-Identifier: GPL-3.0-or-later
#include "costrevenuechart.h"

#include "chartstyle.h"
#include "scenariomodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace cc::ui {

CostRevenueChart::CostRevenueChart(ScenarioModel *model, QWidget *parent)
    : BarChart(model, QStringLiteral("chart_costRevenue"), parent)
{
    setProperty("dependsOn", QStringList{QStringLiteral("demand"), QStringLiteral("capacity"), QStringLiteral("maas")}); // the registry groups behind this chart's sources
    auto *series = new QStackedBarSeries;
    auto makeSet = [series](const QColor &color) { return addSet(series, color, 2); };
    m_gpu = makeSet(style::bad);
    m_other = makeSet(QColor(0xfc, 0xa5, 0xa5));
    m_hit = makeSet(QColor(0x86, 0xef, 0xac));
    m_miss = makeSet(QColor(0x22, 0xc5, 0x5e));
    m_output = makeSet(QColor(0x15, 0x80, 0x3d));
    series->setBarWidth(0.55);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->addSeries(series);
    m_x = new QBarCategoryAxis;
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(m_x);
    styleAxis(m_y);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    start();
}

bool CostRevenueChart::refresh()
{
    const Results &r = model()->results();
    if (!m_drawn.changed({r.gpuCostPerDay, r.nonGpuCostPerDay, r.revenueCacheHitPerDay, r.revenueCacheMissPerDay,
                          r.revenueOutputPerDay}))
        return false;
    // Thousands of USD: the scale an analyst reads a day of DeepSeek in.
    setBar(m_gpu, 0, r.gpuCostPerDay / 1e3);
    setBar(m_other, 0, r.nonGpuCostPerDay / 1e3);
    setBar(m_hit, 1, r.revenueCacheHitPerDay / 1e3);
    setBar(m_miss, 1, r.revenueCacheMissPerDay / 1e3);
    setBar(m_output, 1, r.revenueOutputPerDay / 1e3);
    fitValueAxis(m_y, 0, std::max(r.totalCostPerDay, r.revenuePerDay) / 1e3);
    return true;
}

void CostRevenueChart::retranslate()
{
    chart()->setTitle(tr("A day of cost and revenue"));
    m_x->clear();
    m_x->append({tr("Cost"), tr("Revenue")});
    m_y->setTitleText(tr("USD thousand per day"));
    m_gpu->setLabel(tr("GPU rent"));
    m_other->setLabel(tr("Other costs"));
    m_hit->setLabel(tr("Input, cache hit"));
    m_miss->setLabel(tr("Input, cache miss"));
    m_output->setLabel(tr("Output"));
}

} // namespace cc::ui
