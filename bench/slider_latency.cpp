// SPDX-License-Identifier: GPL-3.0-or-later
// How long a slider step takes to reach the screen: from the slider's value
// change until the dashboard (1600 × 1000, offscreen) has painted everything
// it will paint and the event loop is idle. Prints p50 / p99 / max per slider.
#include "ui/charts/chartgrid.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

#include <QDebug>
#include <QPaintEvent>
#include <cstdio>

namespace {

// Counts every paint in the application, to know when a step has finished drawing.
class PaintCounter : public QObject {
public:
    long paints = 0;
    bool trace = qEnvironmentVariableIsSet("SLIDER_TRACE");
    // SLIDER_PROFILE=1: the time from one widget's paint to the next, summed per widget.
    bool profile = qEnvironmentVariableIsSet("SLIDER_PROFILE");
    QElapsedTimer clock;
    QString last;
    std::map<QString, double> spent;
    void lap(const QString &next)
    {
        if (!last.isEmpty())
            spent[last] += clock.nsecsElapsed() / 1e6;
        clock.restart();
        last = next;
    }
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint) {
            ++paints;
            if (profile)
                lap(QLatin1String(o->metaObject()->className()) + QLatin1Char(' ') + o->objectName() +
                    (o->objectName().isEmpty() && o->parent() ? QStringLiteral(" in ") + o->parent()->objectName()
                                                              : QString()));
            if (trace) {
                QString chain; // the parents, to place an unnamed widget
                for (QObject *p = o->parent(); p && chain.size() < 200; p = p->parent())
                    chain +=
                        QStringLiteral(" < %1:%2").arg(QLatin1String(p->metaObject()->className()), p->objectName());
                std::fprintf(stderr, "paint %s %s %s%s\n", o->metaObject()->className(), qPrintable(o->objectName()),
                             qPrintable(QDebug::toString(static_cast<QPaintEvent *>(e)->rect())), qPrintable(chain));
            }
        }
        return false;
    }
};

// One slider step, timed until the event loop has nothing left to paint.
double timedStep(QApplication &app, PaintCounter &counter, QSlider *slider, int position)
{
    QElapsedTimer timer;
    timer.start();
    if (counter.profile)
        counter.lap(QStringLiteral("(idle)"));
    counter.clock.restart();
    counter.last = QStringLiteral("(model and refresh until the first paint)");
    slider->setValue(position);
    for (int guard = 0; guard < 50; ++guard) {
        const long before = counter.paints;
        QCoreApplication::sendPostedEvents();
        app.processEvents(QEventLoop::AllEvents);
        if (counter.paints == before && guard > 0)
            break;
    }
    if (counter.profile)
        counter.lap(QString());
    return timer.nsecsElapsed() / 1e6;
}

// Sweep back and forth over the slider, as a hand drags it.
int dragPosition(int step)
{
    const int phase = step % 200;
    return 100 + (phase < 100 ? phase : 200 - phase) * 8;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // slider_latency [--breakdown] [--steps N] [--slider ID]; SLIDER_TRACE=1 lists every widget painted
    bool breakdown = false;
    int steps = 500;
    QList<QByteArray> sliders{"paidRate", "utilization", "peakMultiplier"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--breakdown")
            breakdown = true;
        else if (a == "--steps" && i + 1 < argc)
            steps = std::atoi(argv[++i]);
        else if (a == "--slider" && i + 1 < argc)
            sliders = {QByteArray(argv[++i])};
    }
    cc::ui::Language::instance().set(QStringLiteral("en"));
    cc::ui::MainWindow window(false);
    window.resize(1600, 1000);
    window.show();
    PaintCounter counter;
    app.installEventFilter(&counter);
    for (int i = 0; i < 5; ++i)
        app.processEvents();

    if (breakdown) {
        // Where the time goes: each chart alone (the others hidden), first slider asked for.
        auto *slider = window.findChild<QSlider *>(QStringLiteral("slider_") + QLatin1String(sliders.first()));
        if (!slider)
            return 2;
        const QList<QWidget *> charts = window.charts()->charts();
        std::printf("%-24s %9s\n", "visible chart", "p50 ms");
        for (int only = -1; only < charts.size(); ++only) {
            for (int i = 0; i < charts.size(); ++i)
                charts[i]->setVisible(only < 0 ? false : i == only);
            std::vector<double> ms;
            for (int s = 0; s < 200; ++s)
                ms.push_back(timedStep(app, counter, slider, dragPosition(s)));
            std::printf("%-24s %9.2f\n", only < 0 ? "(none)" : qPrintable(charts[only]->objectName()),
                        percentile(ms, 0.5));
        }
        return 0;
    }
    std::printf("slider_latency: %d steps per slider, window %dx%d, %lld charts\n", steps, window.width(),
                window.height(), static_cast<long long>(window.charts()->charts().size()));
    std::printf("%-16s %9s %9s %9s %12s\n", "slider", "p50 ms", "p99 ms", "max ms", "paints/step");
    counter.spent.clear();
    std::vector<double> all;
    for (const QByteArray &name : sliders) {
        const char *id = name.constData();
        auto *slider = window.findChild<QSlider *>(QStringLiteral("slider_") + QLatin1String(id));
        if (!slider) {
            std::fprintf(stderr, "slider_latency: no slider '%s'\n", id);
            return 2;
        }
        std::vector<double> ms;
        ms.reserve(steps);
        const long paintsBefore = counter.paints;
        for (int s = 0; s < steps; ++s)
            ms.push_back(timedStep(app, counter, slider, dragPosition(s)));
        const double paintsPerStep = double(counter.paints - paintsBefore) / steps;
        std::printf("%-16s %9.2f %9.2f %9.2f %12.1f\n", id, percentile(ms, 0.5), percentile(ms, 0.99),
                    *std::max_element(ms.begin(), ms.end()), paintsPerStep);
        all.insert(all.end(), ms.begin(), ms.end());
    }
    std::printf("%-16s %9.2f %9.2f %9.2f\n", "all", percentile(all, 0.5), percentile(all, 0.99),
                *std::max_element(all.begin(), all.end()));
    if (counter.profile) {
        std::vector<std::pair<double, QString>> byTime;
        for (const auto &[name, ms] : counter.spent)
            byTime.emplace_back(ms / double(all.size()), name);
        std::sort(byTime.rbegin(), byTime.rend());
        std::printf("\nms per step, from each paint to the next (the last one's includes the flush):\n");
        for (const auto &[ms, name] : byTime)
            if (ms >= 0.01)
                std::printf("%8.3f  %s\n", ms, qPrintable(name));
    }
    return 0;
}
