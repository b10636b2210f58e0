// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/windowlayout.h"

#include <QScreen>
#include <QWidget>

namespace cc::ui {

namespace {

// Room for a window manager's title bar and borders, which the size excludes.
constexpr int frameAllowance = 40;

} // namespace

QSize fittedSize(QSize preferred, const QRect &available)
{
    if (available.isEmpty())
        return preferred;
    return preferred.boundedTo(available.size() - QSize(frameAllowance / 2, frameAllowance));
}

QSize initialWindowSize(const QRect &available)
{
    return fittedSize(QSize(1600, 1000), available);
}

void fitIntoScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (window->isMaximized() || window->isFullScreen())
        return;
    const QSize size = window->size().boundedTo(available.size() - QSize(frameAllowance / 2, frameAllowance));
    if (size != window->size())
        window->resize(size.expandedTo(window->minimumSizeHint()));
    QRect frame = window->frameGeometry();
    frame.moveLeft(
        std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width() + 1)));
    frame.moveTop(
        std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height() + 1)));
    if (frame.topLeft() != window->frameGeometry().topLeft())
        window->move(frame.topLeft());
}

} // namespace cc::ui
