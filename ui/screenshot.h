// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace cc::ui {

// Renders the whole dashboard at 1600 × 1000 on `presetId` to a PNG, with
// no user settings involved. Returns an error message, empty on success.
QString saveDashboardScreenshot(const QString &file, const QString &presetId,
                                const QList<QPair<QString, QString>> &sets = {});

} // namespace cc::ui
