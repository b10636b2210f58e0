// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outputs.h"
#include "registry.h"

#include <QString>

#include <optional>

namespace cc::ui {

// Large numbers in the reader's convention: 87.1K / 8.71万, 562.0K / 56.20万.
QString compactNumber(double v, bool zh);
// A figure with its unit, as a headline card or tooltip shows it.
QString formatFigure(double v, OutputKind kind, bool zh);
// A fraction as a percentage: 0.845 → "84.5%".
QString formatPercent(double fraction, int decimals = 1);
// The change against a reference: percentage points for ratios, per cent otherwise.
// Empty when there is no visible change.
QString formatDelta(double value, double reference, OutputKind kind, bool zh);

// An output as a reader should see it: its figure, its "undefined" wording when
// it has no value, and "not reachable" for a break-even paid rate above 100 %
// (no paid rate breaks even; "161 %" read as a target).
QString formatOutput(const OutputInfo &o, std::optional<double> v, bool zh);

// An input's value as the panel shows it: a choice by its label, a ratio in
// percent, anything else with its registry precision (no unit).
QString formatInput(const ParamInfo &p, double v, bool zh);

} // namespace cc::ui
