// SPDX-License-Identifier: GPL-3.0-or-later
#include "montecarlo.h"

#include "model.h"
#include "validation.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

namespace cc {

namespace {

constexpr int chunkSize = 8192;

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64: decorrelates the chunk seeds.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double draw(const Distribution &d, std::mt19937_64 &rng)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        return d.a + (d.b - d.a) * unit(rng);
    case Distribution::Kind::Triangular: {
        const double low = d.a, mode = d.b, high = d.c;
        if (high == low)
            return low;
        const double u = unit(rng), f = (mode - low) / (high - low);
        return u < f ? low + std::sqrt(u * (high - low) * (mode - low))
                     : high - std::sqrt((1 - u) * (high - low) * (high - mode));
    }
    case Distribution::Kind::Normal:
        return d.b == 0 ? d.a : std::normal_distribution<double>(d.a, d.b)(rng);
    case Distribution::Kind::Lognormal:
        return d.b == 0 ? d.a : d.a * std::exp(std::normal_distribution<double>(0, d.b)(rng));
    case Distribution::Kind::Pert: {
        // Beta-PERT with λ = 4 (Vose): mean (low + 4·mode + high) / 6.
        const double low = d.a, mode = d.b, high = d.c;
        if (high == low)
            return low;
        const double alpha = 1 + 4 * (mode - low) / (high - low), beta = 1 + 4 * (high - mode) / (high - low);
        const double x = std::gamma_distribution<double>(alpha, 1)(rng), y = std::gamma_distribution<double>(beta, 1)(rng);
        return low + (high - low) * x / (x + y);
    }
    }
    return d.a;
}

double quantile(std::vector<float> &v, double q)
{
    if (v.empty())
        return 0;
    const std::size_t k = std::min(v.size() - 1, static_cast<std::size_t>(q * (v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
    return v[k];
}

std::vector<double> ranks(const std::vector<float> &v, const std::vector<std::size_t> &keep)
{
    std::vector<std::size_t> order(keep.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[keep[a]] < v[keep[b]]; });
    std::vector<double> r(keep.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[keep[order[j + 1]]] == v[keep[order[i]]])
            ++j;
        const double average = (i + j) / 2.0; // ties share their average rank
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
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        return d.a <= d.b ? "" : "low must not exceed high";
    case Distribution::Kind::Triangular:
    case Distribution::Kind::Pert:
        return d.a <= d.b && d.b <= d.c ? "" : "low ≤ mode ≤ high is required";
    case Distribution::Kind::Normal:
        return d.b >= 0 ? "" : "sd must not be negative";
    case Distribution::Kind::Lognormal:
        return d.a > 0 && d.b >= 0 ? "" : "median must be positive and sdLog not negative";
    }
    return "";
}

MonteCarloResult runMonteCarlo(const Inputs &base, std::span<const UncertainInput> uncertain,
                               std::span<const OutputInfo *const> outputs, int samples, std::uint64_t seed,
                               int threads, const std::function<bool(double)> &progress)
{
    MonteCarloResult r;
    r.samples = std::max(samples, 0);
    r.outputs.assign(outputs.begin(), outputs.end());
    r.values.assign(outputs.size(), std::vector<float>(r.samples));
    r.inputSamples.assign(uncertain.size(), std::vector<float>(r.samples));
    const int chunks = (r.samples + chunkSize - 1) / chunkSize;
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::atomic<int> next{0}, done{0};
    std::atomic<long> clamped{0};
    std::atomic<bool> cancel{false};

    auto worker = [&] {
        for (int chunk; !cancel && (chunk = next++) < chunks;) {
            std::mt19937_64 rng(mix(seed ^ mix(static_cast<std::uint64_t>(chunk))));
            const int begin = chunk * chunkSize, end = std::min(r.samples, begin + chunkSize);
            long outside = 0;
            for (int i = begin; i < end; ++i) {
                Inputs in = base;
                for (std::size_t k = 0; k < uncertain.size(); ++k) {
                    const ParamInfo &p = *uncertain[k].param;
                    double v = draw(uncertain[k].distribution, rng);
                    const double inside = std::clamp(p.whole ? std::round(v) : v, p.min, p.max);
                    outside += inside != v;
                    setValue(in, p, inside);
                    r.inputSamples[k][i] = static_cast<float>(inside);
                }
                const Results res = evaluate(in);
                for (std::size_t k = 0; k < outputs.size(); ++k)
                    r.values[k][i] = static_cast<float>(outputs[k]->get(res).value_or(std::nan("")));
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
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
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
    v.reserve(r.values[outputIndex].size());
    double sum = 0, sumSq = 0;
    long below = 0;
    for (const float x : r.values[outputIndex]) {
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
    const double variance = std::max(0.0, sumSq / s.defined - s.mean * s.mean) * s.defined / std::max(1L, s.defined - 1);
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
    const std::vector<float> &out = r.values[outputIndex];
    std::vector<std::size_t> keep;
    for (std::size_t i = 0; i < out.size(); ++i)
        if (!std::isnan(out[i]))
            keep.push_back(i);
    std::vector<Sensitivity> list;
    if (keep.size() < 3)
        return list;
    const std::vector<double> ro = ranks(out, keep);
    const double mean = (keep.size() - 1) / 2.0;
    for (std::size_t k = 0; k < uncertain.size(); ++k) {
        const std::vector<double> ri = ranks(r.inputSamples[k], keep);
        double sxy = 0, sxx = 0, syy = 0;
        for (std::size_t i = 0; i < keep.size(); ++i) {
            sxy += (ri[i] - mean) * (ro[i] - mean);
            sxx += (ri[i] - mean) * (ri[i] - mean);
            syy += (ro[i] - mean) * (ro[i] - mean);
        }
        list.push_back({uncertain[k].param, sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0});
    }
    std::sort(list.begin(), list.end(),
              [](const Sensitivity &a, const Sensitivity &b) { return std::abs(a.correlation) > std::abs(b.correlation); });
    return list;
}

} // namespace cc
