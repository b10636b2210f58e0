// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/registry.h"

namespace cc {

// Setting one input the way an analyst means it: choosing a card also brings
// its dense peak (on the basis the scenario reads utilization against, FP8 or
// BF16) and its reference rent; choosing a model brings its stated active
// parameters. Every other input is set alone. The analyst may override the
// companions afterwards; one edit, one undo step.
Inputs withValue(const Inputs &in, const ParamInfo &p, double value);
// True for the inputs withValue() sets more than themselves for.
bool bringsCompanions(const ParamInfo &p);
Inputs withCard(const Inputs &in, Card card);
Inputs withModelArch(const Inputs &in, ModelArch arch);
// The basis `in.cardPeakTflops` is on for its card: BF16 where it is the card's
// 16-bit peak and not its 8-bit one, else FP8.
PrecisionBasis precisionBasis(const Inputs &in);

} // namespace cc
