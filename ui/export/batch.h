// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/commandline.h"

#include <QString>

class QTextStream;

namespace cc::ui {

// --screenshot, --export-chart, --export-csv and --export-report: the
// dashboard built offscreen at 1600 × 1000 on the scenario the command line
// names, then written out. Returns the exit code; messages go to `err`.
int runBatch(const CommandLine &cl, QTextStream &err);

} // namespace cc::ui
