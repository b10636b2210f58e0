// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace cc::ui {

// The size a fresh window opens at: 1600×1000 where the screen has room, else
// the screen's available area less a margin for the frame (a laptop, a 720p
// projector), so no part of the window starts off screen.
QSize initialWindowSize(const QRect &available);
// The same for any window that would like `preferred`.
QSize fittedSize(QSize preferred, const QRect &available);

// Shrinks and moves `window` so it lies within the available area of its
// screen: a geometry remembered from a larger screen, or grown by a panel,
// must not leave the window's buttons out of reach.
void fitIntoScreen(QWidget *window);

} // namespace cc::ui
