// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/montecarlo.h"

#include "core/analysis/sampler.h"

#include "core/model/market.h"
#include "core/model/model.h"
#include "core/model/validation.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <random>
#include <thread>

namespace cc {

using sampling::mix;
using sampling::Sampler;
using sampling::Xoshiro256pp;

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

std::string_view distributionKindId(Distribution::Kind k)
{
    switch (k) {
    case Distribution::Kind::Uniform: return "uniform";
    case Distribution::Kind::Triangular: return "triangular";
    case Distribution::Kind::Normal: return "normal";
    case Distribution::Kind::Lognormal: return "lognormal";
    case Distribution::Kind::Pert: return "pert";
    }
    return "";
}

bool distributionKindFromId(std::string_view id, Distribution::Kind *k)
{
    for (auto kind : {Distribution::Kind::Uniform, Distribution::Kind::Triangular, Distribution::Kind::Normal,
                      Distribution::Kind::Lognormal, Distribution::Kind::Pert})
        if (distributionKindId(kind) == id) {
            *k = kind;
            return true;
        }
    return false;
}

std::string distributionProblem(const Distribution &d)
{
    if (!std::isfinite(d.a) || !std::isfinite(d.b) || !std::isfinite(d.c))
        return "its parameters must be finite numbers";
    // Each bound finite is not enough: the sampler works with the width (high − low)
    // and with mean ± many sd, and pert(-1e308, 0, 1e308) makes every sample NaN.
    constexpr double tail = 9; // beyond any quantile a float uniform can reach
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        if (d.a > d.b)
            return "low must not exceed high";
        return std::isfinite(d.b - d.a) ? "" : "high − low is too large to represent";
    case Distribution::Kind::Triangular:
    case Distribution::Kind::Pert:
        if (!(d.a <= d.b && d.b <= d.c))
            return "low ≤ mode ≤ high is required";
        return std::isfinite(d.c - d.a) ? "" : "high − low is too large to represent";
    case Distribution::Kind::Normal:
        if (d.b < 0)
            return "sd must not be negative";
        return std::isfinite(d.a + tail * d.b) && std::isfinite(d.a - tail * d.b)
                   ? ""
                   : "mean ± 9 sd is too large to represent";
    case Distribution::Kind::Lognormal:
        if (!(d.a > 0 && d.b >= 0))
            return "median must be positive and sdLog not negative";
        return std::isfinite(std::exp(std::log(d.a) + tail * d.b)) && std::exp(std::log(d.a) - tail * d.b) > 0
                   ? ""
                   : "median × exp(±9 sdLog) is too large or too small to represent";
    }
    return "";
}

std::string distributionRangeProblem(const ParamInfo &p, const Distribution &d)
{
    // Where most of the mass lies: a distribution entirely outside the valid range
    // would be clamped to one bound and report a spread of 0 — refuse it instead.
    double low = d.a, high = d.kind == Distribution::Kind::Uniform ? d.b : d.c;
    if (d.kind == Distribution::Kind::Normal || d.kind == Distribution::Kind::Lognormal)
        low = high = d.a; // the mean, the median
    if (high < p.min || low > p.max)
        return "lies outside " + std::string(p.id) + "'s valid range " + validRangeText(p) +
               (p.max <= 1 && low > 1 ? " (ratios are fractions: 0.77, not 77)" : "");
    return "";
}

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
    const std::size_t nOut = outputs.size(), nIn = uncertain.size();
    const int chunks = (r.samples + chunkSize - 1) / chunkSize;
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<int> index;
    bool market = false; // the market block runs lane by lane: only when an output needs it
    for (const OutputInfo *o : outputs) {
        index.push_back(outputIndex(*o));
        market = market || needsMarketBlock(*o);
    }
    std::vector<Sampler> prototypes;
    // Numeric inputs are written straight to their member; a choice (billing) goes through setValue.
    std::vector<double Inputs::*> fields;
    for (const UncertainInput &u : uncertain) {
        prototypes.emplace_back(u.distribution); // PERT tables built once, copied per chunk
        const auto *field = std::get_if<double Inputs::*>(&u.param->field);
        fields.push_back(field ? *field : nullptr);
    }
    std::atomic<int> next{0}, done{0};
    std::atomic<long> clamped{0};
    std::atomic<bool> cancel{false};

    // With every uncertain input numeric, eight samples go through the model at
    // once (modelkernel.h); a choice (billing) is one value per batch, so an
    // uncertain billing takes the one-sample path. Both draw in the same order.
    const bool batched = std::find(fields.begin(), fields.end(), nullptr) == fields.end();
    LaneInputs laneBase;
    broadcast(base, laneBase);
    // The market's year table is the same for every sample unless an uncertain
    // input feeds it: then it is computed once here, not once per sample.
    const bool sharedOutlook = std::none_of(uncertain.begin(), uncertain.end(),
                                            [](const UncertainInput &u) { return feedsMarketOutlook(u.param->group); });
    const std::optional<MarketOutlook> outlook =
        market && sharedOutlook ? std::optional(marketOutlook(base)) : std::nullopt;
    // The serving model's shape likewise (utilization only scales it).
    const bool sharedServing = std::none_of(uncertain.begin(), uncertain.end(),
                                            [](const UncertainInput &u) { return feedsServingShape(*u.param); });
    const std::optional<kernel::ServingShape<double>> serving =
        sharedServing ? std::optional(kernel::servingShape(base)) : std::nullopt;

    auto worker = [&] {
        std::vector<Sampler> samplers = prototypes;
        LaneInputs lanes = laneBase;
        std::vector<Lanes *> laneFields;
        for (double Inputs::*field : fields)
            laneFields.push_back(field ? &laneField(lanes, field) : nullptr);
        LaneResults laneResults;
        for (int chunk; !cancel && (chunk = next++) < chunks;) {
            Xoshiro256pp rng(seed ^ mix(static_cast<std::uint64_t>(chunk)));
            const int begin = chunk * chunkSize, end = std::min(r.samples, begin + chunkSize);
            long outside = 0;
            auto drawSample = [&](int i, auto &&set) {
                float *drawn = r.inputSamples.data() + std::size_t(i) * nIn;
                for (std::size_t k = 0; k < nIn; ++k) {
                    const ParamInfo &p = *uncertain[k].param;
                    const double v = samplers[k].draw(rng);
                    const double inside = std::clamp(p.whole ? std::round(v) : v, p.min, p.max);
                    outside += inside != v;
                    set(k, inside);
                    drawn[k] = static_cast<float>(inside);
                }
            };
            if (batched) {
                for (int first = begin; first < end; first += laneCount) {
                    const int n = std::min(laneCount, end - first);
                    for (std::size_t k = 0; k < nIn; ++k) {
                        const ParamInfo &p = *uncertain[k].param;
                        Lanes v{};
                        samplers[k].drawLanes(rng, n, v);
                        Lanes &inside = *laneFields[k];
                        for (int j = 0; j < laneCount; ++j) {
                            inside[j] = std::clamp(p.whole ? std::round(v[j]) : v[j], p.min, p.max);
                        }
                        float *drawn = r.inputSamples.data() + std::size_t(first) * nIn + k;
                        for (int j = 0; j < n; ++j) {
                            outside += inside[j] != v[j];
                            drawn[std::size_t(j) * nIn] = static_cast<float>(inside[j]);
                        }
                    }
                    evaluate(lanes, laneResults, market, outlook ? &*outlook : nullptr, serving ? &*serving : nullptr);
                    Lanes all[outputCount];
                    writeOutputs(laneResults, all);
                    // Eight neighbouring floats per output (see MonteCarloResult::values).
                    using Floats = float __attribute__((vector_size(laneCount * sizeof(float))));
                    float *block = r.values.data() + r.valueIndex(0, std::size_t(first));
                    for (std::size_t k = 0; k < nOut; ++k) {
                        const Floats f = __builtin_convertvector(all[index[k]], Floats);
                        float *dst = block + k * MonteCarloResult::blockStride;
                        if (n == laneCount)
                            std::memcpy(dst, &f, sizeof f); // one store, not a call
                        else
                            std::memcpy(dst, &f, std::size_t(n) * sizeof(float));
                    }
                }
            } else {
                Inputs in = base; // every uncertain input is overwritten in each sample
                for (int i = begin; i < end; ++i) {
                    drawSample(i, [&](std::size_t k, double v) {
                        if (fields[k])
                            in.*fields[k] = v;
                        else
                            setValue(in, *uncertain[k].param, v);
                    });
                    double all[outputCount];
                    writeOutputs(evaluate(in), undefined, all);
                    for (std::size_t k = 0; k < nOut; ++k)
                        r.values[r.valueIndex(k, std::size_t(i))] = static_cast<float>(all[index[k]]);
                }
            }
            clamped += outside;
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
