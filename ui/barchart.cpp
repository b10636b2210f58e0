// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include "chartstyle.h"
#include "scenariomodel.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace cc::ui {

BarChart::BarChart(ScenarioModel *model, const QString &objectName, QWidget *parent)
    : QChartView(parent), m_model(model)
{
    setObjectName(objectName);
    setMinimumSize(280, 220);
    setRenderHint(QPainter::Antialiasing);
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setTitleFont(style::titleFont());
    c->legend()->setFont(style::tickFont());
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    setChart(c);
}

void BarChart::start()
{
    connect(m_model, &ScenarioModel::resultsChanged, this, &BarChart::refresh);
    retranslate();
    refresh();
}

QString BarChart::title() const
{
    return chart()->title();
}

void BarChart::styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(style::tickFont());
    axis->setTitleFont(style::axisFont());
    axis->setGridLineColor(QColor(0xe5, 0xe7, 0xeb));
    axis->setLinePenColor(style::reference);
}

void BarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QChartView::changeEvent(event);
}

} // namespace cc::ui
