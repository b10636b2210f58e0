// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// "How many H20s / 910Cs?": GPUs the live scenario needs on every chip (bars,
// the scenario's card in its own colour) and what a million output tokens then
// cost at each chip's rent (points, right axis); each chip's revenue margin
// under its name. Draws cc::chart::chipComparisonData and nothing else.
class ChipComparisonChart : public PlotChart {
    Q_OBJECT
public:
    explicit ChipComparisonChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    void retranslate() override;

private:
    QCPBars *m_gpus, *m_current;
    QCPGraph *m_cost;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    QStringList m_ticks; // the ticker's labels: name and margin per chip
};

} // namespace cc::ui
