// SPDX-License-Identifier: GPL-3.0-or-later
#include "model.h"

#include <cstddef>
#include <cstring>
#include <type_traits>

namespace cc {

ThroughputGpus throughputGpus(double inputTokensPerDay, double outputTokensPerDay, const Inputs &in)
{
    const auto gpus = kernel::throughputGpus(inputTokensPerDay, outputTokensPerDay, in);
    return {gpus.prefill, gpus.decode};
}

double gpuCostPerDay(double billedGpus, double gpuHourPriceUsd)
{
    return kernel::gpuCostPerDay(billedGpus, gpuHourPriceUsd);
}

double totalCostPerDay(double gpuCost, double gpuShareOfTotalCost)
{
    return kernel::totalCostPerDay(gpuCost, gpuShareOfTotalCost);
}

double costProfitMargin(double revenue, double cost)
{
    return kernel::costProfitMargin(revenue, cost);
}

double revenueMargin(double revenue, double cost)
{
    return kernel::revenueMargin(revenue, cost);
}

Results evaluate(const Inputs &in)
{
    Results r;
    kernel::evaluate(in, r);
    return r;
}

// AVX2 where the CPU has it: twice the lanes per instruction, the same IEEE
// operations (no FMA, which would round differently from evaluate()).
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void evaluate(const LaneInputs &in, LaneResults &r)
{
    kernel::evaluate(in, r);
}

// Every member of Inputs but the last (billing) is a double, and every member
// of LaneInputs before it one Lanes: the k-th of the one is the k-th of the other.
static_assert(std::is_standard_layout_v<Inputs> && std::is_standard_layout_v<LaneInputs>);
static_assert(offsetof(Inputs, billing) + sizeof(double) == sizeof(Inputs), "billing must stay Inputs' last member");
static_assert(offsetof(LaneInputs, billing) == offsetof(Inputs, billing) / sizeof(double) * sizeof(Lanes));

namespace {

std::size_t slot(double Inputs::*field)
{
    static const Inputs probe{};
    return std::size_t(reinterpret_cast<const char *>(&(probe.*field)) - reinterpret_cast<const char *>(&probe)) /
           sizeof(double);
}

} // namespace

void broadcast(const Inputs &in, LaneInputs &lanes)
{
    constexpr std::size_t slots = offsetof(Inputs, billing) / sizeof(double);
    double scalar[slots];
    std::memcpy(scalar, &in, sizeof scalar);
    Lanes wide[slots];
    for (std::size_t k = 0; k < slots; ++k)
        wide[k] = scalar[k] - Lanes{}; // x − (+0) is x, −0 included
    std::memcpy(static_cast<void *>(&lanes), wide, sizeof wide);
    lanes.billing = in.billing;
}

Lanes &laneField(LaneInputs &lanes, double Inputs::*field)
{
    return reinterpret_cast<Lanes *>(&lanes)[slot(field)];
}

} // namespace cc
