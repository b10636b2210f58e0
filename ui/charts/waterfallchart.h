// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/barchart.h"

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace cc::ui {

// From DeepSeek's theoretical revenue margin to the scenario's, one real-world
// factor at a time (model.md §3's fixed order): where the 84.5 % goes.
class WaterfallChart : public BarChart {
    Q_OBJECT
public:
    explicit WaterfallChart(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    bool refresh() override;
    void retranslate() override;

private:
    void placeValueLabels();

    // Floating bars from stacks: an invisible base, then the visible part.
    // Qt Charts stacks negatives apart from positives, so a bar that crosses
    // zero needs its negative part in a set of its own.
    QBarSet *m_base, *m_level, *m_rise, *m_riseBelow, *m_fall, *m_fallBelow;
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
    // Values sit beside their bars as free text items: putting them in the
    // category labels re-lays the whole chart out on every slider step.
    std::array<QGraphicsSimpleTextItem *, 6> m_values{};
    std::array<double, 6> m_ends{}; // where each bar ends, in percent
};

} // namespace cc::ui
