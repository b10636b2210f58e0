// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/montecarloresults.h"

#include "core/io/qtext.h"
#include "ui/charts/chartdatasource.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/compactticker.h"
#include "ui/charts/plotvalues.h"
#include "ui/language.h"
#include "ui/numberformat.h"

#include <QGridLayout>
#include <QLabel>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace cc::ui {

namespace {

QCPTextElement *addTitle(QCustomPlot *plot)
{
    plot->plotLayout()->insertRow(0);
    auto *title = new QCPTextElement(plot, QString(), style::titleFont());
    plot->plotLayout()->addElement(0, 0, title);
    return title;
}

void setTitle(QCustomPlot *plot, const QString &text)
{
    static_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0))->setText(text);
}

} // namespace

MonteCarloResultsView::MonteCarloResultsView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel), m_histogram(new QCustomPlot), m_sensitivity(new QCustomPlot)
{
    m_summary->setObjectName(QStringLiteral("mc_summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sensitivity->setObjectName(QStringLiteral("chart_mcDrivers"));
    m_histogram->setObjectName(QStringLiteral("chart_mcHistogram"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_summary, 0, 0, 1, 6);
    grid->addWidget(m_histogram, 1, 0, 1, 4);
    grid->addWidget(m_sensitivity, 1, 4, 1, 2);
    grid->setRowStretch(1, 1);
    addTitle(m_histogram);
    useCompactTicks(m_histogram->xAxis);
    addTitle(m_sensitivity);
    // The histogram's CSV is the chart data it draws, in model units.
    provideChartData(m_histogram, [this] { return m_chart; });
}

namespace {

// The standard error beside the mean, to two significant digits and in the
// mean's unit: "± $11.1/day" beside "$94.8K/day" ("± 11.1" read as thousands),
// "± ¥0.42M/yr", "± 0.031 years". The figures' own formats would round a small
// error to nothing ("¥0.0M/yr").
QString standardErrorText(double se, OutputKind kind, const QLocale &locale)
{
    // Decimals for two significant digits of x.
    const auto decimals = [](double x) {
        return x > 0 ? std::min(6, std::max(0, 1 - int(std::floor(std::log10(x))))) : 0;
    };
    switch (kind) {
    case OutputKind::Ratio:
        return (se == 0            ? QStringLiteral("0")
                : se * 100 < 0.005 ? QStringLiteral("< 0.01")
                                   : QLocale(QLocale::English).toString(se * 100, 'f', decimals(se * 100))) +
               QStringLiteral(" pt");
    case OutputKind::UsdPerDay:
    case OutputKind::TokensPerSec: return formatFigure(se, kind, locale); // compact: three digits
    case OutputKind::CnyMillionsPerYear:
    case OutputKind::Years:
    case OutputKind::Multiplier:
    case OutputKind::UsdPerMillionTokens: return formatFigure(se, kind, locale, decimals(se));
    default: return compactNumber(se, locale); // counts: GPUs, users, DeepSeeks
    }
}

} // namespace

QString MonteCarloResultsView::summaryText() const
{
    return m_summary->text();
}

void MonteCarloResultsView::showMessage(const QString &text)
{
    m_summary->setText(text);
    // Empty charts, not the last run's frames: its histogram title and axis, and
    // a drivers axis still naming an input that was removed.
    m_histogram->clearPlottables();
    m_histogram->legend->setVisible(false); // with no entries it was an empty box in the corner
    m_histogram->xAxis->setLabel(QString());
    m_histogram->yAxis2->setVisible(false);
    setTitle(m_histogram, QString());
    m_sensitivity->clearPlottables();
    m_sensitivity->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    setTitle(m_sensitivity, QString());
    m_histogram->replot();
    m_sensitivity->replot();
}

void MonteCarloResultsView::showSummary(const MonteCarloResult &r, const chart::MonteCarloSummary &sum)
{
    const OutputInfo &out = *r.outputs[std::size_t(sum.output)];
    const OutputStatistics &s = sum.statistics;
    const QLocale locale = uiLocale();
    // Rich text (the output's name in bold): every number is escaped, or an
    // error "< 0.01 pt" opened a tag and the label showed nothing after "(±".
    auto f = [&](double v) { return formatFigure(v, out.kind, locale).toHtmlEscaped(); };
    // An output no sampled input moves has an error of rounding noise (the samples
    // are stored as floats, 7 digits): "± 0", not "± 0.000000".
    const double se = s.standardError > 1e-6 * std::abs(s.mean) ? s.standardError : 0;
    const QString error = standardErrorText(se, out.kind, locale);
    m_summary->setText(tr("<b>%1</b> over %2 samples: mean %3 (± %4), P5 %5, P50 %6, P95 %7; P(below 0) = %8%9")
                           .arg(trText(out.label).toHtmlEscaped())
                           .arg(QLocale(QLocale::English).toString(r.samples))
                           .arg(f(s.mean), error.toHtmlEscaped(), f(s.p5), f(s.p50), f(s.p95),
                                formatPercent(s.probabilityBelowZero).toHtmlEscaped(),
                                s.undefined ? tr("; undefined in %1 samples").arg(s.undefined) : QString()));
    drawHistogram(out, sum.chart);
    if (!sum.drivers.empty() || r.inputCount == 0)
        drawDrivers(sum.drivers);
}

void MonteCarloResultsView::drawHistogram(const OutputInfo &out, const chart::ChartData &c)
{
    m_chart = c;
    m_histogram->clearPlottables();
    if (c.series.size() < 2) {
        m_histogram->legend->setVisible(false);
        m_histogram->replot();
        return;
    }
    // Model units in, shown units out: ratios as percent.
    const double scale = c.x.unit == chart::Unit::Ratio ? 100 : 1;
    auto shown = [&](const std::vector<double> &v) { return scaled(v, scale); };
    const chart::Series &histogram = c.series[0], &cumulative = c.series[1];
    auto *bars = new QCPBars(m_histogram->xAxis, m_histogram->yAxis);
    bars->setData(shown(histogram.x), asIs(histogram.y), true);
    bars->setWidth(histogram.x.size() > 1 ? (histogram.x[1] - histogram.x[0]) * scale : 1);
    bars->setPen(Qt::NoPen);
    bars->setBrush(style::scenarioColor(0));
    bars->setName(chartText(histogram.label));
    m_histogram->yAxis2->setVisible(true);
    auto *cdf = new QCPGraph(m_histogram->xAxis, m_histogram->yAxis2);
    cdf->setData(shown(cumulative.x), asIs(cumulative.y), true);
    cdf->setPen(QPen(style::scenarioColor(1), 2));
    cdf->setName(chartText(cumulative.label));
    m_histogram->xAxis->setRange(c.x.min * scale, c.x.max * scale);
    m_histogram->yAxis->rescale();
    m_histogram->yAxis2->setRange(c.y2.min, c.y2.max);
    m_histogram->xAxis->setLabel(QStringLiteral("%1 (%2)").arg(trText(out.label), trText(outputUnit(out.kind))));
    m_histogram->yAxis->setLabel(chartText(c.y.label));
    m_histogram->yAxis2->setLabel(chartText(c.y2.label));
    m_histogram->legend->setVisible(true);
    // Top left: the cumulative curve starts low there and the tail is thin, the peak is elsewhere.
    m_histogram->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    setTitle(m_histogram, tr("Distribution of %1").arg(trText(out.label)));
    m_histogram->replot();
}

void MonteCarloResultsView::drawDrivers(const std::vector<Sensitivity> &rank)
{
    // What drives it: rank correlation of each uncertain input with the output.
    m_sensitivity->clearPlottables();
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    auto *corr = new QCPBars(m_sensitivity->yAxis, m_sensitivity->xAxis);
    corr->setPen(Qt::NoPen);
    corr->setBrush(style::scenarioColor(2));
    for (int i = 0; i < int(rank.size()); ++i) {
        const double key = double(rank.size()) - i;
        corr->addData(key, rank[std::size_t(i)].correlation);
        names->addTick(key, trText(rank[std::size_t(i)].input->label));
    }
    m_sensitivity->yAxis->setTicker(names);
    m_sensitivity->yAxis->setRange(0.3, double(rank.size()) + 0.7);
    m_sensitivity->xAxis->setRange(-1, 1);
    m_sensitivity->xAxis->setLabel(tr("rank correlation with the output"));
    setTitle(m_sensitivity, tr("What drives it"));
    m_sensitivity->replot();
}

} // namespace cc::ui
