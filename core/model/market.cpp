// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/market.h"

#include "core/model/growth.h"
#include "core/model/jevons.h"
#include "core/model/model.h"
#include "core/model/registry.h"

#include <algorithm>
#include <cmath>

namespace cc {

double nationalSupplyToday(const Inputs &in)
{
    if (in.nationalSupplyBasis == SupplyBasis::Eflops)
        return in.nationalIntelligentEflops * 1e18 / (in.nationalCardTflops16 * 1e12);
    return in.nationalCentresOperating * in.cardsPerCentre;
}

double supplyFactor(const Inputs &in, int t)
{
    // The path is the centres' whatever the basis: IDC gives a level, not a build-out.
    const double online = std::min(double(t), in.pipelineYears) / in.pipelineYears;
    const double built = in.nationalCentresOperating + in.nationalCentresPipeline * online;
    const double further = std::pow(1.0 + in.supplyGrowthPerYear, std::max(0.0, t - in.pipelineYears));
    return built * further / in.nationalCentresOperating;
}

namespace {

// Far corners of the domain (ε = 10 on a 10×-a-year efficiency gain for 50
// years, supply shrinking 90 % a year) would overflow a double; in logs the
// table stays finite and only those corners are clipped, at e^700 ≈ 1e304.
constexpr double logCeiling = 700;

double clippedExp(double logValue)
{
    return std::exp(std::min(logCeiling, logValue));
}

// ln(e^a + e^b) without overflow; −∞ for a part that is zero.
double logSum(double a, double b)
{
    const double hi = std::max(a, b), lo = std::min(a, b);
    if (std::isinf(hi) && hi < 0)
        return hi;
    return hi + std::log1p(std::exp(lo - hi));
}

} // namespace

std::vector<MarketYear> projectMarket(const Inputs &in)
{
    const double supply0 = nationalSupplyToday(in);
    // No invented demand figure: today's demand is what today's occupancy rents out.
    const double demand0 = in.nationalOccupancy * supply0;
    const double training0 = demand0 * in.trainingShareOfDemand;
    const double inference0 = demand0 - training0;
    const double inferenceLog = growthRates(in).total();
    const double trainingLog = std::log1p(in.trainingDemandGrowthPerYear);
    const int years = static_cast<int>(in.projectionYears);

    std::vector<MarketYear> rows;
    rows.reserve(years + 1);
    for (int t = 0; t <= years; ++t) {
        const double logSupply = std::log(supply0) + std::log(supplyFactor(in, t));
        const double logTraining = std::log(training0) + t * trainingLog; // −∞ when there is none
        const double logInference = std::log(inference0) + t * inferenceLog;
        MarketYear y{
            growthBaseYear + t, clippedExp(logSupply), clippedExp(logTraining), clippedExp(logInference), 0, 0};
        y.occupancy = demand0 > 0 ? clippedExp(logSum(logTraining, logInference) - logSupply) : 0.0;
        y.centreAnnualProfit = centreAnnualProfit(in, std::min(1.0, y.occupancy));
        rows.push_back(y);
    }
    return rows;
}

MarketOutlook marketOutlook(const Inputs &in)
{
    MarketOutlook o;
    o.gpuDemandMultiplier = gpuDemandMultiplier(in.efficiencyGain, in.costPassThrough, in.priceElasticity);
    o.jevonsElasticity = jevonsElasticity(in.efficiencyGain, in.costPassThrough);
    // From today's figures directly, not the table's logs: 112,500 exactly, not 112,499.99999999994.
    const double supply0 = nationalSupplyToday(in);
    o.nationalIdleCards = supply0 - in.nationalOccupancy * supply0;
    for (const MarketYear &y : projectMarket(in))
        o.occupancy.push_back({y.year, y.occupancy});
    return o;
}

void applyMarketOutlook(const MarketOutlook &o, Results &r)
{
    r.gpuDemandMultiplier = o.gpuDemandMultiplier;
    r.jevonsElasticity = o.jevonsElasticity;
    r.nationalIdleCards = o.nationalIdleCards;
    // "How many DeepSeeks": MaaS of the scenario's size, counted by the GPUs it must hold for its peak.
    r.maasToFillIdleCards = o.nationalIdleCards / r.provisionedGpus;
    r.marketOccupancyFinalYear = o.occupancy.back().second;
    r.yearMarketReachesBreakEven.reset();
    for (const auto &[year, occupancy] : o.occupancy)
        if (std::min(1.0, occupancy) >= r.breakEvenOccupancy) {
            r.yearMarketReachesBreakEven = year;
            break;
        }
}

void evaluateMarket(const Inputs &in, Results &r)
{
    applyMarketOutlook(marketOutlook(in), r);
}

bool feedsMarketOutlook(Group g)
{
    return g == Group::Growth || g == Group::Market;
}

} // namespace cc
