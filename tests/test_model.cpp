// SPDX-License-Identifier: GPL-3.0-or-later
// Every expected number here is a figure printed in a source (DS6, GJ, A2) or
// worked out in model.md / facts.md, never a value read back from the model.
#include "core/model/loadprofile.h"
#include "core/model/model.h"
#include "core/analysis/sweep.h"
#include "core/model/outputs.h"
#include "core/model/presets.h"
#include "core/model/registry.h"
#include "testutil.h"

using namespace cc;

namespace {

Inputs preset(const char *id)
{
    return presetInputs(*findPreset(id));
}

void set(Inputs &in, const char *id, double v)
{
    setValue(in, *findParameter(id), v);
}

double output(const Results &r, const QString &id)
{
    const OutputInfo *o = findOutput(id.toStdString());
    Q_ASSERT(o);
    return o->get(r).value();
}

} // namespace

class TestModel : public QObject {
    Q_OBJECT
private slots:
    void presetFigures_data();
    void presetFigures();
    void writeOutputsPutsEachOutputInItsSlot_data();
    void writeOutputsPutsEachOutputInItsSlot();
    void dsDailyCostFromDisclosedGpus();
    void nodeSplitMatchesFactSheet();
    void brokerTable_data();
    void brokerTable();
    void centreCostPerSoldCardHour_data();
    void centreCostPerSoldCardHour();
    void undefinedOutputs_data();
    void undefinedOutputs();
    void waterfallBridgesTheoreticalToFinal_data();
    void waterfallBridgesTheoreticalToFinal();
    void waterfallStepsIsolateTheirFactor();
    void loadProfileMatchesDisclosure();
    void hoursAboveCapacity_data();
    void hoursAboveCapacity();
    void sweepFindsBrokerBreakEven();
};

void TestModel::presetFigures_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("output");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");

    // model.md §2: 763.86 + 1,051.05 = 1,814.9 (± 0.1 %); DS6: 226.75 nodes × 8 = 1,814.
    QTest::newRow("deepseek: average busy GPUs 1,814.9") << "deepseek"
                                                         << "avgBusyGpus" << 1814.9 << 1.8149;
    QTest::newRow("deepseek: within 0.1 % of DS6's 1,814") << "deepseek"
                                                           << "avgBusyGpus" << 1814.0 << 1.814;
    QTest::newRow("deepseek: provisioned = 1,814.9 × 1.2") << "deepseek"
                                                           << "provisionedGpus" << 2177.9 << 2.18;
    QTest::newRow("deepseek: theoretical revenue 561,975") << "deepseek"
                                                           << "theoreticalRevenuePerDay" << 561975.0 << 1.0;
    QTest::newRow("deepseek: within 0.02 % of DS6's 562,027") << "deepseek"
                                                              << "theoreticalRevenuePerDay" << 562027.0 << 112.0;
    QTest::newRow("deepseek: cost-profit margin 545 % ± 0.5 pt") << "deepseek"
                                                                 << "costProfitMargin" << 5.45 << 0.005;
    QTest::newRow("deepseek: revenue margin 84.5 %") << "deepseek"
                                                     << "revenueMargin" << 0.845 << 0.0005;
    QTest::newRow("deepseek: break-even billed share 15.5 % (facts §2)") << "deepseek"
                                                                         << "breakEvenPaidRate" << 0.155 << 0.0005;
    QTest::newRow("deepseek: compute-bound GPUs 292.5") << "deepseek"
                                                        << "gpusIfComputeBound" << 292.5 << 0.05;
    QTest::newRow("deepseek: implied MFU 0.1034") << "deepseek"
                                                  << "impliedMfu" << 0.1034 << 0.00005;
    QTest::newRow("deepseek: centre revenue 31.5 CNY M") << "deepseek"
                                                         << "annualRevenue" << 31.5 << 0.05;
    QTest::newRow("deepseek: centre profit -88.5 CNY M") << "deepseek"
                                                         << "annualProfit" << -88.5 << 0.05;
    QTest::newRow("deepseek: break-even occupancy 95.1 %") << "deepseek"
                                                           << "breakEvenOccupancy" << 0.951 << 0.0005;
    QTest::newRow("broker: share 0.5, paid 0.4 → margin 22.5 %") << "broker"
                                                                 << "revenueMargin" << 0.225 << 0.0005;
    QTest::newRow("broker: break-even paid rate 31.0 %") << "broker"
                                                         << "breakEvenPaidRate" << 0.310 << 0.0005;
    QTest::newRow("broker: revenue 0.4 × 561,975 = 224,790") << "broker"
                                                             << "revenuePerDay" << 224790.0 << 1.0;
    QTest::newRow("centre: break-even occupancy 114.2 %") << "centre"
                                                          << "breakEvenOccupancy" << 1.142 << 0.0005;
    QTest::newRow("centre: annual profit -93.7 CNY M") << "centre"
                                                       << "annualProfit" << -93.7 << 0.05;
}

void TestModel::presetFigures()
{
    QFETCH(QString, preset);
    QFETCH(QString, output);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const Results r = evaluate(presetInputs(*findPreset(preset.toStdString())));
    CC_COMPARE_ABS(::output(r, output), expected, tolerance);
}

void TestModel::writeOutputsPutsEachOutputInItsSlot_data()
{
    // Every output of the broker preset from closed forms over DS6's figures (docs/model.md), all
    // different, read from writeOutputs' slot for its id and from the table: two outputs swapped
    // in the table or in writeOutputs fail here. avg = 1,814.9085 GPUs, theoretical revenue
    // 561,975.36, paid rate 0.4, full price realized, GPU share 0.5 at $2/h, elastic billing.
    QTest::addColumn<QString>("output");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    const double avg = 1814.9085313, theoretical = 561975.36;
    const double gpuCost = avg * 24 * 2, totalCost = gpuCost / 0.5, revenue = theoretical * 0.4;
    const double fullRent = 1000 * 14.4 * 8760 / 1e6, fixed = 50 + 350.0 / 5; // A2 centre, DS6 rent in CNY
    const double perMillionDau = 1.2 * avg / 25;
    QTest::newRow("avgBusyGpus = 1,814.9") << "avgBusyGpus" << avg << 0.01;
    QTest::newRow("provisionedGpus = 1.2 × avg") << "provisionedGpus" << 1.2 * avg << 0.01;
    QTest::newRow("billedGpus = avg (elastic)") << "billedGpus" << avg << 0.01;
    QTest::newRow("gpusIfComputeBound 292.5") << "gpusIfComputeBound" << 292.515 << 0.01;
    QTest::newRow("impliedMfu 10.34 %") << "impliedMfu" << 0.10342 << 0.00001;
    QTest::newRow("gpuCostPerDay = avg × 24 × $2") << "gpuCostPerDay" << gpuCost << 0.5;
    QTest::newRow("totalCostPerDay = GPU cost / 0.5") << "totalCostPerDay" << totalCost << 1.0;
    QTest::newRow("theoreticalRevenuePerDay 561,975") << "theoreticalRevenuePerDay" << theoretical << 0.5;
    QTest::newRow("revenuePerDay = 0.4 × theoretical") << "revenuePerDay" << revenue << 0.5;
    QTest::newRow("costProfitMargin = revenue / cost − 1") << "costProfitMargin" << revenue / totalCost - 1 << 1e-5;
    QTest::newRow("revenueMargin = 1 − cost / revenue") << "revenueMargin" << 1 - totalCost / revenue << 1e-5;
    QTest::newRow("breakEvenPaidRate = cost / theoretical") << "breakEvenPaidRate" << totalCost / theoretical << 1e-5;
    QTest::newRow("annualRevenue = 126.144 × 0.25") << "annualRevenue" << fullRent * 0.25 << 1e-9;
    QTest::newRow("annualProfit = 31.536 − 120") << "annualProfit" << fullRent * 0.25 - fixed << 1e-9;
    QTest::newRow("breakEvenOccupancy = 120 / 126.144") << "breakEvenOccupancy" << fixed / fullRent << 1e-9;
    // 31.536 of rent does not cover 50 of opex: never paid back, written as the `undefined` given.
    QTest::newRow("paybackYears: never") << "paybackYears" << -7.0 << 0.0;
    QTest::newRow("centresFilled = provisioned / 1,000") << "centresFilled" << 1.2 * avg / 1000 << 1e-5;
    QTest::newRow("gpusPerMillionDau = provisioned / 25 M") << "gpusPerMillionDau" << perMillionDau << 0.001;
    QTest::newRow("dauToBreakEvenMillions 10.92")
        << "dauToBreakEvenMillions" << fixed / fullRent * 1000 / perMillionDau << 0.001;
}

void TestModel::writeOutputsPutsEachOutputInItsSlot()
{
    QFETCH(QString, output);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    constexpr double undefined = -7;
    const Results r = evaluate(preset("broker"));
    std::vector<double> all(outputs().size());
    writeOutputs(r, undefined, all.data());
    const OutputInfo *o = findOutput(output.toStdString());
    QVERIFY(o);
    CC_COMPARE_ABS(all[outputIndex(*o)], expected, tolerance);
    CC_COMPARE_ABS(o->get(r).value_or(undefined), expected, tolerance);
}

void TestModel::dsDailyCostFromDisclosedGpus()
{
    // DS6: 226.75 average nodes × 8 GPUs × $2 × 24 h = $87,072 a day.
    QCOMPARE(gpuCostPerDay(226.75 * 8, 2.0), 87072.0);
    // and the margins DS6 and GJ print from it and the 562,027 theoretical revenue
    CC_COMPARE_ABS(costProfitMargin(562027, 87072), 5.45, 0.005);
    CC_COMPARE_ABS(revenueMargin(562027, 87072), 0.845, 0.0005);
}

void TestModel::nodeSplitMatchesFactSheet()
{
    // facts.md §2: prefill 608e9/86,400/73.7e3 = 95.5 nodes; decode 168e9/86,400/14.8e3 = 131.4.
    const Results r = evaluate(preset("deepseek"));
    CC_COMPARE_ABS(r.prefillGpus / 8, 95.5, 0.05);
    CC_COMPARE_ABS(r.decodeGpus / 8, 131.4, 0.05);
}

void TestModel::brokerTable_data()
{
    QTest::addColumn<double>("paidRate");
    QTest::addColumn<double>("gpuShare");
    QTest::addColumn<double>("margin");
    // facts.md §5 illustration, printed to 0.1 pt from DS6's 87,072 and
    // 562,027. Our cost and revenue are rebuilt from tokens: their ratio is
    // 0.06 % above DS6's, an error the margin carries times cost/revenue.
    const double p[] = {0.2, 0.3, 0.4, 0.5};
    const double s[] = {1.0, 0.8, 0.6, 0.5};
    const double table[4][4] = {{0.225, 0.032, -0.291, -0.549},
                                {0.484, 0.354, 0.139, -0.033},
                                {0.613, 0.516, 0.354, 0.225},
                                {0.690, 0.613, 0.484, 0.380}};
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            QTest::addRow("p=%.1f s=%.1f", p[i], s[j]) << p[i] << s[j] << table[i][j];
    QTest::newRow("model.md: share 0.48, paid 0.4 → 19.3 %") << 0.4 << 0.48 << 0.193;
}

void TestModel::brokerTable()
{
    QFETCH(double, paidRate);
    QFETCH(double, gpuShare);
    QFETCH(double, margin);
    Inputs in = preset("deepseek");
    set(in, "paidRate", paidRate);
    set(in, "gpuShareOfTotalCost", gpuShare);
    CC_COMPARE_ABS(evaluate(in).revenueMargin, margin, 0.0005 + 0.0007 * (1 - margin));
}

void TestModel::centreCostPerSoldCardHour_data()
{
    QTest::addColumn<double>("occupancy");
    QTest::addColumn<double>("costPerSoldCardHour");
    // facts.md §7: 120 M CNY a year over 1,000 × 8,760 card-hours = 13.70 at
    // full occupancy, 13.70 / occupancy below it.
    QTest::newRow("100 %") << 1.0 << 13.70;
    QTest::newRow("30 %") << 0.30 << 45.7;
    QTest::newRow("25 %") << 0.25 << 54.8;
    QTest::newRow("20 %") << 0.20 << 68.5;
    QTest::newRow("10 %") << 0.10 << 137.0;
}

void TestModel::centreCostPerSoldCardHour()
{
    QFETCH(double, occupancy);
    QFETCH(double, costPerSoldCardHour);
    // The rent at which the centre breaks even at this occupancy is its cost per sold card-hour.
    Inputs in = preset("deepseek");
    set(in, "occupancy", occupancy);
    set(in, "rentalCnyPerCardHour", costPerSoldCardHour);
    const Results r = evaluate(in);
    CC_COMPARE_ABS(r.annualProfit, 0.0, 0.1 + 120.0 * 0.05 / costPerSoldCardHour);
    CC_COMPARE_ABS(r.breakEvenOccupancy, occupancy, 0.003);
}

void TestModel::undefinedOutputs_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<double>("occupancy");
    QTest::addColumn<bool>("paybackDefined");
    QTest::addColumn<bool>("dauDefined");
    // 31.5 CNY M of rent against 50 of running cost: the capex never comes back.
    QTest::newRow("deepseek at 25 %: no payback") << "deepseek" << 0.25 << false << true;
    // At 100 %: 126.1 − 50 = 76.1 a year, 350 / 76.1 = 4.6 years.
    QTest::newRow("deepseek at 100 %: payback") << "deepseek" << 1.0 << true << true;
    // 114 % break-even: no DAU fills a centre to break-even.
    QTest::newRow("centre: no break-even DAU") << "centre" << 0.25 << false << false;
}

void TestModel::undefinedOutputs()
{
    QFETCH(QString, presetId);
    QFETCH(double, occupancy);
    QFETCH(bool, paybackDefined);
    QFETCH(bool, dauDefined);
    Inputs in = presetInputs(*findPreset(presetId.toStdString()));
    set(in, "occupancy", occupancy);
    const Results r = evaluate(in);
    QCOMPARE(r.paybackYears.has_value(), paybackDefined);
    QCOMPARE(r.dauToBreakEvenMillions.has_value(), dauDefined);
    if (paybackDefined)
        CC_COMPARE_ABS(*r.paybackYears, 350.0 / (1000 * 14.4 * 8760 / 1e6 - 50), 1e-9);
}

void TestModel::waterfallBridgesTheoreticalToFinal_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<bool>("reserved");
    QTest::newRow("deepseek") << "deepseek" << false;
    QTest::newRow("broker") << "broker" << false;
    QTest::newRow("broker, reserved billing") << "broker" << true;
}

void TestModel::waterfallBridgesTheoreticalToFinal()
{
    QFETCH(QString, presetId);
    QFETCH(bool, reserved);
    Inputs in = presetInputs(*findPreset(presetId.toStdString()));
    set(in, "billing", reserved ? 1 : 0);
    set(in, "priceRealization", 0.8);
    const Results r = evaluate(in);
    // The first bar is DS's 84.5 % whatever the scenario: it is the margin
    // before any real-world factor is applied.
    CC_COMPARE_ABS(r.waterfall.front().value, 0.845, 0.0005);
    double level = r.waterfall.front().value;
    for (int i = 1; i + 1 < waterfallStepCount; ++i)
        level += r.waterfall[i].value;
    CC_COMPARE_ABS(level, r.revenueMargin, 1e-12);
    QCOMPARE(r.waterfall.back().value, r.revenueMargin);
}

void TestModel::waterfallStepsIsolateTheirFactor()
{
    // broker: only paid rate and GPU share move; 84.5 % → paid rate 0.4 gives
    // 1 − 87,116 / 224,790 = 61.2 %, then halving the GPU share gives 22.5 %.
    const Results r = evaluate(preset("broker"));
    CC_COMPARE_ABS(r.waterfall[1].value, 0.0, 1e-12);
    CC_COMPARE_ABS(r.waterfall[0].value + r.waterfall[2].value, 0.6125, 0.0005);
    CC_COMPARE_ABS(r.waterfall[0].value + r.waterfall[2].value + r.waterfall[3].value, 0.225, 0.0005);
    CC_COMPARE_ABS(r.waterfall[4].value, 0.0, 1e-12);
}

void TestModel::loadProfileMatchesDisclosure()
{
    // DS6: average 226.75 nodes, peak 278; facts.md: 278 / 226.75 = 1.226.
    QCOMPARE(dsProfileMeanNodes(), 226.75);
    CC_COMPARE_ABS(dsProfilePeakToMean(), 1.226, 0.0005);
    // Scaled to the scenario, the day's mean is the scenario's average busy GPUs.
    const Results r = evaluate(preset("deepseek"));
    double gpuHours = 0;
    for (const LoadPoint &p : scenarioLoadProfile(r))
        gpuHours += p.busyGpus * (p.endHour - p.startHour);
    CC_COMPARE_ABS(gpuHours / 24, 1814.9, 1.8149);
}

void TestModel::hoursAboveCapacity_data()
{
    // DS6's day in nodes: 218 (0–1.25 h), 188, 158, 128, 98, 68 (3.5–6.5 h), 98, 128, 188,
    // 218 (8–8.5 h), 278 (8.5–24 h); mean 226.75. Capacity = mean × peak multiplier.
    QTest::addColumn<double>("peakMultiplier");
    QTest::addColumn<double>("hours");
    QTest::newRow("1.20 (DS6's preset): 272.1 nodes, the 278 evening, 15.5 h") << 1.2 << 15.5;
    QTest::newRow("1.00: 226.75 nodes, still only the 278 steps") << 1.0 << 15.5;
    QTest::newRow("0.90: 204.1 nodes, the 218 steps too, 17.25 h") << 0.9 << 17.25;
    QTest::newRow("1.23: above the 1.226 peak, never") << 1.23 << 0.0;
}

void TestModel::hoursAboveCapacity()
{
    QFETCH(double, peakMultiplier);
    QFETCH(double, hours);
    Inputs in = preset("deepseek");
    in.peakMultiplier = peakMultiplier;
    QCOMPARE(cc::hoursAboveCapacity(evaluate(in)), hours);
}

void TestModel::sweepFindsBrokerBreakEven()
{
    // Sweeping the paid rate on the broker preset crosses zero margin at 31.0 %.
    const Inputs in = preset("broker");
    const std::vector<double> rates = linspace(0.30, 0.32, 3);
    const std::vector<double> m = sweep(in, *findParameter("paidRate"), rates, *findOutput("revenueMargin"), -99);
    QVERIFY(m[0] < 0 && m[2] > 0);
    CC_COMPARE_ABS(m[1], 0.0, 0.0005 / 0.31); // 31.0 % ± 0.05 pt of paid rate
}

QTEST_APPLESS_MAIN(TestModel)
#include "test_model.moc"
