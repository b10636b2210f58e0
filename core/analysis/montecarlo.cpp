// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/montecarlo.h"

#include "core/analysis/sampler.h"

#include "core/model/market.h"
#include "core/model/model.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <thread>
#if defined(__SSE2__)
#include <immintrin.h>
#endif

namespace cc {

using sampling::mix;
using sampling::Sampler;
using sampling::UniformLanes;

namespace {

// A chunk is one block of MonteCarloResult::values.
constexpr int chunkSize = MonteCarloResult::blockSamples;
constexpr double undefined = std::numeric_limits<double>::quiet_NaN();

double quantile(std::vector<float> &v, double q)
{
    if (v.empty())
        return 0;
    const std::size_t k = std::min(v.size() - 1, static_cast<std::size_t>(q * (v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
    return v[k];
}

// Ranks (ties share their average rank) of the samples listed in `keep`; at(i) is sample i's value.
template <class At>
std::vector<double> ranks(At at, const std::vector<std::size_t> &keep)
{
    std::vector<std::size_t> order(keep.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return at(keep[a]) < at(keep[b]); });
    std::vector<double> r(keep.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && at(keep[order[j + 1]]) == at(keep[order[i]]))
            ++j;
        const double average = (i + j) / 2.0;
        for (std::size_t k = i; k <= j; ++k)
            r[order[k]] = average;
        i = j + 1;
    }
    return r;
}

} // namespace

namespace {

// Samples drawn at a time inside a chunk: a block's draws (2 KB an input) and
// its shown outputs' floats (1 KB an output) stay in cache while the model
// runs over them.
constexpr int blockSize = 256;
static_assert(chunkSize % blockSize == 0 && blockSize % laneCount == 0);

// What every chunk of a run shares.
struct Plan {
    const Inputs &base;
    std::span<const UncertainInput> uncertain;
    std::vector<Sampler> samplers;
    std::vector<double Inputs::*> fields; // null for a choice (billing), set through setValue
    std::vector<std::uint64_t> streams;   // each input's stream key: its place in the registry
    std::vector<int> index;               // each shown output's place in writeOutputs()
    bool batched;
    bool market;
    const MarketOutlook *outlook;
    const kernel::ServingShape<double> *serving;
    std::uint64_t seed;
    MonteCarloResult &r;
};

// One worker's own storage, reused from chunk to chunk.
struct Scratch {
    explicit Scratch(const Plan &plan)
        : x(plan.uncertain.size() * blockSize), staged(plan.index.size() * blockSize), in(plan.base)
    {
        broadcast(plan.base, lanes);
        for (double Inputs::*field : plan.fields)
            laneFields.push_back(field ? &laneField(lanes, field) : nullptr);
    }
    std::vector<double> x;     // [k·blockSize + i]: input k's value in the block's sample i
    std::vector<float> staged; // [k·blockSize + i]: shown output k in the block's sample i
    double u[blockSize];
    LaneInputs lanes;
    std::vector<Lanes *> laneFields;
    LaneResults results;
    Inputs in;                     // every uncertain input is overwritten in each sample
    std::vector<UniformLanes> rng; // each input's generators, seeded anew for each chunk
};

// n floats to where the result keeps them, one output's 1 KB run at a time.
// Non-temporal stores write the lines without reading them first (the result
// is 116 MB at a million samples and 29 outputs, far more than any cache), and
// a run of consecutive lines keeps the CPU's write-combining buffers full —
// interleaved 16-byte stores to 29 outputs left each store waiting on the read
// of its line.
void storeRun(float *dst, const float *src, int n)
{
#if defined(__SSE2__)
    if (reinterpret_cast<std::uintptr_t>(dst) % 16 == 0 && n % 4 == 0) {
        for (int i = 0; i < n; i += 4)
            _mm_stream_ps(dst + i, _mm_loadu_ps(src + i));
        return;
    }
#endif
    std::memcpy(dst, src, std::size_t(n) * sizeof(float));
}

// One chunk: draw a block of every input, run the model over it, store.
// Returns how many draws were clamped into their input's valid range.
// AVX2 where the CPU has it: the generators, the quantile functions and the
// stores take four lanes an instruction instead of two (the model's own
// clone is in model.cpp). The same IEEE operations either way.
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default"), flatten))
#endif
long runChunk(const Plan &plan, int chunk, Scratch &s)
{
    MonteCarloResult &r = plan.r;
    const std::size_t nIn = plan.uncertain.size(), nOut = plan.index.size();
    const int begin = chunk * chunkSize, end = std::min(r.samples, begin + chunkSize);
    std::vector<UniformLanes> &rng = s.rng;
    rng.clear();
    for (std::size_t k = 0; k < nIn; ++k)
        rng.emplace_back(mix(plan.seed ^ mix(static_cast<std::uint64_t>(chunk))) ^ mix(~plan.streams[k]));
    long outside = 0;
    for (int first = begin; first < end; first += blockSize) {
        const int m = std::min(blockSize, end - first);
        const int padded = (m + laneCount - 1) / laneCount * laneCount;
        for (std::size_t k = 0; k < nIn; ++k) {
            rng[k].fill(s.u, padded);
            double *x = s.x.data() + k * blockSize;
            plan.samplers[k].transform(s.u, x, padded);
            const ParamInfo &p = *plan.uncertain[k].param;
            float *drawn = r.inputSamples.data() + k * std::size_t(r.samples) + first;
            for (int i = 0; i < m; ++i) {
                const double v = p.whole ? std::round(x[i]) : x[i];
                const double inside = std::clamp(v, p.min, p.max);
                outside += inside != v;
                x[i] = inside;
                drawn[i] = static_cast<float>(inside);
            }
        }
        if (plan.batched) {
            // laneCount samples through the model at once (modelkernel.h), each
            // shown output staged in a run of its own, in cache.
            for (int g = 0; g < m; g += laneCount) {
                for (std::size_t k = 0; k < nIn; ++k)
                    std::memcpy(s.laneFields[k], s.x.data() + k * blockSize + g, sizeof(Lanes));
                evaluate(s.lanes, s.results, plan.market, plan.outlook, plan.serving);
                Lanes all[outputCount];
                writeOutputs(s.results, all);
                using Floats = float __attribute__((vector_size(laneCount * sizeof(float))));
                for (std::size_t k = 0; k < nOut; ++k) {
                    const Floats f = __builtin_convertvector(all[plan.index[k]], Floats);
                    std::memcpy(s.staged.data() + k * blockSize + g, &f, sizeof f);
                }
            }
            float *block = r.values.data() + r.valueIndex(0, std::size_t(first));
            for (std::size_t k = 0; k < nOut; ++k)
                storeRun(block + k * MonteCarloResult::blockStride, s.staged.data() + k * blockSize, m);
        } else {
            // A choice (billing) is one value per batch: one sample at a time.
            for (int i = 0; i < m; ++i) {
                for (std::size_t k = 0; k < nIn; ++k) {
                    const double v = s.x[k * blockSize + i];
                    if (plan.fields[k])
                        s.in.*plan.fields[k] = v;
                    else
                        setValue(s.in, *plan.uncertain[k].param, v);
                }
                double all[outputCount];
                writeOutputs(evaluate(s.in), undefined, all);
                for (std::size_t k = 0; k < nOut; ++k)
                    r.values[r.valueIndex(k, std::size_t(first + i))] = static_cast<float>(all[plan.index[k]]);
            }
        }
    }
#if defined(__SSE2__)
    _mm_sfence(); // the streamed stores visible before the chunk is counted done
#endif
    return outside;
}

} // namespace

MonteCarloResult runMonteCarlo(const Inputs &base, std::span<const UncertainInput> uncertain,
                               std::span<const OutputInfo *const> outputs, int samples, std::uint64_t seed, int threads,
                               const std::function<bool(double)> &progress, MonteCarloResult *reuse)
{
    MonteCarloResult r = reuse ? std::move(*reuse) : MonteCarloResult{};
    r.samples = std::max(samples, 0);
    r.outputs.assign(outputs.begin(), outputs.end());
    r.inputCount = static_cast<int>(uncertain.size());
    r.values.resize(std::size_t((r.samples + MonteCarloResult::blockSamples - 1) / MonteCarloResult::blockSamples) *
                    outputs.size() * MonteCarloResult::blockStride);
    r.inputSamples.resize(std::size_t(r.samples) * uncertain.size());
    const int chunks = (r.samples + chunkSize - 1) / chunkSize;
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

    // The market's year table is the same for every sample unless an uncertain
    // input feeds it: then it is computed once here, not once per sample.
    const bool sharedOutlook = std::none_of(uncertain.begin(), uncertain.end(),
                                            [](const UncertainInput &u) { return feedsMarketOutlook(u.param->group); });
    // The serving model's shape likewise (utilization only scales it).
    const bool sharedServing = std::none_of(uncertain.begin(), uncertain.end(),
                                            [](const UncertainInput &u) { return feedsServingShape(*u.param); });
    Plan plan{base, uncertain, {}, {}, {}, {}, true, false, nullptr, nullptr, seed, r};
    for (const OutputInfo *o : outputs) {
        plan.index.push_back(outputIndex(*o));
        plan.market = plan.market || needsMarketBlock(*o); // the lanes run it only when an output needs it
    }
    const std::span<const ParamInfo> registry = parameters();
    for (const UncertainInput &u : uncertain) {
        plan.samplers.emplace_back(u.distribution); // PERT tables built once per run
        const auto *field = std::get_if<double Inputs::*>(&u.param->field);
        plan.fields.push_back(field ? *field : nullptr);
        plan.batched = plan.batched && field;
        plan.streams.push_back(static_cast<std::uint64_t>(u.param - registry.data()));
    }
    const std::optional<MarketOutlook> outlook =
        plan.market && sharedOutlook ? std::optional(marketOutlook(base)) : std::nullopt;
    const std::optional<kernel::ServingShape<double>> serving =
        sharedServing ? std::optional(kernel::servingShape(base)) : std::nullopt;
    plan.outlook = outlook ? &*outlook : nullptr;
    plan.serving = serving ? &*serving : nullptr;

    std::atomic<int> next{0}, done{0};
    std::atomic<long> clamped{0};
    std::atomic<bool> cancel{false};
    auto worker = [&] {
        Scratch scratch(plan);
        for (int chunk; !cancel && (chunk = next++) < chunks;) {
            clamped += runChunk(plan, chunk, scratch);
            ++done;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    if (progress) {
        // The caller's thread reports progress and may cancel; the pool works.
        pool.emplace_back(worker);
        while (done < chunks && !cancel) {
            if (!progress(double(done) / std::max(chunks, 1)))
                cancel = true;
            // Short: a live run (≈ 5 ms) should not wait a whole poll to be collected.
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    } else {
        worker();
    }
    for (std::thread &t : pool)
        t.join();
    r.cancelled = cancel;
    r.clamped = clamped;
    return r;
}

OutputStatistics statistics(const MonteCarloResult &r, int outputIndex)
{
    OutputStatistics s;
    std::vector<float> v;
    v.reserve(r.samples);
    double sum = 0, sumSq = 0;
    long below = 0;
    for (int i = 0; i < r.samples; ++i) {
        const float x = r.value(outputIndex, i);
        if (std::isnan(x)) {
            ++s.undefined;
            continue;
        }
        v.push_back(x);
        sum += x;
        sumSq += double(x) * x;
        below += x < 0;
    }
    s.defined = static_cast<long>(v.size());
    if (v.empty())
        return s;
    s.mean = sum / s.defined;
    const double variance =
        std::max(0.0, sumSq / s.defined - s.mean * s.mean) * s.defined / std::max(1L, s.defined - 1);
    s.standardError = std::sqrt(variance / s.defined);
    s.probabilityBelowZero = double(below) / s.defined;
    s.p5 = quantile(v, 0.05);
    s.p50 = quantile(v, 0.50);
    s.p95 = quantile(v, 0.95);
    return s;
}

std::vector<Sensitivity> sensitivity(const MonteCarloResult &r, std::span<const UncertainInput> uncertain,
                                     int outputIndex)
{
    std::vector<std::size_t> keep;
    for (int i = 0; i < r.samples; ++i)
        if (!std::isnan(r.value(outputIndex, i)))
            keep.push_back(i);
    std::vector<Sensitivity> list;
    if (keep.size() < 3)
        return list;
    const std::vector<double> ro = ranks([&](std::size_t i) { return r.value(outputIndex, int(i)); }, keep);
    const double mean = (keep.size() - 1) / 2.0;
    for (std::size_t k = 0; k < uncertain.size(); ++k) {
        const std::vector<double> ri = ranks([&](std::size_t i) { return r.input(int(k), int(i)); }, keep);
        double sxy = 0, sxx = 0, syy = 0;
        for (std::size_t i = 0; i < keep.size(); ++i) {
            sxy += (ri[i] - mean) * (ro[i] - mean);
            sxx += (ri[i] - mean) * (ri[i] - mean);
            syy += (ro[i] - mean) * (ro[i] - mean);
        }
        list.push_back({uncertain[k].param, sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0});
    }
    std::sort(list.begin(), list.end(), [](const Sensitivity &a, const Sensitivity &b) {
        return std::abs(a.correlation) > std::abs(b.correlation);
    });
    return list;
}

} // namespace cc
