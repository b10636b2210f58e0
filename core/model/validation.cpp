// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/validation.h"

#include "core/model/serving.h"

#include <charconv>
#include <algorithm>
#include <cmath>

namespace cc {

std::string formatNumber(double v)
{
    // std::to_chars ignores the locale, unlike snprintf and strtod once Qt has called setlocale().
    char buf[64];
    std::to_chars_result r{};
    for (int precision = 6; precision <= 17; ++precision) {
        r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, precision);
        double back = 0;
        std::from_chars(buf, r.ptr, back);
        if (back == v)
            break;
    }
    return std::string(buf, r.ptr);
}

std::string validRangeText(const ParamInfo &p)
{
    if (p.isChoice()) {
        std::string s;
        for (const Choice &c : p.choices)
            s += (s.empty() ? "" : " | ") + std::string(c.id);
        return s;
    }
    // Appended piecewise: GCC 12 warns falsely (-Wrestrict) on "[" + std::string.
    std::string s("[");
    s += formatNumber(p.min);
    s += ", ";
    s += formatNumber(p.max);
    s += ']';
    return s;
}

std::string ValidationError::message() const
{
    switch (kind) {
    case Kind::UnknownId: return "unknown parameter '" + id + "' (--list-parameters lists them)";
    case Kind::NotANumber: return id + ": '" + text + "' is not a number; valid range " + validRangeText(*param);
    case Kind::NotFinite: return id + ": " + text + " is not a finite number; valid range " + validRangeText(*param);
    case Kind::OutOfRange: return id + ": " + text + " is outside the valid range " + validRangeText(*param);
    case Kind::NotWhole: return id + ": " + text + " is not a whole number; valid range " + validRangeText(*param);
    case Kind::UnknownChoice: return id + ": '" + text + "' is not one of " + validRangeText(*param);
    case Kind::Overflow:
        return id + ": " + text + " is too large to represent as a number; valid range " + validRangeText(*param);
    case Kind::Underflow:
        return id + ": " + text + " is too small to represent (it would be rounded to 0); valid range " +
               validRangeText(*param);
    case Kind::CannotFit:
        return id + ": " + model + " does not fit on " + text + " " + chip +
               " per instance: " + formatNumber(std::round(needed * 10) / 10) + " GB of weights per GPU, " +
               formatNumber(std::round(available * 10) / 10) + " GB usable";
    case Kind::CannotMeetLatency:
        return id + ": " + text + " ms cannot be met: one decode step of " + model + " on " + chip +
               " takes at least " + formatNumber(std::round(needed * 10) / 10) + " ms (reading its weights)";
    }
    return {};
}

std::optional<ValidationError> checkValue(const ParamInfo &p, double value)
{
    using K = ValidationError::Kind;
    const std::string id(p.id);
    if (!std::isfinite(value))
        return ValidationError{K::NotFinite, id, formatNumber(value), &p};
    if (value < p.min || value > p.max)
        return ValidationError{p.isChoice() ? K::UnknownChoice : K::OutOfRange, id, formatNumber(value), &p};
    if (p.whole && value != std::floor(value))
        return ValidationError{K::NotWhole, id, formatNumber(value), &p};
    return std::nullopt;
}

std::optional<ValidationError> validate(const Inputs &in)
{
    for (const ParamInfo &p : parameters())
        if (auto error = checkValue(p, valueOf(in, p)))
            return error;
    return servingProblem(in);
}

std::optional<ValidationError> servingProblem(const Inputs &in)
{
    using K = ValidationError::Kind;
    if (in.servingMethod != ServingMethod::Hardware)
        return std::nullopt;
    const ServingPair &pair = pairOf(in.card, in.modelArch);
    const std::string chip(cc::chip(in.card).id), model(modelConfig(in.modelArch).id);
    const auto tooBig = [&](double Inputs::*field) -> std::optional<ValidationError> {
        const double gpus = in.*field;
        const double weights = kernel::weightsPerGpu(pair, gpus, std::min(pair.tensorParallel, gpus));
        if (weights < pair.hbmBytes)
            return std::nullopt;
        const ParamInfo &p = parameter(field);
        return ValidationError{
            K::CannotFit, std::string(p.id), formatNumber(gpus), &p, weights / 1e9, pair.hbmBytes / 1e9, chip, model};
    };
    if (auto e = tooBig(&Inputs::prefillGpusPerInstance))
        return e;
    if (auto e = tooBig(&Inputs::decodeGpusPerInstance))
        return e;
    const auto step = kernel::decodeStep(pair, in.contextTokens, in.decodeGpusPerInstance, in.gpusPerNode);
    const double efficiency = kernel::decodeEfficiency(in.decodeTokensPerSecPerNode / in.gpusPerNode);
    // A step reads every weight this GPU holds however small the batch: slowed by
    // DS6's efficiency, that is the fastest token a user can get.
    const double floorMs = step.memory0 / efficiency * 1000;
    if (in.decodeTpotMs <= floorMs) {
        const ParamInfo &p = parameter(&Inputs::decodeTpotMs);
        return ValidationError{K::CannotMeetLatency,
                               std::string(p.id),
                               formatNumber(std::round(in.decodeTpotMs * 10) / 10),
                               &p,
                               floorMs,
                               in.decodeTpotMs,
                               chip,
                               model};
    }
    return std::nullopt;
}

std::optional<double> parseNumber(std::string_view text, int *rangeError)
{
    if (rangeError)
        *rangeError = 0;
    // from_chars takes no leading '+', which people type; JSON never has one.
    std::string_view digits = text;
    if (!digits.empty() && digits.front() == '+')
        digits.remove_prefix(1);
    if (digits.empty() || digits.front() == '+' || (digits.front() == '-' && text.front() == '+'))
        return std::nullopt;
    double value = 0;
    const char *end = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), end, value);
    if (ptr != end || ec == std::errc::invalid_argument)
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // from_chars leaves the value alone: a negative exponent means too small.
        const std::size_t e = digits.find_first_of("eE");
        const bool tiny = e != std::string_view::npos && e + 1 < digits.size() && digits[e + 1] == '-';
        if (rangeError)
            *rangeError = tiny ? -1 : 1;
        return std::nullopt;
    }
    return value;
}

ParsedValue parseValue(std::string_view id, std::string_view text)
{
    using K = ValidationError::Kind;
    const ParamInfo *p = findParameter(id);
    if (!p)
        return {0, ValidationError{K::UnknownId, std::string(id), std::string(text), nullptr}};
    if (p->isChoice()) {
        for (std::size_t i = 0; i < p->choices.size(); ++i)
            if (p->choices[i].id == text)
                return {static_cast<double>(i), std::nullopt};
        return {0, ValidationError{K::UnknownChoice, std::string(id), std::string(text), p}};
    }
    int rangeError = 0;
    const std::optional<double> parsed = parseNumber(text, &rangeError);
    if (rangeError)
        return {0, ValidationError{rangeError > 0 ? K::Overflow : K::Underflow, std::string(id), std::string(text), p}};
    if (!parsed)
        return {0, ValidationError{K::NotANumber, std::string(id), std::string(text), p}};
    const double value = *parsed;
    if (auto error = checkValue(*p, value)) {
        error->text = std::string(text);
        return {0, error};
    }
    return {value, std::nullopt};
}

} // namespace cc
