// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/outputs.h"
#include "core/model/registry.h"

#include <span>
#include <vector>

namespace cc {

// sweep2d split by rows over `threads` threads (0: all cores): a 400 × 400
// table is 160,000 evaluations, which one core does in about 6 ms and two
// in half of that. Same values as sweep2d, in the same layout.
void dataTable(const Inputs &base, const ParamInfo &x, std::span<const double> xs, const ParamInfo &y,
               std::span<const double> ys, const OutputInfo &out, double undefined, std::span<double> values,
               int threads = 0);

// The level line through a grid (marching squares): segments in the grid's
// own coordinates. values[iy * xs.size() + ix]; cells touching `undefined`
// (NaN) are skipped.
struct Segment {
    double x1, y1, x2, y2;
};
std::vector<Segment> contour(std::span<const double> values, std::span<const double> xs, std::span<const double> ys,
                             double level);

} // namespace cc
