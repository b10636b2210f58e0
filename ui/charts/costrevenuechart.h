// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/barchart.h"

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace cc::ui {

// A day of the MaaS: what it costs (GPU rent, everything else) against what
// it earns (cache-hit input, cache-miss input, output).
class CostRevenueChart : public BarChart {
    Q_OBJECT
public:
    explicit CostRevenueChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    bool refresh() override;
    void retranslate() override;

private:
    std::array<QBarSet *, 5> m_sets{}; // one per chart::costrevenue::Series
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
};

} // namespace cc::ui
