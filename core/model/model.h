// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/results.h"

namespace cc {

inline constexpr double secondsPerDay = 86'400.0;
inline constexpr double hoursPerYear = 8'760.0;

// The blocks of model.md, exposed one by one so that each can be checked
// against the figures its source states (e.g. DS6's 1,814 billed GPUs → USD
// 87,072 a day) without going through the whole chain.

// §2, throughput method: GPUs busy on average to serve the day's tokens.
struct ThroughputGpus {
    double prefill;
    double decode;
    double total() const { return prefill + decode; }
};
ThroughputGpus throughputGpus(double inputTokensPerDay, double outputTokensPerDay, const Inputs &in);

// §3: what the billed GPUs cost a day, and the total cost once non-GPU costs are added.
double gpuCostPerDay(double billedGpus, double gpuHourPriceUsd);
double totalCostPerDay(double gpuCostPerDay, double gpuShareOfTotalCost);
double costProfitMargin(double revenue, double cost);
double revenueMargin(double revenue, double cost);

// §4: seed B's centre's annual profit (CNY M) at a given occupancy.
double centreAnnualProfit(const Inputs &in, double occupancy);

// Evaluates every block. Inputs must have passed validate(): inside the
// registry's ranges every output is finite, and outputs that have no value
// (a payback that never comes) are empty optionals, never NaN.
Results evaluate(const Inputs &in);

} // namespace cc
