// SPDX-License-Identifier: GPL-3.0-or-later
#include "growth.h"

#include "model.h"

#include <algorithm>
#include <cmath>

namespace cc {

std::vector<GrowthYear> projectGrowth(const Inputs &in, const Results &base)
{
    const double params = std::log1p(in.activeParamsGrowthPerYear);
    const double data = std::log1p(in.dauGrowthPerYear) + std::log1p(in.tokensPerDauGrowthPerYear);
    const double efficiency = -std::log1p(in.efficiencyGainPerYear);
    const int years = static_cast<int>(in.projectionYears);

    std::vector<GrowthYear> rows;
    rows.reserve(years + 1);
    for (int t = 0; t <= years; ++t) {
        GrowthYear y{growthBaseYear + t, 0, 0, t * params, t * data, t * efficiency, 0, 0};
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
