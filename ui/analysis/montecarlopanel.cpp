// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/montecarlopanel.h"

#include "ui/charts/chartstyle.h"
#include "ui/charts/compactticker.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "ui/analysis/outputcombo.h"
#include "core/io/qtext.h"
#include "ui/document/scenariomodel.h"

#include <QComboBox>
#include <QEvent>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <qcustomplot.h>

#include <cmath>
#include <utility>

namespace cc::ui {

namespace {

// The distribution's name as a reader writes it ("PERT", not the file format's "pert").
QString kindName(Distribution::Kind k)
{
    switch (k) {
    case Distribution::Kind::Uniform: return MonteCarloPanel::tr("Uniform");
    case Distribution::Kind::Triangular: return MonteCarloPanel::tr("Triangular");
    case Distribution::Kind::Pert: return MonteCarloPanel::tr("PERT");
    case Distribution::Kind::Normal: return MonteCarloPanel::tr("Normal");
    case Distribution::Kind::Lognormal: return MonteCarloPanel::tr("Lognormal");
    }
    return {};
}

constexpr int bins = 60;
const Distribution::Kind kinds[] = {Distribution::Kind::Triangular, Distribution::Kind::Pert,
                                    Distribution::Kind::Uniform, Distribution::Kind::Normal,
                                    Distribution::Kind::Lognormal};

// Which Distribution field (0 a, 1 b, 2 c) each table column edits: "low / mean /
// median", "mode / sd", "high". A uniform's high is its second parameter but sits
// in the "high" column like a triangle's; -1 leaves the column unused.
int fieldOf(Distribution::Kind kind, int column)
{
    switch (kind) {
    case Distribution::Kind::Uniform: return column == 0 ? 0 : column == 2 ? 1 : -1;
    case Distribution::Kind::Triangular:
    case Distribution::Kind::Pert: return column;
    case Distribution::Kind::Normal:
    case Distribution::Kind::Lognormal: return column < 2 ? column : -1;
    }
    return -1;
}

// Ratios are shown and typed in percent, as everywhere else in the app; a
// lognormal's spread is the sd of ln x, which has no unit.
bool inPercent(const ParamInfo &p, Distribution::Kind kind, int column)
{
    return p.ratio && !(kind == Distribution::Kind::Lognormal && column == 1);
}

// A fresh row's numbers: ±20 % around the input's value, within its valid range.
Distribution around(const ParamInfo &p, double v, Distribution::Kind kind)
{
    const double low = std::max(p.min, v * 0.8), high = std::min(p.max, v * 1.2);
    switch (kind) {
    case Distribution::Kind::Uniform: return {kind, low, high, 0};
    case Distribution::Kind::Normal: return {kind, v, (high - low) / 4, 0};
    case Distribution::Kind::Lognormal: return {kind, v, 0.1, 0};
    default: return {kind, low, v, high};
    }
}

QCPTextElement *addTitle(QCustomPlot *plot)
{
    plot->plotLayout()->insertRow(0);
    auto *title = new QCPTextElement(plot, QString(), style::titleFont());
    plot->plotLayout()->addElement(0, 0, title);
    return title;
}

} // namespace

MonteCarloPanel::MonteCarloPanel(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_table(new QTableWidget(0, 5)), m_samples(new QSpinBox), m_seed(new QSpinBox),
      m_run(new QPushButton), m_cancel(new QPushButton), m_progress(new QProgressBar),
      m_output(new RegistryCombo(RegistryCombo::Kind::Outputs, QStringLiteral("revenueMargin"))), m_summary(new QLabel),
      m_histogram(new QCustomPlot), m_sensitivity(new QCustomPlot)
{
    setObjectName(QStringLiteral("monteCarloPanel"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_samples->setRange(1000, 1'000'000);
    m_samples->setSingleStep(10000);
    m_samples->setValue(100'000);
    m_samples->setGroupSeparatorShown(true);
    m_seed->setRange(0, 999'999);
    m_seed->setValue(2025);
    m_run->setObjectName(QStringLiteral("mc_run"));
    m_cancel->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("mc_summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *add = m_add = new QPushButton;
    add->setObjectName(QStringLiteral("mc_add"));
    m_output->setObjectName(QStringLiteral("mc_output"));
    m_sensitivity->setObjectName(QStringLiteral("chart_mcDrivers"));
    m_histogram->setObjectName(QStringLiteral("chart_mcHistogram"));
    auto *remove = m_remove = new QPushButton;

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_table, 0, 0, 1, 6);
    grid->addWidget(add, 1, 0);
    grid->addWidget(remove, 1, 1);
    grid->addWidget(m_samplesLabel = new QLabel, 1, 2);
    grid->addWidget(m_samples, 1, 3);
    grid->addWidget(m_seedLabel = new QLabel, 1, 4);
    grid->addWidget(m_seed, 1, 5);
    grid->addWidget(m_run, 2, 0);
    grid->addWidget(m_cancel, 2, 1);
    grid->addWidget(m_progress, 2, 2, 1, 4);
    grid->addWidget(m_outputLabel = new QLabel, 3, 0);
    grid->addWidget(m_output, 3, 1, 1, 2);
    grid->addWidget(m_summary, 3, 3, 1, 3);
    grid->addWidget(m_histogram, 4, 0, 1, 4);
    grid->addWidget(m_sensitivity, 4, 4, 1, 2);
    grid->setRowStretch(4, 1);
    grid->setRowStretch(0, 0);
    m_table->setMaximumHeight(170);
    addTitle(m_histogram);
    useCompactTicks(m_histogram->xAxis);
    addTitle(m_sensitivity);

    connect(add, &QPushButton::clicked, this, &MonteCarloPanel::addInput);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            commitTable();
        }
    });
    connect(m_run, &QPushButton::clicked, this, [this] { run(m_samples->value()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_stop)
            *m_stop = true;
    });
    connect(m_output, &QComboBox::currentIndexChanged, this, &MonteCarloPanel::showResult);
    connect(model, &ScenarioModel::distributionsChanged, this, &MonteCarloPanel::syncTable);
    connect(&m_watcher, &QFutureWatcher<MonteCarloResult>::finished, this, [this] {
        m_spare = std::exchange(m_result, m_watcher.result());
        m_ran = m_running;
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_progress->setValue(m_result.cancelled ? 0 : 100);
        showResult();
        emit finished();
    });
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_done && isRunning())
            m_progress->setValue(int(*m_done * 100));
    });
    poll->start(50);
    syncTable();
    retranslate();
}

void MonteCarloPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Input"), tr("Distribution"), tr("low / mean / median"), tr("mode / sd"), tr("high")});
    m_run->setText(tr("Run"));
    m_cancel->setText(tr("Cancel"));
    m_add->setText(tr("Add input"));
    m_remove->setText(tr("Remove input"));
    m_samplesLabel->setText(tr("Samples"));
    m_seedLabel->setText(tr("Seed"));
    m_outputLabel->setText(tr("Output"));
    showResult(); // the summary, titles and axis labels of the run on show
}

void MonteCarloPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

MonteCarloPanel::~MonteCarloPanel()
{
    if (m_stop)
        *m_stop = true;
    m_watcher.waitForFinished();
}

bool MonteCarloPanel::isRunning() const
{
    return m_watcher.isRunning();
}

void MonteCarloPanel::addInput()
{
    // A new row starts as a triangle ±20 % around the input's current value.
    std::vector<UncertainInput> d = m_model->distributions();
    for (const ParamInfo &p : parameters()) {
        if (p.isChoice() || std::any_of(d.begin(), d.end(), [&](const UncertainInput &u) { return u.param == &p; }))
            continue;
        d.push_back({&p, around(p, valueOf(m_model->inputs(), p), Distribution::Kind::Triangular)});
        break;
    }
    m_model->setDistributions(d);
}

void MonteCarloPanel::syncTable()
{
    m_syncing = true;
    const std::vector<UncertainInput> &d = m_model->distributions();
    m_table->setRowCount(int(d.size()));
    for (int row = 0; row < int(d.size()); ++row) {
        auto *input = new RegistryCombo(RegistryCombo::Kind::NumericInputs, toQString(d[row].param->id));
        auto *kind = new QComboBox;
        for (const Distribution::Kind k : kinds)
            kind->addItem(kindName(k), int(k));
        kind->setCurrentIndex(kind->findData(int(d[row].distribution.kind)));
        m_table->setCellWidget(row, 0, input);
        m_table->setCellWidget(row, 1, kind);
        const Distribution &dist = d[row].distribution;
        const double values[] = {dist.a, dist.b, dist.c};
        for (int column = 0; column < 3; ++column) {
            auto *spin = new QDoubleSpinBox;
            spin->setObjectName(QStringLiteral("mc_param_%1_%2").arg(row).arg(column));
            spin->setRange(-1e12, 1e12);
            spin->setDecimals(4);
            const int field = fieldOf(dist.kind, column);
            const bool percent = inPercent(*d[row].param, dist.kind, column);
            if (percent) {
                spin->setSuffix(QStringLiteral(" %"));
                spin->setDecimals(2);
            }
            spin->setEnabled(field >= 0);
            if (field >= 0) {
                spin->setValue(values[field] * (percent ? 100 : 1));
            } else { // this kind has no such parameter: say so rather than show a stale number
                spin->setSpecialValueText(QStringLiteral("—"));
                spin->setValue(spin->minimum());
            }
            spin->setKeyboardTracking(false);
            m_table->setCellWidget(row, 2 + column, spin);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &MonteCarloPanel::commitTable);
        }
        connect(input, &QComboBox::currentIndexChanged, this, &MonteCarloPanel::commitTable);
        connect(kind, &QComboBox::currentIndexChanged, this, &MonteCarloPanel::commitTable);
    }
    m_syncing = false;
}

void MonteCarloPanel::commitTable()
{
    if (m_syncing)
        return;
    const std::vector<UncertainInput> &before = m_model->distributions();
    std::vector<UncertainInput> d;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const ParamInfo *p = static_cast<RegistryCombo *>(m_table->cellWidget(row, 0))->input();
        const auto kind =
            Distribution::Kind(static_cast<QComboBox *>(m_table->cellWidget(row, 1))->currentData().toInt());
        const UncertainInput *was = row < int(before.size()) ? &before[std::size_t(row)] : nullptr;
        // Another input, or another kind, starts from numbers that fit it: a paid
        // rate's 20–40 % are no GPU price, and a triangle's mode is no uniform's high.
        if (!was || was->param != p || was->distribution.kind != kind) {
            d.push_back({p, around(*p, valueOf(m_model->inputs(), *p), kind)});
            continue;
        }
        Distribution dist = was->distribution;
        double *fields[] = {&dist.a, &dist.b, &dist.c};
        for (int column = 0; column < 3; ++column)
            if (const int field = fieldOf(kind, column); field >= 0)
                *fields[field] = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, 2 + column))->value() /
                                 (inPercent(*p, kind, column) ? 100 : 1);
        d.push_back({p, dist});
    }
    // Let the edit finish before the table is rebuilt from the model.
    QTimer::singleShot(0, this, [this, d] { m_model->setDistributions(d); });
}

void MonteCarloPanel::run(int samples)
{
    if (isRunning())
        return;
    const std::vector<UncertainInput> uncertain = m_model->distributions();
    for (const UncertainInput &u : uncertain)
        if (const std::string problem = distributionProblem(u.distribution); !problem.empty()) {
            m_summary->setText(tr("%1: %2").arg(trText(u.param->label), QString::fromStdString(problem)));
            return;
        }
    m_running = uncertain;
    m_done = std::make_shared<std::atomic<double>>(0.0);
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    std::vector<const OutputInfo *> outs;
    for (const OutputInfo &o : outputs())
        outs.push_back(&o);
    auto done = m_done;
    auto stop = m_stop;
    const Inputs base = m_model->inputs();
    const auto seed = static_cast<std::uint64_t>(m_seed->value());
    // The worker fills the spare result's storage, never the one on show: the output
    // combo may redraw m_result at any moment while it runs.
    auto previous = std::make_shared<MonteCarloResult>(std::move(m_spare));
    m_spare = {};
    m_watcher.setFuture(QtConcurrent::run([=] {
        return runMonteCarlo(
            base, uncertain, outs, samples, seed, 0,
            [done, stop](double p) {
                *done = p;
                return !*stop;
            },
            previous.get());
    }));
}

QString MonteCarloPanel::summaryText() const
{
    return m_summary->text();
}

void MonteCarloPanel::showResult()
{
    m_histogram->clearPlottables();
    m_sensitivity->clearPlottables();
    if (m_result.samples == 0 || m_result.cancelled) {
        m_summary->setText(m_result.cancelled ? tr("Cancelled.") : tr("Give some inputs a distribution, then Run."));
        m_histogram->replot();
        m_sensitivity->replot();
        return;
    }
    const OutputInfo &out = *m_output->output();
    const int k = outputIndex(out);
    const OutputStatistics s = statistics(m_result, k);
    const QLocale locale = uiLocale();
    auto f = [&](double v) { return formatFigure(v, out.kind, locale); };
    m_summary->setText(tr("<b>%1</b> over %2 samples: mean %3 (± %4), P5 %5, P50 %6, P95 %7; P(below 0) = %8%9")
                           .arg(trText(out.label))
                           .arg(QLocale(QLocale::English).toString(m_result.samples))
                           .arg(f(s.mean),
                                // two significant digits: the error is small next to the figures
                                out.kind == OutputKind::Ratio
                                    ? QString::number(s.standardError * 100, 'g', 2) + QStringLiteral(" pt")
                                    : compactNumber(s.standardError, locale),
                                f(s.p5), f(s.p50), f(s.p95), formatPercent(s.probabilityBelowZero),
                                s.undefined ? tr("; undefined in %1 samples").arg(s.undefined) : QString()));

    // Histogram (bars) and cumulative distribution (line, right axis), in shown units.
    const double scale = out.kind == OutputKind::Ratio ? 100 : 1;
    std::vector<float> v;
    for (int i = 0; i < m_result.samples; ++i)
        if (const float x = m_result.value(k, i); !std::isnan(x))
            v.push_back(x);
    if (v.empty())
        return;
    std::sort(v.begin(), v.end());
    const double lo = v[v.size() / 1000] * scale, hi = v[v.size() - 1 - v.size() / 1000] * scale;
    const double width = std::max(hi - lo, 1e-12) / bins;
    QVector<double> centres(bins), counts(bins, 0);
    for (int b = 0; b < bins; ++b)
        centres[b] = lo + (b + 0.5) * width;
    for (const float x : v)
        counts[std::clamp(int((x * scale - lo) / width), 0, bins - 1)] += 1.0 / v.size();
    auto *bars = new QCPBars(m_histogram->xAxis, m_histogram->yAxis);
    bars->setData(centres, counts, true);
    bars->setWidth(width);
    bars->setPen(Qt::NoPen);
    bars->setBrush(style::scenarioColor(0));
    bars->setName(tr("share of samples"));
    QVector<double> cx, cy;
    for (int q = 0; q <= 200; ++q) {
        const std::size_t i = std::min(v.size() - 1, v.size() * q / 200);
        cx << v[i] * scale;
        cy << double(i + 1) / v.size();
    }
    m_histogram->yAxis2->setVisible(true);
    auto *cdf = new QCPGraph(m_histogram->xAxis, m_histogram->yAxis2);
    cdf->setData(cx, cy, true);
    cdf->setPen(QPen(style::scenarioColor(1), 2));
    cdf->setName(tr("cumulative"));
    m_histogram->xAxis->setRange(lo, hi);
    m_histogram->yAxis->rescale();
    m_histogram->yAxis2->setRange(0, 1);
    m_histogram->xAxis->setLabel(QStringLiteral("%1 (%2)").arg(trText(out.label), trText(outputUnit(out.kind))));
    m_histogram->yAxis->setLabel(tr("share of samples"));
    m_histogram->yAxis2->setLabel(tr("cumulative share"));
    m_histogram->legend->setVisible(true);
    // Top left: the cumulative curve starts low there and the tail is thin, the peak is elsewhere.
    m_histogram->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    static_cast<QCPTextElement *>(m_histogram->plotLayout()->element(0, 0))
        ->setText(tr("Distribution of %1").arg(trText(out.label)));
    m_histogram->replot();

    // What drives it: rank correlation of each uncertain input with the output.
    const std::vector<Sensitivity> rank = sensitivity(m_result, m_ran, k);
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    auto *corr = new QCPBars(m_sensitivity->yAxis, m_sensitivity->xAxis);
    corr->setPen(Qt::NoPen);
    corr->setBrush(style::scenarioColor(2));
    for (int i = 0; i < int(rank.size()); ++i) {
        const double key = rank.size() - i;
        corr->addData(key, rank[i].correlation);
        names->addTick(key, trText(rank[i].input->label));
    }
    m_sensitivity->yAxis->setTicker(names);
    m_sensitivity->yAxis->setRange(0.3, rank.size() + 0.7);
    m_sensitivity->xAxis->setRange(-1, 1);
    m_sensitivity->xAxis->setLabel(tr("rank correlation with the output"));
    static_cast<QCPTextElement *>(m_sensitivity->plotLayout()->element(0, 0))->setText(tr("What drives it"));
    m_sensitivity->replot();
}

} // namespace cc::ui
