// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cc {

// QJsonDocument quietly keeps one of two equal keys; a scenario file with
// "paidRate" twice is ambiguous and must be refused instead. Returns the
// dotted path of the first key that repeats in its object ("inputs.paidRate"),
// or an empty string. `json` must already have parsed as valid JSON.
QString firstDuplicateKey(const QByteArray &json);

} // namespace cc
