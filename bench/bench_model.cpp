// SPDX-License-Identifier: GPL-3.0-or-later
// One full evaluation of every block: the unit of work behind every slider
// step, data-table cell and Monte Carlo sample.
#include "core/model/growth.h"
#include "core/model/model.h"
#include "core/model/presets.h"
#include "core/model/registry.h"

#include "core/model/serving.h"

#include <benchmark/benchmark.h>

static void BM_EvaluateAllBlocks(benchmark::State &state)
{
    cc::Inputs in = cc::presetInputs(*cc::findPreset("broker"));
    double paid = 0.4;
    for (auto _ : state) {
        // Vary an input so the compiler cannot hoist the evaluation out of the loop.
        in.paidRate = paid;
        paid = paid < 0.9 ? paid + 1e-6 : 0.4;
        cc::Results r = cc::evaluate(in);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_EvaluateAllBlocks);

// The serving model alone (core/model/serving.h): both phases, the calibration and the walls.
static void BM_ServingRates(benchmark::State &state)
{
    cc::Inputs in = cc::defaultInputs();
    double context = 4'989;
    for (auto _ : state) {
        in.contextTokens = context;
        context = context < 6'000 ? context + 1e-3 : 4'989;
        auto rates = cc::kernel::servingRates(in);
        benchmark::DoNotOptimize(rates);
    }
}
BENCHMARK(BM_ServingRates);

static void BM_EvaluateWithGrowthProjection(benchmark::State &state)
{
    cc::Inputs in = cc::defaultInputs();
    for (auto _ : state) {
        in.paidRate = in.paidRate < 0.9 ? in.paidRate + 1e-6 : 0.4;
        const cc::Results r = cc::evaluate(in);
        auto years = cc::projectGrowth(in, r);
        benchmark::DoNotOptimize(years.data());
    }
}
BENCHMARK(BM_EvaluateWithGrowthProjection);

BENCHMARK_MAIN();
