// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/registry.h"

#include <optional>
#include <string>
#include <string_view>

namespace cc {

// Why an input was refused. The structured fields let a view phrase the
// message in the reader's language; message() is the English text the command
// line prints.
struct ValidationError {
    enum class Kind {
        UnknownId,
        NotANumber,
        NotFinite,
        OutOfRange,
        NotWhole,
        UnknownChoice,
        Overflow,
        Underflow,
        // The hardware serving method cannot serve the scenario: the model's
        // weights do not fit the instance, or no batch meets the latency target.
        CannotFit,
        CannotMeetLatency,
    };
    Kind kind;
    std::string id;
    std::string text;                 // what was given, as given
    const ParamInfo *param = nullptr; // null for an unknown id
    // CannotFit: GB of weights per GPU and GB usable. CannotMeetLatency: the
    // target and the fastest step possible, in ms. With the chip and model ids.
    double needed = 0;
    double available = 0;
    std::string chip = {};
    std::string model = {};
    std::string message() const;
};

std::optional<ValidationError> checkValue(const ParamInfo &p, double value);
// The first input, in registry order, that is outside its domain; then
// whether the hardware serving method can serve the scenario at all.
std::optional<ValidationError> validate(const Inputs &in);
std::optional<ValidationError> servingProblem(const Inputs &in);

struct ParsedValue {
    double value = 0;
    std::optional<ValidationError> error;
};
// Text as typed on the command line or found in a file: a number in C
// notation, or a choice's id ("reserved"); checked against the domain.
ParsedValue parseValue(std::string_view id, std::string_view text);

// A number in C notation, whatever the process locale; none unless all of
// `text` is one. `rangeError` says when it is a number too large (+1) or too
// small (-1) for a double, which the caller should name as such.
std::optional<double> parseNumber(std::string_view text, int *rangeError = nullptr);

// Shortest round-tripping text of a number in C notation whatever the process
// locale (a German locale must not turn 0.001 into "0,001"), for messages and tables.
std::string formatNumber(double v);
// "[0.001, 1]" or, for a choice, "elastic | reserved".
std::string validRangeText(const ParamInfo &p);

} // namespace cc
