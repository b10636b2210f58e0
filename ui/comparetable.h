// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QTableWidget>

namespace cc::ui {

// Every input and every output of 2–4 scenarios side by side. Against the
// chosen base, inputs that differ are shaded amber and outputs they move blue.
class CompareTable : public QTableWidget {
    Q_OBJECT
public:
    explicit CompareTable(QWidget *parent = nullptr);
    void setScenarios(const QList<Scenario> &scenarios, int base);
    void setOnlyDifferences(bool only);
    // For tests and exports: whether a cell differs from the base column.
    bool differs(int row, int column) const;
    int rowOf(const QString &id) const;

private:
    void fill();

    QList<Scenario> m_scenarios;
    int m_base = 0;
    bool m_onlyDifferences = false;
};

} // namespace cc::ui
