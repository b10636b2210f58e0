// SPDX-License-Identifier: GPL-3.0-or-later
// Induced demand (Jevons) and the national market (docs/model.md §9–10).
// Every expected number is a closed form or a source's figure, never a value
// read back from the model.
#include "core/chartdata/jevonsdata.h"
#include "core/chartdata/marketdata.h"
#include "core/model/growth.h"
#include "core/model/jevons.h"
#include "core/model/market.h"
#include "core/model/model.h"
#include "core/model/outputs.h"
#include "core/model/registry.h"
#include "core/model/validation.h"
#include "testutil.h"

#include <cmath>

using namespace cc;

class TestMarket : public QObject {
    Q_OBJECT
private slots:
    void gpuDemandMultiplier_data();
    void gpuDemandMultiplier();
    void jevonsElasticityIsWhereTheMultiplierCrossesOne_data();
    void jevonsElasticityIsWhereTheMultiplierCrossesOne();
    void multiplierRisesWithElasticity();
    void growthTermsSumToTheTotal_data();
    void growthTermsSumToTheTotal();
    void twoYearMarketByHand();
    void eflopsBasisConvertsByTheCardsPeak();
    void breakEvenYear_data();
    void breakEvenYear();
    void maasToFillIdleCardsAtDefaults();
    void badValuesRefusedNamingTheField_data();
    void badValuesRefusedNamingTheField();
    void jevonsChartData_data();
    void jevonsChartData();
    void marketChartData();
    void onlyItsGroupsMoveTheOutlook_data();
    void onlyItsGroupsMoveTheOutlook();
};

void TestMarket::gpuDemandMultiplier_data()
{
    QTest::addColumn<double>("k");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("expected");
    QTest::newRow("ε = 0: demand does not respond, k = 2 → 1/2") << 2.0 << 1.0 << 0.0 << 0.5;
    QTest::newRow("ε = 0, half pass-through, k = 10 → 1/10") << 10.0 << 0.5 << 0.0 << 0.1;
    QTest::newRow("ε = 1, full pass-through, k = 2 → exactly 1") << 2.0 << 1.0 << 1.0 << 1.0;
    QTest::newRow("ε = 1, full pass-through, k = 7.3 → exactly 1") << 7.3 << 1.0 << 1.0 << 1.0;
    QTest::newRow("ε = 2, full pass-through, k = 2: 0.5^-2 / 2 = 2") << 2.0 << 1.0 << 2.0 << 2.0;
    QTest::newRow("ε = 1, half pass-through, k = 2: p = 0.75, (4/3)/2") << 2.0 << 0.5 << 1.0 << 2.0 / 3.0;
    QTest::newRow("no pass-through, ε = 3, k = 4: price unchanged → 1/4") << 4.0 << 0.0 << 3.0 << 0.25;
    QTest::newRow("k = 1: nothing changes") << 1.0 << 0.7 << 2.5 << 1.0;
}

void TestMarket::gpuDemandMultiplier()
{
    QFETCH(double, k);
    QFETCH(double, c);
    QFETCH(double, epsilon);
    QFETCH(double, expected);
    CC_COMPARE_ABS(cc::gpuDemandMultiplier(k, c, epsilon), expected, 1e-12);
}

void TestMarket::jevonsElasticityIsWhereTheMultiplierCrossesOne_data()
{
    QTest::addColumn<double>("k");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("expected"); // NaN: undefined
    QTest::newRow("full pass-through: ε* = 1 at k = 2") << 2.0 << 1.0 << 1.0;
    QTest::newRow("full pass-through: ε* = 1 at k = 10") << 10.0 << 1.0 << 1.0;
    QTest::newRow("half pass-through, k = 2: ln 2 / ln(4/3) = 2.409")
        << 2.0 << 0.5 << std::log(2.0) / std::log(4.0 / 3.0);
    QTest::newRow("k = 1: the limit 1/c = 2") << 1.0 << 0.5 << 2.0;
    QTest::newRow("no pass-through: undefined") << 3.0 << 0.0 << qQNaN();
}

void TestMarket::jevonsElasticityIsWhereTheMultiplierCrossesOne()
{
    QFETCH(double, k);
    QFETCH(double, c);
    QFETCH(double, expected);
    const std::optional<double> e = jevonsElasticity(k, c);
    if (std::isnan(expected)) {
        QVERIFY(!e);
        return;
    }
    QVERIFY(e);
    CC_COMPARE_ABS(*e, expected, 1e-9);
    if (k > 1)
        CC_COMPARE_ABS(cc::gpuDemandMultiplier(k, c, *e), 1.0, 1e-12);
}

void TestMarket::multiplierRisesWithElasticity()
{
    // A cheaper token never lowers demand: for k > 1 and c > 0 the multiplier grows with ε.
    for (double k : {1.5, 2.0, 10.0})
        for (double c : {0.1, 0.5, 1.0}) {
            double previous = 0;
            for (double e = 0; e <= 3.0; e += 0.25) {
                const double m = cc::gpuDemandMultiplier(k, c, e);
                QVERIFY2(m > previous, qPrintable(QStringLiteral("k %1 c %2 ε %3").arg(k).arg(c).arg(e)));
                previous = m;
            }
        }
}

void TestMarket::growthTermsSumToTheTotal_data()
{
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("passThrough");
    QTest::addColumn<double>("efficiencyPerYear");
    QTest::newRow("defaults: ε = 0, no induced term") << 0.0 << 1.0 << 0.15;
    QTest::newRow("ε = 1.5, pass-through 0.6") << 1.5 << 0.6 << 0.15;
    QTest::newRow("ε = 1, full pass-through: induced cancels efficiency") << 1.0 << 1.0 << 0.4;
    QTest::newRow("efficiency falling 20 %/yr, ε = 0.8") << 0.8 << 0.5 << -0.2;
}

void TestMarket::growthTermsSumToTheTotal()
{
    QFETCH(double, epsilon);
    QFETCH(double, passThrough);
    QFETCH(double, efficiencyPerYear);
    Inputs in = defaultInputs();
    in.priceElasticity = epsilon;
    in.costPassThrough = passThrough;
    in.efficiencyGainPerYear = efficiencyPerYear;
    const Results base = evaluate(in);
    // −ε ln p with p = 1 − c(1 − 1/(1 + g)) = 1 − c g / (1 + g).
    const double inducedPerYear = -epsilon * std::log(1 - passThrough * efficiencyPerYear / (1 + efficiencyPerYear));
    for (const GrowthYear &y : projectGrowth(in, base)) {
        const int t = y.year - growthBaseYear;
        CC_COMPARE_ABS(y.logInduced, t * inducedPerYear, 1e-12);
        CC_COMPARE_ABS(y.logParams + y.logData + y.logEfficiency + y.logInduced,
                       std::log(y.provisionedGpus / base.provisionedGpus), 1e-12);
        // GPUs grow by (1.2 × 1.25 / (1 + g)) a year times the induced factor.
        CC_COMPARE_ABS(y.provisionedGpus / base.provisionedGpus,
                       std::pow(1.2 * 1.25 / (1 + efficiencyPerYear) * std::exp(inducedPerYear), t), 1e-9);
    }
}

void TestMarket::twoYearMarketByHand()
{
    // 100 centres running, 100 more arriving within a year, 1,000 cards each,
    // half rented, 60 % of it training (+10 %/yr); supply +20 %/yr after the
    // pipeline; inference grows by 1.2 × 1.25 / 1.15 a year (ε = 0).
    Inputs in = defaultInputs();
    in.projectionYears = 2;
    in.nationalCentresOperating = 100;
    in.nationalCentresPipeline = 100;
    in.pipelineYears = 1;
    in.cardsPerCentre = 1000;
    in.nationalOccupancy = 0.5;
    in.trainingShareOfDemand = 0.6;
    in.trainingDemandGrowthPerYear = 0.1;
    in.supplyGrowthPerYear = 0.2;
    const double g = 1.2 * 1.25 / 1.15;
    const std::vector<MarketYear> rows = projectMarket(in);
    QCOMPARE(int(rows.size()), 3);
    const double supply[] = {100'000, 200'000, 240'000};
    const double training[] = {30'000, 33'000, 36'300};
    const double inference[] = {20'000, 20'000 * g, 20'000 * g * g};
    for (int t = 0; t < 3; ++t) {
        QCOMPARE(rows[t].year, 2025 + t);
        CC_COMPARE_ABS(rows[t].supplyCards, supply[t], 1e-6);
        CC_COMPARE_ABS(rows[t].trainingCards, training[t], 1e-6);
        CC_COMPARE_ABS(rows[t].inferenceCards, inference[t], 1e-6);
        CC_COMPARE_ABS(rows[t].occupancy, (training[t] + inference[t]) / supply[t], 1e-12);
    }
    const Results r = evaluate(in);
    CC_COMPARE_ABS(r.nationalIdleCards, 50'000.0, 1e-6);
    CC_COMPARE_ABS(r.marketOccupancyFinalYear, (36'300 + 20'000 * g * g) / 240'000, 1e-12);
}

void TestMarket::eflopsBasisConvertsByTheCardsPeak()
{
    // IDC's 725.3 EFLOPS (FP16, 2024) ÷ the H800's 989 BF16 TFLOPS = 733,367 cards, ≈ 4.9× seed B's 150,000.
    Inputs in = defaultInputs();
    in.nationalSupplyBasis = SupplyBasis::Eflops;
    CC_COMPARE_ABS(nationalSupplyToday(in), 725.3e6 / 989, 1e-6);
    CC_COMPARE_ABS(nationalSupplyToday(in) / nationalSupplyToday(defaultInputs()), 4.889, 0.001);
    CC_COMPARE_ABS(evaluate(in).nationalIdleCards, 0.75 * 725.3e6 / 989, 1e-6);
}

void TestMarket::breakEvenYear_data()
{
    QTest::addColumn<double>("occupancy");
    QTest::addColumn<double>("pipeline");
    QTest::addColumn<double>("expectedYear"); // NaN: not in the horizon
    // Seed B's centre breaks even at 120 / 126.144 = 95.1 % (docs/model.md §4).
    QTest::newRow("defaults: pipeline outruns demand, never") << 0.25 << 400.0 << qQNaN();
    QTest::newRow("already full today: 2025") << 1.0 << 0.0 << 2025.0;
    // 0.9 today, no new centres or further supply: 0.72 × 1.1 + 0.18 × 1.3043 = 1.027 ≥ 0.951 in 2026.
    QTest::newRow("90 % today, no pipeline: 2026") << 0.9 << 0.0 << 2026.0;
}

void TestMarket::breakEvenYear()
{
    QFETCH(double, occupancy);
    QFETCH(double, pipeline);
    QFETCH(double, expectedYear);
    Inputs in = defaultInputs();
    in.nationalOccupancy = occupancy;
    in.nationalCentresPipeline = pipeline;
    const std::optional<double> year = evaluate(in).yearMarketReachesBreakEven;
    if (std::isnan(expectedYear))
        QVERIFY(!year);
    else
        QCOMPARE(year.value_or(0), expectedYear);
}

void TestMarket::maasToFillIdleCardsAtDefaults()
{
    // Idle: A2's 150 centres × 1,000 cards × (1 − 25 %) = 112,500. One DeepSeek holds
    // (608e9 / (86,400 × 73,700/8) + 168e9 / (86,400 × 14,800/8)) × 1.2 = 2,177.89 GPUs for its peak
    // (DS6, GJ): 112,500 / 2,177.89 = 51.66 DeepSeeks.
    const Results r = evaluate(defaultInputs());
    const double provisioned = (608e9 / (86'400.0 * 73'700 / 8) + 168e9 / (86'400.0 * 14'800 / 8)) * 1.2;
    CC_COMPARE_ABS(r.nationalIdleCards, 112'500.0, 1e-9);
    CC_COMPARE_ABS(r.maasToFillIdleCards, 112'500 / provisioned, 1e-9);
    CC_COMPARE_ABS(r.maasToFillIdleCards, 51.655, 0.001);
    QCOMPARE(output(&Results::maasToFillIdleCards).id, std::string_view("maasToFillIdleCards"));
}

void TestMarket::badValuesRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::newRow("ε < 0") << "priceElasticity"
                           << "-0.1";
    QTest::newRow("pass-through above 1") << "costPassThrough"
                                          << "1.1";
    QTest::newRow("pass-through below 0") << "costPassThrough"
                                          << "-0.01";
    QTest::newRow("zero cards per centre") << "cardsPerCentre"
                                           << "0";
    QTest::newRow("national occupancy above 1") << "nationalOccupancy"
                                                << "1.2";
    QTest::newRow("efficiency gain below 1") << "efficiencyGain"
                                             << "0.5";
    QTest::newRow("unknown supply basis") << "nationalSupplyBasis"
                                          << "gpus";
}

void TestMarket::badValuesRefusedNamingTheField()
{
    QFETCH(QString, id);
    QFETCH(QString, text);
    const ParsedValue parsed = parseValue(id.toStdString(), text.toStdString());
    QVERIFY(parsed.error);
    const QString message = QString::fromStdString(parsed.error->message());
    QVERIFY2(message.startsWith(id + QStringLiteral(": ")), qPrintable(message));
}

void TestMarket::jevonsChartData_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<double>("k");
    QTest::addColumn<double>("expected");
    // Full pass-through (the default): p = 1/k, multiplier k^(ε − 1).
    QTest::newRow("ε = 0 at 10×: 1/10") << "epsilon0" << 10.0 << 0.1;
    QTest::newRow("ε = 1 at 10×: 1 (on the Jevons line)") << "epsilon1" << 10.0 << 1.0;
    QTest::newRow("ε = 2 at 10×: 10") << "epsilon2" << 10.0 << 10.0;
    QTest::newRow("ε = 0.5 at 4×: 1/2") << "epsilon0_5" << 4.0 << 0.5;
    QTest::newRow("scenario (ε = 0) at 1×: 1") << "scenario" << 1.0 << 1.0;
}

void TestMarket::jevonsChartData()
{
    QFETCH(QString, series);
    QFETCH(double, k);
    QFETCH(double, expected);
    const Inputs in = defaultInputs();
    const chart::ChartData d = chart::jevonsChartData(in, evaluate(in));
    QCOMPARE(d.x.min, 1.0);
    QCOMPARE(d.x.max, 10.0);
    QCOMPARE(d.references.front().from, 1.0);
    const auto s =
        std::find_if(d.series.begin(), d.series.end(), [&](const chart::Series &s) { return qs(s.id) == series; });
    QVERIFY(s != d.series.end());
    const auto at = std::find_if(s->x.begin(), s->x.end(), [&](double x) { return std::abs(x - k) < 1e-9; });
    QVERIFY(at != s->x.end());
    CC_COMPARE_ABS(s->y[std::size_t(at - s->x.begin())], expected, 1e-12);
    // The scenario's point: the default 2× gain at ε = 0 halves GPU demand.
    CC_COMPARE_ABS(d.markers.front().x, 2.0, 0.0);
    CC_COMPARE_ABS(d.markers.front().y, 0.5, 1e-12);
}

void TestMarket::marketChartData()
{
    const Inputs in = defaultInputs();
    const Results r = evaluate(in);
    const chart::ChartData d = chart::marketChartData(in, r);
    namespace m = chart::market;
    // The view picks series by these positions; the ids are the CSV's columns.
    auto find = [&](std::string_view id) {
        return *std::find_if(d.series.begin(), d.series.end(), [&](const chart::Series &s) { return s.id == id; });
    };
    const std::pair<int, std::string_view> positions[] = {{m::Training, "training"},
                                                          {m::Inference, "inference"},
                                                          {m::Supply, "supply"},
                                                          {m::Occupancy, "nationalOccupancy"},
                                                          {m::IdcForecast, "idcForecast"}};
    for (const auto &[index, id] : positions)
        QCOMPARE(d.series[std::size_t(index)].id, std::string(id));
    QCOMPARE(d.references[m::BreakEvenOccupancy].id, std::string_view("breakEvenOccupancy"));
    QCOMPARE(d.references[m::SeedBOccupancy].id, std::string_view("seedBOccupancy"));
    // 2025–2030; supply 150 centres × 1,000, the 400 arriving over 3 years, then +30 %/yr.
    QCOMPARE(find("supply").x, (std::vector<double>{2025, 2026, 2027, 2028, 2029, 2030}));
    CC_COMPARE_ABS(find("supply").y[3], 550'000.0, 1e-6);
    CC_COMPARE_ABS(find("supply").y[5], 550'000 * 1.3 * 1.3, 1e-6);
    CC_COMPARE_ABS(find("training").y[0], 0.25 * 0.8 * 150'000, 1e-9);
    CC_COMPARE_ABS(find("inference").y[0], 0.25 * 0.2 * 150'000, 1e-9);
    // IDC: 2028's 2,781.9 EFLOPS over 2025's 1,037.3, from today's 150,000 cards.
    const chart::Series idc = find("idcForecast");
    QCOMPARE(idc.x, (std::vector<double>{2025, 2026, 2028}));
    CC_COMPARE_ABS(idc.y[2], 150'000 * 2781.9 / 1037.3, 1e-6);
    QCOMPARE(d.references.front().from, r.breakEvenOccupancy);
    QVERIFY(find("nationalOccupancy").secondaryAxis);
    QVERIFY(!d.markers.front().defined); // defaults: the pipeline outruns demand
}

// The Monte Carlo and the data table compute the market outlook once when no
// varied input belongs to a group that feeds it: any other input moved to
// either end of its range must leave the outlook exactly as it was.
void TestMarket::onlyItsGroupsMoveTheOutlook_data()
{
    QTest::addColumn<QString>("id");
    for (const ParamInfo &p : parameters())
        if (!p.isChoice() && !feedsMarketOutlook(p.group))
            QTest::newRow(std::string(p.id).c_str()) << QString::fromUtf8(p.id.data(), qsizetype(p.id.size()));
}

void TestMarket::onlyItsGroupsMoveTheOutlook()
{
    QFETCH(QString, id);
    const ParamInfo &p = *findParameter(id.toStdString());
    const Inputs base = defaultInputs();
    const MarketOutlook expected = marketOutlook(base);
    const double ends[] = {p.min, std::isfinite(p.max) ? p.max : p.min * 1e3 + 1e3};
    for (const double v : ends) {
        Inputs in = base;
        setValue(in, p, v);
        const MarketOutlook o = marketOutlook(in);
        QCOMPARE(o.gpuDemandMultiplier, expected.gpuDemandMultiplier);
        QCOMPARE(o.jevonsElasticity, expected.jevonsElasticity);
        QCOMPARE(o.nationalIdleCards, expected.nationalIdleCards);
        QCOMPARE(o.occupancy, expected.occupancy);
    }
}

QTEST_APPLESS_MAIN(TestMarket)
#include "test_market.moc"
