// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis tools as an analyst uses them, on the live scenario.
#include "analysiswindow.h"
#include "datatablepanel.h"
#include "goalseekpanel.h"
#include "growthpanel.h"
#include "language.h"
#include "montecarlopanel.h"
#include "registry.h"
#include "scenariomodel.h"
#include "testutil.h"
#include "tornadopanel.h"

#include <QPushButton>
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
    void monteCarloRunsOffTheGuiThread();
    void growthTableHasAYearPerRow();
};

void TestAnalysisUi::goalSeekReadyMadeQuestions_data()
{
    QTest::addColumn<int>("question");
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("broker break-even paid rate 31.0 % (model.md)") << 0 << "broker" << "paidRate" << 0.310 << 0.0005;
    QTest::newRow("broker paid rate for 20 %: 174,144 / (562,027 × 0.8)") << 1 << "broker" << "paidRate" << 0.3873 << 0.0005;
    QTest::newRow("centre break-even occupancy 95.1 %") << 2 << "deepseek" << "occupancy" << 0.951 << 0.0005;
    QTest::newRow("utilization for DS6's 1,814 GPUs") << 3 << "deepseek" << "utilization" << 0.7704 << 0.0001;
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

void TestAnalysisUi::growthTableHasAYearPerRow()
{
    ScenarioModel model;
    GrowthPanel panel(&model);
    QCOMPARE(panel.table()->rowCount(), 6); // 2025–2030
    QCOMPARE(panel.table()->item(5, 0)->text(), QStringLiteral("2030"));
    QCOMPARE(panel.table()->item(5, 2)->text(), QStringLiteral("×3.78")); // 1.3043^5
}

QTEST_MAIN(TestAnalysisUi)
#include "test_analysis_ui.moc"
