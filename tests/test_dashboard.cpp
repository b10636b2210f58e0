// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard driven as an analyst drives it: sliders, keys, menus.
#include "ui/figurelabel.h"
#include "ui/charts/barchart.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "core/model/model.h"
#include "ui/numberformat.h"
#include "ui/charts/plotchart.h"
#include "core/model/presets.h"
#include "ui/parameters/rangespinbox.h"
#include "core/model/registry.h"
#include "ui/document/scenariomodel.h"
#include "core/model/chips.h"
#include "testutil.h"

#include <QAction>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QStandardPaths>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QMenuBar>
#include <qcustomplot.h>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace cc;
using namespace cc::ui;

class TestDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void paidRateSliderMovesMarginFigure_data();
    void paidRateSliderMovesMarginFigure();
    void undoRestoresValueAndFigure();
    void sliderDragIsOneUndoStep();
    void brokerPresetShows22_5();
    void spinBoxRefusesOutOfRange_data();
    void spinBoxRefusesOutOfRange();
    void resetReturnsToSourceValue();
    void cardSelectorSetsPeak_data();
    void cardSelectorSetsPeak();
    void languageSwitchChangesLabels();
    void everyChartIsShown();
    void everyChartHasATitle_data();
    void everyChartHasATitle();
    void largeAxisNumbersAreCompact_data();
    void largeAxisNumbersAreCompact();
    void legendsStayOffThePlot_data();
    void legendsStayOffThePlot();
    void labelsStayWholeAndClear_data();
    void labelsStayWholeAndClear();
    void loadAboveCapacityIsShown_data();
    void loadAboveCapacityIsShown();
    void peakMultiplierSaysWhyItMovesNoCost();
    void barsFollowTheScenarioOnScreen_data();
    void barsFollowTheScenarioOnScreen();
    void helpExplainsSourceTags_data();
    void helpExplainsSourceTags();

private:
    template <typename T>
    T *find(const QString &name)
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    QString figure(const QString &id) { return find<FigureLabel>(QStringLiteral("figure_") + id)->text(); }
    MainWindow *m_window = nullptr;
};

void TestDashboard::init()
{
    Language::instance().set(QStringLiteral("en"));
    m_window = new MainWindow(false);
    m_window->resize(1600, 1000);
    m_window->show();
    settle();
}

void TestDashboard::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestDashboard::paidRateSliderMovesMarginFigure_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("presetId");
    // Slider 0–1000 spans paid rate 5–100 %.
    QTest::newRow("deepseek, slider to 40 %") << 368 << "deepseek";
    QTest::newRow("broker, slider to 20 % (a loss)") << 158 << "broker";
    QTest::newRow("broker, slider to the top") << 1000 << "broker";
}

void TestDashboard::paidRateSliderMovesMarginFigure()
{
    QFETCH(int, position);
    QFETCH(QString, presetId);
    m_window->model()->applyPreset(presetId);
    auto *slider = find<QSlider>(QStringLiteral("slider_paidRate"));
    slider->setValue(position);
    settle();
    const double paid = m_window->model()->inputs().paidRate;
    CC_COMPARE_ABS(paid, 0.05 + 0.95 * position / 1000, 0.0005);
    // The figure is exactly what core computes for that input, nothing the view worked out.
    Inputs in = presetInputs(*findPreset(presetId.toStdString()));
    in.paidRate = paid;
    QCOMPARE(figure(QStringLiteral("revenueMargin")),
             formatFigure(evaluate(in).revenueMargin, OutputKind::Ratio, QLocale(QLocale::English)));
    QCOMPARE(find<RangeSpinBox>(QStringLiteral("spin_paidRate"))->value(), paid * 100);
}

void TestDashboard::undoRestoresValueAndFigure()
{
    const QString before = figure(QStringLiteral("revenueMargin"));
    QCOMPARE(before, QStringLiteral("84.5%"));
    auto *slider = find<QSlider>(QStringLiteral("slider_paidRate"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageDown); // a tenth of the range: 100 % → 90.5 %
    settle();
    QCOMPARE(m_window->model()->inputs().paidRate, 0.905);
    QVERIFY(figure(QStringLiteral("revenueMargin")) != before);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    settle();
    QCOMPARE(m_window->model()->inputs().paidRate, 1.0);
    QCOMPARE(figure(QStringLiteral("revenueMargin")), before);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    QCOMPARE(m_window->model()->inputs().paidRate, 0.905);
}

void TestDashboard::sliderDragIsOneUndoStep()
{
    QUndoStack *undo = m_window->model()->undoStack();
    const int steps = undo->count();
    auto *slider = find<QSlider>(QStringLiteral("slider_utilization"));
    slider->setSliderDown(true); // as a mouse press does
    for (int p = 700; p >= 300; p -= 25)
        slider->setValue(p);
    slider->setSliderDown(false);
    settle();
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY(m_window->model()->inputs().utilization < 0.77);
    undo->undo();
    QCOMPARE(m_window->model()->inputs().utilization, 0.77);
}

void TestDashboard::brokerPresetShows22_5()
{
    find<QAction>(QStringLiteral("action_preset_broker"))->trigger();
    settle();
    // model.md: 1 − 174,144 / 224,811 = 22.5 %
    QCOMPARE(figure(QStringLiteral("revenueMargin")), QStringLiteral("22.5%"));
    QCOMPARE(figure(QStringLiteral("breakEvenPaidRate")), QStringLiteral("31.0%"));
    QCOMPARE(find<QComboBox>(QStringLiteral("combo_preset"))->currentData().toString(), QStringLiteral("broker"));
    // against the broker preset itself nothing has moved
    QCOMPARE(find<FigureLabel>(QStringLiteral("delta_revenueMargin"))->text(), QStringLiteral("as preset"));
}

void TestDashboard::spinBoxRefusesOutOfRange_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("paid rate 150 %") << "paidRate"
                                     << "150"
                                     << "Paid rate: 150 % is outside the valid range 0.1% – 100%";
    QTest::newRow("peak multiplier 250") << "peakMultiplier"
                                         << "250"
                                         << "Peak multiplier: 250 is outside the valid range 1 – 100";
    // Used to become 5.0 % and 19 M without a word.
    QTest::newRow("paid rate -5") << "paidRate"
                                  << "-5"
                                  << "Paid rate: “-” cannot be typed here; enter a number from 0.1% – 100%";
    QTest::newRow("DAU 1e9") << "dauMillions"
                             << "1e9"
                             << "Daily active users: “1e” cannot be typed here; enter a number from 0.000001 – 10.0K";
}

void TestDashboard::spinBoxRefusesOutOfRange()
{
    QFETCH(QString, id);
    QFETCH(QString, typed);
    QFETCH(QString, fragment);
    const Inputs before = m_window->model()->inputs();
    auto *spin = find<RangeSpinBox>(QStringLiteral("spin_") + id);
    QSignalSpy refused(spin, &RangeSpinBox::refused);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, typed);
    settle();
    // The keystroke that would leave the range is dropped, and the user is told why.
    QVERIFY(refused.count() > 0);
    QVERIFY(m_window->model()->inputs() == before);
    QVERIFY(!spin->text().contains(typed));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(fragment),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestDashboard::resetReturnsToSourceValue()
{
    auto *reset = find<QToolButton>(QStringLiteral("reset_peakMultiplier"));
    QVERIFY(!reset->isEnabled());
    m_window->model()->setValue(*findParameter("peakMultiplier"), 1.5);
    settle();
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    settle();
    QCOMPARE(m_window->model()->inputs().peakMultiplier, 1.2); // GJ: 峰值倍数仅1.2
}

void TestDashboard::cardSelectorSetsPeak_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<int>("basis");
    QTest::addColumn<double>("peak");
    // facts.md §4, dense
    QTest::newRow("H800 on BF16") << "H800" << 1 << 989.0;
    QTest::newRow("H20 on FP8") << "H20" << 0 << 296.0;
    QTest::newRow("A100 on FP8 falls back to BF16") << "A100" << 0 << 312.0;
}

void TestDashboard::cardSelectorSetsPeak()
{
    QFETCH(QString, card);
    QFETCH(int, basis);
    QFETCH(double, peak);
    auto *cards = find<QComboBox>(QStringLiteral("combo_card"));
    auto *bases = find<QComboBox>(QStringLiteral("combo_basis"));
    bases->setCurrentIndex(basis);
    emit bases->activated(basis); // on the H800, then kept when the card changes
    settle();
    const int index = cards->findData(int(findChip(card.toStdString())->card));
    QVERIFY(index >= 0);
    cards->setCurrentIndex(index);
    emit cards->activated(index);
    settle();
    QCOMPARE(m_window->model()->inputs().cardPeakTflops, peak);
    // The card brings its reference rent too, in the same undo step.
    QCOMPARE(m_window->model()->inputs().gpuHourPriceUsd, findChip(card.toStdString())->rentUsdPerHour);
    m_window->model()->undoStack()->undo();
    QCOMPARE(m_window->model()->inputs().gpuHourPriceUsd, 2.0);
}

void TestDashboard::languageSwitchChangesLabels()
{
    auto *label = find<QLabel>(QStringLiteral("label_paidRate"));
    QVERIFY(label->text().startsWith(QStringLiteral("Paid rate")));
    find<QAction>(QStringLiteral("action_lang_zh_CN"))->trigger();
    settle();
    QVERIFY2(label->text().startsWith(QStringLiteral("付费率")), qPrintable(label->text()));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    const QString cost = figure(QStringLiteral("totalCostPerDay"));
    QVERIFY2(cost.contains(QStringLiteral("万")), qPrintable(cost)); // 8.71万 美元/日
    // The scenario still named after its preset takes the preset's Chinese name.
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("DeepSeek 官方披露")),
             qPrintable(m_window->windowTitle()));
    find<QAction>(QStringLiteral("action_lang_en"))->trigger();
    settle();
    QVERIFY(label->text().startsWith(QStringLiteral("Paid rate")));
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("DeepSeek as disclosed")),
             qPrintable(m_window->windowTitle()));
}

void TestDashboard::everyChartHasATitle_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("title"); // English, as the dashboard shows it
    QTest::newRow("waterfall") << "chart_waterfall"
                               << "Margin bridge: theoretical → final revenue margin";
    QTest::newRow("cost and revenue") << "chart_costRevenue"
                                      << "A day of cost and revenue";
    QTest::newRow("GPU methods") << "chart_gpuMethods"
                                 << "GPUs: throughput vs FLOPs method";
    QTest::newRow("margin vs paid rate") << "chart_marginPaidRate"
                                         << "Revenue margin vs paid rate";
    QTest::newRow("margin heatmap") << "chart_marginHeatmap"
                                    << "Margin map: paid rate × GPU share";
    QTest::newRow("centre profit") << "chart_centreProfit"
                                   << "Compute centre: annual profit vs occupancy";
    QTest::newRow("growth") << "chart_growth"
                            << "Growth: params × efficiency × data × induced";
    QTest::newRow("Jevons") << "chart_jevons"
                            << "Efficiency ≠ deflation: GPU demand";
    QTest::newRow("national market") << "chart_market"
                                     << "China's compute market by year";
    // DS6's peak-to-mean ratio follows in the title, to three decimals.
    QTest::newRow("load profile") << "chart_loadProfile"
                                  << "24-hour load vs capacity (DS6 peak ";
}

void TestDashboard::everyChartHasATitle()
{
    QFETCH(QString, chart);
    QFETCH(QString, title);
    QWidget *w = m_window->findChild<QWidget *>(chart);
    QVERIFY2(w, qPrintable(chart));
    QString shown;
    if (auto *plot = qobject_cast<PlotChart *>(w))
        shown = plot->title();
    else if (auto *bars = qobject_cast<BarChart *>(w))
        shown = bars->title();
    else
        QFAIL(qPrintable(chart + QStringLiteral(": neither a PlotChart nor a BarChart")));
    QVERIFY2(shown.startsWith(title), qPrintable(chart + QStringLiteral(": \"") + shown + QLatin1Char('"')));
}

void TestDashboard::everyChartIsShown()
{
    int charts = 0;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (!w->objectName().startsWith(QStringLiteral("chart_")))
            continue;
        ++charts;
        QVERIFY2(w->isVisible(), qPrintable(w->objectName()));
        QVERIFY2(w->width() >= 280 && w->height() >= 220, qPrintable(w->objectName()));
    }
    QCOMPARE(charts, int(chart::charts().size())); // 12: the serving charts made it ten and two
}

void TestDashboard::largeAxisNumbersAreCompact_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("unit"); // the suffix a large tick carries
    // 7,000 M DAU need about 508K GPUs (1,815 per 25 M, model.md), a y axis past ten thousand.
    QTest::newRow("load profile en") << "chart_loadProfile"
                                     << "en"
                                     << "K";
    QTest::newRow("load profile zh_CN") << "chart_loadProfile"
                                        << "zh_CN"
                                        << "万";
}

void TestDashboard::largeAxisNumbersAreCompact()
{
    QFETCH(QString, chart);
    QFETCH(QString, language);
    QFETCH(QString, unit);
    Language::instance().set(language);
    m_window->model()->setValue(*findParameter("dauMillions"), 7000);
    settle();
    auto *plot = find<QCustomPlot>(chart);
    plot->replot();
    const QList<QString> tickLabels = plot->yAxis->tickVectorLabels();
    const QStringList labels(tickLabels.begin(), tickLabels.end());
    QVERIFY2(std::any_of(labels.begin(), labels.end(), [&](const QString &l) { return l.endsWith(unit); }),
             qPrintable(labels.join(QLatin1Char(' '))));
    for (const QString &l : labels)
        QVERIFY2(!l.contains(QLatin1Char('e')) && !l.contains(QChar(0xB7)), qPrintable(l));
    Language::instance().set(QStringLiteral("en"));
}

void TestDashboard::legendsStayOffThePlot_data()
{
    QTest::addColumn<QString>("chart");
    for (const char *chart :
         {"chart_marginPaidRate", "chart_marginHeatmap", "chart_centreProfit", "chart_loadProfile", "chart_growth"})
        QTest::newRow(chart) << chart;
}

void TestDashboard::legendsStayOffThePlot()
{
    // Labels, points and the break-even line live inside the axis rect; the legend must not.
    QFETCH(QString, chart);
    auto *plot = find<QCustomPlot>(chart);
    plot->replot();
    QVERIFY(plot->legend->visible());
    QVERIFY2(!plot->legend->outerRect().intersects(plot->axisRect()->rect()),
             qPrintable(QStringLiteral("legend %1,%2 %3x%4")
                            .arg(plot->legend->outerRect().x())
                            .arg(plot->legend->outerRect().y())
                            .arg(plot->legend->outerRect().width())
                            .arg(plot->legend->outerRect().height())));
}

void TestDashboard::labelsStayWholeAndClear_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("deepseek: 84.5 % at a 100 % paid rate, top right") << "deepseek";
    QTest::newRow("broker: 22.5 % at 40 %") << "broker";
}

void TestDashboard::labelsStayWholeAndClear()
{
    QFETCH(QString, preset);
    m_window->model()->applyPreset(preset);
    settle();
    auto inside = [](QCPItemText *label, QCPAxisRect *rect) {
        const QRectF r(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition());
        return QRectF(rect->rect()).adjusted(-1, -1, 1, 1).contains(r);
    };
    // The scenario's margin label is whole, not cut by the plot's edge.
    auto *margin = find<QCustomPlot>(QStringLiteral("chart_marginPaidRate"));
    margin->replot();
    int labels = 0;
    for (QCPItemText *label : margin->findChildren<QCPItemText *>())
        if (label->text().endsWith(QLatin1Char('%')) && !label->text().startsWith(QStringLiteral("break"))) {
            QVERIFY2(inside(label, margin->axisRect()), qPrintable(label->text()));
            ++labels;
        }
    QCOMPARE(labels, 1);
    // "break-even 95.1 %" ends left of its own vertical line (model.md: 95.1 %).
    auto *centre = find<QCustomPlot>(QStringLiteral("chart_centreProfit"));
    centre->replot();
    const double line = centre->xAxis->coordToPixel(95.1);
    int checked = 0;
    for (QCPItemText *label : centre->findChildren<QCPItemText *>())
        if (label->text().startsWith(QStringLiteral("break-even"))) {
            // the text's own right edge, without the padding that keeps it off the line
            QVERIFY2(label->bottomRight->pixelPosition().x() - label->padding().right() < line - 2,
                     qPrintable(label->text()));
            ++checked;
        }
    QCOMPARE(checked, 1);
}

void TestDashboard::loadAboveCapacityIsShown_data()
{
    QTest::addColumn<double>("peakMultiplier");
    QTest::addColumn<QString>("note"); // empty: no note shown
    // DS6's 278-node evening over a 226.75 mean: above 1.2× capacity from 08:30 to 24:00.
    QTest::newRow("1.20: 15.5 h above") << 1.2 << "15.5 h a day above capacity (DS6 peak 1.226× the mean)";
    QTest::newRow("1.23: never above") << 1.23 << "";
}

void TestDashboard::loadAboveCapacityIsShown()
{
    QFETCH(double, peakMultiplier);
    QFETCH(QString, note);
    m_window->model()->setValue(*findParameter("peakMultiplier"), peakMultiplier);
    settle();
    auto *plot = find<QCustomPlot>(QStringLiteral("chart_loadProfile"));
    // Where the analyst looks: a chart out of view is brought up to date when scrolled to.
    m_window->findChild<QScrollArea *>(QStringLiteral("chartScroll"))->ensureWidgetVisible(plot);
    settle();
    QString shown;
    for (QCPItemText *label : plot->findChildren<QCPItemText *>())
        if (label->visible() && label->text().contains(QStringLiteral("above capacity")))
            shown = label->text();
    QCOMPARE(shown, note);
}

void TestDashboard::barsFollowTheScenarioOnScreen_data()
{
    QTest::addColumn<bool>("inViewDuringEdit");
    QTest::newRow("in view while the utilization changes") << true;
    QTest::newRow("out of view, then scrolled to") << false;
}

// A Qt Charts chart out of the dashboard's view skips the scenario's changes;
// on screen — in view, or scrolled to later — its bars are the scenario's.
void TestDashboard::barsFollowTheScenarioOnScreen()
{
    QFETCH(bool, inViewDuringEdit);
    auto *chart = find<BarChart>(QStringLiteral("chart_gpuMethods"));
    auto *scroll = find<QScrollArea>(QStringLiteral("chartScroll"));
    if (inViewDuringEdit)
        scroll->ensureWidgetVisible(chart);
    else
        scroll->ensureWidgetVisible(find<QWidget>(QStringLiteral("chart_waterfall")));
    settle();
    QCOMPARE(chart->viewport()->visibleRegion().isEmpty(), !inViewDuringEdit);
    m_window->model()->setValue(*findParameter("utilization"), 0.45);
    settle();
    scroll->ensureWidgetVisible(chart);
    settle();
    const std::vector<double> expected = chart->data().series.front().y; // the GPUs by method, bottom to top
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->chart()->series().constFirst());
    QVERIFY(series);
    const QBarSet *set = series->barSets().constFirst();
    QCOMPARE(std::size_t(set->count()), expected.size());
    for (int i = 0; i < set->count(); ++i) // whole GPUs, as their labels read
        QCOMPARE(set->at(i), std::round(expected[std::size_t(i)]));
}

void TestDashboard::peakMultiplierSaysWhyItMovesNoCost()
{
    // Elastic billing (the default) pays for average GPUs: the peak moves no cost, and the panel says so.
    auto *note = find<QLabel>(QStringLiteral("note_peakMultiplier"));
    const QString cost = figure(QStringLiteral("totalCostPerDay"));
    m_window->model()->setValue(*findParameter("peakMultiplier"), 1.5);
    settle();
    QCOMPARE(figure(QStringLiteral("totalCostPerDay")), cost);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("reserved")), qPrintable(note->text()));
    // Reserved billing pays for the peak: the cost moves and the note goes.
    m_window->model()->setValue(*findParameter("billing"), 1);
    settle();
    QVERIFY(!note->isVisible());
    QVERIFY(figure(QStringLiteral("totalCostPerDay")) != cost);
}

void TestDashboard::helpExplainsSourceTags_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("says");
    QTest::newRow("en") << "en"
                        << QStringList{"DS6", "GJ", "A2", "V3", "log-points", "percentage points", "Assumption"};
    QTest::newRow("zh_CN") << "zh_CN" << QStringList{"DS6", "GJ", "A2", "国金证券", "对数点", "百分点", "假设"};
}

void TestDashboard::helpExplainsSourceTags()
{
    QFETCH(QString, language);
    QFETCH(QStringList, says);
    Language::instance().set(language);
    QString text;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        text = box->text();
        box->accept();
    });
    find<QAction>(QStringLiteral("action_sourcesHelp"))->trigger();
    for (const QString &s : says)
        QVERIFY2(text.contains(s), qPrintable(s));
    Language::instance().set(QStringLiteral("en"));
}

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
