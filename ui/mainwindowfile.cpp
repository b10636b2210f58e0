// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's File menu: new from a preset, open, recent files, save, compare,
// and the exports (report, workbook, every chart). Wiring only.
#include "ui/mainwindow.h"

#include "ui/analysis/analysiswindow.h"
#include "ui/export/chartexport.h"
#include "ui/charts/chartgrid.h"
#include "ui/document/document.h"
#include "ui/language.h"
#include "ui/parameters/librarypanel.h"
#include "core/model/presets.h"
#include "core/io/qtext.h"
#include "ui/export/report.h"
#include "ui/document/scenariomodel.h"
#include "core/io/xlsxexport.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <qcustomplot.h>

namespace cc::ui {

void MainWindow::buildFileMenu()
{
    m_file = menuBar()->addMenu(QString());
    m_file->setObjectName(QStringLiteral("menu_file"));
    m_newMenu = m_file->addMenu(QString());
    for (const Preset &p : presets()) {
        const QString id = toQString(p.id);
        QAction *a = m_newMenu->addAction(QString());
        a->setData(id);
        a->setObjectName(QStringLiteral("action_new_") + id);
        connect(a, &QAction::triggered, this, [this, id] {
            if (m_document->askToKeepChanges())
                m_document->newFromPreset(id);
        });
    }
    m_open = m_file->addAction(QString(), QKeySequence::Open, m_document, &Document::open);
    m_recentMenu = m_file->addMenu(QString());
    connect(m_document, &Document::recentFilesChanged, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    m_file->addSeparator();
    m_save = m_file->addAction(QString(), QKeySequence::Save, m_document, &Document::save);
    m_saveAs = m_file->addAction(QString(), QKeySequence::SaveAs, m_document, &Document::saveAs);
    m_file->addSeparator();
    m_compare = m_file->addAction(QString(), this, [this] {
        m_libraryDock->show();
        m_library->compare();
    });
    m_compare->setObjectName(QStringLiteral("action_compare"));
    m_exportReport = m_file->addAction(QString(), this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export report"), m_document->name() + QStringLiteral(".pdf"), QStringLiteral("*.pdf"));
        if (file.isEmpty())
            return;
        // Ticked scenarios in the library (2–4) make this a compare session's report.
        QList<Scenario> compared = m_library->checkedScenarios();
        if (compared.size() < 2 || compared.size() > 4)
            compared.clear();
        const QString error = writeReport(*m_model, reportCharts(), file, {m_document->name()}, compared);
        statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(file) : error, 6000);
    });
    m_exportXlsx = m_file->addAction(QString(), this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export Excel workbook"), m_document->name() + QStringLiteral(".xlsx"), QStringLiteral("*.xlsx"));
        if (file.isEmpty())
            return;
        const QString error = exportXlsx(m_document->snapshot(), file);
        statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(file) : error, 6000);
    });
    m_exportCharts = m_file->addAction(QString(), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export every chart to a folder"));
        if (dir.isEmpty())
            return;
        QStringList errors;
        for (QWidget *chart : m_charts->charts())
            for (const char *suffix : {".png", ".svg", ".pdf"}) {
                const QString error =
                    exportChart(chart, QDir(dir).filePath(chart->objectName().mid(6) + QLatin1String(suffix)),
                                {m_document->name()});
                if (!error.isEmpty())
                    errors << error;
            }
        statusBar()->showMessage(
            errors.isEmpty() ? tr("Saved every chart to %1").arg(dir) : errors.join(QStringLiteral("; ")), 6000);
    });
    m_file->addSeparator();
    m_quit = m_file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_document->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { m_document->openRecent(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QList<QWidget *> MainWindow::reportCharts() const
{
    QList<QWidget *> charts = m_charts->charts();
    if (!m_analysis)
        return charts;
    // The analysis tools' charts that hold a result (a tornado drawn, a Monte Carlo
    // run), each once: the growth tool shows the dashboard's growth chart again.
    QStringList names;
    for (QWidget *chart : charts)
        names << chart->objectName();
    for (QWidget *chart : m_analysis->charts()) {
        const auto *plot = qobject_cast<const QCustomPlot *>(chart);
        if (names.contains(chart->objectName()) || (plot && plot->plottableCount() == 0))
            continue;
        charts << chart;
        names << chart->objectName();
    }
    return charts;
}

} // namespace cc::ui
