// SPDX-License-Identifier: GPL-3.0-or-later
// The Excel workbook, recalculated by a real spreadsheet engine: LibreOffice
// opens it headless with recalculation forced on load, and every output of
// the Model sheet must equal the app's to 1e-9 relative. The "formulas only"
// rows carry no cached results, so the numbers can only come from the formulas.
#include "core/model/model.h"
#include "core/model/outputs.h"
#include "core/model/presets.h"
#include "core/model/registry.h"
#include "testutil.h"
#include "core/io/xlsxexport.h"

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
    void workbookShowsNumbersAsTheAppDoes_data();
    void workbookShowsNumbersAsTheAppDoes();

private:
    QString m_soffice;
    QHash<QString, QList<QStringList>> m_shown; // sheet → rows as a colleague's spreadsheet displays them
    QTemporaryDir m_dir;
    QHash<QString, QList<QStringList>> m_model; // case → Model sheet rows, as LibreOffice computed them
    QList<QStringList> m_inputs;
};

void TestXlsx::initTestCase()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    m_soffice = soffice;
    QVERIFY2(!soffice.isEmpty(), "LibreOffice (libreoffice-calc-nogui) is needed: ./build.sh installs it");
    QStringList files;
    for (const Case &c : cases) {
        const QString file = m_dir.filePath(QString::fromLatin1(c.name) + QStringLiteral(".xlsx"));
        QCOMPARE(exportXlsx(scenarioFor(c), file, c.cached), QString());
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
    lo.start(
        soffice,
        QStringList{QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("profile")),
                    QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                    QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
                    QStringLiteral("--outdir"), m_dir.filePath(QStringLiteral("out"))} +
            files);
    QVERIFY(lo.waitForFinished(180000));
    for (const Case &c : cases) {
        QFile csv(m_dir.filePath(QStringLiteral("out/%1-Model.csv").arg(QLatin1String(c.name))));
        QVERIFY2(csv.open(QIODevice::ReadOnly),
                 qPrintable(csv.fileName() + QStringLiteral(": ") + lo.readAllStandardError()));
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
        const OutputInfo *o = findOutput(output.toStdString());
        QVERIFY2(computed == qs(o->undefined), qPrintable(computed));
        return;
    }
    // A percent-formatted cell comes out of the unformatted CSV as "84.4983222211612%": the full value, scaled.
    bool ok = false;
    const bool percent = computed.endsWith(QLatin1Char('%'));
    const double value = (percent ? computed.chopped(1) : computed).toDouble(&ok) / (percent ? 100.0 : 1.0);
    QVERIFY2(ok, qPrintable(QStringLiteral("%1 = '%2'").arg(output, computed)));
    CC_COMPARE_ABS(value, *app, 1e-9 * std::max(1e-300, std::abs(*app)));
}

void TestXlsx::inputsSheetCarriesSources()
{
    const auto paid = std::find_if(m_inputs.begin(), m_inputs.end(),
                                   [](const QStringList &r) { return r.value(0) == QLatin1String("paidRate"); });
    QVERIFY(paid != m_inputs.end());
    QCOMPARE(paid->value(2), QStringLiteral("40%")); // broker: GJ's 40 % paid rate, shown as a percent
    QVERIFY(paid->join(QLatin1Char(',')).contains(QStringLiteral("DS6")));
    QCOMPARE(int(m_inputs.size()), int(parameters().size()) + 1);
}

void TestXlsx::workbookShowsNumbersAsTheAppDoes_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("rowKey"); // first column of the row
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("shown");
    // broker (GJ): the dashboard shows 22.5 %, 31.0 %, $174.2K/day; the workbook must not show 0.22492….
    QTest::newRow("ratio input as percent") << "Inputs"
                                            << "paidRate" << 2 << "40.0%";
    QTest::newRow("large input with separators") << "Inputs"
                                                 << "inputTokensPerDau" << 2 << "24,320";
    QTest::newRow("revenue margin as percent") << "Model"
                                               << "revenueMargin" << 2 << "22.5%";
    QTest::newRow("break-even paid rate as percent") << "Model"
                                                     << "breakEvenPaidRate" << 2 << "31.0%";
    QTest::newRow("cost per day with separators") << "Model"
                                                  << "totalCostPerDay" << 2 << "174,231";
    QTest::newRow("GPUs to one decimal") << "Model"
                                         << "avgBusyGpus" << 2 << "1,814.9";
    QTest::newRow("centre profit in CNY M") << "Model"
                                            << "annualProfit" << 2 << "-88.46";
    QTest::newRow("FLOPs as a whole number, not 3.71E+17") << "Model"
                                                           << "requiredFlopsPerSec" << 2 << "";
    QTest::newRow("waterfall step as percent, by name") << "Chart data"
                                                        << "level or change" << 1 << "Theoretical";
    QTest::newRow("waterfall level as percent") << "Chart data"
                                                << "level or change" << 2 << "84.5%";
}

void TestXlsx::workbookShowsNumbersAsTheAppDoes()
{
    QFETCH(QString, sheet);
    QFETCH(QString, rowKey);
    QFETCH(int, column);
    QFETCH(QString, shown);
    if (m_shown.isEmpty()) {
        // The broker workbook again, exported "as shown" (token 9) with ';' between fields.
        QProcess lo;
        lo.start(m_soffice,
                 QStringList{
                     QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("profile")),
                     QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                     QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,true,false,false,-1"),
                     QStringLiteral("--outdir"), m_dir.filePath(QStringLiteral("shown")),
                     m_dir.filePath(QStringLiteral("broker.xlsx"))});
        QVERIFY(lo.waitForFinished(180000));
        for (const QString &name : {QStringLiteral("Inputs"), QStringLiteral("Model"), QStringLiteral("Chart data")}) {
            QFile csv(m_dir.filePath(QStringLiteral("shown/broker-%1.csv").arg(name)));
            QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
            for (const QByteArray &line : csv.readAll().split('\n'))
                if (!line.trimmed().isEmpty())
                    m_shown[name] << QString::fromUtf8(line.trimmed()).remove(QLatin1Char('"')).split(QLatin1Char(';'));
        }
    }
    const QList<QStringList> &rows = m_shown[sheet];
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const QStringList &r) { return r.value(0) == rowKey; });
    QVERIFY2(row != rows.end(), qPrintable(rowKey));
    const QString text = row->value(column);
    if (shown.isEmpty()) { // a whole number with separators, however large
        QVERIFY2(!text.contains(QLatin1Char('E')) && text.contains(QLatin1Char(',')) &&
                     !text.contains(QLatin1Char('.')),
                 qPrintable(text));
        return;
    }
    QCOMPARE(text, shown);
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "test_xlsx.moc"
