// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

class QCPColorGradient;

namespace cc::ui {

// The colour range of a data table's heat map: white at the contour level
// (break-even), red below, blue above. Each side spans the 2nd–98th percentile
// of its values, but the longer side is clipped to 1.5× the shorter, so a
// corner of −350 % margins cannot wash the useful 0–85 % out to one pale tint.
struct DivergingRange {
    double lo = 0, hi = 1;
    double centreStop = 0.5; // where the level sits in [lo, hi], 0–1
};
DivergingRange divergingRange(std::vector<double> finite, double level);
QCPColorGradient divergingGradient(double centreStop);

} // namespace cc::ui
