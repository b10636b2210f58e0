// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/outputs.h"
#include "core/model/registry.h"

#include <span>
#include <vector>

namespace cc {

// How an input is swung: ± a fraction of its value, or across its slider range.
enum class SwingMode { Fraction, SliderRange };

struct TornadoBar {
    const ParamInfo *input;
    double lowInput, highInput;   // the input at either end
    double lowOutput, highOutput; // the output there
    double swing() const { return highOutput > lowOutput ? highOutput - lowOutput : lowOutput - highOutput; }
};

// Every input that moves the output, swung one at a time with the others
// held, largest swing first. An input at 0 (a running cost, a growth rate)
// swings by the fraction of its slider range instead; choices flip. Inputs
// whose swing leaves the output undefined at an end are left out.
std::vector<TornadoBar> tornado(const Inputs &base, const OutputInfo &output, SwingMode mode = SwingMode::Fraction,
                                double fraction = 0.2);

// The input `v` moved by `change` (−0.2 … +0.2) the way the tornado swings it, within its valid range.
double swungInput(const ParamInfo &p, double v, double change);

// Facts of the hardware, the model and DS6's calibration rather than choices an
// analyst makes: they swing the output hardest, but nobody can pull them.
bool structural(const ParamInfo &p);

// The spider view of the same swings: the first `lines` bars' inputs moved in
// `steps` steps over ±fraction, the output along each (NaN where undefined).
struct SpiderLine {
    const ParamInfo *input;
    std::vector<double> change; // −fraction … +fraction
    std::vector<double> output;
};
std::vector<SpiderLine> spider(const Inputs &base, const OutputInfo &output, std::span<const TornadoBar> bars,
                               int lines, double fraction, int steps = 21);

} // namespace cc
