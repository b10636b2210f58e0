// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/references.h"

#include <cmath>

namespace cc::chart {

namespace {

const Reference zeroMargin{"zero",
                           CC_CHART_TR("break-even (0)"),
                           Reference::Axis::Y,
                           0,
                           0,
                           {"model", "a margin or a profit of zero", Provenance::Derived}};

const Reference reportedOccupancy{"reportedOccupancy",
                                  CC_CHART_TR("20–30 %\nreported"),
                                  Reference::Axis::X,
                                  0.20,
                                  0.30,
                                  {"A2", "機房的出租率普遍在20%-30%之間", Provenance::Sourced}};

// Drawn as growth in log-points since the base year: t · ln 1.3 a year, so the
// growth chart's stacked log terms compare with it directly.
const Reference marketGrowth{"marketGrowth",
                             CC_CHART_TR("A2: >30 %/yr"),
                             Reference::Axis::Y,
                             0.30,
                             0.30,
                             {"A2", "遠期算力規模復合增速每年料將超過30%", Provenance::Sourced}};

} // namespace

const Reference &reference(ReferenceId id)
{
    switch (id) {
    case ReferenceId::ZeroMargin: return zeroMargin;
    case ReferenceId::ReportedOccupancy: return reportedOccupancy;
    case ReferenceId::MarketGrowth: return marketGrowth;
    }
    return zeroMargin;
}

} // namespace cc::chart
