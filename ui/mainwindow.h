// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QMenu;

namespace cc::ui {

class ChartGrid;
class ScenarioModel;

// Wires the panels together and owns the menus; it computes nothing and
// draws nothing itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `remember`: restore and save geometry, dock layout, preset and language
    // (off for screenshots and tests, which must not depend on a user's settings).
    explicit MainWindow(bool remember = true, QWidget *parent = nullptr);
    ScenarioModel *model() const { return m_model; }
    ChartGrid *charts() const { return m_charts; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();

    bool m_remember;
    ScenarioModel *m_model;
    ChartGrid *m_charts;
    QDockWidget *m_dock;
    QMenu *m_edit, *m_presetMenu, *m_view, *m_languageMenu, *m_help;
    QActionGroup *m_presets, *m_languages;
    QAction *m_undo, *m_redo, *m_quit, *m_about;
};

} // namespace cc::ui
