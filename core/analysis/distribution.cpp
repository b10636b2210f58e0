// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/distribution.h"

#include "core/model/validation.h"

#include <cmath>

namespace cc {

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

} // namespace cc
