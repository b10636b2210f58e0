// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis tools at the sizes issue 7 names: a 400 × 400 data table, a
// 1,000,000-sample Monte Carlo of every output, a full tornado. Each beside
// the straightforward single-threaded version, for the ratio.
#include "core/analysis/datatable.h"
#include "core/analysis/montecarlo.h"
#include "core/model/presets.h"
#include "core/analysis/sweep.h"
#include "core/analysis/tornado.h"
#include "core/chartdata/montecarlodata.h"

#include <benchmark/benchmark.h>

namespace {

const cc::Inputs &broker()
{
    static const cc::Inputs in = cc::presetInputs(*cc::findPreset("broker"));
    return in;
}

void dataTable(benchmark::State &state, int threads)
{
    const std::vector<double> xs = cc::linspace(0.05, 1, 400), ys = cc::linspace(0.2, 1, 400);
    std::vector<double> values(xs.size() * ys.size());
    const cc::ParamInfo &x = *cc::findParameter("paidRate"), &y = *cc::findParameter("gpuShareOfTotalCost");
    const cc::OutputInfo &out = *cc::findOutput("revenueMargin");
    for (auto _ : state) {
        if (threads == 1)
            cc::sweep2d(broker(), x, xs, y, ys, out, 0, values);
        else
            cc::dataTable(broker(), x, xs, y, ys, out, 0, values, threads);
        benchmark::DoNotOptimize(values.data());
    }
}

void monteCarlo(benchmark::State &state, int threads)
{
    using K = cc::Distribution::Kind;
    const cc::UncertainInput uncertain[] = {
        {cc::findParameter("paidRate"), {K::Pert, 0.2, 0.4, 0.7}},
        {cc::findParameter("gpuShareOfTotalCost"), {K::Triangular, 0.4, 0.5, 0.7}},
        {cc::findParameter("utilization"), {K::Normal, 0.77, 0.05, 0}},
        {cc::findParameter("peakMultiplier"), {K::Uniform, 1.1, 1.4, 0}},
        {cc::findParameter("gpuHourPriceUsd"), {K::Lognormal, 2, 0.15, 0}},
    };
    std::vector<const cc::OutputInfo *> outputs;
    for (const cc::OutputInfo &o : cc::outputs())
        outputs.push_back(&o);
    // Storage reused between runs, as the dashboard does when the analyst re-runs
    // after an edit; the first, cold run (fresh memory) is outside the timing.
    cc::MonteCarloResult result = cc::runMonteCarlo(broker(), uncertain, outputs, 1'000'000, 2025, threads);
    for (auto _ : state) {
        result = cc::runMonteCarlo(broker(), uncertain, outputs, 1'000'000, 2025, threads, {}, &result);
        benchmark::DoNotOptimize(result.values.data());
    }
}

} // namespace

static void BM_DataTable400x400(benchmark::State &s)
{
    dataTable(s, 0);
}
static void BM_DataTable400x400_SingleThread(benchmark::State &s)
{
    dataTable(s, 1);
}
static void BM_MonteCarlo1M_AllOutputs(benchmark::State &s)
{
    monteCarlo(s, 0);
}
static void BM_MonteCarlo1M_AllOutputs_SingleThread(benchmark::State &s)
{
    monteCarlo(s, 1);
}
BENCHMARK(BM_DataTable400x400)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DataTable400x400_SingleThread)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_MonteCarlo1M_AllOutputs)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_MonteCarlo1M_AllOutputs_SingleThread)->Unit(benchmark::kMillisecond)->UseRealTime();

// One step of the live Monte Carlo (ui/analysis/montecarlopanel.cpp): 100,000
// samples of the five inputs above, then the statistics and bins of the output
// on show, as the worker computes them off the GUI thread; the drivers wait
// for the full run after the drag. Against the 16.7 ms frame budget.
static void BM_LiveMonteCarloStep(benchmark::State &state)
{
    using K = cc::Distribution::Kind;
    const cc::UncertainInput uncertain[] = {
        {cc::findParameter("paidRate"), {K::Pert, 0.2, 0.4, 0.7}},
        {cc::findParameter("gpuShareOfTotalCost"), {K::Triangular, 0.4, 0.5, 0.7}},
        {cc::findParameter("utilization"), {K::Normal, 0.77, 0.05, 0}},
        {cc::findParameter("peakMultiplier"), {K::Uniform, 1.1, 1.4, 0}},
        {cc::findParameter("gpuHourPriceUsd"), {K::Lognormal, 2, 0.15, 0}},
    };
    std::vector<const cc::OutputInfo *> outputs;
    for (const cc::OutputInfo &o : cc::outputs())
        outputs.push_back(&o);
    const int shown = cc::outputIndex(*cc::findOutput("revenueMargin"));
    cc::MonteCarloResult result = cc::runMonteCarlo(broker(), uncertain, outputs, 100'000, 2025, 0);
    for (auto _ : state) {
        result = cc::runMonteCarlo(broker(), uncertain, outputs, 100'000, 2025, 0, {}, &result);
        const cc::chart::MonteCarloSummary summary = cc::chart::summarizeMonteCarlo(result, uncertain, shown, false);
        benchmark::DoNotOptimize(summary.chart.series.data());
    }
}
BENCHMARK(BM_LiveMonteCarloStep)->Unit(benchmark::kMillisecond)->UseRealTime();

static void BM_Tornado(benchmark::State &state)
{
    const cc::OutputInfo &out = *cc::findOutput("revenueMargin");
    for (auto _ : state) {
        auto bars = cc::tornado(broker(), out);
        benchmark::DoNotOptimize(bars.data());
    }
}
BENCHMARK(BM_Tornado)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
