// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;
class QPicture;
class QPointF;

namespace cc::ui {

// Replays `picture` onto `target` at `at` with its clipping done in the
// geometry: lines are cut at the clip rectangle and fills intersected with it.
// For devices that ignore clipping — Qt 6.4's SVG generator — where
// QCustomPlot's curves would otherwise run past their axes onto the labels.
void replayClipped(const QPicture &picture, QPainter *target, const QPointF &at);

} // namespace cc::ui
