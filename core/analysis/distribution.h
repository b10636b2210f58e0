// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/registry.h"

#include <string>
#include <string_view>

namespace cc {

// An input's uncertainty. Parameters by kind:
//   uniform(low, high) · triangular(low, mode, high) · pert(low, mode, high)
//   normal(mean, sd) · lognormal(median, sdLog: the sd of ln x)
struct Distribution {
    enum class Kind { Uniform, Triangular, Normal, Lognormal, Pert };
    Kind kind = Kind::Uniform;
    double a = 0, b = 0, c = 0; // in the order above
    bool operator==(const Distribution &) const = default;
};
std::string_view distributionKindId(Distribution::Kind k);
bool distributionKindFromId(std::string_view id, Distribution::Kind *k);
// Empty when the parameters make sense (low ≤ mode ≤ high, sd ≥ 0, median > 0).
std::string distributionProblem(const Distribution &d);
// Empty unless the distribution lies outside the input's valid range (its whole
// support, or its mean / median): e.g. utilization given in percent.
std::string distributionRangeProblem(const ParamInfo &p, const Distribution &d);

} // namespace cc
