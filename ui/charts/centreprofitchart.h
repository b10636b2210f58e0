// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// Seed B's thousand-card centre: annual profit as occupancy moves, the
// 20–30 % occupancy the article reports, and where break-even lies.
class CentreProfitChart : public PlotChart {
    Q_OBJECT
public:
    explicit CentreProfitChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    void retranslate() override;

private:
    QCPGraph *m_profit, *m_current;
    QCPItemRect *m_band;
    QCPItemText *m_bandLabel;
    QCPItemStraightLine *m_zero, *m_breakEven;
    QCPItemText *m_breakEvenLabel;
};

} // namespace cc::ui
