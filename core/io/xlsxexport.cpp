// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/xlsxexport.h"

#include "core/model/serving.h"
#include "core/model/validation.h"

#include "core/io/safefile.h"

#include "core/io/chartcsv.h"
#include "core/chartdata/charts.h"
#include "core/model/loadprofile.h"
#include "core/model/market.h"
#include "core/model/model.h"
#include "core/model/outputs.h"
#include "core/io/qtext.h"
#include "core/model/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <optional>

namespace cc {

namespace {

// One row of the Model sheet: model.md's formula over the input and row names.
// The row's name (a workbook name the formulas use) is the Results member's
// own, spelled by the compiler from the member it reads.
struct FormulaRow {
    const char *id;
    std::optional<double> (*value)(const Results &);
    const char *formula;
    const char *undefinedText = nullptr; // the formula's text result when the value is undefined
};

#define CC_ROW(field) #field, [](const Results &r) -> std::optional < double> { return r.field; }

const FormulaRow formulas[] = {
    {CC_ROW(inputTokensPerDay), "=dauMillions*1000000*inputTokensPerDau*tokenGrowth"},
    {CC_ROW(outputTokensPerDay), "=dauMillions*1000000*outputTokensPerDau*tokenGrowth"},
    {CC_ROW(computedTokensPerDay), "=outputTokensPerDay+inputTokensPerDay*(1-cacheHitShare)"},
    // The serving model's physics (docs/serving-model.md) has no spreadsheet
    // form: under the hardware method its ratio to DS6's configuration enters
    // as a number the app computed (SERVING_*), the rest stays live.
    {CC_ROW(prefillTokensPerSecPerGpu),
     "=prefillTokensPerSecPerNode/gpusPerNode*IF(servingMethod=\"hardware\",SERVING_PREFILL,1)"
     "*utilization/calibrationUtilization"},
    {CC_ROW(decodeTokensPerSecPerGpu),
     "=decodeTokensPerSecPerNode/gpusPerNode*IF(servingMethod=\"hardware\",SERVING_DECODE,1)"
     "*utilization/calibrationUtilization"},
    {CC_ROW(decodeSequencesPerGpu), "=IF(servingMethod=\"hardware\",SERVING_SEQUENCES,"
                                    "decodeTokensPerSecPerGpu*decodeTpotMs/1000)"},
    {CC_ROW(avgBusyGpus),
     "=inputTokensPerDay/(86400*prefillTokensPerSecPerGpu)+outputTokensPerDay/(86400*decodeTokensPerSecPerGpu)"},
    {CC_ROW(provisionedGpus), "=avgBusyGpus*peakMultiplier"},
    {CC_ROW(billedGpus), "=IF(billing=\"reserved\",provisionedGpus,avgBusyGpus)"},
    {CC_ROW(requiredFlopsPerSec), "=computedTokensPerDay*2*activeParamsBillions*1000000000/86400"},
    {CC_ROW(gpusIfComputeBound), "=requiredFlopsPerSec*peakMultiplier/(cardPeakTflops*1000000000000*utilization)"},
    {CC_ROW(impliedMfu), "=requiredFlopsPerSec/(avgBusyGpus*cardPeakTflops*1000000000000)"},
    {CC_ROW(gpuCostPerDay), "=billedGpus*24*gpuHourPriceUsd"},
    {CC_ROW(totalCostPerDay), "=gpuCostPerDay/gpuShareOfTotalCost"},
    {CC_ROW(theoreticalRevenuePerDay),
     "=(inputTokensPerDay*cacheHitShare*priceCacheHitUsdPerM+inputTokensPerDay*(1-cacheHitShare)*priceCacheMissUsdPerM"
     "+outputTokensPerDay*priceOutputUsdPerM)/1000000"},
    {CC_ROW(revenuePerDay), "=theoreticalRevenuePerDay*paidRate*priceRealization"},
    {CC_ROW(costProfitMargin), "=revenuePerDay/totalCostPerDay-1"},
    {CC_ROW(revenueMargin), "=1-totalCostPerDay/revenuePerDay"},
    {CC_ROW(breakEvenPaidRate), "=totalCostPerDay/(theoreticalRevenuePerDay*priceRealization)"},
    {CC_ROW(costPerMillionOutputTokensUsd), "=totalCostPerDay/outputTokensPerDay*1000000"},
    {CC_ROW(annualRevenue), "=cards*occupancy*rentalCnyPerCardHour*8760/1000000"},
    {CC_ROW(annualProfit), "=annualRevenue-opexCnyMillionsPerYear-capexCnyMillions/depreciationYears"},
    {CC_ROW(breakEvenOccupancy),
     "=(opexCnyMillionsPerYear+capexCnyMillions/depreciationYears)/(cards*rentalCnyPerCardHour*8760/1000000)"},
    {CC_ROW(paybackYears),
     "=IF(annualRevenue-opexCnyMillionsPerYear>0,capexCnyMillions/(annualRevenue-opexCnyMillionsPerYear),\"never\")",
     "never"},
    {CC_ROW(centresFilled), "=provisionedGpus/cards"},
    {CC_ROW(gpusPerMillionDau), "=provisionedGpus/dauMillions"},
    {CC_ROW(dauToBreakEvenMillions), "=IF(breakEvenOccupancy<=1,breakEvenOccupancy*cards/gpusPerMillionDau,\"—\")",
     "—"},
    // docs/model.md §9–10; the market columns are names over the Market sheet's year table.
    {CC_ROW(gpuDemandMultiplier), "=(1-costPassThrough*(1-1/efficiencyGain))^(-priceElasticity)/efficiencyGain"},
    {CC_ROW(jevonsElasticity),
     "=IF(costPassThrough<=0,\"none (no pass-through)\",IF(efficiencyGain=1,1/costPassThrough,"
     "LN(efficiencyGain)/-LN(1-costPassThrough*(1-1/efficiencyGain))))",
     "none (no pass-through)"},
    {CC_ROW(nationalIdleCards), "=INDEX(marketSupply,1)-INDEX(marketDemand,1)"},
    {CC_ROW(maasToFillIdleCards), "=nationalIdleCards/provisionedGpus"},
    {CC_ROW(marketOccupancyFinalYear), "=INDEX(marketOccupancy,projectionYears+1)"},
    {CC_ROW(yearMarketReachesBreakEven), "=IF(COUNT(marketReached)=0,\"not reached\",MIN(marketReached))",
     "not reached"},
};

#undef CC_ROW

QByteArray utf8(std::string_view s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// A text of the workbook in the installed translator's language.
QByteArray tx(const char *english)
{
    return QCoreApplication::translate("cc", english).toUtf8();
}

QString intermediateLabel(const char *id)
{
    const QString key = QString::fromLatin1(id);
    if (key == QLatin1String("inputTokensPerDay"))
        return QCoreApplication::translate("cc", "Input tokens per day");
    if (key == QLatin1String("outputTokensPerDay"))
        return QCoreApplication::translate("cc", "Output tokens per day");
    if (key == QLatin1String("computedTokensPerDay"))
        return QCoreApplication::translate("cc", "Computed tokens per day (output + cache-miss input)");
    return QCoreApplication::translate("cc", "Required FLOPs per second");
}

struct MarketFormats {
    lxw_format *bold, *whole, *percent, *money, *year;
};

// The national market's year table (docs/model.md §10) as live formulas over
// the input names: one row per year of the projection as exported (changing
// projectionYears in the workbook does not add rows). Its columns are names
// the Model sheet's market outputs read.
void writeMarketSheet(lxw_workbook *wb, const Inputs &in, bool cached, const MarketFormats &f)
{
    const QByteArray sheet = tx(QT_TRANSLATE_NOOP("cc", "Market"));
    const char *sheetName = sheet.constData();
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName);
    const QByteArray header[] = {tx(QT_TRANSLATE_NOOP("cc", "year")),
                                 "t",
                                 tx(QT_TRANSLATE_NOOP("cc", "supply (cards)")),
                                 tx(QT_TRANSLATE_NOOP("cc", "training demand (cards)")),
                                 tx(QT_TRANSLATE_NOOP("cc", "inference demand (cards)")),
                                 tx(QT_TRANSLATE_NOOP("cc", "demand (cards)")),
                                 tx(QT_TRANSLATE_NOOP("cc", "occupancy")),
                                 tx(QT_TRANSLATE_NOOP("cc", "seed B centre profit (CNY M/yr)")),
                                 tx(QT_TRANSLATE_NOOP("cc", "year at break-even"))};
    for (int c = 0; c < 9; ++c)
        worksheet_write_string(ws, 0, c, header[c].constData(), f.bold);
    const char *supplyToday =
        "IF(nationalSupplyBasis=\"eflops\",nationalIntelligentEflops*1000000/nationalCardTflops16,"
        "nationalCentresOperating*cardsPerCentre)";
    const char *inferenceLog = "(LN(1+activeParamsGrowthPerYear)+LN(1+dauGrowthPerYear)+LN(1+tokensPerDauGrowthPerYear)"
                               "-LN(1+efficiencyGainPerYear)"
                               "-priceElasticity*LN(1-costPassThrough*(1-1/(1+efficiencyGainPerYear))))";
    const std::vector<MarketYear> years = projectMarket(in);
    const int n = int(years.size());
    for (int i = 0; i < n; ++i) {
        const MarketYear &y = years[std::size_t(i)];
        const int row = i + 1, excel = i + 2;
        auto cell = [&](char column) { return QByteArray(1, column) + QByteArray::number(excel); };
        const QByteArray supply = "=" + QByteArray(supplyToday) +
                                  "*(nationalCentresOperating+nationalCentresPipeline*MIN(" + cell('B') +
                                  ",pipelineYears)/pipelineYears)*(1+supplyGrowthPerYear)^MAX(0," + cell('B') +
                                  "-pipelineYears)/nationalCentresOperating";
        const QByteArray demand0 = "nationalOccupancy*" + QByteArray(supplyToday);
        const QByteArray training =
            "=" + demand0 + "*trainingShareOfDemand*(1+trainingDemandGrowthPerYear)^" + cell('B');
        const QByteArray inference = "=(" + demand0 + "-" + demand0 + "*trainingShareOfDemand)*EXP(" + cell('B') + "*" +
                                     QByteArray(inferenceLog) + ")";
        const QByteArray total = "=" + cell('D') + "+" + cell('E');
        const QByteArray occupancy = "=" + cell('F') + "/" + cell('C');
        const QByteArray profit =
            "=cards*MIN(1," + cell('G') +
            ")*rentalCnyPerCardHour*8760/1000000-opexCnyMillionsPerYear-capexCnyMillions/depreciationYears";
        const QByteArray reached = "=IF(MIN(1," + cell('G') + ")>=breakEvenOccupancy," + cell('A') + ",\"\")";
        const bool hit = std::min(1.0, y.occupancy) >= evaluate(in).breakEvenOccupancy;
        worksheet_write_number(ws, row, 0, y.year, f.year);
        worksheet_write_number(ws, row, 1, i, nullptr);
        worksheet_write_formula_num(ws, row, 2, supply.constData(), f.whole, cached ? y.supplyCards : 0);
        worksheet_write_formula_num(ws, row, 3, training.constData(), f.whole, cached ? y.trainingCards : 0);
        worksheet_write_formula_num(ws, row, 4, inference.constData(), f.whole, cached ? y.inferenceCards : 0);
        worksheet_write_formula_num(ws, row, 5, total.constData(), f.whole, cached ? y.demandCards() : 0);
        worksheet_write_formula_num(ws, row, 6, occupancy.constData(), f.percent, cached ? y.occupancy : 0);
        worksheet_write_formula_num(ws, row, 7, profit.constData(), f.money, cached ? y.centreAnnualProfit : 0);
        if (hit)
            worksheet_write_formula_num(ws, row, 8, reached.constData(), f.year, cached ? y.year : 0);
        else
            worksheet_write_formula_str(ws, row, 8, reached.constData(), nullptr, "");
    }
    auto name = [&](const char *id, char column) {
        const QByteArray ref = QStringLiteral("='%1'!$%2$2:$%2$%3")
                                   .arg(QString::fromUtf8(sheetName))
                                   .arg(QLatin1Char(column))
                                   .arg(n + 1)
                                   .toUtf8();
        workbook_define_name(wb, id, ref.constData());
    };
    name("marketSupply", 'C');
    name("marketDemand", 'F');
    name("marketOccupancy", 'G');
    name("marketReached", 'I');
    worksheet_set_column(ws, 0, 1, 8, nullptr);
    worksheet_set_column(ws, 2, 8, 18, nullptr);
}

} // namespace

QString exportXlsx(const Scenario &scenario, const QString &file, bool cachedResults)
{
    if (const QString reason = unwritableTargetReason(file); !reason.isEmpty())
        return reason;
    // libxlsxwriter writes a file of its own at close (1.1.4 has no memory
    // output): let it write into a private folder, then put the bytes in place
    // through the one checked, atomic writer — a device node stays a device,
    // a full disk leaves the old workbook, and the user's umask applies.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return QStringLiteral("%1: cannot be written: no room for a temporary file (%2)")
            .arg(file, scratch.errorString());
    const QString tempPath = scratch.filePath(QStringLiteral("workbook.xlsx"));
    const QByteArray tempName = QFile::encodeName(tempPath);

    const Results r = evaluate(scenario.inputs);
    lxw_workbook *wb = workbook_new(tempName.constData());
    if (!wb)
        return QStringLiteral("%1: cannot be written").arg(file);
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *input = workbook_add_format(wb);
    format_set_bg_color(input, 0xFEF3C7); // inputs shaded, as analysts mark the cells they may change
    // Number formats as the dashboard shows them: ratios as percentages (the cell still
    // holds the fraction every formula uses), counts and money with thousands separators.
    auto numberFormat = [&](const char *pattern, bool shaded) {
        lxw_format *f = workbook_add_format(wb);
        format_set_num_format(f, pattern);
        if (shaded)
            format_set_bg_color(f, 0xFEF3C7);
        return f;
    };
    lxw_format *inputPercent = numberFormat("0.0%", true), *inputWhole = numberFormat("#,##0", true);
    lxw_format *percent = numberFormat("0.0%", false), *whole = numberFormat("#,##0", false);
    lxw_format *oneDecimal = numberFormat("#,##0.0", false), *twoDecimals = numberFormat("#,##0.00", false);
    lxw_format *plainWhole = numberFormat("0", false); // a calendar year: 2028, not 2,028
    lxw_format *threeDecimals = numberFormat("#,##0.000", false);
    auto outputFormat = [&](const OutputInfo *o) {
        if (!o)
            return whole; // tokens and FLOPs per day: whole numbers, not 3.71E+17
        switch (o->kind) {
        case OutputKind::Ratio: return percent;
        case OutputKind::Gpus:
        case OutputKind::Count:
        case OutputKind::MillionUsers:
        case OutputKind::Years:
        case OutputKind::Multiplier:
        case OutputKind::MaasCount: return oneDecimal;
        case OutputKind::Year: return plainWhole;
        case OutputKind::Elasticity: return twoDecimals;
        case OutputKind::UsdPerDay: return whole;
        case OutputKind::CnyMillionsPerYear: return twoDecimals;
        case OutputKind::TokensPerSec: return whole;
        case OutputKind::Sequences: return oneDecimal;
        case OutputKind::UsdPerMillionTokens: return threeDecimals;
        }
        return twoDecimals;
    };

    // Inputs: one named cell each.
    lxw_worksheet *inputs = workbook_add_worksheet(wb, tx(QT_TRANSLATE_NOOP("cc", "Inputs")).constData());
    const QByteArray inputHeader[] = {"id",
                                      tx(QT_TRANSLATE_NOOP("cc", "label")),
                                      tx(QT_TRANSLATE_NOOP("cc", "value")),
                                      tx(QT_TRANSLATE_NOOP("cc", "unit")),
                                      tx(QT_TRANSLATE_NOOP("cc", "basis")),
                                      tx(QT_TRANSLATE_NOOP("cc", "source"))};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(inputs, 0, c, inputHeader[c].constData(), bold);
    const QString inputSheet = QString::fromUtf8(tx("Inputs"));
    int row = 1;
    for (const ParamInfo &p : parameters()) {
        const double v = valueOf(scenario.inputs, p);
        worksheet_write_string(inputs, row, 0, utf8(p.id).constData(), nullptr);
        worksheet_write_string(inputs, row, 1, trText(p.label).toUtf8().constData(), nullptr);
        if (p.isChoice())
            worksheet_write_string(inputs, row, 2, utf8(p.choices[int(v)].id).constData(), input);
        else
            worksheet_write_number(inputs, row, 2, v,
                                   p.ratio ? inputPercent : (p.whole || std::abs(v) >= 1000 ? inputWhole : input));
        const QByteArray unit = p.ratio ? QByteArray("%") : trText(p.unit).toUtf8();
        worksheet_write_string(inputs, row, 3, unit.constData(), nullptr);
        worksheet_write_string(inputs, row, 4, utf8(provenanceName(p.source.provenance)).constData(), nullptr);
        worksheet_write_string(inputs, row, 5, (utf8(p.source.doc) + ": " + utf8(p.source.quote)).constData(), nullptr);
        const QByteArray name = utf8(p.id), ref = QStringLiteral("='%1'!$C$%2").arg(inputSheet).arg(row + 1).toUtf8();
        workbook_define_name(wb, name.constData(), ref.constData());
        ++row;
    }
    worksheet_set_column(inputs, 0, 0, 26, nullptr);
    worksheet_set_column(inputs, 1, 1, 34, nullptr);
    worksheet_set_column(inputs, 2, 4, 12, nullptr);
    worksheet_set_column(inputs, 5, 5, 90, nullptr);

    // Model: live formulas over the names, each row itself a name for the rows below.
    lxw_worksheet *model = workbook_add_worksheet(wb, tx(QT_TRANSLATE_NOOP("cc", "Model")).constData());
    const QString modelSheet = QString::fromUtf8(tx("Model"));
    const QByteArray modelHeader[] = {"id", tx("label"), tx(QT_TRANSLATE_NOOP("cc", "value (formula)")), tx("unit"),
                                      tx(QT_TRANSLATE_NOOP("cc", "formula"))};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(model, 0, c, modelHeader[c].constData(), bold);
    row = 1;
    const ServingRatios serving = servingRatios(scenario.inputs);
    const auto literal = [](double v) { return QByteArray::fromStdString(formatNumber(v)); };
    for (const FormulaRow &f : formulas) {
        const QByteArray formulaText = QByteArray(f.formula)
                                           .replace("SERVING_PREFILL", literal(serving.prefill))
                                           .replace("SERVING_DECODE", literal(serving.decode))
                                           .replace("SERVING_SEQUENCES", literal(serving.sequences));
        const char *formula = formulaText.constData();
        const OutputInfo *o = findOutput(f.id);
        worksheet_write_string(model, row, 0, f.id, nullptr);
        const QString label = o ? trText(o->label) : intermediateLabel(f.id);
        worksheet_write_string(model, row, 1, label.toUtf8().constData(), nullptr);
        const std::optional<double> v = f.value(r);
        if (v || !f.undefinedText)
            worksheet_write_formula_num(model, row, 2, formula, outputFormat(o), cachedResults ? v.value_or(0) : 0);
        else
            worksheet_write_formula_str(model, row, 2, formula, outputFormat(o), cachedResults ? f.undefinedText : "");
        const QString unit = o ? trText(outputUnit(o->kind)) : QString();
        worksheet_write_string(model, row, 3, unit.toUtf8().constData(), nullptr);
        worksheet_write_string(model, row, 4, formula, nullptr); // the formula as text, to read beside its value
        const QByteArray ref = QStringLiteral("='%1'!$C$%2").arg(modelSheet).arg(row + 1).toUtf8();
        workbook_define_name(wb, f.id, ref.constData());
        ++row;
    }
    worksheet_set_column(model, 0, 0, 26, nullptr);
    worksheet_set_column(model, 1, 1, 40, nullptr);
    worksheet_set_column(model, 2, 3, 16, nullptr);
    worksheet_set_column(model, 4, 4, 100, nullptr);

    // The data behind every chart, from the chart table: the rows the chart is drawn
    // from and its CSV holds, numbers as numbers (fractions shown as %).
    lxw_worksheet *charts = workbook_add_worksheet(wb, tx(QT_TRANSLATE_NOOP("cc", "Chart data")).constData());
    const auto translate = [](std::string_view english) { return chartTrText(english); };
    int line = 0;
    const char *const chartHeader[] = {"label", "x", "y", "value", "unit", "id", "kind"};
    for (const chart::ChartInfo &info : chart::charts()) {
        const chart::ChartData data = info.data(scenario.inputs, r);
        worksheet_write_string(charts, line++, 0, translate(info.title).toUtf8().constData(), bold);
        for (int c = 0; c < 7; ++c)
            worksheet_write_string(charts, line, c, chartHeader[c], nullptr);
        ++line;
        auto write = [&](int column, std::optional<double> v, chart::Unit unit) {
            if (v)
                worksheet_write_number(charts, line, column, *v, unit == chart::Unit::Ratio ? percent : nullptr);
        };
        for (const ChartRow &row : chartRows(data, translate)) {
            worksheet_write_string(charts, line, 0, row.label.toUtf8().constData(), nullptr);
            if (!row.category.isEmpty())
                worksheet_write_string(charts, line, 1, row.category.toUtf8().constData(), nullptr);
            write(1, row.x, data.x.unit);
            write(2, row.y, row.kind == QLatin1String("cell") ? data.y.unit : row.unit);
            write(3, row.value, row.unit);
            worksheet_write_string(charts, line, 4, chart::unitId(row.unit).data(), nullptr);
            worksheet_write_string(charts, line, 5, row.id.toUtf8().constData(), nullptr);
            worksheet_write_string(charts, line, 6, row.kind.toUtf8().constData(), nullptr);
            ++line;
        }
        ++line;
    }
    worksheet_set_column(charts, 0, 0, 34, nullptr);

    writeMarketSheet(wb, scenario.inputs, cachedResults, {bold, whole, percent, twoDecimals, plainWhole});

    const lxw_error status = workbook_close(wb);
    if (status != LXW_NO_ERROR)
        return QStringLiteral("%1: cannot be written: %2").arg(file, QString::fromUtf8(lxw_strerror(status)));
    QFile built(tempPath);
    if (!built.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: cannot be written: %2").arg(file, built.errorString());
    return writeFileAtomically(file, built.readAll());
}

} // namespace cc
