// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/export/chartexport.h"

#include <QObject>

#include <functional>

class QWidget;

namespace cc::ui {

// The right-click menu every dashboard chart gets: export as PNG, SVG or PDF,
// copy as an image, save the data as CSV. `context` names the scenario at the
// moment of export. Messages go to `message` (the status bar).
class ExportMenu : public QObject {
    Q_OBJECT
public:
    ExportMenu(QWidget *chart, std::function<ExportContext()> context, QObject *parent);

signals:
    void message(const QString &text);

private:
    void show(const QPoint &at);
    void saveAs(const QString &suffix);

    QWidget *m_chart;
    std::function<ExportContext()> m_context;
};

} // namespace cc::ui
