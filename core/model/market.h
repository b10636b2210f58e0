// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/results.h"

#include <optional>
#include <vector>

namespace cc {

// China's intelligent-compute market year by year (docs/model.md §10): supply
// from seed B's centres (or IDC's EFLOPS), demand implied by today's
// occupancy and split into training and inference, inference grown by the
// chain's own four growth terms. Cards are card-equivalents of one centre card.
struct MarketYear {
    int year;
    double supplyCards;
    double trainingCards;  // demanded
    double inferenceCards; // demanded
    double occupancy;      // demanded ÷ supply; above 1 when demand outruns the cards
    // Seed B's representative centre at that occupancy (at most 100 %).
    double centreAnnualProfit;
    double demandCards() const { return trainingCards + inferenceCards; }
};

// Today's national cards on the chosen basis.
double nationalSupplyToday(const Inputs &in);
// Supply in year t relative to today: the pipeline comes online evenly over
// pipelineYears, then the whole grows by supplyGrowthPerYear.
double supplyFactor(const Inputs &in, int t);

// Base year (growthBaseYear) first, then one row per projected year.
std::vector<MarketYear> projectMarket(const Inputs &in);

// The headline figures, written into r: needs r.provisionedGpus and r.breakEvenOccupancy.
void evaluateMarket(const Inputs &in, Results &r);

} // namespace cc
