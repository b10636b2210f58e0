// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis tools as an analyst uses them, on the live scenario.
#include "ui/analysis/analysiswindow.h"
#include "ui/analysis/datatablepanel.h"
#include "ui/analysis/goalseekpanel.h"
#include "ui/analysis/growthpanel.h"
#include "ui/language.h"
#include "ui/analysis/montecarlopanel.h"
#include "core/model/model.h"
#include "core/model/registry.h"
#include "ui/document/scenariomodel.h"
#include "testutil.h"
#include "ui/analysis/tornadopanel.h"

#include "ui/charts/chartstyle.h"
#include "ui/analysis/outputcombo.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTextDocument>
#include <QProgressBar>
#include <qcustomplot.h>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using namespace cc;
using namespace cc::ui;

class TestAnalysisUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::instance().set(QStringLiteral("en"));
    }
    void goalSeekReadyMadeQuestions_data();
    void goalSeekReadyMadeQuestions();
    void goalSeekAppliesAsAnUndoableEdit();
    void tornadoFollowsTheScenario();
    void dataTableAt400Cells();
    void dataTableColoursDivergeAtTheLevel();
    void dataTableHoverReadsTheCell();
    void monteCarloRunsOffTheGuiThread();
    void monteCarloFollowsADrag();
    void monteCarloFollowsADistributionEdit_data();
    void monteCarloFollowsADistributionEdit();
    void monteCarloSummaryShowsEveryFigure_data();
    void monteCarloSummaryShowsEveryFigure();
    void monteCarloTakesPercentForRatios_data();
    void monteCarloTakesPercentForRatios();
    void monteCarloNewInputGetsItsOwnNumbers();
    void monteCarloDriversChartDrawnAtOnce();
    void monteCarloNamesItsDistributions();
    void monteCarloOutputChangedDuringARerun();
    void growthTableHasAYearPerRow();
    void registryComboNamesTheWholeLabel_data();
    void registryComboNamesTheWholeLabel();
    void dataTableTitleNeverWidensTheWindow();
    void dataTableShowsNoColourWhereUndefined();
    void analysisWindowFollowsTheLanguage();
};

void TestAnalysisUi::goalSeekReadyMadeQuestions_data()
{
    QTest::addColumn<int>("question");
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("broker break-even paid rate 31.0 % (model.md)") << 0 << "broker"
                                                                   << "paidRate" << 0.310 << 0.0005;
    QTest::newRow("broker paid rate for 20 %: 174,144 / (562,027 × 0.8)") << 1 << "broker"
                                                                          << "paidRate" << 0.3873 << 0.0005;
    QTest::newRow("centre break-even occupancy 95.1 %") << 2 << "deepseek"
                                                        << "occupancy" << 0.951 << 0.0005;
    QTest::newRow("utilization for DS6's 1,814 GPUs") << 3 << "deepseek"
                                                      << "utilization" << 0.7704 << 0.0001;
}

void TestAnalysisUi::goalSeekReadyMadeQuestions()
{
    QFETCH(int, question);
    QFETCH(QString, presetId);
    QFETCH(QString, input);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    ScenarioModel model;
    model.applyPreset(presetId);
    GoalSeekPanel panel(&model);
    panel.usePreset(question);
    const std::optional<double> answer = panel.solve();
    QVERIFY2(answer, qPrintable(panel.resultText()));
    CC_COMPARE_ABS(*answer, expected, tolerance);
}

void TestAnalysisUi::goalSeekAppliesAsAnUndoableEdit()
{
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    GoalSeekPanel panel(&model);
    panel.usePreset(0);
    QVERIFY(panel.solve());
    QTest::mouseClick(panel.findChildren<QPushButton *>().at(1), Qt::LeftButton); // "Apply to the scenario"
    CC_COMPARE_ABS(model.results().revenueMargin, 0.0, 1e-8);
    model.undoStack()->undo();
    QCOMPARE(model.inputs().paidRate, 0.4);
}

void TestAnalysisUi::tornadoFollowsTheScenario()
{
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    TornadoPanel panel(&model);
    panel.show();
    QVERIFY(panel.shownInputs().contains(QStringLiteral("paidRate")));
    QVERIFY(!panel.shownInputs().contains(QStringLiteral("dauMillions"))); // margins do not scale with users
    // Under reserved billing the peak multiplier starts to matter.
    QVERIFY(!panel.shownInputs().contains(QStringLiteral("peakMultiplier")));
    model.setValue(*findParameter("billing"), 1);
    QVERIFY(panel.shownInputs().contains(QStringLiteral("peakMultiplier")));
    // Levers only by default: GPUs per node (a hardware fact) swings the margin hardest
    // but is not something an analyst pulls; unticked, it is ranked again.
    QVERIFY(!panel.shownInputs().contains(QStringLiteral("gpusPerNode")));
    QVERIFY(!panel.shownInputs().contains(QStringLiteral("calibrationUtilization")));
    panel.findChild<QCheckBox *>(QStringLiteral("tornado_leversOnly"))->setChecked(false);
    QVERIFY(panel.shownInputs().contains(QStringLiteral("gpusPerNode")));
}

void TestAnalysisUi::dataTableAt400Cells()
{
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    DataTablePanel panel(&model);
    panel.setResolution(400);
    QCOMPARE(panel.values().size(), std::size_t(400 * 400));
    QVERIFY(panel.contourSegments() > 100); // the break-even line crosses the map
}

void TestAnalysisUi::dataTableColoursDivergeAtTheLevel()
{
    // Broker: revenue margin over paid rate × GPU share; the paid-rate-near-zero corner
    // runs to −350 % and beyond, the useful side to about +85 %.
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    DataTablePanel panel(&model);
    const QCPColorMap *map = panel.colorMap();
    QVERIFY(map);
    const QCPRange range = map->dataRange();
    QVERIFY2(range.lower < 0 && range.upper > 50,
             qPrintable(QStringLiteral("%1 … %2").arg(range.lower).arg(range.upper)));
    QVERIFY2(-range.lower <= 1.5 * range.upper + 1e-9,
             qPrintable(QStringLiteral("%1 … %2").arg(range.lower).arg(range.upper)));
    QCPColorGradient g = map->gradient(); // color() caches, so it is not const
    auto colour = [&](double v) { return QColor::fromRgb(g.color(v, range)); };
    const QColor white = colour(0); // break-even is white (#f7f7f7, give or take the gradient's rounding)
    QVERIFY2(std::min({white.red(), white.green(), white.blue()}) >= 0xf4, qPrintable(white.name()));
    QVERIFY(colour(-50).red() > colour(-50).blue()); // losses red
    QVERIFY(colour(50).blue() > colour(50).red());   // profits blue
    // 20 % and 60 % margins look clearly different (they were one pale tint).
    const QColor a = colour(20), b = colour(60);
    const int distance = std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    QVERIFY2(distance > 120, qPrintable(QString::number(distance)));
}

void TestAnalysisUi::dataTableHoverReadsTheCell()
{
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    DataTablePanel panel(&model);
    panel.resize(1100, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCustomPlot *plot = panel.plot();
    plot->replot();
    // Over broker's own point (paid rate 40 %, GPU share 50 %): its 22.5 % margin (model.md).
    const QPointF at(plot->xAxis->coordToPixel(40), plot->yAxis->coordToPixel(50));
    const QStringList lines = panel.readoutAt(at).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("Paid rate: ")), qPrintable(lines[0]));
    CC_COMPARE_ABS(lines[0].section(QLatin1Char(' '), -1).chopped(1).toDouble(), 40.0, 0.5);
    CC_COMPARE_ABS(lines[2].section(QLatin1Char(' '), -1).chopped(1).toDouble(), 22.5, 1.5);
    QVERIFY(panel.readoutAt(QPointF(-5, -5)).isEmpty()); // off the map: nothing
}

void TestAnalysisUi::monteCarloRunsOffTheGuiThread()
{
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    // Paid rate uniform 0.2–0.4 around the 31.0 % break-even: P(loss) = 0.55.
    model.setDistributions({{findParameter("paidRate"), {Distribution::Kind::Uniform, 0.2, 0.4, 0}}});
    MonteCarloPanel panel(&model);
    QSignalSpy finished(&panel, &MonteCarloPanel::finished);
    panel.run(200000);
    QVERIFY(panel.isRunning() || finished.count() == 1);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(panel.result().samples, 200000);
    const OutputStatistics s = statistics(panel.result(), outputIndex(*findOutput("revenueMargin")));
    CC_COMPARE_ABS(s.probabilityBelowZero, 0.55, 4 * std::sqrt(0.55 * 0.45 / 200000) + 0.0025);
    QVERIFY2(panel.summaryText().contains(QStringLiteral("P(below 0) = ")), qPrintable(panel.summaryText()));
}

void TestAnalysisUi::monteCarloFollowsADrag()
{
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    // Revenue is theoretical revenue × paid rate × price realization: with the paid rate
    // uniform on 0.2–0.4 its median is the scenario's revenue at a paid rate of 0.3.
    model.setDistributions({{findParameter("paidRate"), {Distribution::Kind::Uniform, 0.2, 0.4, 0}}});
    MonteCarloPanel panel(&model);
    QSignalSpy finished(&panel, &MonteCarloPanel::finished), live(&panel, &MonteCarloPanel::liveUpdated);
    panel.run(200000);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    const int revenue = outputIndex(*findOutput("revenuePerDay"));
    auto medianAt = [&](double realization) {
        Inputs in = model.inputs();
        in.paidRate = 0.3;
        in.priceRealization = realization;
        return evaluate(in).revenuePerDay;
    };
    // Three steps of a drag, each before any run can finish: the first two are
    // cancelled, and their results, should they arrive, never show over the third's.
    const ParamInfo &realization = *findParameter("priceRealization");
    for (const double v : {0.5, 0.6, 0.7})
        model.setValue(realization, v, 1);
    QVERIFY(live.count() == 1 || live.wait(30000));
    QCOMPARE(panel.result().samples, MonteCarloPanel::liveSamples);
    CC_COMPARE_ABS(statistics(panel.result(), revenue).p50 / medianAt(0.7), 1.0, 0.005);
    // The drag over, the full run follows; still the third step's numbers.
    QVERIFY(finished.count() == 2 || finished.wait(30000));
    QCOMPARE(live.count(), 1);
    QCOMPARE(panel.result().samples, 200000);
    CC_COMPARE_ABS(statistics(panel.result(), revenue).p50 / medianAt(0.7), 1.0, 0.005);
    QVERIFY2(panel.summaryText().contains(QStringLiteral("200,000 samples")), qPrintable(panel.summaryText()));
}

void TestAnalysisUi::monteCarloFollowsADistributionEdit_data()
{
    QTest::addColumn<double>("paidLow"); // < 0: paid rate no longer uncertain
    QTest::addColumn<bool>("shareStays");
    QTest::addColumn<int>("inputsAfter");
    QTest::newRow("another range") << 0.6 << true << 2;
    QTest::newRow("an input removed") << 0.2 << false << 1;
    QTest::newRow("every input removed") << -1.0 << false << 0;
}

void TestAnalysisUi::monteCarloFollowsADistributionEdit()
{
    QFETCH(double, paidLow);
    QFETCH(bool, shareStays);
    QFETCH(int, inputsAfter);
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    const UncertainInput share{findParameter("gpuShareOfTotalCost"), {Distribution::Kind::Uniform, 0.45, 0.55, 0}};
    model.setDistributions({{findParameter("paidRate"), {Distribution::Kind::Uniform, 0.2, 0.4, 0}}, share});
    MonteCarloPanel panel(&model);
    QSignalSpy finished(&panel, &MonteCarloPanel::finished);
    panel.run(200000);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    std::vector<UncertainInput> edited;
    if (paidLow >= 0)
        edited.push_back({findParameter("paidRate"), {Distribution::Kind::Uniform, paidLow, paidLow + 0.2, 0}});
    if (shareStays)
        edited.push_back(share);
    model.setDistributions(edited);
    if (inputsAfter == 0) {
        // Nothing left to sample: the panel says so instead of showing the old run.
        QVERIFY2(panel.summaryText().contains(QStringLiteral("Give some inputs a distribution")),
                 qPrintable(panel.summaryText()));
        // No bars, no curve, and no empty legend box where their entries were.
        auto *histogram = panel.findChild<QCustomPlot *>(QStringLiteral("chart_mcHistogram"));
        QVERIFY(histogram);
        QCOMPARE(histogram->plottableCount(), 0);
        QVERIFY(!histogram->legend->visible());
        // Nor the last run's frame: no title, no input named on the drivers' axis, no progress.
        QCOMPARE(static_cast<QCPTextElement *>(histogram->plotLayout()->element(0, 0))->text(), QString());
        auto *drivers = panel.findChild<QCustomPlot *>(QStringLiteral("chart_mcDrivers"));
        QVERIFY(drivers);
        drivers->replot();
        QVERIFY2(drivers->yAxis->tickVectorLabels().join(QString()).isEmpty(),
                 qPrintable(drivers->yAxis->tickVectorLabels().join(QLatin1Char(','))));
        QCOMPARE(panel.findChild<QProgressBar *>()->value(), 0);
        return;
    }
    // The full run after the edit, with the edited inputs: revenue is theoretical
    // revenue × paid rate × price realization, so its median is at the range's middle.
    QVERIFY(finished.count() == 2 || finished.wait(30000));
    QCOMPARE(panel.result().inputCount, inputsAfter);
    Inputs in = model.inputs();
    in.paidRate = paidLow + 0.1;
    const int revenue = outputIndex(*findOutput("revenuePerDay"));
    CC_COMPARE_ABS(statistics(panel.result(), revenue).p50 / evaluate(in).revenuePerDay, 1.0, 0.005);
}

void TestAnalysisUi::monteCarloSummaryShowsEveryFigure_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QString>("error");
    // Broker's revenue margin over the paid rate: U(0.399, 0.401) moves it by ±0.3 pt,
    // a standard error of ≈ 0.0005 pt at 200,000 samples; U(0.2, 0.4), ≈ 0.2 pt.
    QTest::newRow("error under 0.01 pt") << "revenueMargin"
                                         << "paidRate" << 0.399 << 0.401 << QStringLiteral("(± < 0.01 pt)");
    QTest::newRow("error above 0.01 pt") << "revenueMargin"
                                         << "paidRate" << 0.2 << 0.4 << QStringLiteral(" pt)");
    // Revenue, USD a day, with its unit: "(± $…/day)".
    QTest::newRow("money with its unit") << "revenuePerDay"
                                         << "paidRate" << 0.2 << 0.4 << QStringLiteral("/day)");
    // The centre's revenue is 1,000 cards × ¥14.4/h × 8,760 h = ¥126.144M a year × occupancy
    // (model.md): over U(0.2, 0.3), SD 126.144 × 0.1 / √12 = ¥3.64M, standard error at 200,000
    // samples ¥0.0081M — which "¥0.0M/yr" would have hidden.
    QTest::newRow("yuan with its unit") << "annualProfit"
                                        << "occupancy" << 0.2 << 0.3 << QStringLiteral("(± ¥0.0081M/yr)");
    // The centre's profit does not depend on the MaaS's paid rate: no spread, "± ¥0M/yr"
    // (rounding noise printed as "± ¥0.000000M/yr").
    QTest::newRow("no spread") << "annualProfit"
                               << "paidRate" << 0.2 << 0.4 << QStringLiteral("(± ¥0M/yr)");
    // Past the 95.1 % break-even occupancy the payback is finite, in years.
    QTest::newRow("years with their unit") << "paybackYears"
                                           << "occupancy" << 0.97 << 1.0 << QStringLiteral(" years)");
}

void TestAnalysisUi::monteCarloSummaryShowsEveryFigure()
{
    QFETCH(QString, output);
    QFETCH(QString, input);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QString, error);
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    model.setDistributions({{findParameter(input.toStdString()), {Distribution::Kind::Uniform, low, high, 0}}});
    MonteCarloPanel panel(&model);
    panel.findChild<RegistryCombo *>(QStringLiteral("mc_output"))->selectId(output);
    QSignalSpy finished(&panel, &MonteCarloPanel::finished);
    panel.run(200000);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    // What the label shows: its rich text as a document renders it.
    QTextDocument shown;
    shown.setHtml(panel.summaryText());
    const QString text = shown.toPlainText();
    QVERIFY2(text.contains(error) && text.contains(QStringLiteral("(± $")) == error.endsWith(QLatin1String("/day)")),
             qPrintable(text));
    for (const char *figure : {"P5 ", "P50 ", "P95 ", "P(below 0) = "})
        QVERIFY2(text.contains(QLatin1String(figure)), qPrintable(text));
}

void TestAnalysisUi::registryComboNamesTheWholeLabel_data()
{
    QTest::addColumn<bool>("outputs");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("label");
    QTest::newRow("an input past 16 characters") << false << "gpuShareOfTotalCost"
                                                 << "GPU share of total cost";
    QTest::newRow("the longest output") << true << "maasToFillIdleCards"
                                        << "≈ DeepSeeks (MaaS of this size) to fill today's idle cards";
}

// The box shows 16 characters; hovering it names the whole choice.
void TestAnalysisUi::registryComboNamesTheWholeLabel()
{
    QFETCH(bool, outputs);
    QFETCH(QString, id);
    QFETCH(QString, label);
    const auto combo = outputs ? std::make_unique<RegistryCombo>(output(&Results::revenueMargin))
                               : std::make_unique<RegistryCombo>(parameter(&Inputs::paidRate));
    combo->selectId(id);
    QCOMPARE(combo->toolTip(), label);
}

// The longest output's title ("Year national occupancy reaches the centre's
// break-even by paid rate and GPU share of total cost") took the panel, and the
// Analysis window with it, past a 1280-px screen: it may not widen the panel.
void TestAnalysisUi::dataTableTitleNeverWidensTheWindow()
{
    ScenarioModel model;
    DataTablePanel panel(&model);
    panel.resize(700, 500);
    panel.show();
    QApplication::processEvents();
    const int before = panel.minimumSizeHint().width();
    const OutputInfo *longest = &outputs().front();
    for (const OutputInfo &o : outputs())
        if (trText(o.label).size() > trText(longest->label).size())
            longest = &o;
    for (RegistryCombo *combo : panel.findChildren<RegistryCombo *>())
        if (combo->output()) // the output's box; the other two hold inputs
            combo->selectId(qs(longest->id));
    QApplication::processEvents();
    QVERIFY2(panel.minimumSizeHint().width() <= before,
             qPrintable(QStringLiteral("%1 → %2 px").arg(before).arg(panel.minimumSizeHint().width())));
}

// An output undefined over the whole map (the market's break-even year is not
// reached by 2030 at the defaults, and neither input moves it) leaves the map
// empty, not painted in the loss colour.
void TestAnalysisUi::dataTableShowsNoColourWhereUndefined()
{
    ScenarioModel model;
    DataTablePanel panel(&model);
    panel.resize(900, 600);
    panel.show();
    for (RegistryCombo *combo : panel.findChildren<RegistryCombo *>())
        if (combo->output())
            combo->selectId(qs(output(&Results::yearMarketReachesBreakEven).id));
    QApplication::processEvents();
    QVERIFY(std::all_of(panel.values().begin(), panel.values().end(), [](double v) { return std::isnan(v); }));
    QCustomPlot *plot = panel.plot();
    plot->replot();
    const QImage drawn = plot->toPixmap(plot->width(), plot->height()).toImage();
    // A 7 × 7 sample of the map (a grid line may pass through one): white paper, no red.
    const QRect map = plot->axisRect()->rect();
    int red = 0;
    for (int i = 1; i <= 7; ++i)
        for (int j = 1; j <= 7; ++j) {
            const QColor c = drawn.pixelColor(map.left() + map.width() * i / 8, map.top() + map.height() * j / 8);
            red += c.red() > c.green() + 40 ? 1 : 0;
        }
    QCOMPARE(red, 0);
}

namespace {

// The spin box of the Monte Carlo table's row and parameter column (0 low, 1 mode/sd, 2 high).
QDoubleSpinBox *mcCell(MonteCarloPanel &panel, int row, int column)
{
    // From the table, not by name: a replaced cell widget lingers until deleteLater runs.
    return qobject_cast<QDoubleSpinBox *>(panel.findChild<QTableWidget *>()->cellWidget(row, 2 + column));
}

// Types into a cell as a user does, then lets the table be rebuilt from the model.
void typeInto(MonteCarloPanel &panel, int row, int column, const QString &text)
{
    QDoubleSpinBox *spin = mcCell(panel, row, column);
    QVERIFY(spin && spin->isEnabled());
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
    QCoreApplication::processEvents();
}

// The "Add" button, as the analyst clicks it, and the row it makes laid out.
void addRow(MonteCarloPanel &panel)
{
    panel.findChild<QPushButton *>(QStringLiteral("mc_add"))->click();
    QCoreApplication::processEvents();
}

void chooseRow(MonteCarloPanel &panel, int row, const QString &input, Distribution::Kind kind)
{
    auto *table = panel.findChild<QTableWidget *>();
    static_cast<RegistryCombo *>(table->cellWidget(row, 0))->selectId(input);
    QCoreApplication::processEvents();
    auto *kinds = static_cast<QComboBox *>(table->cellWidget(row, 1));
    kinds->setCurrentIndex(kinds->findData(int(kind)));
    QCoreApplication::processEvents();
}

} // namespace

void TestAnalysisUi::monteCarloTakesPercentForRatios_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("typed");      // low / mode-or-sd / high columns as typed ("" untouched)
    QTest::addColumn<QList<double>>("expected"); // a, b, c stored in the model
    QTest::addColumn<double>("pLoss");           // closed form, or -1 when not checked
    // Uniform paid rate 20–40 % around broker's 31.0 % break-even: P(loss) = 11/20 = 0.55.
    QTest::newRow("uniform paid rate 20–40 %: low and high columns")
        << "paidRate" << int(Distribution::Kind::Uniform) << QStringList{"20", "", "40"} << QList<double>{0.2, 0.4, 0}
        << 0.55;
    // The example: 50/77/90 % must not clamp to 100 %.
    QTest::newRow("triangular utilization 50/77/90 %")
        << "utilization" << int(Distribution::Kind::Triangular) << QStringList{"50", "77", "90"}
        << QList<double>{0.5, 0.77, 0.9} << -1.0;
    // Normal paid rate, mean 31.0 % (the break-even), sd 5 pt: P(loss) = 0.5.
    QTest::newRow("normal paid rate mean 31 % sd 5 %")
        << "paidRate" << int(Distribution::Kind::Normal) << QStringList{"31", "5", ""} << QList<double>{0.31, 0.05, 0}
        << 0.5;
    // A lognormal's spread is in log-points, not percent.
    QTest::newRow("lognormal paid rate median 31 %, sdLog 0.2")
        << "paidRate" << int(Distribution::Kind::Lognormal) << QStringList{"31", "0.2", ""}
        << QList<double>{0.31, 0.2, 0} << 0.5;
}

void TestAnalysisUi::monteCarloTakesPercentForRatios()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(QStringList, typed);
    QFETCH(QList<double>, expected);
    QFETCH(double, pLoss);
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    MonteCarloPanel panel(&model);
    panel.show();
    addRow(panel);
    chooseRow(panel, 0, input, Distribution::Kind(kind));
    for (int column = 0; column < 3; ++column)
        if (!typed[column].isEmpty())
            typeInto(panel, 0, column, typed[column]);
    QCOMPARE(model.distributions().size(), std::size_t(1));
    const Distribution d = model.distributions()[0].distribution;
    QCOMPARE(int(d.kind), kind);
    CC_COMPARE_ABS(d.a, expected[0], 1e-12);
    CC_COMPARE_ABS(d.b, expected[1], 1e-12);
    if (d.kind == Distribution::Kind::Triangular)
        CC_COMPARE_ABS(d.c, expected[2], 1e-12);
    // What the user reads back: the cells in percent (or log-points).
    QCOMPARE(mcCell(panel, 0, 0)->suffix(), QStringLiteral(" %"));
    QCOMPARE(mcCell(panel, 0, 1)->suffix(), d.kind == Distribution::Kind::Lognormal ? QString() : QStringLiteral(" %"));
    QSignalSpy finished(&panel, &MonteCarloPanel::finished);
    panel.run(200000);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QVERIFY2(!panel.summaryText().contains(QStringLiteral("± 0 pt")), qPrintable(panel.summaryText()));
    if (pLoss >= 0) {
        const OutputStatistics s = statistics(panel.result(), outputIndex(*findOutput("revenueMargin")));
        CC_COMPARE_ABS(s.probabilityBelowZero, pLoss, 4 * std::sqrt(pLoss * (1 - pLoss) / 200000) + 0.0025);
    }
}

void TestAnalysisUi::monteCarloNamesItsDistributions()
{
    // The combo reads as a reader writes the names ("PERT"), not as the file format stores them ("pert").
    ScenarioModel model;
    MonteCarloPanel panel(&model);
    panel.show();
    addRow(panel);
    auto *table = panel.findChild<QTableWidget *>();
    QVERIFY(table && table->rowCount() == 1);
    auto *kinds = static_cast<QComboBox *>(table->cellWidget(0, 1));
    QStringList names;
    for (int i = 0; i < kinds->count(); ++i)
        names << kinds->itemText(i);
    QVERIFY2(names.contains(QStringLiteral("PERT")) && names.contains(QStringLiteral("Uniform")) &&
                 names.contains(QStringLiteral("Lognormal")) && !names.contains(QStringLiteral("pert")),
             qPrintable(names.join(QLatin1Char(','))));
}

void TestAnalysisUi::monteCarloNewInputGetsItsOwnNumbers()
{
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    MonteCarloPanel panel(&model);
    panel.show();
    addRow(panel);
    chooseRow(panel, 0, QStringLiteral("dauMillions"), Distribution::Kind::Triangular);
    typeInto(panel, 0, 0, QStringLiteral("20"));
    // Switching the row to the paid rate (40 % in broker) starts it at ±20 % of 40 %,
    // not at the DAU's numbers.
    chooseRow(panel, 0, QStringLiteral("paidRate"), Distribution::Kind::Triangular);
    const Distribution d = model.distributions()[0].distribution;
    QCOMPARE(model.distributions()[0].param, findParameter("paidRate"));
    CC_COMPARE_ABS(d.a, 0.32, 1e-12);
    CC_COMPARE_ABS(d.b, 0.40, 1e-12);
    CC_COMPARE_ABS(d.c, 0.48, 1e-12);
    QCOMPARE(mcCell(panel, 0, 1)->text(), QStringLiteral("40.00 %"));
}

void TestAnalysisUi::monteCarloDriversChartDrawnAtOnce()
{
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    model.setDistributions({{findParameter("paidRate"), {Distribution::Kind::Uniform, 0.2, 0.4, 0}},
                            {findParameter("utilization"), {Distribution::Kind::Triangular, 0.6, 0.7, 0.8}}});
    AnalysisWindow window(&model);
    window.showTab(AnalysisWindow::MonteCarlo);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *panel = window.findChild<MonteCarloPanel *>();
    QSignalSpy finished(panel, &MonteCarloPanel::finished);
    panel->run(20000);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    // As shown, without a resize or a tab switch: the bars' colour is on screen.
    auto *drivers = panel->findChild<QCustomPlot *>(QStringLiteral("chart_mcDrivers"));
    QVERIFY(drivers);
    QCOMPARE(drivers->plottableCount(), 1);
    const QImage shown = drivers->grab().toImage();
    const QColor bar = style::scenarioColor(2);
    int barPixels = 0;
    for (int y = 0; y < shown.height(); ++y)
        for (int x = 0; x < shown.width(); ++x)
            barPixels += shown.pixelColor(x, y) == bar;
    QVERIFY2(barPixels > 200, qPrintable(QString::number(barPixels)));
}

void TestAnalysisUi::monteCarloOutputChangedDuringARerun()
{
    // Run, run again, and change the output while the second run works: the panel
    // keeps showing the first run (it used to read a result moved into the worker).
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    model.setDistributions({{findParameter("paidRate"), {Distribution::Kind::Uniform, 0.2, 0.4, 0}}});
    MonteCarloPanel panel(&model);
    panel.show();
    QSignalSpy finished(&panel, &MonteCarloPanel::finished);
    panel.run(20000);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    panel.run(1'000'000);
    auto *output = panel.findChild<RegistryCombo *>(QStringLiteral("mc_output"));
    QVERIFY(output);
    for (const char *id : {"costProfitMargin", "annualProfit", "revenueMargin"}) {
        output->selectId(QString::fromLatin1(id));
        QVERIFY2(panel.summaryText().contains(QStringLiteral("over 20,000 samples")) || !panel.isRunning(),
                 qPrintable(panel.summaryText()));
    }
    QVERIFY(finished.count() == 2 || finished.wait(60000));
    QVERIFY2(panel.summaryText().contains(QStringLiteral("over 1,000,000 samples")), qPrintable(panel.summaryText()));
}

void TestAnalysisUi::growthTableHasAYearPerRow()
{
    ScenarioModel model;
    GrowthPanel panel(&model);
    QCOMPARE(panel.table()->rowCount(), 6); // 2025–2030
    QCOMPARE(panel.table()->item(5, 0)->text(), QStringLiteral("2030"));
    QCOMPARE(panel.table()->item(5, 2)->text(), QStringLiteral("×3.78")); // 1.3043^5
}

void TestAnalysisUi::analysisWindowFollowsTheLanguage()
{
    // Open in English with a Monte Carlo run, switch to Chinese: no English text is left
    // on a tab, a button or a label, and the run is still shown.
    ScenarioModel model;
    model.applyPreset(QStringLiteral("broker"));
    model.setDistributions({{findParameter("paidRate"), {Distribution::Kind::Uniform, 0.2, 0.4, 0}}});
    AnalysisWindow window(&model);
    window.showTab(AnalysisWindow::MonteCarlo);
    auto *mc = window.findChild<MonteCarloPanel *>();
    QSignalSpy finished(mc, &MonteCarloPanel::finished);
    mc->run(20000);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    const QStringList english{"Goal seek", "Tornado", "Data table", "Monte Carlo", "Growth",  "Run",       "Add input",
                              "Samples",   "Seed",    "Output",     "X input",     "Y input", "Resolution"};
    auto shownTexts = [&] {
        QStringList texts;
        for (int i = 0; i < window.tabs()->count(); ++i)
            texts << window.tabs()->tabText(i);
        for (int i = 0; i < window.tabs()->count(); ++i) {
            for (QAbstractButton *b : window.tabs()->widget(i)->findChildren<QAbstractButton *>())
                texts << b->text();
            for (QLabel *l : window.tabs()->widget(i)->findChildren<QLabel *>())
                texts << l->text();
        }
        return texts;
    };
    for (const QString &s : english)
        QVERIFY2(shownTexts().contains(s), qPrintable(s)); // the check can see them
    Language::instance().set(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    const QStringList after = shownTexts();
    Language::instance().set(QStringLiteral("en"));
    for (const QString &s : english)
        QVERIFY2(!after.contains(s), qPrintable(s));
    QCOMPARE(mc->result().samples, 20000);
    QVERIFY2(mc->summaryText().contains(QStringLiteral("20,000")), qPrintable(mc->summaryText()));
    QVERIFY(!window.charts().isEmpty());
}

QTEST_MAIN(TestAnalysisUi)
#include "test_analysis_ui.moc"
