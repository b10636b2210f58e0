// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/chips.h"
#include "core/model/results.h"
#include "core/model/validation.h"

#include <optional>
#include <vector>

namespace cc {

// The live scenario on every chip, each at its own reference rent and peak
// (as choosing it in the app would set them), by the hardware serving method: the table behind "how many H20s
// / 910Cs?" (docs/serving-model.md §6).
struct ChipRow {
    Card card;
    bool current = false;                   // the scenario's own card
    std::optional<ValidationError> problem; // the chip cannot serve this scenario: why
    Inputs inputs;
    Results results;
};

std::vector<ChipRow> compareChips(const Inputs &in);

} // namespace cc
