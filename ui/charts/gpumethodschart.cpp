// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/gpumethodschart.h"

#include "ui/charts/chartdatasource.h"
#include "core/chartdata/dashboardcharts.h"

#include "ui/charts/chartstyle.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "ui/document/scenariomodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace cc::ui {

GpuMethodsChart::GpuMethodsChart(ScenarioModel *model, QWidget *parent)
    : BarChart(model, chart::ChartId::GpuMethods, parent)
{
    auto *series = new QHorizontalBarSeries;
    m_set = addSet(series, style::scenario, 4);
    series->setLabelsVisible(true);
    // Whole GPUs with thousands separators ("114,540"): at five significant
    // digits a six-digit count printed as "1.1454e+05".
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(15);
    chart()->setLocalizeNumbers(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_set->setLabelColor(Qt::white);
    m_set->setLabelFont(style::tickFont());
    series->setBarWidth(0.65);
    chart()->addSeries(series);
    chart()->legend()->setVisible(false);
    m_categories = new QBarCategoryAxis;
    m_value = new QValueAxis;
    m_value->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(m_categories);
    styleAxis(m_value);
    chart()->addAxis(m_categories, Qt::AlignLeft);
    chart()->addAxis(m_value, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_value);
    // The MFU changes with every slider step; a chart title is rich text whose
    // re-layout costs more than the rest of this chart's redraw.
    m_mfu = new QGraphicsSimpleTextItem(chart());
    m_mfu->setFont(style::axisFont());
    m_mfu->setBrush(style::scenario);
    connect(chart(), &QChart::plotAreaChanged, this, &GpuMethodsChart::placeMfu);
    start();
}

bool GpuMethodsChart::refresh()
{
    using namespace chart::gpumethods;
    const chart::ChartData d = data();
    // Bottom to top: the compute-bound floor, then the throughput method's
    // average, peak and billed counts.
    const std::vector<double> &values = d.series[Gpus].y;
    const double mfu = d.markers[ImpliedMfu].y;
    std::vector<double> shown = values;
    shown.push_back(mfu);
    if (!m_drawn.changed(shown))
        return false;
    for (std::size_t i = 0; i < values.size(); ++i)
        setBar(m_set, int(i), std::round(values[i])); // its label: a count of GPUs
    fitValueAxis(m_value, 0, *std::max_element(values.begin(), values.end()));
    m_mfu->setText(tr("implied MFU %1").arg(formatPercent(mfu)));
    placeMfu();
    return true;
}

void GpuMethodsChart::placeMfu()
{
    const QRectF area = chart()->plotArea();
    m_mfu->setPos(area.right() - m_mfu->boundingRect().width() - 4, area.bottom() - m_mfu->boundingRect().height() - 4);
}

void GpuMethodsChart::retranslate()
{
    chart()->setTitle(chartText(info().title));
    chart()->setLocale(uiLocale());
    m_categories->clear();
    for (std::string_view category : data().categories)
        m_categories->append(chartText(category));
    m_value->setTitleText(tr("GPUs"));
}

} // namespace cc::ui
