// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/tornadopanel.h"

#include "core/chartdata/analysischarts.h"
#include "ui/charts/chartdatasource.h"
#include "ui/charts/plotvalues.h"

#include "ui/charts/chartstyle.h"
#include "ui/charts/compactticker.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "ui/analysis/outputcombo.h"
#include "core/io/qtext.h"
#include "ui/document/scenariomodel.h"
#include "core/analysis/sweep.h"
#include "core/analysis/tornado.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace cc::ui {

namespace {

constexpr int shownBars = 12;
constexpr int maxSpiderLines = 6;

// Two spider lines the eye cannot tell apart: every point within the tolerance
// (a fraction of the plotted range), or undefined in both.
bool coincide(const QVector<double> &a, const QVector<double> &b, double tolerance)
{
    for (qsizetype k = 0; k < a.size(); ++k) {
        const bool finiteA = std::isfinite(a[k]), finiteB = std::isfinite(b[k]);
        if (finiteA != finiteB || (finiteA && std::abs(a[k] - b[k]) > tolerance))
            return false;
    }
    return true;
}

} // namespace

TornadoPanel::TornadoPanel(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_output(new RegistryCombo(output(&Results::revenueMargin))),
      m_mode(new QComboBox), m_fraction(new QDoubleSpinBox), m_spider(new QCheckBox), m_leversOnly(new QCheckBox),
      m_plot(new QCustomPlot)
{
    setObjectName(QStringLiteral("tornadoPanel"));
    m_output->setObjectName(QStringLiteral("tornado_output"));
    m_plot->setObjectName(QStringLiteral("chart_tornado"));
    provideChartData(m_plot, [this] { return m_data; });
    m_mode->addItems({tr("± a share of each value"), tr("across each slider's range")});
    m_fraction->setRange(1, 90);
    m_fraction->setValue(20);
    m_fraction->setSuffix(QStringLiteral(" %"));
    m_fraction->setDecimals(0);
    m_spider->setText(tr("Spider chart"));
    m_spider->setObjectName(QStringLiteral("tornado_spider"));
    m_leversOnly->setText(tr("Levers only"));
    m_leversOnly->setToolTip(tr("Leave out GPUs per node, card peak, active parameters and the utilization behind "
                                "DS6's throughput: facts of the hardware and the calibration, not choices"));
    m_leversOnly->setObjectName(QStringLiteral("tornado_leversOnly"));
    m_leversOnly->setChecked(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Output:")));
    bar->addWidget(m_output);
    bar->addWidget(new QLabel(tr("Swing:")));
    bar->addWidget(m_mode);
    bar->addWidget(m_fraction);
    bar->addWidget(m_spider);
    bar->addWidget(m_leversOnly);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, QString(), style::titleFont()));
    m_plot->legend->setFont(style::tickFont());

    connect(m_output, &QComboBox::currentIndexChanged, this, &TornadoPanel::refresh);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TornadoPanel::refresh);
    connect(m_fraction, &QDoubleSpinBox::valueChanged, this, &TornadoPanel::refresh);
    connect(m_spider, &QCheckBox::toggled, this, &TornadoPanel::refresh);
    connect(m_leversOnly, &QCheckBox::toggled, this, &TornadoPanel::refresh);
    connect(model, &ScenarioModel::resultsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

void TornadoPanel::refresh()
{
    const OutputInfo &output = *m_output->output();
    const SwingMode mode = m_mode->currentIndex() == 0 ? SwingMode::Fraction : SwingMode::SliderRange;
    m_fraction->setEnabled(mode == SwingMode::Fraction);
    const double fraction = m_fraction->value() / 100;
    const Inputs &base = m_model->inputs();
    std::vector<TornadoBar> bars = tornado(base, output, mode, fraction);
    if (m_leversOnly->isChecked())
        std::erase_if(bars, [](const TornadoBar &b) { return structural(*b.input); });
    const double scale = displayScale(output.kind);
    const std::optional<double> baseValue = output.get(m_model->results());

    m_plot->clearPlottables();
    m_plot->clearItems();
    m_shown.clear();
    auto *title = static_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0));
    const QString unit = trText(outputUnit(output.kind));
    QSharedPointer<QCPAxisTickerText> labels(new QCPAxisTickerText);
    if (!m_spider->isChecked()) {
        title->setText(tr("Tornado: %1 at %2")
                           .arg(trText(output.label),
                                baseValue ? formatFigure(*baseValue, output.kind, uiLocale()) : QStringLiteral("—")));
        const int n = std::min<int>(shownBars, int(bars.size()));
        m_data = chart::tornadoData(std::span(bars).first(std::size_t(n)), output, baseValue);
        auto *low = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        auto *high = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        low->setName(tr("input at its low end"));
        high->setName(tr("input at its high end"));
        low->setBrush(style::scenarioColor(0));
        high->setBrush(style::scenarioColor(1));
        for (QCPBars *b : {low, high}) {
            b->setPen(Qt::NoPen);
            b->setWidth(0.7);
            b->setBaseValue(baseValue.value_or(0) * scale);
        }
        // QCPBars draw from their base value to base + value: values are offsets from the scenario.
        const double centre = baseValue.value_or(0) * scale;
        double lowest = centre, highest = centre;
        auto inputText = [](const ParamInfo &p, double v) {
            if (p.isChoice() || p.ratio)
                return formatInputShort(p, v);
            return std::abs(v) >= 1e4    ? compactNumber(v, uiLocale())
                   : std::abs(v) >= 1000 ? QLocale(QLocale::English).toString(v, 'f', 0)
                                         : QString::number(v, 'g', 4);
        };
        for (int i = 0; i < n; ++i) {
            const TornadoBar &b = bars[i];
            const double key = n - i; // largest on top
            low->addData(key, b.lowOutput * scale - centre);
            high->addData(key, b.highOutput * scale - centre);
            lowest = std::min({lowest, b.lowOutput * scale, b.highOutput * scale});
            highest = std::max({highest, b.lowOutput * scale, b.highOutput * scale});
            labels->addTick(key, QStringLiteral("%1  %2 → %3")
                                     .arg(trText(b.input->label), inputText(*b.input, b.lowInput),
                                          inputText(*b.input, b.highInput)));
            m_shown << toQString(b.input->id);
        }
        const double pad = 0.05 * std::max(highest - lowest, 1e-9);
        m_plot->xAxis->setRange(lowest - pad, highest + pad);
        useCompactTicks(m_plot->xAxis);
        m_plot->yAxis->setTicker(labels);
        m_plot->yAxis->setRange(0.3, n + 0.7);
        m_plot->xAxis->setLabel(QStringLiteral("%1 (%2)").arg(trText(output.label), unit));
        m_plot->yAxis->setLabel(QString());
    } else {
        title->setText(tr("Spider: %1 as each input moves").arg(trText(output.label)));
        const std::vector<SpiderLine> spiderLines = spider(base, output, bars, maxSpiderLines, fraction);
        const int n = int(spiderLines.size());
        m_data = chart::spiderData(spiderLines, output);
        const QVector<double> x = percent(spiderLines.empty() ? std::vector<double>{} : spiderLines.front().change);
        std::vector<QVector<double>> lines;
        double lo = INFINITY, hi = -INFINITY;
        for (const SpiderLine &line : spiderLines) {
            lines.push_back(scaled(line.output, scale));
            for (double o : lines.back())
                if (std::isfinite(o))
                    lo = std::min(lo, o), hi = std::max(hi, o);
        }
        // Inputs that move the output alike draw the very same curve (the
        // broker's revenue margin along GPU utilization, GPU share of cost and
        // paid rate), and the last one drawn hid the others. Each line of such a group is dashed in its own
        // phase, so every colour shows in turn, and the legend says which coincide.
        const double tolerance = 0.002 * std::max(hi - lo, 1e-12);
        std::vector<int> groupOf(std::size_t(n), -1);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < i && groupOf[i] < 0; ++j)
                if (coincide(lines[i], lines[j], tolerance))
                    groupOf[i] = groupOf[j] < 0 ? j : groupOf[j];
        for (int i = 0; i < n; ++i) {
            const ParamInfo &p = *bars[i].input;
            const int first = groupOf[i] < 0 ? i : groupOf[i];
            const int size = int(std::count(groupOf.begin(), groupOf.end(), first)) + 1;
            const int place = i == first ? 0 : int(std::count(groupOf.begin(), groupOf.begin() + i, first)) + 1;
            QCPGraph *g = m_plot->addGraph();
            QString name = trText(p.label);
            if (i != first)
                name = tr("%1 (same line as %2)").arg(name, trText(bars[first].input->label));
            g->setName(name);
            QPen pen(QColor::fromHsv((i * 360 / n + 200) % 360, 180, 200), 2);
            if (size > 1) {
                // In pen widths: a 4-unit dash, then room for the group's other members.
                pen.setDashPattern({4, 4.0 * (size - 1)});
                pen.setDashOffset(4.0 * place);
            }
            g->setPen(pen);
            // A shape of its own at each step: where lines overlap over only part
            // of the range (price realization clamped at 100 % is flat on one
            // side and traces the others on the other), the shapes still tell
            // them apart, and the legend shows which is which.
            static const QCPScatterStyle::ScatterShape shapes[] = {
                QCPScatterStyle::ssCircle,  QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
                QCPScatterStyle::ssDiamond, QCPScatterStyle::ssCross,  QCPScatterStyle::ssTriangleInverted};
            g->setScatterStyle(QCPScatterStyle(shapes[i % std::size(shapes)], pen.color(), 7));
            g->setData(x, lines[std::size_t(i)], true);
            m_shown << toQString(p.id);
        }
        useCompactTicks(m_plot->yAxis);
        m_plot->xAxis->setLabel(tr("Change in the input (%)"));
        m_plot->yAxis->setLabel(QStringLiteral("%1 (%2)").arg(trText(output.label), unit));
        m_plot->rescaleAxes();
    }
    m_plot->legend->setVisible(true);
    // Bottom right: the bars are sorted largest first, the top one was under the legend.
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace cc::ui
