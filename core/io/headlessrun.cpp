// SPDX-License-Identifier: GPL-3.0-or-later
// Everything the command line does without a window: the evaluation, goal
// seek, tornado, Monte Carlo, market table and the scenario file it writes.
#include "core/io/headlessrun.h"

#include "core/analysis/goalseek.h"
#include "core/analysis/tornado.h"
#include "core/io/chipcli.h"
#include "core/io/marketcli.h"
#include "core/io/montecarlocli.h"
#include "core/io/qtext.h"
#include "core/io/resultjson.h"
#include "core/io/safefile.h"
#include "core/io/scenario.h"
#include "core/io/texttable.h"
#include "core/io/validationtext.h"
#include "core/model/model.h"
#include "core/model/presets.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cerrno>
#include <cmath>
#include <cstdio>

namespace cc {

namespace {

int runGoalSeek(const CommandLine &cl, const Inputs &in, QTextStream &out, QTextStream &err)
{
    const auto pair = splitPair(cl.goalSeek);
    const QString outputId = pair ? pair->first : QString();
    bool ok = false;
    const double target = pair ? pair->second.toDouble(&ok) : 0;
    const OutputInfo *output = findOutput(outputId.toStdString());
    const ParamInfo *input = findParameter(cl.vary.toStdString());
    if (!output || !ok || !std::isfinite(target)) {
        err << "computechain: "
            << QCoreApplication::translate("cc::CommandLine",
                                           "--goal-seek '%1': expected OUTPUT=TARGET with an output id and a "
                                           "finite number, e.g. revenueMargin=0.2")
                   .arg(cl.goalSeek)
            << "\n";
        return 2;
    }
    if (!input || input->isChoice()) {
        err << "computechain: "
            << QCoreApplication::translate("cc::CommandLine",
                                           "--vary '%1': not a numeric input (--list-parameters lists them)")
                   .arg(cl.vary)
            << "\n";
        return 2;
    }
    const GoalSeekResult r = cc::goalSeek(in, *input, *output, target);
    if (!r.value) {
        err << "computechain: " << toQString(r.message) << "\n";
        return 1;
    }
    if (cl.json)
        out << QJsonDocument(QJsonObject{{cl.vary, *r.value}, {outputId, r.achieved}}).toJson(QJsonDocument::Compact)
            << "\n";
    else
        out << toQString(formatNumber(*r.value)) << "\n";
    return 0;
}

int runTornado(const CommandLine &cl, const Inputs &in, QTextStream &out, QTextStream &err)
{
    const OutputInfo *output = findOutput(cl.tornado.toStdString());
    if (!output) {
        err << "computechain: "
            << QCoreApplication::translate("cc::CommandLine", "--tornado '%1': not an output id").arg(cl.tornado)
            << "\n";
        return 2;
    }
    const std::vector<TornadoBar> bars = tornado(in, *output);
    out << tornadoTable(*output, bars, evaluate(in));
    return 0;
}

} // namespace

int finishOutput(QTextStream &out, QTextStream &err, int code)
{
    out.flush();
    const bool lost = out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout);
    if (!lost)
        return code;
    const int e = errno;
    err << "computechain: "
        << QCoreApplication::translate("cc::CommandLine", "the output could not be written to standard output: %1")
               .arg(e ? describeFileError(e) : QCoreApplication::translate("cc::CommandLine", "write error"))
        << "\n";
    err.flush();
    return code ? code : 1;
}

bool wantsNoWindow(const CommandLine &cl)
{
    return cl.headless || cl.listParameters || cl.help || cl.version || !cl.error.isEmpty();
}

int runHeadless(const CommandLine &cl, QTextStream &out, QTextStream &err, bool afterExport)
{
    if (!cl.error.isEmpty()) {
        err << "computechain: " << cl.error << "\n";
        return 2;
    }
    if (cl.help) {
        out << cl.helpText;
        return 0;
    }
    if (cl.version) {
        out << "computechain " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    if (cl.listParameters) {
        out << parameterTable();
        return 0;
    }

    Scenario scenario = scenarioFromPreset(cl.preset);
    if (!cl.scenarioFile.isEmpty()) {
        const ScenarioLoad load = loadScenario(cl.scenarioFile);
        if (!load.scenario) {
            err << "computechain: " << load.error << "\n";
            return 1;
        }
        for (const QString &w : load.warnings)
            err << "computechain: " << QCoreApplication::translate("cc::CommandLine", "warning: %1").arg(w) << "\n";
        scenario = *load.scenario;
    }
    Inputs &in = scenario.inputs;
    if (const QString problem = applySets(cl.sets, in); !problem.isEmpty()) {
        err << "computechain: " << problem << "\n";
        return 1;
    }

    if (!cl.saveFile.isEmpty()) {
        scenario.modified = QDateTime::currentDateTimeUtc();
        if (const QString error = saveScenario(scenario, cl.saveFile); !error.isEmpty()) {
            err << "computechain: " << error << "\n";
            return 1;
        }
    }
    if (!cl.goalSeek.isEmpty())
        return runGoalSeek(cl, in, out, err);
    if (!cl.tornado.isEmpty())
        return runTornado(cl, in, out, err);
    if (!cl.monteCarlo.isEmpty())
        return runMonteCarloCommand(cl, scenario, out, err);
    if (cl.market)
        return runMarketCommand(cl, in, out);
    if (cl.compareChips)
        return runChipComparison(cl, in, out);
    // Beside exports, or after --save, results are printed only when asked for (--headless, --json).
    if ((afterExport || !cl.saveFile.isEmpty()) && !cl.headlessGiven && !cl.json)
        return 0;
    const Results r = evaluate(in);
    if (cl.json)
        out << QJsonDocument(resultsToJson(r)).toJson(QJsonDocument::Indented);
    else
        out << resultsTable(in, r);
    return 0;
}

} // namespace cc
