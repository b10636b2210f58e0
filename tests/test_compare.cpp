// SPDX-License-Identifier: GPL-3.0-or-later
// Side-by-side comparison: which cells differ from the base is exactly which
// inputs the presets change, and the outputs those inputs move.
#include "comparetable.h"
#include "comparewindow.h"
#include "document.h"
#include "language.h"
#include "librarypanel.h"
#include "registry.h"
#include "scenariomodel.h"
#include "testutil.h"

#include <QCheckBox>
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
