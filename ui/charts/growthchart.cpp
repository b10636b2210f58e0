// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/growthchart.h"

#include "ui/charts/axisrange.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartdatasource.h"
#include "core/chartdata/dashboardcharts.h"
#include "ui/charts/plotvalues.h"
#include "core/chartdata/references.h"
#include "ui/document/scenariomodel.h"

#include <cmath>

namespace cc::ui {

GrowthChart::GrowthChart(ScenarioModel *model, QWidget *parent) : PlotChart(model, chart::ChartId::Growth, parent)
{
    m_data = addBars(QColor(0x25, 0x63, 0xeb));
    m_params = addBars(QColor(0x93, 0xc5, 0xfd));
    m_params->moveAbove(m_data);
    m_efficiency = addBars(style::good);
    m_efficiency->moveAbove(m_params);             // QCPBars stacks negatives apart from positives
    m_induced = addBars(QColor(0x7c, 0x3a, 0xed)); // apart from the 30 %/yr line's accent
    m_induced->moveAbove(m_efficiency);
    m_total = addGraph();
    m_total->setPen(QPen(Qt::black, 1.8));
    m_total->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, Qt::black, Qt::white, 6));
    m_reference = addGraph();
    m_reference->setPen(QPen(style::accent, 1.6, Qt::DashLine));
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(ticker);
    xAxis->setNumberFormat(QStringLiteral("f"));
    xAxis->setNumberPrecision(0);
    placeLegendBelow();
    start();
}

PlotChart::Redraw GrowthChart::refresh()
{
    using namespace chart::growth;
    const chart::ChartData d = data();
    // Log-points on screen: 100 × ln(growth), so 26 reads as ×1.30.
    const QVector<double> years = asIs(d.series[Data].x), data = percent(d.series[Data].y),
                          params = percent(d.series[Params].y), efficiency = percent(d.series[Efficiency].y),
                          induced = percent(d.series[Induced].y), total = percent(d.series[Total].y),
                          reference = percent(d.series[Reference].y);
    double lo = 0, hi = 0;
    for (qsizetype i = 0; i < years.size(); ++i) {
        // Stacked bars: the negatives add up below 0, the positives above.
        double below = 0, above = 0;
        for (double v : {data[i], params[i], efficiency[i], induced[i]})
            (v < 0 ? below : above) += v;
        lo = std::min(lo, below);
        hi = std::max({hi, above, total[i], reference[i]});
    }
    std::vector<double> shown(total.begin(), total.end());
    shown.insert(shown.end(), data.begin(), data.end());
    shown.insert(shown.end(), params.begin(), params.end());
    shown.insert(shown.end(), induced.begin(), induced.end());
    if (!m_drawn.changed(shown))
        return Redraw::None;
    m_data->setData(years, data, true);
    m_params->setData(years, params, true);
    m_efficiency->setData(years, efficiency, true);
    m_induced->setData(years, induced, true);
    m_total->setData(years, total, true);
    m_reference->setData(years, reference, true);
    xAxis->setRange(years.first() - 0.6, years.last() + 0.6);
    const auto [axisLo, axisHi] = stableRange({yAxis->range().lower, yAxis->range().upper}, lo, hi);
    yAxis->setRange(axisLo, axisHi);
    const double multiple = std::exp(d.series[Total].y.back());
    m_total->setName(tr("total ×%1 by %2").arg(QString::number(multiple, 'f', 2)).arg(int(years.last())));
    return Redraw::All;
}

void GrowthChart::retranslate()
{
    setTitle(chartText(info().title));
    xAxis->setLabel(tr("Year"));
    yAxis->setLabel(tr("Growth since 2025 (log-points)"));
    m_data->setName(tr("data"));
    m_params->setName(tr("params"));
    m_efficiency->setName(tr("efficiency"));
    m_induced->setName(tr("induced demand"));
    m_reference->setName(chartText(chart::reference(chart::ReferenceId::MarketGrowth).label));
}

} // namespace cc::ui
