// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/outputs.h"
#include "core/model/registry.h"

#include <span>
#include <vector>

namespace cc {

// `n` evenly spaced values from `lo` to `hi`, both included.
std::vector<double> linspace(double lo, double hi, int n);

// One output as one input moves over `xs`, everything else held: the data
// behind a curve. An output with no value there is written as `undefined`
// (a chart passes NaN to leave a gap; the model itself never makes one).
std::vector<double> sweep(const Inputs &base, const ParamInfo &x, std::span<const double> xs, const OutputInfo &out,
                          double undefined);

// The same over a grid: `values[iy * xs.size() + ix]` is the output at (xs[ix], ys[iy]).
void sweep2d(const Inputs &base, const ParamInfo &x, std::span<const double> xs, const ParamInfo &y,
             std::span<const double> ys, const OutputInfo &out, double undefined, std::span<double> values);

} // namespace cc
