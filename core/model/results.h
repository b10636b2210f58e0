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

template <class T>
struct BasicWaterfallEntry {
    WaterfallStep step;
    T value; // fraction of revenue (0.845, not 84.5)
};
using WaterfallEntry = BasicWaterfallEntry<double>;

// An output that may have no value: an empty optional for one scenario; in a
// pack of lanes (core/modelkernel.h), NaN in the lanes that have none.
template <class T>
struct MaybeOf {
    using type = T;
};
template <>
struct MaybeOf<double> {
    using type = std::optional<double>;
};
template <class T>
using Maybe = typename MaybeOf<T>::type;

// T: see BasicInputs.
template <class T>
struct BasicResults {
    // Demand
    T inputTokensPerDay{};
    T outputTokensPerDay{};
    T computedTokensPerDay{};
    // Capacity
    T prefillGpus{}; // the two parts of avgBusyGpus, for the charts
    T decodeGpus{};
    T avgBusyGpus{};
    T provisionedGpus{};
    T billedGpus{};
    T requiredFlopsPerSec{};
    T gpusIfComputeBound{};
    T impliedMfu{};
    // Serving (serving.h)
    T prefillTokensPerSecPerGpu{}; // input tokens, cache hits included
    T decodeTokensPerSecPerGpu{};
    T decodeSequencesPerGpu{};
    T decodeBottleneck{}; // a Bottleneck, as a number so that a batch holds one per lane
    // MaaS
    T gpuCostPerDay{};
    T nonGpuCostPerDay{}; // totalCostPerDay − gpuCostPerDay, for the breakdown chart
    T totalCostPerDay{};
    T theoreticalRevenuePerDay{};
    T revenuePerDay{};
    T revenueCacheHitPerDay{}; // parts of revenuePerDay, for the breakdown chart
    T revenueCacheMissPerDay{};
    T revenueOutputPerDay{};
    T costProfitMargin{};
    T revenueMargin{};
    T breakEvenPaidRate{};
    T costPerMillionOutputTokensUsd{}; // total cost ÷ output tokens
    std::array<BasicWaterfallEntry<T>, waterfallStepCount> waterfall{};
    // Compute centre
    T annualRevenue{};
    T annualProfit{};
    T breakEvenOccupancy{};
    Maybe<T> paybackYears; // none: the centre never earns its capex back
    // Chain
    T centresFilled{};
    T gpusPerMillionDau{};
    Maybe<T> dauToBreakEvenMillions; // none: break-even needs > 100 % occupancy
    // Induced demand (jevons.h)
    T gpuDemandMultiplier{};
    Maybe<T> jevonsElasticity; // none: no price cut reaches demand (pass-through 0)
    // National market (market.h)
    T nationalIdleCards{};
    T maasToFillIdleCards{};
    T marketOccupancyFinalYear{};
    Maybe<T> yearMarketReachesBreakEven; // none: not within the projection
};
using Results = BasicResults<double>;

} // namespace cc
