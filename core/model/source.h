// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace cc {

// How much an analyst may lean on a default: a figure read off a source, one
// worked out from sourced figures, or a modelling choice of ours.
enum class Provenance { Sourced, Derived, Assumption };

// Where a default comes from. `doc` is a tag from facts.md §0 (DS6, GJ, A2, …);
// `quote` is the passage or the working, in the source's own language.
struct Source {
    std::string_view doc;
    std::string_view quote;
    Provenance provenance = Provenance::Sourced;
};

std::string_view provenanceName(Provenance p);

} // namespace cc
