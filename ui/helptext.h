// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc::ui {

// Help → Sources and terms: what the source tags on inputs and chart footers
// (DS6, GJ, A2, V3, FX, model.md, facts.md) refer to, what "sourced",
// "derived" and "assumption" mean, and the units an analyst meets first
// (log-points, pt), as rich text in the UI language.
QString sourcesAndTermsHtml();

} // namespace cc::ui
