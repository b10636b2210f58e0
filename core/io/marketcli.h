// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/commandline.h"

#include "core/model/inputs.h"

#include <QJsonObject>

class QTextStream;

namespace cc {

// --market: the national market's year table and its headline figures, as
// text or (--json) one object. Exit code.
int runMarketCommand(const CommandLine &cl, const Inputs &in, QTextStream &out);

// The same as --market --json prints: {"years": [...], headline figures}.
QJsonObject marketToJson(const Inputs &in);

} // namespace cc
