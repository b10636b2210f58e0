// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/outputs.h"

#include <span>

namespace cc {

// Which way an output moving is good news for the analyst: a margin up, a cost
// down; a GPU count is neither (more GPUs is more demand and more cost).
enum class GoodNews { Up, Down, Neither };
GoodNews goodNews(const OutputInfo &o);

// The dashboard's headline figures, in the order the bar shows them.
std::span<const OutputInfo *const> headlineFigures();

} // namespace cc
