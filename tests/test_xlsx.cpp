// SPDX-License-Identifier: GPL-3.0-or-later
// The Excel workbook, recalculated by a real spreadsheet engine: LibreOffice
// opens it headless with recalculation forced on load, and every output of
// the Model sheet must equal the app's to 1e-9 relative. The "formulas only"
// rows carry no cached results, so the numbers can only come from the formulas.
#include "model.h"
#include "outputs.h"
#include "presets.h"
#include "registry.h"
#include "testutil.h"
#include "xlsxexport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cc;

namespace {

struct Case {
    const char *name;
    const char *preset;
    bool reserved;
    bool cached;
};

const Case cases[] = {
    {"deepseek", "deepseek", false, true},
    {"broker", "broker", false, true},
    {"centre", "centre", false, true},
    {"broker-reserved-formulas-only", "broker", true, false},
    {"centre-formulas-only", "centre", false, false},
};

Scenario scenarioFor(const Case &c)
{
    Scenario s = scenarioFromPreset(QString::fromLatin1(c.preset));
    if (c.reserved)
        s.inputs.billing = Billing::Reserved;
    return s;
}

} // namespace

class TestXlsx : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void libreOfficeRecomputesTheAppsNumbers_data();
    void libreOfficeRecomputesTheAppsNumbers();
    void inputsSheetCarriesSources();

private:
    QTemporaryDir m_dir;
    QHash<QString, QList<QStringList>> m_model;  // case → Model sheet rows, as LibreOffice computed them
    QList<QStringList> m_inputs;
};

void TestXlsx::initTestCase()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    QVERIFY2(!soffice.isEmpty(), "LibreOffice (libreoffice-calc-nogui) is needed: ./build.sh installs it");
    QStringList files;
    for (const Case &c : cases) {
        const QString file = m_dir.filePath(QString::fromLatin1(c.name) + QStringLiteral(".xlsx"));
        QCOMPARE(exportXlsx(scenarioFor(c), file, false, c.cached), QString());
        files << file;
    }
    // A private profile that makes Calc recalculate OOXML files on load (0 = always).
    QDir(m_dir.path()).mkpath(QStringLiteral("profile/user"));
    QFile xcu(m_dir.filePath(QStringLiteral("profile/user/registrymodifications.xcu")));
    QVERIFY(xcu.open(QIODevice::WriteOnly));
    xcu.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
    xcu.close();
    // CSV of all sheets (last token -1), numbers unformatted, UTF-8 (76).
    QProcess lo;
    lo.start(soffice, QStringList{QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("profile")),
                                  QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                  QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
                                  QStringLiteral("--outdir"), m_dir.filePath(QStringLiteral("out"))} + files);
    QVERIFY(lo.waitForFinished(180000));
    for (const Case &c : cases) {
        QFile csv(m_dir.filePath(QStringLiteral("out/%1-Model.csv").arg(QLatin1String(c.name))));
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName() + QStringLiteral(": ") + lo.readAllStandardError()));
        for (const QByteArray &line : csv.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                m_model[QString::fromLatin1(c.name)] << QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
    }
    QFile inputs(m_dir.filePath(QStringLiteral("out/broker-Inputs.csv")));
    QVERIFY(inputs.open(QIODevice::ReadOnly));
    for (const QByteArray &line : inputs.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            m_inputs << QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
}

void TestXlsx::libreOfficeRecomputesTheAppsNumbers_data()
{
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<QString>("output");
    for (int i = 0; i < int(std::size(cases)); ++i)
        for (const OutputInfo &o : outputs())
            QTest::addRow("%s: %s", cases[i].name, o.id.data()) << i << qs(o.id);
}

void TestXlsx::libreOfficeRecomputesTheAppsNumbers()
{
    QFETCH(int, caseIndex);
    QFETCH(QString, output);
    const Case &c = cases[caseIndex];
    const std::optional<double> app = findOutput(output.toStdString())->get(evaluate(scenarioFor(c).inputs));
    const QList<QStringList> &rows = m_model[QString::fromLatin1(c.name)];
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const QStringList &r) { return r.value(0) == output; });
    QVERIFY2(row != rows.end(), qPrintable(output));
    const QString computed = row->value(2);
    if (!app) {
        QVERIFY2(computed == QStringLiteral("never") || computed == QStringLiteral("—"), qPrintable(computed));
        return;
    }
    bool ok = false;
    const double value = computed.toDouble(&ok);
    QVERIFY2(ok, qPrintable(QStringLiteral("%1 = '%2'").arg(output, computed)));
    CC_COMPARE_ABS(value, *app, 1e-9 * std::max(1e-300, std::abs(*app)));
}

void TestXlsx::inputsSheetCarriesSources()
{
    const auto paid = std::find_if(m_inputs.begin(), m_inputs.end(), [](const QStringList &r) { return r.value(0) == QLatin1String("paidRate"); });
    QVERIFY(paid != m_inputs.end());
    QCOMPARE(paid->value(2).toDouble(), 0.4); // broker: GJ's 40 % paid rate
    QVERIFY(paid->join(QLatin1Char(',')).contains(QStringLiteral("DS6")));
    QCOMPARE(int(m_inputs.size()), int(parameters().size()) + 1);
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "test_xlsx.moc"
