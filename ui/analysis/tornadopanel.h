// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;

namespace cc::ui {

class RegistryCombo;
class ScenarioModel;

// Which input matters most: every input swung low and high around the live
// scenario, the output's swing sorted by size; or, as a spider, the output
// along each of the largest inputs' swings.
class TornadoPanel : public QWidget {
    Q_OBJECT
public:
    explicit TornadoPanel(ScenarioModel *model, QWidget *parent = nullptr);
    QCustomPlot *plot() const { return m_plot; }
    QStringList shownInputs() const { return m_shown; } // top first, for tests

private:
    void refresh();

    ScenarioModel *m_model;
    RegistryCombo *m_output;
    QComboBox *m_mode;
    QDoubleSpinBox *m_fraction;
    QCheckBox *m_spider, *m_leversOnly;
    QCustomPlot *m_plot;
    QStringList m_shown;
    chart::ChartData m_data; // what the plot shows, for its exports
};

} // namespace cc::ui
