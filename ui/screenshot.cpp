// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "mainwindow.h"
#include "registry.h"
#include "scenariomodel.h"
#include "validation.h"

#include <QApplication>
#include <QPixmap>

namespace cc::ui {

QString saveDashboardScreenshot(const QString &file, const QString &presetId, const QList<QPair<QString, QString>> &sets)
{
    MainWindow window(false);
    window.model()->applyPreset(presetId);
    for (const auto &[id, text] : sets) {
        const ParsedValue parsed = parseValue(id.toStdString(), text.toStdString());
        if (parsed.error)
            return QString::fromStdString(parsed.error->message());
        window.model()->setValue(*findParameter(id.toStdString()), parsed.value);
    }
    window.resize(1600, 1000);
    window.show();
    // Two rounds: layout settles, then the queued replots run.
    for (int i = 0; i < 2; ++i) {
        QApplication::processEvents();
        QApplication::sendPostedEvents();
    }
    if (!window.grab().save(file, "PNG"))
        return QStringLiteral("cannot write '%1'").arg(file);
    return {};
}

} // namespace cc::ui
