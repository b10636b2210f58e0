// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// "How many H20s / 910Cs?": GPUs the live scenario needs on every chip (bars,
// the scenario's card in its own colour) and what a million output tokens then
// cost at each chip's rent (points, right axis); each chip's revenue margin
// under its name (on the marker layer, so a step redraws no axis), or up its
// empty slot that it cannot serve the scenario. Draws
// cc::chart::chipComparisonData and nothing else.
class ChipComparisonChart : public PlotChart {
    Q_OBJECT
public:
    explicit ChipComparisonChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    bool placeLabels() override;
    void retranslate() override;

private:
    void placeMarginTexts(const std::vector<double> &ticks);

    QCPBars *m_gpus, *m_current;
    QCPGraph *m_cost;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    QStringList m_ticks; // the ticker's labels: the chips' names
    QCPItemText *m_axisBottom;
    QList<QCPItemText *> m_margins;     // one per chip, under its name
    QList<QCPItemText *> m_cannotServe; // one per chip, up its slot, shown when it cannot serve
};

} // namespace cc::ui
