// SPDX-License-Identifier: GPL-3.0-or-later
// Figures in the reader's convention: K/M/B for English, 万/亿 for Chinese.
#include "ui/charts/compactticker.h"
#include "ui/numberformat.h"
#include "testutil.h"

using namespace cc;
using namespace cc::ui;

namespace {
QLocale english()
{
    return QLocale(QLocale::English);
}
QLocale chinese()
{
    return QLocale(QLocale::Chinese, QLocale::China);
}
} // namespace
Q_DECLARE_METATYPE(cc::OutputKind)

class TestNumberFormat : public QObject {
    Q_OBJECT
private slots:
    void figures_data();
    void figures();
    void deltas_data();
    void deltas();
    void outputs_data();
    void outputs();
    void axisNumbers_data();
    void axisNumbers();
};

void TestNumberFormat::figures_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<OutputKind>("kind");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("zh");
    QTest::newRow("DS6 daily cost") << 87072.0 << OutputKind::UsdPerDay << "$87.1K/day"
                                    << "8.71万美元/日";
    QTest::newRow("DS6 theoretical revenue") << 562027.0 << OutputKind::UsdPerDay << "$562.0K/day"
                                             << "56.2万美元/日";
    QTest::newRow("a billion a day") << 1.25e9 << OutputKind::UsdPerDay << "$1.25B/day"
                                     << "12.50亿美元/日";
    QTest::newRow("84.5 % margin") << 0.845 << OutputKind::Ratio << "84.5%"
                                   << "84.5%";
    QTest::newRow("545 % cost-profit margin") << 5.45 << OutputKind::Ratio << "545%"
                                              << "545%";
    QTest::newRow("a loss margin") << -0.033 << OutputKind::Ratio << "−3.3%"
                                   << "−3.3%";
    QTest::newRow("centre loss -88.5 CNY M") << -88.464 << OutputKind::CnyMillionsPerYear << "−¥88.5M/yr"
                                             << "−8,846万元/年";
    QTest::newRow("centre capex 3.5亿") << 350.0 << OutputKind::CnyMillionsPerYear << "¥350.0M/yr"
                                        << "3.50亿元/年";
    QTest::newRow("1,814 GPUs") << 1814.0 << OutputKind::Gpus << "1,814"
                                << "1,814";
    QTest::newRow("25 M DAU") << 25.0 << OutputKind::MillionUsers << "25.00M"
                              << "2,500万";
}

void TestNumberFormat::figures()
{
    QFETCH(double, value);
    QFETCH(OutputKind, kind);
    QFETCH(QString, en);
    QFETCH(QString, zh);
    QCOMPARE(formatFigure(value, kind, english()), en);
    QCOMPARE(formatFigure(value, kind, chinese()), zh);
}

void TestNumberFormat::deltas_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("reference");
    QTest::addColumn<OutputKind>("kind");
    QTest::addColumn<QString>("en");
    QTest::newRow("margin 84.5 → 22.5 % is 62 points down") << 0.225 << 0.845 << OutputKind::Ratio << "▼ 62.0 pt";
    QTest::newRow("cost doubles") << 174144.0 << 87072.0 << OutputKind::UsdPerDay << "▲ 100.0%";
    QTest::newRow("no change") << 0.845 << 0.845 << OutputKind::Ratio << "";
}

void TestNumberFormat::deltas()
{
    QFETCH(double, value);
    QFETCH(double, reference);
    QFETCH(OutputKind, kind);
    QFETCH(QString, en);
    QCOMPARE(formatDelta(value, reference, kind, english()), en);
}

void TestNumberFormat::outputs_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("zh");
    // model.md: broker's break-even paid rate 31.0 %.
    QTest::newRow("break-even paid rate 31.0 %") << "breakEvenPaidRate" << 0.310 << "31.0%"
                                                 << "31.0%";
    QTest::newRow("exactly 100 % still reachable") << "breakEvenPaidRate" << 1.0 << "100%"
                                                   << "100%";
    // Costs above the full price: no paid rate breaks even.
    QTest::newRow("161 % is not reachable") << "breakEvenPaidRate" << 1.61 << "not reachable"
                                            << "不可达";
    QTest::newRow("other ratios above 100 % are figures") << "costProfitMargin" << 5.45 << "545%"
                                                          << "545%";
}

void TestNumberFormat::outputs()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(QString, en);
    QFETCH(QString, zh);
    const OutputInfo &o = *findOutput(id.toStdString());
    QCOMPARE(formatOutput(o, value, english()), en);
    QCOMPARE(formatOutput(o, value, chinese()), zh);
}

void TestNumberFormat::axisNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("zh");
    // The axes: 2000000 and 8·10⁶ GPUs, 2.9418e+06 USD.
    QTest::newRow("2 million") << 2e6 << "2.00M"
                               << "200万";
    QTest::newRow("8 million") << 8e6 << "8.00M"
                               << "800万";
    QTest::newRow("2.9418 million") << 2.9418e6 << "2.94M"
                                    << "294万";
    QTest::newRow("3 billion") << 3e9 << "3.00B"
                               << "30.00亿";
    QTest::newRow("a year stays a year") << 2025.0 << "2025"
                                         << "2025";
    QTest::newRow("2,500 GPUs tick") << 2500.0 << "2500"
                                     << "2500";
    QTest::newRow("half") << 0.5 << "0.5"
                          << "0.5";
    QTest::newRow("minus fifty") << -50.0 << "−50"
                                 << "−50";
    QTest::newRow("zero") << 0.0 << "0"
                          << "0";
    QTest::newRow("minus 20 thousand") << -2e4 << "−20.0K"
                                       << "−2.00万";
}

void TestNumberFormat::axisNumbers()
{
    QFETCH(double, value);
    QFETCH(QString, en);
    QFETCH(QString, zh);
    QCOMPARE(axisNumber(value, english()), en);
    QCOMPARE(axisNumber(value, chinese()), zh);
}

QTEST_APPLESS_MAIN(TestNumberFormat)
#include "test_numberformat.moc"
