// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/jevons.h"

#include <cmath>

namespace cc {

double jevonsPriceFactor(double k, double passThrough)
{
    return 1.0 - passThrough * (1.0 - 1.0 / k);
}

double gpuDemandMultiplier(double k, double passThrough, double elasticity)
{
    // exp(−ε ln p) rather than pow(p, −ε): the same value, and the log form is
    // the one the growth decomposition adds up, so the two cannot disagree.
    return std::exp(-elasticity * std::log(jevonsPriceFactor(k, passThrough))) / k;
}

std::optional<double> jevonsElasticity(double k, double passThrough)
{
    if (passThrough <= 0)
        return std::nullopt;
    const double logPrice = std::log(jevonsPriceFactor(k, passThrough));
    // Near k = 1 both logs vanish; their ratio tends to 1/c (first-order terms).
    if (std::abs(std::log(k)) < 1e-9)
        return 1.0 / passThrough;
    return std::log(k) / -logPrice;
}

} // namespace cc
