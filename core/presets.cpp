// SPDX-License-Identifier: GPL-3.0-or-later
#include "presets.h"

#include "registry.h"

#include "lookup.h"

#include <array>

namespace cc {

namespace {

constexpr std::array<Override, 2> brokerOverrides{{{"gpuShareOfTotalCost", 0.5}, {"paidRate", 0.4}}};
// 70,000 CNY a month per 8×H100 server ÷ (8 cards × 730 h) ≈ 12.0 CNY per card-hour.
constexpr std::array<Override, 1> centreOverrides{{{"rentalCnyPerCardHour", 12.0}}};

const std::array table{
    Preset{"deepseek", "DeepSeek as disclosed", "DeepSeek 官方披露",
           "DeepSeek's own accounting: average GPUs at $2/h, every token billed at R1 list prices → 545 % cost-profit margin.",
           "DeepSeek 官方口径：按平均用卡、每卡每小时 2 美元、全部 token 按 R1 标价计费 → 成本利润率 545%。",
           "DS6; GJ; A2", {}},
    Preset{"broker", "Broker's adjusted view", "券商调整口径",
           "Guojin: GPU rent half of total cost and a 40 % paid rate (billing still elastic) → revenue margin ≈ 22.5 %.",
           "国金证券：GPU 租金占总成本一半、付费率 40%（仍按平均用卡计费）→ 收入利润率约 22.5%。",
           "GJ: 若能将付费率提升至40%+,则公司的利润率有望达20%+", brokerOverrides},
    Preset{"centre", "Compute centre at market rent", "市场租金下的智算中心",
           "Seed B's thousand-card H100 centre renting at the market's ≈12 CNY per card-hour: it never breaks even.",
           "千卡 H100 智算中心按市场租金约 12 元/卡·时出租：永远无法盈亏平衡。",
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
        setValue(in, *findParameter(o.id), o.value);
    return in;
}

const Preset &defaultPreset()
{
    return *findPreset(defaultPresetId);
}

} // namespace cc
