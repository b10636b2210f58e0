// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario files: what is saved comes back identical, every bad file is
// refused with a message naming the file and the problem, and a save killed
// at any moment never leaves a torn file.
#include "core/model/model.h"
#include "core/model/outputs.h"
#include "core/model/presets.h"
#include "core/model/registry.h"
#include "core/io/scenario.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace cc;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(SCENARIO_DATA_DIR "/") + name;
}

} // namespace

class TestScenario : public QObject {
    Q_OBJECT
private slots:
    void roundTripEveryPreset_data();
    void roundTripEveryPreset();
    void badFiles_data();
    void badFiles();
    void refusesA100MegabyteFile();
    void strictJson_data();
    void strictJson();
    void permissionDeniedIsNamed();
    void whatIsWrittenOpens();
    void tooLargeToOpenIsNotSaved();
    void newerMinorVersionKeepsUnknownKeys();
    void missingInputsComeFromThePreset();
    void format11OpensUnchangedInMeaning_data();
    void format11OpensUnchangedInMeaning();
    void savedFileStoresNoResults();
    void killedSaveNeverTearsTheFile();
};

void TestScenario::roundTripEveryPreset_data()
{
    QTest::addColumn<QString>("presetId");
    for (const Preset &p : presets())
        QTest::newRow(p.id.data()) << qs(p.id);
    QTest::newRow("reserved billing, edited") << QStringLiteral("edited");
}

void TestScenario::roundTripEveryPreset()
{
    QFETCH(QString, presetId);
    Scenario s = scenarioFromPreset(presetId == QLatin1String("edited") ? QStringLiteral("broker") : presetId);
    if (presetId == QLatin1String("edited")) {
        s.distributions = {{findParameter("paidRate"), {Distribution::Kind::Pert, 0.2, 0.4, 0.7}},
                           {findParameter("utilization"), {Distribution::Kind::Normal, 0.77, 0.05, 0}}};
        s.inputs.billing = Billing::Reserved;
        s.inputs.paidRate = 0.123456789012345; // every digit must survive
        s.notes = QStringLiteral("付费率 12.3% — “what if”");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QCOMPARE(saveScenario(s, path), QString());
    const ScenarioLoad load = loadScenario(path);
    QVERIFY2(load.scenario, qPrintable(load.error));
    QVERIFY(load.warnings.isEmpty());
    QVERIFY(load.scenario->inputs == s.inputs);
    QCOMPARE(load.scenario->notes, s.notes);
    QCOMPARE(load.scenario->presetId, s.presetId);
    QCOMPARE(load.scenario->distributions.size(), s.distributions.size());
    for (std::size_t i = 0; i < s.distributions.size(); ++i) {
        QCOMPARE(load.scenario->distributions[i].param, s.distributions[i].param);
        QVERIFY(load.scenario->distributions[i].distribution == s.distributions[i].distribution);
    }
    const Results before = evaluate(s.inputs), after = evaluate(load.scenario->inputs);
    for (const OutputInfo &o : outputs())
        QCOMPARE(o.get(after), o.get(before));
}

void TestScenario::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing") << "no-such-file.json"
                             << "no-such-file.json: no such file";
    QTest::newRow("empty") << "empty.json"
                           << "empty.json: the file is empty";
    QTest::newRow("only white space") << "whitespace.json"
                                      << "the file is empty";
    QTest::newRow("truncated") << "truncated.json"
                               << "not valid JSON";
    QTest::newRow("not JSON") << "not-json.json"
                              << "not-json.json: not valid JSON";
    QTest::newRow("a list, not an object") << "array.json"
                                           << "holds one JSON object, not a list";
    QTest::newRow("not a scenario") << "wrong-format.json"
                                    << "not a ComputeChain scenario";
    QTest::newRow("number as text") << "wrong-type.json"
                                    << "inputs.paidRate must be a number, not text";
    QTest::newRow("choice as number") << "billing-number.json"
                                      << "inputs.billing must be one of elastic | reserved, not a number";
    QTest::newRow("out of range") << "out-of-range.json"
                                  << "inputs.paidRate: 1.5 is outside the valid range [0.001, 1]";
    QTest::newRow("half a card") << "half-card.json"
                                 << "inputs.cards: 10.5 is not a whole number";
    QTest::newRow("inputs not an object") << "inputs-list.json"
                                          << "'inputs' must be an object of id: value, not a list";
    QTest::newRow("NaN") << "nan.json"
                         << "paidRate is NaN, which is not a finite number; valid range [0.001, 1]";
    QTest::newRow("Infinity") << "infinity.json"
                              << "dauMillions is Infinity, which is not a finite number";
    QTest::newRow("1e999") << "huge-number.json"
                           << "dauMillions is 1e999, which is not a finite number; valid range [1e-06, 10000]";
    QTest::newRow("duplicated key") << "duplicate-key.json"
                                    << "'inputs.paidRate' appears twice";
    QTest::newRow("future major version") << "future-major.json"
                                          << "written in scenario format 2.0, by a newer ComputeChain";
    QTest::newRow("version as a number") << "version-number.json"
                                         << "'formatVersion' must be text like \"1.0\", not a number";
    QTest::newRow("unknown input") << "unknown-input.json"
                                   << "inputs.paidrate is not an input this version knows";
    QTest::newRow("bad date") << "bad-date.json"
                              << "'created' is \"yesterday\", not a date";
    QTest::newRow("unknown preset") << "unknown-preset.json"
                                    << "'preset' is \"bull\"";
    QTest::newRow("name as a number") << "name-number.json"
                                      << "'name' must be text, not a number";
    QTest::newRow("unknown distribution") << "distribution-bad-kind.json"
                                          << "distributions.paidRate.kind must be one of uniform, triangular, pert";
    QTest::newRow("PERT mode outside low–high") << "distribution-bad-order.json"
                                                << "distributions.paidRate: low ≤ mode ≤ high is required";
    QTest::newRow("distribution on a choice") << "distribution-on-choice.json"
                                              << "distributions.billing: not a numeric input";
}

// A valid broker file with one spot changed: `find` (which must occur) becomes `replace`.
static QByteArray brokerWith(const QByteArray &find, const QByteArray &replace)
{
    QFile f(QStringLiteral(SCENARIO_DATA_DIR "/broker.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    if (!bytes.contains(find))
        return {};
    return bytes.replace(find, replace);
}

void TestScenario::strictJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("a key twice, once spelt with an escape")
        << brokerWith("\"paidRate\": 0.4", "\"paidRate\": 0.4, \"paid\\u0052ate\": 0.9")
        << "'inputs.paidRate' appears twice";
    QTest::newRow("a top-level key twice via escapes")
        << brokerWith("\"name\":", "\"n\\u0061me\": \"x\", \"name\":") << "'name' appears twice";
    QTest::newRow("raw NUL inside a string")
        << brokerWith("\"notes\": \"", QByteArray("\"notes\": \"a\0b", 13)) << "not valid JSON at line";
    QTest::newRow("raw tab inside a string") << brokerWith("\"notes\": \"", "\"notes\": \"a\tb") << "control character";
    QTest::newRow("number without a leading digit")
        << brokerWith("\"paidRate\": 0.4", "\"paidRate\": .4") << "not valid JSON at line";
    QTest::newRow("number with a plus sign")
        << brokerWith("\"paidRate\": 0.4", "\"paidRate\": +0.4") << "not valid JSON at line";
    QTest::newRow("number that rounds to 0")
        << brokerWith("\"occupancy\": 0.25", "\"occupancy\": 1e-400")
        << "inputs.occupancy is 1e-400, which is too small to represent (it would be rounded to 0); valid range [0, 1]";
    QTest::newRow("negative infinity") << brokerWith("\"paidRate\": 0.4", "\"paidRate\": -Infinity")
                                       << "inputs.paidRate is -Infinity, which is not a finite number";
    QTest::newRow("trailing comma") << brokerWith("\"paidRate\": 0.4", "\"paidRate\": 0.4,,")
                                    << "not valid JSON at line";
    QTest::newRow("nested 100 deep") << brokerWith("\"author\": \"test\"",
                                                   "\"author\": " + QByteArray(100, '[') + QByteArray(100, ']'))
                                     << "nested too deeply";
    QTest::newRow("cut short") << brokerWith("\"paidRate\": 0.4", "\"paidRate\": 0.4").left(200)
                               << "(is the file cut short?)";
}

void TestScenario::strictJson()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    QVERIFY2(!bytes.isEmpty(), "the row's substitution did not apply to broker.json");
    const ScenarioLoad load = parseScenario(bytes, QStringLiteral("hostile.json"));
    QVERIFY2(!load.scenario, "accepted");
    QVERIFY2(load.error.startsWith(QStringLiteral("hostile.json: ")), qPrintable(load.error));
    QVERIFY2(load.error.contains(fragment), qPrintable(load.error));
}

void TestScenario::permissionDeniedIsNamed()
{
    // "No such file" for a file one may not see would send the user hunting for it.
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("private"));
    QVERIFY(QDir().mkdir(locked));
    const QString path = locked + QStringLiteral("/s.json");
    QCOMPARE(saveScenario(scenarioFromPreset(QStringLiteral("broker")), path), QString());
    QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0700) == 0);
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    const bool root = ::geteuid() == 0;
    if (root && ::seteuid(65534) != 0) // root reads anything: look as "nobody" would
        QSKIP("cannot drop to uid 65534");
    const ScenarioLoad load = loadScenario(path);
    const QString saveError = saveScenario(scenarioFromPreset(QStringLiteral("centre")), path);
    if (root)
        QVERIFY(::seteuid(0) == 0);
    QVERIFY(!load.scenario);
    QCOMPARE(load.error, path + QStringLiteral(": permission denied"));
    QCOMPARE(saveError, path + QStringLiteral(": permission denied"));
}

void TestScenario::whatIsWrittenOpens()
{
    // A newer minor version's bulk, 70,000 numbers spelt "1e5" (280 KB): written back
    // indented it would be 1.1 MB and refused on open; it must come back.
    QByteArray numbers;
    for (int i = 0; i < 70000; ++i)
        numbers += i ? ",1e5" : "1e5";
    QByteArray bytes =
        brokerWith("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"1.9\", \"bulk\": [" + numbers + "]");
    if (bytes.isEmpty())
        bytes = brokerWith("\"formatVersion\": \"1.2\"", "\"formatVersion\": \"1.9\", \"bulk\": [" + numbers + "]");
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.size() < scenarioMaxBytes);
    const ScenarioLoad load = parseScenario(bytes, QStringLiteral("bulk.json"));
    QVERIFY2(load.scenario, qPrintable(load.error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulk.json"));
    QCOMPARE(saveScenario(*load.scenario, path), QString());
    QVERIFY(QFileInfo(path).size() <= scenarioMaxBytes);
    const ScenarioLoad again = loadScenario(path);
    QVERIFY2(again.scenario, qPrintable(again.error));
    QCOMPARE(again.scenario->unknownKeys.value("bulk").toArray().size(), 70000);
}

void TestScenario::tooLargeToOpenIsNotSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QCOMPARE(saveScenario(scenarioFromPreset(QStringLiteral("broker")), path), QString());
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray old = before.readAll();
    before.close();
    Scenario huge = scenarioFromPreset(QStringLiteral("centre"));
    huge.notes = QString(1100 * 1024, QLatin1Char('x'));
    const QString error = saveScenario(huge, path);
    QVERIFY2(error.contains(QStringLiteral("over the 1024 KB a scenario file may hold")), qPrintable(error));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), old);
}

void TestScenario::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    const ScenarioLoad load = loadScenario(data(file));
    QVERIFY2(!load.scenario, qPrintable(file + QStringLiteral(" was accepted")));
    QVERIFY2(load.error.startsWith(data(file)), qPrintable(load.error)); // names the file
    QVERIFY2(load.error.contains(fragment), qPrintable(load.error));
}

void TestScenario::refusesA100MegabyteFile()
{
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.json")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(100LL * 1024 * 1024)); // sparse: costs no disk, still 100 MB to the loader
    big.close();
    const ScenarioLoad load = loadScenario(big.fileName());
    QVERIFY(!load.scenario);
    QVERIFY2(load.error.contains(QStringLiteral("the file is 100.0 MB; a scenario file is at most 1 MB")),
             qPrintable(load.error));
}

void TestScenario::newerMinorVersionKeepsUnknownKeys()
{
    const ScenarioLoad load = loadScenario(data(QStringLiteral("newer-minor.json")));
    QVERIFY2(load.scenario, qPrintable(load.error));
    QCOMPARE(load.scenario->inputs.paidRate, 0.4);
    QVERIFY(load.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("agentShare")));
    const QJsonObject saved = QJsonDocument::fromJson(serializeScenario(*load.scenario)).object();
    QVERIFY(saved.contains(QStringLiteral("distributions")));
    QCOMPARE(saved.value("inputs").toObject().value("agentShare").toDouble(), 0.25);
    // Saved under the version its extra data belongs to, so it opens again (found by fuzz_scenario).
    QCOMPARE(saved.value("formatVersion").toString(), QStringLiteral("1.9"));
    const ScenarioLoad again = parseScenario(serializeScenario(*load.scenario), QStringLiteral("again.json"));
    QVERIFY2(again.scenario, qPrintable(again.error));
    QCOMPARE(again.scenario->unknownInputs, load.scenario->unknownInputs);
}

void TestScenario::missingInputsComeFromThePreset()
{
    const ScenarioLoad load = loadScenario(data(QStringLiteral("missing-inputs.json")));
    QVERIFY2(load.scenario, qPrintable(load.error));
    QCOMPARE(load.scenario->inputs.paidRate, 0.3);
    QCOMPARE(load.scenario->inputs.dauMillions, 25.0); // GJ's 25 M, from the broker preset it names
    QVERIFY(load.warnings.size() >= 20);
    QVERIFY(load.warnings.first().contains(QStringLiteral("is not in the file; using")));
}

void TestScenario::format11OpensUnchangedInMeaning_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("deepseek") << "deepseek";
    QTest::newRow("broker") << "broker";
    QTest::newRow("centre") << "centre";
}

void TestScenario::format11OpensUnchangedInMeaning()
{
    // A 1.1 file knows nothing of induced demand or the national market: it
    // opens with ε = 0 (its growth rates were totals), no warning about inputs
    // it could not have had, and every output it had is what it was.
    QFETCH(QString, preset);
    const Scenario original = scenarioFromPreset(preset);
    QJsonObject root = QJsonDocument::fromJson(serializeScenario(original)).object();
    QCOMPARE(root.value("formatVersion").toString(), QStringLiteral("1.3"));
    root.insert(QStringLiteral("formatVersion"), QStringLiteral("1.1"));
    QJsonObject inputs = root.value("inputs").toObject();
    for (const char *added :
         {"priceElasticity", "costPassThrough", "efficiencyGain", "nationalCentresOperating", "nationalCentresPipeline",
          "pipelineYears", "cardsPerCentre", "nationalSupplyBasis", "nationalIntelligentEflops", "nationalCardTflops16",
          "nationalOccupancy", "trainingShareOfDemand", "trainingDemandGrowthPerYear", "supplyGrowthPerYear",
          // and format 1.3's serving model
          "servingMethod", "card", "modelArch", "promptTokens", "contextTokens", "decodeTpotMs",
          "prefillGpusPerInstance", "decodeGpusPerInstance"}) {
        QVERIFY2(inputs.contains(QLatin1String(added)), added);
        inputs.remove(QLatin1String(added));
    }
    root.insert(QStringLiteral("inputs"), inputs);
    const ScenarioLoad load = parseScenario(QJsonDocument(root).toJson(), QStringLiteral("old.json"));
    QVERIFY2(load.scenario, qPrintable(load.error));
    QVERIFY2(load.warnings.isEmpty(), qPrintable(load.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(load.scenario->inputs.priceElasticity, 0.0);
    // Its numbers came from DS6's measured throughput: so they still do.
    QCOMPARE(load.scenario->inputs.servingMethod, ServingMethod::Measured);
    const Results before = evaluate(original.inputs), after = evaluate(load.scenario->inputs);
    for (const OutputInfo &o : outputs())
        if (o.value != &Results::decodeSequencesPerGpu) // the hardware method's own batch
            QCOMPARE(o.get(after), o.get(before));
    // Saved again, it is a 1.3 file carrying every input.
    const QJsonObject saved = QJsonDocument::fromJson(serializeScenario(*load.scenario)).object();
    QCOMPARE(saved.value("formatVersion").toString(), QStringLiteral("1.3"));
    QVERIFY(saved.value("inputs").toObject().contains(QStringLiteral("priceElasticity")));
}

void TestScenario::savedFileStoresNoResults()
{
    const QJsonObject o = QJsonDocument::fromJson(serializeScenario(scenarioFromPreset("deepseek"))).object();
    for (const OutputInfo &out : outputs()) {
        QVERIFY(!o.contains(qs(out.id)));
        QVERIFY(!o.value("inputs").toObject().contains(qs(out.id)));
    }
}

void TestScenario::killedSaveNeverTearsTheFile()
{
    // A child saves two different scenarios to one file as fast as it can;
    // it is killed at arbitrary moments, and the file must always load.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    for (int round = 0; round < 25; ++round) {
        QProcess child;
        child.start(QStringLiteral(SAVE_LOOP_EXE), {path});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000)); // it has saved at least once
        QTest::qWait(3 + (round * 7) % 23);
        ::kill(child.processId(), SIGKILL);
        child.waitForFinished();
        const ScenarioLoad load = loadScenario(path);
        QVERIFY2(load.scenario, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(load.error)));
        QVERIFY(load.scenario->inputs.paidRate == 0.4 || load.scenario->inputs.paidRate == 1.0);
    }
}

QTEST_GUILESS_MAIN(TestScenario)
#include "test_scenario.moc"
