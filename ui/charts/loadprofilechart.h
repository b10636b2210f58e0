// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/plotchart.h"

namespace cc::ui {

// DS6's day of load, scaled to the scenario, against the capacity the peak
// multiplier provisions: where the day's peak outruns the provision.
class LoadProfileChart : public PlotChart {
    Q_OBJECT
public:
    explicit LoadProfileChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    Redraw refresh() override;
    void retranslate() override;

private:
    QCPGraph *m_load, *m_capacity, *m_average, *m_capacityStep, *m_over;
    QCPItemText *m_note;
};

} // namespace cc::ui
