// SPDX-License-Identifier: GPL-3.0-or-later
// Every chart's numbers come from core/chartdata; these tests hold that layer to
// sourced and closed-form values, and its CSV to the numbers it was given.
#include "core/analysis/montecarlo.h"
#include "core/chartdata/montecarlodata.h"
#include "core/io/chartcsv.h"
#include "core/chartdata/charts.h"
#include "core/chartdata/dashboardcharts.h"
#include "core/model/headline.h"
#include "core/model/model.h"
#include "core/model/presets.h"
#include "core/chartdata/references.h"
#include "testutil.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace cc;
using namespace cc::chart;

namespace {

Inputs broker()
{
    return presetInputs(*findPreset("broker"));
}

QString english(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

class TestChartData : public QObject {
    Q_OBJECT
private slots:
    void everyChartHasOneRow();
    void waterfallBridgesTheoreticalToFinal_data();
    void waterfallBridgesTheoreticalToFinal();
    void marginCurveCrossesZeroAtTheBreakEvenMarker();
    void centreProfitAtTheEnds_data();
    void centreProfitAtTheEnds();
    void referencesQuoteSeedB_data();
    void referencesQuoteSeedB();
    void growthTermsAddUpToTheTotal();
    void gpuMethodsAreWholeCards();
    void csvIsTheDataInModelUnits();
    void goodNewsHasADirection_data();
    void goodNewsHasADirection();
    void monteCarloHistogram_data();
    void monteCarloHistogram();
};

void TestChartData::everyChartHasOneRow()
{
    std::set<ChartId> ids;
    std::set<std::string_view> names;
    for (const ChartInfo &c : charts()) {
        ids.insert(c.id);
        names.insert(c.name);
        QCOMPARE(&chartInfo(c.id), &c);
        QCOMPARE(findChart(c.name), &c);
        QVERIFY(!c.title.empty());
        QVERIFY(!c.dependsOn.empty());
    }
    QCOMPARE(ids.size(), charts().size());
    QCOMPARE(names.size(), charts().size());
    QCOMPARE(findChart("noSuchChart"), nullptr);
}

void TestChartData::waterfallBridgesTheoreticalToFinal_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<double>("finalMargin");
    QTest::addColumn<double>("paidRateStep");
    // docs/model.md §3: the margin bridge at each preset.
    QTest::newRow("deepseek: nothing between theory and the final margin") << "deepseek" << 0.844983 << 0.0;
    QTest::newRow("broker: paid rate and other costs pull it to 22.5 %") << "broker" << 0.224916 << -0.232525;
}

void TestChartData::waterfallBridgesTheoreticalToFinal()
{
    QFETCH(QString, preset);
    QFETCH(double, finalMargin);
    QFETCH(double, paidRateStep);
    const Inputs in = presetInputs(*findPreset(preset.toStdString()));
    const ChartData d = waterfallData(in, evaluate(in));
    const auto &step = d.series[waterfall::Step].y, &start = d.series[waterfall::Start].y,
               &end = d.series[waterfall::End].y;
    QCOMPARE(d.categories.size(), std::size_t(waterfallStepCount));
    CC_COMPARE_ABS(step.front(), 0.844983, 5e-7); // GJ's 84.5 %, whatever the preset
    CC_COMPARE_ABS(step[2], paidRateStep, 5e-7);
    CC_COMPARE_ABS(end.back(), finalMargin, 5e-7);
    // Levels start at zero; each change starts where the previous bar ended.
    QCOMPARE(start.front(), 0.0);
    QCOMPARE(start.back(), 0.0);
    for (int i = 1; i < waterfallStepCount - 1; ++i) {
        QCOMPARE(start[i], end[i - 1]);
        CC_COMPARE_ABS(end[i] - start[i], step[i], 1e-15);
    }
}

void TestChartData::marginCurveCrossesZeroAtTheBreakEvenMarker()
{
    const Inputs in = broker();
    const ChartData d = marginPaidRateData(in, evaluate(in));
    const Marker &breakEven = d.markers[marginpaidrate::BreakEven];
    CC_COMPARE_ABS(breakEven.x, 0.310034, 5e-7); // docs/model.md, broker
    QVERIFY(breakEven.defined);
    const Series &curve = d.series[marginpaidrate::Margin];
    QCOMPARE(curve.x.size(), std::size_t(199));
    // The curve changes sign between the two sample points that bracket the marker.
    for (std::size_t i = 1; i < curve.x.size(); ++i)
        if (curve.x[i - 1] <= breakEven.x && breakEven.x < curve.x[i]) {
            QVERIFY(curve.y[i - 1] < 0);
            QVERIFY(curve.y[i] > 0);
        }
    CC_COMPARE_ABS(d.markers[marginpaidrate::Scenario].y, 0.224916, 5e-7);
}

void TestChartData::centreProfitAtTheEnds_data()
{
    QTest::addColumn<int>("point");
    QTest::addColumn<double>("profit");
    // Seed B's centre (A2): 1,000 cards at 14.4 CNY/card·h earn 126.144 M a year full
    // (docs/model.md §4); costs are 50 M opex + 350 M capex over 5 years = 120 M a year.
    QTest::newRow("empty: the fixed costs") << 0 << -120.0;
    QTest::newRow("full") << 100 << 126.144 - 120.0;
}

void TestChartData::centreProfitAtTheEnds()
{
    QFETCH(int, point);
    QFETCH(double, profit);
    const Inputs in = defaultInputs();
    const Results r = evaluate(in);
    const ChartData d = centreProfitData(in, r);
    const Series &curve = d.series[centreprofit::Profit];
    QCOMPARE(curve.x[std::size_t(point)], point / 100.0);
    const double fullRevenue = 126.144;
    CC_COMPARE_ABS(curve.y[std::size_t(point)], profit, 1e-9);
    CC_COMPARE_ABS(d.markers[centreprofit::BreakEven].x, 120.0 / fullRevenue, 1e-12);
}

void TestChartData::referencesQuoteSeedB_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<QString>("quote");
    QTest::newRow("occupancy 20–30 %") << int(ReferenceId::ReportedOccupancy) << 0.20 << 0.30 << "20%-30%";
    QTest::newRow("growth over 30 % a year") << int(ReferenceId::MarketGrowth) << 0.30 << 0.30 << "超過30%";
}

void TestChartData::referencesQuoteSeedB()
{
    QFETCH(int, id);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(QString, quote);
    const Reference &r = reference(ReferenceId(id));
    QCOMPARE(r.from, from);
    QCOMPARE(r.to, to);
    QCOMPARE(english(r.source.doc), QStringLiteral("A2"));
    QVERIFY(english(r.source.quote).contains(quote));
}

void TestChartData::growthTermsAddUpToTheTotal()
{
    const Inputs in = defaultInputs();
    const ChartData d = growthData(in, evaluate(in));
    const auto &years = d.series[growth::Total].x;
    QCOMPARE(years.front(), 2025.0);
    for (std::size_t i = 0; i < years.size(); ++i) {
        CC_COMPARE_ABS(d.series[growth::Data].y[i] + d.series[growth::Params].y[i] + d.series[growth::Efficiency].y[i] +
                           d.series[growth::Induced].y[i],
                       d.series[growth::Total].y[i], 1e-12);
        // Seed B's line: ln 1.3 a year since 2025.
        CC_COMPARE_ABS(d.series[growth::Reference].y[i], (years[i] - 2025) * std::log(1.3), 1e-12);
    }
}

void TestChartData::gpuMethodsAreWholeCards()
{
    const Inputs in = defaultInputs();
    const ChartData d = gpuMethodsData(in, evaluate(in));
    // docs/model.md, deepseek: 292.515 GPUs if compute-bound; 1,814.9 provisioned = billed (elastic).
    QCOMPARE(d.series[gpumethods::Gpus].y[gpumethods::FlopsBound], 293.0);
    QCOMPARE(d.series[gpumethods::Gpus].y[gpumethods::Billed], 1815.0);
    CC_COMPARE_ABS(d.markers[gpumethods::ImpliedMfu].y, 0.1034196, 5e-8);
}

void TestChartData::csvIsTheDataInModelUnits()
{
    ChartData d;
    d.x = {"Paid rate", Unit::Ratio};
    d.y = {"Margin", Unit::Ratio};
    d.categories = {};
    d.series = {{"m", "margin, net", Unit::Ratio, {0.25, 0.5}, {-0.1, std::nan("")}}};
    d.markers = {{"now", "this \"scenario\"", 0.4, 0.225}};
    d.references = {{"band", "20–30 %\nreported", Reference::Axis::X, 0.2, 0.3, {"A2", "", Provenance::Sourced}}};
    const QByteArray csv = chartCsv(d, english);
    const QByteArray expected = "\xEF\xBB\xBF"
                                "kind,id,label,x (ratio),y,value,unit\r\n"
                                "series,m,\"margin, net\",0.25,-0.1,,ratio\r\n"
                                "series,m,\"margin, net\",0.5,,,ratio\r\n" // NaN: an empty cell
                                "marker,now,\"this \"\"scenario\"\"\",0.4,0.225,,ratio\r\n"
                                "reference,band,20–30 % reported [A2],0.2,,,ratio\r\n"
                                "reference,band,20–30 % reported [A2],0.3,,,ratio\r\n";
    QCOMPARE(QString::fromUtf8(csv), QString::fromUtf8(expected));

    // A category chart names its categories; the waterfall has no hidden base bars.
    const Inputs in = broker();
    const QString waterfall = QString::fromUtf8(chartCsv(waterfallData(in, evaluate(in)), english));
    QVERIFY(waterfall.contains(QStringLiteral("series,step,level or change,Paid rate,-0.23252")));
    QCOMPARE(waterfall.count(QStringLiteral("\r\nseries,")), 3 * waterfallStepCount);
}

void TestChartData::goodNewsHasADirection_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("good");
    QTest::addColumn<bool>("headline");
    QTest::newRow("a margin up") << "revenueMargin" << int(GoodNews::Up) << true;
    QTest::newRow("a cost down") << "totalCostPerDay" << int(GoodNews::Down) << true;
    QTest::newRow("a lower break-even paid rate") << "breakEvenPaidRate" << int(GoodNews::Down) << true;
    QTest::newRow("a sooner payback") << "paybackYears" << int(GoodNews::Down) << false;
    QTest::newRow("GPUs: more demand and more cost") << "provisionedGpus" << int(GoodNews::Neither) << true;
    QTest::newRow("fewer DeepSeeks to fill the idle cards") << "maasToFillIdleCards" << int(GoodNews::Down) << true;
    QTest::newRow("GPU demand multiplier: neither") << "gpuDemandMultiplier" << int(GoodNews::Neither) << false;
}

void TestChartData::goodNewsHasADirection()
{
    QFETCH(QString, output);
    QFETCH(int, good);
    QFETCH(bool, headline);
    const OutputInfo &o = *findOutput(output.toStdString());
    QCOMPARE(int(goodNews(o)), good);
    const auto figures = headlineFigures();
    QCOMPARE(std::find(figures.begin(), figures.end(), &o) != figures.end(), headline);
}

// The Monte Carlo panel's histogram and CDF, from the run's samples.
void TestChartData::monteCarloHistogram_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("flat"); // the output does not move with the input
    // GPU cost is linear in the hourly rent: uniform in, uniform out; 60 bins of ≈ 1/60 each.
    QTest::newRow("GPU rent uniform → GPU cost uniform") << "gpuHourPriceUsd"
                                                         << "gpuCostPerDay" << false;
    // The margin does not depend on scale: every sample the same, one bar.
    QTest::newRow("DAU does not move the margin: one bar") << "dauMillions"
                                                           << "revenueMargin" << true;
}

void TestChartData::monteCarloHistogram()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(bool, flat);
    const ParamInfo &p = *findParameter(input.toStdString());
    const OutputInfo &o = *findOutput(output.toStdString());
    const double low = p.defaultValue * 0.8, high = p.defaultValue * 1.2;
    const UncertainInput u[] = {{&p, {Distribution::Kind::Uniform, low, high, 0}}};
    const OutputInfo *outs[] = {&o};
    const MonteCarloResult r = runMonteCarlo(defaultInputs(), u, outs, 200'000, 7, 1);
    const chart::ChartData d = chart::monteCarloChart(r, 0);
    QCOMPARE(d.series.size(), std::size_t(2));
    const chart::Series &bars = d.series[0], &cdf = d.series[1];
    double total = 0;
    for (const double share : bars.y)
        total += share;
    CC_COMPARE_ABS(total, 1.0, 1e-12);
    QCOMPARE(cdf.y.back(), 1.0);
    QVERIFY(d.x.max > d.x.min);
    const double value = o.get(evaluate(defaultInputs())).value();
    if (flat) {
        // Every sample in the bar that holds the scenario's value, on an axis ±1 % around it.
        QCOMPARE(*std::max_element(bars.y.begin(), bars.y.end()), 1.0);
        QVERIFY(d.x.min < value && value < d.x.max);
        CC_COMPARE_ABS((d.x.max - d.x.min) / std::abs(value), 0.02, 1e-9);
    } else {
        for (const double share : bars.y)
            CC_COMPARE_ABS(share, 1.0 / 60, 0.25 / 60); // 200,000 samples: ≈ 3,300 a bin, a few % noise
        // The axis ends and the CDF's points are the sorted samples' order statistics.
        std::vector<float> sorted;
        for (int i = 0; i < r.samples; ++i)
            sorted.push_back(r.value(0, i));
        std::sort(sorted.begin(), sorted.end());
        const std::size_t n = sorted.size();
        QCOMPARE(d.x.min, double(sorted[n / 1000]));
        QCOMPARE(cdf.x.size(), std::size_t(201));
        for (std::size_t q = 0; q <= 200; ++q)
            QCOMPARE(cdf.x[q], double(sorted[std::min(n - 1, n * q / 200)]));
    }
}

QTEST_GUILESS_MAIN(TestChartData)
#include "test_chartdata.moc"
