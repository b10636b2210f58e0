// SPDX-License-Identifier: GPL-3.0-or-later
// The registry is the one list of inputs: it must agree with model.md's id
// contract and be complete enough for the UI, files and command line.
#include "core/model/chips.h"
#include "core/analysis/goalseek.h"
#include "core/model/outputs.h"
#include "core/model/presets.h"
#include "core/model/registry.h"
#include "testutil.h"

#include <QTranslator>

#include <set>

using namespace cc;

class TestRegistry : public QObject {
    Q_OBJECT
private slots:
    void modelMdInputs_data();
    void modelMdInputs();
    void everyEntryIsComplete();
    void typedLookupsFindTheirEntry();
    void outputIdsAreModelMds();
    void presetRationales();
    void everyCoreTextHasAChineseTranslation_data();
    void everyCoreTextHasAChineseTranslation();
    void cardPresets_data();
    void cardPresets();
};

void TestRegistry::modelMdInputs_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("expected");
    // model.md, "Ids": every input with its default, as printed there.
    const QList<QPair<const char *, double>> ids{{"dauMillions", 25},
                                                 {"inputTokensPerDau", 24320},
                                                 {"outputTokensPerDau", 6720},
                                                 {"cacheHitShare", 0.563},
                                                 {"tokenGrowth", 1},
                                                 {"utilization", 0.77},
                                                 {"calibrationUtilization", 0.77},
                                                 {"prefillTokensPerSecPerNode", 73700},
                                                 {"decodeTokensPerSecPerNode", 14800},
                                                 {"gpusPerNode", 8},
                                                 {"peakMultiplier", 1.2},
                                                 {"activeParamsBillions", 37},
                                                 {"cardPeakTflops", 1979},
                                                 {"gpuHourPriceUsd", 2},
                                                 {"billing", 0},
                                                 {"gpuShareOfTotalCost", 1},
                                                 {"priceCacheHitUsdPerM", 0.14},
                                                 {"priceCacheMissUsdPerM", 0.55},
                                                 {"priceOutputUsdPerM", 2.19},
                                                 {"paidRate", 1},
                                                 {"priceRealization", 1},
                                                 {"cards", 1000},
                                                 {"capexCnyMillions", 350},
                                                 {"opexCnyMillionsPerYear", 50},
                                                 {"occupancy", 0.25},
                                                 {"rentalCnyPerCardHour", 14.4},
                                                 {"depreciationYears", 5},
                                                 // docs/serving-model.md: DS6's deployment
                                                 {"servingMethod", 1},
                                                 {"card", 0},
                                                 {"modelArch", 0},
                                                 {"contextTokens", 4989},
                                                 {"decodeTpotMs", 1000.0 / 21},
                                                 {"prefillGpusPerInstance", 32},
                                                 {"decodeGpusPerInstance", 144}};
    for (const auto &[id, v] : ids)
        QTest::newRow(id) << QString::fromLatin1(id) << v;
}

void TestRegistry::modelMdInputs()
{
    QFETCH(QString, id);
    QFETCH(double, expected);
    const ParamInfo *p = findParameter(id.toStdString());
    QVERIFY2(p, qPrintable(id));
    QCOMPARE(p->defaultValue, expected);
}

void TestRegistry::everyEntryIsComplete()
{
    std::set<std::string_view> ids;
    for (const ParamInfo &p : parameters()) {
        const QString id = qs(p.id);
        QVERIFY2(ids.insert(p.id).second, qPrintable(id + QStringLiteral(" twice")));
        QVERIFY2(!p.label.empty(), qPrintable(id));
        QVERIFY2(!p.source.doc.empty() && !p.source.quote.empty(), qPrintable(id + QStringLiteral(": no source")));
        QVERIFY2(p.min <= p.sliderMin && p.sliderMin < p.sliderMax && p.sliderMax <= p.max, qPrintable(id));
        QVERIFY2(p.sliderMin <= p.defaultValue && p.defaultValue <= p.sliderMax,
                 qPrintable(id + QStringLiteral(": default off the slider")));
        QVERIFY2(p.ratio || !p.unit.empty() || p.isChoice(), qPrintable(id + QStringLiteral(": no unit")));
    }
    // The three levers GJ's argument turns on come first in the panel.
    std::set<std::string_view> levers;
    for (const ParamInfo &p : parameters())
        if (p.keyLever)
            levers.insert(p.id);
    QCOMPARE(levers, (std::set<std::string_view>{"utilization", "paidRate", "peakMultiplier"}));
}

void TestRegistry::outputIdsAreModelMds()
{
    const QStringList expected{"avgBusyGpus",
                               "provisionedGpus",
                               "billedGpus",
                               "gpusIfComputeBound",
                               "impliedMfu",
                               "prefillTokensPerSecPerGpu",
                               "decodeTokensPerSecPerGpu",
                               "decodeSequencesPerGpu",
                               "gpuCostPerDay",
                               "totalCostPerDay",
                               "theoreticalRevenuePerDay",
                               "revenuePerDay",
                               "costProfitMargin",
                               "revenueMargin",
                               "breakEvenPaidRate",
                               "costPerMillionOutputTokensUsd",
                               "annualRevenue",
                               "annualProfit",
                               "breakEvenOccupancy",
                               "paybackYears",
                               "centresFilled",
                               "gpusPerMillionDau",
                               "dauToBreakEvenMillions",
                               "gpuDemandMultiplier",
                               "jevonsElasticity",
                               "nationalIdleCards",
                               "maasToFillIdleCards",
                               "marketOccupancyFinalYear",
                               "yearMarketReachesBreakEven"};
    QStringList actual;
    for (const OutputInfo &o : outputs())
        actual << qs(o.id);
    QCOMPARE(actual, expected);
}

void TestRegistry::presetRationales()
{
    QStringList ids;
    for (const Preset &p : presets()) {
        ids << qs(p.id);
        QVERIFY(!p.name.empty() && !p.rationale.empty() && !p.sources.empty());
        for (const Override &o : p.overrides)
            QVERIFY(!parameter(o.field).id.empty()); // an input of the registry (parameter() aborts otherwise)
    }
    QCOMPARE(ids, (QStringList{"deepseek", "broker", "centre"}));
}

// Core keeps English source strings (CC_TR); the Chinese lives in the .ts and
// the compiled .qm. Every label, unit and name must have a translation there,
// and a label's must differ from the English (a unit such as TFLOPS may not).
void TestRegistry::everyCoreTextHasAChineseTranslation_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<bool>("mustDiffer");
    auto add = [](const char *kind, std::string_view id, std::string_view text, bool differ) {
        if (!text.empty())
            QTest::addRow("%s %s: %s", kind, std::string(id).c_str(), std::string(text).c_str()) << qs(text) << differ;
    };
    for (const ParamInfo &p : parameters()) {
        add("input", p.id, p.label, true);
        add("unit of", p.id, p.unit, false);
        // A product's name (H800, Qwen3-235B-A22B) reads the same in Chinese; the rest must not.
        const bool names =
            std::holds_alternative<Card Inputs::*>(p.field) || std::holds_alternative<ModelArch Inputs::*>(p.field);
        for (const Choice &c : p.choices)
            add("choice", c.id, c.label, !names);
    }
    for (Group g : {Group::Demand, Group::Capacity, Group::Maas, Group::Centre, Group::Growth})
        add("group", groupId(g), groupLabel(g), true);
    for (const OutputInfo &o : outputs()) {
        add("output", o.id, o.label, true);
        add("undefined", o.id, o.undefined, false);
        if (o.kind != OutputKind::Ratio) // "%" is not a text to translate
            add("unit of", o.id, outputUnit(o.kind), false);
    }
    for (WaterfallStep s : {WaterfallStep::TheoreticalMargin, WaterfallStep::PriceRealization, WaterfallStep::PaidRate,
                            WaterfallStep::NonGpuCosts, WaterfallStep::BillingPeak, WaterfallStep::FinalMargin})
        add("waterfall step", waterfallStepId(s), waterfallStepLabel(s), true);
    for (const Preset &p : presets()) {
        add("preset", p.id, p.name, true);
        add("rationale of", p.id, p.rationale, true);
    }
    for (const GoalPreset &g : goalPresets())
        add("goal", g.id, g.label, true);
}

void TestRegistry::everyCoreTextHasAChineseTranslation()
{
    QFETCH(QString, english);
    QFETCH(bool, mustDiffer);
    static QTranslator zh;
    static const bool loaded = zh.load(QStringLiteral(TRANSLATION_QM));
    QVERIFY2(loaded, TRANSLATION_QM);
    const QString chinese = zh.translate("cc", english.toUtf8().constData());
    QVERIFY2(!chinese.isEmpty(), "no translation in context cc");
    if (mustDiffer)
        QVERIFY2(chinese != english, qPrintable(chinese));
}

void TestRegistry::cardPresets_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<double>("fp8Basis");
    QTest::addColumn<double>("bf16Basis");
    QTest::addColumn<double>("hbmGb");
    // facts.md §4 and the chip sources of docs/sources.md, dense peaks; cards
    // without FP8 (A100; Ascend, whose 8-bit is INT8) read utilization on 16-bit.
    QTest::newRow("H800") << "H800" << 1979.0 << 989.0 << 80.0;
    QTest::newRow("H100") << "H100" << 1979.0 << 989.0 << 80.0;
    QTest::newRow("H200: H100's cores, 141 GB") << "H200" << 1979.0 << 989.0 << 141.0;
    QTest::newRow("H20") << "H20" << 296.0 << 148.0 << 96.0;
    QTest::newRow("A100: no FP8") << "A100" << 312.0 << 312.0 << 80.0;
    QTest::newRow("B200: HGX 72 / 36 PFLOPS sparse ÷ 8 ÷ 2") << "B200" << 4500.0 << 2250.0 << 180.0;
    QTest::newRow("Ascend 910B: VERL's 354") << "Ascend910B" << 354.0 << 354.0 << 64.0;
    QTest::newRow("Ascend 910C: 752 BF16") << "Ascend910C" << 752.0 << 752.0 << 128.0;
}

void TestRegistry::cardPresets()
{
    QFETCH(QString, card);
    QFETCH(double, fp8Basis);
    QFETCH(double, bf16Basis);
    QFETCH(double, hbmGb);
    const ChipSpec *c = findChip(card.toStdString());
    QVERIFY(c);
    QCOMPARE(peakTflops(*c, PrecisionBasis::Fp8Dense), fp8Basis);
    QCOMPARE(peakTflops(*c, PrecisionBasis::Bf16Dense), bf16Basis);
    QCOMPARE(c->hbmGb, hbmGb);
    for (const Source *s : {&c->compute, &c->memory, &c->links, &c->rent})
        QVERIFY2(!s->doc.empty() && !s->quote.empty(), qPrintable(card));
    // The registry's card choice names the same chip, in the same order.
    const ParamInfo &choice = *findParameter("card");
    QCOMPARE(qs(choice.choices[std::size_t(c->card)].id), card);
}

void TestRegistry::typedLookupsFindTheirEntry()
{
    // parameter(&Inputs::x) and output(&Results::x) are how code names a known input or output;
    // each must land on the entry whose id is that field's name.
    for (const ParamInfo &p : parameters())
        if (const auto *field = std::get_if<double Inputs::*>(&p.field))
            QCOMPARE(qs(parameter(*field).id), qs(p.id));
    QCOMPARE(qs(parameter(&Inputs::paidRate).id), QStringLiteral("paidRate"));
    QCOMPARE(qs(output(&Results::revenueMargin).id), QStringLiteral("revenueMargin"));
    QCOMPARE(qs(output(&Results::gpusPerMillionDau).id), QStringLiteral("gpusPerMillionDau"));
    QCOMPARE(qs(defaultPreset().id), QStringLiteral("deepseek"));
}

QTEST_APPLESS_MAIN(TestRegistry)
#include "test_registry.moc"
