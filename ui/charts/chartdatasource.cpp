// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartdatasource.h"

#include "core/io/qtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QWidget>

namespace cc::ui {

namespace {

struct Entry {
    ChartDataProvider provider;
    const chart::ChartInfo *info;
};

QHash<const QWidget *, Entry> &entries()
{
    static QHash<const QWidget *, Entry> table;
    return table;
}

} // namespace

void provideChartData(QWidget *chart, ChartDataProvider provider, const chart::ChartInfo *info)
{
    entries().insert(chart, {std::move(provider), info});
    QObject::connect(chart, &QObject::destroyed, [chart] { entries().remove(chart); });
}

std::optional<chart::ChartData> chartDataOf(const QWidget *chart)
{
    const auto it = entries().constFind(chart);
    if (it == entries().constEnd())
        return std::nullopt;
    return it->provider();
}

const chart::ChartInfo *chartInfoOf(const QWidget *chart)
{
    const auto it = entries().constFind(chart);
    return it == entries().constEnd() ? nullptr : it->info;
}

QString chartText(std::string_view english)
{
    return chartTrText(english);
}

} // namespace cc::ui
