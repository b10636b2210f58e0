// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/registry.h"
#include "ui/numberformat.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace cc::ui {

class RangeSpinBox;
class ScenarioModel;

// One input of the registry: a slider and a spin box kept in step (or a combo
// box for a choice), a reset-to-source button, and the source in the tooltip.
class ParameterEditor : public QWidget {
    Q_OBJECT
public:
    ParameterEditor(const ParamInfo &p, ScenarioModel *model, QWidget *parent = nullptr);
    const ParamInfo &param() const { return m_param; }

signals:
    // A typed value was refused; `message` names the field, value and range.
    void refused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();
    void retranslate();
    double fromSlider(int position) const;
    int toSlider(double value) const;
    double displayScale() const { return ui::displayScale(m_param); }
    QString rangeText() const;

    const ParamInfo &m_param;
    ScenarioModel *m_model;
    QLabel *m_label = nullptr;
    QSlider *m_slider = nullptr;
    RangeSpinBox *m_spin = nullptr;
    QComboBox *m_combo = nullptr;
    QToolButton *m_reset = nullptr;
    int m_dragId = -1;
    bool m_synced = false;
    double m_shown = 0; // the value the widgets show
};

} // namespace cc::ui
