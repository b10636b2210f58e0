// SPDX-License-Identifier: GPL-3.0-or-later
// The tornado's spider view as the analyst sees it: every one of its lines on
// screen, including those that trace the same curve as another input's.
#include "ui/language.h"
#include "ui/analysis/outputcombo.h"
#include "ui/document/scenariomodel.h"
#include "testutil.h"
#include "ui/analysis/tornadopanel.h"

#include <QCheckBox>
#include <QStandardPaths>
#include <qcustomplot.h>

using namespace cc;
using namespace cc::ui;

class TestSpider : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::instance().set(QStringLiteral("en"));
    }
    void everyLineIsVisible_data();
    void everyLineIsVisible();
};

namespace {

// Pixels of the line's own colour inside the plot, away from the legend (whose
// sample line would count every colour as present).
int pixelsOf(const QImage &image, const QColor &colour, const QRect &plot, const QRect &legend)
{
    int count = 0;
    for (int y = plot.top(); y <= plot.bottom(); ++y)
        for (int x = plot.left(); x <= plot.right(); ++x) {
            if (legend.contains(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                         std::abs(c.blue() - colour.blue()) <
                     24;
        }
    return count;
}

} // namespace

void TestSpider::everyLineIsVisible_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("coinciding"); // lines whose legend names the line they trace
    // The broker's revenue margin moves alike with GPU utilization, GPU share of
    // cost and paid rate: the three curves that were drawn over one another.
    QTest::newRow("broker, revenue margin") << "broker"
                                            << "revenueMargin" << 2;
    QTest::newRow("deepseek, cost-profit margin") << "deepseek"
                                                  << "costProfitMargin" << 1; // paid rate, GPU share
    QTest::newRow("deepseek, busy GPUs") << "deepseek"
                                         << "avgBusyGpus" << 1; // DAU, token growth
    QTest::newRow("centre, break-even occupancy") << "centre"
                                                  << "breakEvenOccupancy" << 1; // cards, rent
}

void TestSpider::everyLineIsVisible()
{
    QFETCH(QString, preset);
    QFETCH(QString, output);
    QFETCH(int, coinciding);
    ScenarioModel model;
    model.applyPreset(preset);
    TornadoPanel panel(&model);
    panel.findChild<RegistryCombo *>(QStringLiteral("tornado_output"))->selectId(output);
    panel.findChild<QCheckBox *>(QStringLiteral("tornado_spider"))->setChecked(true);
    panel.resize(1100, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCustomPlot *plot = panel.plot();
    plot->replot();
    QCOMPARE(plot->graphCount(), int(panel.shownInputs().size()));
    QVERIFY(plot->graphCount() >= 3);

    const QImage image = plot->toPixmap(plot->width(), plot->height(), 1.0).toImage();
    const QRect area = plot->axisRect()->rect();
    const QRect legend = plot->legend->outerRect();
    int sawCoinciding = 0;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph *g = plot->graph(i);
        QVERIFY2(g->visible(), qPrintable(g->name()));
        QVERIFY2(plot->legend->hasItemWithPlottable(g), qPrintable(g->name()));
        QCOMPARE(g->dataCount(), 21);
        // Its own marker shape, for lines that overlap over part of the range.
        for (int j = 0; j < i; ++j)
            QVERIFY2(plot->graph(j)->scatterStyle().shape() != g->scatterStyle().shape(), qPrintable(g->name()));
        sawCoinciding += g->name().contains(QStringLiteral("same line as"));
        // On screen: enough of its colour to read as a line, not a stray edge.
        const int pixels = pixelsOf(image, g->pen().color(), area, legend);
        QVERIFY2(pixels > 60, qPrintable(QStringLiteral("%1: %2 pixels").arg(g->name()).arg(pixels)));
    }
    QCOMPARE(sawCoinciding, coinciding);
}

QTEST_MAIN(TestSpider)
#include "test_spider.moc"
