// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/model/inputs.h"
#include "core/model/presets.h"

class QTextStream;

namespace cc {

// What the user asked for on the command line. One parser for the dashboard
// and the headless mode, so both accept exactly the same words.
struct CommandLine {
    bool headless = false;
    bool headlessGiven = false; // --headless itself, not implied by another option
    bool json = false;
    bool listParameters = false;
    bool help = false;
    bool version = false;
    QString preset = QString::fromLatin1(defaultPresetId.data(), qsizetype(defaultPresetId.size()));
    bool presetGiven = false;
    QString scenarioFile;                        // --scenario FILE: start from a saved scenario instead of a preset
    QString saveFile;                            // --save FILE: write the scenario (inputs, not results)
    QList<QPair<QString, QString>> sets;         // --set id=value, in order
    QString goalSeek;                            // --goal-seek OUTPUT=TARGET
    QString vary;                                // --vary INPUT
    QString tornado;                             // --tornado OUTPUT
    QStringList distributions;                   // --distribution ID=KIND(a,b[,c]), repeatable
    QString monteCarlo;                          // --monte-carlo OUTPUT
    bool market = false;                         // --market: the national market's year table
    bool compareChips = false;                   // --compare-chips: the scenario on every chip
    int samples = 100'000;                       // --samples N
    quint64 seed = 2025;                         // --seed S (the analysis window's default)
    QString screenshot;                          // --screenshot FILE
    QList<QPair<QString, QString>> exportCharts; // --export-chart ID=FILE.(png|svg|pdf)
    QString exportCsvDir;                        // --export-csv DIR
    QString exportReport;                        // --export-report FILE.pdf
    QString exportXlsx;                          // --export-xlsx FILE.xlsx
    bool present = false;                        // --present
    QString presentFolder;                       // --present-folder DIR
    QString lang;                                // --lang zh_CN|en, empty: system
    QString error;                               // non-empty: the words could not be understood
    QString helpText;
};

CommandLine parseCommandLine(const QStringList &arguments);

// True when the command line asks for files written without a window (--export-*, --screenshot).
bool wantsExports(const CommandLine &cl);

// Applies --set in two passes: a card or a model first (with what it brings:
// peak, rent, active parameters), then every other value, so that an explicit
// --set gpuHourPriceUsd wins whichever order it was typed in. Returns the
// refusal, worded for the user, or an empty string; checks that the hardware
// serving method can serve the result.
QString applySets(const QList<QPair<QString, QString>> &sets, Inputs &in);

// "id=value" split at the first '=' (none without one, or with an empty id).
std::optional<QPair<QString, QString>> splitPair(const QString &s);

} // namespace cc
