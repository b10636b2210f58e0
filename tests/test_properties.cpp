// SPDX-License-Identifier: GPL-3.0-or-later
// model.md's invariants that hold everywhere, checked over grids of scenarios.
#include "core/model/growth.h"
#include "core/model/model.h"
#include "core/model/outputs.h"
#include "core/model/presets.h"
#include "core/model/registry.h"
#include "core/model/validation.h"
#include "testutil.h"

#include <random>

using namespace cc;

namespace {

void set(Inputs &in, const QString &id, double v)
{
    setValue(in, *findParameter(id.toStdString()), v);
}

// Base scenarios the monotone properties must hold around.
QList<QPair<QString, Inputs>> bases()
{
    QList<QPair<QString, Inputs>> list;
    for (const Preset &p : presets()) {
        Inputs in = presetInputs(p);
        list.append({qs(p.id), in});
        set(in, QStringLiteral("billing"), 1);
        list.append({qs(p.id) + QStringLiteral(" reserved"), in});
    }
    return list;
}

// A random scenario inside the slider ranges (where analysts work) that the
// app accepts: the hardware serving method refuses some (a model that does
// not fit its instance), as the app would.
Inputs randomInputs(std::mt19937_64 &rng)
{
    for (;;) {
        Inputs in = defaultInputs();
        for (const ParamInfo &p : parameters()) {
            std::uniform_real_distribution<double> u(p.sliderMin, p.sliderMax);
            double v = u(rng);
            if (p.whole)
                v = std::round(v);
            setValue(in, p, v);
        }
        if (!validate(in))
            return in;
    }
}

} // namespace

class TestProperties : public QObject {
    Q_OBJECT
private slots:
    void marginMonotone_data();
    void marginMonotone();
    void marginIdentity_data();
    void marginIdentity();
    void growthFactorsMultiplyToTotal_data();
    void growthFactorsMultiplyToTotal();
};

void TestProperties::marginMonotone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Inputs>("base");
    QTest::addColumn<int>("direction"); // +1 rises, −1 falls, 0 unchanged
    // model.md: margin rises with paidRate, utilization, priceRealization,
    // gpuShareOfTotalCost; falls with peakMultiplier (reserved billing) and
    // gpuHourPriceUsd. Under elastic billing the peak costs nothing.
    for (const auto &[name, in] : bases()) {
        const bool reserved = in.billing == Billing::Reserved;
        for (const char *id : {"paidRate", "utilization", "priceRealization", "gpuShareOfTotalCost"})
            QTest::addRow("%s: %s", qPrintable(name), id) << QString::fromLatin1(id) << in << 1;
        QTest::addRow("%s: gpuHourPriceUsd", qPrintable(name)) << QStringLiteral("gpuHourPriceUsd") << in << -1;
        QTest::addRow("%s: peakMultiplier", qPrintable(name))
            << QStringLiteral("peakMultiplier") << in << (reserved ? -1 : 0);
    }
}

void TestProperties::marginMonotone()
{
    QFETCH(QString, input);
    QFETCH(Inputs, base);
    QFETCH(int, direction);
    const ParamInfo &p = *findParameter(input.toStdString());
    double previous = 0;
    const int steps = 40;
    for (int i = 0; i <= steps; ++i) {
        const double v = p.sliderMin + (p.sliderMax - p.sliderMin) * i / steps;
        Inputs in = base;
        setValue(in, p, v);
        const double margin = evaluate(in).revenueMargin;
        if (i > 0) {
            const QString where =
                QStringLiteral("%1 = %2: margin %3 after %4").arg(input).arg(v).arg(margin).arg(previous);
            if (direction > 0)
                QVERIFY2(margin > previous, qPrintable(where));
            else if (direction < 0)
                QVERIFY2(margin < previous, qPrintable(where));
            else
                QVERIFY2(margin == previous, qPrintable(where));
        }
        previous = margin;
    }
}

void TestProperties::marginIdentity_data()
{
    QTest::addColumn<Inputs>("in");
    for (const auto &[name, in] : bases())
        QTest::newRow(qPrintable(name)) << in;
    std::mt19937_64 rng(20250301);
    for (int i = 0; i < 200; ++i)
        QTest::addRow("random %d", i) << randomInputs(rng);
}

void TestProperties::marginIdentity()
{
    QFETCH(Inputs, in);
    const Results r = evaluate(in);
    // rm = cpm / (1 + cpm) (model.md §3), and the break-even paid rate really breaks even.
    CC_COMPARE_ABS(r.revenueMargin, r.costProfitMargin / (1 + r.costProfitMargin),
                   1e-12 * (1 + std::abs(r.revenueMargin)));
    Inputs atBreakEven = in;
    if (r.breakEvenPaidRate <= 1.0 && r.breakEvenPaidRate >= 0.001) {
        atBreakEven.paidRate = r.breakEvenPaidRate;
        CC_COMPARE_ABS(evaluate(atBreakEven).revenueMargin, 0.0, 1e-12);
    }
    // The centre at its break-even occupancy makes neither profit nor loss.
    if (r.breakEvenOccupancy <= 1.0) {
        atBreakEven.occupancy = r.breakEvenOccupancy;
        CC_COMPARE_ABS(evaluate(atBreakEven).annualProfit, 0.0,
                       1e-9 * (in.capexCnyMillions + in.opexCnyMillionsPerYear));
    }
}

void TestProperties::growthFactorsMultiplyToTotal_data()
{
    QTest::addColumn<Inputs>("in");
    QTest::addColumn<double>("annualGrowth");
    // Defaults: 1.20 (DAU) × 1.25 (tokens per DAU) × 1.00 (params) ÷ 1.15
    // (efficiency) = 1.3043 a year, just over A2's ">30 % a year".
    QTest::newRow("defaults: 30.4 %/yr") << defaultInputs() << 1.2 * 1.25 / 1.15;
    Inputs shrinking = defaultInputs();
    shrinking.dauGrowthPerYear = -0.1;
    shrinking.activeParamsGrowthPerYear = 0.5;
    shrinking.efficiencyGainPerYear = 1.0;
    shrinking.projectionYears = 10;
    QTest::newRow("users shrink, params grow, efficiency doubles") << shrinking << 0.9 * 1.25 * 1.5 / 2.0;
}

void TestProperties::growthFactorsMultiplyToTotal()
{
    QFETCH(Inputs, in);
    QFETCH(double, annualGrowth);
    const Results base = evaluate(in);
    const std::vector<GrowthYear> years = projectGrowth(in, base);
    QCOMPARE(int(years.size()), int(in.projectionYears) + 1);
    QCOMPARE(years.front().year, 2025);
    for (std::size_t t = 0; t < years.size(); ++t) {
        const GrowthYear &y = years[t];
        const double factors = std::exp(y.logParams) * std::exp(y.logData) * std::exp(y.logEfficiency);
        CC_COMPARE_ABS(y.provisionedGpus / base.provisionedGpus, factors, 1e-9 * factors);
        CC_COMPARE_ABS(y.provisionedGpus / base.provisionedGpus, std::pow(annualGrowth, double(t)), 1e-9 * factors);
    }
}

QTEST_APPLESS_MAIN(TestProperties)
#include "test_properties.moc"
