// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"

#include <span>
#include <string_view>

namespace cc {

struct Override {
    double Inputs::*field; // by member, so the compiler checks it
    double value;
};

// A named scenario: the registry defaults with a few inputs changed, and why.
struct Preset {
    std::string_view id;
    std::string_view name; // English source strings (CC_TR), translated at the edge
    std::string_view rationale;
    std::string_view sources;
    std::span<const Override> overrides;
};

std::span<const Preset> presets();
const Preset *findPreset(std::string_view id);
// The preset a scenario starts from when nothing says otherwise: DeepSeek as disclosed.
inline constexpr std::string_view defaultPresetId = "deepseek";
const Preset &defaultPreset();
Inputs presetInputs(const Preset &p);

} // namespace cc
