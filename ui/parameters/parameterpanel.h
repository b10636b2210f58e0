// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QComboBox;
class QGroupBox;
class QLabel;

namespace cc::ui {

class ScenarioModel;

// The inputs, grouped as the model is (key levers first), built from the
// registry: adding an input to core/registry.cpp adds its editor here.
class ParameterPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit ParameterPanel(ScenarioModel *model, QWidget *parent = nullptr);

signals:
    void refused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void syncPreset();

    ScenarioModel *m_model;
    QComboBox *m_preset;
    QLabel *m_presetLabel;
    QLabel *m_rationale;
    QLabel *m_peakNote = nullptr; // under the peak multiplier: why it moves no cost when billing is elastic
    QList<QGroupBox *> m_groups;  // key levers, then one per registry group
};

} // namespace cc::ui
