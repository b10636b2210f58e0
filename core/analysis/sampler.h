// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Random draws for the Monte Carlo: the generator, the seeds of its chunks and
// one sampler per uncertain input, drawing one value or a batch of lanes.
#include "core/analysis/montecarlo.h"
#include "core/model/modelkernel.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace cc::sampling {

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

inline std::uint64_t mix(std::uint64_t x)
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
// Beta-PERT's quantile function at 4,097 evenly spaced probabilities (see
// sampler.cpp). Kept for the distributions last asked for: a live Monte Carlo
// re-runs every slider step with the same distributions.
std::vector<double> pertQuantiles(double low, double mode, double high);

class Sampler {
public:
    explicit Sampler(const Distribution &d) : m_d(d)
    {
        if (d.kind == Distribution::Kind::Pert && d.c > d.a)
            m_table = pertQuantiles(d.a, d.b, d.c);
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
        case Distribution::Kind::Triangular: {
            // drawFrom()'s two branches as a select per lane: the same square
            // roots of the same numbers, without a branch the random u mispredicts.
            const double low = d.a, mode = d.b, high = d.c;
            if (high == low) {
                x = low - Lanes{};
                return;
            }
            const double f = (mode - low) / (high - low);
            for (int j = 0; j < laneCount; ++j) {
                const bool left = u[j] < f;
                const double root =
                    std::sqrt(left ? u[j] * (high - low) * (mode - low) : (1 - u[j]) * (high - low) * (high - mode));
                x[j] = left ? low + root : high - root;
            }
            return;
        }
        case Distribution::Kind::Pert: {
            if (m_table.empty()) {
                x = d.a - Lanes{};
                return;
            }
            const double last = double(m_table.size() - 1);
            for (int j = 0; j < laneCount; ++j) {
                const double at = u[j] * last;
                const std::size_t k = std::min(static_cast<std::size_t>(at), m_table.size() - 2);
                x[j] = m_table[k] + (at - k) * (m_table[k + 1] - m_table[k]);
            }
            return;
        }
        }
    }

private:
    Distribution m_d;
    std::vector<double> m_table;
};

} // namespace cc::sampling
