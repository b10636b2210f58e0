// SPDX-License-Identifier: GPL-3.0-or-later
// Figures the dashboard draws outside the charts' plots, as the analyst sees
// them: the headline cards' changes in their good-news colours, and each chip's
// margin under its name in the chip comparison.
#include "ui/charts/chartstyle.h"
#include "ui/charts/plotchart.h"
#include "ui/figurelabel.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/numberformat.h"
#include "ui/document/scenariomodel.h"
#include "core/chartdata/servingcharts.h"
#include "core/model/registry.h"
#include "testutil.h"

#include <QApplication>
#include <QScrollArea>
#include <QStandardPaths>
#include <qcustomplot.h>

using namespace cc;
using namespace cc::ui;

class TestFigures : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::instance().set(QStringLiteral("en"));
    }
    void changesShowTheirNews_data();
    void changesShowTheirNews();
    void chipMarginsUnderTheirNames_data();
    void chipMarginsUnderTheirNames();
};

namespace {

// Pixels of `image` within a small distance of `colour`: the cores of its glyphs.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                40)
                ++n;
        }
    return n;
}

} // namespace

void TestFigures::changesShowTheirNews_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("news"); // good, bad, none
    QTest::addColumn<bool>("beforeShown");
    QTest::addColumn<QString>("says"); // the change's text; empty: not checked
    // DS6: revenue at R1 list prices with every token billed; half billed halves it.
    QTest::newRow("revenue at a 50 % paid rate: bad") << "paidRate" << 0.5 << "revenuePerDay"
                                                      << "bad" << false << QString();
    QTest::newRow("revenue: in a scenario opened so") << "paidRate" << 0.5 << "revenuePerDay"
                                                      << "bad" << true << QString();
    // The busy GPUs fall as 0.77 / 0.9: the cost falls with them.
    QTest::newRow("cost at 90 % utilization: good") << "utilization" << 0.9 << "totalCostPerDay"
                                                    << "good" << false << QString();
    QTest::newRow("cost: in a scenario opened so") << "utilization" << 0.9 << "totalCostPerDay"
                                                   << "good" << true << QString();
    QTest::newRow("busy GPUs are neither") << "utilization" << 0.9 << "avgBusyGpus"
                                           << "none" << true << QString();
    QTest::newRow("cost at a 50 % paid rate: unchanged") << "paidRate" << 0.5 << "totalCostPerDay"
                                                         << "none" << true << QString();
    // At 5 % utilization the GPUs cost 0.77 / 0.05 = 15.4× as much: break-even at
    // 0.15504 × 15.4 = 239 % paid, which no paid rate reaches. "not reachable", bad
    // news, and the card says what the preset had (15.5 %), not "▲ 223.3 pt".
    QTest::newRow("break-even out of reach: bad") << "utilization" << 0.05 << "breakEvenPaidRate"
                                                  << "bad" << false << "preset: 15.5%";
}

// A change against the preset is drawn green when it is good news for the
// operator, red when bad, grey when neither — also in a scenario that was
// already edited when the window first showed (it came up all grey until the
// first edit).
void TestFigures::changesShowTheirNews()
{
    QFETCH(QString, input);
    QFETCH(double, value);
    QFETCH(QString, figure);
    QFETCH(QString, news);
    QFETCH(bool, beforeShown);
    QFETCH(QString, says);
    MainWindow window(false);
    window.resize(1600, 1000);
    if (beforeShown)
        window.model()->setValue(*findParameter(input.toStdString()), value);
    window.show();
    settle();
    if (!beforeShown) {
        window.model()->setValue(*findParameter(input.toStdString()), value);
        settle();
    }
    auto *delta = window.findChild<FigureLabel *>(QStringLiteral("delta_") + figure);
    QVERIFY(delta);
    if (!says.isEmpty())
        QCOMPARE(delta->text(), says);
    const QImage drawn = delta->grab().toImage();
    const QColor good = style::good, bad(0xb9, 0x1c, 0x1c), neither(0x6b, 0x72, 0x80);
    const int greens = pixelsNear(drawn, good), reds = pixelsNear(drawn, bad), greys = pixelsNear(drawn, neither);
    const QString counts =
        QStringLiteral("“%1”: green %2, red %3, grey %4 px").arg(delta->text()).arg(greens).arg(reds).arg(greys);
    if (news == QStringLiteral("good"))
        QVERIFY2(greens > 3 && reds == 0 && greys == 0, qPrintable(counts));
    else if (news == QStringLiteral("bad"))
        QVERIFY2(reds > 3 && greens == 0 && greys == 0, qPrintable(counts));
    else
        QVERIFY2(greys > 3 && greens == 0 && reds == 0, qPrintable(counts));
}

void TestFigures::chipMarginsUnderTheirNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("h800"); // the scenario's own card: its revenue margin, whole per cent
    // DS6: 545 % cost-profit = 84.496 % revenue margin at a 100 % paid rate; paying p
    // of the list leaves 1 − 0.15504 / p.
    QTest::newRow("as disclosed") << "paidRate" << 1.0 << "84%";
    QTest::newRow("paid rate 50 %") << "paidRate" << 0.5 << "69%";
    QTest::newRow("paid rate 30 %") << "paidRate" << 0.3 << "48%";
    // The cost scales as 0.77 / u: at u = 0.55, 1 − 0.15504 × 1.4 = 78.3 %.
    QTest::newRow("utilization 55 %") << "utilization" << 0.55 << "78%";
    // At a 1 % paid rate: 1 − 0.15504 / 0.01 = −1,450 %, shown "<−999%"; the other chips'
    // deep losses may not run into each other either.
    QTest::newRow("paid rate 1 %: deep losses") << "paidRate" << 0.01 << "<−999%";
    // At 5 %: 1 − 0.15504 / 0.05 = −210 %.
    QTest::newRow("paid rate 5 %") << "paidRate" << 0.05 << "−210%";
    // At 20 ms a token some chips cannot keep up (which ones is the serving model's
    // physics, read from the chart's data): "—" under their names, "cannot serve"
    // up their slots, and no two texts under the names run into each other.
    QTest::newRow("20 ms a token: some cannot serve") << "decodeTpotMs" << 20.0 << "";
}

// Each chip's margin sits under its name, on the line below it, and follows
// the scenario while the chart is on screen (a data redraw, not a full replot).
void TestFigures::chipMarginsUnderTheirNames()
{
    QFETCH(QString, input);
    QFETCH(double, value);
    QFETCH(QString, h800);
    MainWindow window(false);
    window.resize(1600, 1000);
    window.show();
    auto *plot = window.findChild<PlotChart *>(QStringLiteral("chart_chipComparison"));
    QVERIFY(plot);
    window.findChild<QScrollArea *>(QStringLiteral("chartScroll"))->ensureWidgetVisible(plot);
    settle();
    window.model()->setValue(*findParameter(input.toStdString()), value);
    settle();

    const chart::ChartData d = plot->data();
    const chart::Series &margin = d.series[chart::chipcomparison::Margin];
    const QCPAxis *x = plot->xAxis;
    const double nameTop = plot->axisRect()->bottom() + x->tickLabelPadding();
    const double lineSpacing = QFontMetricsF(x->tickLabelFont()).lineSpacing();
    const auto serves = [&](std::size_t chip) {
        return std::isfinite(d.series[chart::chipcomparison::CostPerMillion].y[chip]);
    };
    std::vector<std::pair<double, double>> extents; // left and right of each text under a name
    int found = 0;
    for (QCPItemText *text : plot->findChildren<QCPItemText *>()) {
        if (!text->visible() || text->clipToAxisRect())
            continue;
        const double centre = (text->topLeft->pixelPosition().x() + text->bottomRight->pixelPosition().x()) / 2;
        std::size_t chip = 0;
        while (chip < margin.x.size() && std::abs(x->coordToPixel(margin.x[chip]) - centre) > 1)
            ++chip;
        QVERIFY2(chip < margin.x.size(), qPrintable(text->text()));
        QCOMPARE(text->text(), !serves(chip)              ? QStringLiteral("—")
                               : margin.y[chip] <= -9.995 ? QStringLiteral("<−999%")
                                                          : formatPercent(margin.y[chip], 0));
        if (chip == 0 && !h800.isEmpty()) {
            QVERIFY(x->tickVectorLabels().value(0).startsWith(QStringLiteral("H800")));
            QCOMPARE(text->text(), h800);
        }
        extents.emplace_back(text->topLeft->pixelPosition().x(), text->bottomRight->pixelPosition().x());
        // On the second line of the tick label, below the name.
        CC_COMPARE_ABS(text->topLeft->pixelPosition().y(), nameTop + lineSpacing, 1.5);
        ++found;
    }
    QCOMPARE(std::size_t(found), margin.x.size());
    std::sort(extents.begin(), extents.end());
    for (std::size_t i = 1; i < extents.size(); ++i)
        QVERIFY2(extents[i - 1].second < extents[i].first,
                 qPrintable(QStringLiteral("texts under names %1–%2 and %3–%4 overlap")
                                .arg(extents[i - 1].first)
                                .arg(extents[i - 1].second)
                                .arg(extents[i].first)
                                .arg(extents[i].second)));

    // "cannot serve" up the slot of exactly the chips that cannot.
    std::size_t cannot = 0;
    for (QCPItemText *text : plot->findChildren<QCPItemText *>())
        if (text->visible() && text->text() == QStringLiteral("cannot serve")) {
            const double centre = text->position->pixelPosition().x();
            std::size_t chip = 0;
            while (chip < margin.x.size() && std::abs(x->coordToPixel(margin.x[chip]) - centre) > 1)
                ++chip;
            QVERIFY2(chip < margin.x.size() && !serves(chip), "cannot serve where a chip serves");
            ++cannot;
        }
    std::size_t expected = 0;
    for (std::size_t chip = 0; chip < margin.x.size(); ++chip)
        expected += serves(chip) ? 0 : 1;
    QCOMPARE(cannot, expected);
    QCOMPARE(expected > 0, h800.isEmpty()); // the last row has chips that cannot serve, the others none
}

QTEST_MAIN(TestFigures)
#include "test_figures.moc"
