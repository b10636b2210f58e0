// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/cards.h"

#include "core/model/lookup.h"

#include <array>

namespace cc {

namespace {

// Dense figures throughout: NVIDIA's headline "sparse" numbers are 2× these.
const std::array table{
    CardPreset{"H800",
               "NVIDIA H800 SXM",
               1979,
               989,
               80,
               3.35,
               {"facts.md §4",
                "BF16 989 (VERL); FP8 1,979 ⚠ inferred from the H100 (same GH100 die); "
                "memory ⚠ assumed equal to the H100 SXM",
                Provenance::Derived}},
    CardPreset{"H100",
               "NVIDIA H100 SXM",
               1979,
               989,
               80,
               3.35,
               {"H100T, VERL", "FP8 3,958 / BF16 1,979 shown with sparsity, dense half; 80 GB HBM3, 3.35 TB/s",
                Provenance::Sourced}},
    CardPreset{"H20",
               "NVIDIA H20",
               296,
               148,
               96,
               4.0,
               {"VERL + secondary", "BF16 148 (VERL); FP8 296 ⚠ secondary pages only; 96 GB HBM3, 4.0 TB/s",
                Provenance::Derived}},
    CardPreset{"A100",
               "NVIDIA A100 80GB",
               std::nullopt,
               312,
               80,
               2.0,
               {"VERL", "BF16 312 (VERL); no FP8 on Ampere; 2.0 TB/s ⚠ not in the fact sheet", Provenance::Sourced}},
    CardPreset{"Ascend910B",
               "Huawei Ascend 910B",
               std::nullopt,
               354,
               64,
               1.6,
               {"VERL ⚠", "FP16 354 (VERL; other tables 280–376); no FP8 figure; 64 GB, 1.6 TB/s ⚠ assumption",
                Provenance::Assumption}},
};

} // namespace

std::span<const CardPreset> cardPresets()
{
    return table;
}

const CardPreset *findCard(std::string_view id)
{
    return findById<CardPreset>(table, id);
}

double peakTflops(const CardPreset &card, PrecisionBasis basis)
{
    if (basis == PrecisionBasis::Fp8Dense && card.fp8DenseTflops)
        return *card.fp8DenseTflops;
    return card.bf16DenseTflops;
}

} // namespace cc
