// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace cc {

// The margin bridge of model.md §3, in its fixed order: each step is the change
// in revenue margin from applying one more real-world factor on top of the
// previous ones; the first and last entries are levels, not changes.
enum class WaterfallStep {
    TheoreticalMargin,
    PriceRealization,
    PaidRate,
    NonGpuCosts,
    BillingPeak,
    FinalMargin,
};
inline constexpr int waterfallStepCount = 6;
std::string_view waterfallStepId(WaterfallStep s);

struct WaterfallEntry {
    WaterfallStep step;
    double value; // fraction of revenue (0.845, not 84.5)
};

struct Results {
    // Demand
    double inputTokensPerDay = 0;
    double outputTokensPerDay = 0;
    double computedTokensPerDay = 0;
    // Capacity
    double prefillGpus = 0; // the two parts of avgBusyGpus, for the charts
    double decodeGpus = 0;
    double avgBusyGpus = 0;
    double provisionedGpus = 0;
    double billedGpus = 0;
    double requiredFlopsPerSec = 0;
    double gpusIfComputeBound = 0;
    double impliedMfu = 0;
    // MaaS
    double gpuCostPerDay = 0;
    double nonGpuCostPerDay = 0; // totalCostPerDay − gpuCostPerDay, for the breakdown chart
    double totalCostPerDay = 0;
    double theoreticalRevenuePerDay = 0;
    double revenuePerDay = 0;
    double revenueCacheHitPerDay = 0; // parts of revenuePerDay, for the breakdown chart
    double revenueCacheMissPerDay = 0;
    double revenueOutputPerDay = 0;
    double costProfitMargin = 0;
    double revenueMargin = 0;
    double breakEvenPaidRate = 0;
    std::array<WaterfallEntry, waterfallStepCount> waterfall{};
    // Compute centre
    double annualRevenue = 0;
    double annualProfit = 0;
    double breakEvenOccupancy = 0;
    std::optional<double> paybackYears; // none: the centre never earns its capex back
    // Chain
    double centresFilled = 0;
    double gpusPerMillionDau = 0;
    std::optional<double> dauToBreakEvenMillions; // none: break-even needs > 100 % occupancy
    // Induced demand (jevons.h)
    double gpuDemandMultiplier = 0;
    std::optional<double> jevonsElasticity; // none: no price cut reaches demand (pass-through 0)
    // National market (market.h)
    double nationalIdleCards = 0;
    double maasToFillIdleCards = 0;
    double marketOccupancyFinalYear = 0;
    std::optional<double> yearMarketReachesBreakEven; // none: not within the projection
};

} // namespace cc
