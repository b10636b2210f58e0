// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/scenario.h"

#include <QString>

namespace cc {

// An Excel workbook an analyst can audit and extend: an Inputs sheet (id,
// label, value, unit, source) whose values are defined names, a Model sheet
// whose every cell is a live formula over those names — model.md's formulas,
// readable as written there (=1-totalCostPerDay/revenuePerDay) — carrying the
// app's own results as cached values, and the data behind each chart.
// `cachedResults` false leaves the cached values at 0, so that a test can show
// a spreadsheet engine computes the right numbers from the formulas alone.
// Returns an error message naming the file, empty on success.
QString exportXlsx(const Scenario &scenario, const QString &file, bool cachedResults = true);

} // namespace cc
