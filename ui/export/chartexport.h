// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// allows (PDF, SVG): text stays text.
void paintChart(QWidget *chart, QPainter *painter, const QRectF &target, const ExportContext &context);

// PNG (at `size` pixels and `dpi`), SVG or PDF, by the file's suffix.
// Returns an error message naming the file, empty on success.
QString exportChart(QWidget *chart, const QString &file, const ExportContext &context, QSize size = {1600, 1000},
                    int dpi = 192);

// The numbers the chart draws, one row per point or bar, in the units its axes show.
QList<QStringList> chartData(const QWidget *chart);
QString exportChartCsv(const QWidget *chart, const QString &file);

} // namespace cc::ui
