// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// Seed A's "大规模集群能提高算力利用率", drawn: decode tokens/s per GPU rising
// with the batch each GPU holds until the latency or HBM wall, the stretches
// where compute, memory or the network is the limit shaded, the scenario's
// point on the curve. Draws cc::chart::scaleEffectData and nothing else.
class ScaleEffectChart : public PlotChart {
    Q_OBJECT
public:
    explicit ScaleEffectChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    void retranslate() override;
    // Each wall's label on the side of its line with room for it, the
    // scenario's numbers on the side of its point with room.
    bool placeLabels() override;

private:
    QCPGraph *m_curve;
    ScenarioPoint m_point;
    Fingerprint m_pointDrawn, m_bandsDrawn;
    VerticalMarker m_latency, m_hbm; // the latency and HBM walls
    QList<QCPItemRect *> m_bands;
    QList<QCPItemText *> m_bandLabels;
};

} // namespace cc::ui
