// SPDX-License-Identifier: GPL-3.0-or-later
// The Monte Carlo's batches (eight samples through modelkernel.h at once) must
// give every output exactly as evaluate() does, bit for bit, so that an output
// added to the model cannot come out differently in a Monte Carlo.
#include "core/model/model.h"
#include "core/analysis/montecarlo.h"
#include "core/model/outputs.h"
#include "core/model/presets.h"
#include "core/model/registry.h"
#include "core/analysis/sweep.h"
#include "core/model/validation.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace cc;

namespace {

// Anywhere in the valid range, not only the sliders': log-uniform where the range
// spans decades, so that both small and large values come up.
Inputs randomValidInputs(std::mt19937_64 &rng, Billing billing, SupplyBasis supply = SupplyBasis::Centres)
{
    for (;;) {
        Inputs in = defaultInputs();
        for (const ParamInfo &p : parameters()) {
            if (p.isChoice())
                continue;
            const double low = p.min, high = std::isfinite(p.max) ? p.max : std::max(1.0, p.min) * 1e6;
            std::uniform_real_distribution<double> u(0, 1);
            double v = low > 0 && high / low > 100 ? low * std::pow(high / low, u(rng)) : low + (high - low) * u(rng);
            if (p.whole)
                v = std::round(v);
            setValue(in, p, std::clamp(v, p.min, p.max));
        }
        in.billing = billing;
        in.nationalSupplyBasis = supply;
        if (!validate(in))
            return in;
    }
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestModelBatch : public QObject {
    Q_OBJECT
private slots:
    void batchEqualsEvaluate_data()
    {
        QTest::addColumn<int>("billing");
        QTest::addColumn<int>("supply");
        QTest::addColumn<quint64>("seed");
        const int centres = int(SupplyBasis::Centres), eflops = int(SupplyBasis::Eflops);
        QTest::newRow("elastic, seed 1") << int(Billing::Elastic) << centres << quint64(1);
        QTest::newRow("reserved, seed 2") << int(Billing::Reserved) << centres << quint64(2);
        QTest::newRow("elastic, seed 3") << int(Billing::Elastic) << centres << quint64(3);
        QTest::newRow("reserved, supply from EFLOPS, seed 4") << int(Billing::Reserved) << eflops << quint64(4);
    }

    void batchEqualsEvaluate()
    {
        QFETCH(int, billing);
        QFETCH(int, supply);
        QFETCH(quint64, seed);
        std::mt19937_64 rng(seed);
        long undefinedSeen = 0;
        for (int batch = 0; batch < 2000; ++batch) {
            Inputs scenario[laneCount];
            for (Inputs &in : scenario)
                in = randomValidInputs(rng, Billing(billing), SupplyBasis(supply));
            LaneInputs lanes;
            broadcast(scenario[0], lanes);
            for (const ParamInfo &p : parameters())
                if (const auto *field = std::get_if<double Inputs::*>(&p.field))
                    for (int j = 0; j < laneCount; ++j)
                        laneField(lanes, *field)[j] = scenario[j].**field;
            LaneResults laneResults;
            evaluate(lanes, laneResults);
            Lanes batchOut[outputCount];
            writeOutputs(laneResults, batchOut);
            for (int j = 0; j < laneCount; ++j) {
                double one[outputCount];
                writeOutputs(evaluate(scenario[j]), std::nan(""), one);
                for (int k = 0; k < outputCount; ++k) {
                    undefinedSeen += std::isnan(one[k]);
                    if (!same(one[k], batchOut[k][j]))
                        QFAIL(qPrintable(QStringLiteral("%1 in batch %2, lane %3: evaluate() %4, batch %5")
                                             .arg(QLatin1StringView(outputs()[k].id))
                                             .arg(batch)
                                             .arg(j)
                                             .arg(one[k], 0, 'g', 17)
                                             .arg(batchOut[k][j], 0, 'g', 17)));
                }
            }
        }
        QVERIFY2(undefinedSeen > 0, "the random scenarios should reach an undefined output too");
    }

    // The heat map's and data table's grid, eight cells at a time, against one
    // evaluate() per cell — with the serving model's shape computed once for the
    // grid (neither axis feeds it) and per cell (an axis does).
    void sweep2dEqualsEvaluate_data()
    {
        QTest::addColumn<QString>("x");
        QTest::addColumn<QString>("y");
        QTest::newRow("occupancy × paid rate: serving shape shared") << "occupancy"
                                                                     << "paidRate";
        QTest::newRow("utilization × paid rate: shared, scaled per cell") << "utilization"
                                                                          << "paidRate";
        QTest::newRow("context × TPOT: serving per cell") << "contextTokens"
                                                          << "decodeTpotMs";
        QTest::newRow("decode instance × utilization: serving per cell") << "decodeGpusPerInstance"
                                                                         << "utilization";
    }

    void sweep2dEqualsEvaluate()
    {
        QFETCH(QString, x);
        QFETCH(QString, y);
        std::mt19937_64 rng(7);
        const Inputs base = randomValidInputs(rng, Billing::Reserved);
        const ParamInfo &px = *findParameter(x.toStdString()), &py = *findParameter(y.toStdString());
        const std::vector<double> xs = linspace(px.min, std::min(px.max, px.min * 1e3 + 1), 21),
                                  ys = linspace(py.min, std::min(py.max, py.min * 1e3 + 1), 13);
        for (const OutputInfo &out : outputs()) {
            std::vector<double> values(xs.size() * ys.size());
            sweep2d(base, px, xs, py, ys, out, -7, values);
            for (std::size_t iy = 0; iy < ys.size(); ++iy)
                for (std::size_t ix = 0; ix < xs.size(); ++ix) {
                    Inputs in = base;
                    setValue(in, py, ys[iy]);
                    setValue(in, px, xs[ix]);
                    // Infeasible cells too (cannot fit, cannot meet the TPOT): the same arithmetic either way.
                    QVERIFY2(same(out.get(evaluate(in)).value_or(-7), values[iy * xs.size() + ix]),
                             qPrintable(QLatin1StringView(out.id)));
                }
        }
    }

    // sweep() (the paid-rate curve, the heat map's break-even line, the centre's
    // profit curve, the tornado) is one lane row: every output at every point is
    // what evaluate() gives there, those that need the market block included.
    void sweepEqualsEvaluate_data()
    {
        QTest::addColumn<QString>("x");
        QTest::newRow("paid rate") << "paidRate";
        QTest::newRow("GPU share of total cost") << "gpuShareOfTotalCost";
        QTest::newRow("occupancy") << "occupancy";
        QTest::newRow("utilization: serving shape shared") << "utilization";
        QTest::newRow("context: serving per point") << "contextTokens";
        QTest::newRow("billing: a choice, one point at a time") << "billing";
    }

    void sweepEqualsEvaluate()
    {
        QFETCH(QString, x);
        std::mt19937_64 rng(11);
        const Inputs base = randomValidInputs(rng, Billing::Reserved);
        const ParamInfo &px = *findParameter(x.toStdString());
        const std::vector<double> xs = linspace(px.min, std::min(px.max, px.min * 1e3 + 1), 19);
        for (const OutputInfo &out : outputs()) {
            const std::vector<double> values = sweep(base, px, xs, out, -7);
            QCOMPARE(values.size(), xs.size());
            for (std::size_t i = 0; i < xs.size(); ++i) {
                Inputs in = base;
                setValue(in, px, xs[i]);
                QVERIFY2(same(out.get(evaluate(in)).value_or(-7), values[i]), qPrintable(QLatin1StringView(out.id)));
            }
        }
    }

    // A Monte Carlo sample is the model at the inputs it drew, with the serving
    // shape shared (no uncertain input feeds it) or computed per batch.
    void monteCarloSampleIsTheModelAtItsDraw_data()
    {
        QTest::addColumn<QStringList>("uncertain");
        QTest::newRow("utilization, paid rate: serving shape shared") << QStringList{"utilization", "paidRate"};
        QTest::newRow("context, utilization: serving per batch") << QStringList{"contextTokens", "utilization"};
        QTest::newRow("TPOT: serving per batch") << QStringList{"decodeTpotMs"};
    }

    void monteCarloSampleIsTheModelAtItsDraw()
    {
        QFETCH(QStringList, uncertain);
        // On the 910B, memory-bound: its decode rate moves with context and TPOT
        // (DS6's network-bound H800s' does not).
        Inputs base = defaultInputs();
        base.card = Card::Ascend910B;
        std::vector<UncertainInput> inputs;
        for (const QString &id : uncertain) {
            const ParamInfo *p = findParameter(id.toStdString());
            const double v = valueOf(base, *p);
            inputs.push_back({p, {Distribution::Kind::Uniform, v * 0.8, v * 1.1, 0}});
        }
        const OutputInfo *shown[] = {&output(&Results::decodeTokensPerSecPerGpu),
                                     &output(&Results::decodeSequencesPerGpu), &output(&Results::avgBusyGpus)};
        const MonteCarloResult r = runMonteCarlo(base, inputs, shown, 1000, 11, 1);
        for (int i = 0; i < 64; ++i) {
            Inputs in = base;
            for (int k = 0; k < int(inputs.size()); ++k)
                setValue(in, *inputs[std::size_t(k)].param, r.input(k, i));
            const Results expected = evaluate(in);
            // The draw is stored as a float: the model at it agrees to float precision.
            for (int o = 0; o < int(std::size(shown)); ++o) {
                const double want = *shown[o]->get(expected);
                QVERIFY2(std::abs(r.value(o, i) - want) <= 1e-5 * std::abs(want),
                         qPrintable(QStringLiteral("%1, sample %2: %3 vs %4")
                                        .arg(QLatin1StringView(shown[o]->id))
                                        .arg(i)
                                        .arg(r.value(o, i))
                                        .arg(want)));
            }
        }
    }

    // Broadcasting a scenario into every lane and reading back each numeric input.
    void broadcastKeepsEveryInput()
    {
        const Inputs in = presetInputs(*findPreset("broker"));
        LaneInputs lanes;
        broadcast(in, lanes);
        QCOMPARE(lanes.billing, in.billing);
        QCOMPARE(lanes.nationalSupplyBasis, in.nationalSupplyBasis);
        for (int j = 0; j < laneCount; ++j)
            QVERIFY(laneInputs(lanes, j) == in);
        for (const ParamInfo &p : parameters())
            if (const auto *field = std::get_if<double Inputs::*>(&p.field))
                for (int j = 0; j < laneCount; ++j)
                    QCOMPARE(laneField(lanes, *field)[j], in.**field);
    }
};

QTEST_GUILESS_MAIN(TestModelBatch)
#include "test_modelbatch.moc"
