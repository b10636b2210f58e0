// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// "Efficiency ≠ deflation" (seed A's title): GPU demand after a one-off
// efficiency gain, for several token-price elasticities, on a log axis so that
// halving and doubling sit equally far from the Jevons line at 1. Draws
// cc::chart::jevonsChartData and nothing else.
class JevonsChart : public PlotChart {
    Q_OBJECT
public:
    explicit JevonsChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    void retranslate() override;

private:
    QList<QCPGraph *> m_curves; // one per series, in ChartData order; the scenario's last
    QCPGraph *m_point;
    QCPItemStraightLine *m_jevons;
    QCPItemText *m_jevonsLabel, *m_threshold;
};

} // namespace cc::ui
