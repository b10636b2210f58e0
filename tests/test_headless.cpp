// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a script would use it: the real executable, its exit
// code, its JSON.
#include "processrun.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

class TestHeadless : public QObject {
    Q_OBJECT
private slots:
    void json_data();
    void json();
    void jsonKeysAreTheContract();
    void refusals_data();
    void refusals();
    void listParametersShowsSources();
    void readableTable();
    void saveWritesALoadableScenario();
    void tornadoTable();
    void chipTableKeepsItsColumns();
    void languages_data();
    void languages();
    void languagesShareTheNumbers_data();
    void languagesShareTheNumbers();

private:
    using Run = ProcessRun;
    static Run run(const QStringList &args) { return runProcess(QStringLiteral(COMPUTECHAIN_EXE), args); }
};

void TestHeadless::json_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    const QStringList ds{"--headless", "--preset", "deepseek", "--json"};
    QTest::newRow("deepseek avgBusyGpus 1,814.9 ± 0.1 %") << ds << "avgBusyGpus" << 1814.9 << 1.8149;
    QTest::newRow("deepseek theoretical revenue 561,975") << ds << "theoreticalRevenuePerDay" << 561975.0 << 1.0;
    QTest::newRow("deepseek cost-profit margin 5.45") << ds << "costProfitMargin" << 5.45 << 0.005;
    QTest::newRow("deepseek revenue margin 0.845") << ds << "revenueMargin" << 0.845 << 0.0005;
    const QStringList broker{"--headless", "--preset", "broker", "--json"};
    QTest::newRow("broker revenue margin 0.225") << broker << "revenueMargin" << 0.225 << 0.0005;
    QTest::newRow("broker break-even paid rate 0.310") << broker << "breakEvenPaidRate" << 0.310 << 0.0005;
    // Every output of the broker preset by its id, from closed forms over DS6's figures (docs/model.md):
    // a swap of two outputs in the table, or an output read from the wrong field, fails here. The values
    // are all different, so no swap can pass. avg = 1,814.9085 GPUs, theoretical revenue 561,975.36.
    const double avg = 1814.9085313, theoretical = 561975.36;
    const double gpuCost = avg * 24 * 2, totalCost = gpuCost / 0.5, revenue = theoretical * 0.4;
    const double fullRent = 1000 * 14.4 * 8760 / 1e6, fixed = 50 + 350.0 / 5; // A2 centre, DS6 rent in CNY
    QTest::newRow("broker avgBusyGpus = 1,814.9") << broker << "avgBusyGpus" << avg << 0.01;
    QTest::newRow("broker provisionedGpus = 1.2 × avg") << broker << "provisionedGpus" << 1.2 * avg << 0.01;
    QTest::newRow("broker billedGpus = avg (elastic)") << broker << "billedGpus" << avg << 0.01;
    QTest::newRow("broker gpusIfComputeBound 292.5") << broker << "gpusIfComputeBound" << 292.515 << 0.01;
    QTest::newRow("broker impliedMfu 10.34 %") << broker << "impliedMfu" << 0.10342 << 0.00001;
    QTest::newRow("broker gpuCostPerDay = avg × 24 × $2") << broker << "gpuCostPerDay" << gpuCost << 0.5;
    QTest::newRow("broker totalCostPerDay = GPU cost / 0.5") << broker << "totalCostPerDay" << totalCost << 1.0;
    QTest::newRow("broker theoreticalRevenuePerDay 561,975")
        << broker << "theoreticalRevenuePerDay" << theoretical << 0.5;
    QTest::newRow("broker revenuePerDay = 0.4 × theoretical") << broker << "revenuePerDay" << revenue << 0.5;
    QTest::newRow("broker costProfitMargin = revenue / cost − 1")
        << broker << "costProfitMargin" << revenue / totalCost - 1 << 1e-5;
    QTest::newRow("broker annualRevenue = 126.144 × 0.25") << broker << "annualRevenue" << fullRent * 0.25 << 1e-9;
    QTest::newRow("broker annualProfit = 31.536 − 120") << broker << "annualProfit" << fullRent * 0.25 - fixed << 1e-9;
    QTest::newRow("broker breakEvenOccupancy = 120 / 126.144")
        << broker << "breakEvenOccupancy" << fixed / fullRent << 1e-9;
    QTest::newRow("broker centresFilled = provisioned / 1,000")
        << broker << "centresFilled" << 1.2 * avg / 1000 << 1e-5;
    // Provisioned, not average, GPUs per million DAU: 2,177.9 / 25 (average would give 72.6).
    QTest::newRow("broker gpusPerMillionDau = provisioned / 25 M")
        << broker << "gpusPerMillionDau" << 1.2 * avg / 25 << 0.001;
    QTest::newRow("broker dauToBreakEvenMillions 10.92")
        << broker << "dauToBreakEvenMillions" << fixed / fullRent * 1000 / (1.2 * avg / 25) << 0.001;
    // --monte-carlo against closed forms.
    // broker: revenue per day = 561,975 × paid rate (DS6's theoretical revenue, model.md), so with
    // paid rate ~ U(0.2, 0.6) its quantiles are 561,975 × (0.2 + 0.4 p). Sampling error at 200,000
    // samples is ~0.0002 in the rate: tolerances are about 5 standard errors.
    const QStringList sampledRevenue{"--preset",  "broker", "--monte-carlo",  "revenuePerDay",
                                     "--samples", "200000", "--distribution", "paidRate=uniform(0.2,0.6)",
                                     "--json"};
    QTest::newRow("--monte-carlo: uniform paid rate: mean revenue 224,790")
        << sampledRevenue << "mean" << 561975.36 * 0.4 << 400.0;
    QTest::newRow("--monte-carlo: uniform paid rate: P5 revenue 123,635")
        << sampledRevenue << "p5" << 561975.36 * 0.22 << 500.0;
    QTest::newRow("--monte-carlo: uniform paid rate: P50 revenue 224,790")
        << sampledRevenue << "p50" << 561975.36 * 0.40 << 700.0;
    QTest::newRow("--monte-carlo: uniform paid rate: P95 revenue 325,946")
        << sampledRevenue << "p95" << 561975.36 * 0.58 << 500.0;
    // The margin is negative exactly below the break-even paid rate 0.3100 (model.md): P = (0.31 − 0.2) / 0.4.
    const QStringList margin{"--preset",  "broker", "--monte-carlo",  "revenueMargin",
                             "--samples", "200000", "--distribution", "paidRate=uniform(0.2,0.6)",
                             "--json"};
    QTest::newRow("--monte-carlo: P(margin < 0) = 0.275") << margin << "pBelowZero" << (0.30999 - 0.2) / 0.4 << 0.005;
    // A point distribution gives the point.
    QTest::newRow("--monte-carlo: degenerate: 22.5 % exactly")
        << QStringList{"--preset",      "broker",         "--monte-carlo",
                       "revenueMargin", "--distribution", "paidRate=uniform(0.4,0.4)",
                       "--json"}
        << "p50" << 0.2249 << 0.0001;
    const QStringList centre{"--headless", "--preset", "centre", "--json"};
    QTest::newRow("centre break-even occupancy 1.142") << centre << "breakEvenOccupancy" << 1.142 << 0.0005;
    QTest::newRow("centre annual profit -93.7") << centre << "annualProfit" << -93.7 << 0.05;
    QTest::newRow("--set applies: paid 0.4 on deepseek = 61.2 %")
        << QStringList{"--headless", "--set", "paidRate=0.4", "--json"} << "revenueMargin" << 0.6125 << 0.0005;
    QTest::newRow("--scenario: the broker file → 22.5 %")
        << QStringList{"--headless", "--scenario", SCENARIO_DATA_DIR "/broker.json", "--json"} << "revenueMargin"
        << 0.225 << 0.0005;
    QTest::newRow("--scenario with --set on top: paid 0.5 → 38.0 % (facts §5)")
        << QStringList{"--headless", "--scenario", SCENARIO_DATA_DIR "/broker.json", "--set", "paidRate=0.5", "--json"}
        << "revenueMargin" << 0.380 << 0.001;
    QTest::newRow("--goal-seek: broker paid rate for a 20 % margin 0.3873")
        << QStringList{"--preset", "broker", "--goal-seek", "revenueMargin=0.2", "--vary", "paidRate", "--json"}
        << "paidRate" << 0.3873 << 0.0005; // 174,144 / (562,027 × 0.8), model.md's broker figures
    // The national market (docs/model.md §10): A2's 150 centres × 1,000 cards, 25 % rented, one DeepSeek
    // holding 2,177.89 GPUs for its peak → 112,500 idle cards, 51.66 DeepSeeks.
    const QStringList market{"--market", "--json"};
    QTest::newRow("--market: 112,500 idle cards") << market << "nationalIdleCards" << 112'500.0 << 1e-6;
    QTest::newRow("--market: 51.66 DeepSeeks fill them") << market << "maasToFillIdleCards" << 51.655 << 0.001;
    // "What elasticity fills the idle cards by 2028?": supply 550,000 in 2028, training 30,000 × 1.1³ =
    // 39,930, so inference must reach 510,070 from 7,500: per year ln(510,070 / 7,500) / 3 = ln(1.5/1.15) +
    // ε ln 1.15 (full pass-through) → ε = 8.163.
    const double epsilon = (std::log(510'070 / 7'500.0) / 3 - std::log(1.5 / 1.15)) / std::log(1.15);
    QTest::newRow("--goal-seek: elasticity that fills the idle cards by 2028, 8.16")
        << QStringList{"--set",  "projectionYears=3", "--goal-seek", "marketOccupancyFinalYear=1",
                       "--vary", "priceElasticity",   "--json"}
        << "priceElasticity" << epsilon << 1e-6;
}

void TestHeadless::json()
{
    QFETCH(QStringList, args);
    QFETCH(QString, key);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY2(o.value(key).isDouble(), qPrintable(key));
    CC_COMPARE_ABS(o.value(key).toDouble(), expected, tolerance);
}

void TestHeadless::jsonKeysAreTheContract()
{
    const Run r = run({"--headless", "--preset", "centre", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QStringList keys = o.keys();
    keys.sort();
    QStringList expected{"avgBusyGpus",
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
                         "yearMarketReachesBreakEven",
                         "decodeBottleneck", // serving.h: a word, not a number
                         "waterfall"};
    expected.sort();
    QCOMPARE(keys, expected);
    // centre: loss-making and 114 % break-even → both undefined outputs are null
    QVERIFY(o.value("paybackYears").isNull());
    QVERIFY(o.value("dauToBreakEvenMillions").isNull());
    const QJsonArray steps = o.value("waterfall").toArray();
    QCOMPARE(steps.size(), 6);
    QCOMPARE(steps.first().toObject().value("step").toString(), QStringLiteral("theoreticalMargin"));
    QCOMPARE(steps.last().toObject().value("step").toString(), QStringLiteral("finalMargin"));
}

void TestHeadless::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("out of range") << QStringList{"--headless", "--set", "paidRate=1.5"} << 1
                                  << "paidRate: 1.5 is outside the valid range [0.001, 1]";
    QTest::newRow("NaN") << QStringList{"--headless", "--set", "utilization=nan"} << 1
                         << "utilization: nan is not a finite number";
    QTest::newRow("text") << QStringList{"--headless", "--set", "cards=many"} << 1 << "cards: 'many' is not a number";
    QTest::newRow("unknown id") << QStringList{"--headless", "--set", "margin=1"} << 1 << "unknown parameter 'margin'";
    QTest::newRow("no equals sign") << QStringList{"--headless", "--set", "paidRate"} << 2 << "expected id=value";
    QTest::newRow("unknown preset") << QStringList{"--headless", "--preset", "bull"} << 2
                                    << "unknown preset 'bull'; known presets: deepseek, broker, centre";
    QTest::newRow("unknown option") << QStringList{"--headless", "--frobnicate"} << 2 << "frobnicate";
    QTest::newRow("json without headless") << QStringList{"--json"} << 2 << "--json needs --headless";
    QTest::newRow("bad scenario file") << QStringList{"--headless", "--scenario", SCENARIO_DATA_DIR "/nan.json"} << 1
                                       << "nan.json: inputs.paidRate is NaN, which is not a finite number";
    QTest::newRow("missing scenario file")
        << QStringList{"--headless", "--scenario", "/nonexistent/x.json"} << 1 << "/nonexistent/x.json: no such file";
    QTest::newRow("goal seek with no solution")
        << QStringList{"--preset", "centre", "--goal-seek", "annualProfit=0", "--vary", "occupancy"} << 1
        << "no value of occupancy in [0, 1] gives annualProfit = 0";
    QTest::newRow("goal seek without --vary") << QStringList{"--goal-seek", "revenueMargin=0"} << 2 << "go together";
    QTest::newRow("goal seek on an unknown output")
        << QStringList{"--goal-seek", "margin=0", "--vary", "paidRate"} << 2 << "expected OUTPUT=TARGET";
    QTest::newRow("tornado of an unknown output") << QStringList{"--tornado", "margin"} << 2 << "not an output id";
    QTest::newRow("preset and scenario") << QStringList{"--preset", "broker", "--scenario", "x.json"} << 2
                                         << "give one";
    // core/io's messages follow --lang: validation is worded from core's structured error.
    QTest::newRow("zh_CN: out of range, in Chinese")
        << QStringList{"--headless", "--lang", "zh_CN", "--set", "paidRate=1.5"} << 1
        << "paidRate：1.5 超出有效范围 [0.001, 1]";
    QTest::newRow("zh_CN: missing scenario file, in Chinese")
        << QStringList{"--headless", "--lang", "zh_CN", "--scenario", "/nonexistent/x.json"} << 1
        << "/nonexistent/x.json: 文件或文件夹不存在";
    // The command line's own refusals follow --lang too (it is read first).
    QTest::newRow("zh_CN: bad sample count, in Chinese")
        << QStringList{"--lang", "zh_CN", "--monte-carlo", "revenueMargin", "--samples", "5"} << 2
        << "--samples “5”：应为 1000 至 10000000 之间的整数";
    QTest::newRow("zh_CN: tornado of an unknown output, in Chinese")
        << QStringList{"--lang", "zh_CN", "--tornado", "margin"} << 2 << "--tornado “margin”：不是输出 id";
    QTest::newRow("unknown language names the valid ones")
        << QStringList{"--headless", "--lang", "xx"} << 2 << "unknown language 'xx'; use en or zh_CN";
}

void TestHeadless::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestHeadless::listParametersShowsSources()
{
    const Run r = run({"--list-parameters"});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QStringLiteral("H800单卡利用率高达77%")));
    QVERIFY(text.contains(QStringLiteral("rentalCnyPerCardHour")));
    QVERIFY(text.contains(QStringLiteral("assumption")));
}

void TestHeadless::readableTable()
{
    const Run r = run({"--headless", "--preset", "deepseek"});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("84.50")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("never")));
    QVERIFY(text.contains(QStringLiteral("2030")));
    const Run zh = run({"--headless", "--lang", "zh_CN"});
    QVERIFY(QString::fromUtf8(zh.out).contains(QStringLiteral("收入利润率")));
}

void TestHeadless::saveWritesALoadableScenario()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("what-if.json"));
    const Run saved = run({"--preset", "broker", "--set", "paidRate=0.5", "--save", path});
    QCOMPARE(saved.exitCode, 0);
    QCOMPARE(saved.out, QByteArray()); // saving is not asking for the results table
    const Run loaded = run({"--headless", "--scenario", path, "--json"});
    QCOMPARE(loaded.exitCode, 0);
    QVERIFY(loaded.err.isEmpty());
    CC_COMPARE_ABS(QJsonDocument::fromJson(loaded.out).object().value("revenueMargin").toDouble(), 0.380, 0.001);
    // nothing lost when the target cannot be written
    const Run refused = run({"--preset", "broker", "--save", "/nonexistent/dir/x.json"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(
        refused.err.contains(QStringLiteral("/nonexistent/dir/x.json: the folder /nonexistent/dir does not exist")),
        qPrintable(refused.err));
}

void TestHeadless::tornadoTable()
{
    const Run r = run({"--preset", "broker", "--tornado", "revenuePerDay"});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    // revenue = 561,975 × paid rate: ±20 % of 0.4 swings it by 0.16 × 561,975 = 89,916.
    QVERIFY2(text.contains(QStringLiteral("paidRate")) && text.contains(QStringLiteral("89,916")), qPrintable(text));
}

// A chip that cannot serve says why on its row, and the table keeps its
// columns: the reason used to widen the first number column to its length.
void TestHeadless::chipTableKeepsItsColumns()
{
    const Run all = run({"--compare-chips"});
    const Run some = run({"--compare-chips", "--set", "decodeTpotMs=20"}); // too fast for some chips
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(some.exitCode, 0);
    const QStringList allLines = QString::fromUtf8(all.out).split(QLatin1Char('\n'));
    const QStringList someLines = QString::fromUtf8(some.out).split(QLatin1Char('\n'));
    QVERIFY2(QString::fromUtf8(some.out).contains(QStringLiteral("cannot be met")), some.out.constData());
    QCOMPARE(someLines.value(0), allLines.value(0)); // the header, column for column
    for (const QString &line : someLines)
        if (!line.contains(QStringLiteral("cannot")))
            QVERIFY2(line.size() <= allLines.value(0).size() + 8, qPrintable(line));
}

// --lang works without a window: the translator is installed before any output.
void TestHeadless::languages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("notShown");
    const QStringList zhBroker{"--headless", "--lang", "zh_CN", "--preset", "broker"};
    QTest::newRow("zh_CN table: 收入利润率, not Revenue margin") << zhBroker << "收入利润率"
                                                                 << "Revenue margin";
    QTest::newRow("zh_CN table: unit 美元/日, not USD/day") << zhBroker << "美元/日"
                                                            << "USD/day";
    QTest::newRow("zh_CN table: bridge step 非 GPU 成本, not Non-GPU costs") << zhBroker << "非 GPU 成本"
                                                                             << "Non-GPU costs";
    QTest::newRow("zh_CN table: heading 增长预测, not Growth projection") << zhBroker << "增长预测"
                                                                          << "Growth projection";
    QTest::newRow("zh_CN table: centre payback 无法回本, not never")
        << QStringList{"--headless", "--lang", "zh_CN", "--preset", "centre"} << "无法回本"
        << "never";
    QTest::newRow("zh_CN --list-parameters: 日活跃用户, not Daily active users")
        << QStringList{"--list-parameters", "--lang", "zh_CN"} << "日活跃用户"
        << "Daily active users";
    QTest::newRow("zh_CN --tornado: 收入 (revenuePerDay), not Revenue (revenuePerDay)")
        << QStringList{"--lang", "zh_CN", "--preset", "broker", "--tornado", "revenuePerDay"} << "收入 (revenuePerDay)"
        << "Revenue (revenuePerDay)";
    QTest::newRow("en table: Revenue margin, not 收入利润率")
        << QStringList{"--headless", "--lang", "en", "--preset", "broker"} << "Revenue margin"
        << "收入利润率";
    QTest::newRow("no --lang: English, whatever the system")
        << QStringList{"--headless", "--preset", "broker"} << "Revenue margin"
        << "收入利润率";
}

void TestHeadless::languages()
{
    QFETCH(QStringList, args);
    QFETCH(QString, shown);
    QFETCH(QString, notShown);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(shown), qPrintable(text));
    QVERIFY2(!text.contains(notShown), qPrintable(text));
}

// The language changes words, never numbers: the same figures in the same order.
void TestHeadless::languagesShareTheNumbers_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("broker table") << QStringList{"--headless", "--preset", "broker"};
    QTest::newRow("centre table") << QStringList{"--headless", "--preset", "centre"};
    QTest::newRow("tornado of revenue") << QStringList{"--preset", "broker", "--tornado", "revenuePerDay"};
    QTest::newRow("--json") << QStringList{"--headless", "--preset", "broker", "--json"};
}

void TestHeadless::languagesShareTheNumbers()
{
    QFETCH(QStringList, args);
    const Run en = run(args + QStringList{"--lang", "en"});
    const Run zh = run(args + QStringList{"--lang", "zh_CN"});
    QCOMPARE(en.exitCode, 0);
    QCOMPARE(zh.exitCode, 0);
    const QRegularExpression number(QStringLiteral("[−-]?\\d[\\d,]*(\\.\\d+)?"));
    auto numbers = [&](const QByteArray &out) {
        QStringList list;
        for (auto it = number.globalMatch(QString::fromUtf8(out)); it.hasNext();)
            list << it.next().captured();
        return list;
    };
    QVERIFY(!numbers(en.out).isEmpty());
    QCOMPARE(numbers(zh.out), numbers(en.out));
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "test_headless.moc"
