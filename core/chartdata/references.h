// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"

namespace cc::chart {

// The sourced lines and bands the charts draw beside the model's own numbers,
// in one table so that a figure quoted on a chart is checked in one place
// (docs/sources.md lists the tags).
enum class ReferenceId {
    ZeroMargin,        // break-even: a margin or a profit of 0
    ReportedOccupancy, // seed B: rental centres 20–30 % occupied
    MarketGrowth,      // seed B: compute scale growing more than 30 % a year
};

const Reference &reference(ReferenceId id);

} // namespace cc::chart
