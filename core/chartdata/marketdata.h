// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"
#include "core/model/inputs.h"
#include "core/model/results.h"

namespace cc::chart {

// China's compute market by year: supply as a line, demand stacked (training,
// inference), occupancy on the second axis with the centre's break-even as a
// reference and the year it is reached marked; IDC's forecast converted to
// cards beside the supply.
// The enums name positions in series / references / markers (see dashboardcharts.h).
namespace market {
enum Series { Training, Inference, Supply, Occupancy, IdcForecast };
enum References { BreakEvenOccupancy, SeedBOccupancy };
enum Markers { BreakEvenYear };
} // namespace market
ChartData marketChartData(const Inputs &in, const Results &r);

} // namespace cc::chart
