// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace cc::ui {

// QCustomPlot's default ticks with the app's labels: 2.00M / 200万 instead of
// 2e+06 from ten thousand up, plain numbers with the true minus sign below.
class CompactTicker : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

// The label CompactTicker gives `v`.
QString axisNumber(double v, const QLocale &locale);

// Puts a CompactTicker on `axis`.
void useCompactTicks(QCPAxis *axis);

} // namespace cc::ui
