// SPDX-License-Identifier: GPL-3.0-or-later
// Every export is read back by the tool a user's own software would use:
// pdfinfo/pdftotext for PDF, an XML parser for SVG, pixels for PNG, and the
// CSV's numbers against core's.
#include "ui/export/chartexport.h"
#include "core/chartdata/charts.h"
#include "core/io/qtext.h"
#include "ui/analysis/analysiswindow.h"
#include "ui/charts/chartgrid.h"
#include "ui/export/exportmenu.h"
#include "ui/analysis/montecarlopanel.h"
#include "ui/language.h"
#include "core/model/loadprofile.h"
#include "ui/mainwindow.h"
#include "core/model/model.h"
#include "core/model/presets.h"
#include "core/model/registry.h"
#include "ui/export/report.h"
#include "ui/document/scenariomodel.h"
#include "core/analysis/sweep.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

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

// The image as a `columns` × `rows` grid of mean grey levels: what a viewer sees
// from across the room, blind to antialiasing and font hinting differences.
QList<double> greyGrid(const QImage &image, int columns, int rows)
{
    QList<double> grid(columns * rows, 0.0);
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            grid[(y * rows / grey.height()) * columns + x * columns / grey.width()] += line[x];
    }
    return grid;
}

// The largest difference of mean grey between matching cells, 0–255: a line drawn
// where the reference has none (a curve past its axis) shows here, though it
// hardly moves the correlation of the whole picture.
double largestCellDifference(const QList<double> &a, const QList<double> &b, double pixelsPerCell)
{
    double worst = 0;
    for (int i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]) / pixelsPerCell);
    return worst;
}

double correlation(const QList<double> &a, const QList<double> &b)
{
    double ma = 0, mb = 0;
    for (int i = 0; i < a.size(); ++i) {
        ma += a[i] / a.size();
        mb += b[i] / b.size();
    }
    double ab = 0, aa = 0, bb = 0;
    for (int i = 0; i < a.size(); ++i) {
        ab += (a[i] - ma) * (b[i] - mb);
        aa += (a[i] - ma) * (a[i] - ma);
        bb += (b[i] - mb) * (b[i] - mb);
    }
    return ab / std::sqrt(aa * bb);
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { delete m_window; }
    void chartFiles_data();
    void chartFiles();
    void pngAndSvgLookLikeThePdf_data();
    void pngAndSvgLookLikeThePdf();
    void csvFolderThatRefusesLeavesNoEmptyFiles();
    void loadProfileCsvEqualsCore();
    void marginCurveCsvEqualsCore();
    void everyChartsCsvIsItsChartData_data();
    void everyChartsCsvIsItsChartData();
    void reportIsSelectableTextWithEveryChart();
    void unknownImageTypeIsRefused();
    void reportOfACompareSession();
    void reportIncludesTheAnalysisCharts();
    void chartOutOfViewExportsTheCurrentScenario_data();
    void chartOutOfViewExportsTheCurrentScenario();

private:
    QWidget *chartNamed(const QString &name) const;
    MainWindow *m_window = nullptr;
    AnalysisWindow *m_analysis = nullptr;
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
    // The analysis tools' charts, with a Monte Carlo run so its two charts have data.
    m_window->findChild<QAction *>(QStringLiteral("action_analysis_3"))->trigger();
    m_analysis = m_window->findChild<AnalysisWindow *>();
    m_window->model()->setDistributions({{findParameter("paidRate"), {Distribution::Kind::Uniform, 0.2, 0.4, 0}}});
    auto *mc = m_analysis->findChild<MonteCarloPanel *>();
    QSignalSpy finished(mc, &MonteCarloPanel::finished);
    mc->run(20000);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    for (int tab = 1; tab <= 4; ++tab) { // each tool drawn once, as a user visiting it would
        m_analysis->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
    }
}

QWidget *TestExport::chartNamed(const QString &name) const
{
    if (name.startsWith(QStringLiteral("analysis:")))
        return m_analysis->findChild<QWidget *>(name.mid(9));
    return m_window->charts()->findChild<QWidget *>(name);
}

void TestExport::chartFiles_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("suffix");
    for (QWidget *chart : m_window->charts()->charts())
        for (const char *suffix : {"png", "svg", "pdf"})
            QTest::addRow("%s.%s", qPrintable(chart->objectName()), suffix)
                << chart->objectName() << QString::fromLatin1(suffix);
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
        QVERIFY2(text.contains(QStringLiteral("Sources:")) && text.contains(QStringLiteral("Broker view")),
                 qPrintable(text));
    }
}

void TestExport::pngAndSvgLookLikeThePdf_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    for (QWidget *chart : m_window->charts()->charts()) {
        // The menu's default (1600×1000 at 192 dpi) and a screen-resolution export.
        QTest::addRow("%s@192dpi", qPrintable(chart->objectName())) << chart->objectName() << QSize(1600, 1000) << 192;
        QTest::addRow("%s@96dpi", qPrintable(chart->objectName())) << chart->objectName() << QSize(900, 600) << 96;
    }
    // Every chart in the app exports like the dashboard's, the analysis tools' too.
    for (QWidget *chart : m_analysis->charts())
        QTest::addRow("analysis %s@192dpi", qPrintable(chart->objectName()))
            << QStringLiteral("analysis:") + chart->objectName() << QSize(1600, 1000) << 192;
}

// The PDF is the reference: vectors placed by Qt's PDF engine at 96 units per inch,
// rasterised by poppler as a reader's viewer would. The PNG and the SVG (rasterised by
// librsvg) must show the same picture at the same size: a cropped, magnified or shrunk
// drawing, or a footer of the wrong size, moves ink and breaks the correlation.
void TestExport::pngAndSvgLookLikeThePdf()
{
    QFETCH(QString, chart);
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QWidget *w = chartNamed(chart);
    QVERIFY(w);
    // Right-click gives the export menu.
    QCOMPARE(w->contextMenuPolicy(), Qt::CustomContextMenu);
    QVERIFY(w->findChild<ExportMenu *>());
    const QString base =
        m_dir.filePath(QStringLiteral("look_%1_%2").arg(QString(chart).remove(QLatin1Char(':'))).arg(dpi));
    const ExportContext context{QStringLiteral("Broker view"), QDateTime(QDate(2025, 3, 1), QTime(9, 0))};
    for (const char *suffix : {".png", ".svg", ".pdf"})
        QCOMPARE(exportChart(w, base + QLatin1String(suffix), context, size, dpi), QString());
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                       QStringLiteral("-singlefile"), base + QStringLiteral(".pdf"), base + QStringLiteral("_pdf")});
    QProcess::execute(QStringLiteral("rsvg-convert"),
                      {QStringLiteral("-w"), QString::number(size.width()), QStringLiteral("-h"),
                       QString::number(size.height()), QStringLiteral("-b"), QStringLiteral("white"),
                       QStringLiteral("-o"), base + QStringLiteral("_svg.png"), base + QStringLiteral(".svg")});
    const QImage png(base + QStringLiteral(".png")), pdf(base + QStringLiteral("_pdf.png")),
        svg(base + QStringLiteral("_svg.png"));
    QCOMPARE(png.size(), size);
    QCOMPARE(pdf.size(), size);
    QCOMPARE(svg.size(), size);
    QCOMPARE(png.dotsPerMeterX(), int(std::lround(dpi / 0.0254)));
    const QList<double> reference = greyGrid(pdf, 64, 40);
    const double pngMatch = correlation(greyGrid(png, 64, 40), reference);
    const double svgMatch = correlation(greyGrid(svg, 64, 40), reference);
    const double cellPixels = double(size.width()) * size.height() / (32 * 20);
    const double pngWorst = largestCellDifference(greyGrid(png, 32, 20), greyGrid(pdf, 32, 20), cellPixels);
    const double svgWorst = largestCellDifference(greyGrid(svg, 32, 20), greyGrid(pdf, 32, 20), cellPixels);
    qInfo("%s: PNG r=%.4f worst %.1f; SVG r=%.4f worst %.1f", qPrintable(chart), pngMatch, pngWorst, svgMatch,
          svgWorst);
    QVERIFY2(pngMatch >= 0.95, qPrintable(QStringLiteral("PNG against PDF: %1").arg(pngMatch)));
    QVERIFY2(svgMatch >= 0.95, qPrintable(QStringLiteral("SVG against PDF: %1").arg(svgMatch)));
    // On a dark slide the SVG is white paper too: rasterised with no background of the
    // viewer's, every pixel is opaque (the footer's strip and a Qt Charts frame were not).
    QProcess::execute(QStringLiteral("rsvg-convert"),
                      {QStringLiteral("-w"), QString::number(size.width()), QStringLiteral("-h"),
                       QString::number(size.height()), QStringLiteral("-o"), base + QStringLiteral("_bare.png"),
                       base + QStringLiteral(".svg")});
    const QImage bare = QImage(base + QStringLiteral("_bare.png")).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(bare.size(), size);
    int seeThrough = 0;
    for (int y = 0; y < bare.height(); ++y)
        for (int x = 0; x < bare.width(); ++x)
            seeThrough += qAlpha(bare.pixel(x, y)) < 255 ? 1 : 0;
    QCOMPARE(seeThrough, 0);
}

void TestExport::csvFolderThatRefusesLeavesNoEmptyFiles()
{
    // The last chart's file name is taken by a folder: nothing may be written, and the
    // message names that file and the reason.
    QTemporaryDir dir;
    const QList<QWidget *> charts = m_window->charts()->charts();
    const QString blocked = dir.filePath(charts.last()->objectName().mid(6) + QStringLiteral(".csv"));
    QVERIFY(QDir().mkdir(blocked));
    const QString error = exportAllCsv(charts, dir.path());
    QCOMPARE(error, blocked + QStringLiteral(": is a folder, not a file"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    // A file where the folder should be is reported as such.
    const QString notAFolder = dir.filePath(QStringLiteral("plain"));
    QFile(notAFolder).open(QIODevice::WriteOnly);
    QCOMPARE(exportAllCsv(charts, notAFolder), notAFolder + QStringLiteral(": is not a folder"));
    // A writable folder gets one non-empty file per chart.
    QTemporaryDir good;
    QCOMPARE(exportAllCsv(charts, good.path()), QString());
    for (const QFileInfo &f : QDir(good.path()).entryInfoList(QDir::Files))
        QVERIFY2(f.size() > 3, qPrintable(f.fileName()));
    QCOMPARE(QDir(good.path()).entryList(QDir::Files).size(), charts.size());
}

void TestExport::loadProfileCsvEqualsCore()
{
    const QString file = m_dir.filePath(QStringLiteral("load.csv"));
    QCOMPARE(exportChartCsv(m_window->findChild<QWidget *>(QStringLiteral("chart_loadProfile")), file), QString());
    const std::vector<LoadPoint> core = scenarioLoadProfile(evaluate(presetInputs(*findPreset("broker"))));
    int matched = 0;
    // kind,id,label,x,y,value,unit — model units, full precision.
    for (const QStringList &row : readCsv(file))
        if (row[0] == QLatin1String("series") && row[1] == QLatin1String("busyGpus"))
            for (const LoadPoint &p : core)
                if (row[3].toDouble() == p.startHour) {
                    CC_COMPARE_ABS(row[4].toDouble(), p.busyGpus, 1e-12 * p.busyGpus);
                    QCOMPARE(row[6], QStringLiteral("GPUs"));
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
        if (row[0] != QLatin1String("series") || row[1] != QLatin1String("revenueMargin"))
            continue;
        // A fraction, as the model holds it: 0.225, not 22.5.
        Inputs at = in;
        at.paidRate = row[3].toDouble();
        CC_COMPARE_ABS(row[4].toDouble(), evaluate(at).revenueMargin, 1e-12);
        QCOMPARE(row[6], QStringLiteral("ratio"));
        ++checked;
    }
    QCOMPARE(checked, 199);
}

namespace {

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field, field.clear();
        } else if (c == QLatin1Char('\r')) {
        } else if (c == QLatin1Char('\n')) {
            row << field, field.clear();
            rows << row, row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

void TestExport::everyChartsCsvIsItsChartData_data()
{
    QTest::addColumn<QString>("chart");
    for (const chart::ChartInfo &c : chart::charts())
        QTest::newRow(c.name.data()) << toQString(c.name);
}

void TestExport::everyChartsCsvIsItsChartData()
{
    // The file holds the numbers the chart is drawn from, in model units and exactly
    // (shortest round-trip form): one row per point, nothing hidden, nothing rescaled.
    QFETCH(QString, chart);
    const chart::ChartInfo &info = *chart::findChart(chart.toStdString());
    const chart::ChartData data = info.data(m_window->model()->inputs(), m_window->model()->results());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(chartCsv(chartNamed(QStringLiteral("chart_") + chart))));
    QCOMPARE(rows.first().first(), QStringLiteral("kind"));
    qsizetype row = 1;
    for (const chart::Series &s : data.series)
        for (std::size_t i = 0; i < s.y.size(); ++i, ++row) {
            QCOMPARE(rows[row][0], QStringLiteral("series"));
            QCOMPARE(rows[row][1], toQString(s.id));
            if (data.categories.empty())
                QCOMPARE(rows[row][3].toDouble(), s.x[i]);
            if (std::isfinite(s.y[i]))
                QCOMPARE(rows[row][4].toDouble(), s.y[i]);
            else
                QCOMPARE(rows[row][4], QString());
            QCOMPARE(rows[row][6], toQString(chart::unitId(s.unit)));
        }
    for (const chart::Marker &m : data.markers) {
        QCOMPARE(rows[row][0], QStringLiteral("marker"));
        QCOMPARE(rows[row][4].toDouble(), m.y);
        ++row;
    }
    while (row < rows.size() && rows[row][0] == QLatin1String("reference"))
        ++row;
    for (const chart::Grid &g : data.grids)
        for (double z : g.z)
            QCOMPARE(rows[row++][5].toDouble(), z);
    QCOMPARE(row, rows.size());
}

void TestExport::reportIsSelectableTextWithEveryChart()
{
    const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(writeReport(*m_window->model(), m_window->charts()->charts(), file, {QStringLiteral("Broker view")}),
             QString());
    QCOMPARE(pageCount(file), 11); // cover, 3 pages of inputs, then 7 pages of 2 charts
    // NFKC: Noto CJK shares glyphs between some ideographs and Kangxi radicals, and the PDF's
    // text map names the radical (⽤ U+2F64 for 用); they are the same character after NFKC.
    const QString text =
        runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}).normalized(QString::NormalizationForm_KC);
    QVERIFY(text.contains(QStringLiteral("22.5%")));                 // the broker margin, as text
    QVERIFY(text.contains(QStringLiteral("H800单卡利用率高达77%"))); // a source quote, CJK and digits intact
    for (QWidget *chart : m_window->charts()->charts())
        QVERIFY2(text.contains(chartTitle(chart)), qPrintable(chartTitle(chart)));
}

void TestExport::unknownImageTypeIsRefused()
{
    const QString error =
        exportChart(m_window->charts()->charts().first(), m_dir.filePath(QStringLiteral("x.gif")), {});
    QVERIFY2(error.contains(QStringLiteral("x.gif: unknown image type '.gif'; use .png, .svg or .pdf")),
             qPrintable(error));
}

void TestExport::reportOfACompareSession()
{
    const QString file = m_dir.filePath(QStringLiteral("compare.pdf"));
    const QList<Scenario> compared{scenarioFromPreset("deepseek"), scenarioFromPreset("broker"),
                                   scenarioFromPreset("centre")};
    QCOMPARE(
        writeReport(*m_window->model(), m_window->charts()->charts(), file, {QStringLiteral("Broker view")}, compared),
        QString());
    QCOMPARE(pageCount(file), 12); // the comparison adds a page
    const QString text = runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("Scenarios compared")));
    // the three margins side by side: 84.5 % (DS), 22.5 % (broker), 84.5 % (centre)
    QVERIFY(text.contains(QStringLiteral("84.5%")) && text.contains(QStringLiteral("22.5%")));
    QVERIFY(text.contains(QStringLiteral("114%"))); // centre's break-even occupancy at market rent
}

void TestExport::reportIncludesTheAnalysisCharts()
{
    // initTestCase ran a Monte Carlo and visited every tool: the report carries the
    // tornado, the data table and both Monte Carlo charts, each once, with one footer.
    const QList<QWidget *> charts = m_window->reportCharts();
    QStringList names;
    for (QWidget *chart : charts)
        names << chart->objectName();
    for (const char *name : {"chart_tornado", "chart_dataTable", "chart_mcHistogram", "chart_mcDrivers"})
        QVERIFY2(names.count(QString::fromLatin1(name)) == 1, name);
    QCOMPARE(names.count(QStringLiteral("chart_growth")), 1);
    const QString file = m_dir.filePath(QStringLiteral("analysis-report.pdf"));
    QCOMPARE(writeReport(*m_window->model(), charts, file, {QStringLiteral("Broker view")}), QString());
    QCOMPARE(pageCount(file), 4 + (int(charts.size()) + 1) / 2); // cover, 3 pages of inputs, 2 charts a page
    // NFKC: the PDF's text map spells "fi" as its ligature.
    const QString text =
        runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}).normalized(QString::NormalizationForm_KC);
    for (QWidget *chart : charts)
        QVERIFY2(text.contains(chartTitle(chart)), qPrintable(chartTitle(chart)));
    // The page footer names the scenario once a page; a chart's footer only its sources.
    QCOMPARE(text.count(QStringLiteral("ComputeChain · Broker view")), pageCount(file));
    QVERIFY(text.contains(QStringLiteral("as preset")) || text.contains(QStringLiteral("▲")) ||
            text.contains(QStringLiteral("▼")));
}

// A chart scrolled out of view skips the scenario's changes (a slider step replots only what is on
// screen); exported, it must show the scenario as it is now — exactly what the same chart in a
// window where it stayed in view shows after the same edit.
void TestExport::chartOutOfViewExportsTheCurrentScenario_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("factor");
    QTest::newRow("jevons (QCustomPlot), efficiency gain × 2.5") << "chart_jevons"
                                                                 << "efficiencyGain" << 2.5;
    QTest::newRow("gpuMethods (Qt Charts), utilization × 0.6") << "chart_gpuMethods"
                                                               << "utilization" << 0.6;
}

void TestExport::chartOutOfViewExportsTheCurrentScenario()
{
    QFETCH(QString, chart);
    QFETCH(QString, input);
    QFETCH(double, factor);
    MainWindow small(false), large(false);
    small.resize(1280, 690);
    large.resize(2560, 1410);
    for (MainWindow *w : {&small, &large}) {
        w->model()->applyPreset(QStringLiteral("broker"));
        w->show();
    }
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
    auto *hidden = small.charts()->findChild<QWidget *>(chart), *shown = large.charts()->findChild<QWidget *>(chart);
    QVERIFY(hidden && shown);
    large.findChild<QScrollArea *>(QStringLiteral("chartScroll"))->ensureWidgetVisible(shown);
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
    // A Qt Charts view is covered by its viewport: that is where it paints.
    const auto region = [](QWidget *w) {
        auto *area = qobject_cast<QAbstractScrollArea *>(w);
        return (area ? area->viewport() : w)->visibleRegion();
    };
    QVERIFY2(region(hidden).isEmpty(), "the chart should be below the fold at 1280×720");
    QVERIFY(!region(shown).isEmpty());
    const ParamInfo &p = *findParameter(input.toStdString());
    const double was = valueOf(small.model()->inputs(), p);
    for (MainWindow *w : {&small, &large})
        w->model()->setValue(p, was * factor);
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
    const ExportContext context{QStringLiteral("Broker view"), QDateTime(QDate(2026, 12, 7), QTime(9, 0))};
    const auto drawn = [&context](QWidget *chart) {
        QImage image(800, 500, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintChart(chart, &painter, QRectF(0, 0, 800, 500), context);
        return image;
    };
    QCOMPARE(drawn(hidden), drawn(shown));
}

QTEST_MAIN(TestExport)
#include "test_export.moc"
