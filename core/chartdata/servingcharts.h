// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"
#include "core/model/inputs.h"
#include "core/model/results.h"

namespace cc::chart {

// The scale effect (docs/serving-model.md §2): decode tokens/s per GPU against
// concurrent sequences per GPU for the scenario's chip, model and deployment,
// scaled as the scenario's own throughput is, so its operating point lies on
// the curve. References: the latency wall (the batch whose step meets
// decodeTpotMs) and the HBM wall (the batch whose KV fills memory); bands: the
// stretches where compute, memory bandwidth or the network is the longest part of a step.
namespace scaleeffect {
enum Series { Throughput };
enum Markers { Scenario };
enum References { LatencyWall, HbmWall }; // then one band per bottleneck stretch
// The bands' ids, by the longest part of a step: compute, memory bandwidth, network.
inline constexpr std::string_view bandIds[] = {"computeBound", "memoryBound", "networkBound"};
} // namespace scaleeffect
ChartData scaleEffectData(const Inputs &in, const Results &r);

// The same throughput against GPUs per decode instance (8 … 320): the broker's
// "large clusters raise utilization". No value where the model does not fit
// the instance or cannot meet the latency target there; the scale-up domain
// (an instance inside one keeps its expert traffic off the NIC) as a reference.
namespace scalebyinstance {
enum Series { Throughput };
enum Markers { Scenario };
enum References { ScaleUpDomain };
} // namespace scalebyinstance
ChartData scaleByInstanceData(const Inputs &in, const Results &r);

// Every chip on the live scenario at its own rent (core/analysis/chipcomparison.h):
// categories = chips; provisioned GPUs as bars (0 where the chip cannot serve),
// the scenario's card as its own series; cost per million output tokens and
// revenue margin beside them.
namespace chipcomparison {
// DailyCost is not drawn (every chip serves the same tokens, so it is cost per
// M tokens times a constant); it is in the CSV and the workbook's chart sheet.
enum Series { Gpus, Current, CostPerMillion, Margin, DailyCost };
} // namespace chipcomparison
ChartData chipComparisonData(const Inputs &in, const Results &r);

} // namespace cc::chart
