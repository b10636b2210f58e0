// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace cc::ui {

class ScenarioModel;

// What analysts do after dragging sliders, one tool a tab, all on the live
// scenario: goal seek, tornado, data tables, Monte Carlo, growth.
class AnalysisWindow : public QWidget {
    Q_OBJECT
public:
    enum Tab { GoalSeek, Tornado, DataTable, MonteCarlo, Growth };
    explicit AnalysisWindow(ScenarioModel *model, QWidget *parent = nullptr);
    // Opens beside the main window when the screen has room, else over the side
    // of the dashboard away from the charts' centre (analysisplacement.h).
    void placeBeside(const QWidget *mainWindow, const QWidget *charts);
    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    // Every chart in the tools (tornado, data table, Monte Carlo, growth), for the export menu.
    QList<QWidget *> charts() const;

signals:
    // The tools were rebuilt (a language change): their charts are new widgets.
    void chartsReplaced();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildPanels();
    ScenarioModel *m_model;
    QTabWidget *m_tabs;
};

} // namespace cc::ui
