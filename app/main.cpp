// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/commandline.h"
#include "core/io/headlessrun.h"
#include "ui/language.h"
#include "ui/document/document.h"
#include "ui/mainwindow.h"
#include "ui/document/scenariomodel.h"
#include "ui/document/settings.h"
#include "ui/export/batch.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

namespace {

void setMetadata()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ComputeChain"));
    QCoreApplication::setApplicationName(QStringLiteral("ComputeChain"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
}

// bench/startup's hook: quits once the first frame is on screen.
class FirstPaintQuits : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};

// Noto Sans CJK covers Latin and Chinese with one face, so mixed labels
// (“GPU 租赁成本占总成本比例”) do not jump between fonts.
void useCjkCapableFont(QApplication &app)
{
    for (const QString &family : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC")})
        if (QFontDatabase::hasFamily(family)) {
            QFont f(family);
            f.setPointSizeF(9.5);
            app.setFont(f);
            return;
        }
}

} // namespace

int main(int argc, char *argv[])
{
    setMetadata();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    cc::CommandLine cl = cc::parseCommandLine(args);

    // Export flags write files and open no window, on a desktop as on a server.
    const bool batch = cl.error.isEmpty() && cc::wantsExports(cl);
    if (cc::wantsNoWindow(cl) && !batch) {
        QCoreApplication app(argc, argv);
        // --lang before any output: tables, labels and messages follow it. Without
        // it a script gets English, whatever the desktop's language.
        if (cl.lang == QLatin1String("en") || cl.lang == QLatin1String("zh_CN")) {
            cc::ui::Language::instance().set(cl.lang);
            cl = cc::parseCommandLine(args); // again: its help and messages in that language
        }
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cc::finishOutput(out, err, cc::runHeadless(cl, out, err));
    }

    if (batch && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    useCjkCapableFont(app);
    const cc::ui::Settings settings;
    const QString lang = !cl.lang.isEmpty() ? cl.lang : settings.language();
    cc::ui::Language::instance().set(lang);
    cl = cc::parseCommandLine(args); // again: its messages in the language now installed

    if (batch) {
        // Files first, then whatever else was asked for (--save, --json, --goal-seek …):
        // every option given is honoured, none silently dropped.
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int exported = cc::ui::runBatch(cl, err);
        const int headless = cl.headless ? cc::runHeadless(cl, out, err, true) : 0;
        return cc::finishOutput(out, err, exported ? exported : headless);
    }

    cc::ui::MainWindow window;
    const QString preset = cl.presetGiven ? cl.preset : settings.preset(cl.preset);
    window.document()->newFromPreset(preset); // the starting scenario is not an edit to undo
    // bench/startup: launch → first painted frame. The main window's first paint
    // event, then a zero timer, which fires once that whole frame is drawn.
    if (qEnvironmentVariableIsSet("COMPUTECHAIN_QUIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintQuits(&window));
    window.show();
    if (!cl.scenarioFile.isEmpty()) {
        if (!window.document()->openRecent(cl.scenarioFile))
            return 1;
    } else {
        window.offerRecovery();
    }
    // --set on whatever opened (a preset, a file, recovered work), as an edit the
    // analyst can undo; a value the model refuses stops here, named.
    if (const QString problem = window.model()->applySets(cl.sets); !problem.isEmpty()) {
        QTextStream(stderr) << "computechain: " << problem << "\n";
        return 1;
    }
    if (!cl.presentFolder.isEmpty())
        window.presentFolder(cl.presentFolder);
    else if (cl.present)
        window.present();
    return app.exec();
}
