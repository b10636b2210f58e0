// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// The scale effect's second view: decode tokens/s per GPU against GPUs per
// decode instance, gaps where the model does not fit, the scale-up domain
// marked, the scenario's instance as a point. Draws cc::chart::scaleByInstanceData.
class ScaleByInstanceChart : public PlotChart {
    Q_OBJECT
public:
    explicit ScaleByInstanceChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    void retranslate() override;
    bool placeLabels() override;

private:
    QCPGraph *m_curve;
    ScenarioPoint m_point;
    Fingerprint m_pointDrawn;
    VerticalMarker m_domain; // one scale-up domain's edge
};

} // namespace cc::ui
