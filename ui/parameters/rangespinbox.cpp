// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/parameters/rangespinbox.h"

namespace cc::ui {

QValidator::State RangeSpinBox::validate(QString &text, int &pos) const
{
    const QValidator::State state = QDoubleSpinBox::validate(text, pos);
    if (state == QValidator::Invalid) {
        QString bare = text;
        if (!suffix().isEmpty() && bare.endsWith(suffix()))
            bare.chop(suffix().size());
        bool ok = false;
        const double v = locale().toDouble(bare.trimmed(), &ok);
        // Out of range, or not a number this box takes ("-" where nothing is
        // negative, the "e" of "1e9"): either way the keystroke is dropped, so say so.
        if ((ok && (v < minimum() || v > maximum())) || (!ok && !bare.trimmed().isEmpty()))
            emit refused(bare.trimmed());
    }
    return state;
}

} // namespace cc::ui
