// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/scenario.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace cc::ui {

class CompareFiguresChart;
class CompareMarginChart;
class CompareTable;

// 2–4 scenarios side by side: the full table against a chosen base, and the
// key charts overlaid in the scenarios' colours.
class CompareWindow : public QWidget {
    Q_OBJECT
public:
    explicit CompareWindow(const QList<Scenario> &scenarios, QWidget *parent = nullptr);
    CompareTable *table() const { return m_table; }
    void setBase(int index);

private:
    void refresh();

    QList<Scenario> m_scenarios;
    QComboBox *m_base;
    QCheckBox *m_onlyDifferences;
    CompareTable *m_table;
    CompareMarginChart *m_margin;
    CompareFiguresChart *m_figures;
};

} // namespace cc::ui
