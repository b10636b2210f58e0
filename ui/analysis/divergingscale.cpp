// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/divergingscale.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace cc::ui {

namespace {

constexpr double longestSideRatio = 1.5;

} // namespace

DivergingRange divergingRange(std::vector<double> finite, double level)
{
    if (finite.empty())
        return {level - 1, level + 1, 0.5};
    std::sort(finite.begin(), finite.end());
    double lo = finite[finite.size() * 2 / 100], hi = finite[finite.size() - 1 - finite.size() * 2 / 100];
    // Every value on one side of the level: the scale still starts at the level.
    double below = std::max(0.0, level - lo), above = std::max(0.0, hi - level);
    if (below > 0 && above > 0) {
        below = std::min(below, longestSideRatio * above);
        above = std::min(above, longestSideRatio * below);
    }
    if (below + above <= 0)
        below = above = std::max(1e-9, std::abs(level) * 0.01);
    return {level - below, level + above, below / (below + above)};
}

QCPColorGradient divergingGradient(double centreStop)
{
    // ColorBrewer RdBu ends: loss red, profit blue, the level white.
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    // A cell whose output is undefined there ("not reached by 2030") shows no
    // colour: without this it took the lowest, a loss's red.
    g.setNanHandling(QCPColorGradient::nhTransparent);
    g.setColorStopAt(0, QColor(0xb2, 0x18, 0x2b));
    if (centreStop > 0.02)
        g.setColorStopAt(centreStop / 2, QColor(0xef, 0x8a, 0x62));
    g.setColorStopAt(std::clamp(centreStop, 0.0, 1.0), QColor(0xf7, 0xf7, 0xf7));
    if (centreStop < 0.98)
        g.setColorStopAt((1 + centreStop) / 2, QColor(0x67, 0xa9, 0xcf));
    g.setColorStopAt(1, QColor(0x21, 0x66, 0xac));
    return g;
}

} // namespace cc::ui
