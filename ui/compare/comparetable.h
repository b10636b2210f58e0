// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/outputs.h"
#include "core/model/registry.h"
#include "core/io/scenario.h"

#include <QTableWidget>

namespace cc::ui {

// Every input and every output of 2–4 scenarios side by side. Against the
// chosen base, inputs that differ are shaded amber and outputs they move blue,
// and each such cell shows its difference from the base under the value.
class CompareTable : public QTableWidget {
    Q_OBJECT
public:
    explicit CompareTable(QWidget *parent = nullptr);
    void setScenarios(const QList<Scenario> &scenarios, int base);
    void setOnlyDifferences(bool only);
    // For tests and exports: whether a cell differs from the base column.
    bool differs(int row, int column) const;
    int rowOf(const QString &id) const;
    // The difference against the base shown under a cell's value ("+2.0 pt",
    // "−$1.2K/day"), empty in the base column and where nothing differs.
    QString delta(int row, int column) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    static QString inputDelta(const ParamInfo &p, double value, double base);
    static QString outputDelta(const OutputInfo &o, std::optional<double> value, std::optional<double> base);
    void fill();

    QList<Scenario> m_scenarios;
    int m_base = 0;
    bool m_onlyDifferences = false;
    // Widths the label column, the values and their headers would like.
    int m_labelHint = 0;
    QList<int> m_contentHints, m_headerHints;
};

} // namespace cc::ui
