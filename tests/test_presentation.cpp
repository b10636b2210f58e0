// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode steps through scenarios with the keyboard, each showing its own figures.
#include "language.h"
#include "mainwindow.h"
#include "presentationwindow.h"
#include "registry.h"
#include "scenariomodel.h"
#include "testutil.h"

#include <QPointer>
#include <QStatusBar>
#include <QStandardPaths>

using namespace cc;
using namespace cc::ui;

class TestPresentation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::instance().set(QStringLiteral("en"));
    }
    void stepsThroughThreeScenarios();
    void presentsAFolderLeavingBadFilesOut();
};

void TestPresentation::stepsThroughThreeScenarios()
{
    QPointer<PresentationWindow> window = new PresentationWindow(
        {scenarioFromPreset("deepseek"), scenarioFromPreset("broker"), scenarioFromPreset("centre")});
    window->resize(1920, 1080);
    window->show();
    // model.md: 84.5 % (DS), 22.5 % (broker); centre break-even occupancy 114 % at market rent.
    QCOMPARE(window->figureText(QStringLiteral("revenueMargin")), QStringLiteral("84.5%"));
    QCOMPARE(window->figureText(QStringLiteral("breakEvenOccupancy")), QStringLiteral("95.1%"));
    QTest::keyClick(window, Qt::Key_PageDown);
    QCOMPARE(window->figureText(QStringLiteral("revenueMargin")), QStringLiteral("22.5%"));
    QCOMPARE(window->figureText(QStringLiteral("breakEvenPaidRate")), QStringLiteral("31.0%"));
    QTest::keyClick(window, Qt::Key_Right);
    QCOMPARE(window->scenarioIndex(), 2);
    QCOMPARE(window->figureText(QStringLiteral("breakEvenOccupancy")), QStringLiteral("114%"));
    QTest::keyClick(window, Qt::Key_PageDown); // wraps round
    QCOMPARE(window->scenarioIndex(), 0);
    QTest::keyClick(window, Qt::Key_Down);
    QCOMPARE(window->chartIndex(), 1);
    QTest::keyClick(window, Qt::Key_3);
    QCOMPARE(window->chartIndex(), 2);
    // Live what-if: the presentation's own scenario moves, figures follow.
    window->model()->setValue(*findParameter("paidRate"), 0.5);
    QVERIFY(window->figureText(QStringLiteral("revenueMargin")) != QStringLiteral("84.5%"));
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(window.isNull()); // closed and deleted
}

void TestPresentation::presentsAFolderLeavingBadFilesOut()
{
    // tests/data/scenarios: broker.json, missing-inputs.json and newer-minor.json open; the rest are bad files.
    MainWindow main(false);
    QPointer<PresentationWindow> window = main.presentFolder(QStringLiteral(SCENARIO_DATA_DIR));
    QVERIFY(window);
    QCOMPARE(window->figureText(QStringLiteral("revenueMargin")), QStringLiteral("22.5%")); // broker.json, first by name
    QVERIFY(main.statusBar()->currentMessage().contains(QStringLiteral("nan.json")));
    window->close();
}

QTEST_MAIN(TestPresentation)
#include "test_presentation.moc"
