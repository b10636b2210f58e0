// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/chartexport.h"

#include "core/io/chartcsv.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartdatasource.h"
#include "ui/charts/plotchart.h"
#include "ui/export/clippedreplay.h"
#include "ui/language.h"
#include "core/io/qtext.h"
#include "core/model/registry.h"
#include "core/io/safefile.h"

#include <QChart>
#include <QChartView>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPicture>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <cmath>

namespace cc::ui {

namespace {

QString fileError(const QString &file, const QString &what)
{
    return QStringLiteral("%1: %2").arg(file, what);
}

} // namespace

QFont exportTextFont(double pointSize)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setPointSizeF(pointSize);
    return f;
}

QString chartTitle(const QWidget *chart)
{
    if (const auto *view = qobject_cast<const QChartView *>(chart))
        return view->chart()->title();
    if (const auto *plot = qobject_cast<const QCustomPlot *>(chart))
        for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
            if (const auto *text = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
                return text->text();
    return chart->objectName();
}

QString chartSources(const QWidget *chart)
{
    QStringList docs;
    // A dashboard chart's groups come from the chart table; an analysis plot names its own.
    QStringList groups = chart->property("dependsOn").toStringList();
    if (const chart::ChartInfo *info = chartInfoOf(chart))
        for (Group g : info->dependsOn)
            groups << toQString(groupId(g));
    for (const ParamInfo &p : parameters())
        if (groups.contains(toQString(groupId(p.group))) && !docs.contains(toQString(p.source.doc)))
            docs << toQString(p.source.doc);
    return QCoreApplication::translate("ChartExport", "Sources: %1").arg(docs.join(QStringLiteral("; ")));
}

QString footerText(const QWidget *chart, const ExportContext &context)
{
    return QCoreApplication::translate("ChartExport", "ComputeChain · %1 · %2 · %3")
        .arg(context.scenarioName, context.when.toString(QStringLiteral("yyyy-MM-dd HH:mm")), chartSources(chart));
}

void paintChart(QWidget *chart, QPainter *painter, const QRectF &target, const ExportContext &context,
                ChartFooter footerKind)
{
    const QFont small = exportTextFont(7.5);
    const QFontMetricsF metrics(small, painter->device());
    const QString footer = footerKind == ChartFooter::Full ? footerText(chart, context) : chartSources(chart);
    const QRectF footerRect(target.left(), 0, target.width(), 0);
    const QRectF needed = metrics.boundingRect(footerRect, Qt::TextWordWrap, footer);
    const QRectF chartRect(target.left(), target.top(), target.width(), target.height() - needed.height() - 6);

    // A chart out of sight has skipped the scenario's latest changes.
    if (auto *plot = qobject_cast<PlotChart *>(chart))
        plot->catchUp();
    else if (auto *bars = qobject_cast<BarChart *>(chart))
        bars->catchUp();
    painter->save();
    if (auto *view = qobject_cast<QChartView *>(chart)) {
        // Laid out afresh at the export's size (not scaled from the screen's), then put back.
        QChart *c = view->chart();
        const QRectF onScreen = c->geometry();
        c->setGeometry(QRectF(QPointF(0, 0), chartRect.size()));
        view->scene()->render(painter, chartRect, c->geometry());
        c->setGeometry(onScreen);
    } else if (auto *plot = qobject_cast<QCustomPlot *>(chart)) {
        // QCustomPlot draws only through a painter of its own, and a device takes one painter
        // at a time: record it as a picture (vector operations, text as text), then replay.
        // It lays itself out for the size it is drawn at, so the export is sharp at any size.
        QPicture picture;
        QCPPainter qcp(&picture);
        qcp.setMode(QCPPainter::pmVectorized);
        qcp.setMode(QCPPainter::pmNoCaching);
        if (auto *dashboard = qobject_cast<PlotChart *>(chart))
            dashboard->drawTo(&qcp, QSize(int(chartRect.width()), int(chartRect.height())));
        else
            plot->toPainter(&qcp, int(chartRect.width()), int(chartRect.height()));
        qcp.end();
        if (painter->paintEngine()->type() == QPaintEngine::SVG)
            replayClipped(picture, painter, chartRect.topLeft());
        else
            painter->drawPicture(chartRect.topLeft(), picture);
    } else {
        chart->render(painter, chartRect.topLeft().toPoint());
    }
    painter->restore();

    painter->save();
    painter->setFont(small);
    painter->setPen(QColor(0x4b, 0x55, 0x63));
    painter->drawText(QRectF(target.left(), target.bottom() - needed.height(), target.width(), needed.height()),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, footer);
    painter->restore();
}

QString renderChart(QWidget *chart, const QString &suffix, const ExportContext &context, QSize size, int dpi,
                    QByteArray *bytes)
{
    const double scale = dpi / 96.0; // draw at the logical size, so type keeps its proportion
    const QSizeF logical(size.width() / scale, size.height() / scale);
    const QRectF target(QPointF(0, 0), logical);
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        // Painted at the default 96 dpi and scaled, the way every other device here is
        // drawn: a 192 dpi image would scale fonts (and QCustomPlot's replayed picture)
        // by the resolution a second time. The resolution is only stamped on the file.
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter;
        if (!painter.begin(&image))
            return QStringLiteral("cannot draw a %1×%2 image").arg(size.width()).arg(size.height());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        paintChart(chart, &painter, target, context);
        if (!painter.end())
            return QStringLiteral("drawing the image failed");
        image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        if (!image.save(&buffer, "PNG"))
            return QStringLiteral("the PNG could not be encoded");
        return {};
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(96); // the default 72 dpi shrank the drawing to 75 % of its page
        svg.setSize(logical.toSize());
        svg.setViewBox(target);
        svg.setTitle(chartTitle(chart));
        svg.setDescription(footerText(chart, context));
        QPainter painter;
        if (!painter.begin(&svg))
            return QStringLiteral("the SVG could not be started");
        // White paper, as the PNG and the PDF have: the footer's strip and a Qt
        // Charts chart's frame were transparent, dark on a dark slide.
        painter.fillRect(target, Qt::white);
        paintChart(chart, &painter, target, context);
        if (!painter.end())
            return QStringLiteral("drawing the SVG failed");
        return {};
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(chartTitle(chart));
        pdf.setCreator(QStringLiteral("ComputeChain"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(logical * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return QStringLiteral("the PDF could not be started");
        paintChart(chart, &painter, target, context);
        if (!painter.end())
            return QStringLiteral("drawing the PDF failed");
        return {};
    }
    return QStringLiteral("unknown image type '.%1'; use .png, .svg or .pdf").arg(suffix);
}

QString exportChart(QWidget *chart, const QString &file, const ExportContext &context, QSize size, int dpi)
{
    QByteArray bytes;
    if (const QString error = renderChart(chart, QFileInfo(file).suffix().toLower(), context, size, dpi, &bytes);
        !error.isEmpty())
        return fileError(file, error);
    return writeFileAtomically(file, bytes);
}

QByteArray chartCsv(const QWidget *chart)
{
    const std::optional<chart::ChartData> data = chartDataOf(chart);
    return data ? cc::chartCsv(*data, chartText) : QByteArray();
}

QString exportChartCsv(const QWidget *chart, const QString &file)
{
    if (!chartDataOf(chart))
        return fileError(file, QStringLiteral("this chart has no data to export"));
    return writeFileAtomically(file, chartCsv(chart));
}

QString exportAllCsv(const QList<QWidget *> &charts, const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        const QFileInfo info(dir);
        return info.exists() && !info.isDir() ? fileError(dir, QStringLiteral("is not a folder"))
                                              : fileError(dir, QStringLiteral("the folder cannot be created"));
    }
    // Every target is checked before the first is written, so a folder that refuses
    // files is reported once with its reason and leaves nothing behind.
    QStringList files;
    for (QWidget *chart : charts) {
        files << QDir(dir).filePath(chart->objectName().mid(6) + QStringLiteral(".csv"));
        if (const QString reason = unwritableTargetReason(files.last()); !reason.isEmpty())
            return reason;
    }
    QStringList errors;
    for (int i = 0; i < charts.size(); ++i)
        if (const QString error = writeFileAtomically(files[i], chartCsv(charts[i])); !error.isEmpty())
            errors << error;
    return errors.join(QStringLiteral("; "));
}

} // namespace cc::ui
