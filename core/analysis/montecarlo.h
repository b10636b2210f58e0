// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/distribution.h"
#include "core/model/inputs.h"
#include "core/model/outputs.h"
#include "core/model/registry.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

namespace cc {

struct UncertainInput {
    const ParamInfo *param;
    Distribution distribution;
};

struct MonteCarloResult {
    int samples = 0;
    bool cancelled = false;
    std::vector<const OutputInfo *> outputs;
    int inputCount = 0;
    // In blocks of blockSamples samples, one run of blockStride floats per output
    // inside each block: a batch of laneCount samples stores that many
    // neighbouring floats per output, one vector store. The stride is not a power of two, so the
    // outputs' store streams do not meet on the same cache sets.
    // An undefined output is NaN here; the statistics skip it and count it.
    static constexpr int blockSamples = 8192;
    static constexpr int blockStride = blockSamples + 16;
    std::vector<float> values;
    std::vector<float> inputSamples; // [k·samples + i]: input k's draws in a row, for the sensitivity ranking
    long clamped = 0;                // samples that fell outside an input's valid range and were clamped into it

    std::size_t valueIndex(std::size_t output, std::size_t sample) const
    {
        return (sample / blockSamples * outputs.size() + output) * blockStride + sample % blockSamples;
    }
    float value(int output, int sample) const { return values[valueIndex(std::size_t(output), std::size_t(sample))]; }
    float input(int k, int sample) const { return inputSamples[std::size_t(k) * samples + sample]; }
};

struct OutputStatistics {
    double mean = 0, standardError = 0;
    double p5 = 0, p50 = 0, p95 = 0;
    double probabilityBelowZero = 0;
    long defined = 0, undefined = 0;
};
OutputStatistics statistics(const MonteCarloResult &r, int outputIndex);

// Spearman rank correlation of each uncertain input with the output, largest magnitude first.
struct Sensitivity {
    const ParamInfo *input;
    double correlation;
};
std::vector<Sensitivity> sensitivity(const MonteCarloResult &r, std::span<const UncertainInput> uncertain,
                                     int outputIndex);

// N samples, split into fixed chunks each with its own seeds, so that the same
// seed gives the same numbers on any number of threads. Every draw is one
// uniform through the distribution's quantile function (inverse transform);
// each input draws from its own stream, keyed by the input, so its draws stay
// the same when other inputs are made uncertain too (common random numbers:
// the difference two runs show comes from the input that changed).
// `progress` (0–1) is called between chunks from the calling thread;
// returning false cancels. `reuse`: a previous result whose storage is
// reused (a re-run after an edit touches no new memory).
MonteCarloResult runMonteCarlo(const Inputs &base, std::span<const UncertainInput> uncertain,
                               std::span<const OutputInfo *const> outputs, int samples, std::uint64_t seed,
                               int threads = 0, const std::function<bool(double)> &progress = {},
                               MonteCarloResult *reuse = nullptr);

// The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9).
double normalQuantile(double p);

} // namespace cc
