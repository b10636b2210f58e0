// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"
#include "core/analysis/datatable.h"
#include "core/model/outputs.h"
#include "core/analysis/tornado.h"

#include <optional>
#include <span>

namespace cc::chart {

Unit unitOf(OutputKind kind);

// The tornado: one category per input (largest swing first), the output at the
// input's low and high end, and the inputs' own end values.
namespace tornadochart {
enum Series { LowOutput, HighOutput, LowInput, HighInput };
enum Markers { Base };
} // namespace tornadochart
ChartData tornadoData(std::span<const TornadoBar> bars, const OutputInfo &output, std::optional<double> baseValue);

// The spider: one line per input, x the change in the input (a ratio), y the output.
ChartData spiderData(std::span<const SpiderLine> lines, const OutputInfo &output);

// A two-input data table: the output over the grid (grid 0).
ChartData dataTableData(const ParamInfo &x, std::span<const double> xs, const ParamInfo &y, std::span<const double> ys,
                        const OutputInfo &output, std::span<const double> values);

// One input × several outputs: a line per output (NaN where it is undefined).
ChartData outputCurvesData(const Inputs &base, const ParamInfo &x, std::span<const double> xs,
                           std::span<const OutputInfo *const> outputs);

} // namespace cc::chart
