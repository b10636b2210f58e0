// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/growth.h"

#include "core/model/jevons.h"
#include "core/model/model.h"

#include <algorithm>
#include <cmath>

namespace cc {

GrowthRates growthRates(const Inputs &in)
{
    GrowthRates g;
    g.params = std::log1p(in.activeParamsGrowthPerYear);
    g.data = std::log1p(in.dauGrowthPerYear) + std::log1p(in.tokensPerDauGrowthPerYear);
    g.efficiency = -std::log1p(in.efficiencyGainPerYear);
    // Each year's efficiency gain cuts the token price as a one-off gain would
    // (jevons.h); demand answers with −ε ln p, so ε = 0 leaves the projection
    // as it was before induced demand existed.
    g.induced = -in.priceElasticity * std::log(jevonsPriceFactor(1.0 + in.efficiencyGainPerYear, in.costPassThrough));
    return g;
}

std::vector<GrowthYear> projectGrowth(const Inputs &in, const Results &base)
{
    const GrowthRates g = growthRates(in);
    const int years = static_cast<int>(in.projectionYears);

    std::vector<GrowthYear> rows;
    rows.reserve(years + 1);
    for (int t = 0; t <= years; ++t) {
        GrowthYear y{growthBaseYear + t, 0, 0, t * g.params, t * g.data, t * g.efficiency, t * g.induced, 0, 0};
        const double growth = std::exp(y.logTotal());
        y.provisionedGpus = base.provisionedGpus * growth;
        y.centresFilled = y.provisionedGpus / in.cards;
        Inputs centre = in;
        centre.occupancy = std::min(1.0, in.occupancy * growth);
        y.centreOccupancy = centre.occupancy;
        y.centreAnnualProfit = evaluate(centre).annualProfit;
        rows.push_back(y);
    }
    return rows;
}

} // namespace cc
