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
// A figure with its unit, as a headline card or tooltip shows it.
QString formatFigure(double v, OutputKind kind, const QLocale &locale);
// A fraction as a percentage: 0.845 → "84.5%".
QString formatPercent(double fraction, int decimals = 1);
// The change against a reference: percentage points for ratios, per cent otherwise.
// Empty when there is no visible change.
QString formatDelta(double value, double reference, OutputKind kind, const QLocale &locale);

// An output as a reader should see it: its figure, its "undefined" wording when
// it has no value, and "not reachable" for a break-even paid rate above 100 %
// (no paid rate breaks even; "161 %" read as a target).
QString formatOutput(const OutputInfo &o, std::optional<double> v, const QLocale &locale);

// An input's value as the panel shows it: a choice by its label, a ratio in
// percent, anything else with its registry precision (no unit). Labels in the
// installed translator's language.
QString formatInput(const ParamInfo &p, double v);

} // namespace cc::ui
