// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/commandline.h"

#include "core/io/validationtext.h"
#include "core/model/companions.h"
#include "core/model/validation.h"

#include "core/io/qtext.h"

#include "core/model/model.h"
#include "core/model/presets.h"
#include "core/model/validation.h"
#include "core/analysis/goalseek.h"
#include "core/analysis/tornado.h"
#include "core/io/marketcli.h"
#include "core/io/montecarlocli.h"
#include "core/io/resultjson.h"
#include "core/io/safefile.h"
#include "core/io/scenario.h"
#include "core/io/texttable.h"
#include "core/io/validationtext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTextStream>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <optional>

namespace cc {

std::optional<QPair<QString, QString>> splitPair(const QString &s)
{
    const qsizetype eq = s.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    return QPair<QString, QString>{s.left(eq), s.mid(eq + 1)};
}

bool wantsExports(const CommandLine &cl)
{
    return !cl.screenshot.isEmpty() || !cl.exportCharts.isEmpty() || !cl.exportCsvDir.isEmpty() ||
           !cl.exportReport.isEmpty() || !cl.exportXlsx.isEmpty();
}

namespace {

QString presetList()
{
    QStringList ids;
    for (const Preset &p : presets())
        ids << toQString(p.id);
    return ids.join(QStringLiteral(", "));
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cc::CommandLine", "ComputeChain: users → tokens → GPUs → MaaS margins → compute-centre occupancy.\n"
                           "With no option it opens the dashboard on the 'deepseek' preset."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cc::CommandLine", "Show this help."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QCoreApplication::translate("cc::CommandLine", "Show the version."));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate("cc::CommandLine", "Evaluate without a window and print every output."));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        QCoreApplication::translate("cc::CommandLine", "Start from preset NAME: %1.").arg(presetList()),
        QStringLiteral("NAME"));
    const QCommandLineOption set(
        QStringLiteral("set"),
        QCoreApplication::translate("cc::CommandLine",
                                    "Set one input, e.g. paidRate=0.4 (repeatable; ids from --list-parameters)."),
        QStringLiteral("id=value"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"), QCoreApplication::translate("cc::CommandLine", "Start from a saved scenario FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption save(
        QStringLiteral("save"),
        QCoreApplication::translate("cc::CommandLine", "Write the scenario (after --set) to FILE; implies --headless."),
        QStringLiteral("FILE"));
    const QCommandLineOption goalSeek(
        QStringLiteral("goal-seek"),
        QCoreApplication::translate("cc::CommandLine", "Find the --vary input value at which OUTPUT reaches TARGET "
                                                       "(e.g. revenueMargin=0.2); implies --headless."),
        QStringLiteral("OUTPUT=TARGET"));
    const QCommandLineOption vary(QStringLiteral("vary"),
                                  QCoreApplication::translate("cc::CommandLine", "The input --goal-seek varies."),
                                  QStringLiteral("INPUT"));
    const QCommandLineOption tornado(
        QStringLiteral("tornado"),
        QCoreApplication::translate("cc::CommandLine",
                                    "Swing every input ±20 % and print OUTPUT's swings, largest first; "
                                    "implies --headless."),
        QStringLiteral("OUTPUT"));
    const QCommandLineOption distribution(
        QStringLiteral("distribution"),
        QCoreApplication::translate(
            "cc::CommandLine",
            "Give an input a distribution for --monte-carlo, e.g. utilization=pert(0.5,0.77,0.9); kinds "
            "uniform(low,high), triangular(low,mode,high), pert(low,mode,high), normal(mean,sd), "
            "lognormal(median,sdLog); ratios as fractions like --set; repeatable."),
        QStringLiteral("ID=KIND(a,b[,c])"));
    const QCommandLineOption monteCarlo(
        QStringLiteral("monte-carlo"),
        QCoreApplication::translate("cc::CommandLine", "Sample the distributions and print OUTPUT's mean, P5, P50, P95 "
                                                       "and P(<0); implies --headless."),
        QStringLiteral("OUTPUT"));
    const QCommandLineOption market(
        QStringLiteral("market"),
        QCoreApplication::translate("cc::CommandLine",
                                    "Print the national compute market year by year (supply, demand, "
                                    "occupancy; text or --json); implies --headless."));
    const QCommandLineOption compareChips(
        QStringLiteral("compare-chips"),
        QCoreApplication::translate("cc::CommandLine",
                                    "Print the scenario on every chip at its own rent (GPUs, daily cost, cost per "
                                    "million output tokens, margin; text or --json); implies --headless."));
    const QCommandLineOption samples(
        QStringLiteral("samples"),
        QCoreApplication::translate("cc::CommandLine", "Monte Carlo samples, 1000 to 10,000,000 (default 100,000)."),
        QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("cc::CommandLine", "Monte Carlo seed (default 2025)."),
                                  QStringLiteral("S"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("cc::CommandLine", "With --headless: print one JSON object."));
    const QCommandLineOption list(
        QStringLiteral("list-parameters"),
        QCoreApplication::translate("cc::CommandLine", "Print every input with its range, default and source."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("cc::CommandLine", "Render the dashboard offscreen to a PNG and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportChart(
        QStringLiteral("export-chart"),
        QCoreApplication::translate("cc::CommandLine",
                                    "Write chart ID to FILE (.png, .svg or .pdf); repeatable; no window."),
        QStringLiteral("ID=FILE"));
    const QCommandLineOption exportCsv(
        QStringLiteral("export-csv"),
        QCoreApplication::translate("cc::CommandLine",
                                    "Write the data behind every chart as CSV files into DIR; no window."),
        QStringLiteral("DIR"));
    const QCommandLineOption exportReport(
        QStringLiteral("export-report"),
        QCoreApplication::translate("cc::CommandLine",
                                    "Write the PDF report (cover, inputs and sources, every chart); no window."),
        QStringLiteral("FILE.pdf"));
    const QCommandLineOption exportXlsx(
        QStringLiteral("export-xlsx"),
        QCoreApplication::translate("cc::CommandLine",
                                    "Write an Excel workbook with the model as live formulas; no window."),
        QStringLiteral("FILE.xlsx"));
    const QCommandLineOption present(
        QStringLiteral("present"),
        QCoreApplication::translate("cc::CommandLine", "Open straight into presentation mode."));
    const QCommandLineOption presentFolder(
        QStringLiteral("present-folder"),
        QCoreApplication::translate("cc::CommandLine", "Open presentation mode on the scenario files in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("cc::CommandLine", "Language: en or zh_CN."),
                                  QStringLiteral("LANG"));
    parser.addOptions({help,         version,    headless, preset,        scenario,   set,         save,
                       goalSeek,     vary,       tornado,  distribution,  monteCarlo, market,      compareChips,
                       samples,      seed,       json,     list,          screenshot, exportChart, exportCsv,
                       exportReport, exportXlsx, present,  presentFolder, lang});

    CommandLine cl;
    cl.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        cl.error = parser.errorText();
        return cl;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cl.error = QCoreApplication::translate("cc::CommandLine", "unexpected argument '%1'")
                       .arg(parser.positionalArguments().first());
        return cl;
    }
    // Every option given is honoured or refused: one that takes one value is
    // refused when repeated (which would win?) or empty (a script's unset variable).
    for (const QCommandLineOption *o :
         {&preset, &scenario, &save, &goalSeek, &vary, &tornado, &monteCarlo, &samples, &seed, &screenshot, &exportCsv,
          &exportReport, &exportXlsx, &presentFolder, &lang}) {
        const QStringList values = parser.values(*o);
        const QString name = QStringLiteral("--") + o->names().constLast();
        if (values.size() > 1) {
            cl.error = QCoreApplication::translate("cc::CommandLine", "%1 is given %2 times ('%3'); give it once")
                           .arg(name)
                           .arg(values.size())
                           .arg(values.join(QStringLiteral("', '")));
            return cl;
        }
        if (values.size() == 1 && values.first().trimmed().isEmpty()) {
            cl.error = QCoreApplication::translate("cc::CommandLine", "%1 needs %2, not an empty string")
                           .arg(name, o->valueName());
            return cl;
        }
    }
    cl.help = parser.isSet(help);
    cl.version = parser.isSet(version);
    cl.headless = cl.headlessGiven = parser.isSet(headless);
    cl.json = parser.isSet(json);
    cl.listParameters = parser.isSet(list);
    cl.screenshot = parser.value(screenshot);
    cl.lang = parser.value(lang);
    cl.scenarioFile = parser.value(scenario);
    cl.saveFile = parser.value(save);
    for (const QString &s : parser.values(exportChart)) {
        const auto pair = splitPair(s);
        if (!pair || pair->second.isEmpty()) {
            cl.error = QCoreApplication::translate("cc::CommandLine",
                                                   "--export-chart '%1': expected ID=FILE, e.g. waterfall=bridge.svg")
                           .arg(s);
            return cl;
        }
        for (const auto &[id, file] : cl.exportCharts)
            if (file == pair->second) {
                cl.error = QCoreApplication::translate(
                               "cc::CommandLine",
                               "--export-chart: %1 is named for two charts; the second would overwrite the first")
                               .arg(file);
                return cl;
            }
        cl.exportCharts.append(*pair);
    }
    cl.exportCsvDir = parser.value(exportCsv);
    cl.present = parser.isSet(present);
    cl.presentFolder = parser.value(presentFolder);
    cl.exportReport = parser.value(exportReport);
    cl.exportXlsx = parser.value(exportXlsx);
    cl.goalSeek = parser.value(goalSeek);
    cl.vary = parser.value(vary);
    cl.tornado = parser.value(tornado);
    cl.distributions = parser.values(distribution);
    cl.monteCarlo = parser.value(monteCarlo);
    cl.market = parser.isSet(market);
    cl.compareChips = parser.isSet(compareChips);
    if (parser.isSet(samples)) {
        bool ok = false;
        const int n = parser.value(samples).toInt(&ok);
        if (!ok || n < 1000 || n > 10'000'000) {
            cl.error =
                QCoreApplication::translate("cc::CommandLine", "--samples '%1': a whole number from 1000 to 10000000")
                    .arg(parser.value(samples));
            return cl;
        }
        cl.samples = n;
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        cl.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            cl.error = QCoreApplication::translate("cc::CommandLine",
                                                   "--seed '%1': a whole number from 0 to 18446744073709551615")
                           .arg(parser.value(seed));
            return cl;
        }
    }
    if ((parser.isSet(samples) || parser.isSet(seed) || !cl.distributions.isEmpty()) && cl.monteCarlo.isEmpty()) {
        cl.error = QCoreApplication::translate("cc::CommandLine",
                                               "--distribution, --samples and --seed go with --monte-carlo OUTPUT");
        return cl;
    }
    const int actions = int(!cl.goalSeek.isEmpty()) + int(!cl.tornado.isEmpty()) + int(!cl.monteCarlo.isEmpty()) +
                        int(cl.market) + int(cl.compareChips);
    if (actions > 1) {
        cl.error = QCoreApplication::translate(
            "cc::CommandLine", "--goal-seek, --tornado, --monte-carlo, --market and --compare-chips each print their "
                               "own answer; "
                               "give one at a time");
        return cl;
    }
    if (!cl.saveFile.isEmpty() || actions > 0)
        cl.headless = true;
    const bool exports = wantsExports(cl);
    if ((cl.present || !cl.presentFolder.isEmpty()) && (exports || cl.headless)) {
        cl.error = QCoreApplication::translate(
            "cc::CommandLine", "--present and --present-folder open a window; they do not combine with exports or "
                               "headless options");
        return cl;
    }
    if (cl.listParameters &&
        (cl.headless || exports || parser.isSet(preset) || parser.isSet(scenario) || !parser.values(set).isEmpty())) {
        cl.error = QCoreApplication::translate(
            "cc::CommandLine", "--list-parameters prints the registry alone; give it without other actions");
        return cl;
    }
    if (cl.goalSeek.isEmpty() != cl.vary.isEmpty()) {
        cl.error =
            QCoreApplication::translate("cc::CommandLine", "--goal-seek OUTPUT=TARGET and --vary INPUT go together");
        return cl;
    }
    if (parser.isSet(preset) && parser.isSet(scenario)) {
        cl.error =
            QCoreApplication::translate("cc::CommandLine", "--preset and --scenario both say where to start; give one");
        return cl;
    }
    if (parser.isSet(preset)) {
        cl.preset = parser.value(preset);
        cl.presetGiven = true;
    }
    if (!findPreset(cl.preset.toStdString())) {
        cl.error = QCoreApplication::translate("cc::CommandLine", "unknown preset '%1'; known presets: %2")
                       .arg(cl.preset, presetList());
        return cl;
    }
    if (!cl.lang.isEmpty() && cl.lang != QLatin1String("en") && cl.lang != QLatin1String("zh_CN")) {
        cl.error =
            QCoreApplication::translate("cc::CommandLine", "unknown language '%1'; use en or zh_CN").arg(cl.lang);
        return cl;
    }
    for (const QString &s : parser.values(set)) {
        const auto pair = splitPair(s);
        if (!pair) {
            cl.error =
                QCoreApplication::translate("cc::CommandLine", "--set '%1': expected id=value, e.g. paidRate=0.4")
                    .arg(s);
            return cl;
        }
        const QString id = pair->first.trimmed();
        for (const auto &[earlier, value] : cl.sets)
            if (earlier == id) {
                cl.error =
                    QCoreApplication::translate("cc::CommandLine", "--set %1 is given twice (%2 and %3); give it once")
                        .arg(id, value, pair->second.trimmed());
                return cl;
            }
        cl.sets.append({id, pair->second.trimmed()});
    }
    if (cl.json && !cl.headless) {
        cl.error =
            exports ? QCoreApplication::translate(
                          "cc::CommandLine", "--json prints results; add --headless to print them beside the exports")
                    : QCoreApplication::translate("cc::CommandLine", "--json needs --headless");
        return cl;
    }
    return cl;
}

QString applySets(const QList<QPair<QString, QString>> &sets, Inputs &in)
{
    for (const bool companions : {true, false})
        for (const auto &[id, text] : sets) {
            const ParsedValue parsed = parseValue(id.toStdString(), text.toStdString());
            if (parsed.error)
                return QStringLiteral("--set %1=%2: %3").arg(id, text, describe(*parsed.error));
            const ParamInfo &p = *findParameter(id.toStdString());
            if (companions == bringsCompanions(p))
                in = withValue(in, p, parsed.value);
        }
    if (const auto problem = servingProblem(in))
        return describe(*problem);
    return {};
}

} // namespace cc
