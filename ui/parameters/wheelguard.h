// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace cc::ui {

// Makes the sliders, spin boxes and combo boxes inside `container` take the
// mouse wheel only when they have keyboard focus (clicked or tabbed to), as in
// Qt Creator and most editors; otherwise the wheel scrolls the panel around
// them instead of silently editing whatever input passes under the pointer.
void guardWheel(QWidget *container);

// Hands every wheel event over `w` (a chart, which would take it for itself
// and do nothing with it) to the scroll area around it, so the dashboard
// scrolls wherever the pointer is.
void passWheelOn(QWidget *w);

} // namespace cc::ui
