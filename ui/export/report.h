// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/export/chartexport.h"
#include "core/io/scenario.h"

#include <QList>
#include <QString>

class QWidget;

namespace cc::ui {

class ScenarioModel;

// The multi-page PDF an analyst sends round: a cover with the scenario's
// figures, the inputs with values, units and sources, then every chart, all
// as vector text and lines (selectable, sharp at any zoom), in the UI language.
// Returns an error message naming the file, empty on success.
// With 2–4 `compared` scenarios (a compare session), a page sets them side by side.
QString writeReport(const ScenarioModel &model, const QList<QWidget *> &charts, const QString &file,
                    const ExportContext &context, const QList<Scenario> &compared = {});

} // namespace cc::ui
