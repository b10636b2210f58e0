// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/montecarlo.h"

#include "core/model/market.h"
#include "core/model/model.h"
#include "core/model/validation.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <thread>

namespace cc {

namespace {

constexpr int chunkSize = 8192;
constexpr double undefined = std::numeric_limits<double>::quiet_NaN();

// Acklam's central region (0.02425 ≤ p ≤ 0.97575), for one p or a batch of lanes.
template <class T>
T centralNormalQuantile(T p)
{
    constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                            1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                            6.680131188771972e+01, -1.328068155288572e+01};
    const T q = p - 0.5, r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
constexpr double normalTail = 0.02425;

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64: decorrelates the chunk seeds.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// xoshiro256++ (Blackman & Vigna, 2019, public domain): four words of state
// and a few shifts per number, several times faster than mt19937_64 and
// statistically as good for simulation; seeded through splitmix64 as its
// authors recommend.
class Xoshiro256pp {
public:
    using result_type = std::uint64_t;
    explicit Xoshiro256pp(std::uint64_t seed)
    {
        for (std::uint64_t &word : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            word = mix(seed);
        }
    }
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type(0); }
    result_type operator()()
    {
        const std::uint64_t result = rotl(m_s[0] + m_s[3], 23) + m_s[0];
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

// One input's sampler: a uniform through the quantile function. Closed forms
// for uniform, triangular, normal and lognormal; PERT (a beta, whose quantile
// has no closed form) is tabulated once per run from its density.
class Sampler {
public:
    explicit Sampler(const Distribution &d) : m_d(d)
    {
        if (d.kind == Distribution::Kind::Pert && d.c > d.a)
            tabulatePert();
    }

    double draw(Xoshiro256pp &rng)
    {
        // 53 random bits, strictly inside (0, 1): the normal quantile is infinite at the ends.
        return drawFrom((double(rng() >> 11) + 0.5) * 0x1.0p-53);
    }

    double drawFrom(double u) const
    {
        const Distribution &d = m_d;
        switch (d.kind) {
        case Distribution::Kind::Uniform: return d.a + (d.b - d.a) * u;
        case Distribution::Kind::Triangular: {
            const double low = d.a, mode = d.b, high = d.c;
            if (high == low)
                return low;
            const double f = (mode - low) / (high - low);
            return u < f ? low + std::sqrt(u * (high - low) * (mode - low))
                         : high - std::sqrt((1 - u) * (high - low) * (high - mode));
        }
        case Distribution::Kind::Normal: return d.b == 0 ? d.a : d.a + d.b * normalQuantile(u);
        case Distribution::Kind::Lognormal: return d.b == 0 ? d.a : d.a * std::exp(d.b * normalQuantile(u));
        case Distribution::Kind::Pert: {
            if (m_table.empty())
                return d.a;
            const double x = u * (m_table.size() - 1);
            const std::size_t k = std::min(static_cast<std::size_t>(x), m_table.size() - 2);
            return m_table[k] + (x - k) * (m_table[k + 1] - m_table[k]);
        }
        }
        return d.a;
    }

    // One draw in each of the first n lanes, in lane order: the same numbers
    // draw() would give, eight at a time.
    void drawLanes(Xoshiro256pp &rng, int n, Lanes &x)
    {
        Lanes u{};
        for (int j = 0; j < n; ++j)
            u[j] = (double(rng() >> 11) + 0.5) * 0x1.0p-53;
        const Distribution &d = m_d;
        switch (d.kind) {
        case Distribution::Kind::Normal:
        case Distribution::Kind::Lognormal: {
            if (d.b == 0) {
                x = d.a - Lanes{};
                return;
            }
            Lanes z = centralNormalQuantile(u);
            for (int j = 0; j < n; ++j)
                if (u[j] < normalTail || u[j] > 1 - normalTail)
                    z[j] = normalQuantile(u[j]);
            if (d.kind == Distribution::Kind::Normal) {
                x = d.a + d.b * z;
            } else {
                for (int j = 0; j < n; ++j)
                    x[j] = d.a * std::exp(d.b * z[j]);
            }
            return;
        }
        case Distribution::Kind::Uniform: x = d.a + (d.b - d.a) * u; return;
        default:
            for (int j = 0; j < n; ++j)
                x[j] = drawFrom(u[j]);
        }
    }

private:
    // Beta-PERT (λ = 4, Vose): density ∝ (x − low)^(α−1) (high − x)^(β−1);
    // its CDF by the trapezoid rule on a fine grid, inverted at 4,097 quantiles.
    void tabulatePert()
    {
        const double low = m_d.a, mode = m_d.b, high = m_d.c, w = high - low;
        const double alpha = 1 + 4 * (mode - low) / w, beta = 1 + 4 * (high - mode) / w;
        constexpr int grid = 1 << 16, nodes = 4097;
        std::vector<double> cdf(grid + 1, 0.0);
        auto density = [&](double t) { return std::pow(t, alpha - 1) * std::pow(1 - t, beta - 1); };
        double previous = density(0);
        for (int i = 1; i <= grid; ++i) {
            const double next = density(double(i) / grid);
            cdf[i] = cdf[i - 1] + 0.5 * (previous + next) / grid;
            previous = next;
        }
        m_table.resize(nodes);
        int i = 0;
        for (int k = 0; k < nodes; ++k) {
            const double target = cdf[grid] * k / (nodes - 1);
            while (i < grid && cdf[i + 1] < target)
                ++i;
            const double span = cdf[i + 1] - cdf[i];
            const double t = (i + (span > 0 ? (target - cdf[i]) / span : 0)) / grid;
            m_table[k] = low + w * std::clamp(t, 0.0, 1.0);
        }
    }

    Distribution m_d;
    std::vector<double> m_table;
};

double quantile(std::vector<float> &v, double q)
{
    if (v.empty())
        return 0;
    const std::size_t k = std::min(v.size() - 1, static_cast<std::size_t>(q * (v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
    return v[k];
}

// Ranks (ties share their average rank) of the samples listed in `keep`.
std::vector<double> ranks(const std::vector<float> &v, std::size_t stride, std::size_t column,
                          const std::vector<std::size_t> &keep)
{
    auto at = [&](std::size_t sample) { return v[sample * stride + column]; };
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

double normalQuantile(double p)
{
    // P. J. Acklam, "An algorithm for computing the inverse normal cumulative
    // distribution function" (2003): rational approximations, central and tails.
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = normalTail;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low)
        return -normalQuantile(1 - p);
    return centralNormalQuantile(p);
}

MonteCarloResult runMonteCarlo(const Inputs &base, std::span<const UncertainInput> uncertain,
                               std::span<const OutputInfo *const> outputs, int samples, std::uint64_t seed, int threads,
                               const std::function<bool(double)> &progress, MonteCarloResult *reuse)
{
    MonteCarloResult r = reuse ? std::move(*reuse) : MonteCarloResult{};
    r.samples = std::max(samples, 0);
    r.outputs.assign(outputs.begin(), outputs.end());
    r.inputCount = static_cast<int>(uncertain.size());
    r.values.resize(std::size_t(r.samples) * outputs.size());
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
                    evaluate(lanes, laneResults, market, outlook ? &*outlook : nullptr);
                    Lanes all[outputCount];
                    writeOutputs(laneResults, all);
                    for (int j = 0; j < n; ++j) {
                        float *row = r.values.data() + std::size_t(first + j) * nOut;
                        for (std::size_t k = 0; k < nOut; ++k)
                            row[k] = static_cast<float>(all[index[k]][j]);
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
                    float *row = r.values.data() + std::size_t(i) * nOut;
                    for (std::size_t k = 0; k < nOut; ++k)
                        row[k] = static_cast<float>(all[index[k]]);
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
    const std::vector<double> ro = ranks(r.values, r.outputs.size(), outputIndex, keep);
    const double mean = (keep.size() - 1) / 2.0;
    for (std::size_t k = 0; k < uncertain.size(); ++k) {
        const std::vector<double> ri = ranks(r.inputSamples, uncertain.size(), k, keep);
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
