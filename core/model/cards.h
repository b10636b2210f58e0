// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/source.h"

#include <optional>
#include <span>
#include <string_view>

namespace cc {

// The peak that "utilization" is measured against; the choice moves it by 2×.
enum class PrecisionBasis { Fp8Dense, Bf16Dense };

struct CardPreset {
    std::string_view id;
    std::string_view name;
    std::optional<double> fp8DenseTflops; // none: the card has no FP8 tensor cores
    double bf16DenseTflops;
    double memoryGb;
    double memoryBandwidthTbPerSec;
    Source source;
};

std::span<const CardPreset> cardPresets();
const CardPreset *findCard(std::string_view id);
// The dense peak on the chosen basis, falling back to BF16 where a card has no FP8.
double peakTflops(const CardPreset &card, PrecisionBasis basis);

} // namespace cc
