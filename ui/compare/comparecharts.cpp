// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/comparecharts.h"

#include "ui/charts/chartstyle.h"
#include "ui/charts/chartdatasource.h"
#include "ui/charts/plotvalues.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>

namespace cc::ui {

CompareMarginChart::CompareMarginChart(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("compare_marginPaidRate"));
    provideChartData(this, [this] { return m_data; });
    setMinimumSize(360, 260);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, tr("Revenue margin vs paid rate"), style::titleFont());
    plotLayout()->addElement(0, 0, m_title);
    xAxis->setLabel(tr("Paid rate (%)"));
    yAxis->setLabel(tr("Revenue margin (%)"));
    for (QCPAxis *a : {xAxis, yAxis}) {
        a->setLabelFont(style::axisFont());
        a->setTickLabelFont(style::tickFont());
    }
    xAxis->setRange(0, 100);
    yAxis->setRange(-100, 100);
    legend->setVisible(true);
    legend->setFont(style::tickFont());
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

namespace {

std::vector<chart::NamedScenario> named(const QList<Scenario> &scenarios)
{
    std::vector<chart::NamedScenario> out;
    for (const Scenario &s : scenarios)
        out.push_back({s.name.toStdString(), s.inputs});
    return out;
}

} // namespace

void CompareMarginChart::setScenarios(const QList<Scenario> &scenarios)
{
    clearGraphs();
    m_data = chart::compareMarginData(named(scenarios));
    for (int i = 0; i < scenarios.size(); ++i) {
        const chart::Series &line = m_data.series[std::size_t(2 * i)], &point = m_data.series[std::size_t(2 * i + 1)];
        QCPGraph *curve = addGraph();
        curve->setName(scenarios[i].name);
        curve->setPen(QPen(style::scenarioColor(i), 2.2));
        curve->setData(percent(line.x), percent(line.y), true);
        QCPGraph *marker = addGraph();
        marker->setLineStyle(QCPGraph::lsNone);
        marker->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, style::scenarioColor(i), style::scenarioColor(i), 9));
        marker->setData(percent(point.x), percent(point.y));
        legend->removeItem(legend->itemCount() - 1);
    }
    replot();
}

CompareFiguresChart::CompareFiguresChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("compare_figures"));
    provideChartData(this, [this] { return m_data; });
    setMinimumSize(360, 260);
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setTitleFont(style::titleFont());
    c->setTitle(tr("Key figures"));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setFont(style::tickFont());
    setChart(c);
}

void CompareFiguresChart::setScenarios(const QList<Scenario> &scenarios)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *a : c->axes())
        c->removeAxis(a);
    m_data = chart::compareFiguresData(named(scenarios));
    auto *series = new QBarSeries;
    double lo = 0, hi = 0;
    for (int i = 0; i < scenarios.size(); ++i) {
        auto *set = new QBarSet(scenarios[i].name);
        set->setColor(style::scenarioColor(i));
        set->setBorderColor(style::scenarioColor(i));
        for (double fraction : m_data.series[std::size_t(i)].y) {
            const double v = fraction * 100;
            *set << v;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        series->append(set);
    }
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    for (std::string_view category : m_data.categories)
        x->append(chartText(category));
    x->setLabelsFont(style::tickFont());
    auto *y = new QValueAxis;
    y->setRange(std::floor(lo / 10) * 10, std::ceil(hi * 1.05 / 10) * 10);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setLabelsFont(style::tickFont());
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace cc::ui
