// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

namespace cc::ui {

// Where the Analysis window opens (its frame, in screen coordinates), so the
// analyst sees the dashboard move while the tools run:
// - beside the main window, on the side with more room, when that side has at
//   least analysisMinimumWidth: nothing of the dashboard is covered;
// - else (a maximised or near-full-screen main window) against a screen edge:
//   the edge away from the parameter panel when the window fits between that
//   edge and the panel, else the edge farther from the charts' centre; no
//   wider than leaves the charts' centre in view, and never narrower than its
//   minimum (which may cover the centre: the tools would be unreadable
//   otherwise, and the levers matter more while a tool follows a drag).
// The height is the preferred one within the screen, top-aligned with the main
// window. All rectangles are frames in screen coordinates. `minimumWidth` is the
// window's own (its tools' bars), when wider than analysisMinimumWidth: a frame
// narrower than that would be widened past the screen's edge.
inline constexpr int analysisMinimumWidth = 760;
QRect analysisWindowFrame(const QRect &mainFrame, const QRect &chartsArea, const QRect &available, QSize preferred,
                          int minimumWidth = analysisMinimumWidth);

} // namespace cc::ui
