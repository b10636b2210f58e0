// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexport.h"

#include "safefile.h"

#include "growth.h"
#include "loadprofile.h"
#include "model.h"
#include "outputs.h"
#include "qtext.h"
#include "registry.h"
#include "sweep.h"

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
struct FormulaRow {
    const char *id;
    const char *formula;
    std::optional<double> (*value)(const Results &);
    const char *undefinedText = nullptr; // the formula's text result when the value is undefined
};

#define CC_VAL(field) [](const Results &r) -> std::optional<double> { return r.field; }

const FormulaRow formulas[] = {
    {"inputTokensPerDay", "=dauMillions*1000000*inputTokensPerDau*tokenGrowth", CC_VAL(inputTokensPerDay)},
    {"outputTokensPerDay", "=dauMillions*1000000*outputTokensPerDau*tokenGrowth", CC_VAL(outputTokensPerDay)},
    {"computedTokensPerDay", "=outputTokensPerDay+inputTokensPerDay*(1-cacheHitShare)", CC_VAL(computedTokensPerDay)},
    {"avgBusyGpus",
     "=inputTokensPerDay/(86400*prefillTokensPerSecPerNode/gpusPerNode*utilization/calibrationUtilization)"
     "+outputTokensPerDay/(86400*decodeTokensPerSecPerNode/gpusPerNode*utilization/calibrationUtilization)",
     CC_VAL(avgBusyGpus)},
    {"provisionedGpus", "=avgBusyGpus*peakMultiplier", CC_VAL(provisionedGpus)},
    {"billedGpus", "=IF(billing=\"reserved\",provisionedGpus,avgBusyGpus)", CC_VAL(billedGpus)},
    {"requiredFlopsPerSec", "=computedTokensPerDay*2*activeParamsBillions*1000000000/86400", CC_VAL(requiredFlopsPerSec)},
    {"gpusIfComputeBound", "=requiredFlopsPerSec*peakMultiplier/(cardPeakTflops*1000000000000*utilization)",
     CC_VAL(gpusIfComputeBound)},
    {"impliedMfu", "=requiredFlopsPerSec/(avgBusyGpus*cardPeakTflops*1000000000000)", CC_VAL(impliedMfu)},
    {"gpuCostPerDay", "=billedGpus*24*gpuHourPriceUsd", CC_VAL(gpuCostPerDay)},
    {"totalCostPerDay", "=gpuCostPerDay/gpuShareOfTotalCost", CC_VAL(totalCostPerDay)},
    {"theoreticalRevenuePerDay",
     "=(inputTokensPerDay*cacheHitShare*priceCacheHitUsdPerM+inputTokensPerDay*(1-cacheHitShare)*priceCacheMissUsdPerM"
     "+outputTokensPerDay*priceOutputUsdPerM)/1000000",
     CC_VAL(theoreticalRevenuePerDay)},
    {"revenuePerDay", "=theoreticalRevenuePerDay*paidRate*priceRealization", CC_VAL(revenuePerDay)},
    {"costProfitMargin", "=revenuePerDay/totalCostPerDay-1", CC_VAL(costProfitMargin)},
    {"revenueMargin", "=1-totalCostPerDay/revenuePerDay", CC_VAL(revenueMargin)},
    {"breakEvenPaidRate", "=totalCostPerDay/(theoreticalRevenuePerDay*priceRealization)", CC_VAL(breakEvenPaidRate)},
    {"annualRevenue", "=cards*occupancy*rentalCnyPerCardHour*8760/1000000", CC_VAL(annualRevenue)},
    {"annualProfit", "=annualRevenue-opexCnyMillionsPerYear-capexCnyMillions/depreciationYears", CC_VAL(annualProfit)},
    {"breakEvenOccupancy",
     "=(opexCnyMillionsPerYear+capexCnyMillions/depreciationYears)/(cards*rentalCnyPerCardHour*8760/1000000)",
     CC_VAL(breakEvenOccupancy)},
    {"paybackYears",
     "=IF(annualRevenue-opexCnyMillionsPerYear>0,capexCnyMillions/(annualRevenue-opexCnyMillionsPerYear),\"never\")",
     CC_VAL(paybackYears), "never"},
    {"centresFilled", "=provisionedGpus/cards", CC_VAL(centresFilled)},
    {"gpusPerMillionDau", "=provisionedGpus/dauMillions", CC_VAL(gpusPerMillionDau)},
    {"dauToBreakEvenMillions", "=IF(breakEvenOccupancy<=1,breakEvenOccupancy*cards/gpusPerMillionDau,\"—\")",
     CC_VAL(dauToBreakEvenMillions), "—"},
};

#undef CC_VAL

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
        return QStringLiteral("%1: cannot be written: no room for a temporary file (%2)").arg(file, scratch.errorString());
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
    auto outputFormat = [&](const OutputInfo *o) {
        if (!o)
            return whole; // tokens and FLOPs per day: whole numbers, not 3.71E+17
        switch (o->kind) {
        case OutputKind::Ratio: return percent;
        case OutputKind::Gpus:
        case OutputKind::Count:
        case OutputKind::MillionUsers:
        case OutputKind::Years: return oneDecimal;
        case OutputKind::UsdPerDay: return whole;
        case OutputKind::CnyMillionsPerYear: return twoDecimals;
        }
        return twoDecimals;
    };

    // Inputs: one named cell each.
    lxw_worksheet *inputs = workbook_add_worksheet(wb, tx(QT_TRANSLATE_NOOP("cc", "Inputs")).constData());
    const QByteArray inputHeader[] = {"id", tx(QT_TRANSLATE_NOOP("cc", "label")), tx(QT_TRANSLATE_NOOP("cc", "value")), tx(QT_TRANSLATE_NOOP("cc", "unit")),
                                      tx(QT_TRANSLATE_NOOP("cc", "basis")), tx(QT_TRANSLATE_NOOP("cc", "source"))};
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
    const QByteArray modelHeader[] = {"id", tx("label"), tx(QT_TRANSLATE_NOOP("cc", "value (formula)")), tx("unit"), tx(QT_TRANSLATE_NOOP("cc", "formula"))};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(model, 0, c, modelHeader[c].constData(), bold);
    row = 1;
    for (const FormulaRow &f : formulas) {
        const OutputInfo *o = findOutput(f.id);
        worksheet_write_string(model, row, 0, f.id, nullptr);
        const QString label = o ? trText(o->label) : intermediateLabel(f.id);
        worksheet_write_string(model, row, 1, label.toUtf8().constData(), nullptr);
        const std::optional<double> v = f.value(r);
        if (v || !f.undefinedText)
            worksheet_write_formula_num(model, row, 2, f.formula, outputFormat(o), cachedResults ? v.value_or(0) : 0);
        else
            worksheet_write_formula_str(model, row, 2, f.formula, outputFormat(o), cachedResults ? f.undefinedText : "");
        const QString unit = o ? trText(outputUnit(o->kind)) : QString();
        worksheet_write_string(model, row, 3, unit.toUtf8().constData(), nullptr);
        worksheet_write_string(model, row, 4, f.formula, nullptr); // the formula as text, to read beside its value
        const QByteArray ref = QStringLiteral("='%1'!$C$%2").arg(modelSheet).arg(row + 1).toUtf8();
        workbook_define_name(wb, f.id, ref.constData());
        ++row;
    }
    worksheet_set_column(model, 0, 0, 26, nullptr);
    worksheet_set_column(model, 1, 1, 40, nullptr);
    worksheet_set_column(model, 2, 3, 16, nullptr);
    worksheet_set_column(model, 4, 4, 100, nullptr);

    // The data behind the charts, from the same model.
    lxw_worksheet *charts = workbook_add_worksheet(wb, tx(QT_TRANSLATE_NOOP("cc", "Chart data")).constData());
    int line = 0;
    auto title = [&](const char *en) { worksheet_write_string(charts, line++, 0, tx(en).constData(), bold); };
    title(QT_TRANSLATE_NOOP("cc", "Margin bridge (revenue margin; steps in percentage points)"));
    for (const WaterfallEntry &e : r.waterfall) {
        worksheet_write_string(charts, line, 0, trText(waterfallStepLabel(e.step)).toUtf8().constData(), nullptr);
        worksheet_write_number(charts, line++, 1, e.value, percent);
    }
    ++line;
    title(QT_TRANSLATE_NOOP("cc", "24-hour load (UTC+8): start hour, end hour, busy GPUs"));
    for (const LoadPoint &p : scenarioLoadProfile(r)) {
        worksheet_write_number(charts, line, 0, p.startHour, nullptr);
        worksheet_write_number(charts, line, 1, p.endHour, nullptr);
        worksheet_write_number(charts, line++, 2, p.busyGpus, oneDecimal);
    }
    ++line;
    title(QT_TRANSLATE_NOOP("cc", "Revenue margin vs paid rate"));
    const std::vector<double> rates = linspace(0.01, 1.0, 100);
    const std::vector<double> margins = sweep(scenario.inputs, parameter(&Inputs::paidRate), rates, output(&Results::revenueMargin), 0);
    for (std::size_t i = 0; i < rates.size(); ++i) {
        worksheet_write_number(charts, line, 0, rates[i], percent);
        worksheet_write_number(charts, line++, 1, margins[i], percent);
    }
    ++line;
    title(QT_TRANSLATE_NOOP("cc", "Growth: year, provisioned GPUs, ln params, ln data, ln efficiency, centre occupancy"));
    for (const GrowthYear &y : projectGrowth(scenario.inputs, r)) {
        const double cells[] = {double(y.year), y.provisionedGpus, y.logParams, y.logData, y.logEfficiency, y.centreOccupancy};
        lxw_format *const formats[] = {nullptr, whole, twoDecimals, twoDecimals, twoDecimals, percent};
        for (int c = 0; c < 6; ++c)
            worksheet_write_number(charts, line, c, cells[c], formats[c]);
        ++line;
    }

    const lxw_error status = workbook_close(wb);
    if (status != LXW_NO_ERROR)
        return QStringLiteral("%1: cannot be written: %2").arg(file, QString::fromUtf8(lxw_strerror(status)));
    QFile built(tempPath);
    if (!built.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: cannot be written: %2").arg(file, built.errorString());
    return writeFileAtomically(file, built.readAll());
}

} // namespace cc
