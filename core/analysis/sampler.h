// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Random draws for the Monte Carlo: the generators (one per lane) and one
// sampler per uncertain input, turning a block of uniforms into its draws.
#include "core/analysis/montecarlo.h"
#include "core/model/modelkernel.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
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

// xoshiro256++ (Blackman & Vigna, 2019, public domain), one generator per
// lane side by side: a step is a few shifts and adds on a word of every lane
// at once, vector instructions. Each generator's four words come from
// splitmix64 as the authors recommend. One stream per (chunk, input), so an
// input's draws do not depend on which other inputs are uncertain or in what
// order they are listed.
class UniformLanes {
public:
    explicit UniformLanes(std::uint64_t seed)
    {
        for (int j = 0; j < laneCount; ++j)
            for (auto &word : m_s) {
                seed += 0x9e3779b97f4a7c15ULL;
                word[j] = mix(seed);
            }
    }

    // u[0..n) (n a multiple of laneCount): uniforms strictly inside (0, 1) —
    // the normal quantile is infinite at the ends — each 52 random bits m as
    // (m + ½)·2⁻⁵². The bits go into the mantissa of a double in [1, 2) and
    // 1 − 2⁻⁵³ is subtracted, exactly (Sterbenz), because AVX2 has no
    // conversion from 64-bit integers. Lane j of each step is generator j's.
    void fill(double *u, int n)
    {
        // Four named words, not an array: they stay in registers for the loop.
        Words s0, s1, s2, s3;
        std::memcpy(&s0, m_s[0], sizeof s0);
        std::memcpy(&s1, m_s[1], sizeof s1);
        std::memcpy(&s2, m_s[2], sizeof s2);
        std::memcpy(&s3, m_s[3], sizeof s3);
        for (int i = 0; i < n; i += laneCount) {
            const Words result = rotl(s0 + s3, 23) + s0;
            const Words t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = rotl(s3, 45);
            const Words bits = (result >> 12) | 0x3ff0000000000000ULL;
            Lanes oneToTwo;
            std::memcpy(&oneToTwo, &bits, sizeof bits);
            const Lanes v = oneToTwo - (1 - 0x1.0p-53);
            std::memcpy(u + i, &v, sizeof v);
        }
        std::memcpy(m_s[0], &s0, sizeof s0);
        std::memcpy(m_s[1], &s1, sizeof s1);
        std::memcpy(m_s[2], &s2, sizeof s2);
        std::memcpy(m_s[3], &s3, sizeof s3);
    }

private:
    using Words = std::uint64_t __attribute__((vector_size(laneCount * sizeof(std::uint64_t))));
    static Words rotl(Words x, int k) { return (x << k) | (x >> (64 - k)); }
    // Plain words, not Words: a vector type's alignment is more than a
    // std::vector of generators guarantees (an aligned store to one faulted).
    std::uint64_t m_s[4][laneCount];
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

    // x[i] = the distribution's quantile at u[i], for i < n. Whole-array loops
    // the compiler vectorises; every element takes the same IEEE operations
    // whatever n is, so a value does not depend on the path that drew it.
    void transform(const double *u, double *x, int n) const
    {
        const Distribution &d = m_d;
        switch (d.kind) {
        case Distribution::Kind::Uniform:
            for (int i = 0; i < n; ++i)
                x[i] = d.a + (d.b - d.a) * u[i];
            return;
        case Distribution::Kind::Triangular: {
            // The two branches of the inverse as a select: the same square roots
            // of the same numbers, without a branch the random u mispredicts.
            const double low = d.a, mode = d.b, high = d.c;
            if (high == low)
                break;
            const double f = (mode - low) / (high - low);
            for (int i = 0; i < n; ++i) {
                // Both arms computed, one kept: a loop the compiler vectorises.
                const double onLeft = u[i] * (high - low) * (mode - low);
                const double onRight = (1 - u[i]) * (high - low) * (high - mode);
                const bool left = u[i] < f;
                const double root = std::sqrt(left ? onLeft : onRight);
                x[i] = left ? low + root : high - root;
            }
            return;
        }
        case Distribution::Kind::Normal:
        case Distribution::Kind::Lognormal: {
            if (d.b == 0)
                break;
            // The central region's rational function for every element, then
            // the tails' (4.85 % of draws) one by one.
            int tails = 0;
            for (int i = 0; i < n; ++i) {
                tails += (u[i] < normalTail) | (u[i] > 1 - normalTail); // no branch: the loop vectorises
                x[i] = centralNormalQuantile(u[i]);
            }
            for (int i = 0; tails > 0 && i < n; ++i)
                if (u[i] < normalTail || u[i] > 1 - normalTail)
                    x[i] = normalQuantile(u[i]);
            if (d.kind == Distribution::Kind::Normal) {
                for (int i = 0; i < n; ++i)
                    x[i] = d.a + d.b * x[i];
            } else {
                for (int i = 0; i < n; ++i)
                    x[i] = d.a * std::exp(d.b * x[i]);
            }
            return;
        }
        case Distribution::Kind::Pert: {
            if (m_table.empty())
                break;
            // int, not size_t, indices: AVX2 converts doubles to 32-bit integers only.
            const int last = static_cast<int>(m_table.size()) - 1;
            const double *table = m_table.data();
            for (int i = 0; i < n; ++i) {
                const double at = u[i] * last;
                const int k = std::min(static_cast<int>(at), last - 1);
                x[i] = table[k] + (at - k) * (table[k + 1] - table[k]);
            }
            return;
        }
        }
        for (int i = 0; i < n; ++i)
            x[i] = d.a; // no spread: the point itself
    }

private:
    Distribution m_d;
    std::vector<double> m_table;
};

} // namespace cc::sampling
