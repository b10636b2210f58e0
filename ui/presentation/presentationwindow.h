// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/scenario.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace cc::ui {

class ScenarioModel;

// Full screen for a meeting: the scenario's name and key figures in large
// type, one chart at a time, the three key levers for live "what if". It
// works on its own copy of each scenario, so stepping through them never
// touches the analyst's working one. PgDn/→ next scenario, PgUp/← previous,
// ↓/Space next chart, ↑ previous, 1–8 a chart, Esc leaves. The charts never take
// focus and the window sees every key first, so they work whatever was clicked.
// Lever changes are not lost on leaving: the window offers to apply them to the
// working scenario (`working`) as one undoable edit.
class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    explicit PresentationWindow(const QList<Scenario> &scenarios, QWidget *parent = nullptr,
                                ScenarioModel *working = nullptr);
    int scenarioIndex() const { return m_index; }
    int chartIndex() const;
    ScenarioModel *model() const { return m_model; }
    QString figureText(const QString &outputId) const;
    int chartCount() const;
    int scenarioCount() const { return int(m_scenarios.size()); }
    // The lever values changed while presenting (of the last scenario changed), as
    // "Paid-user share 50.0% (was 40.0%)"; empty when nothing was changed.
    QStringList changedLevers() const;
    // Applies those values to the working scenario as one undoable edit.
    void keepChanges();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retitle(); // the scenario's name and position, in the UI language
    bool handleKey(int key, const QWidget *focused);
    void rememberEdits();
    void showScenario(int index);
    void showChart(int index);
    void refreshFigures();

    QList<Scenario> m_scenarios;
    int m_index = 0;
    ScenarioModel *m_model;
    QLabel *m_title;
    QLabel *m_position;
    struct Figure {
        const OutputInfo *output;
        QLabel *caption; // its label, in the UI language
        QLabel *value;
    };
    QList<Figure> m_figures;
    QStackedWidget *m_charts;
    ScenarioModel *m_working;
    QList<Inputs> m_edited; // each scenario as the levers left it
    int m_lastEdited = -1;
    bool m_asked = false;
    bool m_showing = false;
};

} // namespace cc::ui
