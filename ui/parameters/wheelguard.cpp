// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/parameters/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace cc::ui {

namespace {

bool toScrollArea(QWidget *w, QEvent *event);

class WheelGuard : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *w = static_cast<QWidget *>(watched);
        if (event->type() == QEvent::Wheel && !w->hasFocus()) {
            // Handed to the scroll area round the input, as if the pointer were over a gap
            // between inputs; with none, left unaccepted for the parent to take.
            if (toScrollArea(w, event))
                return true;
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

// Sends a wheel event to the nearest scroll area round `w`; false if there is none.
bool toScrollArea(QWidget *w, QEvent *event)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
            if (area->viewport() == w)
                continue; // a chart's own viewport
            QCoreApplication::sendEvent(area->viewport(), event);
            return true;
        }
    return false;
}

class WheelPasser : public QObject {
public:
    WheelPasser(QWidget *chart) : QObject(chart), m_chart(chart) {}

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel)
            return toScrollArea(m_chart, event);
        return false;
    }

private:
    QWidget *m_chart;
};

void guard(QWidget *w, WheelGuard *filter)
{
    // Wheel focus (the default for these) would let the wheel itself take focus.
    w->setFocusPolicy(Qt::StrongFocus);
    w->installEventFilter(filter);
}

} // namespace

void guardWheel(QWidget *container)
{
    auto *filter = new WheelGuard(container);
    for (auto *w : container->findChildren<QAbstractSlider *>())
        if (!qobject_cast<QScrollBar *>(w))
            guard(w, filter); // a scroll bar keeps the wheel: scrolling is what it is for
    for (auto *w : container->findChildren<QAbstractSpinBox *>())
        guard(w, filter);
    for (auto *w : container->findChildren<QComboBox *>())
        guard(w, filter);
}

void passWheelOn(QWidget *w)
{
    auto *passer = new WheelPasser(w);
    w->installEventFilter(passer);
    // A QGraphicsView (Qt Charts) gets its mouse events on its viewport.
    if (auto *area = qobject_cast<QAbstractScrollArea *>(w))
        area->viewport()->installEventFilter(passer);
}

} // namespace cc::ui
