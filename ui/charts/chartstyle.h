// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

namespace cc::ui::style {

// One palette for every chart, so a colour means the same thing everywhere:
// blue is the scenario, green good news, red bad news, grey reference.
inline const QColor scenario{0x25, 0x63, 0xeb};
inline const QColor good{0x15, 0x80, 0x3d}; // green-700: 5:1 on white, readable as text too
inline const QColor bad{0xdc, 0x26, 0x26};
inline const QColor reference{0x6b, 0x72, 0x80};
inline const QColor accent{0xf5, 0x9e, 0x0b};
inline const QColor muted{0x94, 0xa3, 0xb8};
inline const QColor band{0xf5, 0x9e, 0x0b, 0x38};

// The colour of the i-th scenario in a comparison, the same in every chart and
// table (Okabe–Ito: distinguishable with colour-blindness and in print).
QColor scenarioColor(int index);

// Charts built while this is above 1 get larger type (presentation mode on a projector).
void setFontScale(double scale);

QFont titleFont();
QFont axisFont();
QFont tickFont();

} // namespace cc::ui::style
