// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecharts.h"

#include "chartstyle.h"
#include "model.h"
#include "outputs.h"
#include "registry.h"
#include "sweep.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>

namespace cc::ui {

CompareMarginChart::CompareMarginChart(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("compare_marginPaidRate"));
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

void CompareMarginChart::setScenarios(const QList<Scenario> &scenarios)
{
    clearGraphs();
    const std::vector<double> rates = linspace(0.01, 1.0, 199);
    for (int i = 0; i < scenarios.size(); ++i) {
        const Inputs &in = scenarios[i].inputs;
        const std::vector<double> m = sweep(in, parameter(&Inputs::paidRate), rates, output(&Results::revenueMargin), 0);
        QCPGraph *curve = addGraph();
        curve->setName(scenarios[i].name);
        curve->setPen(QPen(style::scenarioColor(i), 2.2));
        QVector<double> x, y;
        for (std::size_t k = 0; k < rates.size(); ++k) {
            x << rates[k] * 100;
            y << m[k] * 100;
        }
        curve->setData(x, y, true);
        QCPGraph *marker = addGraph();
        marker->setLineStyle(QCPGraph::lsNone);
        marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, style::scenarioColor(i), style::scenarioColor(i), 9));
        marker->setData({in.paidRate * 100}, {evaluate(in).revenueMargin * 100});
        legend->removeItem(legend->itemCount() - 1);
    }
    replot();
}

CompareFiguresChart::CompareFiguresChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("compare_figures"));
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
    const char *ids[] = {"revenueMargin", "breakEvenPaidRate", "breakEvenOccupancy", "impliedMfu"};
    auto *series = new QBarSeries;
    double lo = 0, hi = 0;
    for (int i = 0; i < scenarios.size(); ++i) {
        const Results r = evaluate(scenarios[i].inputs);
        auto *set = new QBarSet(scenarios[i].name);
        set->setColor(style::scenarioColor(i));
        set->setBorderColor(style::scenarioColor(i));
        for (const char *id : ids) {
            const double v = findOutput(id)->get(r).value_or(0) * 100;
            *set << v;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        series->append(set);
    }
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append({tr("Revenue margin"), tr("Break-even paid rate"), tr("Centre break-even occupancy"), tr("Implied MFU")});
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
