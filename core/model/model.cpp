// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/model.h"

#include "core/model/market.h"

namespace cc {

ThroughputGpus throughputGpus(double inputTokensPerDay, double outputTokensPerDay, const Inputs &in)
{
    // DS6 measured its node throughput at the utilization the broker states
    // (GJ's 77 %), so throughput is taken to scale linearly from there.
    const double scale = in.utilization / in.calibrationUtilization;
    const double prefillPerGpu = in.prefillTokensPerSecPerNode / in.gpusPerNode * scale;
    const double decodePerGpu = in.decodeTokensPerSecPerNode / in.gpusPerNode * scale;
    return {inputTokensPerDay / (secondsPerDay * prefillPerGpu), outputTokensPerDay / (secondsPerDay * decodePerGpu)};
}

double gpuCostPerDay(double billedGpus, double gpuHourPriceUsd)
{
    return billedGpus * 24.0 * gpuHourPriceUsd;
}

double totalCostPerDay(double gpuCost, double gpuShareOfTotalCost)
{
    return gpuCost / gpuShareOfTotalCost;
}

double costProfitMargin(double revenue, double cost)
{
    return revenue / cost - 1.0;
}

double revenueMargin(double revenue, double cost)
{
    return 1.0 - cost / revenue;
}

double centreAnnualProfit(const Inputs &in, double occupancy)
{
    const double fullRevenue = in.cards * in.rentalCnyPerCardHour * hoursPerYear / 1e6;
    return fullRevenue * occupancy - in.opexCnyMillionsPerYear - in.capexCnyMillions / in.depreciationYears;
}

namespace {

void evaluateDemand(const Inputs &in, Results &r)
{
    const double users = in.dauMillions * 1e6;
    r.inputTokensPerDay = users * in.inputTokensPerDau * in.tokenGrowth;
    r.outputTokensPerDay = users * in.outputTokensPerDau * in.tokenGrowth;
    r.computedTokensPerDay = r.outputTokensPerDay + r.inputTokensPerDay * (1.0 - in.cacheHitShare);
}

void evaluateCapacity(const Inputs &in, Results &r)
{
    const ThroughputGpus gpus = throughputGpus(r.inputTokensPerDay, r.outputTokensPerDay, in);
    r.prefillGpus = gpus.prefill;
    r.decodeGpus = gpus.decode;
    r.avgBusyGpus = gpus.total();
    r.provisionedGpus = r.avgBusyGpus * in.peakMultiplier;
    r.billedGpus = in.billing == Billing::Elastic ? r.avgBusyGpus : r.provisionedGpus;

    const double flopsPerToken = 2.0 * in.activeParamsBillions * 1e9;
    const double cardPeakFlops = in.cardPeakTflops * 1e12;
    r.requiredFlopsPerSec = r.computedTokensPerDay * flopsPerToken / secondsPerDay;
    r.gpusIfComputeBound = r.requiredFlopsPerSec * in.peakMultiplier / (cardPeakFlops * in.utilization);
    r.impliedMfu = r.requiredFlopsPerSec / (r.avgBusyGpus * cardPeakFlops);
}

void evaluateMaas(const Inputs &in, Results &r)
{
    r.gpuCostPerDay = gpuCostPerDay(r.billedGpus, in.gpuHourPriceUsd);
    r.totalCostPerDay = totalCostPerDay(r.gpuCostPerDay, in.gpuShareOfTotalCost);
    r.nonGpuCostPerDay = r.totalCostPerDay - r.gpuCostPerDay;

    const double hitTokens = r.inputTokensPerDay * in.cacheHitShare;
    const double missTokens = r.inputTokensPerDay - hitTokens;
    const double hit = hitTokens * in.priceCacheHitUsdPerM / 1e6;
    const double miss = missTokens * in.priceCacheMissUsdPerM / 1e6;
    const double out = r.outputTokensPerDay * in.priceOutputUsdPerM / 1e6;
    r.theoreticalRevenuePerDay = hit + miss + out;

    const double billedShare = in.paidRate * in.priceRealization;
    r.revenuePerDay = r.theoreticalRevenuePerDay * billedShare;
    r.revenueCacheHitPerDay = hit * billedShare;
    r.revenueCacheMissPerDay = miss * billedShare;
    r.revenueOutputPerDay = out * billedShare;

    r.costProfitMargin = costProfitMargin(r.revenuePerDay, r.totalCostPerDay);
    r.revenueMargin = revenueMargin(r.revenuePerDay, r.totalCostPerDay);
    r.breakEvenPaidRate = r.totalCostPerDay / (r.theoreticalRevenuePerDay * in.priceRealization);

    // DS's theoretical margin pays for average GPUs only, bills every token at
    // list price and counts no cost but GPU rent; each step then lets one of
    // those assumptions go, in model.md's order.
    const double elasticGpuCost = gpuCostPerDay(r.avgBusyGpus, in.gpuHourPriceUsd);
    const double theoretical = revenueMargin(r.theoreticalRevenuePerDay, elasticGpuCost);
    const double realized = revenueMargin(r.theoreticalRevenuePerDay * in.priceRealization, elasticGpuCost);
    const double paid = revenueMargin(r.revenuePerDay, elasticGpuCost);
    const double allCosts = revenueMargin(r.revenuePerDay, totalCostPerDay(elasticGpuCost, in.gpuShareOfTotalCost));
    r.waterfall = {{
        {WaterfallStep::TheoreticalMargin, theoretical},
        {WaterfallStep::PriceRealization, realized - theoretical},
        {WaterfallStep::PaidRate, paid - realized},
        {WaterfallStep::NonGpuCosts, allCosts - paid},
        {WaterfallStep::BillingPeak, r.revenueMargin - allCosts},
        {WaterfallStep::FinalMargin, r.revenueMargin},
    }};
}

void evaluateCentre(const Inputs &in, Results &r)
{
    const double fullRevenue = in.cards * in.rentalCnyPerCardHour * hoursPerYear / 1e6;
    const double fixedCost = in.opexCnyMillionsPerYear + in.capexCnyMillions / in.depreciationYears;
    r.annualRevenue = fullRevenue * in.occupancy;
    r.annualProfit = r.annualRevenue - fixedCost;
    r.breakEvenOccupancy = fixedCost / fullRevenue;
    const double cashPerYear = r.annualRevenue - in.opexCnyMillionsPerYear;
    r.paybackYears = cashPerYear > 0 ? std::optional(in.capexCnyMillions / cashPerYear) : std::nullopt;
}

void evaluateChain(const Inputs &in, Results &r)
{
    r.centresFilled = r.provisionedGpus / in.cards;
    r.gpusPerMillionDau = r.provisionedGpus / in.dauMillions;
    r.dauToBreakEvenMillions = r.breakEvenOccupancy <= 1.0
                                   ? std::optional(r.breakEvenOccupancy * in.cards / r.gpusPerMillionDau)
                                   : std::nullopt;
}

} // namespace

Results evaluate(const Inputs &in)
{
    Results r;
    evaluateDemand(in, r);
    evaluateCapacity(in, r);
    evaluateMaas(in, r);
    evaluateCentre(in, r);
    evaluateChain(in, r);
    evaluateMarket(in, r);
    return r;
}

} // namespace cc
