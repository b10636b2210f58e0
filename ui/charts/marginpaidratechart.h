// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// Revenue margin as the paid rate moves, everything else held: GJ's point
// that the paid rate drives the real margin, with break-even marked.
class MarginPaidRateChart : public PlotChart {
    Q_OBJECT
public:
    explicit MarginPaidRateChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    void retranslate() override;

private:
    QCPGraph *m_curve, *m_current, *m_breakEven;
    QCPItemStraightLine *m_zero;
    QCPItemText *m_breakEvenLabel;
    QCPItemText *m_currentLabel;
    Fingerprint m_marker;
};

} // namespace cc::ui
