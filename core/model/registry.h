// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/source.h"

#include <span>
#include <string_view>
#include <variant>

namespace cc {

enum class Group { Demand, Capacity, Maas, Centre, Growth, Market };
std::string_view groupId(Group g);
// English source strings marked CC_TR (core/tr.h): translate them at the edge.
std::string_view groupLabel(Group g);

// One value a choice input may take (billing: elastic | reserved; card: H800 | … | Ascend910C).
struct Choice {
    std::string_view id;
    std::string_view label; // English source string (CC_TR)
};

// Everything the app knows about one input, said once: the UI builds its
// panel from it, the scenario file and --set name inputs by `id`, validation
// reads the ranges, and the tests read the defaults.
struct ParamInfo {
    std::string_view id;
    Group group;
    std::string_view label; // English source string (CC_TR); translated at the edge
    std::string_view unit;  // likewise; empty for a ratio: shown as %, stored as a fraction
    double min;             // valid range, inclusive
    double max;
    double sliderMin; // the range a slider spans; narrower than the valid one
    double sliderMax;
    double defaultValue;
    int decimals;  // display precision in the unit shown (percent points for ratios)
    bool ratio;    // a fraction shown as a percentage
    bool whole;    // only whole numbers make sense (cards, GPUs per node)
    bool keyLever; // shown at the top of the panel
    Source source;
    std::variant<double Inputs::*, Billing Inputs::*, SupplyBasis Inputs::*, ServingMethod Inputs::*, Card Inputs::*,
                 ModelArch Inputs::*>
        field;
    std::span<const Choice> choices; // non-empty for a choice input

    bool isChoice() const { return !choices.empty(); }
};

std::span<const ParamInfo> parameters();
const ParamInfo *findParameter(std::string_view id);
// By the field it sets: where the input is known when the code is written, the
// compiler checks the name (a typo in "paidRate" would only fail at run time).
const ParamInfo &parameter(double Inputs::*field);

// The name the card choice shows (English source string, CC_TR): "Ascend 910B".
std::string_view cardLabel(Card c);

double valueOf(const Inputs &in, const ParamInfo &p);
void setValue(Inputs &in, const ParamInfo &p, double value);

// The `deepseek` scenario: every registry default.
Inputs defaultInputs();

} // namespace cc
