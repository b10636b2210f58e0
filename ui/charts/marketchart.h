// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// China's compute market by year (seed B's question): supply as a line,
// demand stacked (training, inference), IDC's forecast beside the supply, and
// national occupancy on the right-hand axis against the centre's break-even
// and seed B's 20–30 % band. Draws cc::chart::marketChartData and nothing else.
class MarketChart : public PlotChart {
    Q_OBJECT
public:
    explicit MarketChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    void retranslate() override;

private:
    QCPBars *m_training, *m_inference;
    QCPGraph *m_supply, *m_occupancy, *m_idc;
    QCPItemStraightLine *m_breakEven, *m_crossing;
    QCPItemRect *m_band;
    QCPItemText *m_breakEvenLabel, *m_crossingLabel, *m_bandLabel;
};

} // namespace cc::ui
