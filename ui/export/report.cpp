// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/report.h"

#include "ui/language.h"
#include "ui/numberformat.h"
#include "core/model/outputs.h"
#include "core/model/model.h"
#include "core/model/presets.h"
#include "core/io/qtext.h"
#include "core/model/registry.h"
#include "core/io/safefile.h"
#include "ui/document/scenariomodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QBuffer>
#include <QPdfWriter>

namespace cc::ui {

namespace {

// A4 landscape at 96 units per inch: 1123 × 794, with 40-unit margins.
constexpr double pageWidth = 1123, pageHeight = 794, margin = 40;

class ReportWriter {
public:
    ReportWriter(QPdfWriter &pdf, QPainter &painter, const ExportContext &context)
        : m_pdf(pdf), m_p(painter), m_context(context)
    {
    }

    void newPage()
    {
        if (m_pageNumber++ > 0)
            m_pdf.newPage();
        m_y = margin;
        QFont f = m_p.font();
        f.setPointSizeF(7.5);
        m_p.save();
        m_p.setFont(f);
        m_p.setPen(QColor(0x6b, 0x72, 0x80));
        m_p.drawText(QRectF(margin, pageHeight - margin + 8, pageWidth - 2 * margin, 20), Qt::AlignLeft,
                     QStringLiteral("ComputeChain · %1 · %2")
                         .arg(m_context.scenarioName, m_context.when.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_p.drawText(QRectF(margin, pageHeight - margin + 8, pageWidth - 2 * margin, 20), Qt::AlignRight,
                     QString::number(m_pageNumber));
        m_p.restore();
    }

    void heading(const QString &text, double size)
    {
        QFont f = m_p.font();
        f.setPointSizeF(size);
        f.setBold(true);
        m_p.save();
        m_p.setFont(f);
        const QRectF r(margin, m_y, pageWidth - 2 * margin, size * 2.2);
        m_p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
        m_p.restore();
        m_y += size * 2.4;
    }

    void paragraph(const QString &text, double size = 9)
    {
        QFont f = m_p.font();
        f.setPointSizeF(size);
        m_p.save();
        m_p.setFont(f);
        const QRectF box(margin, m_y, pageWidth - 2 * margin, 1000);
        const QRectF used = m_p.boundingRect(box, Qt::TextWordWrap, text);
        m_p.drawText(box, Qt::TextWordWrap, text);
        m_p.restore();
        m_y += used.height() + 8;
    }

    // Rows of cells in fixed columns (fractions of the width); breaks pages, repeating the header.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &widths, double size = 8)
    {
        QFont f = m_p.font();
        f.setPointSizeF(size);
        QFont bold = f;
        bold.setBold(true);
        const double rowHeight = size * 2.3, usable = pageWidth - 2 * margin;
        auto drawRow = [&](const QStringList &cells, bool isHeader) {
            if (m_y + rowHeight > pageHeight - margin) {
                newPage();
                if (!isHeader)
                    drawHeader(header, widths, bold, rowHeight, usable);
            }
            m_p.setFont(isHeader ? bold : f);
            double x = margin;
            for (int c = 0; c < cells.size(); ++c) {
                const double w = widths[c] * usable;
                const QString text = m_p.fontMetrics().elidedText(cells[c], Qt::ElideRight, int(w - 6));
                m_p.drawText(QRectF(x + 3, m_y, w - 6, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, text);
                x += w;
            }
            m_p.setPen(QColor(0xe5, 0xe7, 0xeb));
            m_p.drawLine(QPointF(margin, m_y + rowHeight), QPointF(margin + usable, m_y + rowHeight));
            m_p.setPen(Qt::black);
            m_y += rowHeight;
        };
        m_p.save();
        drawRow(header, true);
        for (const QStringList &row : rows)
            drawRow(row, false);
        m_p.restore();
        m_y += 10;
    }

    // A chart in the next free half page.
    void chart(QWidget *chart)
    {
        const double height = (pageHeight - 2 * margin - 20) / 2;
        if (m_y + height > pageHeight - margin)
            newPage();
        paintChart(chart, &m_p, QRectF(margin, m_y, pageWidth - 2 * margin, height), m_context,
                   ChartFooter::SourcesOnly);
        m_y += height + 20;
    }

private:
    void drawHeader(const QStringList &header, const QList<double> &widths, const QFont &bold, double rowHeight,
                    double usable)
    {
        m_p.setFont(bold);
        double x = margin;
        for (int c = 0; c < header.size(); ++c) {
            m_p.drawText(QRectF(x + 3, m_y, widths[c] * usable - 6, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         header[c]);
            x += widths[c] * usable;
        }
        m_y += rowHeight;
    }

    QPdfWriter &m_pdf;
    QPainter &m_p;
    const ExportContext &m_context;
    double m_y = margin;
    int m_pageNumber = 0;
};

} // namespace

QString writeReport(const ScenarioModel &model, const QList<QWidget *> &charts, const QString &file,
                    const ExportContext &context, const QList<Scenario> &compared)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer); // in memory, then written atomically: never a torn report
    pdf.setTitle(QCoreApplication::translate("Report", "ComputeChain report: %1").arg(context.scenarioName));
    pdf.setCreator(QStringLiteral("ComputeChain"));
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf))
        return QStringLiteral("%1: the PDF could not be started").arg(file);
    painter.setFont(exportTextFont(9));
    ReportWriter report(pdf, painter, context);
    const QLocale locale = uiLocale();

    // Cover: what the scenario is and every figure it gives.
    report.newPage();
    report.heading(QCoreApplication::translate("Report", "ComputeChain — %1").arg(context.scenarioName), 20);
    if (const Preset *p = findPreset(model.presetId().toStdString()))
        report.paragraph(QCoreApplication::translate("Report", "Starts from the preset “%1”: %2")
                             .arg(trText(p->name), trText(p->rationale)));
    report.paragraph(QCoreApplication::translate(
        "Report",
        "Users → tokens → GPUs → MaaS margins → compute-centre occupancy. Sources: DS6 — DeepSeek, "
        "“DeepSeek-V3/R1 Inference System Overview” (2025-03-01); GJ — Guojin Securities note via "
        "Zhitong Finance; A2 — “最高暴漲8倍!DeepSeek拯救了算力股” (citing 36Kr). Every input's source is listed "
        "on the next page."));
    QList<QStringList> figures;
    for (const OutputInfo &o : outputs()) {
        const std::optional<double> v = o.get(model.results());
        const std::optional<double> ref = o.get(model.reference());
        // "as preset" rather than a blank: an unchanged figure is news too.
        const QString delta = v && ref ? formatDelta(*v, *ref, o.kind, locale) : QString();
        figures << QStringList{trText(o.label), formatOutput(o, v, locale),
                               delta.isEmpty() ? QCoreApplication::translate("Report", "as preset") : delta};
    }
    report.table({QCoreApplication::translate("Report", "Figure"), QCoreApplication::translate("Report", "Value"),
                  QCoreApplication::translate("Report", "Against the preset")},
                 figures, {0.5, 0.25, 0.25}, 9);

    // Inputs with their sources.
    report.newPage();
    report.heading(QCoreApplication::translate("Report", "Inputs"), 14);
    QList<QStringList> inputs;
    for (const ParamInfo &p : parameters()) {
        const QString provenance = provenanceText(p.source.provenance);
        inputs << QStringList{trText(p.label), formatInput(p, valueOf(model.inputs(), p)),
                              p.ratio ? QStringLiteral("%") : trText(p.unit), provenance,
                              toQString(p.source.doc) + QStringLiteral(": ") + toQString(p.source.quote)};
    }
    report.table({QCoreApplication::translate("Report", "Input"), QCoreApplication::translate("Report", "Value"),
                  QCoreApplication::translate("Report", "Unit"), QCoreApplication::translate("Report", "Basis"),
                  QCoreApplication::translate("Report", "Source")},
                 inputs, {0.22, 0.09, 0.1, 0.08, 0.51}, 7.5);

    // A compare session: every output side by side, and the inputs that differ.
    if (compared.size() >= 2) {
        report.newPage();
        report.heading(QCoreApplication::translate("Report", "Scenarios compared"), 14);
        QStringList header{QCoreApplication::translate("Report", "Figure")};
        QList<Results> results;
        for (const Scenario &s : compared) {
            header << s.name;
            results << evaluate(s.inputs);
        }
        QList<double> widths{0.28};
        for (int i = 0; i < compared.size(); ++i)
            widths << 0.72 / compared.size();
        QList<QStringList> rows;
        for (const ParamInfo &p : parameters()) {
            QStringList row{trText(p.label)};
            bool differs = false;
            for (const Scenario &s : compared) {
                row << formatInput(p, valueOf(s.inputs, p));
                differs |= ui::differs(valueOf(s.inputs, p), valueOf(compared.first().inputs, p));
            }
            if (differs)
                rows << row;
        }
        for (const OutputInfo &o : outputs()) {
            QStringList row{trText(o.label)};
            for (const Results &r : results) {
                const std::optional<double> v = o.get(r);
                row << formatOutput(o, v, locale);
            }
            rows << row;
        }
        report.table(header, rows, widths, 8);
    }

    // Every chart, two to a page.
    report.newPage();
    for (QWidget *chart : charts)
        report.chart(chart);
    if (!painter.end())
        return QStringLiteral("%1: drawing the PDF failed").arg(file);
    return writeFileAtomically(file, bytes);
}

} // namespace cc::ui
