// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/analysis/montecarlo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

// A saved scenario: the inputs and what a colleague needs to know about them.
// Results are never stored: they are recomputed, so a file cannot disagree
// with the model that opens it. docs/scenario-format.md describes the file.
struct Scenario {
    QString name;
    QString notes;
    QString author;
    QDateTime created;
    QDateTime modified;
    QString presetId; // the preset it started from
    Inputs inputs;
    // Monte Carlo: inputs that carry a distribution instead of a point (format 1.1).
    std::vector<UncertainInput> distributions;
    // Keys written by a newer minor version of the format, kept verbatim so
    // that opening and saving here does not strip a colleague's data.
    QJsonObject unknownKeys;
    QJsonObject unknownInputs;
    // The minor version those keys belong to: saved back under it, or a file
    // holding 1.3's inputs would claim to be 1.0 and no longer open.
    int formatMinor = 0;
};

inline constexpr int scenarioFormatMajor = 1;
inline constexpr int scenarioFormatMinor = 3; // 1.1 added "distributions"; 1.2 induced demand and the national market;
                                              // 1.3 the serving model (servingMethod, card, modelArch, …)
inline constexpr qint64 scenarioMaxBytes = 1 << 20; // a scenario is a few KB

struct ScenarioLoad {
    std::optional<Scenario> scenario;
    QString error;        // names the file and what is wrong; empty on success
    QStringList warnings; // loaded, but the user should know (inputs filled from defaults)
};

// `source` is how messages name the file (its path, or a label).
ScenarioLoad parseScenario(const QByteArray &bytes, const QString &source);
ScenarioLoad loadScenario(const QString &path);

QByteArray serializeScenario(const Scenario &s);
// Atomic: the file on disk is the old one or the new one, never a torn mix.
// Returns an error message, empty on success.
QString saveScenario(const Scenario &s, const QString &path);

// A scenario from a preset, named after it.
Scenario scenarioFromPreset(const QString &presetId);

} // namespace cc
