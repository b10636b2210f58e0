// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/companions.h"

#include <variant>

namespace cc {

PrecisionBasis precisionBasis(const Inputs &in)
{
    const ChipSpec &c = chip(in.card);
    const bool sixteen = in.cardPeakTflops == c.sixteenBitTflops;
    return sixteen && peakTflops(c, PrecisionBasis::Fp8Dense) != c.sixteenBitTflops ? PrecisionBasis::Bf16Dense
                                                                                    : PrecisionBasis::Fp8Dense;
}

Inputs withCard(const Inputs &in, Card card)
{
    Inputs out = in;
    const PrecisionBasis basis = precisionBasis(in);
    out.card = card;
    out.cardPeakTflops = peakTflops(chip(card), basis);
    out.gpuHourPriceUsd = chip(card).rentUsdPerHour;
    return out;
}

Inputs withModelArch(const Inputs &in, ModelArch arch)
{
    Inputs out = in;
    out.modelArch = arch;
    out.activeParamsBillions = modelConfig(arch).headlineActiveBillions;
    return out;
}

bool bringsCompanions(const ParamInfo &p)
{
    return std::holds_alternative<Card Inputs::*>(p.field) || std::holds_alternative<ModelArch Inputs::*>(p.field);
}

Inputs withValue(const Inputs &in, const ParamInfo &p, double value)
{
    if (std::holds_alternative<Card Inputs::*>(p.field))
        return withCard(in, static_cast<Card>(static_cast<int>(value)));
    if (std::holds_alternative<ModelArch Inputs::*>(p.field))
        return withModelArch(in, static_cast<ModelArch>(static_cast<int>(value)));
    Inputs out = in;
    setValue(out, p, value);
    return out;
}

} // namespace cc
