// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputs.h"

#include "lookup.h"

#include <algorithm>
#include <cstdlib>
#include <array>
#include <iterator>
#include <utility>

namespace cc {

namespace {

#define CC_OUT(field) &Results::field, nullptr, false, [](const LaneResults &r) -> const Lanes & { return r.field; }
#define CC_OPTIONAL_OUT(field)                                                                                        \
    nullptr, &Results::field, true, [](const LaneResults &r) -> const Lanes & { return r.field; }

constexpr std::array table{
    OutputInfo{"avgBusyGpus", "Average busy GPUs", "平均在用 GPU", OutputKind::Gpus, CC_OUT(avgBusyGpus)},
    OutputInfo{"provisionedGpus", "Provisioned GPUs (peak)", "峰值配置 GPU", OutputKind::Gpus, CC_OUT(provisionedGpus)},
    OutputInfo{"billedGpus", "Billed GPUs", "计费 GPU", OutputKind::Gpus, CC_OUT(billedGpus)},
    OutputInfo{"gpusIfComputeBound", "GPUs if compute-bound (FLOPs method)", "算力瓶颈下所需 GPU（FLOPs 法）",
               OutputKind::Gpus, CC_OUT(gpusIfComputeBound)},
    OutputInfo{"impliedMfu", "Implied model-FLOPs utilization", "隐含算力利用率 (MFU)", OutputKind::Ratio, CC_OUT(impliedMfu)},
    OutputInfo{"gpuCostPerDay", "GPU cost", "GPU 成本", OutputKind::UsdPerDay, CC_OUT(gpuCostPerDay)},
    OutputInfo{"totalCostPerDay", "Total cost", "总成本", OutputKind::UsdPerDay, CC_OUT(totalCostPerDay)},
    OutputInfo{"theoreticalRevenuePerDay", "Theoretical revenue", "理论收入", OutputKind::UsdPerDay,
               CC_OUT(theoreticalRevenuePerDay)},
    OutputInfo{"revenuePerDay", "Revenue", "收入", OutputKind::UsdPerDay, CC_OUT(revenuePerDay)},
    OutputInfo{"costProfitMargin", "Cost-profit margin", "成本利润率", OutputKind::Ratio, CC_OUT(costProfitMargin)},
    OutputInfo{"revenueMargin", "Revenue margin", "收入利润率", OutputKind::Ratio, CC_OUT(revenueMargin)},
    OutputInfo{"breakEvenPaidRate", "Break-even paid rate", "盈亏平衡付费率", OutputKind::Ratio, CC_OUT(breakEvenPaidRate)},
    OutputInfo{"annualRevenue", "Centre annual revenue", "智算中心年收入", OutputKind::CnyMillionsPerYear, CC_OUT(annualRevenue)},
    OutputInfo{"annualProfit", "Centre annual profit", "智算中心年利润", OutputKind::CnyMillionsPerYear, CC_OUT(annualProfit)},
    OutputInfo{"breakEvenOccupancy", "Centre break-even occupancy", "智算中心盈亏平衡出租率", OutputKind::Ratio,
               CC_OUT(breakEvenOccupancy)},
    OutputInfo{"paybackYears", "Centre payback", "智算中心回本年限", OutputKind::Years, CC_OPTIONAL_OUT(paybackYears),
               "never", "无法回本"},
    OutputInfo{"centresFilled", "Centres filled", "可填满的智算中心数", OutputKind::Count, CC_OUT(centresFilled)},
    OutputInfo{"gpusPerMillionDau", "Provisioned GPUs per million DAU", "每百万日活所需 GPU", OutputKind::Gpus,
               CC_OUT(gpusPerMillionDau)},
    OutputInfo{"dauToBreakEvenMillions", "DAU to bring one centre to break-even", "使一个中心盈亏平衡所需日活",
               OutputKind::MillionUsers, CC_OPTIONAL_OUT(dauToBreakEvenMillions), "—", "—"},
};

#undef CC_OUT
#undef CC_OPTIONAL_OUT

} // namespace

std::span<const OutputInfo> outputs()
{
    return table;
}

static_assert(outputCount == int(table.size()));

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
    writeAll(r, undefined, dst, std::make_index_sequence<table.size()>());
}

void writeOutputs(const LaneResults &r, Lanes *dst)
{
    writeAll(r, dst, std::make_index_sequence<table.size()>());
}

int outputIndex(const OutputInfo &o)
{
    return static_cast<int>(&o - table.data());
}

const OutputInfo &output(double Results::*field)
{
    for (const OutputInfo &o : table)
        if (!o.optional && o.value == field)
            return o;
    std::abort(); // not an output: a programming error the tests catch at once
}

const OutputInfo *findOutput(std::string_view id)
{
    return findById<OutputInfo>(table, id);
}

std::string_view outputUnit(OutputKind kind, bool zh)
{
    switch (kind) {
    case OutputKind::Gpus: return zh ? "卡" : "GPUs";
    case OutputKind::Ratio: return "%";
    case OutputKind::UsdPerDay: return zh ? "美元/日" : "USD/day";
    case OutputKind::CnyMillionsPerYear: return zh ? "百万元/年" : "CNY M/yr";
    case OutputKind::Years: return zh ? "年" : "years";
    case OutputKind::Count: return zh ? "个" : "centres";
    case OutputKind::MillionUsers: return zh ? "百万人" : "M users";
    }
    return "";
}

std::string_view waterfallStepLabel(WaterfallStep s, bool zh)
{
    switch (s) {
    case WaterfallStep::TheoreticalMargin: return zh ? "理论收入利润率" : "Theoretical margin";
    case WaterfallStep::PriceRealization: return zh ? "价格实现率" : "Price realization";
    case WaterfallStep::PaidRate: return zh ? "付费率" : "Paid rate";
    case WaterfallStep::NonGpuCosts: return zh ? "非 GPU 成本" : "Non-GPU costs";
    case WaterfallStep::BillingPeak: return zh ? "计费方式/峰值" : "Billing / peak";
    case WaterfallStep::FinalMargin: return zh ? "最终收入利润率" : "Final margin";
    }
    return "";
}

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
