// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/outputs.h"
#include "core/model/registry.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace cc::ui {

// Numbers follow the reader's locale: Chinese writes 万/亿 and Chinese units,
// any other language K/M/B and English units (digits always in C notation).
bool usesChineseNumbers(const QLocale &locale);
// Large numbers in the reader's convention: 87.1K / 8.71万, 562.0K / 56.20万.
QString compactNumber(double v, const QLocale &locale);
// A figure with its unit, as a headline card or tooltip shows it. `decimals`,
// when not −1, replaces the kind's own number of decimals where it writes a
// fixed number of them (yuan in English, years, multipliers, USD per M tokens…);
// compact kinds (87.1K, 8.71万) keep their three digits.
QString formatFigure(double v, OutputKind kind, const QLocale &locale, int decimals = -1);
// A fraction as a percentage: 0.845 → "84.5%".
QString formatPercent(double fraction, int decimals = 1);
// The change against a reference: percentage points for ratios, per cent otherwise.
// Empty when there is no visible change.
QString formatDelta(double value, double reference, OutputKind kind, const QLocale &locale);

// An output as a reader should see it: its figure, its "undefined" wording when
// it has no value, and "not reachable" for a break-even paid rate above 100 %
// (no paid rate breaks even; "161 %" read as a target).
QString formatOutput(const OutputInfo &o, std::optional<double> v, const QLocale &locale);
// Whether formatOutput shows `v` as a number (not "—" or "not reachable"): only
// then has it a change against another value.
bool shownAsNumber(const OutputInfo &o, std::optional<double> v);

// An input's value as the panel shows it: a choice by its label, a ratio in
// percent, anything else with its registry precision (no unit). Labels in the
// installed translator's language.
QString formatInput(const ParamInfo &p, double v);
// The same, with a choice's label cut at its colon ("Elastic", not "Elastic: pay
// for average GPUs"), for narrow columns and bar labels.
QString formatInputShort(const ParamInfo &p, double v);

// How a parameter's basis reads: "sourced", "derived" or "assumption" in the UI's
// language (core's provenanceName() is the one English spelling).
QString provenanceText(Provenance p);

// Display units per model unit: a ratio is shown in percent (0.845 → 84.5), anything else as it is.
inline double displayScale(bool ratio)
{
    return ratio ? 100.0 : 1.0;
}
inline double displayScale(const ParamInfo &p)
{
    return displayScale(p.ratio);
}
inline double displayScale(OutputKind kind)
{
    return displayScale(kind == OutputKind::Ratio);
}

// Whether two values differ, for the compare window, the report and anything
// else that marks a difference: not by the last bits of a double (0.1 + 0.2 is
// 0.3 here), by 1e-12 of the larger magnitude.
bool differs(double a, double b);
// An undefined value differs from a defined one, and not from another undefined one.
bool differs(std::optional<double> a, std::optional<double> b);

} // namespace cc::ui
