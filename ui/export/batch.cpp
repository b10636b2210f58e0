// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch.h"

#include "chartexport.h"
#include "chartgrid.h"
#include "language.h"
#include "xlsxexport.h"
#include "document.h"
#include "mainwindow.h"
#include "registry.h"
#include "report.h"
#include "safefile.h"
#include "scenariomodel.h"
#include "validation.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>

namespace cc::ui {

namespace {

// The scenario of the command line, in the window: a preset or a file, then --set.
QString prepare(MainWindow &window, const CommandLine &cl)
{
    if (!cl.scenarioFile.isEmpty()) {
        if (const QString error = window.document()->openFile(cl.scenarioFile); !error.isEmpty())
            return error;
    } else {
        window.document()->newFromPreset(cl.preset);
    }
    for (const auto &[id, text] : cl.sets) {
        const ParsedValue parsed = parseValue(id.toStdString(), text.toStdString());
        if (parsed.error)
            return QStringLiteral("--set %1=%2: %3").arg(id, text, QString::fromStdString(parsed.error->message()));
        window.model()->setValue(*findParameter(id.toStdString()), parsed.value);
    }
    window.resize(1600, 1000);
    window.show();
    // Two rounds: layout settles, then the queued replots run.
    for (int i = 0; i < 2; ++i) {
        QApplication::processEvents();
        QApplication::sendPostedEvents();
    }
    return {};
}

QWidget *findChart(MainWindow &window, const QString &id)
{
    for (QWidget *chart : window.charts()->charts())
        if (chart->objectName() == QStringLiteral("chart_") + id)
            return chart;
    return nullptr;
}

QStringList chartIds(MainWindow &window)
{
    QStringList ids;
    for (QWidget *chart : window.charts()->charts())
        ids << chart->objectName().mid(6);
    return ids;
}

} // namespace

int runBatch(const CommandLine &cl, QTextStream &err)
{
    MainWindow window(false);
    if (const QString error = prepare(window, cl); !error.isEmpty()) {
        err << "computechain: " << error << "\n";
        return 1;
    }
    const ExportContext context{window.document()->name()};
    int failures = 0;
    auto report = [&](const QString &error) {
        if (!error.isEmpty()) {
            err << "computechain: " << error << "\n";
            ++failures;
        }
    };
    if (!cl.screenshot.isEmpty()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!window.grab().save(&buffer, "PNG"))
            report(QStringLiteral("%1: the screenshot could not be encoded").arg(cl.screenshot));
        else
            report(writeFileAtomically(cl.screenshot, png));
    }
    for (const auto &[id, file] : cl.exportCharts) {
        QWidget *chart = findChart(window, id);
        if (!chart)
            report(QStringLiteral("--export-chart %1: no such chart; charts: %2").arg(id, chartIds(window).join(QStringLiteral(", "))));
        else
            report(exportChart(chart, file, context));
    }
    if (!cl.exportCsvDir.isEmpty())
        report(exportAllCsv(window.charts()->charts(), cl.exportCsvDir));
    if (!cl.exportXlsx.isEmpty())
        report(exportXlsx(window.document()->snapshot(), cl.exportXlsx, zh()));
    if (!cl.exportReport.isEmpty())
        report(writeReport(*window.model(), window.charts()->charts(), cl.exportReport, context));
    return failures ? 1 : 0;
}

} // namespace cc::ui
