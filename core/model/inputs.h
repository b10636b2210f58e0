// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cc {

// Whether the MaaS pays for the GPUs it uses on average (DeepSeek's own
// accounting) or for the capacity it must hold for the peak.
enum class Billing { Elastic = 0, Reserved = 1 };

// How the national market counts today's cards: seed B's centres × cards per
// centre, or IDC's national intelligent-compute EFLOPS ÷ one card's 16-bit peak.
enum class SupplyBasis { Centres = 0, Eflops = 1 };

// Every input of model.md, in its units. Defaults live in the registry, not
// here, so that there is exactly one place that says what a default is.
struct Inputs {
    // Demand
    double dauMillions = 0;
    double inputTokensPerDau = 0;
    double outputTokensPerDau = 0;
    double cacheHitShare = 0;
    double tokenGrowth = 0;
    // Capacity
    double utilization = 0;
    double calibrationUtilization = 0;
    double prefillTokensPerSecPerNode = 0;
    double decodeTokensPerSecPerNode = 0;
    double gpusPerNode = 0;
    double peakMultiplier = 0;
    double activeParamsBillions = 0;
    double cardPeakTflops = 0;
    // MaaS
    double gpuHourPriceUsd = 0;
    Billing billing = Billing::Elastic;
    double gpuShareOfTotalCost = 0;
    double priceCacheHitUsdPerM = 0;
    double priceCacheMissUsdPerM = 0;
    double priceOutputUsdPerM = 0;
    double paidRate = 0;
    double priceRealization = 0;
    // Compute centre
    double cards = 0;
    double capexCnyMillions = 0;
    double opexCnyMillionsPerYear = 0;
    double occupancy = 0;
    double rentalCnyPerCardHour = 0;
    double depreciationYears = 0;
    // Growth projection
    double projectionYears = 0;
    double dauGrowthPerYear = 0;
    double tokensPerDauGrowthPerYear = 0;
    double activeParamsGrowthPerYear = 0;
    double efficiencyGainPerYear = 0;
    // Induced demand (Jevons)
    double priceElasticity = 0;
    double costPassThrough = 0;
    double efficiencyGain = 0;
    // National market
    double nationalCentresOperating = 0;
    double nationalCentresPipeline = 0;
    double pipelineYears = 0;
    double cardsPerCentre = 0;
    SupplyBasis nationalSupplyBasis = SupplyBasis::Centres;
    double nationalIntelligentEflops = 0;
    double nationalCardTflops16 = 0;
    double nationalOccupancy = 0;
    double trainingShareOfDemand = 0;
    double trainingDemandGrowthPerYear = 0;
    double supplyGrowthPerYear = 0;

    bool operator==(const Inputs &) const = default;
};

} // namespace cc
