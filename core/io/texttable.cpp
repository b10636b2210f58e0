// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/texttable.h"

#include "core/io/qtext.h"

#include "core/model/growth.h"
#include "core/model/outputs.h"
#include "core/model/registry.h"
#include "core/model/validation.h"

#include <QLocale>
#include <QStringList>

namespace cc {

namespace {

// Plain columns padded to the widest cell; CJK cells are counted as two
// columns wide, as a terminal draws them.
int displayWidth(const QString &s)
{
    int w = 0;
    for (const QChar c : s)
        w += (c.unicode() >= 0x1100 && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xffdc))) ? 2
                                                                                                                    : 1;
    return w;
}

QString renderRows(const QList<QStringList> &rows)
{
    qsizetype columns = 0;
    for (const QStringList &row : rows)
        columns = std::max(columns, row.size());
    QList<int> widths;
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            // A short row's last cell runs on to the end of the line (a chip that
            // cannot serve says why there): it does not widen the other rows' column.
            if (i + 1 == row.size() && row.size() < columns)
                continue;
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += QString(widths[i] - displayWidth(row[i]) + 2, QLatin1Char(' '));
        }
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

QString formatOutput(OutputKind kind, double v)
{
    const QLocale c(QLocale::English);
    switch (kind) {
    case OutputKind::Ratio: return c.toString(v * 100, 'f', 2);
    case OutputKind::UsdPerDay: return c.toString(v, 'f', 0);
    case OutputKind::Gpus: return c.toString(v, 'f', 1);
    case OutputKind::Year: return QString::number(v, 'f', 0); // 2028, not 2,028.00
    default: return c.toString(v, 'f', 2);
    }
}

} // namespace

QString alignedRows(const QList<QStringList> &rows)
{
    return renderRows(rows);
}

QString resultsTable(const Inputs &in, const Results &r)
{
    QList<QStringList> rows;
    for (const OutputInfo &o : outputs()) {
        const std::optional<double> v = o.get(r);
        rows.append({trText(o.label), v ? formatOutput(o.kind, *v) : trText(o.undefined),
                     v ? trText(outputUnit(o.kind)) : QString(), toQString(o.id)});
    }
    QString out = renderRows(rows);

    out +=
        QLatin1Char('\n') + QCoreApplication::translate("cc", "Margin bridge (percentage points)") + QLatin1Char('\n');
    rows.clear();
    for (const WaterfallEntry &e : r.waterfall)
        rows.append({QStringLiteral("  ") + trText(waterfallStepLabel(e.step)),
                     formatOutput(OutputKind::Ratio, e.value), toQString(waterfallStepId(e.step))});
    out += renderRows(rows);

    out += QLatin1Char('\n') +
           QCoreApplication::translate("cc", "Growth projection (params × efficiency × data × induced demand)") +
           QLatin1Char('\n');
    rows = {{QStringLiteral("  ") + QCoreApplication::translate("cc", "year"),
             QCoreApplication::translate("cc", "GPUs", "growth table column"),
             QCoreApplication::translate("cc", "centres", "growth table column"), QStringLiteral("ln params"),
             QStringLiteral("ln data"), QStringLiteral("ln efficiency"), QStringLiteral("ln induced")}};
    for (const GrowthYear &y : projectGrowth(in, r))
        rows.append({QStringLiteral("  %1").arg(y.year), formatOutput(OutputKind::Gpus, y.provisionedGpus),
                     formatOutput(OutputKind::Count, y.centresFilled), QString::number(y.logParams, 'f', 3),
                     QString::number(y.logData, 'f', 3), QString::number(y.logEfficiency, 'f', 3),
                     QString::number(y.logInduced, 'f', 3)});
    out += renderRows(rows);
    return out;
}

QString tornadoTable(const OutputInfo &output, const std::vector<TornadoBar> &bars, const Results &base)
{
    const OutputKind kind = output.kind;
    auto value = [kind](double v) { return formatOutput(kind, v); };
    QString text =
        QStringLiteral("%1 (%2) = %3 %4; each input swung ±20 %, largest swing first\n")
            .arg(trText(output.label), toQString(output.id),
                 output.get(base) ? value(*output.get(base)) : QStringLiteral("—"), trText(outputUnit(kind)));
    QList<QStringList> rows{{QStringLiteral("input"), QStringLiteral("low"), QStringLiteral("high"),
                             QStringLiteral("output at low"), QStringLiteral("output at high"),
                             QStringLiteral("swing")}};
    for (const TornadoBar &b : bars)
        rows.append({toQString(b.input->id), QString::number(b.lowInput, 'g', 6), QString::number(b.highInput, 'g', 6),
                     value(b.lowOutput), value(b.highOutput), value(b.swing())});
    return text + renderRows(rows);
}

QString parameterTable()
{
    QList<QStringList> rows{{QStringLiteral("id"), QStringLiteral("default"), QStringLiteral("unit"),
                             QStringLiteral("valid"), QStringLiteral("label"), QStringLiteral("provenance"),
                             QStringLiteral("source")}};
    for (const ParamInfo &p : parameters()) {
        const QString def = p.isChoice() ? toQString(p.choices[static_cast<int>(p.defaultValue)].id)
                                         : toQString(formatNumber(p.defaultValue));
        const QString unit = p.ratio ? QStringLiteral("fraction") : trText(p.unit);
        rows.append({toQString(p.id), def, unit, toQString(validRangeText(p)), trText(p.label),
                     toQString(provenanceName(p.source.provenance)),
                     toQString(p.source.doc) + QStringLiteral(": ") + toQString(p.source.quote)});
    }
    return renderRows(rows);
}

} // namespace cc
