// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangespinbox.h"

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
        if (ok && (v < minimum() || v > maximum()))
            emit refused(bare.trimmed());
    }
    return state;
}

} // namespace cc::ui
