// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/registry.h"
#include "core/model/results.h"

#include <optional>
#include <utility>
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

// evaluateMarket() in two parts: what the inputs alone decide (the year table's
// occupancy path), and what then follows from the scenario's GPUs and its
// centre's break-even. A batch whose samples differ only in inputs outside the
// groups that feed the outlook computes the outlook once for all of them.
struct MarketOutlook {
    double gpuDemandMultiplier = 0;
    std::optional<double> jevonsElasticity;
    double nationalIdleCards = 0;
    std::vector<std::pair<int, double>> occupancy; // (year, occupancy), base year first
};
MarketOutlook marketOutlook(const Inputs &in);
void applyMarketOutlook(const MarketOutlook &outlook, Results &r);
// The registry groups whose inputs the outlook reads (tests/test_market checks
// that no other input moves it).
bool feedsMarketOutlook(Group g);

} // namespace cc
