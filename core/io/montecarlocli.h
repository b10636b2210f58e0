// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/commandline.h"
#include "core/io/scenario.h"

#include <QString>

class QTextStream;

namespace cc {

// --distribution ID=KIND(a,b[,c]) → the input and its distribution; empty on
// success, else the refusal naming the option's text and what is wrong.
QString parseDistribution(const QString &text, UncertainInput *out);

// --monte-carlo OUTPUT: the scenario's distributions with the command line's
// on top; prints mean, P5, P50, P95 and P(<0) (text or --json). Exit code.
int runMonteCarloCommand(const CommandLine &cl, const Scenario &scenario, QTextStream &out, QTextStream &err);

} // namespace cc
