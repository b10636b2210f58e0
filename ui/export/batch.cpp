// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/batch.h"

#include "ui/export/chartexport.h"
#include "ui/charts/chartfactory.h"
#include "ui/language.h"
#include "core/io/validationtext.h"
#include "core/io/xlsxexport.h"
#include "ui/document/document.h"
#include "ui/mainwindow.h"
#include "core/model/registry.h"
#include "ui/export/report.h"
#include "core/io/qtext.h"
#include "core/io/safefile.h"
#include "ui/document/scenariomodel.h"
#include "core/model/validation.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>

#include <memory>
#include <vector>

namespace cc::ui {

namespace {

// The scenario of the command line: a preset or a file, then --set.
QString prepare(Document &document, ScenarioModel &model, const CommandLine &cl)
{
    if (!cl.scenarioFile.isEmpty()) {
        if (const QString error = document.openFile(cl.scenarioFile); !error.isEmpty())
            return error;
    } else {
        document.newFromPreset(cl.preset);
    }
    Inputs in = model.inputs();
    if (const QString problem = applySets(cl.sets, in); !problem.isEmpty())
        return problem;
    model.replaceInputs(in, model.presetId(), QStringLiteral("--set"));
    return {};
}

QStringList chartNames()
{
    QStringList names;
    for (const chart::ChartInfo &c : chart::charts())
        names << toQString(c.name);
    return names;
}

// The dashboard as the user sees it, for --screenshot: the only export that needs the window.
QString screenshot(const CommandLine &cl, const QString &file)
{
    MainWindow window(false);
    if (const QString error = prepare(*window.document(), *window.model(), cl); !error.isEmpty())
        return error;
    window.resize(1600, 1000);
    window.show();
    // Two rounds: layout settles, then the queued replots run.
    for (int i = 0; i < 2; ++i) {
        QApplication::processEvents();
        QApplication::sendPostedEvents();
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!window.grab().save(&buffer, "PNG"))
        return QStringLiteral("%1: the screenshot could not be encoded").arg(file);
    return writeFileAtomically(file, png);
}

} // namespace

int runBatch(const CommandLine &cl, QTextStream &err)
{
    int failures = 0;
    auto report = [&](const QString &error) {
        if (!error.isEmpty()) {
            err << "computechain: " << error << "\n";
            ++failures;
        }
    };
    // Charts are drawn by their own classes from the chart table, at the export's
    // size; no window is built for them.
    ScenarioModel model;
    Document document(&model, nullptr);
    if (const QString error = prepare(document, model, cl); !error.isEmpty()) {
        report(error);
        return 1;
    }
    if (!cl.screenshot.isEmpty())
        report(screenshot(cl, cl.screenshot));
    const ExportContext context{document.name()};
    std::vector<std::unique_ptr<QWidget>> owned;
    QList<QWidget *> charts;
    for (const chart::ChartInfo &c : chart::charts()) {
        owned.emplace_back(makeChart(c.id, &model));
        owned.back()->resize(800, 500);
        charts << owned.back().get();
    }
    for (const auto &[name, file] : cl.exportCharts) {
        const chart::ChartInfo *info = chart::findChart(name.toStdString());
        if (!info)
            report(QStringLiteral("--export-chart %1: no such chart; charts: %2")
                       .arg(name, chartNames().join(QStringLiteral(", "))));
        else
            report(exportChart(charts[int(info - chart::charts().data())], file, context));
    }
    if (!cl.exportCsvDir.isEmpty())
        report(exportAllCsv(charts, cl.exportCsvDir));
    if (!cl.exportXlsx.isEmpty())
        report(exportXlsx(document.snapshot(), cl.exportXlsx));
    if (!cl.exportReport.isEmpty())
        report(writeReport(model, charts, cl.exportReport, context));
    return failures ? 1 : 0;
}

} // namespace cc::ui
