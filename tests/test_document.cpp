// SPDX-License-Identifier: GPL-3.0-or-later
// The working scenario as a document: opening bad files loses nothing, the
// unsaved mark follows the undo stack, and a crashed session's work comes back.
#include "ui/document/autosave.h"
#include "ui/document/document.h"
#include "core/model/registry.h"
#include "ui/document/scenariomodel.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QWidget>

using namespace cc;
using namespace cc::ui;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(SCENARIO_DATA_DIR "/") + name;
}

struct Session {
    QWidget window;
    ScenarioModel *model = new ScenarioModel(&window);
    Document *document = new Document(model, &window);
};

} // namespace

class TestDocument : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void openingABadFileLosesNothing_data();
    void openingABadFileLosesNothing();
    void unsavedMarkFollowsTheUndoStack();
    void openNamesTheWindowAfterTheFile();
    void crashedSessionIsRecovered();
    void cleanExitLeavesNothingToRecover();
    void runningInstanceIsNotRecovered();
    void saveOverAnotherWritersFileAsks_data();
    void saveOverAnotherWritersFileAsks();
};

void TestDocument::openingABadFileLosesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("truncated") << "truncated.json";
    QTest::newRow("NaN") << "nan.json";
    QTest::newRow("future version") << "future-major.json";
    QTest::newRow("missing") << "missing.json";
}

void TestDocument::openingABadFileLosesNothing()
{
    QFETCH(QString, file);
    Session s;
    s.model->setValue(*findParameter("paidRate"), 0.33);
    const Inputs before = s.model->inputs();
    const int undoSteps = s.model->undoStack()->count();
    const QString error = s.document->openFile(data(file));
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY(s.model->inputs() == before);
    QCOMPARE(s.model->undoStack()->count(), undoSteps); // the edit can still be undone
    QVERIFY(s.document->isModified());
    QVERIFY(s.document->path().isEmpty());
}

void TestDocument::unsavedMarkFollowsTheUndoStack()
{
    QTemporaryDir dir;
    Session s;
    s.document->newFromPreset(QStringLiteral("broker"));
    QVERIFY(!s.document->isModified());
    s.model->setValue(*findParameter("paidRate"), 0.5);
    QVERIFY(s.document->isModified());
    const QString path = dir.filePath(QStringLiteral("paid 50.json"));
    QCOMPARE(s.document->saveFile(path), QString());
    QVERIFY(!s.document->isModified());
    s.model->undoStack()->undo();
    QVERIFY(s.document->isModified()); // back at 0.4: not what is on disk
    s.model->undoStack()->redo();
    QVERIFY(!s.document->isModified());
}

void TestDocument::openNamesTheWindowAfterTheFile()
{
    Session s;
    QStringList warnings;
    QSignalSpy titles(s.document, &Document::titleChanged);
    QCOMPARE(s.document->openFile(data(QStringLiteral("broker.json")), &warnings), QString());
    QVERIFY(warnings.isEmpty());
    QCOMPARE(s.model->inputs().paidRate, 0.4);
    QCOMPARE(s.model->presetId(), QStringLiteral("broker"));
    QVERIFY(!titles.isEmpty());
    QCOMPARE(titles.last().first().toString(), QStringLiteral("broker[*] — ComputeChain"));
    QVERIFY(s.document->recentFiles().first().endsWith(QStringLiteral("broker.json")));
}

void TestDocument::crashedSessionIsRecovered()
{
    QTemporaryDir dir;
    const auto nobodyIsAlive = [](qint64) { return false; };
    {
        Session crashed;
        Autosave autosave(crashed.document, dir.path(), 60000, nobodyIsAlive);
        crashed.model->setValue(*findParameter("paidRate"), 0.3);
        autosave.saveNow();
        // no finish(): the process "dies" here
    }
    Session next;
    Autosave autosave(next.document, dir.path(), 60000, nobodyIsAlive);
    QVERIFY(!autosave.recoveryFile().isEmpty());
    QCOMPARE(next.document->restore(autosave.recoveryFile()), QString());
    QCOMPARE(next.model->inputs().paidRate, 0.3);
    QVERIFY(next.document->isModified()); // recovered work is unsaved work
    QVERIFY(next.document->path().isEmpty());
    next.model->undoStack()->undo(); // and the restore itself can be undone
    QCOMPARE(next.model->inputs().paidRate, 1.0);
}

void TestDocument::cleanExitLeavesNothingToRecover()
{
    QTemporaryDir dir;
    const auto nobodyIsAlive = [](qint64) { return false; };
    {
        Session closed;
        Autosave autosave(closed.document, dir.path(), 60000, nobodyIsAlive);
        closed.model->setValue(*findParameter("paidRate"), 0.3);
        autosave.saveNow();
        autosave.finish();
    }
    Session next;
    Autosave autosave(next.document, dir.path(), 60000, nobodyIsAlive);
    QVERIFY(autosave.recoveryFile().isEmpty());
}

void TestDocument::runningInstanceIsNotRecovered()
{
    QTemporaryDir dir;
    Session first;
    Autosave running(first.document, dir.path(), 60000, [](qint64) { return true; });
    first.model->setValue(*findParameter("paidRate"), 0.3);
    running.saveNow();
    Session second;
    Autosave other(second.document, dir.path(), 60000, [](qint64) { return true; });
    QVERIFY(other.recoveryFile().isEmpty());
    QVERIFY(QFile::exists(running.autosaveFile()));
}

void TestDocument::saveOverAnotherWritersFileAsks_data()
{
    QTest::addColumn<QString>("answer"); // the button the user clicks
    QTest::addColumn<bool>("overwritten");
    QTest::newRow("Cancel keeps the other writer's file") << "Cancel" << false;
    QTest::newRow("Overwrite replaces it") << "Overwrite" << true;
}

void TestDocument::saveOverAnotherWritersFileAsks()
{
    QFETCH(QString, answer);
    QFETCH(bool, overwritten);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.json"));
    Session mine;
    QCOMPARE(mine.document->saveFile(path), QString());
    QVERIFY(!mine.document->changedOnDisk());
    // A second process (a colleague's copy of the app) saves the same file.
    Session theirs;
    QCOMPARE(theirs.document->openFile(path), QString());
    theirs.model->setValue(*findParameter("paidRate"), 0.25);
    QCOMPARE(theirs.document->saveFile(path), QString());
    QVERIFY(mine.document->changedOnDisk());

    mine.model->setValue(*findParameter("paidRate"), 0.75);
    bool asked = false;
    QTimer::singleShot(0, [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w);
                box && box->objectName() == QLatin1String("changedOnDiskBox")) {
                asked = true;
                for (QAbstractButton *b : box->buttons())
                    if (b->text().remove(QLatin1Char('&')) == answer)
                        b->click();
            }
    });
    QCOMPARE(mine.document->save(), overwritten);
    QVERIFY(asked);
    Session reader;
    QCOMPARE(reader.document->openFile(path), QString());
    QCOMPARE(reader.model->inputs().paidRate, overwritten ? 0.75 : 0.25);
}

QTEST_MAIN(TestDocument)
#include "test_document.moc"
