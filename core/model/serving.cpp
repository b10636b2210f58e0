// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/serving.h"

#include "core/model/registry.h"
#include "core/model/tr.h"

#include <algorithm>

#include <array>

namespace cc {

std::string_view bottleneckId(Bottleneck b)
{
    switch (b) {
    case Bottleneck::Compute: return "compute";
    case Bottleneck::MemoryBandwidth: return "memory-bandwidth";
    case Bottleneck::Network: return "network";
    case Bottleneck::HbmCapacity: return "hbm-capacity";
    }
    return "";
}

} // namespace cc

// Outside the namespace: see registry.cpp's groupLabel for why.
std::string_view cc::bottleneckLabel(Bottleneck b)
{
    switch (b) {
    case Bottleneck::Compute: return CC_TR("compute");
    case Bottleneck::MemoryBandwidth: return CC_TR("memory bandwidth");
    case Bottleneck::Network: return CC_TR("network");
    case Bottleneck::HbmCapacity: return CC_TR("HBM capacity");
    }
    return "";
}

namespace cc {

bool feedsServingShape(const ParamInfo &p)
{
    // kernel::servingShape reads these and the three choices, nothing else
    // (test_serving perturbs every other input and finds the shape unchanged).
    static constexpr double Inputs::*fields[] = {
        &Inputs::prefillTokensPerSecPerNode,
        &Inputs::decodeTokensPerSecPerNode,
        &Inputs::gpusPerNode,
        &Inputs::cacheHitShare,
        &Inputs::promptTokens,
        &Inputs::contextTokens,
        &Inputs::decodeTpotMs,
        &Inputs::prefillGpusPerInstance,
        &Inputs::decodeGpusPerInstance,
    };
    const auto *field = std::get_if<double Inputs::*>(&p.field);
    return !field || std::find(std::begin(fields), std::end(fields), *field) != std::end(fields);
}

ServingPair servingPair(Card c, ModelArch a)
{
    const ChipSpec &chip = cc::chip(c);
    const ModelConfig &model = modelConfig(a);
    const ModelShape &shape = shapeOf(a);
    // 8-bit weights run their matmuls on the chip's 8-bit units where it has
    // them; attention runs in 16-bit (FlashMLA, FlashAttention) on every chip.
    const double matmulPeak =
        (model.weightBytes <= 1 && chip.eightBitTflops ? *chip.eightBitTflops : chip.sixteenBitTflops) * 1e12;
    const double attentionPeak = chip.sixteenBitTflops * 1e12;
    ServingPair p{};
    p.matmulSecondsPerToken = shape.matmulFlopsPerToken / matmulPeak;
    p.prefillAttnSecondsPerCtx = shape.prefillAttentionFlopsPerContext / attentionPeak;
    p.decodeAttnSecondsPerCtx = shape.decodeAttentionFlopsPerContext / attentionPeak;
    p.hbmBytes = chip.hbmGb * 1e9 * hbmUsableShare;
    p.hbmBytesPerSec = chip.hbmTbPerSec * 1e12;
    p.scaleUpBytesPerSec = chip.scaleUpGbPerSec * 1e9;
    p.scaleOutBytesPerSec = chip.scaleOutGbPerSec * 1e9;
    p.kvBytesPerToken = shape.kvBytesPerToken;
    p.replicatedBytes = shape.replicatedParams * model.weightBytes;
    p.expertBytes = shape.expertParams * model.weightBytes;
    p.expertSlots = model.routedExperts > 0 ? model.routedExperts + ds6::redundantExperts : 0;
    p.epBytesPerToken = shape.epBytesPerToken;
    p.allReduceBytesPerToken = shape.allReduceBytesPerToken;
    p.scaleUpDomain = chip.scaleUpDomain;
    // A data-parallel rank holds the non-expert weights whole when they take at
    // most half the HBM, else splits them over 2, 4 or 8 GPUs of a node.
    p.tensorParallel = 1;
    while (p.tensorParallel < 8 && p.replicatedBytes / p.tensorParallel > 0.5 * p.hbmBytes)
        p.tensorParallel *= 2;
    return p;
}

const ServingPair &pairOf(Card c, ModelArch a)
{
    static const std::array<ServingPair, cardCount *modelArchCount> pairs = [] {
        std::array<ServingPair, cardCount * modelArchCount> all{};
        for (int i = 0; i < cardCount; ++i)
            for (int j = 0; j < modelArchCount; ++j)
                all[i * modelArchCount + j] = servingPair(Card(i), ModelArch(j));
        return all;
    }();
    return pairs[static_cast<std::size_t>(c) * modelArchCount + static_cast<std::size_t>(a)];
}

namespace kernel {

const DecodeStep<double> &ds6DecodeStep()
{
    static const DecodeStep<double> step =
        decodeStep(pairOf(ds6::card, ds6::model), ds6::contextTokens, ds6::decodeGpusPerInstance, ds6::gpusPerNode);
    return step;
}

double ds6PrefillRate()
{
    static const double rate = prefillRate(pairOf(ds6::card, ds6::model), ds6::promptTokens, ds6::cacheHitShare,
                                           ds6::prefillGpusPerInstance, ds6::gpusPerNode);
    return rate;
}

} // namespace kernel

} // namespace cc
