// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/commandline.h"

class QTextStream;

namespace cc {

// Runs everything that needs no window. Returns the process exit code;
// results go to `out`, refusals to `err`. `afterExport`: the files were already
// written by the batch exporter; print only what was asked for explicitly.
int runHeadless(const CommandLine &cl, QTextStream &out, QTextStream &err, bool afterExport = false);

// Flushes `out` and says whether standard output took everything: a full
// disk or a closed pipe must not look like success. Returns `code`, or 1 with
// a message on `err` when the output was lost.
int finishOutput(QTextStream &out, QTextStream &err, int code);

// True when the arguments ask for no window at all.
bool wantsNoWindow(const CommandLine &cl);

} // namespace cc
