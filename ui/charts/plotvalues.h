// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include <vector>

namespace cc::ui {

// Chart data comes in model units (fractions); a chart's axis may show another
// scale (percent). The one place a view turns the one into the other.
inline QVector<double> scaled(const std::vector<double> &values, double factor)
{
    QVector<double> out(qsizetype(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i)
        out[qsizetype(i)] = values[i] * factor;
    return out;
}

inline QVector<double> percent(const std::vector<double> &ratios)
{
    return scaled(ratios, 100);
}

inline QVector<double> asIs(const std::vector<double> &values)
{
    return QVector<double>(values.begin(), values.end());
}

} // namespace cc::ui
