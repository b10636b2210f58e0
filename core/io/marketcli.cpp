// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/marketcli.h"

#include "core/io/qtext.h"
#include "core/io/texttable.h"

#include "core/model/market.h"
#include "core/model/model.h"
#include "core/model/outputs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace cc {

namespace {

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The market's outputs, by their Results field so a renamed id fails to compile.
constexpr double Results::*headline[] = {&Results::nationalIdleCards, &Results::maasToFillIdleCards,
                                         &Results::marketOccupancyFinalYear, &Results::breakEvenOccupancy};

} // namespace

QJsonObject marketToJson(const Inputs &in)
{
    const Results r = evaluate(in);
    QJsonArray years;
    for (const MarketYear &y : projectMarket(in))
        years.append(QJsonObject{{QStringLiteral("year"), y.year},
                                 {QStringLiteral("supplyCards"), y.supplyCards},
                                 {QStringLiteral("trainingCards"), y.trainingCards},
                                 {QStringLiteral("inferenceCards"), y.inferenceCards},
                                 {QStringLiteral("demandCards"), y.demandCards()},
                                 {QStringLiteral("occupancy"), y.occupancy},
                                 {QStringLiteral("centreAnnualProfit"), y.centreAnnualProfit}});
    QJsonObject o{{QStringLiteral("years"), years}};
    for (double Results::*field : headline)
        o.insert(toQString(output(field).id), r.*field);
    const OutputInfo &reached = output(&Results::yearMarketReachesBreakEven);
    o.insert(toQString(reached.id), optionalJson(reached.get(r)));
    return o;
}

int runMarketCommand(const CommandLine &cl, const Inputs &in, QTextStream &out)
{
    if (cl.json) {
        out << QJsonDocument(marketToJson(in)).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QLocale c(QLocale::English);
    const Results r = evaluate(in);
    QList<QStringList> rows;
    for (double Results::*field : headline) {
        const OutputInfo &o = output(field);
        const double v = r.*field;
        rows.append(
            {trText(o.label),
             o.kind == OutputKind::Ratio ? c.toString(v * 100, 'f', 1) + QLatin1Char('%') : c.toString(v, 'f', 1),
             toQString(o.id)});
    }
    const OutputInfo &reached = output(&Results::yearMarketReachesBreakEven);
    const std::optional<double> year = reached.get(r);
    rows.append({trText(reached.label), year ? QString::number(*year, 'f', 0) : trText(reached.undefined),
                 toQString(reached.id)});
    QString text = alignedRows(rows) + QLatin1Char('\n');
    rows = {{QCoreApplication::translate("cc", "year"), QCoreApplication::translate("cc", "supply"),
             QCoreApplication::translate("cc", "training"), QCoreApplication::translate("cc", "inference"),
             QCoreApplication::translate("cc", "occupancy"),
             QCoreApplication::translate("cc", "centre profit (CNY M/yr)")}};
    for (const MarketYear &y : projectMarket(in))
        rows.append({QString::number(y.year), c.toString(y.supplyCards, 'f', 0), c.toString(y.trainingCards, 'f', 0),
                     c.toString(y.inferenceCards, 'f', 0), c.toString(y.occupancy * 100, 'f', 1) + QLatin1Char('%'),
                     c.toString(y.centreAnnualProfit, 'f', 2)});
    out << text << alignedRows(rows);
    return 0;
}

} // namespace cc
