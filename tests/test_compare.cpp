// SPDX-License-Identifier: GPL-3.0-or-later
// Side-by-side comparison: which cells differ from the base is exactly which
// inputs the presets change, and the outputs those inputs move; each shows its
// Δ against the base, and four scenarios fit a 1280-px window.
#include "ui/compare/comparetable.h"
#include "ui/compare/comparewindow.h"
#include "ui/document/document.h"
#include "ui/language.h"
#include "ui/parameters/librarypanel.h"
#include "core/model/model.h"
#include "ui/numberformat.h"
#include "core/model/outputs.h"
#include "core/io/qtext.h"
#include "core/model/registry.h"
#include "ui/document/scenariomodel.h"
#include "testutil.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace cc;
using namespace cc::ui;

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::instance().set(QStringLiteral("en"));
    }
    void differencesAgainstBase_data();
    void differencesAgainstBase();
    void deltaAgainstBase_data();
    void deltaAgainstBase();
    void fourScenariosFit1280WithoutScrolling_data();
    void fourScenariosFit1280WithoutScrolling();
    void onlyDifferencesHidesEqualRows();
    void libraryComparesTheTickedScenarios();
};

void TestCompare::differencesAgainstBase_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("brokerDiffers");
    QTest::addColumn<bool>("centreDiffers");
    // model.md: broker = deepseek with gpuShareOfTotalCost 0.5 and paidRate 0.4;
    // centre = deepseek with rentalCnyPerCardHour 12.
    QTest::newRow("paid rate") << "paidRate" << true << false;
    QTest::newRow("GPU share") << "gpuShareOfTotalCost" << true << false;
    QTest::newRow("rent") << "rentalCnyPerCardHour" << false << true;
    QTest::newRow("DAU") << "dauMillions" << false << false;
    QTest::newRow("revenue margin") << "revenueMargin" << true << false;
    QTest::newRow("GPUs") << "avgBusyGpus" << false << false;
    QTest::newRow("break-even occupancy") << "breakEvenOccupancy" << false << true;
    QTest::newRow("DAU to break even (becomes undefined)") << "dauToBreakEvenMillions" << false << true;
}

void TestCompare::differencesAgainstBase()
{
    QFETCH(QString, id);
    QFETCH(bool, brokerDiffers);
    QFETCH(bool, centreDiffers);
    CompareWindow window({scenarioFromPreset("deepseek"), scenarioFromPreset("broker"), scenarioFromPreset("centre")});
    CompareTable *t = window.table();
    QCOMPARE(t->columnCount(), 4);
    const int row = t->rowOf(id);
    QVERIFY2(row >= 0, qPrintable(id));
    QVERIFY(!t->differs(row, 1)); // the base never differs from itself
    QCOMPARE(t->differs(row, 2), brokerDiffers);
    QCOMPARE(t->differs(row, 3), centreDiffers);
    // With broker as the base, deepseek's paid rate is the one that differs.
    window.setBase(1);
    if (id == QLatin1String("paidRate")) {
        QVERIFY(t->differs(t->rowOf(id), 1));
        QVERIFY(!t->differs(t->rowOf(id), 2));
    }
}

namespace {

// deepseek (base), broker, centre and deepseek at twice the DAU: every kind of
// difference in one window, four scenarios as the analyst compares them.
QList<Scenario> fourScenarios()
{
    Scenario doubled = scenarioFromPreset("deepseek");
    doubled.name = QStringLiteral("DeepSeek at twice the daily active users, a long name");
    doubled.inputs.dauMillions *= 2;
    return {scenarioFromPreset("deepseek"), scenarioFromPreset("broker"), scenarioFromPreset("centre"), doubled};
}

// The difference as the analyst should read it, from the core results: the
// view may subtract two shown outputs and nothing more.
QString expectedOutputDelta(const QString &id, int column)
{
    const QList<Scenario> s = fourScenarios();
    for (const OutputInfo &o : outputs()) {
        if (toQString(o.id) != id)
            continue;
        const std::optional<double> v = o.get(evaluate(s[column - 1].inputs));
        const std::optional<double> base = o.get(evaluate(s[0].inputs));
        if (!v || !base || *v == *base)
            return {};
        const double d = *v - *base;
        const QString sign = d < 0 ? QStringLiteral("−") : QStringLiteral("+");
        if (o.kind == OutputKind::Ratio)
            return sign + QString::number(std::abs(d) * 100, 'f', 1) + QStringLiteral(" pt");
        return sign + formatFigure(std::abs(d), o.kind, QLocale(QLocale::English));
    }
    return QStringLiteral("no such output");
}

} // namespace

void TestCompare::deltaAgainstBase_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected"); // "core" = from the core results
    // Inputs in their row's units, ratios in percentage points (presets.cpp, registry.cpp).
    QTest::newRow("paid rate 100 % → 40 %") << "paidRate" << 2 << "−60.0 pt";
    QTest::newRow("GPU share → 50 %") << "gpuShareOfTotalCost" << 2 << "core-input";
    QTest::newRow("rent 14.40 → 12.00 CNY") << "rentalCnyPerCardHour" << 3 << "−2.40";
    QTest::newRow("DAU 25 → 50 M") << "dauMillions" << 4 << "+25.0";
    QTest::newRow("same input, no Δ") << "dauMillions" << 2 << "";
    QTest::newRow("base column, no Δ") << "paidRate" << 1 << "";
    // Outputs in their own units.
    QTest::newRow("revenue margin, broker") << "revenueMargin" << 2 << "core";
    QTest::newRow("break-even occupancy, centre") << "breakEvenOccupancy" << 3 << "core";
    QTest::newRow("GPUs at twice the DAU") << "avgBusyGpus" << 4 << "core";
    QTest::newRow("revenue at twice the DAU") << "revenuePerDay" << 4 << "core";
    QTest::newRow("undefined against defined: no Δ") << "dauToBreakEvenMillions" << 3 << "";
}

void TestCompare::deltaAgainstBase()
{
    QFETCH(QString, id);
    QFETCH(int, column);
    QFETCH(QString, expected);
    if (expected == QLatin1String("core"))
        expected = expectedOutputDelta(id, column);
    if (expected == QLatin1String("core-input")) {
        const ParamInfo &p = *findParameter(id.toStdString());
        const double d = valueOf(fourScenarios()[column - 1].inputs, p) - valueOf(fourScenarios()[0].inputs, p);
        expected = (d < 0 ? QStringLiteral("−") : QStringLiteral("+")) + QString::number(std::abs(d) * 100, 'f', 1) +
                   QStringLiteral(" pt");
    }
    CompareWindow window(fourScenarios());
    CompareTable *t = window.table();
    const int row = t->rowOf(id);
    QVERIFY2(row >= 0, qPrintable(id));
    QCOMPARE(t->delta(row, column), expected);
    // What the reader sees: the value, and the Δ on the line under it.
    const QString text = t->item(row, column)->text();
    if (expected.isEmpty())
        QVERIFY2(!text.contains(QStringLiteral("Δ")), qPrintable(text));
    else
        QVERIFY2(text.endsWith(QStringLiteral("\nΔ ") + expected), qPrintable(text));
}

void TestCompare::fourScenariosFit1280WithoutScrolling_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Chinese (Δ in 个百分点, 万/亿)") << "zh_CN";
}

void TestCompare::fourScenariosFit1280WithoutScrolling()
{
    QFETCH(QString, language);
    Language::instance().set(language);
    // Back to English for the other tests, however this one ends.
    const auto restore = qScopeGuard([] { Language::instance().set(QStringLiteral("en")); });
    CompareWindow window(fourScenarios());
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CompareTable *t = window.table();
    QCOMPARE(t->columnCount(), 5);
    QCOMPARE(t->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(t->horizontalHeader()->length() <= t->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(t->horizontalHeader()->length()).arg(t->viewport()->width())));
    // Elided names keep the marker that says which column the Δs are against.
    const QString marker = CompareTable::tr("%1 (base)").arg(QString());
    QVERIFY2(t->horizontalHeaderItem(1)->text().endsWith(marker), qPrintable(t->horizontalHeaderItem(1)->text()));
    window.setBase(2);
    QVERIFY2(t->horizontalHeaderItem(3)->text().endsWith(marker), qPrintable(t->horizontalHeaderItem(3)->text()));
    QCOMPARE(t->horizontalScrollBar()->maximum(), 0);
    // Nothing in a value column is clipped: every line of every cell fits.
    const QFontMetrics fm(t->font());
    for (int c = 1; c < t->columnCount(); ++c) {
        QVERIFY(!t->horizontalHeaderItem(c)->toolTip().isEmpty()); // the elided name, whole
        for (int r = 0; r < t->rowCount(); ++r) {
            if (t->columnSpan(r, 0) > 1 || !t->item(r, c))
                continue;
            for (const QString &line : t->item(r, c)->text().split(QLatin1Char('\n')))
                QVERIFY2(fm.horizontalAdvance(line) < t->columnWidth(c),
                         qPrintable(QStringLiteral("%1 in column %2").arg(line).arg(c)));
            if (!t->delta(r, c).isEmpty())
                QVERIFY2(t->rowHeight(r) >= 2 * fm.height(), qPrintable(t->item(r, c)->text()));
        }
    }
}

void TestCompare::onlyDifferencesHidesEqualRows()
{
    CompareWindow window({scenarioFromPreset("deepseek"), scenarioFromPreset("broker")});
    CompareTable *t = window.table();
    QVERIFY(t->rowOf(QStringLiteral("dauMillions")) >= 0);
    window.findChild<QCheckBox *>(QStringLiteral("compare_onlyDifferences"))->setChecked(true);
    QCOMPARE(t->rowOf(QStringLiteral("dauMillions")), -1);
    QVERIFY(t->rowOf(QStringLiteral("paidRate")) >= 0);
    QVERIFY(t->rowOf(QStringLiteral("revenueMargin")) >= 0);
}

void TestCompare::libraryComparesTheTickedScenarios()
{
    QWidget host;
    auto *model = new ScenarioModel(&host);
    auto *document = new Document(model, &host);
    LibraryPanel library(document);
    QSignalSpy messages(&library, &LibraryPanel::message);
    QVERIFY(!library.compare()); // only the working scenario is ticked
    QVERIFY(messages.last().first().toString().contains(QStringLiteral("2 to 4")));
    for (const char *id : {"broker", "centre", "deepseek", "broker"})
        library.addScenario(scenarioFromPreset(id));
    QVERIFY(!library.compare()); // five ticked
    library.setChecked(4, false);
    library.setChecked(3, false);
    model->setValue(*findParameter("paidRate"), 0.25);
    CompareWindow *window = library.compare();
    QVERIFY(window);
    // the working scenario as it is now, then the ticked ones in order
    QCOMPARE(library.checkedScenarios().first().inputs.paidRate, 0.25);
    QCOMPARE(window->table()->columnCount(), 4);
    window->close();
}

QTEST_MAIN(TestCompare)
#include "test_compare.moc"
