// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "ui/analysis/analysiswindow.h"
#include "ui/document/autosave.h"
#include "ui/charts/chartfactory.h"
#include "ui/export/chartexport.h"
#include "ui/export/exportmenu.h"
#include "ui/export/report.h"
#include "core/io/xlsxexport.h"
#include "ui/charts/chartgrid.h"
#include "ui/document/document.h"
#include "ui/headlinebar.h"
#include "ui/helptext.h"
#include "ui/parameters/librarypanel.h"
#include "ui/language.h"
#include "ui/parameters/parameterpanel.h"
#include "core/model/presets.h"
#include "ui/presentation/presentationwindow.h"
#include "core/io/qtext.h"
#include "ui/document/scenariomodel.h"
#include "ui/document/settings.h"
#include "ui/windowlayout.h"

#include <QToolBar>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cc::ui {

MainWindow::MainWindow(bool remember, QWidget *parent)
    : QMainWindow(parent), m_remember(remember), m_model(new ScenarioModel(this)),
      m_document(new Document(m_model, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget;
    central->setObjectName(QStringLiteral("dashboard"));
    central->setStyleSheet(QStringLiteral("#dashboard { background:#f3f4f6; }"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new HeadlineBar(m_model, central));
    m_charts = new ChartGrid(central);
    for (const chart::ChartInfo &c : chart::charts())
        m_charts->addChart(makeChart(c.id, m_model), c.rowSpan);
    // On a laptop or a 720p projector the charts keep a readable size and scroll.
    auto *scroll = new QScrollArea(central);
    scroll->setObjectName(QStringLiteral("chartScroll"));
    scroll->setWidget(m_charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    attachExportMenus(m_charts->charts());
    setCentralWidget(central);

    auto *panel = new ParameterPanel(m_model);
    m_dock = new QDockWidget(this);
    m_dock->setObjectName(QStringLiteral("dock_parameters"));
    m_dock->setWidget(panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                        QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {340}, Qt::Horizontal);
    connect(panel, &ParameterPanel::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_model, &ScenarioModel::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_library = new LibraryPanel(m_document);
    m_libraryDock = new QDockWidget(this);
    m_libraryDock->setObjectName(QStringLiteral("dock_library"));
    m_libraryDock->setWidget(m_library);
    addDockWidget(Qt::RightDockWidgetArea, m_libraryDock);
    m_libraryDock->hide(); // the dashboard gets the width until the analyst asks for it
    connect(m_library, &LibraryPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });

    buildMenus();
    // Made now, not at the first message: appearing later, it pushed the dashboard up.
    statusBar()->setSizeGripEnabled(true);
    retranslate();
    connect(m_document, &Document::titleChanged, this, [this](const QString &title) {
        setWindowTitle(title);
        setWindowModified(m_document->isModified());
    });
    m_document->newFromPreset(m_model->presetId());
    if (m_remember) {
        m_autosave = new Autosave(m_document);
        connect(m_autosave, &Autosave::saveFailed, this, [this](const QString &error) {
            statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
        });
    }
    m_defaultState = saveState();
    resize(initialWindowSize(screen() ? screen()->availableGeometry() : QRect()));
    if (m_remember) {
        const Settings settings;
        restoreGeometry(settings.windowGeometry());
        restoreState(settings.windowState());
        fitIntoScreen(this);
    }
}

void MainWindow::attachExportMenus(const QList<QWidget *> &charts)
{
    for (QWidget *chart : charts) {
        if (chart->findChild<ExportMenu *>(QString(), Qt::FindDirectChildrenOnly))
            continue; // it has one
        auto *menu = new ExportMenu(
            chart, [this] { return ExportContext{m_document->name()}; }, chart);
        connect(menu, &ExportMenu::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    }
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    m_libraryDock->hide();
    m_dock->show();
    showNormal();
    resize(initialWindowSize(screen() ? screen()->availableGeometry() : QRect()));
    fitIntoScreen(this);
    if (m_remember) {
        Settings().clearWindowLayout();
    }
}

PresentationWindow *MainWindow::presentFolder(const QString &dir)
{
    QList<Scenario> scenarios;
    QStringList errors;
    for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const ScenarioLoad load = loadScenario(f.filePath());
        if (!load.scenario) {
            errors << load.error;
            continue;
        }
        Scenario s = *load.scenario;
        if (s.name.isEmpty())
            s.name = f.completeBaseName();
        scenarios << s;
    }
    if (!errors.isEmpty())
        statusBar()->showMessage(tr("Left out: %1").arg(errors.join(QStringLiteral("; "))), 10000);
    if (scenarios.isEmpty()) {
        QMessageBox::warning(this, tr("Nothing to present"), tr("%1 holds no scenario that opens.").arg(dir));
        return nullptr;
    }
    auto *window = new PresentationWindow(scenarios, this, m_model);
    window->showFullScreen();
    return window;
}

PresentationWindow *MainWindow::present()
{
    // The working scenario first, then the library's, then the presets for a meeting's usual story.
    QList<Scenario> scenarios{m_document->snapshot()};
    for (const Scenario &s : m_library->scenarios())
        scenarios << s;
    // A preset the working scenario (or the library) already shows is not shown twice.
    for (const Preset &p : presets()) {
        const Scenario preset = scenarioFromPreset(toQString(p.id));
        if (std::none_of(scenarios.begin(), scenarios.end(),
                         [&](const Scenario &s) { return s.inputs == preset.inputs; }))
            scenarios << preset;
    }
    auto *window = new PresentationWindow(scenarios, this, m_model);
    window->showFullScreen();
    return window;
}

void MainWindow::offerRecovery()
{
    if (!m_autosave || m_autosave->recoveryFile().isEmpty())
        return;
    const QString file = m_autosave->recoveryFile();
    const auto answer = QMessageBox::question(
        this, tr("Restore unsaved work?"),
        tr("ComputeChain did not close normally last time. Restore the scenario it autosaved at %1?")
            .arg(QFileInfo(file).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        if (const QString error = m_document->restore(file); !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot restore"), error);
    }
    m_autosave->discardRecovery();
}

void MainWindow::buildMenus()
{
    buildFileMenu();

    m_edit = menuBar()->addMenu(QString());
    m_undo = m_model->undoStack()->createUndoAction(this);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = m_model->undoStack()->createRedoAction(this);
    // The platform's keys (Ctrl+Y and Ctrl+Shift+Z on Linux), each bound once:
    // listing Ctrl+Shift+Z beside QKeySequence::Redo made it ambiguous, hence dead.
    // Ctrl+Y too, as most Linux desktops and every Windows program take it; once only.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k))
            redoKeys << k;
    m_redo->setShortcuts(redoKeys);
    m_edit->addAction(m_undo);
    m_edit->addAction(m_redo);

    m_presetMenu = menuBar()->addMenu(QString());
    m_presets = new QActionGroup(this);
    for (const Preset &p : presets()) {
        const QString id = QString::fromUtf8(p.id.data(), qsizetype(p.id.size()));
        QAction *a = m_presetMenu->addAction(QString());
        a->setData(id);
        a->setCheckable(true);
        a->setObjectName(QStringLiteral("action_preset_") + id);
        m_presets->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { m_model->applyPreset(id); });
    }
    auto syncPresets = [this] {
        for (QAction *a : m_presets->actions())
            a->setChecked(a->data().toString() == m_model->presetId());
        if (m_remember)
            Settings().setPreset(m_model->presetId());
    };
    connect(m_model, &ScenarioModel::presetChanged, this, syncPresets);
    syncPresets();

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("toolbar_export"));
    m_toolbar->addAction(m_exportReport);
    m_toolbar->addAction(m_exportXlsx);
    m_toolbar->addAction(m_exportCharts);

    m_view = menuBar()->addMenu(QString());
    m_present = m_view->addAction(QString(), QKeySequence(Qt::Key_F5), this, [this] { present(); });
    m_presentFolder = m_view->addAction(QString(), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Present the scenarios in a folder"));
        if (!dir.isEmpty())
            presentFolder(dir);
    });
    m_toolbar->addAction(m_present);
    m_present->setObjectName(QStringLiteral("action_present"));
    m_view->addSeparator();
    m_view->addAction(m_dock->toggleViewAction());
    m_view->addAction(m_libraryDock->toggleViewAction());
    m_resetLayout = m_view->addAction(QString(), this, &MainWindow::resetLayout);
    m_resetLayout->setObjectName(QStringLiteral("action_resetLayout"));
    m_languageMenu = m_view->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const auto &[code, name] : {std::pair{"en", "English"}, std::pair{"zh_CN", "中文（简体）"}}) {
        QAction *a = m_languageMenu->addAction(QString::fromUtf8(name));
        a->setCheckable(true);
        a->setData(QString::fromLatin1(code));
        a->setObjectName(QStringLiteral("action_lang_") + QLatin1String(code));
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = QString::fromLatin1(code)] {
            Language::instance().set(code);
            if (m_remember)
                Settings().setLanguage(code);
        });
    }

    m_analysisMenu = menuBar()->addMenu(QString());
    m_analysisMenu->setObjectName(QStringLiteral("menu_analysis"));
    const QList<QPair<AnalysisWindow::Tab, QKeySequence>> tools{
        {AnalysisWindow::GoalSeek, QKeySequence(Qt::CTRL | Qt::Key_G)},
        {AnalysisWindow::Tornado, QKeySequence(Qt::CTRL | Qt::Key_T)},
        {AnalysisWindow::DataTable, QKeySequence(Qt::CTRL | Qt::Key_D)},
        {AnalysisWindow::MonteCarlo, QKeySequence(Qt::CTRL | Qt::Key_M)},
        {AnalysisWindow::Growth, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)}};
    for (const auto &[tab, keys] : tools) {
        QAction *a = m_analysisMenu->addAction(QString(), keys, this, [this, tab = tab] {
            if (!m_analysis) {
                m_analysis = new AnalysisWindow(m_model, this);
                m_analysis->placeBeside(this, findChild<QWidget *>(QStringLiteral("chartScroll")));
                attachExportMenus(m_analysis->charts());
                connect(m_analysis, &AnalysisWindow::chartsReplaced, this,
                        [this] { attachExportMenus(m_analysis->charts()); });
            }
            m_analysis->showTab(tab);
        });
        a->setData(int(tab));
        a->setObjectName(QStringLiteral("action_analysis_%1").arg(int(tab)));
    }

    m_help = menuBar()->addMenu(QString());
    m_sourcesHelp = m_help->addAction(QString(), this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Sources and terms"), sourcesAndTermsHtml(), QMessageBox::Ok,
                        this);
        box.setObjectName(QStringLiteral("sourcesAndTerms"));
        box.setTextFormat(Qt::RichText);
        box.exec();
    });
    m_sourcesHelp->setObjectName(QStringLiteral("action_sourcesHelp"));
    m_about = m_help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About ComputeChain"),
                           tr("<h3>ComputeChain %1</h3><p>Users → tokens → GPUs → MaaS margins → compute-centre "
                              "occupancy.</p><p>Sources: DeepSeek, “DeepSeek-V3/R1 Inference System Overview” "
                              "(2025-03-01); Guojin Securities via Zhitong Finance; “最高暴漲8倍!DeepSeek拯救了算力股” "
                              "(citing 36Kr). Hover any input for its source.</p><p>GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_newMenu->setTitle(tr("&New"));
    for (QAction *a : m_newMenu->actions())
        if (const Preset *p = findPreset(a->data().toString().toStdString()))
            a->setText(tr("From preset: %1").arg(trText(p->name)));
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_quit->setText(tr("&Quit"));
    m_compare->setText(tr("&Compare scenarios…"));
    m_exportReport->setText(tr("Export &report (PDF)…"));
    m_exportCharts->setText(tr("Export all &charts (PNG, SVG, PDF)…"));
    m_exportXlsx->setText(tr("Export &Excel workbook (live formulas)…"));
    m_libraryDock->setWindowTitle(tr("Scenarios"));
    m_edit->setTitle(tr("&Edit"));
    m_presetMenu->setTitle(tr("&Preset"));
    for (QAction *a : m_presets->actions())
        if (const Preset *p = findPreset(a->data().toString().toStdString()))
            a->setText(trText(p->name) + QStringLiteral("  (") + a->data().toString() + QLatin1Char(')'));
    m_view->setTitle(tr("&View"));
    m_present->setText(tr("&Present (full screen)"));
    m_presentFolder->setText(tr("Present a &folder of scenarios…"));
    m_resetLayout->setText(tr("&Reset layout"));
    m_toolbar->setWindowTitle(tr("Export and present"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == Language::instance().current());
    m_analysisMenu->setTitle(tr("&Analysis"));
    const QStringList toolNames{tr("&Goal seek…"), tr("&Tornado…"), tr("&Data table…"), tr("&Monte Carlo…"),
                                tr("G&rowth projection…")};
    for (QAction *a : m_analysisMenu->actions())
        a->setText(toolNames.value(a->data().toInt()));
    m_help->setTitle(tr("&Help"));
    m_about->setText(tr("&About ComputeChain"));
    m_sourcesHelp->setText(tr("&Sources and terms…"));
    m_dock->setWindowTitle(tr("Parameters"));
    m_document->emitTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remember && !m_document->askToKeepChanges()) {
        event->ignore();
        return;
    }
    if (m_autosave)
        m_autosave->finish();
    if (m_remember) {
        Settings().setWindowLayout(saveGeometry(), saveState());
    }
    event->accept();
}

MainWindow::~MainWindow()
{
    // The children die after this body: the undo stack's last cleanChanged would
    // otherwise reach the title lambda of a window that is no longer a MainWindow
    // (UBSan in the sanitizer build of test_dashboard).
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

} // namespace cc::ui
