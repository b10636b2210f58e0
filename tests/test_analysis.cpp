// SPDX-License-Identifier: GPL-3.0-or-later
// Goal seek, tornado, Monte Carlo, data tables, contours and the growth
// projection, against model.md's figures and closed forms.
#include "core/analysis/datatable.h"
#include "core/analysis/goalseek.h"
#include "core/model/growth.h"
#include "core/model/model.h"
#include "core/analysis/montecarlo.h"
#include "core/model/presets.h"
#include "core/analysis/sweep.h"
#include "testutil.h"
#include "core/analysis/tornado.h"

using namespace cc;

namespace {

Inputs preset(const QString &id)
{
    return presetInputs(*findPreset(id.toStdString()));
}

const OutputInfo *out(const char *id)
{
    return findOutput(id);
}

const ParamInfo *in(const char *id)
{
    return findParameter(id);
}

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
private slots:
    void goalSeek_data();
    void goalSeek();
    void goalSeekSaysWhenThereIsNoSolution();
    void goalSeekTakesTheNearestCrossing_data();
    void goalSeekTakesTheNearestCrossing();
    void tornadoOfALinearOutput_data();
    void tornadoOfALinearOutput();
    void tornadoIsSortedAndSkipsInertInputs();
    void degenerateMonteCarloIsThePoint();
    void sameSeedSameNumbersOnAnyThreads();
    void uniformMeanWithinStandardError();
    void probabilityOfALoss();
    void sensitivityRanksTheDriver();
    void monteCarloCanBeCancelled();
    void drawsFollowTheQuantileFunction_data();
    void drawsFollowTheQuantileFunction();
    void drawsDoNotDependOnTheOtherInputs_data();
    void drawsDoNotDependOnTheOtherInputs();
    void wholeInputsRoundWithoutCountingAsClamped_data();
    void wholeInputsRoundWithoutCountingAsClamped();
    void dataTableMatchesSerialSweep();
    void contourFollowsTheLevel();
    void growthFillsTheCentre();
    void growthOccupancyIsCapped();
    void tornadoSwingsAnInputAtZero();
};

void TestAnalysis::goalSeek_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("output");
    QTest::addColumn<double>("target");
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    // model.md: break-even paid rate at GPU share 0.5 is 31.0 %.
    QTest::newRow("broker: break-even paid rate 31.0 %") << "broker"
                                                         << "revenueMargin" << 0.0 << "paidRate" << 0.310 << 0.0005;
    // 20 % margin: 174,144 / (562,027 × 0.8) = 0.3873 (DS6's cost and revenue, model.md's broker costs).
    QTest::newRow("broker: paid rate for 20 % margin") << "broker"
                                                       << "revenueMargin" << 0.2 << "paidRate" << 0.3873 << 0.0005;
    // model.md §4: 95.1 %.
    QTest::newRow("deepseek: centre break-even occupancy") << "deepseek"
                                                           << "annualProfit" << 0.0 << "occupancy" << 0.951 << 0.0005;
    // GPUs scale as 1/utilization: 0.77 × 1,814.9 / 1,814 = 0.7704.
    QTest::newRow("deepseek: utilization for DS6's 1,814 GPUs")
        << "deepseek"
        << "avgBusyGpus" << 1814.0 << "utilization" << 0.7704 << 0.0001;
    // A wide, log-scanned range: the DAU at which one centre breaks even, 10.9 M (model.md's chain).
    QTest::newRow("deepseek: DAU filling a centre's break-even share")
        << "deepseek"
        << "centresFilled" << 0.9513 << "dauMillions" << 10.92 << 0.01;
}

void TestAnalysis::goalSeek()
{
    QFETCH(QString, presetId);
    QFETCH(QString, output);
    QFETCH(double, target);
    QFETCH(QString, input);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const GoalSeekResult r =
        cc::goalSeek(preset(presetId), *findParameter(input.toStdString()), *findOutput(output.toStdString()), target);
    QVERIFY2(r.value, r.message.c_str());
    CC_COMPARE_ABS(*r.value, expected, tolerance);
    // Brent to 1e-10 relative: the output is on target to far better than the figures above.
    CC_COMPARE_ABS(r.achieved, target, 1e-7 * std::max(1.0, std::abs(target)));
    QVERIFY(r.evaluations < 300);
}

void TestAnalysis::goalSeekSaysWhenThereIsNoSolution()
{
    // centre preset: break-even needs 114 % occupancy (model.md), so none in [0, 1].
    const GoalSeekResult r = cc::goalSeek(preset("centre"), *in("occupancy"), *out("annualProfit"), 0.0);
    QVERIFY(!r.value);
    QVERIFY2(QString::fromStdString(r.message).contains(QStringLiteral("no value of occupancy in [0, 1]")),
             r.message.c_str());
    // Over [0, 1] the profit runs from −120 (no rent) to 105.12 − 120 = −14.88.
    CC_COMPARE_ABS(r.outputLow, -120.0, 1e-9);
    CC_COMPARE_ABS(r.outputHigh, -14.88, 1e-9);
}

void TestAnalysis::goalSeekTakesTheNearestCrossing_data()
{
    // No output of the model crosses a target twice over an input's range, so the choice of
    // bracket is tested on f(x) = (x − 0.25)(x − 0.75) sampled at x = 0, 0.1, …, 1: roots in
    // [0.2, 0.3] (interval 2) and [0.7, 0.8] (interval 7).
    QTest::addColumn<QString>("function");
    QTest::addColumn<double>("current");
    QTest::addColumn<int>("expected");
    QTest::newRow("two roots, input at 0.05: the lower") << "twoRoots" << 0.05 << 2;
    QTest::newRow("two roots, input at 0.45: the lower") << "twoRoots" << 0.45 << 2;
    QTest::newRow("two roots, input at 0.55: the upper, not the first") << "twoRoots" << 0.55 << 7;
    QTest::newRow("two roots, input at 0.95: the upper, not the first") << "twoRoots" << 0.95 << 7;
    // x² + 1 never reaches 0.
    QTest::newRow("no root") << "noRoot" << 0.5 << -1;
    // +1 below x = 0.5, nothing at 0.5, x − 0.85 above: the sign change across the gap is not a
    // bracket; the root 0.85 in [0.8, 0.9] (interval 8) is, however far.
    QTest::newRow("no bracket across a gap") << "gap" << 0.5 << 8;
}

void TestAnalysis::goalSeekTakesTheNearestCrossing()
{
    QFETCH(QString, function);
    QFETCH(double, current);
    QFETCH(int, expected);
    std::vector<double> xs;
    std::vector<std::optional<double>> fs;
    for (int i = 0; i <= 10; ++i) {
        const double x = i / 10.0;
        xs.push_back(x);
        if (function == QLatin1String("twoRoots"))
            fs.push_back((x - 0.25) * (x - 0.75));
        else if (function == QLatin1String("noRoot"))
            fs.push_back(x * x + 1);
        else if (i == 5)
            fs.push_back(std::nullopt);
        else
            fs.push_back(i < 5 ? 1.0 : x - 0.85);
    }
    QCOMPARE(nearestBracket(xs, fs, current), expected);
}

void TestAnalysis::tornadoOfALinearOutput_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("swing");
    // annualRevenue = cards × occupancy × 14.4 × 8,760 / 1e6 = 126.144 × occupancy (A2, DS6 rent):
    // occupancy 0.20 → 0.30 moves it by 12.6144.
    QTest::newRow("centre revenue, occupancy ±20 %") << "deepseek"
                                                     << "annualRevenue"
                                                     << "occupancy" << 12.6144;
    QTest::newRow("centre revenue, cards ±20 %") << "deepseek"
                                                 << "annualRevenue"
                                                 << "cards" << 12.6144;
    // revenuePerDay = 561,975.36 × paid rate: 0.32 → 0.48.
    QTest::newRow("broker revenue, paid rate ±20 %") << "broker"
                                                     << "revenuePerDay"
                                                     << "paidRate" << 0.16 * 561975.36;
    // gpuCostPerDay = avg GPUs × 24 × price: price 1.6 → 2.4 moves it by 0.8 × 24 × 1,814.9.
    QTest::newRow("GPU cost, price ±20 %") << "deepseek"
                                           << "gpuCostPerDay"
                                           << "gpuHourPriceUsd" << 0.8 * 24 * 1814.9085;
}

void TestAnalysis::tornadoOfALinearOutput()
{
    QFETCH(QString, presetId);
    QFETCH(QString, output);
    QFETCH(QString, input);
    QFETCH(double, swing);
    const std::vector<TornadoBar> bars = tornado(preset(presetId), *findOutput(output.toStdString()));
    const auto bar =
        std::find_if(bars.begin(), bars.end(), [&](const TornadoBar &b) { return qs(b.input->id) == input; });
    QVERIFY(bar != bars.end());
    CC_COMPARE_ABS(bar->swing(), swing, 1e-6 * swing);
}

void TestAnalysis::tornadoIsSortedAndSkipsInertInputs()
{
    const std::vector<TornadoBar> bars = tornado(preset("broker"), *out("revenueMargin"));
    QVERIFY(bars.size() > 5);
    for (std::size_t i = 1; i < bars.size(); ++i)
        QVERIFY(bars[i - 1].swing() >= bars[i].swing());
    for (const TornadoBar &b : bars) {
        // DAU scales cost and revenue alike; the centre's inputs never touch the MaaS margin.
        QVERIFY(b.input->id != "dauMillions");
        QVERIFY(b.input->group != Group::Centre && b.input->group != Group::Growth);
    }
}

void TestAnalysis::degenerateMonteCarloIsThePoint()
{
    const Inputs base = preset("broker");
    const UncertainInput u[] = {{in("paidRate"), {Distribution::Kind::Uniform, 0.4, 0.4, 0}},
                                {in("gpuShareOfTotalCost"), {Distribution::Kind::Triangular, 0.5, 0.5, 0.5}},
                                {in("utilization"), {Distribution::Kind::Normal, 0.77, 0, 0}},
                                {in("peakMultiplier"), {Distribution::Kind::Pert, 1.2, 1.2, 1.2}},
                                {in("gpuHourPriceUsd"), {Distribution::Kind::Lognormal, 2, 0, 0}}};
    const OutputInfo *outs[] = {out("revenueMargin"), out("provisionedGpus")};
    const MonteCarloResult r = runMonteCarlo(base, u, outs, 1000, 7);
    const Results point = evaluate(base);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(r.value(0, i), float(point.revenueMargin));
        QCOMPARE(r.value(1, i), float(point.provisionedGpus));
    }
    QCOMPARE(r.clamped, 0L);
}

void TestAnalysis::sameSeedSameNumbersOnAnyThreads()
{
    const UncertainInput u[] = {{in("paidRate"), {Distribution::Kind::Pert, 0.2, 0.4, 0.7}}};
    const OutputInfo *outs[] = {out("revenueMargin")};
    const MonteCarloResult one = runMonteCarlo(preset("broker"), u, outs, 50000, 42, 1);
    const MonteCarloResult two = runMonteCarlo(preset("broker"), u, outs, 50000, 42, 2);
    const MonteCarloResult other = runMonteCarlo(preset("broker"), u, outs, 50000, 43, 2);
    QVERIFY(one.values == two.values);
    QVERIFY(one.values != other.values);
}

void TestAnalysis::uniformMeanWithinStandardError()
{
    // annualRevenue = 126.144 × occupancy; occupancy ~ U(0.1, 0.5) → mean 126.144 × 0.3 = 37.8432.
    const UncertainInput u[] = {{in("occupancy"), {Distribution::Kind::Uniform, 0.1, 0.5, 0}}};
    const OutputInfo *outs[] = {out("annualRevenue")};
    const MonteCarloResult r = runMonteCarlo(preset("deepseek"), u, outs, 200000, 1);
    const OutputStatistics s = statistics(r, 0);
    QVERIFY(s.standardError > 0);
    CC_COMPARE_ABS(s.mean, 37.8432, 4 * s.standardError);
    // and the uniform's quantiles: 126.144 × (0.1 + 0.4 q)
    CC_COMPARE_ABS(s.p5, 126.144 * 0.12, 0.05);
    CC_COMPARE_ABS(s.p50, 126.144 * 0.30, 0.05);
    CC_COMPARE_ABS(s.p95, 126.144 * 0.48, 0.05);
}

void TestAnalysis::probabilityOfALoss()
{
    // broker: loss below the 31.0 % break-even; paid rate ~ U(0.2, 0.4) → P = 0.110 / 0.2 = 0.55.
    const UncertainInput u[] = {{in("paidRate"), {Distribution::Kind::Uniform, 0.2, 0.4, 0}}};
    const OutputInfo *outs[] = {out("revenueMargin")};
    const int n = 100000;
    const OutputStatistics s = statistics(runMonteCarlo(preset("broker"), u, outs, n, 3), 0);
    CC_COMPARE_ABS(s.probabilityBelowZero, 0.5500, 4 * std::sqrt(0.55 * 0.45 / n) + 0.0025);
}

void TestAnalysis::sensitivityRanksTheDriver()
{
    const UncertainInput u[] = {{in("dauMillions"), {Distribution::Kind::Uniform, 10, 40, 0}},
                                {in("paidRate"), {Distribution::Kind::Uniform, 0.2, 0.6, 0}},
                                {in("gpuShareOfTotalCost"), {Distribution::Kind::Uniform, 0.45, 0.55, 0}}};
    const OutputInfo *outs[] = {out("revenueMargin")};
    const MonteCarloResult r = runMonteCarlo(preset("broker"), u, outs, 20000, 11);
    const std::vector<Sensitivity> s = sensitivity(r, u, 0);
    QCOMPARE(s.size(), std::size_t(3));
    QCOMPARE(qs(s[0].input->id), QStringLiteral("paidRate"));
    QVERIFY(s[0].correlation > 0.9);
    QCOMPARE(qs(s[2].input->id), QStringLiteral("dauMillions")); // margin does not depend on scale
    QVERIFY(std::abs(s[2].correlation) < 0.03);
}

void TestAnalysis::monteCarloCanBeCancelled()
{
    const UncertainInput u[] = {{in("paidRate"), {Distribution::Kind::Uniform, 0.2, 0.6, 0}}};
    const OutputInfo *outs[] = {out("revenueMargin")};
    int calls = 0;
    const MonteCarloResult r =
        runMonteCarlo(preset("broker"), u, outs, 1000000, 5, 2, [&](double) { return ++calls < 2; });
    QVERIFY(r.cancelled);
}

void TestAnalysis::drawsFollowTheQuantileFunction_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("quantile");
    using K = Distribution::Kind;
    // Normal quantiles z(0.01) = −2.3263479, z(0.99) = +2.3263479 lie in the tails
    // (below 0.02425, above 0.97575), z(0.25) = −0.6744898 in the central region.
    QTest::newRow("normal, lower tail") << "paidRate" << int(K::Normal) << 0.5 << 0.1 << 0.0 << 0.01 << 0.26736521;
    QTest::newRow("normal, central") << "paidRate" << int(K::Normal) << 0.5 << 0.1 << 0.0 << 0.25 << 0.43255102;
    QTest::newRow("normal, upper tail") << "paidRate" << int(K::Normal) << 0.5 << 0.1 << 0.0 << 0.99 << 0.73263479;
    // 2 · exp(0.15 · 2.3263479) = 2.8351628
    QTest::newRow("lognormal, upper tail")
        << "gpuHourPriceUsd" << int(K::Lognormal) << 2.0 << 0.15 << 0.0 << 0.99 << 2.8351628;
    // low + √(p (high − low)(mode − low)) = 0.4 + √0.003; high − √((1 − p)(high − low)(high − mode)) = 0.7 − √0.006
    QTest::newRow("triangular, left of the mode")
        << "paidRate" << int(K::Triangular) << 0.4 << 0.5 << 0.7 << 0.1 << 0.45477226;
    QTest::newRow("triangular, right of the mode")
        << "paidRate" << int(K::Triangular) << 0.4 << 0.5 << 0.7 << 0.9 << 0.62254033;
    QTest::newRow("uniform") << "peakMultiplier" << int(K::Uniform) << 1.1 << 1.4 << 0.0 << 0.25 << 1.175;
}

void TestAnalysis::drawsFollowTheQuantileFunction()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, c);
    QFETCH(double, p);
    QFETCH(double, quantile);
    const QByteArray id = input.toLatin1();
    const UncertainInput u[] = {{in(id.constData()), {Distribution::Kind(kind), a, b, c}}};
    const OutputInfo *outs[] = {out("revenueMargin")};
    const int n = 200000;
    const MonteCarloResult r = runMonteCarlo(preset("broker"), u, outs, n, 17);
    // The share of draws at or below the quantile is p, within four binomial standard errors.
    long below = 0;
    for (int i = 0; i < n; ++i)
        below += r.input(0, i) <= quantile;
    CC_COMPARE_ABS(double(below) / n, p, 4 * std::sqrt(p * (1 - p) / n));
}

void TestAnalysis::drawsDoNotDependOnTheOtherInputs_data()
{
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::newRow("another input made uncertain")
        << QStringList{"paidRate"} << QStringList{"gpuShareOfTotalCost", "paidRate"};
    QTest::newRow("listed in the other order")
        << QStringList{"paidRate", "utilization"} << QStringList{"utilization", "paidRate"};
    // A choice takes the one-sample path: it must draw as the batched one does.
    QTest::newRow("billing uncertain: one sample at a time")
        << QStringList{"paidRate"} << QStringList{"paidRate", "billing"};
}

void TestAnalysis::drawsDoNotDependOnTheOtherInputs()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    const auto uncertain = [](const QStringList &ids) {
        std::vector<UncertainInput> list;
        for (const QString &id : ids) {
            const ParamInfo *p = findParameter(id.toStdString());
            list.push_back({p, {Distribution::Kind::Uniform, p->isChoice() ? 0.0 : 0.2, p->isChoice() ? 1.0 : 0.9, 0}});
        }
        return list;
    };
    const std::vector<UncertainInput> u1 = uncertain(first), u2 = uncertain(second);
    const OutputInfo *outs[] = {out("revenueMargin")};
    // 20,000 samples: two whole chunks and a part of one; one thread against two.
    const int n = 20000;
    const MonteCarloResult r1 = runMonteCarlo(preset("broker"), u1, outs, n, 9, 1);
    const MonteCarloResult r2 = runMonteCarlo(preset("broker"), u2, outs, n, 9, 2);
    // Common random numbers: paid rate's draws, sample by sample, are the same in both runs.
    const int k1 = int(first.indexOf("paidRate")), k2 = int(second.indexOf("paidRate"));
    double spread = 0;
    for (int i = 0; i < n; ++i) {
        QCOMPARE(r2.input(k2, i), r1.input(k1, i));
        spread = std::max(spread, double(std::abs(r1.input(k1, i) - r1.input(k1, 0))));
    }
    QVERIFY(spread > 0.5); // the draws do vary: U(0.2, 0.9)
}

void TestAnalysis::wholeInputsRoundWithoutCountingAsClamped_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("clampedShare");
    // GPUs per node, valid from 1: U(4, 12) rounds to whole numbers inside the range;
    // U(0, 8) rounds its draws below 0.5, a sixteenth of them, to 0, clamped to 1.
    QTest::newRow("inside the valid range") << 4.0 << 12.0 << 0.0;
    QTest::newRow("partly below the minimum") << 0.0 << 8.0 << 0.0625;
}

void TestAnalysis::wholeInputsRoundWithoutCountingAsClamped()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, clampedShare);
    const UncertainInput u[] = {{in("gpusPerNode"), {Distribution::Kind::Uniform, low, high, 0}}};
    const OutputInfo *outs[] = {out("revenueMargin")};
    const int n = 100000;
    const MonteCarloResult r = runMonteCarlo(preset("deepseek"), u, outs, n, 4);
    for (int i = 0; i < n; ++i) {
        const float v = r.input(0, i);
        QVERIFY2(v == std::round(v) && v >= std::max(1.0, low) && v <= high, qPrintable(QString::number(v)));
    }
    CC_COMPARE_ABS(double(r.clamped) / n, clampedShare, 4 * std::sqrt(clampedShare * (1 - clampedShare) / n));
}

void TestAnalysis::dataTableMatchesSerialSweep()
{
    const std::vector<double> xs = linspace(0.05, 1, 37), ys = linspace(0.2, 1, 23);
    std::vector<double> serial(xs.size() * ys.size()), parallel(serial.size());
    sweep2d(preset("broker"), *in("paidRate"), xs, *in("gpuShareOfTotalCost"), ys, *out("revenueMargin"), 0, serial);
    dataTable(preset("broker"), *in("paidRate"), xs, *in("gpuShareOfTotalCost"), ys, *out("revenueMargin"), 0, parallel,
              3);
    QVERIFY(serial == parallel);
}

void TestAnalysis::contourFollowsTheLevel()
{
    // v = x + y: the level-1 line is x + y = 1.
    const std::vector<double> xs = linspace(0, 1, 11), ys = linspace(0, 1, 11);
    std::vector<double> v;
    for (double y : ys)
        for (double x : xs)
            v.push_back(x + y);
    const std::vector<Segment> segments = contour(v, xs, ys, 1.0);
    QVERIFY(segments.size() >= 10);
    for (const Segment &s : segments) {
        CC_COMPARE_ABS(s.x1 + s.y1, 1.0, 1e-12);
        CC_COMPARE_ABS(s.x2 + s.y2, 1.0, 1e-12);
    }
}

void TestAnalysis::growthFillsTheCentre()
{
    // 25 % occupancy (A2) growing 30.4 % a year: 0.25 × 1.3043^t, capped at 100 %.
    const Inputs base = defaultInputs();
    const std::vector<GrowthYear> years = projectGrowth(base, evaluate(base));
    const double g = 1.2 * 1.25 / 1.15;
    for (const GrowthYear &y : years)
        CC_COMPARE_ABS(y.centreOccupancy, std::min(1.0, 0.25 * std::pow(g, y.year - 2025)), 1e-12);
    // By 2030, 0.25 × 1.3043^5 = 0.25 × 3.7754 = 0.9439: still under the 95.1 % break-even, a loss.
    QVERIFY(years.back().centreAnnualProfit < 0);
    CC_COMPARE_ABS(years.back().centreOccupancy, 0.9439, 0.0005);
}

void TestAnalysis::growthOccupancyIsCapped()
{
    // 50 % occupancy growing 30.4 % a year passes 100 % in 2028 (0.5 × 1.3043³ = 1.109): a centre
    // cannot rent more than its cards, so it stays full, and earns 126.144 − 120 = 6.144 CNY M (A2).
    Inputs base = defaultInputs();
    base.occupancy = 0.5;
    const std::vector<GrowthYear> years = projectGrowth(base, evaluate(base));
    QCOMPARE(years.back().year, 2030);
    QCOMPARE(years.back().centreOccupancy, 1.0);
    CC_COMPARE_ABS(years.back().centreAnnualProfit, 126.144 - 120.0, 1e-9);
    CC_COMPARE_ABS(years[2].centreOccupancy, 0.5 * std::pow(1.2 * 1.25 / 1.15, 2), 1e-12); // 2027, under the cap
}

void TestAnalysis::tornadoSwingsAnInputAtZero()
{
    // ±20 % of 0 is no swing; an input at 0 swings by 20 % of half its slider range instead:
    // opex 0 → 30 CNY M (slider 0–300) lowers the centre's profit by exactly 30.
    Inputs base = defaultInputs();
    base.opexCnyMillionsPerYear = 0;
    const std::vector<TornadoBar> bars = tornado(base, *out("annualProfit"));
    const auto bar = std::find_if(bars.begin(), bars.end(),
                                  [](const TornadoBar &b) { return b.input->id == "opexCnyMillionsPerYear"; });
    QVERIFY(bar != bars.end());
    QCOMPARE(bar->lowInput, 0.0);
    QCOMPARE(bar->highInput, 30.0);
    CC_COMPARE_ABS(bar->swing(), 30.0, 1e-9);
}

QTEST_APPLESS_MAIN(TestAnalysis)
#include "test_analysis.moc"
