// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelguard.h"

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
            for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
                if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
                    QCoreApplication::sendEvent(area->viewport(), event);
                    return true;
                }
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
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

} // namespace cc::ui
