// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/model/results.h"
#include "core/analysis/tornado.h"

#include <QString>

namespace cc {

// The readable report of --headless without --json: every output with its
// unit, the margin bridge and the growth projection. Labels in the installed
// translator's language (--lang).
QString resultsTable(const Inputs &in, const Results &r);
// --tornado: each input's low and high, the output there, and the swing.
QString tornadoTable(const OutputInfo &output, const std::vector<TornadoBar> &bars, const Results &base);
// Rows as aligned columns (CJK counted two wide), as every table here prints.
QString alignedRows(const QList<QStringList> &rows);
// --list-parameters: the registry with ranges and sources.
QString parameterTable();

} // namespace cc
