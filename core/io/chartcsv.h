// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cc {

// A chart's numbers as rows, in model units (a margin of 84.5 % is 0.845), one
// per point: kind (series | marker | reference | cell), id, label, x, y, value
// (grid cells), unit. A category chart's x is the category's name. Labels go
// through `translate` (identity for English), so a Chinese UI writes Chinese
// labels. The CSV export and the workbook's chart sheet both write these rows.
using TextTranslator = std::function<QString(std::string_view)>;
struct ChartRow {
    QString kind, id, label;
    QString category;           // the x of a category chart
    std::optional<double> x, y; // empty: no value there (an undefined point)
    std::optional<double> value;
    chart::Unit unit = chart::Unit::None; // of y, or of value for a cell
};
std::vector<ChartRow> chartRows(const chart::ChartData &data, const TextTranslator &translate);

// The rows as CSV: a header, C-notation numbers in their shortest exact form
// whatever the language, an undefined number as an empty cell.
QByteArray chartCsv(const chart::ChartData &data, const TextTranslator &translate);

} // namespace cc
