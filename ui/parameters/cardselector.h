// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace cc::ui {

class ScenarioModel;

// The precision basis of cardPeakTflops (the peak "utilization" is read
// against; switching it moves utilization's meaning 2×) and where the chosen
// card's figures come from. The card itself is a registry input with its own editor.
class CardSelector : public QWidget {
    Q_OBJECT
public:
    explicit CardSelector(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void sync();
    void retranslate();

    ScenarioModel *m_model;
    QLabel *m_label;
    QComboBox *m_basis;
    QLabel *m_note;
};

} // namespace cc::ui
