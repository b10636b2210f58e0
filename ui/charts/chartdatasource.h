// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"
#include "core/chartdata/charts.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace cc::ui {

// Where an exported chart's numbers come from: the core function that the
// chart itself draws, never the widget's series. Every exportable chart —
// the dashboard's and the analysis panels' — registers one here.
using ChartDataProvider = std::function<chart::ChartData()>;
void provideChartData(QWidget *chart, ChartDataProvider provider, const chart::ChartInfo *info = nullptr);
std::optional<chart::ChartData> chartDataOf(const QWidget *chart);
// The dashboard chart a widget shows; nullptr for an analysis panel's plot.
const chart::ChartInfo *chartInfoOf(const QWidget *chart);

// A chart-data text (core's English source string) in the UI language.
QString chartText(std::string_view english);

} // namespace cc::ui
