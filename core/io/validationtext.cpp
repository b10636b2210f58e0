// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/validationtext.h"

#include "core/io/qtext.h"

#include <QCoreApplication>

namespace cc {

QString describe(const ValidationError &e)
{
    using K = ValidationError::Kind;
    const QString id = toQString(e.id), text = toQString(e.text);
    const QString range = e.param ? toQString(validRangeText(*e.param)) : QString();
    switch (e.kind) {
    case K::UnknownId:
        return QCoreApplication::translate("cc", "unknown parameter '%1' (--list-parameters lists them)").arg(id);
    case K::NotANumber:
        return QCoreApplication::translate("cc", "%1: '%2' is not a number; valid range %3").arg(id, text, range);
    case K::NotFinite:
        return QCoreApplication::translate("cc", "%1: %2 is not a finite number; valid range %3").arg(id, text, range);
    case K::OutOfRange:
        return QCoreApplication::translate("cc", "%1: %2 is outside the valid range %3").arg(id, text, range);
    case K::NotWhole:
        return QCoreApplication::translate("cc", "%1: %2 is not a whole number; valid range %3").arg(id, text, range);
    case K::UnknownChoice: return QCoreApplication::translate("cc", "%1: '%2' is not one of %3").arg(id, text, range);
    case K::Overflow:
        return QCoreApplication::translate("cc", "%1: %2 is too large to represent as a number; valid range %3")
            .arg(id, text, range);
    case K::Underflow:
        return QCoreApplication::translate(
                   "cc", "%1: %2 is too small to represent (it would be rounded to 0); valid range %3")
            .arg(id, text, range);
    case K::CannotFit:
        return QCoreApplication::translate("cc", "%1: %2 does not fit on %3 %4 per instance: %5 GB of weights per "
                                                 "GPU, %6 GB usable — use more GPUs per instance or a card with more "
                                                 "memory")
            .arg(id, toQString(e.model), text, toQString(e.chip))
            .arg(e.needed, 0, 'f', 1)
            .arg(e.available, 0, 'f', 1);
    case K::CannotMeetLatency:
        return QCoreApplication::translate("cc", "%1: %2 ms cannot be met: one decode step of %3 on %4 takes at least "
                                                 "%5 ms (reading its weights)")
            .arg(id, text, toQString(e.model), toQString(e.chip))
            .arg(e.needed, 0, 'f', 1);
    }
    return {};
}

} // namespace cc
