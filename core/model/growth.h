// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/results.h"

#include <vector>

namespace cc {

inline constexpr int growthBaseYear = 2025; // the year of DS6's disclosure

// One year of the "params × efficiency × data × induced demand" projection
// (GJ, plus docs/model.md §9). GPU demand scales with active parameters and
// tokens, inversely with efficiency, and with the demand cheaper tokens induce,
// so ln(gpus / base) splits exactly into the four log terms, which sum to it.
struct GrowthYear {
    int year;
    double provisionedGpus;
    double centresFilled;
    double logParams;     // ln of the cumulative params factor
    double logData;       // ln of the cumulative DAU × tokens-per-DAU factor
    double logEfficiency; // −ln of the cumulative efficiency gain (negative when efficiency rises)
    double logInduced;    // ln of the cumulative induced demand, −ε ln p per year (0 when ε = 0)
    // Seed B's centre if the demand growth fills it: today's occupancy times the
    // growth, at most 100 %, and its annual profit there.
    double centreOccupancy;
    double centreAnnualProfit;
    double logTotal() const { return logParams + logData + logEfficiency + logInduced; }
};

// The four log terms of one year's growth; the projection and the national
// market's inference demand both compound them.
struct GrowthRates {
    double params, data, efficiency, induced;
    double total() const { return params + data + efficiency + induced; }
};
GrowthRates growthRates(const Inputs &in);

// Base year first, then one row per projected year.
std::vector<GrowthYear> projectGrowth(const Inputs &in, const Results &base);

} // namespace cc
