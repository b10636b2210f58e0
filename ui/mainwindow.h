// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QMenu;
class QToolBar;

namespace cc::ui {

class AnalysisWindow;
class Autosave;
class ChartGrid;
class Document;
class LibraryPanel;
class PresentationWindow;
class ScenarioModel;

// Wires the panels together and owns the menus; it computes nothing and
// draws nothing itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `remember`: restore and save geometry, dock layout, preset and language
    // (off for screenshots and tests, which must not depend on a user's settings).
    explicit MainWindow(bool remember = true, QWidget *parent = nullptr);
    ~MainWindow() override;
    ScenarioModel *model() const { return m_model; }
    Document *document() const { return m_document; }
    // After an abnormal exit: offers the autosaved scenario back.
    void offerRecovery();
    // Full-screen presentation of the working, library and preset scenarios (F5).
    PresentationWindow *present();
    // The same on every scenario file in `dir` (bad files are named and left out).
    PresentationWindow *presentFolder(const QString &dir);
    ChartGrid *charts() const { return m_charts; }
    // What File → Export report draws: the dashboard's charts, then each analysis
    // chart that holds a result (tornado, data table, Monte Carlo).
    QList<QWidget *> reportCharts() const;
    // View → Reset layout: the docks as a fresh profile has them, a window that fits the screen.
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    // The right-click export menu (PNG, SVG, PDF, CSV, copy) on each chart.
    void attachExportMenus(const QList<QWidget *> &charts);
    void buildFileMenu();
    void fillRecentMenu();
    void retranslate();

    bool m_remember;
    ScenarioModel *m_model;
    Document *m_document;
    Autosave *m_autosave = nullptr;
    ChartGrid *m_charts;
    QDockWidget *m_dock;
    QMenu *m_analysisMenu;
    AnalysisWindow *m_analysis = nullptr;
    QMenu *m_file, *m_newMenu, *m_recentMenu, *m_edit, *m_presetMenu, *m_view, *m_languageMenu, *m_help;
    QAction *m_present, *m_presentFolder, *m_resetLayout;
    QByteArray m_defaultState;
    QToolBar *m_toolbar;
    QAction *m_open, *m_save, *m_saveAs, *m_compare, *m_exportReport, *m_exportCharts, *m_exportXlsx;
    LibraryPanel *m_library;
    QDockWidget *m_libraryDock;
    QActionGroup *m_presets, *m_languages;
    QAction *m_undo, *m_redo, *m_quit, *m_about, *m_sourcesHelp;
};

} // namespace cc::ui
