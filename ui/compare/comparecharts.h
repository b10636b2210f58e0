// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/comparisondata.h"
#include "core/io/scenario.h"

#include <QChartView>
#include <qcustomplot.h>

namespace cc::ui {

// Revenue margin against paid rate, one curve per scenario, each marked at
// its own paid rate.
class CompareMarginChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit CompareMarginChart(QWidget *parent = nullptr);
    void setScenarios(const QList<Scenario> &scenarios);

private:
    QCPTextElement *m_title;
    chart::ChartData m_data; // what it draws, for its exports
};

// The figures an analyst quotes, grouped by figure, one bar per scenario.
class CompareFiguresChart : public QChartView {
    Q_OBJECT
public:
    explicit CompareFiguresChart(QWidget *parent = nullptr);
    void setScenarios(const QList<Scenario> &scenarios);

private:
    chart::ChartData m_data;
};

} // namespace cc::ui
