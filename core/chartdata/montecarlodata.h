// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"
#include "core/analysis/montecarlo.h"

namespace cc::chart {

// One output of a Monte Carlo run as the panel draws it and a CSV writes it:
// "histogram", the share of defined samples in each of `bins` equal bins
// between the 0.1st and 99.9th percentiles (x: the bin's centre), and
// "cumulative", the share at or below x at 201 quantiles (secondary axis).
// In the output's own units; undefined samples are left out. No series when
// no sample is defined.
ChartData monteCarloChart(const MonteCarloResult &r, int output, int bins = 60);

// What the Monte Carlo panel shows of one output: computed off the GUI thread
// with the run, so that the GUI thread only draws. `drivers` empty when not asked for.
struct MonteCarloSummary {
    int output = -1; // index into the run's outputs
    OutputStatistics statistics;
    ChartData chart;
    std::vector<Sensitivity> drivers;
};
MonteCarloSummary summarizeMonteCarlo(const MonteCarloResult &r, std::span<const UncertainInput> uncertain, int output,
                                      bool drivers = true);

} // namespace cc::chart
