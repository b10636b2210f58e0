// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/results.h"

#include <QJsonObject>

namespace cc {

// Keys are exactly model.md's output ids plus `waterfall`; an undefined
// output is null; ratios are fractions.
QJsonObject resultsToJson(const Results &r);

} // namespace cc
