// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace cc::ui {

class ScenarioModel;

// Full screen for a meeting: the scenario's name and key figures in large
// type, one chart at a time, the three key levers for live "what if". It
// works on its own copy of each scenario, so stepping through them never
// touches the analyst's working one. PgDn/→ next scenario, PgUp/← previous,
// ↓/Space next chart, ↑ previous, 1–8 a chart, Esc leaves.
class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    explicit PresentationWindow(const QList<Scenario> &scenarios, QWidget *parent = nullptr);
    int scenarioIndex() const { return m_index; }
    int chartIndex() const;
    ScenarioModel *model() const { return m_model; }
    QString figureText(const QString &outputId) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showScenario(int index);
    void showChart(int index);
    void refreshFigures();

    QList<Scenario> m_scenarios;
    int m_index = 0;
    ScenarioModel *m_model;
    QLabel *m_title;
    QLabel *m_position;
    QList<QPair<QString, QLabel *>> m_figures; // output id, value label
    QStackedWidget *m_charts;
};

} // namespace cc::ui
