// SPDX-License-Identifier: GPL-3.0-or-later
// Where the Analysis window opens against the main window, on the screens the
// analyst uses (1920×1080, 2560×1440, 1280×720 less a 40-px task bar): beside
// the dashboard when there is room, else never over the parameter panel when
// it fits beside it, and over the charts' centre no more than it must.
#include "ui/analysis/analysisplacement.h"
#include "testutil.h"

using namespace cc::ui;

class TestAnalysisPlacement : public QObject {
    Q_OBJECT
private slots:
    void opensBesideOrAwayFromTheCharts_data();
    void opensBesideOrAwayFromTheCharts();
};

void TestAnalysisPlacement::opensBesideOrAwayFromTheCharts_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("mainFrame");
    QTest::addColumn<QRect>("charts");  // the dashboard's chart area
    QTest::addColumn<QString>("where"); // right | left | over-right | over-left
    QTest::addColumn<bool>("centreInView");
    QTest::addColumn<int>("minimumWidth");  // the window's own
    QTest::addColumn<bool>("leversInView"); // the parameter panel: the main window beside the charts
    const QRect fullHd(0, 0, 1920, 1040), qhd(0, 0, 2560, 1400), hd(0, 0, 1280, 680);
    // The parameter panel docks on the right, so the charts fill the left part.
    QTest::newRow("1080p, main on the left")
        << fullHd << QRect(0, 0, 1100, 1000) << QRect(0, 80, 700, 900) << "right" << true << 0 << true;
    QTest::newRow("1080p, main on the right")
        << fullHd << QRect(820, 0, 1100, 1000) << QRect(820, 80, 700, 900) << "left" << true << 0 << true;
    // Maximised, the levers beside the charts: the window takes the charts' side
    // of the screen, over their centre by the few pixels its minimum needs.
    QTest::newRow("1080p, maximised, charts left")
        << fullHd << fullHd << QRect(0, 100, 1500, 940) << "over-left" << false << 0 << true;
    QTest::newRow("1080p, maximised, charts right")
        << fullHd << fullHd << QRect(420, 100, 1500, 940) << "over-right" << false << 0 << true;
    QTest::newRow("1080p, fresh 1600×1000 centred")
        << fullHd << QRect(160, 20, 1600, 1000) << QRect(160, 120, 1180, 900) << "over-left" << false << 0 << true;
    // As the app opens under openbox: the parameter panel docked on the left,
    // the charts right of it; the tools cover the charts' right, not the levers.
    QTest::newRow("1080p, fresh 1600×1000, levers left")
        << fullHd << QRect(160, 40, 1602, 1030) << QRect(500, 200, 1262, 850) << "over-right" << true << 0 << true;
    // The same, with tool bars that need 985 px: right of the charts' centre has
    // 782, so the window covers the centre but not the levers (1,412 px to them).
    QTest::newRow("1080p, levers left, 985-px tools")
        << fullHd << QRect(160, 40, 1602, 1030) << QRect(500, 200, 1262, 850) << "over-right" << false << 985 << true;
    QTest::newRow("1440p, fresh 1600×1000 at the left")
        << qhd << QRect(0, 0, 1600, 1000) << QRect(0, 100, 1180, 900) << "right" << true << 0 << true;
    // 1280 px: a readable tool window has to overlap the centre; the levers stay in view.
    QTest::newRow("720p, maximised") << hd << hd << QRect(0, 100, 1100, 580) << "over-left" << false << 0 << true;
    // Tools wider than the room right of the levers (931 px): the side with more room, over them.
    QTest::newRow("720p, levers left, 1,000-px tools")
        << hd << hd << QRect(340, 100, 940, 580) << "over-left" << false << 1000 << false;
}

void TestAnalysisPlacement::opensBesideOrAwayFromTheCharts()
{
    QFETCH(QRect, available);
    QFETCH(QRect, mainFrame);
    QFETCH(QRect, charts);
    QFETCH(QString, where);
    QFETCH(bool, centreInView);
    QFETCH(int, minimumWidth);
    QFETCH(bool, leversInView);
    const QSize preferred = QSize(1300, 850).boundedTo(available.size());
    const QRect frame = analysisWindowFrame(mainFrame, charts, available, preferred, minimumWidth);
    const QString shown =
        QStringLiteral("%1,%2 %3×%4").arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height());
    QVERIFY2(available.contains(frame), qPrintable(shown));
    QVERIFY2(frame.width() >= std::max(minimumWidth, analysisMinimumWidth), qPrintable(shown));
    QCOMPARE(frame.height(), preferred.height());
    if (where == QLatin1String("right") || where == QLatin1String("left")) {
        QVERIFY2(!frame.intersects(mainFrame), qPrintable(shown)); // nothing of the dashboard covered
        QCOMPARE(frame.left() > mainFrame.left(), where == QLatin1String("right"));
        QCOMPARE(frame.top(), mainFrame.top());
    } else {
        QCOMPARE(frame.right() == available.right(), where == QLatin1String("over-right"));
        QCOMPARE(frame.left() == available.left(), where == QLatin1String("over-left"));
        QCOMPARE(!frame.contains(charts.center()), centreInView);
    }
    // The strip of the main window beside the charts, where the parameter panel docks.
    const bool leversLeft = charts.left() - mainFrame.left() > mainFrame.right() - charts.right();
    const QRect levers =
        leversLeft ? QRect(QPoint(mainFrame.left(), charts.top()), QPoint(charts.left() - 1, charts.bottom()))
                   : QRect(QPoint(charts.right() + 1, charts.top()), QPoint(mainFrame.right(), charts.bottom()));
    QCOMPARE(!frame.intersects(levers), leversInView);
}

QTEST_MAIN(TestAnalysisPlacement)
#include "test_analysisplacement.moc"
