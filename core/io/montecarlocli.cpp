// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/montecarlocli.h"

#include "core/io/qtext.h"

#include "core/analysis/montecarlo.h"
#include "core/model/validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <optional>

namespace cc {

// "utilization=pert(0.5,0.77,0.9)" → the input and its distribution, or why not.
QString parseDistribution(const QString &text, UncertainInput *out)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*([A-Za-z]+)\s*\(([^()]*)\)\s*$)"));
    const QString example = QStringLiteral("expected ID=KIND(a,b[,c]), e.g. utilization=pert(0.5,0.77,0.9)");
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return QStringLiteral("--distribution '%1': %2").arg(text, example);
    const QString id = m.captured(1);
    const ParamInfo *p = findParameter(id.toStdString());
    if (!p || p->isChoice())
        return QStringLiteral("--distribution '%1': %2 is not a numeric input (--list-parameters lists them)")
            .arg(text, id);
    Distribution d;
    if (!distributionKindFromId(m.captured(2).toLower().toStdString(), &d.kind))
        return QStringLiteral(
                   "--distribution '%1': kind '%2' is not one of uniform, triangular, pert, normal, lognormal")
            .arg(text, m.captured(2));
    const QStringList args = m.captured(3).split(QLatin1Char(','));
    const int wanted = d.kind == Distribution::Kind::Triangular || d.kind == Distribution::Kind::Pert ? 3 : 2;
    if (args.size() != wanted)
        return QStringLiteral("--distribution '%1': %2 takes %3 numbers, not %4")
            .arg(text, m.captured(2).toLower())
            .arg(wanted)
            .arg(args.size());
    double *values[] = {&d.a, &d.b, &d.c};
    for (int i = 0; i < wanted; ++i) {
        int rangeError = 0;
        const std::optional<double> v = parseNumber(args[i].trimmed().toStdString(), &rangeError);
        if (!v || !std::isfinite(*v))
            return QStringLiteral("--distribution '%1': '%2' is %3")
                .arg(text, args[i].trimmed(),
                     rangeError > 0   ? QStringLiteral("too large to represent")
                     : rangeError < 0 ? QStringLiteral("too small to represent (it would be rounded to 0)")
                                      : QStringLiteral("not a finite number in C notation (0.77, not 77 % or 0,77)"));
        *values[i] = *v;
    }
    for (const std::string &problem : {distributionProblem(d), distributionRangeProblem(*p, d)})
        if (!problem.empty())
            return QStringLiteral("--distribution '%1': %2").arg(text, toQString(problem));
    *out = {p, d};
    return {};
}

int runMonteCarloCommand(const CommandLine &cl, const Scenario &scenario, QTextStream &out, QTextStream &err)
{
    const OutputInfo *output = findOutput(cl.monteCarlo.toStdString());
    if (!output) {
        err << "computechain: --monte-carlo '" << cl.monteCarlo << "': not an output id\n";
        return 2;
    }
    // The scenario file's distributions, then the command line's on top (one per input).
    std::vector<UncertainInput> uncertain = scenario.distributions;
    std::vector<const ParamInfo *> given;
    for (const QString &text : cl.distributions) {
        UncertainInput u{};
        if (const QString error = parseDistribution(text, &u); !error.isEmpty()) {
            err << "computechain: " << error << "\n";
            return 2;
        }
        if (std::find(given.begin(), given.end(), u.param) != given.end()) {
            err << "computechain: --distribution " << toQString(u.param->id) << " is given twice; give it once\n";
            return 2;
        }
        given.push_back(u.param);
        const auto same = std::find_if(uncertain.begin(), uncertain.end(),
                                       [&](const UncertainInput &e) { return e.param == u.param; });
        if (same != uncertain.end())
            *same = u;
        else
            uncertain.push_back(u);
    }
    if (uncertain.empty()) {
        err << "computechain: --monte-carlo needs at least one --distribution (or a --scenario file with "
               "distributions)\n";
        return 2;
    }
    const OutputInfo *outputs[] = {output};
    const MonteCarloResult r = runMonteCarlo(scenario.inputs, uncertain, outputs, cl.samples, cl.seed);
    const OutputStatistics st = statistics(r, 0);
    if (cl.json) {
        QJsonObject o{{QStringLiteral("output"), cl.monteCarlo},
                      {QStringLiteral("samples"), r.samples},
                      {QStringLiteral("seed"), QString::number(cl.seed)},
                      {QStringLiteral("mean"), st.mean},
                      {QStringLiteral("p5"), st.p5},
                      {QStringLiteral("p50"), st.p50},
                      {QStringLiteral("p95"), st.p95},
                      {QStringLiteral("pBelowZero"), st.probabilityBelowZero},
                      {QStringLiteral("undefined"), double(st.undefined)},
                      {QStringLiteral("clamped"), double(r.clamped)}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    auto number = [](double v) { return toQString(formatNumber(v)); };
    out << cl.monteCarlo << " over " << r.samples << " samples (seed " << cl.seed << ")\n"
        << "  mean   " << number(st.mean) << "  (standard error " << number(st.standardError) << ")\n"
        << "  P5     " << number(st.p5) << "\n"
        << "  P50    " << number(st.p50) << "\n"
        << "  P95    " << number(st.p95) << "\n"
        << "  P(<0)  " << number(st.probabilityBelowZero) << "\n";
    if (st.undefined)
        out << "  " << st.undefined << " samples have no value of " << cl.monteCarlo << " and are left out\n";
    if (r.clamped)
        out << "  " << r.clamped << " draws fell outside an input's valid range and were clamped into it\n";
    return 0;
}

} // namespace cc
