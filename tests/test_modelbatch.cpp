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

    // The heat map's and data table's grid, eight cells at a time, against one evaluate() per cell.
    void sweep2dEqualsEvaluate()
    {
        std::mt19937_64 rng(7);
        const Inputs base = randomValidInputs(rng, Billing::Reserved);
        const ParamInfo &x = *findParameter("occupancy"), &y = *findParameter("paidRate");
        const std::vector<double> xs = linspace(0.01, 1, 21), ys = linspace(0.05, 1, 13);
        for (const OutputInfo &out : outputs()) {
            std::vector<double> values(xs.size() * ys.size());
            sweep2d(base, x, xs, y, ys, out, -7, values);
            for (std::size_t iy = 0; iy < ys.size(); ++iy)
                for (std::size_t ix = 0; ix < xs.size(); ++ix) {
                    Inputs in = base;
                    setValue(in, y, ys[iy]);
                    setValue(in, x, xs[ix]);
                    QVERIFY2(same(out.get(evaluate(in)).value_or(-7), values[iy * xs.size() + ix]),
                             qPrintable(QLatin1StringView(out.id)));
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
