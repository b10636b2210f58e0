// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

namespace cc::ui {

// An axis range that follows the data without twitching: it moves only when
// the data leaves it or shrinks to under half of it, and then to round
// numbers. Every move re-lays out tick labels, the slowest part of a redraw.
// A round tick interval giving about five ticks over `span`.
double niceTickStep(double span);

std::pair<double, double> stableRange(std::pair<double, double> current, double dataLo, double dataHi);

} // namespace cc::ui
