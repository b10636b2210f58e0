// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// GJ's "参数量 × 效率 × 数据规模", plus the demand cheaper tokens induce: GPU
// demand growth since 2025 split into its four factors in log-points, which add
// up to the total; A2's "> 30 % a year" as the reference.
class GrowthChart : public PlotChart {
    Q_OBJECT
public:
    explicit GrowthChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    void retranslate() override;

private:
    QCPBars *m_data, *m_params, *m_efficiency, *m_induced;
    QCPGraph *m_total, *m_reference;
};

} // namespace cc::ui
