// SPDX-License-Identifier: GPL-3.0-or-later
// Launch → first painted frame of the dashboard: starts the app N times
// (offscreen, a fresh HOME so no settings or recovery file differ between
// launches), each told by COMPUTECHAIN_QUIT_AFTER_FIRST_PAINT to print
// "first-paint" once its main window's first frame is drawn and to quit. The
// time runs from just before the process is started (so exec, dynamic linking
// and Qt's start-up count) to that line. Prints each launch and the median.
//
//   startup [--runs N] [--max-ms MS] [APP]      exits 1 if the median exceeds MS
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 7;
    double maxMs = 0;
    QString exe = QStringLiteral(COMPUTECHAIN_EXE);
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--max-ms") && i + 1 < args.size())
            maxMs = args[++i].toDouble();
        else
            exe = args[i];
    }
    std::vector<double> ms;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the page cache and is not counted
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("COMPUTECHAIN_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(exe, {QStringLiteral("--lang"), QStringLiteral("en")});
        double elapsed = -1;
        while (process.waitForReadyRead(30000) || process.state() != QProcess::NotRunning) {
            if (process.canReadLine() && process.readLine().startsWith("first-paint")) {
                elapsed = timer.nsecsElapsed() / 1e6;
                break;
            }
            if (process.state() == QProcess::NotRunning)
                break;
        }
        process.waitForFinished(30000);
        if (elapsed < 0) {
            std::fprintf(stderr, "startup: %s never painted (exit %d): %s\n", qPrintable(exe), process.exitCode(),
                         process.readAllStandardError().constData());
            return 2;
        }
        if (run > 0) {
            ms.push_back(elapsed);
            std::printf("launch %d: %.1f ms\n", run, elapsed);
        }
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    std::printf("startup_median_ms %.1f (of %d launches, launch → first painted frame, offscreen)\n", median, runs);
    return maxMs > 0 && median > maxMs ? 1 : 0;
}
