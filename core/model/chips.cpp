// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/chips.h"

#include "core/model/lookup.h"

#include <array>

namespace cc {

namespace {

constexpr auto S = Provenance::Sourced;
constexpr auto D = Provenance::Derived;
constexpr auto A = Provenance::Assumption;

// docs/sources.md holds each tag. ⚠ marks a secondary figure; "assumption" one
// no source gives (the rents above all: edit them for your market).
// clang-format off
constexpr std::array table{
    ChipSpec{Card::H800, "H800", "NVIDIA H800 SXM", 1979, true, 989, 80, 3.35, 160, 50, 8, 2.0,
             {"facts.md §4", "BF16 989 (VERL); FP8 1,979 ⚠ inferred from the H100 (same GH100 die)", D},
             {"facts.md §4", "80 GB, 3.35 TB/s ⚠ assumed equal to the H100 SXM", A},
             {"V3", "NVLink offers a bandwidth of 160 GB/s, roughly 3.2 times that of IB (50 GB/s)", S},
             {"DS6", "assuming the leasing cost of one H800 GPU is $2 per hour", S}},
    ChipSpec{Card::H100, "H100", "NVIDIA H100 SXM", 1979, true, 989, 80, 3.35, 450, 50, 8, 1.67,
             {"H100T", "FP8 3,958 / BF16 1,979 shown with sparsity; dense is half", S},
             {"H100T", "80 GB HBM3, 3.35 TB/s", S},
             {"H100T", "NVLink 900 GB/s (both directions): 450 each way; IB 400 Gb/s per GPU ⚠ assumption (DGX H100)", D},
             {"RENT ⚠", "70,000 CNY a month per 8×H100 server ÷ (8 × 730 h) = 12.0 CNY ÷ 7.2 CNY/USD", D}},
    ChipSpec{Card::H200, "H200", "NVIDIA H200 SXM", 1979, true, 989, 141, 4.8, 450, 50, 8, 2.5,
             {"H200", "same GH100 tensor cores as the H100 SXM: FP8 1,979 / BF16 989 dense", S},
             {"H200", "141 GB HBM3e, 4.8 TB/s", S},
             {"H200", "NVLink 900 GB/s (both directions); IB 400 Gb/s per GPU ⚠ assumption", D},
             {"assumption", "no sourced rent; 1.25× the H800's $2", A}},
    ChipSpec{Card::H20, "H20", "NVIDIA H20", 296, true, 148, 96, 4.0, 450, 50, 8, 1.0,
             {"VERL + secondary", "BF16 148 (VERL); FP8 296 ⚠ secondary pages only", D},
             {"facts.md §4", "96 GB HBM3, 4.0 TB/s ⚠ secondary", D},
             {"assumption", "NVLink 900 GB/s as the H100 ⚠ secondary; IB 400 Gb/s per GPU", A},
             {"assumption", "no sourced rent; half the H800's $2 for about 15 % of its compute", A}},
    ChipSpec{Card::A100, "A100", "NVIDIA A100 SXM 80GB", std::nullopt, false, 312, 80, 2.039, 300, 25, 8, 1.2,
             {"VERL", "BF16 312 (VERL); no FP8 on Ampere: FP8 weights run through the 16-bit units", S},
             {"A100", "80 GB HBM2e, 2,039 GB/s", S},
             {"A100", "NVLink 600 GB/s (both directions); HDR IB 200 Gb/s per GPU ⚠ assumption", D},
             {"assumption", "no sourced rent", A}},
    ChipSpec{Card::B200, "B200", "NVIDIA B200 (HGX)", 4500, true, 2250, 180, 8.0, 900, 50, 8, 4.0,
             {"HGXB", "HGX B200: FP8 72 PFLOPS, FP16/BF16 36 PFLOPS for 8 GPUs, with sparsity: dense half ⚠", D},
             {"HGXB", "1,440 GB HBM3e for 8 GPUs, 8 TB/s per GPU", S},
             {"HGXB", "NVLink 5: 1.8 TB/s per GPU (both directions); ConnectX-7 400 Gb/s ⚠ assumption", D},
             {"assumption", "no sourced rent", A}},
    ChipSpec{Card::Ascend910B, "Ascend910B", "Huawei Ascend 910B", 708, false, 354, 64, 1.6, 196, 25, 8, 1.0,
             {"VERL ⚠", "FP16 354 (VERL; other tables 280–376); INT8 2× ⚠ assumption", A},
             {"assumption", "64 GB, 1.6 TB/s ⚠ secondary pages only", A},
             {"assumption", "HCCS 392 GB/s (both directions) ⚠ secondary; 200 GE RoCE per NPU", A},
             {"assumption", "no sourced rent", A}},
    ChipSpec{Card::Ascend910C, "Ascend910C", "Huawei Ascend 910C", 1504, false, 752, 128, 3.2, 392, 50, 384, 1.6,
             {"CM384 ⚠", "two 910B-class dies: 752 TFLOPS BF16, 1,504 TOPS INT8 dense per chip ⚠", D},
             {"CM384 ⚠", "128 GB, 3.2 TB/s per chip", D},
             {"CM384 ⚠", "UB 392 GB/s per die one way, taken per chip, across all 384 NPUs of a CloudMatrix384; RDMA 400 Gb/s ⚠ assumption", A},
             {"assumption", "no sourced rent", A}},
};
// clang-format on

static_assert(table.size() == cardCount);

} // namespace

std::span<const ChipSpec> chips()
{
    return table;
}

const ChipSpec &chip(Card c)
{
    return table[static_cast<std::size_t>(c)];
}

const ChipSpec *findChip(std::string_view id)
{
    return findById<ChipSpec>(table, id);
}

double peakTflops(const ChipSpec &chip, PrecisionBasis basis)
{
    if (basis == PrecisionBasis::Fp8Dense && chip.eightBitTflops && chip.eightBitIsFp8)
        return *chip.eightBitTflops;
    return chip.sixteenBitTflops;
}

} // namespace cc
