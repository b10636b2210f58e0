// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/outputs.h"
#include "core/model/registry.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cc {

// "What paid rate gives a 20 % margin?": the value of one input, inside its
// valid range, at which one output reaches a target, everything else held.
struct GoalSeekResult {
    std::optional<double> value; // none: no solution in range
    double achieved = 0;         // the output at `value`
    double outputLow = 0;        // the output's range over the input's range, when there is no solution
    double outputHigh = 0;
    int evaluations = 0;
    std::string message; // English, for the command line
};

// Scans the input's valid range (log-spaced where it spans decades) for a
// sign change of output − target, then narrows it with Brent's method to
// `relTolerance` of the input. Where the output crosses the target more
// than once, the crossing nearest the input's current value is returned.
GoalSeekResult goalSeek(const Inputs &base, const ParamInfo &input, const OutputInfo &output, double target,
                        double relTolerance = 1e-10);

// goalSeek's choice of bracket, on its own so it can be tested on a function
// with several roots (no output of the model crosses a target twice over an
// input's range): given output − target `fs` at the ascending grid `xs`
// (none where the output has no value), the index i of the interval
// [xs[i], xs[i+1]] that holds a root (fs[i] == 0) or a sign change and lies
// nearest `current`; −1 when there is none. Ties go to the lower interval.
int nearestBracket(std::span<const double> xs, std::span<const std::optional<double>> fs, double current);

// The ready-made questions of the dashboard.
struct GoalPreset {
    std::string_view id;
    std::string_view label;  // English source string (CC_TR)
    double Results::*output; // by member, so the compiler checks them
    double target;
    double Inputs::*input;
};
std::span<const GoalPreset> goalPresets();

} // namespace cc
