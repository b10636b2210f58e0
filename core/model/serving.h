// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The serving model (docs/serving-model.md): tokens per second per GPU from a
// chip's peaks, bandwidths and memory, a model's shape and the deployment,
// calibrated once on DS6. Written for any number type T, as modelkernel.h is:
// the chip and the model are one choice per batch (scalars), everything else
// may differ by lane.

#include "core/model/chips.h"
#include "core/model/inputs.h"
#include "core/model/modelarch.h"

#include <cstdint>
#include <limits>
#include <string_view>

namespace cc {

// What stops a decode step from taking one more sequence.
enum class Bottleneck : std::uint8_t { Compute, MemoryBandwidth, Network, HbmCapacity };
inline constexpr int bottleneckCount = 4;
std::string_view bottleneckId(Bottleneck b);    // "compute", "memory-bandwidth", "network", "hbm-capacity"
std::string_view bottleneckLabel(Bottleneck b); // English source string (CC_TR)

// DS6's deployment: the one configuration the efficiency factors are set on,
// and the registry's defaults for the serving inputs.
namespace ds6 {
inline constexpr Card card = Card::H800;
inline constexpr ModelArch model = ModelArch::DeepSeekV3;
inline constexpr double contextTokens = 4'989; // "average KV-cache length per output token"
// Not stated: with 608 B input and 168 B output tokens a day, a prompt of P
// tokens is followed by 0.276 P output tokens, so decode's mean context is
// P (1 + 0.5 × 168/608) = 4,989 → P ≈ 4,384.
inline constexpr double promptTokens = 4'384;
inline constexpr double tpotMs = 1'000.0 / 21; // "average output speed 20–22 tokens/s"
inline constexpr double prefillGpusPerInstance = 32;
inline constexpr double decodeGpusPerInstance = 144;
inline constexpr double gpusPerNode = 8;
inline constexpr double cacheHitShare = 0.563;
inline constexpr double redundantExperts = 32; // "32 redundant routed experts" in both phases
} // namespace ds6

// Memory left for weights and the KV cache once activations and workspace are
// taken (our assumption; vLLM's default gpu_memory_utilization is the same 0.9).
inline constexpr double hbmUsableShare = 0.9;

// A chip and a model reduced to the rates the formulas use.
struct ServingPair {
    double matmulSecondsPerToken;    // 2 × active params at the matmul peak
    double prefillAttnSecondsPerCtx; // per token, per token of context, at the 16-bit peak
    double decodeAttnSecondsPerCtx;
    double hbmBytes; // usable
    double hbmBytesPerSec;
    double scaleUpBytesPerSec;
    double scaleOutBytesPerSec;
    double kvBytesPerToken;
    double replicatedBytes; // non-expert weights one data-parallel rank holds whole
    double expertBytes;     // one routed expert across its layers
    double expertSlots;     // routed + redundant experts to spread over an instance; 0 for a dense model
    double epBytesPerToken;
    double allReduceBytesPerToken;
    double tensorParallel; // GPUs the replicated weights are split over so that half the HBM holds them
    double scaleUpDomain;  // cards on one scale-up fabric
};
ServingPair servingPair(Card c, ModelArch m);

// The hardware method's factors on DS6's measured per-GPU throughput (1 at
// DS6's configuration) and its decode batch before utilization: what a
// spreadsheet cannot recompute (the workbook carries them as numbers).
struct ServingRatios {
    double prefill;
    double decode;
    double sequences;
};
ServingRatios servingRatios(const Inputs &in);
// Whether an input feeds kernel::servingShape() (the chip, the model, the
// method, the deployment, the workload, DS6's measurement); utilization and
// the calibration utilization only scale it.
struct ParamInfo;
bool feedsServingShape(const ParamInfo &p);
const ServingPair &pairOf(Card c, ModelArch m); // computed once per pair

namespace kernel {

template <class T>
T splat(double x)
{
    return x - T{}; // x − (+0) is x, −0 included; a pack of lanes takes x in each
}
template <class T>
T vmax(T a, T b)
{
    return a > b ? a : b;
}
template <class T>
T vmin(T a, T b)
{
    return a < b ? a : b;
}

// Seconds of links per token for expert-parallel dispatch/combine and tensor-
// parallel all-reduces. `gpus` GPUs share the experts, `domain` of them sit on
// one scale-up fabric. Prefill's kernels (DeepEP "normal") send what leaves
// the domain over the NIC and the rest over the fabric, both at once;
// decode's (DeepEP "low-latency", pure RDMA) send everything over the NIC
// once the instance spans more than one domain — so a larger instance never
// costs decode more link time per token.
template <class T>
T linkSecondsPerToken(const ServingPair &p, T gpus, T domain, T tensorParallel, bool pureRdma)
{
    // Prefill: a token's experts sit on the other GPUs in (G − 1)/G of cases, on
    // another domain in (G − D)/G. Decode: every routed copy goes through the
    // RDMA buffers once the instance leaves the domain.
    const T moved = pureRdma ? splat<T>(p.epBytesPerToken) : p.epBytesPerToken * (gpus - 1.0) / gpus;
    const T remoteShare = pureRdma ? (gpus > domain ? splat<T>(1.0) : splat<T>(0.0)) : vmax(gpus - domain, T{}) / gpus;
    const T remote = p.epBytesPerToken * remoteShare;
    const T local = (moved - remote) + p.allReduceBytesPerToken * (tensorParallel - 1.0) / tensorParallel;
    return vmax(remote / p.scaleOutBytesPerSec, local / p.scaleUpBytesPerSec);
}

// The scale-up domain: the node, or the chip's whole fabric where it is larger (CloudMatrix384).
template <class T>
T scaleUpDomain(const ServingPair &p, T gpusPerNode)
{
    return vmax(gpusPerNode, splat<T>(p.scaleUpDomain));
}

template <class T>
T weightsPerGpu(const ServingPair &p, T gpus, T tensorParallel)
{
    return p.replicatedBytes / tensorParallel + p.expertSlots / gpus * p.expertBytes;
}

// Prefill, input tokens per second per GPU before the efficiency factor: a
// cache-miss token costs its matmuls and attention over the prompt before it
// (a cached prefix, then on average half the new part), overlapped with the
// expert-parallel traffic (DS6's dual micro-batch); a cache hit costs only the
// transfer of its KV entry from the disk cache over the NIC.
template <class T>
T prefillRate(const ServingPair &p, T promptTokens, T cacheHitShare, T gpus, T node)
{
    const T tp = vmin(splat<T>(p.tensorParallel), gpus);
    const T context = promptTokens * (1.0 + cacheHitShare) * 0.5;
    const T compute = p.matmulSecondsPerToken + p.prefillAttnSecondsPerCtx * context;
    const T miss = vmax(compute, linkSecondsPerToken(p, gpus, scaleUpDomain(p, node), tp, false));
    const T hit = splat<T>(p.kvBytesPerToken / p.scaleOutBytesPerSec);
    return 1.0 / ((1.0 - cacheHitShare) * miss + cacheHitShare * hit);
}

// One decode step of B sequences per GPU takes the longest of its compute,
// its memory traffic (the weights this GPU holds, then B contexts of KV) and
// its expert-parallel traffic, each affine in B.
template <class T>
struct DecodeStep {
    T compute;  // seconds per sequence
    T memory0;  // seconds for the weights
    T memory1;  // seconds per sequence for its KV
    T link;     // seconds per sequence on the links
    T weights;  // bytes per GPU
    T kvPerSeq; // bytes per sequence
    T at(T b) const { return vmax(vmax(compute * b, memory0 + memory1 * b), link * b); }
};

template <class T>
DecodeStep<T> decodeStep(const ServingPair &p, T contextTokens, T gpus, T node)
{
    const T tp = vmin(splat<T>(p.tensorParallel), gpus);
    DecodeStep<T> s;
    s.compute = p.matmulSecondsPerToken + p.decodeAttnSecondsPerCtx * contextTokens;
    s.weights = weightsPerGpu(p, gpus, tp);
    s.memory0 = s.weights / p.hbmBytesPerSec;
    s.kvPerSeq = contextTokens * p.kvBytesPerToken;
    s.memory1 = s.kvPerSeq / p.hbmBytesPerSec;
    s.link = linkSecondsPerToken(p, gpus, scaleUpDomain(p, node), tp, true);
    return s;
}

template <class T>
struct DecodePoint {
    T sequences;    // per GPU
    T tokensPerSec; // per GPU, with the efficiency factor
    T bottleneck;   // a Bottleneck as a number, per lane
};

// The largest batch whose step, slowed by `efficiency`, still meets the
// latency target and whose KV fits in HBM beside the weights.
template <class T>
DecodePoint<T> decodePoint(const DecodeStep<T> &s, const ServingPair &p, T tpotSeconds, T efficiency)
{
    const T budget = efficiency * tpotSeconds;
    const T latency = vmin(vmin(budget / s.compute, (budget - s.memory0) / s.memory1), budget / s.link);
    const T capacity = (p.hbmBytes - s.weights) / s.kvPerSeq;
    const T b = vmax(vmin(latency, capacity), T{});
    const T compute = s.compute * b, memory = s.memory0 + s.memory1 * b, link = s.link * b;
    const T step = vmax(vmax(compute, memory), link);
    const T busiest = memory >= compute && memory >= link ? splat<T>(double(Bottleneck::MemoryBandwidth))
                      : link >= compute                   ? splat<T>(double(Bottleneck::Network))
                                                          : splat<T>(double(Bottleneck::Compute));
    return {b, efficiency * b / step, capacity < latency ? splat<T>(double(Bottleneck::HbmCapacity)) : busiest};
}

// DS6's configuration, computed once: every evaluation calibrates against it.
const DecodeStep<double> &ds6DecodeStep();
double ds6PrefillRate();

// DS6's step in every lane (splat, so −0 and the lanes' width follow T).
template <class T>
DecodeStep<T> ds6DecodeStepIn()
{
    const DecodeStep<double> &s = ds6DecodeStep();
    return {splat<T>(s.compute), splat<T>(s.memory0), splat<T>(s.memory1),
            splat<T>(s.link),    splat<T>(s.weights), splat<T>(s.kvPerSeq)};
}

// Decode's efficiency factor: the share of the roofline step DS6's H800s
// reached, given their measured tokens/s per GPU at its latency target.
template <class T>
T decodeEfficiency(T measuredPerGpu)
{
    const T batch = measuredPerGpu * (ds6::tpotMs / 1000.0);
    return ds6DecodeStepIn<T>().at(batch) / (ds6::tpotMs / 1000.0);
}

template <class T>
struct ServingRates {
    T prefillPerGpu; // input tokens/s, cache hits included, at the utilization set
    T decodePerGpu;  // output tokens/s
    T sequences;     // concurrent decode sequences per GPU (the physics' batch under `hardware`)
    T bottleneck;
    // The hardware method's factors on the measured rates (1 under `measured`)
    // and its batch before utilization.
    T prefillRatio;
    T decodeRatio;
    T batch;
};

// Everything of ServingRates but utilization's linear scale: per GPU at the
// calibration utilization. It depends only on the inputs feedsServingShape()
// names, so a sweep or a Monte Carlo that varies none of them computes it
// once and scales it per cell (utilization, which every slider session moves,
// is not among them).
template <class T>
struct ServingShape {
    T prefillPerGpu; // before the utilization scale
    T decodePerGpu;
    T sequences; // `hardware`: the batch; `measured`: unused (it follows utilization)
    T bottleneck;
    T prefillRatio;
    T decodeRatio;
    T batch;
};

// Both methods. `measured`: DS6's node throughput, per GPU, scaled linearly by
// utilization. `hardware`: the same measurement times the ratio of the serving
// model's throughput in this configuration to its throughput in DS6's — one
// efficiency factor per phase, so DS6's own configuration gives DS6's numbers
// exactly (the ratio is then 1, bit for bit).
template <class T>
ServingShape<T> servingShape(const BasicInputs<T> &in)
{
    const T measuredPrefill = in.prefillTokensPerSecPerNode / in.gpusPerNode;
    const T measuredDecode = in.decodeTokensPerSecPerNode / in.gpusPerNode;

    const ServingPair &pair = pairOf(in.card, in.modelArch);
    const ServingPair &ref = pairOf(ds6::card, ds6::model);
    const T efficiency = decodeEfficiency(measuredDecode);
    const DecodePoint<T> here =
        decodePoint(decodeStep(pair, in.contextTokens, in.decodeGpusPerInstance, in.gpusPerNode), pair,
                    in.decodeTpotMs / 1000.0, efficiency);

    ServingShape<T> s;
    s.bottleneck = here.bottleneck;
    s.batch = here.sequences;
    if (in.servingMethod == ServingMethod::Measured) {
        s.prefillRatio = s.decodeRatio = splat<T>(1.0);
        s.prefillPerGpu = measuredPrefill;
        s.decodePerGpu = measuredDecode;
        s.sequences = here.sequences;
        return s;
    }
    const double prefillThere = ds6PrefillRate();
    const T prefillHere =
        prefillRate(pair, in.promptTokens, in.cacheHitShare, in.prefillGpusPerInstance, in.gpusPerNode);
    const DecodePoint<T> there = decodePoint(ds6DecodeStepIn<T>(), ref, splat<T>(ds6::tpotMs / 1000.0), efficiency);
    s.prefillRatio = prefillHere / prefillThere;
    s.decodeRatio = here.tokensPerSec / there.tokensPerSec;
    s.prefillPerGpu = measuredPrefill * s.prefillRatio;
    s.decodePerGpu = measuredDecode * s.decodeRatio;
    s.sequences = here.sequences;
    return s;
}

// One shape in every lane.
template <class T>
ServingShape<T> splatShape(const ServingShape<double> &s)
{
    return {splat<T>(s.prefillPerGpu), splat<T>(s.decodePerGpu), splat<T>(s.sequences), splat<T>(s.bottleneck),
            splat<T>(s.prefillRatio),  splat<T>(s.decodeRatio),  splat<T>(s.batch)};
}

template <class T>
ServingRates<T> servingRates(const BasicInputs<T> &in, const ServingShape<T> &s)
{
    const T scale = in.utilization / in.calibrationUtilization;
    ServingRates<T> r;
    r.bottleneck = s.bottleneck;
    r.batch = s.batch;
    r.prefillRatio = s.prefillRatio;
    r.decodeRatio = s.decodeRatio;
    r.prefillPerGpu = s.prefillPerGpu * scale;
    r.decodePerGpu = s.decodePerGpu * scale;
    // `measured` holds as many sequences as its throughput serves at the latency
    // target; `hardware`'s batch is the physics' (utilization scales the time
    // busy, not the batch a step holds).
    r.sequences =
        in.servingMethod == ServingMethod::Measured ? r.decodePerGpu * (in.decodeTpotMs / 1000.0) : s.sequences;
    return r;
}

template <class T>
ServingRates<T> servingRates(const BasicInputs<T> &in)
{
    return servingRates(in, servingShape(in));
}

} // namespace kernel

inline ServingRatios servingRatios(const Inputs &in)
{
    const kernel::ServingRates<double> r = kernel::servingRates(in);
    return {r.prefillRatio, r.decodeRatio, r.batch};
}

} // namespace cc
