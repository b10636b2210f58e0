// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/compactticker.h"

#include "ui/language.h"
#include "ui/numberformat.h"

#include <cmath>

namespace cc::ui {

QString axisNumber(double v, const QLocale &locale)
{
    if (std::abs(v) >= 1e4)
        return compactNumber(v, locale);
    // Tick values are round: six significant digits show them exactly, without
    // the group separator a year axis must not get.
    QString s = QString::number(std::abs(v), 'g', 6);
    if (s.contains(QLatin1Char('e'))) // a tick step below 1e-4
        s = QString::number(std::abs(v), 'f', 6);
    return v < 0 && s != QLatin1String("0") ? QStringLiteral("−") + s : s;
}

QString CompactTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return axisNumber(tick, uiLocale());
}

void useCompactTicks(QCPAxis *axis)
{
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new CompactTicker));
}

} // namespace cc::ui
