// SPDX-License-Identifier: GPL-3.0-or-later
// Every export is read back by the tool a user's own software would use:
// pdfinfo/pdftotext for PDF, an XML parser for SVG, pixels for PNG, and the
// CSV's numbers against core's.
#include "chartexport.h"
#include "chartgrid.h"
#include "language.h"
#include "loadprofile.h"
#include "mainwindow.h"
#include "model.h"
#include "presets.h"
#include "report.h"
#include "scenariomodel.h"
#include "sweep.h"
#include "testutil.h"

#include <QApplication>
#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cc;
using namespace cc::ui;

namespace {

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QList<QStringList> readCsv(const QString &file)
{
    QFile f(file);
    f.open(QIODevice::ReadOnly);
    QList<QStringList> rows;
    for (QByteArray line : f.readAll().split('\n')) {
        line = line.trimmed();
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.mid(3);
        if (!line.isEmpty())
            rows << QString::fromUtf8(line).split(QLatin1Char(','));
    }
    return rows;
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { delete m_window; }
    void chartFiles_data();
    void chartFiles();
    void loadProfileCsvEqualsCore();
    void marginCurveCsvEqualsCore();
    void reportIsSelectableTextWithEveryChart();
    void unknownImageTypeIsRefused();
    void reportOfACompareSession();

private:
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::instance().set(QStringLiteral("en"));
    m_window = new MainWindow(false);
    m_window->model()->applyPreset(QStringLiteral("broker"));
    m_window->resize(1600, 1000);
    m_window->show();
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

void TestExport::chartFiles_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("suffix");
    for (QWidget *chart : m_window->charts()->charts())
        for (const char *suffix : {"png", "svg", "pdf"})
            QTest::addRow("%s.%s", qPrintable(chart->objectName()), suffix) << chart->objectName() << QString::fromLatin1(suffix);
}

void TestExport::chartFiles()
{
    QFETCH(QString, chart);
    QFETCH(QString, suffix);
    QWidget *w = m_window->findChild<QWidget *>(chart);
    const QString file = m_dir.filePath(chart + QLatin1Char('.') + suffix);
    QCOMPARE(exportChart(w, file, {QStringLiteral("Broker view")}, QSize(1200, 800), 144), QString());
    if (suffix == QLatin1String("png")) {
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1200, 800));
        int ink = 0; // pixels that are neither white nor transparent
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                ink += image.pixelColor(x, y).lightness() < 200;
        QVERIFY2(ink > 500, qPrintable(QStringLiteral("%1 looks blank (%2)").arg(file).arg(ink)));
    } else if (suffix == QLatin1String("svg")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QDomDocument svg;
        QVERIFY(svg.setContent(&f));
        QCOMPARE(svg.documentElement().tagName(), QStringLiteral("svg"));
        QCOMPARE(svg.documentElement().firstChildElement(QStringLiteral("title")).text(), chartTitle(w));
    } else {
        QVERIFY(pageCount(file) == 1);
        const QString text = runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Sources:")) && text.contains(QStringLiteral("Broker view")), qPrintable(text));
    }
}

void TestExport::loadProfileCsvEqualsCore()
{
    const QString file = m_dir.filePath(QStringLiteral("load.csv"));
    QCOMPARE(exportChartCsv(m_window->findChild<QWidget *>(QStringLiteral("chart_loadProfile")), file), QString());
    const std::vector<LoadPoint> core = scenarioLoadProfile(evaluate(presetInputs(*findPreset("broker"))));
    int matched = 0;
    for (const QStringList &row : readCsv(file))
        if (row.first() == QLatin1String("busy GPUs"))
            for (const LoadPoint &p : core)
                if (row[1].toDouble() == p.startHour) {
                    CC_COMPARE_ABS(row[2].toDouble(), p.busyGpus, 1e-9 * p.busyGpus);
                    ++matched;
                }
    QCOMPARE(matched, int(core.size()));
}

void TestExport::marginCurveCsvEqualsCore()
{
    const QString file = m_dir.filePath(QStringLiteral("margin.csv"));
    QCOMPARE(exportChartCsv(m_window->findChild<QWidget *>(QStringLiteral("chart_marginPaidRate")), file), QString());
    const Inputs in = presetInputs(*findPreset("broker"));
    int checked = 0;
    for (const QStringList &row : readCsv(file)) {
        if (row.first() != QLatin1String("revenue margin"))
            continue;
        Inputs at = in;
        at.paidRate = row[1].toDouble() / 100;
        CC_COMPARE_ABS(row[2].toDouble(), evaluate(at).revenueMargin * 100, 1e-9);
        ++checked;
    }
    QCOMPARE(checked, 199);
}

void TestExport::reportIsSelectableTextWithEveryChart()
{
    const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(writeReport(*m_window->model(), m_window->charts()->charts(), file, {QStringLiteral("Broker view")}), QString());
    QCOMPARE(pageCount(file), 6); // cover, inputs, then 4 pages of 2 charts
    // NFKC: Noto CJK shares glyphs between some ideographs and Kangxi radicals, and the PDF's
    // text map names the radical (⽤ U+2F64 for 用); they are the same character after NFKC.
    const QString text = runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC);
    QVERIFY(text.contains(QStringLiteral("22.5%")));                 // the broker margin, as text
    QVERIFY(text.contains(QStringLiteral("H800单卡利用率高达77%")));  // a source quote, CJK and digits intact
    for (QWidget *chart : m_window->charts()->charts())
        QVERIFY2(text.contains(chartTitle(chart)), qPrintable(chartTitle(chart)));
}

void TestExport::unknownImageTypeIsRefused()
{
    const QString error = exportChart(m_window->charts()->charts().first(), m_dir.filePath(QStringLiteral("x.gif")), {});
    QVERIFY2(error.contains(QStringLiteral("x.gif: unknown image type '.gif'; use .png, .svg or .pdf")), qPrintable(error));
}

void TestExport::reportOfACompareSession()
{
    const QString file = m_dir.filePath(QStringLiteral("compare.pdf"));
    const QList<Scenario> compared{scenarioFromPreset("deepseek"), scenarioFromPreset("broker"), scenarioFromPreset("centre")};
    QCOMPARE(writeReport(*m_window->model(), m_window->charts()->charts(), file, {QStringLiteral("Broker view")}, compared),
             QString());
    QCOMPARE(pageCount(file), 7); // the comparison adds a page
    const QString text = runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("Scenarios compared")));
    // the three margins side by side: 84.5 % (DS), 22.5 % (broker), 84.5 % (centre)
    QVERIFY(text.contains(QStringLiteral("84.5%")) && text.contains(QStringLiteral("22.5%")));
    QVERIFY(text.contains(QStringLiteral("114%"))); // centre's break-even occupancy at market rent
}

QTEST_MAIN(TestExport)
#include "test_export.moc"
