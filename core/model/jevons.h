// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace cc {

// Induced demand (docs/model.md §9). An efficiency gain k (tokens per GPU-hour
// × k) cuts the cost of a token to 1/k; a share c of that saving reaches the
// price, so the price becomes p = 1 − c(1 − 1/k) of today's; tokens demanded
// scale by p^(−ε) (constant elasticity ε); GPUs needed by p^(−ε) / k.
// p > 0 for every k > 0 and c in [0, 1], so each function is defined over the
// registry's whole domain.

double jevonsPriceFactor(double k, double passThrough);
double gpuDemandMultiplier(double k, double passThrough, double elasticity);
// The ε at which the multiplier is exactly 1: above it efficiency raises GPU
// demand. ln k / (−ln p); at k = 1 its limit 1/c. None when c = 0: the price
// never moves, so no elasticity can offset the gain.
std::optional<double> jevonsElasticity(double k, double passThrough);

} // namespace cc
