// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/validation.h"

#include <QString>

namespace cc {

// A refused input in the installed translator's language: core's validation
// is Qt-free and returns a structured error (kind, id, text, input); the edge
// words it here (context "cc" in the .ts). In English it reads exactly as
// ValidationError::message().
QString describe(const ValidationError &e);

} // namespace cc
