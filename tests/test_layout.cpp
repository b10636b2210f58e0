// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard on the screens analysts use: a 1280×720 projector or laptop,
// 1920×1080 and 2560×1440. Nothing may be clipped or out of reach, the
// window must fit the screen, and charts must fill their rows.
#include "ui/charts/chartgrid.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/document/scenariomodel.h"
#include "ui/windowlayout.h"

#include <QAbstractButton>
#include <QDebug>
#include <QAbstractSpinBox>
#include <QScreen>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace cc::ui;

class TestLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Language::instance().set(QStringLiteral("en")); }
    void freshWindowFitsTheScreen_data();
    void freshWindowFitsTheScreen();
    void dashboardUsableAt_data();
    void dashboardUsableAt();
    void scenariosPanelDoesNotGrowTheWindow();
    void resetLayoutRestoresAFreshProfile();
    void firstStatusMessageDoesNotMoveTheDashboard();
};

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

// Whether `w` can be seen whole once its scroll area brings it into view.
bool reachable(QWidget *w, QScrollArea *area)
{
    // The whole rectangle (ensureWidgetVisible would settle for a spin box's text cursor).
    const QRect inContent(w->mapTo(area->widget(), QPoint(0, 0)), w->size());
    QScrollBar *bar = area->verticalScrollBar();
    if (inContent.bottom() >= bar->value() + area->viewport()->height())
        bar->setValue(inContent.bottom() + 1 - area->viewport()->height());
    if (inContent.top() < bar->value())
        bar->setValue(inContent.top());
    settle();
    const QRect inViewport(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
    if (!area->viewport()->rect().contains(inViewport))
        qWarning() << w->objectName() << inViewport << "not within" << area->viewport()->rect();
    return area->viewport()->rect().contains(inViewport);
}

} // namespace

void TestLayout::freshWindowFitsTheScreen_data()
{
    QTest::addColumn<QRect>("available"); // the screen less panels and docks
    QTest::addColumn<QSize>("expected");
    QTest::newRow("1280×720 projector") << QRect(0, 0, 1280, 720) << QSize(1260, 680);
    QTest::newRow("1366×768 laptop less a 32 px panel") << QRect(0, 32, 1366, 736) << QSize(1346, 696);
    QTest::newRow("1920×1080") << QRect(0, 0, 1920, 1080) << QSize(1600, 1000);
    QTest::newRow("2560×1440") << QRect(0, 0, 2560, 1440) << QSize(1600, 1000);
}

void TestLayout::freshWindowFitsTheScreen()
{
    QFETCH(QRect, available);
    QFETCH(QSize, expected);
    QCOMPARE(initialWindowSize(available), expected);
    // The Analysis window (1300×850 where there is room) fits the same way.
    QCOMPARE(fittedSize(QSize(1300, 850), available), expected.boundedTo(QSize(1300, 850)));
}

void TestLayout::dashboardUsableAt_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("language");
    for (const QSize s : {QSize(1280, 720), QSize(1920, 1080), QSize(2560, 1440)})
        for (const char *lang : {"en", "zh_CN"})
            QTest::addRow("%dx%d %s", s.width(), s.height(), lang) << s << QString::fromLatin1(lang);
}

void TestLayout::dashboardUsableAt()
{
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    Language::instance().set(language);
    MainWindow window(false);
    window.model()->applyPreset(QStringLiteral("broker"));
    // Maximised on that screen: the window less a title bar.
    const QSize size = screen - QSize(0, 30);
    QVERIFY2(window.minimumSizeHint().width() <= size.width() && window.minimumSizeHint().height() <= size.height(),
             qPrintable(QStringLiteral("minimum %1×%2")
                            .arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    window.resize(size);
    window.show();
    settle();
    QCOMPARE(window.size(), size);

    // Every headline figure and its change are shown whole.
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->objectName().startsWith(QStringLiteral("figure_")) &&
            !label->objectName().startsWith(QStringLiteral("delta_")))
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(label->text());
        QVERIFY2(needed <= label->contentsRect().width(), qPrintable(QStringLiteral("%1 “%2” needs %3 px, has %4")
                                                                         .arg(label->objectName(), label->text())
                                                                         .arg(needed)
                                                                         .arg(label->contentsRect().width())));
    }

    // Every chart at a readable size, and reachable by scrolling.
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("chartScroll"));
    QVERIFY(scroll);
    const QList<QWidget *> charts = window.charts()->charts();
    for (QWidget *chart : charts) {
        QVERIFY2(
            chart->height() >= 264 && chart->width() >= 300,
            qPrintable(QStringLiteral("%1 %2×%3").arg(chart->objectName()).arg(chart->width()).arg(chart->height())));
        QVERIFY2(reachable(chart, scroll), qPrintable(chart->objectName()));
    }
    // No chart alone in a row that has room for more: count charts per row band.
    const int columns = window.charts()->columns();
    for (QWidget *chart : charts) {
        int sharing = 0; // charts beside this one at its top edge
        for (QWidget *other : charts)
            sharing += other->geometry().top() <= chart->geometry().top() + 1 &&
                       other->geometry().bottom() >= chart->geometry().top() + 1;
        QVERIFY2(sharing == columns, qPrintable(QStringLiteral("%1 shares its row with %2 of %3 columns")
                                                    .arg(chart->objectName())
                                                    .arg(sharing - 1)
                                                    .arg(columns)));
    }

    // Every input's spin box and reset button whole and reachable in the parameter panel.
    auto *panel = window.findChild<QScrollArea *>(QStringLiteral("parameterPanel"));
    QVERIFY(panel);
    QVERIFY(panel->isVisible() && panel->width() >= 250);
    for (QAbstractSpinBox *spin : panel->widget()->findChildren<QAbstractSpinBox *>()) {
        QVERIFY2(spin->width() >= spin->minimumSizeHint().width(), qPrintable(spin->objectName()));
        QVERIFY2(reachable(spin, panel), qPrintable(spin->objectName()));
    }
    for (QToolButton *reset : panel->widget()->findChildren<QToolButton *>())
        QVERIFY2(reachable(reset, panel), qPrintable(reset->objectName()));
}

void TestLayout::scenariosPanelDoesNotGrowTheWindow()
{
    MainWindow window(false);
    const QSize size(1900, 1000); // maximised on 1920×1080
    window.resize(size);
    window.show();
    settle();
    auto *library = window.findChild<QDockWidget *>(QStringLiteral("dock_library"));
    library->show();
    settle();
    QCOMPARE(window.size(), size);
    for (QAbstractButton *button : library->findChildren<QAbstractButton *>())
        QVERIFY2(button->isVisible() &&
                     window.rect().contains(QRect(button->mapTo(&window, QPoint(0, 0)), button->size())),
                 qPrintable(button->text()));
    library->hide();
    settle();
    QCOMPARE(window.size(), size);
}

void TestLayout::resetLayoutRestoresAFreshProfile()
{
    MainWindow window(false);
    window.show();
    settle();
    auto *library = window.findChild<QDockWidget *>(QStringLiteral("dock_library"));
    auto *parameters = window.findChild<QDockWidget *>(QStringLiteral("dock_parameters"));
    library->show();
    parameters->setFloating(true);
    window.resize(3000, 2000);
    settle();
    QAction *reset = window.findChild<QAction *>(QStringLiteral("action_resetLayout"));
    QVERIFY(reset);
    QCOMPARE(reset->text(), QStringLiteral("&Reset layout"));
    reset->trigger();
    settle();
    QVERIFY(!library->isVisible());
    QVERIFY(parameters->isVisible() && !parameters->isFloating());
    QCOMPARE(window.dockWidgetArea(parameters), Qt::LeftDockWidgetArea);
    QCOMPARE(window.size(), initialWindowSize(window.screen()->availableGeometry()));
}

void TestLayout::firstStatusMessageDoesNotMoveTheDashboard()
{
    MainWindow window(false);
    window.resize(1280, 690);
    window.show();
    settle();
    const QRect before = window.centralWidget()->geometry();
    window.statusBar()->showMessage(QStringLiteral("Saved /tmp/x.png"), 6000);
    settle();
    QCOMPARE(window.centralWidget()->geometry(), before);
}

QTEST_MAIN(TestLayout)
#include "test_layout.moc"
