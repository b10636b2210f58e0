// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// Revenue margin over paid rate × GPU share of total cost: the broker's two
// adjustments at once, with the break-even contour and the scenario marked.
class MarginHeatmap : public PlotChart {
    Q_OBJECT
public:
    explicit MarginHeatmap(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    void retranslate() override;

private:
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
    QCPCurve *m_contour;
    QCPGraph *m_current;
    Fingerprint m_point;
};

} // namespace cc::ui
