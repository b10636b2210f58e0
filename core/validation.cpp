// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace cc {

std::string formatNumber(double v)
{
    char buf[64];
    for (int precision = 6; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, v);
        if (std::strtod(buf, nullptr) == v)
            break;
    }
    return buf;
}

std::string validRangeText(const ParamInfo &p)
{
    if (p.isChoice()) {
        std::string s;
        for (const Choice &c : p.choices)
            s += (s.empty() ? "" : " | ") + std::string(c.id);
        return s;
    }
    return "[" + formatNumber(p.min) + ", " + formatNumber(p.max) + "]";
}

std::string ValidationError::message() const
{
    switch (kind) {
    case Kind::UnknownId:
        return "unknown parameter '" + id + "' (--list-parameters lists them)";
    case Kind::NotANumber:
        return id + ": '" + text + "' is not a number; valid range " + validRangeText(*param);
    case Kind::NotFinite:
        return id + ": " + text + " is not a finite number; valid range " + validRangeText(*param);
    case Kind::OutOfRange:
        return id + ": " + text + " is outside the valid range " + validRangeText(*param);
    case Kind::NotWhole:
        return id + ": " + text + " is not a whole number; valid range " + validRangeText(*param);
    case Kind::UnknownChoice:
        return id + ": '" + text + "' is not one of " + validRangeText(*param);
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
    return std::nullopt;
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
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ptr != end || ec == std::errc::invalid_argument)
        return {0, ValidationError{K::NotANumber, std::string(id), std::string(text), p}};
    if (ec == std::errc::result_out_of_range)
        return {0, ValidationError{K::OutOfRange, std::string(id), std::string(text), p}};
    if (auto error = checkValue(*p, value)) {
        error->text = std::string(text);
        return {0, error};
    }
    return {value, std::nullopt};
}

} // namespace cc
