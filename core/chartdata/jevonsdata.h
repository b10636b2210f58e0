// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"
#include "core/model/inputs.h"
#include "core/model/results.h"

namespace cc::chart {

// "Efficiency ≠ deflation": the GPU demand multiplier against a one-off
// efficiency gain of 1× … 10× for several elasticities, the scenario's own
// elasticity as its own line and its point marked, the Jevons line at 1.
ChartData jevonsChartData(const Inputs &in, const Results &r);

// The elasticities drawn beside the scenario's.
inline constexpr double jevonsChartElasticities[] = {0, 0.5, 1, 1.5, 2};

} // namespace cc::chart
