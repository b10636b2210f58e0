// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/barchart.h"

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace cc::ui {

// GPUs by DS's measured throughput vs the broker's FLOPs rule: the gap is
// decode being memory-bound, summed up as the implied MFU.
class GpuMethodsChart : public BarChart {
    Q_OBJECT
public:
    explicit GpuMethodsChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    bool refresh() override;
    void retranslate() override;

private:
    QBarSet *m_set;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_value;
    QGraphicsSimpleTextItem *m_mfu;
    void placeMfu();
};

} // namespace cc::ui
