// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpumethodschart.h"

#include "chartstyle.h"
#include "numberformat.h"
#include "scenariomodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace cc::ui {

GpuMethodsChart::GpuMethodsChart(ScenarioModel *model, QWidget *parent)
    : BarChart(model, QStringLiteral("chart_gpuMethods"), parent)
{
    setProperty("dependsOn", QStringList{QStringLiteral("demand"), QStringLiteral("capacity")}); // the registry groups behind this chart's sources
    auto *series = new QHorizontalBarSeries;
    m_set = addSet(series, style::scenario, 4);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(5);
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
    const Results &r = model()->results();
    // Bottom to top: the compute-bound floor, then the throughput method's
    // average, peak and billed counts.
    const double values[] = {std::round(r.gpusIfComputeBound), std::round(r.avgBusyGpus),
                             std::round(r.provisionedGpus), std::round(r.billedGpus)};
    if (!m_drawn.changed({values[0], values[1], values[2], values[3], r.impliedMfu}))
        return false;
    double highest = 0;
    for (int i = 0; i < 4; ++i) {
        setBar(m_set, i, values[i]);
        highest = std::max(highest, values[i]);
    }
    fitValueAxis(m_value, 0, highest);
    m_mfu->setText(tr("implied MFU %1").arg(formatPercent(r.impliedMfu)));
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
    chart()->setTitle(tr("GPUs: throughput vs FLOPs method"));
    m_categories->clear();
    m_categories->append({tr("FLOPs bound (peak)"), tr("Throughput: average"), tr("Throughput: peak"), tr("Billed")});
    m_value->setTitleText(tr("GPUs"));
}

} // namespace cc::ui
