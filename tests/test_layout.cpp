// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard on the screens analysts use: a 1280×720 projector or laptop,
// 1920×1080 and 2560×1440. Nothing may be clipped or out of reach, the
// window must fit the screen, and charts must fill their rows.
#include "testutil.h"
#include "ui/figurelabel.h"
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
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTest>
#include <qcustomplot.h>
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
    void shortLastRowWidens_data();
    void shortLastRowWidens();
    void scenariosPanelDoesNotGrowTheWindow();
    void resetLayoutRestoresAFreshProfile();
    void firstStatusMessageDoesNotMoveTheDashboard();
};

namespace {

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
    settle(4);
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
    settle(4);
    QCOMPARE(window.size(), size);

    // Every headline figure and its change are shown whole.
    for (FigureLabel *label : window.findChildren<FigureLabel *>()) {
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
    // Every legend entry whole inside its chart (a long entry takes a row of its own in a narrow cell).
    for (auto *plot : window.findChildren<QCustomPlot *>()) {
        if (!plot->isVisible() || !plot->legend || !plot->legend->visible())
            continue;
        plot->replot(); // lays the legend out at the chart's size
        for (int i = 0; i < plot->legend->itemCount(); ++i) {
            if (!plot->legend->item(i)) // an empty cell of a wrapped legend
                continue;
            // Squeezed below its text's width, an entry is clipped: QCustomPlot does not wrap it.
            const QRect r = plot->legend->item(i)->outerRect();
            const int needed = plot->legend->item(i)->minimumOuterSizeHint().width();
            QVERIFY2(plot->rect().contains(r) && r.width() >= needed,
                     qPrintable(QStringLiteral("%1: legend entry %2 at %3–%4 (needs %5 px) of %6 px")
                                    .arg(plot->objectName())
                                    .arg(i)
                                    .arg(r.left())
                                    .arg(r.right())
                                    .arg(needed)
                                    .arg(plot->width())));
        }
    }
    // No row with a hole: the charts that share a chart's top edge cover the grid's full width
    // (a short last row's charts widen to fill it).
    QRect extent;
    for (QWidget *chart : charts)
        extent |= chart->geometry();
    const int spacing = window.charts()->layout()->spacing();
    for (QWidget *chart : charts) {
        int covered = -spacing, sharing = 0;
        for (QWidget *other : charts)
            if (other->geometry().top() <= chart->geometry().top() + 1 &&
                other->geometry().bottom() >= chart->geometry().top() + 1) {
                covered += other->width() + spacing;
                ++sharing;
            }
        QVERIFY2(covered >= extent.width() - sharing, // a pixel of rounding per chart
                 qPrintable(QStringLiteral("%1's row covers %2 of %3 px with %4 charts")
                                .arg(chart->objectName())
                                .arg(covered)
                                .arg(extent.width())
                                .arg(sharing)));
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

void TestLayout::shortLastRowWidens_data()
{
    QTest::addColumn<int>("charts");
    QTest::addColumn<int>("width"); // 380 px per column, 2 to 4 columns
    QTest::addColumn<QList<int>>("lastRowSpans");
    QTest::newRow("12 in 2 columns: rows full") << 12 << 800 << QList<int>{1, 1};
    QTest::newRow("13 in 2 columns: the last alone, full width") << 13 << 800 << QList<int>{2};
    QTest::newRow("13 in 3 columns (heat map tall): 1 + 2") << 13 << 1200 << QList<int>{1, 2};
    QTest::newRow("13 in 4 columns (heat map tall): 2 + 2") << 13 << 1600 << QList<int>{2, 2};
    QTest::newRow("10 in 4 columns (heat map tall): 1 + 1 + 2") << 10 << 1600 << QList<int>{1, 1, 2};
}

// The grid alone, with the dashboard's one tall chart third (the heat map).
void TestLayout::shortLastRowWidens()
{
    QFETCH(int, charts);
    QFETCH(int, width);
    QFETCH(QList<int>, lastRowSpans);
    ChartGrid grid;
    for (int i = 0; i < charts; ++i)
        grid.addChart(new QWidget, i == 2 ? 2 : 1);
    grid.resize(width, 2000);
    grid.show();
    settle(4);
    auto *layout = qobject_cast<QGridLayout *>(grid.layout());
    QList<int> spans;
    int lastRow = 0;
    for (int i = 0; i < layout->count(); ++i) {
        int row, column, rowSpan, columnSpan;
        layout->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        if (row > lastRow) {
            lastRow = row;
            spans.clear();
        }
        if (row == lastRow)
            spans << columnSpan;
    }
    QCOMPARE(spans, lastRowSpans);
}

void TestLayout::scenariosPanelDoesNotGrowTheWindow()
{
    MainWindow window(false);
    const QSize size(1900, 1000); // maximised on 1920×1080
    window.resize(size);
    window.show();
    settle(4);
    auto *library = window.findChild<QDockWidget *>(QStringLiteral("dock_library"));
    library->show();
    settle(4);
    QCOMPARE(window.size(), size);
    for (QAbstractButton *button : library->findChildren<QAbstractButton *>())
        QVERIFY2(button->isVisible() &&
                     window.rect().contains(QRect(button->mapTo(&window, QPoint(0, 0)), button->size())),
                 qPrintable(button->text()));
    library->hide();
    settle(4);
    QCOMPARE(window.size(), size);
}

void TestLayout::resetLayoutRestoresAFreshProfile()
{
    MainWindow window(false);
    window.show();
    settle(4);
    auto *library = window.findChild<QDockWidget *>(QStringLiteral("dock_library"));
    auto *parameters = window.findChild<QDockWidget *>(QStringLiteral("dock_parameters"));
    library->show();
    parameters->setFloating(true);
    window.resize(3000, 2000);
    settle(4);
    QAction *reset = window.findChild<QAction *>(QStringLiteral("action_resetLayout"));
    QVERIFY(reset);
    QCOMPARE(reset->text(), QStringLiteral("&Reset layout"));
    reset->trigger();
    settle(4);
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
    settle(4);
    const QRect before = window.centralWidget()->geometry();
    window.statusBar()->showMessage(QStringLiteral("Saved /tmp/x.png"), 6000);
    settle(4);
    QCOMPARE(window.centralWidget()->geometry(), before);
}

QTEST_MAIN(TestLayout)
#include "test_layout.moc"
