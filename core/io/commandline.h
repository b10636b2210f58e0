// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QTextStream;

namespace cc {

// What the user asked for on the command line. One parser for the dashboard
// and the headless mode, so both accept exactly the same words.
struct CommandLine {
    bool headless = false;
    bool json = false;
    bool listParameters = false;
    bool help = false;
    bool version = false;
    QString preset = QStringLiteral("deepseek");
    bool presetGiven = false;
    QString scenarioFile;                // --scenario FILE: start from a saved scenario instead of a preset
    QString saveFile;                    // --save FILE: write the scenario (inputs, not results)
    QList<QPair<QString, QString>> sets; // --set id=value, in order
    QString goalSeek;                    // --goal-seek OUTPUT=TARGET
    QString vary;                        // --vary INPUT
    QString tornado;                     // --tornado OUTPUT
    QString screenshot;                  // --screenshot FILE
    QList<QPair<QString, QString>> exportCharts; // --export-chart ID=FILE.(png|svg|pdf)
    QString exportCsvDir;                // --export-csv DIR
    QString exportReport;                // --export-report FILE.pdf
    QString exportXlsx;                  // --export-xlsx FILE.xlsx
    bool present = false;                // --present
    QString presentFolder;               // --present-folder DIR
    QString lang;                        // --lang zh_CN|en, empty: system
    QString error;                       // non-empty: the words could not be understood
    QString helpText;
};

CommandLine parseCommandLine(const QStringList &arguments);

// Runs everything that needs no window. Returns the process exit code;
// results go to `out`, refusals to `err`.
int runHeadless(const CommandLine &cl, QTextStream &out, QTextStream &err);

// True when the arguments ask for no window at all.
bool wantsNoWindow(const CommandLine &cl);

} // namespace cc
