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
    void inputs_data();
    void inputs();
    void displayScales_data();
    void displayScales();
    void provenance_data();
    void provenance();
    void differs_data();
    void differs();
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
    // A2's idle cards ÷ DS6's 2,178 provisioned GPUs at the defaults: 51.7.
    QTest::newRow("52 DeepSeeks") << 51.66 << OutputKind::MaasCount << "52 DeepSeeks"
                                  << "52 个 DeepSeek";
    QTest::newRow("one DeepSeek, singular") << 1.2 << OutputKind::MaasCount << "1 DeepSeek"
                                            << "1 个 DeepSeek";
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

void TestNumberFormat::inputs_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("full");  // the panel, the report, presentation mode
    QTest::addColumn<QString>("brief"); // the compare table and the tornado's bar labels
    QTest::newRow("GJ's 40 % paid rate") << "paidRate" << 0.4 << "40.0%"
                                         << "40.0%";
    QTest::newRow("DS6's 24,320 input tokens per DAU") << "inputTokensPerDau" << 24320.0 << "24,320"
                                                       << "24,320";
    QTest::newRow("elastic billing, cut at the colon") << "billing" << 0.0 << "Elastic: pay for average GPUs"
                                                       << "Elastic";
}

void TestNumberFormat::inputs()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(QString, full);
    QFETCH(QString, brief);
    const ParamInfo &p = *findParameter(id.toStdString());
    QCOMPARE(formatInput(p, value), full);
    QCOMPARE(formatInputShort(p, value), brief);
}

void TestNumberFormat::displayScales_data()
{
    QTest::addColumn<QString>("id"); // an input, or an output when prefixed "out:"
    QTest::addColumn<double>("scale");
    QTest::newRow("a ratio input in percent") << "paidRate" << 100.0;
    QTest::newRow("users as they are") << "dauMillions" << 1.0;
    QTest::newRow("a ratio output in percent") << "out:revenueMargin" << 100.0;
    QTest::newRow("GPUs as they are") << "out:avgBusyGpus" << 1.0;
}

void TestNumberFormat::displayScales()
{
    QFETCH(QString, id);
    QFETCH(double, scale);
    if (id.startsWith(QStringLiteral("out:")))
        QCOMPARE(displayScale(findOutput(id.mid(4).toStdString())->kind), scale);
    else
        QCOMPARE(displayScale(*findParameter(id.toStdString())), scale);
}

void TestNumberFormat::provenance_data()
{
    QTest::addColumn<int>("provenance");
    QTest::addColumn<QString>("en");
    QTest::newRow("sourced") << int(Provenance::Sourced) << "sourced";
    QTest::newRow("derived") << int(Provenance::Derived) << "derived";
    QTest::newRow("assumption") << int(Provenance::Assumption) << "assumption";
}

void TestNumberFormat::provenance()
{
    QFETCH(int, provenance);
    QFETCH(QString, en);
    QCOMPARE(provenanceText(Provenance(provenance)), en);
}

void TestNumberFormat::differs_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<bool>("definedA");
    QTest::addColumn<bool>("definedB");
    QTest::addColumn<bool>("expected");
    QTest::newRow("equal") << 0.4 << 0.4 << true << true << false;
    QTest::newRow("0.1 + 0.2 is 0.3") << 0.1 + 0.2 << 0.3 << true << true << false;
    QTest::newRow("a 0.1 pt change") << 0.225 << 0.226 << true << true << true;
    QTest::newRow("1e-14 of a large value is no change") << 1e9 << 1e9 + 1e-5 << true << true << false;
    QTest::newRow("anything against zero") << 0.0 << 1e-300 << true << true << true;
    QTest::newRow("undefined against defined") << 0.0 << 3.0 << false << true << true;
    QTest::newRow("undefined against undefined") << 1.0 << 2.0 << false << false << false;
}

void TestNumberFormat::differs()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(bool, definedA);
    QFETCH(bool, definedB);
    QFETCH(bool, expected);
    const auto opt = [](double v, bool defined) { return defined ? std::optional(v) : std::nullopt; };
    QCOMPARE(ui::differs(opt(a, definedA), opt(b, definedB)), expected);
    if (definedA && definedB) {
        QCOMPARE(ui::differs(a, b), expected);
        QCOMPARE(ui::differs(b, a), expected);
    }
}

QTEST_APPLESS_MAIN(TestNumberFormat)
#include "test_numberformat.moc"
