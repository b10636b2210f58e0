// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/scenario.h"

#include "core/model/presets.h"
#include "core/io/qtext.h"
#include "core/model/registry.h"
#include "core/io/safefile.h"
#include "core/io/strictjson.h"
#include "core/model/validation.h"
#include "core/io/validationtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

#include <variant>

namespace cc {

namespace {

// Messages for the reader, in the installed translator's language (context "cc").
QString tr(const char *text)
{
    return QCoreApplication::translate("cc", text);
}

const QString formatTag = QStringLiteral("computechain-scenario");

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("true/false");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("text");
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    default: return tr("nothing");
    }
}

// Keys this version writes; anything else at the top level came from a newer minor version.
const QStringList knownKeys{QStringLiteral("format"),       QStringLiteral("formatVersion"), QStringLiteral("name"),
                            QStringLiteral("notes"),        QStringLiteral("author"),        QStringLiteral("created"),
                            QStringLiteral("modified"),     QStringLiteral("preset"),        QStringLiteral("inputs"),
                            QStringLiteral("distributions")};

// The parameter names of each kind, in Distribution's a, b, c order.
QStringList distributionKeys(Distribution::Kind k)
{
    switch (k) {
    case Distribution::Kind::Uniform: return {QStringLiteral("low"), QStringLiteral("high")};
    case Distribution::Kind::Triangular:
    case Distribution::Kind::Pert: return {QStringLiteral("low"), QStringLiteral("mode"), QStringLiteral("high")};
    case Distribution::Kind::Normal: return {QStringLiteral("mean"), QStringLiteral("sd")};
    case Distribution::Kind::Lognormal: return {QStringLiteral("median"), QStringLiteral("sdLog")};
    }
    return {};
}

// Reads "distributions": {"paidRate": {"kind": "pert", "low": …, "mode": …, "high": …}}.
QString readDistributions(const QJsonValue &value, std::vector<UncertainInput> *out)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return tr("'distributions' must be an object of input id: distribution");
    const QJsonObject all = value.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QString where = QStringLiteral("distributions.%1").arg(it.key());
        const ParamInfo *p = findParameter(it.key().toStdString());
        if (!p || p->isChoice())
            return tr("%1: not a numeric input (see --list-parameters)").arg(where);
        if (!it.value().isObject())
            return QStringLiteral("%1 must be an object like {\"kind\": \"triangular\", \"low\": …}").arg(where);
        const QJsonObject o = it.value().toObject();
        Distribution d;
        if (!distributionKindFromId(o.value(QStringLiteral("kind")).toString().toStdString(), &d.kind))
            return tr("%1.kind must be one of uniform, triangular, pert, normal, lognormal").arg(where);
        const QStringList keys = distributionKeys(d.kind);
        double *parameters[] = {&d.a, &d.b, &d.c};
        for (int i = 0; i < keys.size(); ++i) {
            const QJsonValue v = o.value(keys[i]);
            if (!v.isDouble())
                return tr("%1.%2 must be a number, not %3").arg(where, keys[i], typeName(v));
            *parameters[i] = v.toDouble();
        }
        for (const std::string &problem : {distributionProblem(d), distributionRangeProblem(*p, d)})
            if (!problem.empty())
                return tr("%1: %2").arg(where, QString::fromStdString(problem));
        out->push_back({p, d});
    }
    return {};
}

ScenarioLoad fail(const QString &source, const QString &what)
{
    return {std::nullopt, tr("%1: %2").arg(source, what), {}};
}

// A strict parser's refusal in the loader's words: a number that is not
// finite or rounds to 0 is named with its input's valid range.
QString jsonProblem(const StrictJson &json)
{
    const QString key = json.path.section(QLatin1Char('.'), -1);
    const ParamInfo *p = findParameter(key.toStdString());
    const QString range = p ? toQString(validRangeText(*p)) : tr("a finite number");
    switch (json.problem) {
    case StrictJson::Problem::NotFinite:
        return tr("%1 is %2, which is not a finite number; valid range %3").arg(json.path, json.token, range);
    case StrictJson::Problem::Underflow:
        return tr("%1 is %2, which is too small to represent (it would be rounded to 0); valid range %3")
            .arg(json.path, json.token, range);
    default: return json.message();
    }
}

std::optional<int> parseMajor(const QString &version, int *minor)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,4})\.(\d{1,4})$)"));
    const QRegularExpressionMatch m = re.match(version);
    if (!m.hasMatch())
        return std::nullopt;
    *minor = m.captured(2).toInt();
    return m.captured(1).toInt();
}

// Inputs format 1.2 added. A 1.0/1.1 file cannot mention them: they take what
// that file meant — no induced demand (ε = 0: the growth rates were totals) —
// and the preset's value for the rest, which touch no output the file had.
// No warning: nothing the analyst wrote is being replaced.
bool addedInFormat12(const ParamInfo &p)
{
    return p.group == Group::Market || &p == &parameter(&Inputs::priceElasticity) ||
           &p == &parameter(&Inputs::costPassThrough) || &p == &parameter(&Inputs::efficiencyGain);
}

// Inputs format 1.3 added: the serving model. A 1.0–1.2 file was computed from
// DS6's measured throughput, so it opens with servingMethod = measured, which
// the other serving inputs (the card aside, which only changes the name beside
// its peak) do not touch; they take the preset's values, again without a warning.
bool addedInFormat13(const ParamInfo &p)
{
    return &p == &parameter(&Inputs::promptTokens) || &p == &parameter(&Inputs::contextTokens) ||
           &p == &parameter(&Inputs::decodeTpotMs) || &p == &parameter(&Inputs::prefillGpusPerInstance) ||
           &p == &parameter(&Inputs::decodeGpusPerInstance) ||
           std::holds_alternative<ServingMethod Inputs::*>(p.field) ||
           std::holds_alternative<Card Inputs::*>(p.field) || std::holds_alternative<ModelArch Inputs::*>(p.field);
}

QString optionalText(const QJsonObject &o, const QString &key, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        *error = tr("'%1' must be text, not %2").arg(key, typeName(v));
    return v.toString();
}

} // namespace

Scenario scenarioFromPreset(const QString &presetId)
{
    const Preset *p = findPreset(presetId.toStdString());
    Scenario s;
    s.presetId = p ? presetId : toQString(defaultPresetId);
    s.inputs = presetInputs(p ? *p : defaultPreset());
    s.name = p ? toQString(p->name) : QStringLiteral("Untitled");
    s.created = s.modified = QDateTime::currentDateTimeUtc();
    return s;
}

ScenarioLoad parseScenario(const QByteArray &bytes, const QString &source)
{
    if (bytes.trimmed().isEmpty())
        return fail(source, tr("the file is empty"));
    if (bytes.size() > scenarioMaxBytes)
        return fail(source,
                    tr("the file is %1 bytes; a scenario file is at most %2").arg(bytes.size()).arg(scenarioMaxBytes));
    const StrictJson json = parseStrictJson(bytes);
    if (!json.ok())
        return fail(source, jsonProblem(json));
    if (!json.value.isObject())
        return fail(source, tr("a scenario file holds one JSON object, not %1")
                                .arg(json.value.isArray() ? tr("a list") : tr("a bare value")));

    const QJsonObject root = json.value.toObject();
    if (root.value(QStringLiteral("format")).toString() != formatTag)
        return fail(source, QStringLiteral("not a ComputeChain scenario (no \"format\": \"%1\")").arg(formatTag));
    const QJsonValue versionValue = root.value(QStringLiteral("formatVersion"));
    int minor = 0;
    const std::optional<int> major = parseMajor(versionValue.toString(), &minor);
    if (!major)
        return fail(source, QStringLiteral("'formatVersion' must be text like \"1.0\", not %1")
                                .arg(versionValue.isString() ? QStringLiteral("\"%1\"").arg(versionValue.toString())
                                                             : typeName(versionValue)));
    if (*major > scenarioFormatMajor)
        return fail(source, QStringLiteral("written in scenario format %1, by a newer ComputeChain; this version "
                                           "reads format %2.x — update ComputeChain to open it")
                                .arg(versionValue.toString())
                                .arg(scenarioFormatMajor));
    if (*major < 1)
        return fail(source, tr("unknown scenario format %1").arg(versionValue.toString()));
    const bool newerMinor = minor > scenarioFormatMinor;

    Scenario s;
    QString error;
    s.name = optionalText(root, QStringLiteral("name"), &error);
    s.notes = optionalText(root, QStringLiteral("notes"), &error);
    s.author = optionalText(root, QStringLiteral("author"), &error);
    s.presetId = optionalText(root, QStringLiteral("preset"), &error);
    for (const QString &key : {QStringLiteral("created"), QStringLiteral("modified")}) {
        const QString text = optionalText(root, key, &error);
        const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !when.isValid() && error.isEmpty())
            error = QStringLiteral("'%1' is \"%2\", not a date and time like 2026-11-23T09:00:00Z").arg(key, text);
        (key == QLatin1String("created") ? s.created : s.modified) = when;
    }
    if (!error.isEmpty())
        return fail(source, error);
    if (!s.presetId.isEmpty() && !findPreset(s.presetId.toStdString()))
        return fail(source, QStringLiteral("'preset' is \"%1\", not one of deepseek, broker, centre").arg(s.presetId));

    if (const QString problem = readDistributions(root.value(QStringLiteral("distributions")), &s.distributions);
        !problem.isEmpty())
        return fail(source, problem);

    const QJsonValue inputsValue = root.value(QStringLiteral("inputs"));
    if (!inputsValue.isObject())
        return fail(source, tr("'inputs' must be an object of id: value, not %1").arg(typeName(inputsValue)));
    const QJsonObject inputs = inputsValue.toObject();

    ScenarioLoad result;
    // Inputs the file does not mention (written before they existed) start
    // from the preset it names, and the user is told.
    s.inputs = presetInputs(s.presetId.isEmpty() ? defaultPreset() : *findPreset(s.presetId.toStdString()));
    for (const ParamInfo &p : parameters()) {
        const QString id = toQString(p.id);
        const QJsonValue v = inputs.value(id);
        if (v.isUndefined() && *major == 1 && minor < 2 && addedInFormat12(p)) {
            if (&p == &parameter(&Inputs::priceElasticity))
                s.inputs.priceElasticity = 0;
            continue;
        }
        if (v.isUndefined() && *major == 1 && minor < 3 && addedInFormat13(p)) {
            s.inputs.servingMethod = ServingMethod::Measured;
            continue;
        }
        if (v.isUndefined()) {
            result.warnings << tr("%1: '%2' is not in the file; using %3")
                                   .arg(source, id,
                                        toQString(p.isChoice() ? p.choices[int(valueOf(s.inputs, p))].id
                                                               : formatNumber(valueOf(s.inputs, p))));
            continue;
        }
        ParsedValue parsed;
        if (p.isChoice()) {
            if (!v.isString())
                return fail(
                    source,
                    tr("inputs.%1 must be one of %2, not %3").arg(id, toQString(validRangeText(p)), typeName(v)));
            parsed = parseValue(p.id, v.toString().toStdString());
        } else {
            if (!v.isDouble())
                return fail(source, tr("inputs.%1 must be a number, not %2").arg(id, typeName(v)));
            parsed.value = v.toDouble();
            if (auto e = checkValue(p, parsed.value))
                parsed.error = e;
        }
        if (parsed.error)
            return fail(source, QStringLiteral("inputs.") + describe(*parsed.error));
        setValue(s.inputs, p, parsed.value);
    }
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        if (findParameter(it.key().toStdString()))
            continue;
        if (!newerMinor)
            return fail(source,
                        tr("inputs.%1 is not an input this version knows (see --list-parameters)").arg(it.key()));
        s.unknownInputs.insert(it.key(), it.value());
        result.warnings
            << tr("%1: input '%2' comes from a newer version; it is kept but not used").arg(source, it.key());
    }
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!knownKeys.contains(it.key()))
            s.unknownKeys.insert(it.key(), it.value());
    if (newerMinor && (!s.unknownKeys.isEmpty() || !s.unknownInputs.isEmpty()))
        s.formatMinor = minor;
    result.scenario = std::move(s);
    return result;
}

ScenarioLoad loadScenario(const QString &path)
{
    // Refused before opening: a FIFO would block here forever, and "no such
    // file" must not stand in for "permission denied" or "path too long".
    if (const QString reason = unreadableSourceReason(path); !reason.isEmpty())
        return {std::nullopt, reason, {}};
    QFile file(path);
    // Check the size before reading: a 100 MB file is refused without loading it.
    if (const qint64 size = QFileInfo(path).size(); size > scenarioMaxBytes)
        return fail(
            path,
            tr("the file is %1 MB; a scenario file is at most 1 MB").arg(QString::number(size / 1048576.0, 'f', 1)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(scenarioMaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(path, tr("cannot be read: %1").arg(file.errorString()));
    return parseScenario(bytes, path);
}

QByteArray serializeScenario(const Scenario &s)
{
    QJsonObject root = s.unknownKeys; // a newer minor version's data goes back out unchanged
    root.insert(QStringLiteral("format"), formatTag);
    root.insert(QStringLiteral("formatVersion"),
                QStringLiteral("%1.%2").arg(scenarioFormatMajor).arg(std::max(scenarioFormatMinor, s.formatMinor)));
    root.insert(QStringLiteral("name"), s.name);
    root.insert(QStringLiteral("notes"), s.notes);
    root.insert(QStringLiteral("author"), s.author);
    root.insert(QStringLiteral("created"), s.created.toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("modified"), s.modified.toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("preset"), s.presetId);
    QJsonObject inputs = s.unknownInputs;
    for (const ParamInfo &p : parameters()) {
        const double v = valueOf(s.inputs, p);
        inputs.insert(toQString(p.id), p.isChoice() ? QJsonValue(toQString(p.choices[int(v)].id)) : QJsonValue(v));
    }
    root.insert(QStringLiteral("inputs"), inputs);
    if (!s.distributions.empty()) {
        QJsonObject all;
        for (const UncertainInput &u : s.distributions) {
            QJsonObject o{{QStringLiteral("kind"), toQString(distributionKindId(u.distribution.kind))}};
            const QStringList keys = distributionKeys(u.distribution.kind);
            const double values[] = {u.distribution.a, u.distribution.b, u.distribution.c};
            for (int i = 0; i < keys.size(); ++i)
                o.insert(keys[i], values[i]);
            all.insert(toQString(u.param->id), o);
        }
        root.insert(QStringLiteral("distributions"), all);
    }
    // Indented reads well in a diff; but whatever is written must open again, so
    // a scenario carrying a newer version's bulk falls back to compact text.
    QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (text.size() > scenarioMaxBytes)
        text = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return text;
}

QString saveScenario(const Scenario &s, const QString &path)
{
    const QByteArray bytes = serializeScenario(s);
    // The loader refuses files over the limit: never write one (the old file stays).
    if (bytes.size() > scenarioMaxBytes)
        return QStringLiteral(
                   "%1: not saved: the scenario would be %2 KB, over the %3 KB a scenario file may hold "
                   "(its notes or data kept from a newer version are too large); the file there before is unchanged")
            .arg(path)
            .arg(bytes.size() / 1024)
            .arg(scenarioMaxBytes / 1024);
    return writeFileAtomically(path, bytes);
}

} // namespace cc
