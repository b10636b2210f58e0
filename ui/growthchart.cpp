// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthchart.h"

#include "axisrange.h"
#include "chartstyle.h"
#include "growth.h"
#include "scenariomodel.h"

#include <cmath>

namespace cc::ui {

GrowthChart::GrowthChart(ScenarioModel *model, QWidget *parent)
    : PlotChart(model, QStringLiteral("chart_growth"), parent)
{
    setProperty("dependsOn", QStringList{QStringLiteral("growth"), QStringLiteral("demand"), QStringLiteral("capacity")}); // the registry groups behind this chart's sources
    auto makeBars = [this](const QColor &color) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setPen(Qt::NoPen);
        bars->setBrush(color);
        bars->setWidth(0.6);
        return bars;
    };
    m_data = makeBars(QColor(0x25, 0x63, 0xeb));
    m_params = makeBars(QColor(0x93, 0xc5, 0xfd));
    m_params->moveAbove(m_data);
    m_efficiency = makeBars(style::good);
    m_efficiency->moveAbove(m_params); // QCPBars stacks negatives apart from positives
    m_induced = makeBars(QColor(0xf5, 0x9e, 0x0b));
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
    const ScenarioModel *m = model();
    QVector<double> years, data, params, efficiency, induced, total, reference;
    double lo = 0, hi = 0;
    for (const GrowthYear &y : projectGrowth(m->inputs(), m->results())) {
        const int t = y.year - growthBaseYear;
        years << y.year;
        data << 100 * y.logData;
        params << 100 * y.logParams;
        efficiency << 100 * y.logEfficiency;
        induced << 100 * y.logInduced;
        total << 100 * y.logTotal();
        reference << 100 * t * std::log(1.3);
        auto negative = [](double v) { return 100 * std::min(0.0, v); };
        auto positive = [](double v) { return 100 * std::max(0.0, v); };
        lo = std::min({lo, negative(y.logEfficiency) + negative(y.logParams) + negative(y.logData) + negative(y.logInduced)});
        hi = std::max({hi, positive(y.logData) + positive(y.logParams) + positive(y.logInduced) + positive(y.logEfficiency),
                       total.last(), reference.last()});
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
    const double multiple = std::exp(total.last() / 100);
    m_total->setName(tr("total ×%1 by %2").arg(QString::number(multiple, 'f', 2)).arg(int(years.last())));
    return Redraw::All;
}

void GrowthChart::retranslate()
{
    setTitle(tr("Growth: params × efficiency × data × induced"));
    xAxis->setLabel(tr("Year"));
    yAxis->setLabel(tr("Growth since 2025 (log-points)"));
    m_data->setName(tr("data"));
    m_params->setName(tr("params"));
    m_efficiency->setName(tr("efficiency"));
    m_induced->setName(tr("induced demand"));
    m_reference->setName(tr("A2: >30 %/yr"));
}

} // namespace cc::ui
