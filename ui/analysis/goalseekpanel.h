// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace cc::ui {

class RegistryCombo;
class ScenarioModel;

// "What paid rate gives 20 %?": any output, any target, any input to vary,
// solved on the live scenario; the answer can be applied as an undoable edit.
class GoalSeekPanel : public QWidget {
    Q_OBJECT
public:
    explicit GoalSeekPanel(ScenarioModel *model, QWidget *parent = nullptr);
    // Solves with the current choices; the answer, if any.
    std::optional<double> solve();
    void usePreset(int index);
    QString resultText() const;

private:
    ScenarioModel *m_model;
    RegistryCombo *m_output;
    QDoubleSpinBox *m_target;
    RegistryCombo *m_input;
    QLabel *m_result;
    QPushButton *m_apply;
    std::optional<double> m_answer;
};

} // namespace cc::ui
