// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/costrevenuechart.h"

#include "ui/charts/chartdatasource.h"
#include "core/chartdata/dashboardcharts.h"

#include "ui/charts/chartstyle.h"
#include "ui/document/scenariomodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace cc::ui {

CostRevenueChart::CostRevenueChart(ScenarioModel *model, QWidget *parent)
    : BarChart(model, chart::ChartId::CostRevenue, parent)
{
    auto *series = new QStackedBarSeries;
    auto makeSet = [series](const QColor &color) { return addSet(series, color, 2); };
    // In chart::costrevenue::Series order: costs in reds, revenues in greens.
    m_sets = {makeSet(style::bad), makeSet(QColor(0xfc, 0xa5, 0xa5)), makeSet(QColor(0x86, 0xef, 0xac)),
              makeSet(QColor(0x22, 0xc5, 0x5e)), makeSet(QColor(0x15, 0x80, 0x3d))};
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
    const chart::ChartData d = data();
    std::vector<double> shown;
    for (const chart::Series &part : d.series)
        shown.push_back(part.y.front());
    if (!m_drawn.changed(shown))
        return false;
    // Thousands of USD: the scale an analyst reads a day of DeepSeek in.
    double stacked[2] = {0, 0};
    for (std::size_t i = 0; i < d.series.size(); ++i) {
        const auto category = std::size_t(d.series[i].x.front());
        setBar(m_sets[i], int(category), d.series[i].y.front() / 1e3);
        stacked[category] += d.series[i].y.front();
    }
    fitValueAxis(m_y, 0, std::max(stacked[0], stacked[1]) / 1e3);
    return true;
}

void CostRevenueChart::retranslate()
{
    chart()->setTitle(chartText(info().title));
    m_x->clear();
    const chart::ChartData d = data();
    for (std::string_view category : d.categories)
        m_x->append(chartText(category));
    m_y->setTitleText(tr("USD thousand per day"));
    for (std::size_t i = 0; i < d.series.size(); ++i)
        m_sets[i]->setLabel(chartText(d.series[i].label));
}

} // namespace cc::ui
