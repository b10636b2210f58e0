// SPDX-License-Identifier: GPL-3.0-or-later
#include "market.h"

#include "growth.h"
#include "jevons.h"
#include "model.h"

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

std::vector<MarketYear> projectMarket(const Inputs &in)
{
    const double supply0 = nationalSupplyToday(in);
    // No invented demand figure: today's demand is what today's occupancy rents out.
    const double demand0 = in.nationalOccupancy * supply0;
    const double training0 = demand0 * in.trainingShareOfDemand;
    const double inference0 = demand0 - training0;
    const double inferenceLog = growthRates(in).total();
    const int years = static_cast<int>(in.projectionYears);

    std::vector<MarketYear> rows;
    rows.reserve(years + 1);
    for (int t = 0; t <= years; ++t) {
        MarketYear y{growthBaseYear + t, supply0 * supplyFactor(in, t),
                     training0 * std::pow(1.0 + in.trainingDemandGrowthPerYear, t),
                     inference0 * std::exp(t * inferenceLog), 0, 0};
        y.occupancy = y.demandCards() / y.supplyCards;
        y.centreAnnualProfit = centreAnnualProfit(in, std::min(1.0, y.occupancy));
        rows.push_back(y);
    }
    return rows;
}

void evaluateMarket(const Inputs &in, Results &r)
{
    r.gpuDemandMultiplier = gpuDemandMultiplier(in.efficiencyGain, in.costPassThrough, in.priceElasticity);
    r.jevonsElasticity = jevonsElasticity(in.efficiencyGain, in.costPassThrough);

    const std::vector<MarketYear> rows = projectMarket(in);
    const MarketYear &today = rows.front();
    r.nationalIdleCards = today.supplyCards - today.demandCards();
    // "How many DeepSeeks": MaaS of the scenario's size, counted by the GPUs it must hold for its peak.
    r.maasToFillIdleCards = r.nationalIdleCards / r.provisionedGpus;
    r.marketOccupancyFinalYear = rows.back().occupancy;
    r.yearMarketReachesBreakEven.reset();
    for (const MarketYear &y : rows)
        if (std::min(1.0, y.occupancy) >= r.breakEvenOccupancy) {
            r.yearMarketReachesBreakEven = y.year;
            break;
        }
}

} // namespace cc
