// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace cc::ui {

// A word-wrapped label that remembers its height at the widths it was asked
// for. A layout asks every word-wrapped label in it for heightForWidth() each
// time anything in it changes size — the headline cards each time a figure
// changes, so on every slider step — and QLabel lays its text out anew for
// each ask. The text and font of these labels change only with the language.
class WrappedLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    int heightForWidth(int width) const override;

private:
    mutable QString m_text; // what the heights below were measured for
    mutable QFont m_font;
    mutable QList<std::pair<int, int>> m_heights; // width → height, the few widths a layout asks
};

} // namespace cc::ui
