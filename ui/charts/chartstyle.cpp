// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartstyle.h"

#include <QApplication>

namespace cc::ui::style {

namespace {
double fontScale = 1.0;
} // namespace

void setFontScale(double scale)
{
    fontScale = scale;
}

// Derived from the application font, which main() sets to a CJK-capable
// family, so Chinese titles render with the same face as English ones.
QColor scenarioColor(int index)
{
    static const QColor colours[] = {{0x00, 0x72, 0xb2}, {0xd5, 0x5e, 0x00}, {0x00, 0x9e, 0x73}, {0xcc, 0x79, 0xa7}};
    return colours[index % 4];
}

QFont titleFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(11 * fontScale);
    f.setBold(true);
    return f;
}

QFont axisFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(9 * fontScale);
    return f;
}

QFont tickFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(8.5 * fontScale);
    return f;
}

} // namespace cc::ui::style
