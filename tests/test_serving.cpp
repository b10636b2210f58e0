// SPDX-License-Identifier: GPL-3.0-or-later
// The serving model (docs/serving-model.md). Expected numbers come from the
// models' config.json files, DS6, or closed forms of the formulas — never from
// re-running the implementation.
#include "core/analysis/chipcomparison.h"
#include "core/chartdata/servingcharts.h"
#include "core/model/companions.h"
#include "core/model/model.h"
#include "core/model/modelarch.h"
#include "core/model/outputs.h"
#include "core/model/registry.h"
#include "core/model/serving.h"
#include "core/model/validation.h"
#include "testutil.h"

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace cc;

Q_DECLARE_METATYPE(cc::ModelArch)
Q_DECLARE_METATYPE(cc::Card)
Q_DECLARE_METATYPE(const cc::ParamInfo *)

class TestServing : public QObject {
    Q_OBJECT
private slots:
    void shapeFromTheConfig_data();
    void shapeFromTheConfig();
    void calibrationReproducesDs6();
    void hardwareDefaultsEqualTheMeasuredMethod();
    void decodeRisesWithBatchUntilAWall_data();
    void decodeRisesWithBatchUntilAWall();
    void moreBandwidthDecodesFasterWhenMemoryBound_data();
    void moreBandwidthDecodesFasterWhenMemoryBound();
    void lessComputePrefillsSlowerInProportion_data();
    void lessComputePrefillsSlowerInProportion();
    void smallerInstanceNeverRaisesThroughput_data();
    void smallerInstanceNeverRaisesThroughput();
    void refusals_data();
    void refusals();
    void cardMovesGpusByPhysicsOnlyUnderHardware();
    void choosingACardBringsItsPeakAndRent();
    void chipComparisonMarksTheCurrentCard();
    void scaleEffectChartPassesThroughTheScenario_data();
    void scaleEffectChartPassesThroughTheScenario();
    void scaleByInstanceChart();
    void shapeIgnoresEveryOtherInput_data();
    void shapeIgnoresEveryOtherInput();
};

void TestServing::shapeFromTheConfig_data()
{
    QTest::addColumn<ModelArch>("arch");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("totalTolerance");
    QTest::addColumn<double>("active");
    QTest::addColumn<double>("activeTolerance");
    QTest::addColumn<double>("kvValues");
    // Totals and actives as the model cards state them; KV values per token
    // from the config: MLA caches (kv_lora_rank + qk_rope_head_dim) per layer,
    // GQA 2 × kv heads × head_dim per layer.
    QTest::newRow("DeepSeek-V3: 671 B ±1 %, 37 B ±2 %, MLA 576 × 61")
        << ModelArch::DeepSeekV3 << 671e9 << 0.01 << 37e9 << 0.02 << 576.0 * 61;
    QTest::newRow("Qwen3-235B-A22B: 235 B, 22 B, GQA 2 × 4 × 128 × 94")
        << ModelArch::Qwen3_235B_A22B << 235e9 << 0.01 << 22e9 << 0.02 << 2.0 * 4 * 128 * 94;
    QTest::newRow("Llama-3.1-70B: dense 70.6 B (Meta), GQA 2 × 8 × 128 × 80")
        << ModelArch::Llama31_70B << 70.6e9 << 0.01 << 70.6e9 << 0.01 << 2.0 * 8 * 128 * 80;
}

void TestServing::shapeFromTheConfig()
{
    QFETCH(ModelArch, arch);
    QFETCH(double, total);
    QFETCH(double, totalTolerance);
    QFETCH(double, active);
    QFETCH(double, activeTolerance);
    QFETCH(double, kvValues);
    const ModelShape s = modelShape(modelConfig(arch));
    QVERIFY2(std::abs(s.totalParams / total - 1) <= totalTolerance, qPrintable(QString::number(s.totalParams)));
    QVERIFY2(std::abs(s.activeParams / active - 1) <= activeTolerance, qPrintable(QString::number(s.activeParams)));
    QCOMPARE(s.kvValuesPerToken, kvValues);
    QVERIFY(s.replicatedParams > 0 && s.replicatedParams <= s.totalParams);
}

void TestServing::calibrationReproducesDs6()
{
    // DS6: ~73.7k input tokens/s per H800 node in prefill (cache hits included),
    // ~14.8k output tokens/s in decode; 8 GPUs a node. Exactly, not nearly.
    const Results r = evaluate(defaultInputs());
    QCOMPARE(defaultInputs().servingMethod, ServingMethod::Hardware);
    QCOMPARE(r.prefillTokensPerSecPerGpu * 8, 73'700.0);
    QCOMPARE(r.decodeTokensPerSecPerGpu * 8, 14'800.0);
    // GJ: 1,814 H800s (DS6's 226.75 nodes × 8) serve 25 M DAU.
    QCOMPARE(std::round(r.avgBusyGpus), 1815.0);
    // DS6: 545 % cost-profit margin.
    QCOMPARE(std::round(r.costProfitMargin * 100), 545.0);
}

void TestServing::hardwareDefaultsEqualTheMeasuredMethod()
{
    // Every golden number of docs/model.md was computed by the measured method:
    // at DS6's own configuration the hardware method must give each bit for bit.
    Inputs measured = defaultInputs();
    measured.servingMethod = ServingMethod::Measured;
    const Results a = evaluate(defaultInputs()), b = evaluate(measured);
    for (const OutputInfo &o : outputs()) {
        if (o.value == &Results::decodeSequencesPerGpu)
            continue; // the method's own batch, not a golden number
        QVERIFY2(o.get(a) == o.get(b), o.id.data());
    }
}

namespace {

// Tokens/s per GPU at a batch of b, with DS6's efficiency: b / step(b) × η.
double decodeAt(const kernel::DecodeStep<double> &s, double b)
{
    return b / s.at(b);
}

} // namespace

void TestServing::decodeRisesWithBatchUntilAWall_data()
{
    QTest::addColumn<Card>("card");
    QTest::addColumn<ModelArch>("arch");
    QTest::newRow("H800 DeepSeek-V3") << Card::H800 << ModelArch::DeepSeekV3;
    QTest::newRow("H20 DeepSeek-V3") << Card::H20 << ModelArch::DeepSeekV3;
    QTest::newRow("H200 Qwen3") << Card::H200 << ModelArch::Qwen3_235B_A22B;
    QTest::newRow("B200 Llama") << Card::B200 << ModelArch::Llama31_70B;
}

void TestServing::decodeRisesWithBatchUntilAWall()
{
    QFETCH(Card, card);
    QFETCH(ModelArch, arch);
    const ServingPair &p = pairOf(card, arch);
    const auto s = kernel::decodeStep(p, ds6::contextTokens, ds6::decodeGpusPerInstance, ds6::gpusPerNode);
    const double efficiency = kernel::decodeEfficiency(14'800.0 / 8);
    const auto point = kernel::decodePoint(s, p, ds6::tpotMs / 1000, efficiency);
    QVERIFY(point.sequences > 1);
    // Below the operating point an extra sequence never lowers throughput, and
    // raises it while reading the weights is the longest part of a step (they
    // are read once per step, whatever the batch)…
    double previous = 0;
    for (double b = 1; b <= point.sequences; b += 1) {
        const double rate = decodeAt(s, b);
        const bool memoryBound = s.memory0 + s.memory1 * b > std::max(s.compute, s.link) * b;
        QVERIFY2(memoryBound ? rate > previous : rate >= previous * (1 - 1e-12),
                 qPrintable(QStringLiteral("b = %1").arg(b)));
        previous = rate;
    }
    // …and at it a wall stands: the latency target (a step of exactly TPOT × η)
    // or the HBM (weights + KV fill the usable memory).
    const double step = s.at(point.sequences);
    const bool latencyWall = std::abs(step - efficiency * ds6::tpotMs / 1000) <= 1e-12 * step;
    const bool hbmWall = std::abs(s.weights + point.sequences * s.kvPerSeq - p.hbmBytes) <= 1e-9 * p.hbmBytes;
    QVERIFY(latencyWall || hbmWall);
    QCOMPARE(point.bottleneck == double(Bottleneck::HbmCapacity), hbmWall && !latencyWall);
}

void TestServing::moreBandwidthDecodesFasterWhenMemoryBound_data()
{
    QTest::addColumn<Card>("card");
    QTest::addColumn<ModelArch>("arch");
    QTest::newRow("H800 Qwen3 (memory-bound)") << Card::H800 << ModelArch::Qwen3_235B_A22B;
    QTest::newRow("A100 Llama (memory-bound)") << Card::A100 << ModelArch::Qwen3_235B_A22B;
    QTest::newRow("Ascend 910B DeepSeek-V3 (memory-bound)") << Card::Ascend910B << ModelArch::DeepSeekV3;
}

void TestServing::moreBandwidthDecodesFasterWhenMemoryBound()
{
    QFETCH(Card, card);
    QFETCH(ModelArch, arch);
    const double efficiency = kernel::decodeEfficiency(14'800.0 / 8);
    ServingPair p = pairOf(card, arch);
    const auto at = [&](const ServingPair &pair) {
        return kernel::decodePoint(kernel::decodeStep(pair, ds6::contextTokens, 144.0, 8.0), pair, ds6::tpotMs / 1000,
                                   efficiency);
    };
    const auto before = at(p);
    QCOMPARE(before.bottleneck, double(Bottleneck::MemoryBandwidth));
    p.hbmBytesPerSec *= 1.5;
    const auto after = at(p);
    QVERIFY2(after.tokensPerSec > before.tokensPerSec * 1.01,
             qPrintable(QStringLiteral("%1 → %2").arg(before.tokensPerSec).arg(after.tokensPerSec)));
}

void TestServing::lessComputePrefillsSlowerInProportion_data()
{
    QTest::addColumn<Card>("card");
    QTest::addColumn<ModelArch>("arch");
    QTest::newRow("H800 DeepSeek-V3") << Card::H800 << ModelArch::DeepSeekV3;
    QTest::newRow("H20 Qwen3") << Card::H20 << ModelArch::Qwen3_235B_A22B;
    QTest::newRow("Ascend 910B Llama") << Card::Ascend910B << ModelArch::Llama31_70B;
}

void TestServing::lessComputePrefillsSlowerInProportion()
{
    QFETCH(Card, card);
    QFETCH(ModelArch, arch);
    // No cache hits, one GPU (no expert traffic): a prefill token costs its FLOPs,
    // so halving every peak halves the rate exactly.
    ServingPair p = pairOf(card, arch);
    const double full = kernel::prefillRate(p, 4'384.0, 0.0, 1.0, 8.0);
    p.matmulSecondsPerToken *= 2;
    p.prefillAttnSecondsPerCtx *= 2;
    const double half = kernel::prefillRate(p, 4'384.0, 0.0, 1.0, 8.0);
    QCOMPARE(half / full, 0.5);
}

void TestServing::smallerInstanceNeverRaisesThroughput_data()
{
    QTest::addColumn<Card>("card");
    QTest::addColumn<ModelArch>("arch");
    for (const ChipSpec &c : chips())
        for (const ModelConfig &m : modelConfigs())
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(qs(c.id), qs(m.id)))) << c.card << m.arch;
}

void TestServing::smallerInstanceNeverRaisesThroughput()
{
    QFETCH(Card, card);
    QFETCH(ModelArch, arch);
    // Seed A: "大规模集群能提高算力利用率" — fewer GPUs per instance hold more experts each.
    // Beyond one scale-up domain, that is: an instance that fits inside one (8 on
    // an HGX board) keeps its expert traffic off the NIC, a step up of its own.
    Inputs in = withModelArch(withCard(defaultInputs(), card), arch);
    double previous = 0;
    int feasible = 0;
    for (int g = int(chip(card).scaleUpDomain) + 8; g <= 512; g += 8) {
        in.decodeGpusPerInstance = g;
        in.prefillGpusPerInstance = 320; // prefill never the one refusing here
        if (servingProblem(in))
            continue;
        const double rate = evaluate(in).decodeTokensPerSecPerGpu;
        QVERIFY2(rate >= previous, qPrintable(QStringLiteral("%1 GPUs: %2 < %3").arg(g).arg(rate).arg(previous)));
        previous = rate;
        ++feasible;
    }
    QVERIFY(feasible > 0);
}

void TestServing::refusals_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    using K = ValidationError::Kind;
    QTest::newRow("zero context") << "contextTokens"
                                  << "0" << int(K::OutOfRange) << "[1, 1e+06]";
    QTest::newRow("negative prompt") << "promptTokens"
                                     << "-5" << int(K::OutOfRange) << "[1, 1e+06]";
    QTest::newRow("zero GPUs per instance") << "decodeGpusPerInstance"
                                            << "0" << int(K::OutOfRange) << "[1, 4096]";
    QTest::newRow("unknown chip") << "card"
                                  << "B300" << int(K::UnknownChoice) << "H800 | H100";
    QTest::newRow("unknown model") << "modelArch"
                                   << "gpt-5" << int(K::UnknownChoice) << "deepseek-v3";
    // Below one step's floor: the weights alone take longer to read.
    QTest::newRow("TPOT below the floor") << "decodeTpotMs"
                                          << "5" << int(K::CannotMeetLatency) << "cannot be met";
    // 288 experts over 8 GPUs: 36 × 2.55 GB + 17 GB on an 80 GB card.
    QTest::newRow("DeepSeek-V3 on 8 H800s") << "decodeGpusPerInstance"
                                            << "8" << int(K::CannotFit) << "does not fit";
}

void TestServing::refusals()
{
    QFETCH(QString, id);
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, says);
    const ParsedValue parsed = parseValue(id.toStdString(), value.toStdString());
    std::optional<ValidationError> e = parsed.error;
    if (!e) {
        Inputs in = defaultInputs();
        setValue(in, *findParameter(id.toStdString()), parsed.value);
        e = validate(in);
    }
    QVERIFY(e);
    QCOMPARE(int(e->kind), kind);
    QVERIFY2(qs(e->message()).contains(says), e->message().c_str());
    QVERIFY2(qs(e->message()).startsWith(id), e->message().c_str());
}

void TestServing::cardMovesGpusByPhysicsOnlyUnderHardware()
{
    const Inputs h800 = defaultInputs();
    const Inputs h20 = withCard(h800, Card::H20);
    // Hardware: the H20 has 15 % of the H800's 8-bit peak; decode is compute-bound on it.
    QVERIFY(evaluate(h20).avgBusyGpus > 2 * evaluate(h800).avgBusyGpus);
    // Measured: DS6's throughput whatever the card; only the FLOPs method moves.
    Inputs m800 = h800, m20 = h20;
    m800.servingMethod = m20.servingMethod = ServingMethod::Measured;
    QCOMPARE(evaluate(m20).avgBusyGpus, evaluate(m800).avgBusyGpus);
    QVERIFY(evaluate(m20).gpusIfComputeBound > evaluate(m800).gpusIfComputeBound);
}

void TestServing::choosingACardBringsItsPeakAndRent()
{
    const ParamInfo &card = *findParameter("card");
    const Inputs h20 = withValue(defaultInputs(), card, double(Card::H20));
    QCOMPARE(h20.card, Card::H20);
    QCOMPARE(h20.cardPeakTflops, 296.0); // FP8 basis kept
    QCOMPARE(h20.gpuHourPriceUsd, 1.0);  // its reference rent
    Inputs bf16 = defaultInputs();
    bf16.cardPeakTflops = 989; // the H800 on the BF16 basis
    QCOMPARE(withValue(bf16, card, double(Card::H20)).cardPeakTflops, 148.0);
    const Inputs qwen = withValue(defaultInputs(), *findParameter("modelArch"), double(ModelArch::Qwen3_235B_A22B));
    QCOMPARE(qwen.activeParamsBillions, 22.0);
}

void TestServing::chipComparisonMarksTheCurrentCard()
{
    const std::vector<ChipRow> rows = compareChips(defaultInputs());
    QCOMPARE(int(rows.size()), cardCount);
    int current = 0;
    for (const ChipRow &r : rows) {
        current += r.current;
        QCOMPARE(r.inputs.gpuHourPriceUsd, r.current ? 2.0 : chip(r.card).rentUsdPerHour);
        if (!r.problem) // cost per M output tokens = daily cost ÷ 168 B tokens (DS6) × 1e6
            QCOMPARE(r.results.costPerMillionOutputTokensUsd, r.results.totalCostPerDay / 168e9 * 1e6);
    }
    QCOMPARE(current, 1);
    QCOMPARE(rows.front().results.avgBusyGpus, evaluate(defaultInputs()).avgBusyGpus);
    // The chart's daily cost per chip (in its CSV): at DS6's H800 it is DS6's USD 87,072 a day.
    const chart::ChartData d = chart::chipComparisonData(defaultInputs(), evaluate(defaultInputs()));
    const chart::Series &daily = d.series[chart::chipcomparison::DailyCost];
    QCOMPARE(int(daily.y.size()), cardCount);
    QVERIFY2(std::abs(daily.y.front() / 87'072 - 1) < 1e-3, qPrintable(QString::number(daily.y.front())));
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!rows[i].problem)
            QCOMPARE(daily.y[i], rows[i].results.totalCostPerDay);
}

void TestServing::scaleEffectChartPassesThroughTheScenario_data()
{
    QTest::addColumn<Card>("card");
    QTest::addColumn<ModelArch>("arch");
    QTest::newRow("H800 DeepSeek-V3 (network)") << Card::H800 << ModelArch::DeepSeekV3;
    QTest::newRow("H20 DeepSeek-V3 (compute)") << Card::H20 << ModelArch::DeepSeekV3;
    QTest::newRow("H800 Qwen3 (memory)") << Card::H800 << ModelArch::Qwen3_235B_A22B;
}

void TestServing::scaleEffectChartPassesThroughTheScenario()
{
    QFETCH(Card, card);
    QFETCH(ModelArch, arch);
    const Inputs in = withModelArch(withCard(defaultInputs(), card), arch);
    const Results r = evaluate(in);
    const chart::ChartData d = chart::scaleEffectData(in, r);
    const chart::Series &curve = d.series[chart::scaleeffect::Throughput];
    // The scenario's point: its batch and its throughput, and the curve through it.
    const chart::Marker &m = d.markers[chart::scaleeffect::Scenario];
    QCOMPARE(m.x, r.decodeSequencesPerGpu);
    QCOMPARE(m.y, r.decodeTokensPerSecPerGpu);
    const auto above = std::lower_bound(curve.x.begin(), curve.x.end(), m.x);
    QVERIFY(above != curve.x.begin() && above != curve.x.end());
    const std::size_t i = std::size_t(above - curve.x.begin());
    QVERIFY(curve.y[i - 1] <= m.y * (1 + 1e-9) && m.y <= curve.y[i] * (1 + 1e-9) + 1e-9);
    // The latency wall is the scenario's batch when latency binds (every row here).
    QCOMPARE(d.references[chart::scaleeffect::LatencyWall].from, r.decodeSequencesPerGpu);
    // The bands tile the axis from 0 to its end.
    QCOMPARE(d.references[2].from, 0.0);
    QCOMPARE(d.references.back().to, d.x.max);
}

void TestServing::scaleByInstanceChart()
{
    const Inputs in = defaultInputs();
    const Results r = evaluate(in);
    const chart::ChartData d = chart::scaleByInstanceData(in, r);
    const chart::Series &curve = d.series[chart::scalebyinstance::Throughput];
    // DeepSeek-V3 does not fit 8 H800s (288 experts ÷ 8 × 2.55 GB + 17 GB > 72 GB): a gap, not a number.
    QCOMPARE(curve.x.front(), 8.0);
    QVERIFY(std::isnan(curve.y.front()));
    // DS6's 144 GPUs: its own 1,850 tokens/s per GPU; never less at a larger instance.
    const auto at144 = std::find(curve.x.begin(), curve.x.end(), 144.0);
    QVERIFY(at144 != curve.x.end());
    const std::size_t i = std::size_t(at144 - curve.x.begin());
    QCOMPARE(curve.y[i], 14'800.0 / 8);
    for (std::size_t j = i + 1; j < curve.y.size(); ++j)
        QVERIFY(curve.y[j] >= curve.y[j - 1]);
    QCOMPARE(d.markers[chart::scalebyinstance::Scenario].y, r.decodeTokensPerSecPerGpu);
    QCOMPARE(d.references[chart::scalebyinstance::ScaleUpDomain].from, 8.0);
}

// The sweeps and the Monte Carlo compute the serving shape once when no varied
// input feeds it (feedsServingShape): every other input, at either end of its
// range, must leave the shape exactly as it was — on H800, H20 and under `measured`.
void TestServing::shapeIgnoresEveryOtherInput_data()
{
    QTest::addColumn<const ParamInfo *>("param");
    for (const ParamInfo &p : parameters())
        if (!feedsServingShape(p))
            QTest::newRow(p.id.data()) << &p;
}

void TestServing::shapeIgnoresEveryOtherInput()
{
    QFETCH(const ParamInfo *, param);
    QVERIFY(!param->isChoice());
    Inputs h20 = defaultInputs(), measured = defaultInputs();
    h20.card = Card::H20;
    measured.servingMethod = ServingMethod::Measured;
    for (const Inputs &base : {defaultInputs(), h20, measured}) {
        const kernel::ServingShape<double> shape = kernel::servingShape(base);
        for (const double v : {param->min, param->max}) {
            Inputs in = base;
            setValue(in, *param, v);
            const kernel::ServingShape<double> moved = kernel::servingShape(in);
            QVERIFY2(std::memcmp(&shape, &moved, sizeof shape) == 0, qPrintable(QString::number(v)));
        }
    }
    // Utilization scales the rates linearly and nothing else.
    Inputs half = defaultInputs();
    half.utilization = defaultInputs().utilization / 2;
    QCOMPARE(kernel::servingRates(half).decodePerGpu, kernel::servingRates(defaultInputs()).decodePerGpu / 2);
}

QTEST_APPLESS_MAIN(TestServing)
#include "test_serving.moc"
