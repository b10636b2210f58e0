// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/outputs.h"

#include "core/model/lookup.h"
#include "core/model/tr.h"

#include <algorithm>
#include <cstdlib>
#include <array>
#include <iterator>
#include <utility>

namespace cc {

namespace {

#define CC_LANES(field) [](const LaneResults &r) -> const Lanes & { return r.field; }
#define CC_OUT(field) &Results::field, nullptr, false, CC_LANES(field)
#define CC_OPTIONAL_OUT(field) nullptr, &Results::field, true, CC_LANES(field)

// A plain array: lupdate files CC_TR texts in a `std::array` under "std".
// One output per row: kept as laid out.
// clang-format off
constexpr OutputInfo table[]{
    OutputInfo{"avgBusyGpus", CC_TR("Average busy GPUs"), OutputKind::Gpus, CC_OUT(avgBusyGpus)},
    OutputInfo{"provisionedGpus", CC_TR("Provisioned GPUs (peak)"), OutputKind::Gpus, CC_OUT(provisionedGpus)},
    OutputInfo{"billedGpus", CC_TR("Billed GPUs"), OutputKind::Gpus, CC_OUT(billedGpus)},
    OutputInfo{"gpusIfComputeBound", CC_TR("GPUs if compute-bound (FLOPs method)"),
               OutputKind::Gpus, CC_OUT(gpusIfComputeBound)},
    OutputInfo{"impliedMfu", CC_TR("Implied model-FLOPs utilization"), OutputKind::Ratio, CC_OUT(impliedMfu)},
    OutputInfo{"prefillTokensPerSecPerGpu", CC_TR("Prefill throughput per GPU"), OutputKind::TokensPerSec,
               CC_OUT(prefillTokensPerSecPerGpu)},
    OutputInfo{"decodeTokensPerSecPerGpu", CC_TR("Decode throughput per GPU"), OutputKind::TokensPerSec,
               CC_OUT(decodeTokensPerSecPerGpu)},
    OutputInfo{"decodeSequencesPerGpu", CC_TR("Decode sequences per GPU"), OutputKind::Sequences,
               CC_OUT(decodeSequencesPerGpu)},
    OutputInfo{"gpuCostPerDay", CC_TR("GPU cost"), OutputKind::UsdPerDay, CC_OUT(gpuCostPerDay)},
    OutputInfo{"totalCostPerDay", CC_TR("Total cost"), OutputKind::UsdPerDay, CC_OUT(totalCostPerDay)},
    OutputInfo{"theoreticalRevenuePerDay", CC_TR("Theoretical revenue"), OutputKind::UsdPerDay,
               CC_OUT(theoreticalRevenuePerDay)},
    OutputInfo{"revenuePerDay", CC_TR("Revenue"), OutputKind::UsdPerDay, CC_OUT(revenuePerDay)},
    OutputInfo{"costProfitMargin", CC_TR("Cost-profit margin"), OutputKind::Ratio, CC_OUT(costProfitMargin)},
    OutputInfo{"revenueMargin", CC_TR("Revenue margin"), OutputKind::Ratio, CC_OUT(revenueMargin)},
    OutputInfo{"breakEvenPaidRate", CC_TR("Break-even paid rate"), OutputKind::Ratio, CC_OUT(breakEvenPaidRate)},
    OutputInfo{"costPerMillionOutputTokensUsd", CC_TR("Cost per M output tokens"),
               OutputKind::UsdPerMillionTokens, CC_OUT(costPerMillionOutputTokensUsd)},
    OutputInfo{"annualRevenue", CC_TR("Centre annual revenue"), OutputKind::CnyMillionsPerYear, CC_OUT(annualRevenue)},
    OutputInfo{"annualProfit", CC_TR("Centre annual profit"), OutputKind::CnyMillionsPerYear, CC_OUT(annualProfit)},
    OutputInfo{"breakEvenOccupancy", CC_TR("Centre break-even occupancy"), OutputKind::Ratio,
               CC_OUT(breakEvenOccupancy)},
    OutputInfo{"paybackYears", CC_TR("Centre payback"), OutputKind::Years, CC_OPTIONAL_OUT(paybackYears),
               CC_TR("never")},
    OutputInfo{"centresFilled", CC_TR("Centres filled"), OutputKind::Count, CC_OUT(centresFilled)},
    OutputInfo{"gpusPerMillionDau", CC_TR("Provisioned GPUs per million DAU"), OutputKind::Gpus,
               CC_OUT(gpusPerMillionDau)},
    OutputInfo{"dauToBreakEvenMillions", CC_TR("DAU to bring one centre to break-even"),
               OutputKind::MillionUsers, CC_OPTIONAL_OUT(dauToBreakEvenMillions), CC_TR("—")},
    OutputInfo{"gpuDemandMultiplier", CC_TR("GPU demand after the efficiency gain"),
               OutputKind::Multiplier, CC_OUT(gpuDemandMultiplier)},
    OutputInfo{"jevonsElasticity", CC_TR("Elasticity above which efficiency raises GPU demand"),
               OutputKind::Elasticity, CC_OPTIONAL_OUT(jevonsElasticity), CC_TR("none (no pass-through)")},
    OutputInfo{"nationalIdleCards", CC_TR("Idle cards in China today"), OutputKind::Gpus,
               CC_OUT(nationalIdleCards)},
    OutputInfo{"maasToFillIdleCards", CC_TR("≈ DeepSeeks (MaaS of this size) to fill today's idle cards"),
               OutputKind::MaasCount, CC_OUT(maasToFillIdleCards)},
    OutputInfo{"marketOccupancyFinalYear", CC_TR("National occupancy in the final year"), OutputKind::Ratio,
               CC_OUT(marketOccupancyFinalYear)},
    OutputInfo{"yearMarketReachesBreakEven", CC_TR("Year national occupancy reaches the centre's break-even"), OutputKind::Year, CC_OPTIONAL_OUT(yearMarketReachesBreakEven),
               CC_TR("not reached")},
};
// clang-format on

#undef CC_LANES
#undef CC_OUT
#undef CC_OPTIONAL_OUT

} // namespace

std::span<const OutputInfo> outputs()
{
    return table;
}

static_assert(outputCount == int(std::size(table)));

namespace {

// Unrolled at compile time over the constexpr table: each output becomes one
// plain load and store, as cheap as the hand-written list it replaces, while
// the order stays outputs()'s by construction.
template <std::size_t K>
double valueAt(const Results &r, double undefined)
{
    if constexpr (table[K].optional)
        return (r.*table[K].optionalValue).value_or(undefined);
    else
        return r.*table[K].value;
}

template <std::size_t... K>
void writeAll(const Results &r, double undefined, double *dst, std::index_sequence<K...>)
{
    ((dst[K] = valueAt<K>(r, undefined)), ...);
}

template <std::size_t... K>
void writeAll(const LaneResults &r, Lanes *dst, std::index_sequence<K...>)
{
    ((dst[K] = (*table[K].lanes)(r)), ...);
}

} // namespace

void writeOutputs(const Results &r, double undefined, double *dst)
{
    writeAll(r, undefined, dst, std::make_index_sequence<std::size(table)>());
}

void writeOutputs(const LaneResults &r, Lanes *dst)
{
    writeAll(r, dst, std::make_index_sequence<std::size(table)>());
}

bool needsMarketBlock(const OutputInfo &o)
{
    return o.optional ? o.optionalValue == &Results::jevonsElasticity ||
                            o.optionalValue == &Results::yearMarketReachesBreakEven
                      : o.value == &Results::gpuDemandMultiplier || o.value == &Results::nationalIdleCards ||
                            o.value == &Results::maasToFillIdleCards || o.value == &Results::marketOccupancyFinalYear;
}

int outputIndex(const OutputInfo &o)
{
    return static_cast<int>(&o - table);
}

const OutputInfo &output(double Results::*field)
{
    for (const OutputInfo &o : table)
        if (!o.optional && o.value == field)
            return o;
    std::abort(); // not an output: a programming error the tests catch at once
}

const OutputInfo &output(std::optional<double> Results::*field)
{
    for (const OutputInfo &o : table)
        if (o.optional && o.optionalValue == field)
            return o;
    std::abort();
}

const OutputInfo *findOutput(std::string_view id)
{
    return findById<OutputInfo>(table, id);
}

} // namespace cc

// Qualified with cc:: outside the namespace: after a `std::string_view` return
// type inside it, lupdate would file the CC_TR texts under "std", not "cc".
std::string_view cc::outputUnit(OutputKind kind)
{
    switch (kind) {
    case OutputKind::Gpus: return CC_TR("GPUs");
    case OutputKind::Ratio: return "%";
    case OutputKind::UsdPerDay: return CC_TR("USD/day");
    case OutputKind::CnyMillionsPerYear: return CC_TR("CNY M/yr");
    case OutputKind::Years: return CC_TR("years");
    case OutputKind::Count: return CC_TR("centres");
    case OutputKind::MillionUsers: return CC_TR("M users");
    case OutputKind::Multiplier: return CC_TR("×");
    case OutputKind::Elasticity: return "ε";
    case OutputKind::Year: return CC_TR("year");
    case OutputKind::MaasCount: return CC_TR("DeepSeeks");
    case OutputKind::TokensPerSec: return CC_TR("tokens/s");
    case OutputKind::Sequences: return CC_TR("sequences");
    case OutputKind::UsdPerMillionTokens: return CC_TR("USD/M tokens");
    }
    return "";
}

std::string_view cc::waterfallStepLabel(WaterfallStep s)
{
    switch (s) {
    case WaterfallStep::TheoreticalMargin: return CC_TR("Theoretical margin");
    case WaterfallStep::PriceRealization: return CC_TR("Price realization");
    case WaterfallStep::PaidRate: return CC_TR("Paid rate");
    case WaterfallStep::NonGpuCosts: return CC_TR("Non-GPU costs");
    case WaterfallStep::BillingPeak: return CC_TR("Billing / peak");
    case WaterfallStep::FinalMargin: return CC_TR("Final margin");
    }
    return "";
}

namespace cc {

std::string_view waterfallStepId(WaterfallStep s)
{
    switch (s) {
    case WaterfallStep::TheoreticalMargin: return "theoreticalMargin";
    case WaterfallStep::PriceRealization: return "priceRealization";
    case WaterfallStep::PaidRate: return "paidRate";
    case WaterfallStep::NonGpuCosts: return "nonGpuCosts";
    case WaterfallStep::BillingPeak: return "billingPeak";
    case WaterfallStep::FinalMargin: return "finalMargin";
    }
    return "";
}

} // namespace cc
