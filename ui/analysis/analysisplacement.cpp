// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/analysisplacement.h"

#include <algorithm>

namespace cc::ui {

namespace {

// Between the window and what it must not cover: a window manager's shadow or
// snap border should not read as overlap.
constexpr int gap = 8;

} // namespace

QRect analysisWindowFrame(const QRect &mainFrame, const QRect &chartsArea, const QRect &available, QSize preferred,
                          int minimumWidth)
{
    const int minWidth = std::max(analysisMinimumWidth, minimumWidth);
    const int height = std::min(preferred.height(), available.height());
    const int top = std::clamp(mainFrame.top(), available.top(), available.bottom() + 1 - height);
    const int roomRight = available.right() - mainFrame.right() - gap;
    const int roomLeft = mainFrame.left() - available.left() - gap;
    if (std::max(roomRight, roomLeft) >= minWidth) {
        if (roomRight >= roomLeft) {
            const int width = std::min(preferred.width(), roomRight);
            return QRect(mainFrame.right() + 1 + gap, top, width, height);
        }
        const int width = std::min(preferred.width(), roomLeft);
        return QRect(mainFrame.left() - gap - width, top, width, height);
    }
    // No room beside: overlap the dashboard on the side away from the charts'
    // centre, keeping that centre (and what lies past it) in view.
    const QPoint centre = chartsArea.isValid() ? chartsArea.center() : mainFrame.center();
    const int spaceRight = available.right() - centre.x() - gap;
    const int spaceLeft = centre.x() - available.left() - gap;
    // The side of the main window the charts leave free holds the levers
    // (the parameter panel): cover the other side when it has the room — up to
    // the levers' edge, over the charts' centre if it must — so the analyst can
    // still drag a slider and watch the tool follow (the live Monte Carlo, the
    // tornado). Keeping the centre in view instead put the window over the
    // parameter panel at 1920×1080, where 781 px lie right of the centre.
    const bool leversLeft =
        chartsArea.isValid() && chartsArea.left() - mainFrame.left() > mainFrame.right() - chartsArea.right();
    const int awayFromLevers = !chartsArea.isValid() ? 0
                               : leversLeft          ? available.right() - chartsArea.left() - gap
                                                     : chartsArea.right() - available.left() - gap;
    const bool right = awayFromLevers >= minWidth ? leversLeft : spaceRight >= spaceLeft;
    const int width =
        std::min({preferred.width(), available.width(), std::max(minWidth, right ? spaceRight : spaceLeft)});
    const int left = right ? available.right() + 1 - width : available.left();
    return QRect(left, top, width, height);
}

} // namespace cc::ui
