// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/chipcli.h"

#include "core/analysis/chipcomparison.h"
#include "core/io/qtext.h"
#include "core/io/texttable.h"
#include "core/io/validationtext.h"
#include "core/model/outputs.h"
#include "core/model/serving.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace cc {

namespace {

// The columns, by their Results field so that a renamed output fails to compile.
constexpr double Results::*columns[] = {&Results::provisionedGpus, &Results::decodeTokensPerSecPerGpu,
                                        &Results::totalCostPerDay, &Results::costPerMillionOutputTokensUsd,
                                        &Results::revenueMargin};

QString bottleneckText(double code)
{
    return trText(bottleneckLabel(static_cast<Bottleneck>(static_cast<int>(code))));
}

} // namespace

QJsonArray chipComparisonToJson(const Inputs &in)
{
    QJsonArray rows;
    for (const ChipRow &row : compareChips(in)) {
        QJsonObject o{{QStringLiteral("card"), toQString(chip(row.card).id)},
                      {QStringLiteral("current"), row.current},
                      {QStringLiteral("gpuHourPriceUsd"), row.inputs.gpuHourPriceUsd}};
        if (row.problem) {
            o.insert(QStringLiteral("problem"), describe(*row.problem));
        } else {
            for (double Results::*field : columns)
                o.insert(toQString(output(field).id), row.results.*field);
            o.insert(QStringLiteral("decodeBottleneck"),
                     toQString(bottleneckId(static_cast<Bottleneck>(int(row.results.decodeBottleneck)))));
        }
        rows.append(o);
    }
    return rows;
}

int runChipComparison(const CommandLine &cl, const Inputs &in, QTextStream &out)
{
    if (cl.json) {
        out << QJsonDocument(chipComparisonToJson(in)).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QLocale c(QLocale::English);
    QStringList header{QCoreApplication::translate("cc", "card"), QCoreApplication::translate("cc", "rent (USD/h)")};
    for (double Results::*field : columns)
        header << trText(output(field).label);
    header << QCoreApplication::translate("cc", "decode limited by");
    QList<QStringList> rows{header};
    for (const ChipRow &row : compareChips(in)) {
        QStringList cells{toQString(chip(row.card).id) + (row.current ? QStringLiteral(" *") : QString()),
                          c.toString(row.inputs.gpuHourPriceUsd, 'f', 2)};
        if (row.problem) {
            cells << describe(*row.problem);
        } else {
            const Results &r = row.results;
            cells << c.toString(r.provisionedGpus, 'f', 0) << c.toString(r.decodeTokensPerSecPerGpu, 'f', 0)
                  << c.toString(r.totalCostPerDay, 'f', 0) << c.toString(r.costPerMillionOutputTokensUsd, 'f', 3)
                  << c.toString(r.revenueMargin * 100, 'f', 1) + QLatin1Char('%') << bottleneckText(r.decodeBottleneck);
        }
        rows.append(cells);
    }
    out << alignedRows(rows)
        << QCoreApplication::translate("cc", "* the scenario's card. Every chip by the hardware serving method, at its "
                                             "own reference rent (docs/serving-model.md).")
        << "\n";
    return 0;
}

} // namespace cc
