// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/model.h"

#include "core/model/market.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <type_traits>

namespace cc {

ThroughputGpus throughputGpus(double inputTokensPerDay, double outputTokensPerDay, const Inputs &in)
{
    const auto gpus = kernel::throughputGpus(inputTokensPerDay, outputTokensPerDay, kernel::servingRates(in));
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

double centreAnnualProfit(const Inputs &in, double occupancy)
{
    const double fullRevenue = in.cards * in.rentalCnyPerCardHour * hoursPerYear / 1e6;
    return fullRevenue * occupancy - in.opexCnyMillionsPerYear - in.capexCnyMillions / in.depreciationYears;
}

Results evaluate(const Inputs &in)
{
    Results r;
    kernel::evaluate(in, r);
    evaluateMarket(in, r);
    return r;
}

// Every member of Inputs before billing is a double, and every member of
// LaneInputs before it one Lanes: the k-th of the one is the k-th of the other.
static_assert(std::is_standard_layout_v<Inputs> && std::is_standard_layout_v<LaneInputs>);
static_assert(sizeof(Billing) + sizeof(SupplyBasis) + sizeof(ServingMethod) + sizeof(Card) + sizeof(ModelArch) <=
              sizeof(double));
static_assert(offsetof(Inputs, billing) + sizeof(double) == sizeof(Inputs),
              "the choices must stay Inputs' last members");
static_assert(offsetof(Inputs, modelArch) > offsetof(Inputs, billing));
static_assert(offsetof(LaneInputs, billing) == offsetof(Inputs, billing) / sizeof(double) * sizeof(Lanes));

namespace {

constexpr std::size_t numericSlots = offsetof(Inputs, billing) / sizeof(double);

std::size_t slot(double Inputs::*field)
{
    static const Inputs probe{};
    return std::size_t(reinterpret_cast<const char *>(&(probe.*field)) - reinterpret_cast<const char *>(&probe)) /
           sizeof(double);
}

// The market block for a batch whose lanes may differ in its inputs: the year
// table has no lane form, so each lane runs evaluateMarket() as evaluate() does.
void evaluateMarketEachLane(const LaneInputs &in, LaneResults &r)
{
    const auto nanIfNone = [](const std::optional<double> &v) { return v.value_or(std::nan("")); };
    for (int j = 0; j < laneCount; ++j) {
        Results scalar;
        scalar.provisionedGpus = r.provisionedGpus[j];
        scalar.breakEvenOccupancy = r.breakEvenOccupancy[j];
        evaluateMarket(laneInputs(in, j), scalar);
        r.gpuDemandMultiplier[j] = scalar.gpuDemandMultiplier;
        r.jevonsElasticity[j] = nanIfNone(scalar.jevonsElasticity);
        r.nationalIdleCards[j] = scalar.nationalIdleCards;
        r.maasToFillIdleCards[j] = scalar.maasToFillIdleCards;
        r.marketOccupancyFinalYear[j] = scalar.marketOccupancyFinalYear;
        r.yearMarketReachesBreakEven[j] = nanIfNone(scalar.yearMarketReachesBreakEven);
    }
}

// With one outlook for every lane, only what follows from each lane's GPUs and
// break-even is left, and it has a lane form: the same IEEE operations as
// applyMarketOutlook().
[[gnu::always_inline]] inline void applySharedOutlook(const MarketOutlook &shared, LaneResults &r)
{
    const Lanes none = Lanes{} + std::nan("");
    r.gpuDemandMultiplier = shared.gpuDemandMultiplier - Lanes{};
    r.jevonsElasticity = shared.jevonsElasticity ? *shared.jevonsElasticity - Lanes{} : none;
    r.nationalIdleCards = shared.nationalIdleCards - Lanes{};
    r.maasToFillIdleCards = shared.nationalIdleCards / r.provisionedGpus;
    r.marketOccupancyFinalYear = shared.occupancy.back().second - Lanes{};
    // The first year whose (capped) occupancy reaches the lane's break-even:
    // walked backwards, the last year to reach it is the first. As a bitwise
    // blend: GCC takes a `?:` on lanes apart lane by lane.
    using Mask = long __attribute__((vector_size(sizeof(Lanes))));
    Lanes year = none;
    for (auto it = shared.occupancy.rbegin(); it != shared.occupancy.rend(); ++it) {
        const Mask reached = (std::min(1.0, it->second) - Lanes{}) >= r.breakEvenOccupancy;
        year = Lanes((Mask(double(it->first) - Lanes{}) & reached) | (Mask(year) & ~reached));
    }
    r.yearMarketReachesBreakEven = year;
}

// AVX2 where the CPU has it: twice the lanes per instruction, the same IEEE
// operations (no FMA, which would round differently from evaluate()).
// flatten: the kernel's templates are inlined into each clone; without it they
// stayed out of line, compiled for the baseline, and only this glue was AVX2.
// (Measured on the 2-core EPYC: the model is a quarter of a Monte Carlo run, and
// the data table moved within noise — the lanes are not what limits either.)
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default"), flatten))
#endif
void evaluateKernelLanes(const LaneInputs &in, LaneResults &r, const MarketOutlook *shared,
                         const kernel::ServingShape<double> *serving)
{
    kernel::evaluate(in, r, serving);
    if (shared)
        applySharedOutlook(*shared, r);
}

} // namespace

void evaluate(const LaneInputs &in, LaneResults &r, bool market, const MarketOutlook *shared,
              const kernel::ServingShape<double> *serving)
{
    evaluateKernelLanes(in, r, market ? shared : nullptr, serving);
    if (market && !shared)
        evaluateMarketEachLane(in, r);
}

void broadcast(const Inputs &in, LaneInputs &lanes)
{
    double scalar[numericSlots];
    std::memcpy(scalar, &in, sizeof scalar);
    Lanes wide[numericSlots];
    for (std::size_t k = 0; k < numericSlots; ++k)
        wide[k] = scalar[k] - Lanes{}; // x − (+0) is x, −0 included
    std::memcpy(static_cast<void *>(&lanes), wide, sizeof wide);
    lanes.billing = in.billing;
    lanes.nationalSupplyBasis = in.nationalSupplyBasis;
    lanes.servingMethod = in.servingMethod;
    lanes.card = in.card;
    lanes.modelArch = in.modelArch;
}

Lanes &laneField(LaneInputs &lanes, double Inputs::*field)
{
    return reinterpret_cast<Lanes *>(&lanes)[slot(field)];
}

Inputs laneInputs(const LaneInputs &lanes, int lane)
{
    Lanes wide[numericSlots];
    std::memcpy(wide, static_cast<const void *>(&lanes), sizeof wide);
    double scalar[numericSlots];
    for (std::size_t k = 0; k < numericSlots; ++k)
        scalar[k] = wide[k][lane];
    Inputs in;
    std::memcpy(static_cast<void *>(&in), scalar, sizeof scalar);
    in.billing = lanes.billing;
    in.nationalSupplyBasis = lanes.nationalSupplyBasis;
    in.servingMethod = lanes.servingMethod;
    in.card = lanes.card;
    in.modelArch = lanes.modelArch;
    return in;
}

} // namespace cc
