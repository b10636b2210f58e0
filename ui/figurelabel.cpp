// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/figurelabel.h"

#include <QPainter>

namespace cc::ui {

FigureLabel::FigureLabel(const QColor &background, QWidget *parent) : QWidget(parent), m_background(background)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    // The card's width comes from its stretch and measured samples (HeadlineBar::cardWidth), never from this text.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void FigureLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text); // what a screen reader reads, as it read the QLabel's text
    update();
}

void FigureLabel::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
}

QSize FigureLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_text), fontMetrics().height()};
}

QSize FigureLabel::minimumSizeHint() const
{
    return {0, fontMetrics().height()};
}

void FigureLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_background);
    painter.setPen(m_color.isValid() ? m_color : palette().color(QPalette::WindowText));
    painter.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_text);
}

} // namespace cc::ui
