// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/commandline.h"

#include "core/model/inputs.h"

#include <QJsonArray>

class QTextStream;

namespace cc {

// --compare-chips: the scenario on every chip (core/analysis/chipcomparison.h),
// as an aligned table or (--json) a list of objects. Exit code.
int runChipComparison(const CommandLine &cl, const Inputs &in, QTextStream &out);
QJsonArray chipComparisonToJson(const Inputs &in);

} // namespace cc
