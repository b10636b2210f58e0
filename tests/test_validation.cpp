// SPDX-License-Identifier: GPL-3.0-or-later
// Every refusal of model.md's domains, and proof that what is accepted never
// makes the model emit NaN or infinity.
#include "core/model/model.h"
#include "core/model/outputs.h"
#include "core/model/registry.h"
#include "testutil.h"
#include "core/model/validation.h"

#include <clocale>
#include <random>

using namespace cc;
using Kind = ValidationError::Kind;
Q_DECLARE_METATYPE(ValidationError::Kind)

namespace {

void expectFinite(const Inputs &in, const QString &where)
{
    const Results r = evaluate(in);
    for (const OutputInfo &o : outputs())
        if (const std::optional<double> v = o.get(r))
            QVERIFY2(std::isfinite(*v),
                     qPrintable(where + QStringLiteral(": ") + qs(o.id) + QStringLiteral(" not finite")));
    for (const WaterfallEntry &e : r.waterfall)
        QVERIFY2(std::isfinite(e.value), qPrintable(where + QStringLiteral(": waterfall not finite")));
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void defaultsAreValid();
    void numbersIgnoreTheLocale_data();
    void numbersIgnoreTheLocale();
    void domainCornersStayFinite_data();
    void domainCornersStayFinite();
    void randomDomainPointsStayFinite();
};

void TestValidation::parse_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("fragment"); // the message must name the field, the value and the range

    const Kind ok = Kind::OutOfRange; // ignored for accepted rows
    QTest::newRow("paid rate 0.4") << "paidRate"
                                   << "0.4" << true << ok << "";
    QTest::newRow("paid rate 1 (DS theoretical)") << "paidRate"
                                                  << "1" << true << ok << "";
    QTest::newRow("paid rate 0") << "paidRate"
                                 << "0" << false << Kind::OutOfRange
                                 << "paidRate: 0 is outside the valid range [0.001, 1]";
    QTest::newRow("paid rate above 1") << "paidRate"
                                       << "1.0001" << false << Kind::OutOfRange
                                       << "paidRate: 1.0001 is outside the valid range [0.001, 1]";
    QTest::newRow("paid rate as percent") << "paidRate"
                                          << "40" << false << Kind::OutOfRange << "paidRate: 40 is outside";
    QTest::newRow("GPU share 0") << "gpuShareOfTotalCost"
                                 << "0" << false << Kind::OutOfRange << "gpuShareOfTotalCost: 0";
    QTest::newRow("utilization 0") << "utilization"
                                   << "0" << false << Kind::OutOfRange << "utilization: 0";
    QTest::newRow("utilization 1.2") << "utilization"
                                     << "1.2" << false << Kind::OutOfRange << "[0.001, 1]";
    QTest::newRow("price realization 0") << "priceRealization"
                                         << "0" << false << Kind::OutOfRange << "priceRealization";
    QTest::newRow("cache hit 0 is allowed") << "cacheHitShare"
                                            << "0" << true << ok << "";
    QTest::newRow("cache hit 1 is allowed") << "cacheHitShare"
                                            << "1" << true << ok << "";
    QTest::newRow("cache hit above 1") << "cacheHitShare"
                                       << "1.01" << false << Kind::OutOfRange
                                       << "cacheHitShare: 1.01 is outside the valid range [0, 1]";
    QTest::newRow("occupancy 0 is allowed") << "occupancy"
                                            << "0" << true << ok << "";
    QTest::newRow("occupancy negative") << "occupancy"
                                        << "-0.1" << false << Kind::OutOfRange << "occupancy: -0.1";
    QTest::newRow("peak below the average")
        << "peakMultiplier"
        << "0.99" << false << Kind::OutOfRange << "peakMultiplier: 0.99 is outside the valid range [1, 100]";
    QTest::newRow("peak equal to the average") << "peakMultiplier"
                                               << "1" << true << ok << "";
    QTest::newRow("no cards") << "cards"
                              << "0" << false << Kind::OutOfRange << "cards: 0 is outside the valid range [1, 1e+07]";
    QTest::newRow("half a card") << "cards"
                                 << "10.5" << false << Kind::NotWhole << "cards: 10.5 is not a whole number";
    QTest::newRow("no GPUs per node") << "gpusPerNode"
                                      << "0" << false << Kind::OutOfRange << "gpusPerNode: 0";
    QTest::newRow("depreciation under a year") << "depreciationYears"
                                               << "0.5" << false << Kind::OutOfRange << "depreciationYears: 0.5";
    QTest::newRow("opex 0 is allowed") << "opexCnyMillionsPerYear"
                                       << "0" << true << ok << "";
    QTest::newRow("opex negative") << "opexCnyMillionsPerYear"
                                   << "-1" << false << Kind::OutOfRange << "opexCnyMillionsPerYear: -1";
    QTest::newRow("capex 0") << "capexCnyMillions"
                             << "0" << false << Kind::OutOfRange << "capexCnyMillions: 0";
    QTest::newRow("no users") << "dauMillions"
                              << "0" << false << Kind::OutOfRange << "dauMillions: 0";
    QTest::newRow("no tokens") << "outputTokensPerDau"
                               << "0" << false << Kind::OutOfRange << "outputTokensPerDau: 0";
    QTest::newRow("free output") << "priceOutputUsdPerM"
                                 << "0" << false << Kind::OutOfRange << "priceOutputUsdPerM: 0";
    QTest::newRow("free GPUs") << "gpuHourPriceUsd"
                               << "0" << false << Kind::OutOfRange << "gpuHourPriceUsd: 0";
    QTest::newRow("no parameters") << "activeParamsBillions"
                                   << "0" << false << Kind::OutOfRange << "activeParamsBillions: 0";
    QTest::newRow("no TFLOPS") << "cardPeakTflops"
                               << "0" << false << Kind::OutOfRange << "cardPeakTflops: 0";
    QTest::newRow("no rent") << "rentalCnyPerCardHour"
                             << "0" << false << Kind::OutOfRange << "rentalCnyPerCardHour: 0";
    QTest::newRow("NaN") << "paidRate"
                         << "nan" << false << Kind::NotFinite << "paidRate: nan is not a finite number";
    QTest::newRow("infinity") << "dauMillions"
                              << "inf" << false << Kind::NotFinite << "dauMillions: inf is not a finite number";
    QTest::newRow("minus infinity") << "opexCnyMillionsPerYear"
                                    << "-inf" << false << Kind::NotFinite << "not a finite number";
    QTest::newRow("overflowing literal") << "dauMillions"
                                         << "1e999" << false << Kind::Overflow
                                         << "dauMillions: 1e999 is too large to represent";
    QTest::newRow("underflowing literal") << "occupancy"
                                          << "1e-400" << false << Kind::Underflow
                                          << "occupancy: 1e-400 is too small to represent (it would be rounded to 0)";
    QTest::newRow("leading plus") << "paidRate"
                                  << "+0.4" << true << ok << "";
    QTest::newRow("plus minus") << "paidRate"
                                << "+-0.4" << false << Kind::NotANumber << "'+-0.4' is not a number";
    QTest::newRow("text") << "paidRate"
                          << "forty" << false << Kind::NotANumber
                          << "paidRate: 'forty' is not a number; valid range [0.001, 1]";
    QTest::newRow("empty") << "paidRate"
                           << "" << false << Kind::NotANumber << "paidRate: '' is not a number";
    QTest::newRow("percent sign") << "paidRate"
                                  << "40%" << false << Kind::NotANumber << "'40%' is not a number";
    QTest::newRow("decimal comma") << "paidRate"
                                   << "0,4" << false << Kind::NotANumber << "'0,4' is not a number";
    QTest::newRow("billing reserved") << "billing"
                                      << "reserved" << true << ok << "";
    QTest::newRow("billing unknown") << "billing"
                                     << "monthly" << false << Kind::UnknownChoice
                                     << "billing: 'monthly' is not one of elastic | reserved";
    QTest::newRow("unknown id") << "paidrate"
                                << "0.4" << false << Kind::UnknownId << "unknown parameter 'paidrate'";
}

void TestValidation::parse()
{
    QFETCH(QString, id);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(Kind, kind);
    QFETCH(QString, fragment);
    const ParsedValue parsed = parseValue(id.toStdString(), text.toStdString());
    QCOMPARE(!parsed.error.has_value(), accepted);
    if (accepted) {
        Inputs in = defaultInputs();
        setValue(in, *findParameter(id.toStdString()), parsed.value);
        QVERIFY(!validate(in));
        return;
    }
    QCOMPARE(parsed.error->kind, kind);
    const QString message = qs(parsed.error->message());
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestValidation::defaultsAreValid()
{
    QVERIFY(!validate(defaultInputs()));
}

void TestValidation::domainCornersStayFinite_data()
{
    QTest::addColumn<Inputs>("in");
    // Each input alone at either end of its valid range, then all at once.
    Inputs allMin = defaultInputs(), allMax = defaultInputs();
    for (const ParamInfo &p : parameters()) {
        Inputs lo = defaultInputs(), hi = defaultInputs();
        setValue(lo, p, p.min);
        setValue(hi, p, p.max);
        setValue(allMin, p, p.min);
        setValue(allMax, p, p.max);
        QTest::addRow("%s at min", p.id.data()) << lo;
        QTest::addRow("%s at max", p.id.data()) << hi;
    }
    QTest::newRow("all at min") << allMin;
    QTest::newRow("all at max") << allMax;
}

// Inside every input's range the hardware serving method may still be unable
// to serve (too few GPUs for the model, a latency below a step's floor): then
// validate() must say so by name, and the measured method must serve it.
static bool refusedOnlyForServing(Inputs &in)
{
    const auto e = validate(in);
    if (!e)
        return false;
    [&] { QVERIFY2(e->kind == Kind::CannotFit || e->kind == Kind::CannotMeetLatency, e->message().c_str()); }();
    in.servingMethod = ServingMethod::Measured;
    return true;
}

void TestValidation::domainCornersStayFinite()
{
    QFETCH(Inputs, in);
    refusedOnlyForServing(in);
    QVERIFY(!validate(in));
    expectFinite(in, QString::fromLatin1(QTest::currentDataTag()));
}

void TestValidation::randomDomainPointsStayFinite()
{
    // Random corners of the whole domain: every input at one end or the other.
    std::mt19937_64 rng(545);
    for (int i = 0; i < 5000; ++i) {
        Inputs in = defaultInputs();
        for (const ParamInfo &p : parameters())
            setValue(in, p, (rng() & 1) ? p.max : p.min);
        refusedOnlyForServing(in);
        expectFinite(in, QStringLiteral("corner %1").arg(i));
    }
}

void TestValidation::numbersIgnoreTheLocale_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.001") << 0.001 << "0.001";
    QTest::newRow("0.3875419444709711") << 0.3875419444709711 << "0.3875419444709711";
    QTest::newRow("1e+07") << 1e7 << "1e+07";
    QTest::newRow("1e-06") << 1e-6 << "1e-06";
}

void TestValidation::numbersIgnoreTheLocale()
{
    // Qt calls setlocale(LC_ALL, ""): under a decimal-comma locale printf would write "0,001".
    QFETCH(double, value);
    QFETCH(QString, text);
    const char *was = std::setlocale(LC_NUMERIC, nullptr);
    const std::string saved = was ? was : "C";
    if (!std::setlocale(LC_NUMERIC, "de_DE.UTF-8"))
        QFAIL("the de_DE.UTF-8 locale is missing: ./build.sh makes it (localedef)");
    const std::string formatted = formatNumber(value);
    const ParsedValue parsed = parseValue("paidRate", "0.4");
    std::setlocale(LC_NUMERIC, saved.c_str());
    QCOMPARE(qs(formatted), text);
    QCOMPARE(parsed.value, 0.4);
}

QTEST_APPLESS_MAIN(TestValidation)
#include "test_validation.moc"
