// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

class QFont;
class QPainter;
class QWidget;

namespace cc::ui {

// What a chart's footer says: which scenario, when, and where its inputs come from.
struct ExportContext {
    QString scenarioName;
    QDateTime when = QDateTime::currentDateTime();
};

// The face for text an export writes itself (footers, report tables): DejaVu
// Sans with Noto CJK behind it. Qt embeds Noto CJK's digits in a PDF without
// a Unicode mapping, so numbers copied out of the PDF would come out empty.
QFont exportTextFont(double pointSize);

// A dashboard chart's title, as shown.
QString chartTitle(const QWidget *chart);
// "Sources: DS6; GJ; …" for the registry groups the chart depends on
// (its "dependsOn" property, set by each chart class).
QString chartSources(const QWidget *chart);
QString footerText(const QWidget *chart, const ExportContext &context);

// Draws the chart and its footer into `target` as vectors where the device
// allows (PDF, SVG): text stays text. On a report page, whose own footer names
// the scenario and the date, the chart's footer gives its sources only.
enum class ChartFooter { Full, SourcesOnly };
void paintChart(QWidget *chart, QPainter *painter, const QRectF &target, const ExportContext &context,
                ChartFooter footerKind = ChartFooter::Full);

// The bytes of a PNG (at `size` pixels and `dpi`), SVG or PDF file of the chart, for
// `suffix` "png", "svg" or "pdf"; drawn in memory so a failure never leaves a torn file.
// Returns why it failed (without a file name), empty on success.
QString renderChart(QWidget *chart, const QString &suffix, const ExportContext &context, QSize size, int dpi,
                    QByteArray *bytes);

// PNG (at `size` pixels and `dpi`), SVG or PDF, by the file's suffix, written atomically.
// Returns an error message naming the file, empty on success.
QString exportChart(QWidget *chart, const QString &file, const ExportContext &context, QSize size = {1600, 1000},
                    int dpi = 192);

// The numbers the chart draws, from the same core function the chart draws them from
// (never read back from the widget), in model units: see core/io/chartcsv.h.
// The CSV file's bytes (UTF-8 with a BOM, CRLF rows).
QByteArray chartCsv(const QWidget *chart);
QString exportChartCsv(const QWidget *chart, const QString &file);
// Every chart's CSV into `dir` (created if missing), named by chart id. Every target
// is checked first: a folder that takes no files leaves no empty files behind.
QString exportAllCsv(const QList<QWidget *> &charts, const QString &dir);

} // namespace cc::ui
