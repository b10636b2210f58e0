// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode steps through scenarios with the keyboard, each showing its own figures.
#include "core/chartdata/charts.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/presentation/presentationwindow.h"
#include "core/model/registry.h"
#include "ui/document/scenariomodel.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QLabel>
#include <QPointer>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
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
    void firstKeysNavigateNotEdit();
    void keysWorkWhateverHasFocus_data();
    void keysWorkWhateverHasFocus();
    void leverChangesAreOfferedOnLeaving_data();
    void leverChangesAreOfferedOnLeaving();
    void presentsAFolderLeavingBadFilesOut();
    void presetsAreNotRepeated_data();
    void presetsAreNotRepeated();
    void titleFollowsTheLanguage_data();
    void titleFollowsTheLanguage();
};

void TestPresentation::presetsAreNotRepeated_data()
{
    QTest::addColumn<QString>("working");
    QTest::addColumn<QStringList>("titles");
    // The three presets (deepseek, broker, centre); the working one is not shown again.
    QTest::newRow("working = broker preset")
        << "broker" << QStringList{"Broker's adjusted view", "DeepSeek as disclosed", "Compute centre at market rent"};
    QTest::newRow("working = deepseek preset")
        << "deepseek"
        << QStringList{"DeepSeek as disclosed", "Broker's adjusted view", "Compute centre at market rent"};
}

void TestPresentation::presetsAreNotRepeated()
{
    QFETCH(QString, working);
    QFETCH(QStringList, titles);
    MainWindow main(false);
    main.model()->applyPreset(working);
    QPointer<PresentationWindow> window = main.present();
    QCOMPARE(window->scenarioCount(), int(titles.size()));
    QStringList shown;
    for (int i = 0; i < window->scenarioCount(); ++i) {
        shown << window->findChild<QLabel *>(QStringLiteral("present_title"))->text();
        QTest::keyClick(window, Qt::Key_PageDown);
    }
    QCOMPARE(shown.mid(1), titles.mid(1));
    window->close();
}

void TestPresentation::titleFollowsTheLanguage_data()
{
    QTest::addColumn<bool>("switchWhileOpen");
    QTest::newRow("opened in Chinese") << false;
    QTest::newRow("switched to Chinese with the window open") << true;
}

// A preset-named scenario is called by the preset's name in the UI language, as the
// main window calls it (the presentation kept the English name in zh_CN).
void TestPresentation::titleFollowsTheLanguage()
{
    QFETCH(bool, switchWhileOpen);
    if (!switchWhileOpen)
        Language::instance().set(QStringLiteral("zh_CN"));
    QPointer<PresentationWindow> window =
        new PresentationWindow({scenarioFromPreset("deepseek"), scenarioFromPreset("broker")});
    window->show();
    if (switchWhileOpen)
        Language::instance().set(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    // resources/translations/computechain_zh_CN.ts
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("present_title"))->text(), QStringLiteral("DeepSeek 官方披露"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("present_position"))
                ->text()
                .startsWith(QStringLiteral("情景 1 / 2")));
    // The figures' captions and their number format too (万: DS6's USD 87,072 a day).
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("present_caption_totalCostPerDay"))->text(),
             QStringLiteral("总成本"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("present_totalCostPerDay"))->text(),
             QStringLiteral("8.71万美元/日"));
    Language::instance().set(QStringLiteral("en"));
    QApplication::processEvents();
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("present_title"))->text(),
             QStringLiteral("DeepSeek as disclosed"));
    delete window;
}

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

// Opened, the presenter presses ↓ and → before touching anything: the chart and the
// scenario change, and no lever moves (focus used to land on the utilization slider).
void TestPresentation::firstKeysNavigateNotEdit()
{
    QPointer<PresentationWindow> window = new PresentationWindow(
        {scenarioFromPreset("deepseek"), scenarioFromPreset("broker"), scenarioFromPreset("centre")});
    window->resize(1280, 720);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const Inputs before = window->model()->inputs();
    QWidget *focused = QApplication::focusWidget() ? QApplication::focusWidget() : window.data();
    QCOMPARE(focused, window.data());
    QTest::keyClick(focused, Qt::Key_Down);
    QCOMPARE(window->chartIndex(), 1);
    QVERIFY(window->model()->inputs() == before);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.data(), Qt::Key_Right);
    QCOMPARE(window->scenarioIndex(), 1);
    delete window;
}

void TestPresentation::keysWorkWhateverHasFocus_data()
{
    // Each chart in turn has been clicked (the first slide is a Qt Charts bar chart;
    // ↓ used to stall on chart 4): the keys still step through every chart and scenario.
    QTest::addColumn<int>("clicked");
    // Keys 1–9 pick the first nine charts; the tenth is reached with ↓ below.
    for (int i = 0; i < std::min(9, int(cc::chart::charts().size())); ++i)
        QTest::addRow("chart %d clicked", i + 1) << i;
}

void TestPresentation::keysWorkWhateverHasFocus()
{
    QFETCH(int, clicked);
    QPointer<PresentationWindow> window = new PresentationWindow(
        {scenarioFromPreset("deepseek"), scenarioFromPreset("broker"), scenarioFromPreset("centre")});
    window->resize(1280, 720);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::keyClick(window, Qt::Key(Qt::Key_1 + clicked));
    QCOMPARE(window->chartIndex(), clicked);
    auto *stack = window->findChild<QStackedWidget *>();
    QWidget *chart = stack->currentWidget();
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->rect().center());
    QTest::mouseClick(chart->childAt(chart->rect().center()) ? chart->childAt(chart->rect().center()) : chart,
                      Qt::LeftButton);
    QWidget *focused = QApplication::focusWidget() ? QApplication::focusWidget() : window.data();
    QVERIFY2(!focused->inherits("QGraphicsView") && !focused->inherits("QCustomPlot"),
             focused->metaObject()->className());
    // ↓ through every chart, round to this one; ↑ back.
    const int n = window->chartCount();
    QCOMPARE(n, int(cc::chart::charts().size())); // every dashboard chart, the market and Jevons charts too
    for (int step = 1; step <= n; ++step) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.data(), Qt::Key_Down);
        QCOMPARE(window->chartIndex(), (clicked + step) % n);
    }
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.data(), Qt::Key_Up);
    QCOMPARE(window->chartIndex(), (clicked + n - 1) % n);
    // PgDn and → through every scenario, PgUp and ← back.
    const char *margins[] = {"84.5%", "22.5%", "84.5%"};
    for (int step = 1; step <= 3; ++step) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.data(),
                        step % 2 ? Qt::Key_PageDown : Qt::Key_Right);
        QCOMPARE(window->scenarioIndex(), step % 3);
        QCOMPARE(window->figureText(QStringLiteral("revenueMargin")), QString::fromLatin1(margins[step % 3]));
    }
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.data(), Qt::Key_PageUp);
    QCOMPARE(window->scenarioIndex(), 2);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.data(), Qt::Key_Left);
    QCOMPARE(window->scenarioIndex(), 1);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.data(), Qt::Key_Escape);
    QTRY_VERIFY(window.isNull());
}

void TestPresentation::leverChangesAreOfferedOnLeaving_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<double>("paidRateAfter"); // in the working scenario
    QTest::addColumn<bool>("closed");
    // broker.json's paid rate is 40 % (model.md); the presenter moved it to 50 %.
    QTest::newRow("keep") << QStringLiteral("Keep") << 0.5 << true;
    QTest::newRow("discard") << QStringLiteral("Discard") << 0.4 << true;
    QTest::newRow("cancel stays presenting") << QStringLiteral("Cancel") << 0.4 << false;
}

void TestPresentation::leverChangesAreOfferedOnLeaving()
{
    QFETCH(QString, answer);
    QFETCH(double, paidRateAfter);
    QFETCH(bool, closed);
    ScenarioModel working;
    const Scenario broker = scenarioFromPreset("broker");
    working.reset(broker.inputs, broker.presetId);
    const ParamInfo &paidRate = *findParameter("paidRate");
    QCOMPARE(valueOf(working.inputs(), paidRate), 0.4);
    QPointer<PresentationWindow> window =
        new PresentationWindow({broker, scenarioFromPreset("deepseek")}, nullptr, &working);
    window->show();
    window->model()->setValue(paidRate, 0.5);
    QTest::keyClick(window, Qt::Key_PageDown); // the change survives a step to another scenario
    QCOMPARE(window->changedLevers(), QStringList{QStringLiteral("Paid rate 50.0% (was 40.0%)")});
    QString asked;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text() == answer)
                b->click();
    });
    QTest::keyClick(window, Qt::Key_Escape);
    QVERIFY2(asked.contains(QStringLiteral("Paid rate 50.0% (was 40.0%)")), qPrintable(asked));
    if (closed)
        QTRY_VERIFY(window.isNull());
    else
        QVERIFY(window && window->isVisible());
    QCOMPARE(valueOf(working.inputs(), paidRate), paidRateAfter);
    if (answer == QLatin1String("Keep")) { // one undoable edit
        QCOMPARE(working.undoStack()->count(), 1);
        working.undoStack()->undo();
        QCOMPARE(valueOf(working.inputs(), paidRate), 0.4);
    }
    delete window;
}

void TestPresentation::presentsAFolderLeavingBadFilesOut()
{
    // tests/data/scenarios: broker.json, missing-inputs.json and newer-minor.json open; the rest are bad files.
    MainWindow main(false);
    QPointer<PresentationWindow> window = main.presentFolder(QStringLiteral(SCENARIO_DATA_DIR));
    QVERIFY(window);
    QCOMPARE(window->figureText(QStringLiteral("revenueMargin")),
             QStringLiteral("22.5%")); // broker.json, first by name
    QVERIFY(main.statusBar()->currentMessage().contains(QStringLiteral("nan.json")));
    window->close();
}

QTEST_MAIN(TestPresentation)
#include "test_presentation.moc"
