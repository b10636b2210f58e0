// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace cc {

// A chart's numbers as CSV, in model units (a margin of 84.5 % is 0.845), one
// row per point: kind (series | marker | reference | cell), id, label, x, y,
// value, unit. Category charts write the category's name as x. Numbers are
// C notation at full precision whatever the language; labels go through
// `translate` (identity for English), so a Chinese UI writes Chinese labels.
using TextTranslator = std::function<QString(std::string_view)>;
QByteArray chartCsv(const chart::ChartData &data, const TextTranslator &translate);

} // namespace cc
