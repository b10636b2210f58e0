// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs.h"
#include "outputs.h"
#include "registry.h"

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

} // namespace cc
