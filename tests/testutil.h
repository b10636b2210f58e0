// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/qtext.h"

#include <QCoreApplication>
#include <QString>
#include <QTest>

#include <cmath>
#include <string_view>

// Compare to a tolerance stated by the source ("1,814.9 ± 0.1 %"), and say
// both numbers when it fails.
#define CC_COMPARE_ABS(actual, expected, tolerance)                                                                    \
    QVERIFY2(std::abs((actual) - (expected)) <= (tolerance), qPrintable(QStringLiteral("%1 = %2, expected %3 ± %4")    \
                                                                            .arg(QLatin1String(#actual))               \
                                                                            .arg(actual, 0, 'g', 12)                   \
                                                                            .arg(expected, 0, 'g', 12)                 \
                                                                            .arg(tolerance, 0, 'g', 6)))

// Lets the posted events run — layouts, queued replots, paints — as a user's
// event loop would between two actions.
inline void settle(int rounds = 3)
{
    for (int i = 0; i < rounds; ++i)
        QCoreApplication::processEvents();
}

inline QString qs(std::string_view s)
{
    return cc::toQString(s);
}

#include "core/model/inputs.h"
Q_DECLARE_METATYPE(cc::Inputs)
