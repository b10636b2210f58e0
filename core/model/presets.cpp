// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/presets.h"

#include "core/model/tr.h"

#include "core/model/registry.h"

#include "core/model/lookup.h"

#include <array>

namespace cc {

namespace {

constexpr std::array<Override, 2> brokerOverrides{{{&Inputs::gpuShareOfTotalCost, 0.5}, {&Inputs::paidRate, 0.4}}};
// 70,000 CNY a month per 8×H100 server ÷ (8 cards × 730 h) ≈ 12.0 CNY per card-hour.
constexpr std::array<Override, 1> centreOverrides{{{&Inputs::rentalCnyPerCardHour, 12.0}}};

// A plain array: lupdate files CC_TR texts in a `std::array` under "std".
const Preset table[]{
    Preset{"deepseek",
           CC_TR("DeepSeek as disclosed"),
           CC_TR("DeepSeek's own accounting: average GPUs at $2/h, every token billed at R1 list prices → 545 % "
                 "cost-profit margin."),
           "DS6; GJ; A2",
           {}},
    Preset{"broker", CC_TR("Broker's adjusted view"),
           CC_TR("Guojin: GPU rent half of total cost and a 40 % paid rate (billing still elastic) → revenue margin ≈ "
                 "22.5 %."),
           "GJ: 若能将付费率提升至40%+,则公司的利润率有望达20%+", brokerOverrides},
    Preset{
        "centre", CC_TR("Compute centre at market rent"),
        CC_TR(
            "Seed B's thousand-card H100 centre renting at the market's ≈12 CNY per card-hour: it never breaks even."),
        "A2; RENT ⚠ secondary: 70,000 CNY a month per 8×H100 server", centreOverrides},
};

} // namespace

std::span<const Preset> presets()
{
    return table;
}

const Preset *findPreset(std::string_view id)
{
    return findById<Preset>(table, id);
}

Inputs presetInputs(const Preset &preset)
{
    Inputs in = defaultInputs();
    for (const Override &o : preset.overrides)
        setValue(in, parameter(o.field), o.value);
    return in;
}

const Preset &defaultPreset()
{
    return *findPreset(defaultPresetId);
}

} // namespace cc
