// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/axisrange.h"

#include <algorithm>
#include <cmath>

namespace cc::ui {

namespace {

// The next round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) at or
// beyond |v|, keeping the sign: at most 25 % of the axis left empty.
double niceBeyond(double v)
{
    if (v == 0)
        return 0;
    const double a = std::abs(v);
    const double decade = std::pow(10.0, std::floor(std::log10(a)));
    double nice = 10 * decade;
    for (const double m : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0})
        if (m * decade >= a) {
            nice = m * decade;
            break;
        }
    return v < 0 ? -nice : nice;
}

} // namespace

double niceTickStep(double span)
{
    const double raw = std::max(span, 1e-12) / 5;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0})
        if (m * decade >= raw)
            return m * decade;
    return 10 * decade;
}

std::pair<double, double> stableRange(std::pair<double, double> current, double dataLo, double dataHi)
{
    const auto [lo, hi] = current;
    const double span = std::max(hi - lo, 1e-12);
    const double dataSpan = std::max(dataHi - dataLo, 1e-12);
    const bool fits = dataLo >= lo && dataHi <= hi;
    const bool tooLoose = dataSpan < 0.5 * span;
    if (fits && !tooLoose)
        return current;
    const double pad = 0.08 * dataSpan;
    return {dataLo >= 0 ? 0.0 : niceBeyond(dataLo - pad), dataHi <= 0 ? 0.0 : niceBeyond(dataHi + pad)};
}

} // namespace cc::ui
