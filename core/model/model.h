// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/modelkernel.h"

namespace cc {

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
// The same formulas on laneCount samples at once (see modelkernel.h). The national
// market's year table has no lane form: with `market`, each lane runs it as
// evaluate() does, or applies `shared` — the outlook every lane has in common
// (market.h) — when the caller knows the lanes differ in no input that feeds
// it; without `market`, its outputs are left unset (a caller that shows none
// of them saves the time).
// `serving`, likewise: the serving model's shape (serving.h) when no lane
// differs in an input that feedsServingShape().
struct MarketOutlook;
void evaluate(const LaneInputs &in, LaneResults &r, bool market = true, const MarketOutlook *shared = nullptr,
              const kernel::ServingShape<double> *serving = nullptr);
// Every input of `in` in each lane; set a lane's own values with laneField().
void broadcast(const Inputs &in, LaneInputs &lanes);
// The lanes of one numeric input (a registry field).
Lanes &laneField(LaneInputs &lanes, double Inputs::*field);
// One lane of a batch as a scenario.
Inputs laneInputs(const LaneInputs &lanes, int lane);

} // namespace cc
