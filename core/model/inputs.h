// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/chips.h"
#include "core/model/modelarch.h"

#include <cstdint>

namespace cc {

// Whether the MaaS pays for the GPUs it uses on average (DeepSeek's own
// accounting) or for the capacity it must hold for the peak.
enum class Billing : std::uint8_t { Elastic = 0, Reserved = 1 };

// How the national market counts today's cards: seed B's centres × cards per
// centre, or IDC's national intelligent-compute EFLOPS ÷ one card's 16-bit peak.
enum class SupplyBasis : std::uint8_t { Centres = 0, Eflops = 1 };

// Where GPUs' tokens per second come from: DS6's measured node throughput
// scaled by utilization, or the serving model of the chip, the model and the
// deployment, calibrated on DS6 (core/model/serving.h).
enum class ServingMethod : std::uint8_t { Measured = 0, Hardware = 1 };

// Every input of model.md, in its units. Defaults live in the registry, not
// here, so that there is exactly one place that says what a default is.
// T is double for one scenario, or a pack of lanes (core/model/modelkernel.h)
// for the Monte Carlo's and the data table's batches, which evaluate the same
// formulas on many samples.
template <class T>
struct BasicInputs {
    // Demand
    T dauMillions{};
    T inputTokensPerDau{};
    T outputTokensPerDau{};
    T cacheHitShare{};
    T tokenGrowth{};
    // Capacity
    T utilization{};
    T calibrationUtilization{};
    T prefillTokensPerSecPerNode{};
    T decodeTokensPerSecPerNode{};
    T gpusPerNode{};
    T peakMultiplier{};
    T activeParamsBillions{};
    T cardPeakTflops{};
    // Serving (the hardware method)
    T promptTokens{};
    T contextTokens{};
    T decodeTpotMs{};
    T prefillGpusPerInstance{};
    T decodeGpusPerInstance{};
    // MaaS
    T gpuHourPriceUsd{};
    T gpuShareOfTotalCost{};
    T priceCacheHitUsdPerM{};
    T priceCacheMissUsdPerM{};
    T priceOutputUsdPerM{};
    T paidRate{};
    T priceRealization{};
    // Compute centre
    T cards{};
    T capexCnyMillions{};
    T opexCnyMillionsPerYear{};
    T occupancy{};
    T rentalCnyPerCardHour{};
    T depreciationYears{};
    // Growth projection
    T projectionYears{};
    T dauGrowthPerYear{};
    T tokensPerDauGrowthPerYear{};
    T activeParamsGrowthPerYear{};
    T efficiencyGainPerYear{};
    // Induced demand (Jevons)
    T priceElasticity{};
    T costPassThrough{};
    T efficiencyGain{};
    // National market
    T nationalCentresOperating{};
    T nationalCentresPipeline{};
    T pipelineYears{};
    T cardsPerCentre{};
    T nationalIntelligentEflops{};
    T nationalCardTflops16{};
    T nationalOccupancy{};
    T trainingShareOfDemand{};
    T trainingDemandGrowthPerYear{};
    T supplyGrowthPerYear{};

    // Last: every member before them is one T, so the k-th numeric input of a
    // batch sits in the k-th T (model.cpp checks this).
    Billing billing = Billing::Elastic;
    SupplyBasis nationalSupplyBasis = SupplyBasis::Centres;
    ServingMethod servingMethod = ServingMethod::Hardware;
    Card card = Card::H800;
    ModelArch modelArch = ModelArch::DeepSeekV3;

    bool operator==(const BasicInputs &) const = default;
};
using Inputs = BasicInputs<double>;

} // namespace cc
