// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"
#include "core/model/inputs.h"
#include "core/model/results.h"

namespace cc::chart {

// The dashboard's charts, each a function of the scenario. The enums name the
// positions in ChartData::series / markers, so a view and a test pick a series
// by a name the compiler checks.

// The margin bridge: one bar per step (categories = the steps, first on top).
namespace waterfall {
enum Series { Step, Start, End }; // the step's value; where its bar starts and ends (levels start at 0)
}
ChartData waterfallData(const Inputs &in, const Results &r);

namespace marginpaidrate {
enum Series { Margin };
enum Markers { Scenario, BreakEven }; // BreakEven undefined when it needs a paid rate above 100 %
} // namespace marginpaidrate
ChartData marginPaidRateData(const Inputs &in, const Results &r);

// Revenue margin over paid rate × GPU share (grid 0), the zero-margin contour (series 0).
namespace marginheatmap {
enum Series { BreakEven };
enum Markers { Scenario };
inline constexpr int cells = 60;
} // namespace marginheatmap
ChartData marginHeatmapData(const Inputs &in, const Results &r);

// Two stacked bars, cost and revenue, USD per day.
namespace costrevenue {
enum Series { GpuRent, OtherCosts, CacheHit, CacheMiss, Output };
enum Categories { Cost, Revenue };
} // namespace costrevenue
ChartData costRevenueData(const Inputs &in, const Results &r);

// GPU counts by method, bottom to top; marker 0 carries the implied MFU as its y.
namespace gpumethods {
enum Series { Gpus };
enum Categories { FlopsBound, Average, Peak, Billed };
enum Markers { ImpliedMfu };
} // namespace gpumethods
ChartData gpuMethodsData(const Inputs &in, const Results &r);

// The day's load in steps (x = start hour, with a closing point at 24 h).
namespace loadprofile {
enum Series { Busy, Provisioned, Average };
enum Markers { HoursAboveCapacity }; // x: hours a day above capacity
} // namespace loadprofile
ChartData loadProfileData(const Inputs &in, const Results &r);

namespace centreprofit {
enum Series { Profit };
enum Markers { Scenario, BreakEven };
} // namespace centreprofit
ChartData centreProfitData(const Inputs &in, const Results &r);

// Log-points of growth since the base year by factor (induced demand the fourth), their total, and seed B's 30 %/yr
// line.
namespace growth {
enum Series { Data, Params, Efficiency, Induced, Total, Reference };
}
ChartData growthData(const Inputs &in, const Results &r);

} // namespace cc::chart
