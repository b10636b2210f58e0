// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableWidget;

namespace cc::ui {

class ScenarioModel;

// The growth projection year by year: GPU demand split into params ×
// efficiency × data, and what it does to seed B's idle centre. The rates are
// the Growth inputs of the parameter dock.
class GrowthPanel : public QWidget {
    Q_OBJECT
public:
    explicit GrowthPanel(ScenarioModel *model, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    void refresh();

    ScenarioModel *m_model;
    QTableWidget *m_table;
};

} // namespace cc::ui
