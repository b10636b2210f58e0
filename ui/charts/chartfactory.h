// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/charts.h"

class QWidget;

namespace cc::ui {

class ScenarioModel;

// The view class that draws a chart of the table (core/chartdata/charts.h):
// the main window, presentation mode and batch export build charts only here.
QWidget *makeChart(chart::ChartId id, ScenarioModel *model);

} // namespace cc::ui
