// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/modelkernel.h"

#include <optional>
#include <span>
#include <string_view>

namespace cc {

// How an output is read: it decides the unit shown and how a number is
// formatted, never how it is computed.
enum class OutputKind {
    Gpus,
    Ratio,
    UsdPerDay,
    CnyMillionsPerYear,
    Years,
    Count,
    MillionUsers,
    Multiplier,
    Elasticity,
    Year,
    MaasCount,
    TokensPerSec,
    Sequences,
    UsdPerMillionTokens
};

// The outputs of model.md's "Ids" list, in that order: the contract shared by
// --json, exports and the dashboard's figures.
struct OutputInfo {
    std::string_view id;
    std::string_view label; // English source string (CC_TR); translated at the edge
    OutputKind kind;
    // Where the value lives in Results: a member pointer, so the table and the
    // model cannot drift apart, and the hot loops read it without a call.
    double Results::*value = nullptr;
    std::optional<double> Results::*optionalValue = nullptr; // outputs that can be undefined
    bool optional = false;                                   // which of the two holds it
    // The same field in a batch of samples (NaN in a lane where it is undefined).
    const Lanes &(*lanes)(const LaneResults &) = nullptr;
    std::string_view undefined = {}; // what to say when there is no value (CC_TR)

    std::optional<double> get(const Results &r) const { return optional ? r.*optionalValue : std::optional(r.*value); }
};

std::span<const OutputInfo> outputs();
inline constexpr int outputCount = 29;
// Every output in outputs() order, an undefined one as `undefined`: one pass
// for the hot loops (Monte Carlo), where a call per output costs more than the model.
void writeOutputs(const Results &r, double undefined, double *dst);
// The same for a batch: dst[k] holds output k's lanes, NaN where undefined.
void writeOutputs(const LaneResults &r, Lanes *dst);
int outputIndex(const OutputInfo &o);
// Whether the output comes from the market block (market.h), which a batch
// evaluates lane by lane and only when asked (see evaluate(LaneInputs…)).
bool needsMarketBlock(const OutputInfo &o);
// English source strings marked CC_TR (core/tr.h): translate them at the edge.
std::string_view outputUnit(OutputKind kind);
std::string_view waterfallStepLabel(WaterfallStep s);
const OutputInfo *findOutput(std::string_view id);
// By the Results field that holds it, checked by the compiler (see parameter()).
const OutputInfo &output(double Results::*field);
const OutputInfo &output(std::optional<double> Results::*field);

} // namespace cc
