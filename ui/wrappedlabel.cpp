// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wrappedlabel.h"

namespace cc::ui {

WrappedLabel::WrappedLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    // The text and font are compared, not tracked: setText() and style sheets
    // (which change the font) are not virtual, so there is nothing to hook.
    if (m_text != text() || m_font != font()) {
        m_text = text();
        m_font = font();
        m_heights.clear();
    }
    for (const auto &[w, h] : m_heights)
        if (w == width)
            return h;
    const int h = QLabel::heightForWidth(width);
    if (m_heights.size() >= 4) // a window resize asks many widths; the last few are the ones asked again
        m_heights.removeFirst();
    m_heights.append({width, h});
    return h;
}

} // namespace cc::ui
