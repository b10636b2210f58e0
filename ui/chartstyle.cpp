// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QApplication>

namespace cc::ui::style {

// Derived from the application font, which main() sets to a CJK-capable
// family, so Chinese titles render with the same face as English ones.
QFont titleFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(11);
    f.setBold(true);
    return f;
}

QFont axisFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(9);
    return f;
}

QFont tickFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(8.5);
    return f;
}

} // namespace cc::ui::style
