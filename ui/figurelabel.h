// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace cc::ui {

// One line of text that changes on every slider step: a headline figure or its
// change. A QLabel re-lays out its parents each time its text changes (its size
// hint may have changed): up the headline card, the bar, the dashboard and the
// main window, a tenth of a step. This one's size follows from its font alone,
// so a new text only repaints it; and it paints its own background, so the
// card, the bar and the window under it are not repainted either.
class FigureLabel : public QWidget {
    Q_OBJECT
public:
    // `background`: the card's colour, which this label covers.
    FigureLabel(const QColor &background, QWidget *parent = nullptr);
    QString text() const { return m_text; }
    void setText(const QString &text);
    // The text's colour, over the palette's (or the style sheet's). Kept here:
    // a palette set before the window is first shown is replaced when the
    // style sheet polishes the label, and the first figures came up grey.
    void setColor(const QColor &color);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QColor m_background;
    QColor m_color; // invalid: the palette's
};

} // namespace cc::ui
