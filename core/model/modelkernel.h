// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The model's formulas, written once for any number type T: double for one
// scenario (evaluate() in model.cpp), Lanes for four Monte Carlo samples at
// a time, which the compiler turns into SIMD instructions. Lanes are GCC/Clang
// vector types: each lane takes exactly the IEEE operations a double would, in
// the same order, so a batch reproduces evaluate() bit for bit
// (tests/test_modelbatch.cpp checks every output).

#include "core/model/inputs.h"
#include "core/model/results.h"
#include "core/model/serving.h"

#include <limits>
#include <optional>

namespace cc {

inline constexpr double secondsPerDay = 86'400.0;
inline constexpr double hoursPerYear = 8'760.0;

// Four: one AVX2 register. Eight lanes were two, and GCC lowered their copies,
// compares and selects through memory in 16-byte pieces: the model, the data
// table and the Monte Carlo ran at half the speed (bench_analysis, same run).
inline constexpr int laneCount = 4;
using Lanes = double __attribute__((vector_size(laneCount * sizeof(double))));
using LaneInputs = BasicInputs<Lanes>;
using LaneResults = BasicResults<Lanes>;

namespace kernel {

// `value` where `defined`, else no value (an empty optional; NaN in a lane).
inline std::optional<double> maybe(bool defined, double value)
{
    return defined ? std::optional(value) : std::nullopt;
}
template <class Mask>
Lanes maybe(Mask defined, Lanes value)
{
    return defined ? value : Lanes{} + std::numeric_limits<double>::quiet_NaN();
}

template <class T>
struct ThroughputGpus {
    T prefill;
    T decode;
};

template <class T>
ThroughputGpus<T> throughputGpus(T inputTokensPerDay, T outputTokensPerDay, const ServingRates<T> &rates)
{
    return {inputTokensPerDay / (secondsPerDay * rates.prefillPerGpu),
            outputTokensPerDay / (secondsPerDay * rates.decodePerGpu)};
}

template <class T>
T gpuCostPerDay(T billedGpus, T gpuHourPriceUsd)
{
    return billedGpus * 24.0 * gpuHourPriceUsd;
}

template <class T>
T totalCostPerDay(T gpuCost, T gpuShareOfTotalCost)
{
    return gpuCost / gpuShareOfTotalCost;
}

template <class T>
T costProfitMargin(T revenue, T cost)
{
    return revenue / cost - 1.0;
}

template <class T>
T revenueMargin(T revenue, T cost)
{
    return 1.0 - cost / revenue;
}

template <class T>
void evaluateDemand(const BasicInputs<T> &in, BasicResults<T> &r)
{
    const T users = in.dauMillions * 1e6;
    r.inputTokensPerDay = users * in.inputTokensPerDau * in.tokenGrowth;
    r.outputTokensPerDay = users * in.outputTokensPerDau * in.tokenGrowth;
    r.computedTokensPerDay = r.outputTokensPerDay + r.inputTokensPerDay * (1.0 - in.cacheHitShare);
}

// `serving`: the shape every lane shares, when the caller knows the lanes differ
// in no input that feeds it (feedsServingShape); the same numbers, computed once.
template <class T>
void evaluateCapacity(const BasicInputs<T> &in, BasicResults<T> &r, const ServingShape<double> *serving)
{
    const ServingRates<T> rates =
        serving ? kernel::servingRates(in, splatShape<T>(*serving)) : kernel::servingRates(in);
    r.prefillTokensPerSecPerGpu = rates.prefillPerGpu;
    r.decodeTokensPerSecPerGpu = rates.decodePerGpu;
    r.decodeSequencesPerGpu = rates.sequences;
    r.decodeBottleneck = rates.bottleneck;
    const ThroughputGpus<T> gpus = kernel::throughputGpus(r.inputTokensPerDay, r.outputTokensPerDay, rates);
    r.prefillGpus = gpus.prefill;
    r.decodeGpus = gpus.decode;
    r.avgBusyGpus = gpus.prefill + gpus.decode;
    r.provisionedGpus = r.avgBusyGpus * in.peakMultiplier;
    r.billedGpus = in.billing == Billing::Elastic ? r.avgBusyGpus : r.provisionedGpus;

    const T flopsPerToken = 2.0 * in.activeParamsBillions * 1e9;
    const T cardPeakFlops = in.cardPeakTflops * 1e12;
    r.requiredFlopsPerSec = r.computedTokensPerDay * flopsPerToken / secondsPerDay;
    r.gpusIfComputeBound = r.requiredFlopsPerSec * in.peakMultiplier / (cardPeakFlops * in.utilization);
    r.impliedMfu = r.requiredFlopsPerSec / (r.avgBusyGpus * cardPeakFlops);
}

template <class T>
void evaluateMaas(const BasicInputs<T> &in, BasicResults<T> &r)
{
    r.gpuCostPerDay = kernel::gpuCostPerDay(r.billedGpus, in.gpuHourPriceUsd);
    r.totalCostPerDay = kernel::totalCostPerDay(r.gpuCostPerDay, in.gpuShareOfTotalCost);
    r.nonGpuCostPerDay = r.totalCostPerDay - r.gpuCostPerDay;

    const T hitTokens = r.inputTokensPerDay * in.cacheHitShare;
    const T missTokens = r.inputTokensPerDay - hitTokens;
    const T hit = hitTokens * in.priceCacheHitUsdPerM / 1e6;
    const T miss = missTokens * in.priceCacheMissUsdPerM / 1e6;
    const T out = r.outputTokensPerDay * in.priceOutputUsdPerM / 1e6;
    r.theoreticalRevenuePerDay = hit + miss + out;

    const T billedShare = in.paidRate * in.priceRealization;
    r.revenuePerDay = r.theoreticalRevenuePerDay * billedShare;
    r.revenueCacheHitPerDay = hit * billedShare;
    r.revenueCacheMissPerDay = miss * billedShare;
    r.revenueOutputPerDay = out * billedShare;

    r.costProfitMargin = kernel::costProfitMargin(r.revenuePerDay, r.totalCostPerDay);
    r.revenueMargin = kernel::revenueMargin(r.revenuePerDay, r.totalCostPerDay);
    r.breakEvenPaidRate = r.totalCostPerDay / (r.theoreticalRevenuePerDay * in.priceRealization);
    r.costPerMillionOutputTokensUsd = r.totalCostPerDay / r.outputTokensPerDay * 1e6;

    // DS's theoretical margin pays for average GPUs only, bills every token at
    // list price and counts no cost but GPU rent; each step then lets one of
    // those assumptions go, in model.md's order.
    const T elasticGpuCost = kernel::gpuCostPerDay(r.avgBusyGpus, in.gpuHourPriceUsd);
    const T theoretical = kernel::revenueMargin(r.theoreticalRevenuePerDay, elasticGpuCost);
    const T realized = kernel::revenueMargin(r.theoreticalRevenuePerDay * in.priceRealization, elasticGpuCost);
    const T paid = kernel::revenueMargin(r.revenuePerDay, elasticGpuCost);
    const T allCosts =
        kernel::revenueMargin(r.revenuePerDay, kernel::totalCostPerDay(elasticGpuCost, in.gpuShareOfTotalCost));
    r.waterfall = {{
        {WaterfallStep::TheoreticalMargin, theoretical},
        {WaterfallStep::PriceRealization, realized - theoretical},
        {WaterfallStep::PaidRate, paid - realized},
        {WaterfallStep::NonGpuCosts, allCosts - paid},
        {WaterfallStep::BillingPeak, r.revenueMargin - allCosts},
        {WaterfallStep::FinalMargin, r.revenueMargin},
    }};
}

template <class T>
void evaluateCentre(const BasicInputs<T> &in, BasicResults<T> &r)
{
    const T fullRevenue = in.cards * in.rentalCnyPerCardHour * hoursPerYear / 1e6;
    const T fixedCost = in.opexCnyMillionsPerYear + in.capexCnyMillions / in.depreciationYears;
    r.annualRevenue = fullRevenue * in.occupancy;
    r.annualProfit = r.annualRevenue - fixedCost;
    r.breakEvenOccupancy = fixedCost / fullRevenue;
    const T cashPerYear = r.annualRevenue - in.opexCnyMillionsPerYear;
    r.paybackYears = kernel::maybe(cashPerYear > 0, in.capexCnyMillions / cashPerYear);
}

template <class T>
void evaluateChain(const BasicInputs<T> &in, BasicResults<T> &r)
{
    r.centresFilled = r.provisionedGpus / in.cards;
    r.gpusPerMillionDau = r.provisionedGpus / in.dauMillions;
    r.dauToBreakEvenMillions =
        kernel::maybe(r.breakEvenOccupancy <= 1.0, r.breakEvenOccupancy * in.cards / r.gpusPerMillionDau);
}

template <class T>
void evaluate(const BasicInputs<T> &in, BasicResults<T> &r, const ServingShape<double> *serving = nullptr)
{
    evaluateDemand(in, r);
    evaluateCapacity(in, r, serving);
    evaluateMaas(in, r);
    evaluateCentre(in, r);
    evaluateChain(in, r);
}

} // namespace kernel

} // namespace cc
