// SPDX-License-Identifier: GPL-3.0-or-later
// The real executable against what a clumsy or hostile user, or a full disk,
// does to it: a message that names the real problem, and nothing lost.
#include "processrun.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

class TestRobustness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void specialTargetsAreRefused_data();
    void specialTargetsAreRefused();
    void fifoScenarioDoesNotHang();
    void truePathReasons_data();
    void truePathReasons();
    void everyOptionIsHonoured_data();
    void everyOptionIsHonoured();
    void clumsyCommandLines_data();
    void clumsyCommandLines();
    void machineOutputIgnoresTheLocale_data();
    void machineOutputIgnoresTheLocale();
    void lostStandardOutputFails_data();
    void lostStandardOutputFails();
    void filesKeepTheUsersMode_data();
    void filesKeepTheUsersMode();

private:
    using Run = ProcessRun;
    static Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {})
    {
        return runProcess(program, args, env);
    }
    static Run app(const QStringList &args) { return run(QStringLiteral(COMPUTECHAIN_EXE), args); }
    static QStringList expand(QStringList args, const QString &dir)
    {
        for (QString &a : args)
            a.replace(QStringLiteral("@DIR@"), dir);
        return args;
    }

    bool m_canUnshare = false;
    QByteArray m_scenario; // a valid scenario file's bytes
};

void TestRobustness::initTestCase()
{
    m_canUnshare = run(QStringLiteral("unshare"), {"-m", "true"}).exitCode == 0;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.json"));
    QCOMPARE(app({"--preset", "broker", "--save", path}).exitCode, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_scenario = f.readAll();
}

void TestRobustness::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("target"); // a file that existed before, in the full file system
    QTest::addColumn<QString>("fragment");
    QTest::newRow("--save keeps the old scenario")
        << QStringList{"--preset", "centre", "--set", "paidRate=0.5", "--save", "@DIR@/old.json"} << "old.json"
        << "old.json: cannot be written: the disk is full; the file there before is unchanged";
    QTest::newRow("--export-xlsx keeps the old workbook")
        << QStringList{"--preset", "broker", "--export-xlsx", "@DIR@/old.xlsx"} << "old.xlsx"
        << "the disk is full";
    QTest::newRow("--export-report keeps the old report")
        << QStringList{"--preset", "broker", "--export-report", "@DIR@/old.pdf"} << "old.pdf"
        << "the disk is full";
    QTest::newRow("--export-chart PDF keeps the old chart")
        << QStringList{"--export-chart", "waterfall=@DIR@/old.pdf"} << "old.pdf"
        << "the disk is full";
    QTest::newRow("--export-chart SVG keeps the old chart")
        << QStringList{"--export-chart", "waterfall=@DIR@/old.svg"} << "old.svg"
        << "the disk is full";
    QTest::newRow("--export-chart PNG keeps the old chart")
        << QStringList{"--export-chart", "marginHeatmap=@DIR@/old.png"} << "old.png"
        << "the disk is full";
    QTest::newRow("--screenshot keeps the old picture") << QStringList{"--screenshot", "@DIR@/old.png"} << "old.png"
                                                        << "the disk is full";
}

void TestRobustness::fullDiskKeepsTheOldFile()
{
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    QFETCH(QString, fragment);
    if (!m_canUnshare)
        QSKIP("needs 'unshare -m' (root) to mount a tiny tmpfs; CI runs as root");
    QTemporaryDir mountPoint, outside;
    const QString seed = outside.filePath(QStringLiteral("seed"));
    {
        QFile f(seed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_scenario); // any earlier content: the test is that it survives byte for byte
    }
    // In a private mount namespace: a 256 KB tmpfs holding the old file, then filled to the last byte.
    const QString script = QStringLiteral("D=$1; S=$2; T=$3; shift 3\n"
                                          "mount -t tmpfs -o size=256k tmpfs \"$D\" || exit 90\n"
                                          "cp \"$S\" \"$D/$T\" || exit 91\n"
                                          "dd if=/dev/zero of=\"$D/fill\" bs=4k 2>/dev/null\n"
                                          "\"$@\"; echo \"exit=$?\"\n"
                                          "cmp -s \"$S\" \"$D/$T\" && echo SAME || echo CHANGED\n"
                                          "ls -a \"$D\"\n");
    QStringList full{"-m", "sh", "-c", script, "sh", mountPoint.path(), seed, target, QStringLiteral(COMPUTECHAIN_EXE)};
    full += expand(args, mountPoint.path());
    const Run r = run(QStringLiteral("unshare"), full);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(!out.contains(QStringLiteral("exit=0")), qPrintable(out + r.err));
    QVERIFY2(out.contains(QStringLiteral("exit=1")), qPrintable(out + r.err));
    QVERIFY2(out.contains(QStringLiteral("SAME")), qPrintable(out + r.err));
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    // No temporary file left behind to fill the disk further.
    const QStringList left = out.section(QStringLiteral("SAME\n"), 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(left, QStringList({".", "..", "fill", target}));
}

void TestRobustness::specialTargetsAreRefused_data()
{
    QTest::addColumn<QString>("kind"); // what the target is
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("fragment");
    for (const QString &option : {QStringLiteral("--save"), QStringLiteral("--export-xlsx"),
                                  QStringLiteral("--export-report"), QStringLiteral("--screenshot")}) {
        QTest::newRow(qPrintable(option + QStringLiteral(" to a device node")))
            << "device" << option << "is a device, not a regular file";
        QTest::newRow(qPrintable(option + QStringLiteral(" to a FIFO")))
            << "fifo" << option << "is a FIFO (named pipe), not a regular file";
        QTest::newRow(qPrintable(option + QStringLiteral(" to a folder")))
            << "folder" << option << "is a folder, not a file";
    }
}

void TestRobustness::specialTargetsAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, option);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target"));
    const QByteArray native = QFile::encodeName(target);
    mode_t expected = 0;
    if (kind == QLatin1String("device")) {
        // Our own node with /dev/null's numbers: the real /dev/null is never put at risk.
        if (::mknod(native.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("mknod needs root; CI runs as root");
        expected = S_IFCHR;
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(native.constData(), 0666), 0);
        expected = S_IFIFO;
    } else {
        QVERIFY(QDir().mkdir(target));
        expected = S_IFDIR;
    }
    const Run r = app({option, target});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(target + QStringLiteral(": ") + fragment), qPrintable(r.err));
    struct stat st {};
    QCOMPARE(::stat(native.constData(), &st), 0);
    QCOMPARE(st.st_mode & S_IFMT, expected); // still what it was
}

void TestRobustness::fifoScenarioDoesNotHang()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0666), 0);
    const Run r = app({"--headless", "--scenario", fifo}); // no writer: opening it would block forever
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(fifo + QStringLiteral(": is a FIFO (named pipe), not a regular file")), qPrintable(r.err));
}

void TestRobustness::truePathReasons_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");
    const QString longName = QStringLiteral("/tmp/") + QString(4100, QLatin1Char('a')) + QStringLiteral(".json");
    QTest::newRow("4 KB scenario path") << QStringList{"--headless", "--scenario", longName} << "the path is too long";
    QTest::newRow("4 KB save path") << QStringList{"--save", longName} << "the path is too long";
    QTest::newRow("scenario in a missing folder") << QStringList{"--headless", "--scenario", "/nonexistent/x.json"}
                                                  << "/nonexistent/x.json: no such file or folder";
    QTest::newRow("save into a missing folder") << QStringList{"--save", "/nonexistent/x.json"}
                                                << "/nonexistent/x.json: the folder /nonexistent does not exist";
    QTest::newRow("save under a file") << QStringList{"--save", COMPUTECHAIN_EXE "/x.json"} << "is not a folder";
}

void TestRobustness::truePathReasons()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);
    const Run r = app(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
}

void TestRobustness::everyOptionIsHonoured_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("files"); // each must exist afterwards
    QTest::addColumn<QString>("printed");   // stdout must contain it ("" = nothing printed)
    QTest::newRow("--save beside --export-xlsx writes both")
        << QStringList{"--preset", "broker", "--save", "@DIR@/s.json", "--export-xlsx", "@DIR@/m.xlsx"}
        << QStringList{"s.json", "m.xlsx"} << "";
    QTest::newRow("--headless --json beside an export prints the results")
        << QStringList{"--preset", "broker", "--headless", "--json", "--export-xlsx", "@DIR@/m.xlsx"}
        << QStringList{"m.xlsx"} << "\"revenueMargin\": 0.22";
    QTest::newRow("--goal-seek beside an export answers")
        << QStringList{"--preset", "broker",   "--goal-seek",    "revenueMargin=0.2",
                       "--vary",   "paidRate", "--export-chart", "waterfall=@DIR@/w.svg"}
        << QStringList{"w.svg"} << "0.3875";
}

void TestRobustness::everyOptionIsHonoured()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, files);
    QFETCH(QString, printed);
    QTemporaryDir dir;
    const Run r = app(expand(args, dir.path()));
    QCOMPARE(r.exitCode, 0);
    for (const QString &f : files)
        QVERIFY2(QFileInfo(dir.filePath(f)).size() > 0, qPrintable(f));
    if (printed.isEmpty())
        QCOMPARE(r.out, QByteArray());
    else
        QVERIFY2(QString::fromUtf8(r.out).contains(printed), r.out.constData());
}

void TestRobustness::clumsyCommandLines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("--save ''") << QStringList{"--save", ""} << "--save needs FILE, not an empty string";
    QTest::newRow("--scenario ''") << QStringList{"--headless", "--scenario", ""} << "--scenario needs FILE";
    QTest::newRow("--export-xlsx ''") << QStringList{"--export-xlsx", ""} << "--export-xlsx needs FILE.xlsx";
    QTest::newRow("--export-chart with no file") << QStringList{"--export-chart", "waterfall="} << "expected ID=FILE";
    QTest::newRow("--preset twice") << QStringList{"--preset", "broker", "--preset", "centre"}
                                    << "--preset is given 2 times ('broker', 'centre'); give it once";
    QTest::newRow("--save twice") << QStringList{"--save", "a.json", "--save", "b.json"} << "--save is given 2 times";
    QTest::newRow("--scenario twice") << QStringList{"--headless", "--scenario", "a", "--scenario", "b"}
                                      << "--scenario is given 2 times";
    QTest::newRow("--set of one input twice")
        << QStringList{"--headless", "--set", "paidRate=0.1", "--set", "paidRate=0.4"}
        << "--set paidRate is given twice (0.1 and 0.4)";
    QTest::newRow("two charts into one file")
        << QStringList{"--export-chart", "waterfall=a.svg", "--export-chart", "marginHeatmap=a.svg"}
        << "a.svg is named for two charts";
    QTest::newRow("--json beside an export without --headless")
        << QStringList{"--json", "--export-xlsx", "m.xlsx"} << "add --headless";
    QTest::newRow("--present with an export")
        << QStringList{"--present", "--export-xlsx", "m.xlsx"} << "do not combine with exports";
    QTest::newRow("two answers at once") << QStringList{"--tornado",     "revenueMargin",  "--monte-carlo",
                                                        "revenueMargin", "--distribution", "paidRate=uniform(0.2,0.6)"}
                                         << "give one at a time";
    QTest::newRow("--distribution without --monte-carlo")
        << QStringList{"--distribution", "paidRate=uniform(0.2,0.6)"} << "go with --monte-carlo";
    QTest::newRow("distribution in percent")
        << QStringList{"--monte-carlo", "revenueMargin", "--distribution", "utilization=pert(50,77,90)"}
        << "lies outside utilization's valid range [0.001, 1] (ratios are fractions";
    QTest::newRow("uniform given three numbers")
        << QStringList{"--monte-carlo", "revenueMargin", "--distribution", "paidRate=uniform(0.3,0.6,1.0)"}
        << "uniform takes 2 numbers, not 3";
    QTest::newRow("PERT whose width overflows")
        << QStringList{"--monte-carlo", "annualProfit", "--distribution", "opexCnyMillionsPerYear=pert(-1e308,0,1e308)"}
        << "high − low is too large to represent";
    QTest::newRow("Monte Carlo with no distribution")
        << QStringList{"--monte-carlo", "revenueMargin"} << "needs at least one --distribution";
    QTest::newRow("too few samples") << QStringList{"--monte-carlo",  "revenueMargin",
                                                    "--samples",      "10",
                                                    "--distribution", "paidRate=uniform(0.2,0.6)"}
                                     << "--samples '10': a whole number from 1000";
}

void TestRobustness::clumsyCommandLines()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);
    const Run r = app(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    QCOMPARE(r.out, QByteArray()); // refused before anything was done
}

void TestRobustness::machineOutputIgnoresTheLocale_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");  // in stdout or stderr
    QTest::addColumn<QString>("forbidden"); // the decimal-comma spelling
    QTest::newRow("--goal-seek answer") << QStringList{"--preset",          "broker", "--goal-seek",
                                                       "revenueMargin=0.2", "--vary", "paidRate"}
                                        << 0 << "0.3875"
                                        << "0,3875";
    QTest::newRow("range in a refusal") << QStringList{"--headless", "--set", "paidRate=1.5"} << 1
                                        << "valid range [0.001, 1]"
                                        << "0,001";
    QTest::newRow("--list-parameters") << QStringList{"--list-parameters"} << 0 << "0.77"
                                       << "0,77";
    QTest::newRow("--json") << QStringList{"--headless", "--json"} << 0 << "\"revenueMargin\": 0.84"
                            << "0,84";
}

void TestRobustness::machineOutputIgnoresTheLocale()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QFETCH(QString, forbidden);
    if (run(QStringLiteral("sh"), {"-c", "locale -a | grep -qi '^de_DE.utf-\\?8$'"}).exitCode != 0)
        QFAIL("the de_DE.UTF-8 locale is missing: ./build.sh makes it (localedef)");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const Run r = run(QStringLiteral(COMPUTECHAIN_EXE), args, env);
    QCOMPARE(r.exitCode, exitCode);
    const QString all = QString::fromUtf8(r.out) + r.err;
    QVERIFY2(all.contains(expected), qPrintable(all.left(2000)));
    QVERIFY2(!all.contains(forbidden), qPrintable(all.left(2000)));
}

void TestRobustness::lostStandardOutputFails_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("stdout on a full disk (/dev/full)") << ">/dev/full"
                                                       << "the disk is full";
    QTest::newRow("stdout closed") << ">&-"
                                   << "could not be written to standard output";
}

void TestRobustness::lostStandardOutputFails()
{
    QFETCH(QString, redirect);
    QFETCH(QString, fragment);
    for (const QString &what : {QStringLiteral("--headless --json"), QStringLiteral("--list-parameters"),
                                QStringLiteral("--preset broker --tornado revenueMargin")}) {
        const Run r =
            run(QStringLiteral("sh"), {"-c", QStringLiteral("\"$0\" %1 %2").arg(what, redirect), COMPUTECHAIN_EXE});
        QVERIFY2(r.exitCode == 1, qPrintable(what + QStringLiteral(": exit %1, ").arg(r.exitCode) + r.err));
        QVERIFY2(r.err.contains(fragment), qPrintable(what + QStringLiteral(": ") + r.err));
    }
}

void TestRobustness::filesKeepTheUsersMode_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    QTest::newRow("scenario") << "--save"
                              << "s.json";
    QTest::newRow("workbook") << "--export-xlsx"
                              << "m.xlsx";
    QTest::newRow("report") << "--export-report"
                            << "r.pdf";
}

void TestRobustness::filesKeepTheUsersMode()
{
    QFETCH(QString, option);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    // A new file: 0666 less the umask, like every editor's.
    const Run created =
        run(QStringLiteral("sh"), {"-c", "umask 022; exec \"$@\"", "sh", COMPUTECHAIN_EXE, option, path});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(QFileInfo(path).permissions() & 0x7777, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                                         QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
    // An existing file keeps the mode its owner gave it.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    QCOMPARE(app({option, path}).exitCode, 0);
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 07777), 0640);
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "test_robustness.moc"
