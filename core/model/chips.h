// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/source.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace cc {

// The accelerators the serving model knows (docs/serving-model.md §2). The
// order is the registry's choice order: a scenario file names them by id.
enum class Card : std::uint8_t { H800, H100, H200, H20, A100, B200, Ascend910B, Ascend910C };
inline constexpr int cardCount = 8;

// The peak that "utilization" is measured against; the choice moves it by 2×.
enum class PrecisionBasis { Fp8Dense, Bf16Dense };

// One accelerator, as serving sees it. Dense figures throughout: NVIDIA's
// headline "sparse" numbers are 2× these. Bandwidths are per card and per
// direction (NVIDIA quotes NVLink as both directions added).
struct ChipSpec {
    Card card;
    std::string_view id;
    std::string_view name;
    // The 8-bit peak an FP8 checkpoint runs its matmuls at: FP8 on Hopper and
    // Blackwell, INT8 (W8A8) on Ascend; none on Ampere, which serves FP8
    // weights through its 16-bit units.
    std::optional<double> eightBitTflops;
    bool eightBitIsFp8;      // INT8 is no FP8: the FP8 utilization basis falls back to 16-bit
    double sixteenBitTflops; // BF16/FP16 dense
    double hbmGb;
    double hbmTbPerSec;
    double scaleUpGbPerSec;  // NVLink / HCCS / UB, one direction
    double scaleOutGbPerSec; // InfiniBand / RoCE NIC per card
    double scaleUpDomain;    // cards on one scale-up fabric (an HGX board: 8; CloudMatrix384: 384)
    double rentUsdPerHour;   // reference rental price per card-hour
    Source compute;          // where each group of figures comes from
    Source memory;
    Source links;
    Source rent;
};

std::span<const ChipSpec> chips();
const ChipSpec &chip(Card c);
const ChipSpec *findChip(std::string_view id);
// The dense peak on the chosen basis, falling back to 16-bit where a card has no 8-bit figure.
double peakTflops(const ChipSpec &chip, PrecisionBasis basis);

} // namespace cc
