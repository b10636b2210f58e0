// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/barchart.h"

#include <QGraphicsLayout>

#include "ui/charts/chartdatasource.h"
#include "core/io/qtext.h"
#include "ui/charts/axisrange.h"
#include "ui/charts/chartstyle.h"
#include "ui/document/scenariomodel.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

namespace cc::ui {

BarChart::BarChart(ScenarioModel *model, chart::ChartId id, QWidget *parent)
    : QChartView(parent), m_model(model), m_info(&chart::chartInfo(id))
{
    setObjectName(QStringLiteral("chart_") + toQString(m_info->name));
    provideChartData(
        this, [this] { return data(); }, m_info);
    setMinimumSize(280, 220);
    // No antialiasing: bars and grid are axis-aligned, and antialiased grid
    // lines were a fifth of a slider step. Text stays antialiased.
    setRenderHint(QPainter::Antialiasing, false);
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setTitleFont(style::titleFont());
    c->legend()->setFont(style::tickFont());
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    // Solid white: the theme's brush is a white-to-white gradient, and filling
    // a gradient behind every changed bar was a fifth of the view's repaint.
    c->setBackgroundBrush(Qt::white);
    setChart(c);
}

void BarChart::start()
{
    connect(m_model, &ScenarioModel::resultsChanged, this, [this] {
        // As PlotChart: a chart hidden or scrolled out of the dashboard's view
        // catches up when it is next painted (viewportEvent) or exported.
        // The view's own region is empty where its viewport covers it: ask the viewport.
        if (!isVisible() || viewport()->visibleRegion().isEmpty()) {
            m_stale = true;
            return;
        }
        refresh();
        layOut();
    });
    retranslate();
    refresh();
}

QString BarChart::title() const
{
    return chart()->title();
}

QBarSet *BarChart::addSet(QAbstractBarSeries *series, const QColor &color, int count)
{
    auto *set = new QBarSet(QString());
    set->setColor(color);
    set->setBorderColor(color);
    for (int i = 0; i < count; ++i)
        set->append(0);
    series->append(set);
    return set;
}

void BarChart::setBar(QBarSet *set, int index, double value)
{
    if (set->at(index) != value)
        set->replace(index, value);
}

void BarChart::styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(style::tickFont());
    axis->setTitleFont(style::axisFont());
    axis->setGridLineColor(QColor(0xe5, 0xe7, 0xeb));
    axis->setLinePenColor(style::reference);
}

void BarChart::layOut()
{
    // Now, not in a posted LayoutRequest: the new bars and the axes' new labels
    // then reach the screen in one paint, not two.
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();
}

void BarChart::catchUp()
{
    if (m_stale) {
        m_stale = false;
        refresh();
        layOut();
    }
}

bool BarChart::viewportEvent(QEvent *event)
{
    // Scrolled into view: the scene is brought up to date before it is drawn.
    if (event->type() == QEvent::Paint)
        catchUp();
    return QChartView::viewportEvent(event);
}

void BarChart::showEvent(QShowEvent *event)
{
    catchUp();
    QChartView::showEvent(event);
}

void BarChart::fitValueAxis(QValueAxis *axis, double dataLo, double dataHi)
{
    const auto [lo, hi] = stableRange({axis->min(), axis->max()}, dataLo, dataHi);
    if (lo == axis->min() && hi == axis->max())
        return;
    // Range and tick step change one after the other, and Qt Charts lays out the
    // ticks after each: widening the range before coarsening the step made a jump
    // (DAU 25 → 7000) lay out thousands of ticks for 1.8 s. Coarsen first when
    // widening, narrow first when refining, so no step ever sees too many ticks.
    const double step = niceTickStep(hi - lo);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    if (step > axis->tickInterval()) {
        axis->setTickInterval(step);
        axis->setRange(lo, hi);
    } else {
        axis->setRange(lo, hi);
        axis->setTickInterval(step);
    }
}

void BarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_drawn.invalidate();
        retranslate();
        refresh();
    }
    QChartView::changeEvent(event);
}

chart::ChartData BarChart::data() const
{
    return m_info->data(m_model->inputs(), m_model->results());
}

} // namespace cc::ui
