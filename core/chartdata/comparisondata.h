// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"
#include "core/model/inputs.h"

#include <span>
#include <string>

namespace cc::chart {

// The compare window's charts: several scenarios side by side.
struct NamedScenario {
    std::string name; // the user's own
    Inputs inputs;
};

// Per scenario i: series 2i its margin curve over the paid rate, series 2i+1 its own point.
ChartData compareMarginData(std::span<const NamedScenario> scenarios);

// The figures an analyst quotes (categories), one bar series per scenario, as fractions.
namespace comparefigures {
enum Categories { RevenueMargin, BreakEvenPaidRate, BreakEvenOccupancy, ImpliedMfu };
}
ChartData compareFiguresData(std::span<const NamedScenario> scenarios);

} // namespace cc::chart
