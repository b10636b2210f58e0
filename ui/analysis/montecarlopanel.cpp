// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/montecarlopanel.h"

#include "ui/charts/compactticker.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "ui/analysis/montecarloresults.h"
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

} // namespace

MonteCarloPanel::MonteCarloPanel(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_table(new QTableWidget(0, 5)), m_samples(new QSpinBox), m_seed(new QSpinBox),
      m_run(new QPushButton), m_cancel(new QPushButton), m_progress(new QProgressBar),
      m_output(new RegistryCombo(output(&Results::revenueMargin))), m_view(new MonteCarloResultsView),
      m_settle(new QTimer(this))
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
    auto *add = m_add = new QPushButton;
    add->setObjectName(QStringLiteral("mc_add"));
    m_output->setObjectName(QStringLiteral("mc_output"));
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
    grid->addWidget(m_view, 4, 0, 1, 6);
    grid->setRowStretch(4, 1);
    grid->setRowStretch(0, 0);
    m_table->setMaximumHeight(170);
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, [this] { start(m_fullSamples, false); });
    connect(model, &ScenarioModel::inputsChanged, this, &MonteCarloPanel::followEdit);

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
    connect(model, &ScenarioModel::distributionsChanged, this, &MonteCarloPanel::followDistributions);
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
    m_settle->stop();
    // Older runs were told to stop when a newer one began; wait for every one still going.
    for (auto *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

bool MonteCarloPanel::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void MonteCarloPanel::followEdit()
{
    // Live only once the reader has a run on show: opening the panel starts no work.
    if (m_model->distributions().empty() || m_result.samples == 0)
        return;
    start(std::min(liveSamples, m_fullSamples), true);
    m_settle->start();
}

void MonteCarloPanel::followDistributions()
{
    // A distribution edited, added or removed: the results on show follow it as
    // they follow a slider (the drivers chart listed a removed input until Run).
    // With none left they would describe nothing.
    if (m_model->distributions().empty() && m_result.samples > 0 && !isRunning()) {
        m_result.samples = 0; // its storage kept for the next run
        m_progress->setValue(0);
        showResult();
        return;
    }
    followEdit();
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
        auto *input = new RegistryCombo(*d[row].param);
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
    m_settle->stop();
    m_fullSamples = samples; // what the run after a drag repeats
    start(samples, false);
}

void MonteCarloPanel::start(int samples, bool live)
{
    const std::vector<UncertainInput> uncertain = m_model->distributions();
    for (const UncertainInput &u : uncertain)
        if (const std::string problem = distributionProblem(u.distribution); !problem.empty()) {
            m_view->showMessage(tr("%1: %2").arg(trText(u.param->label), QString::fromStdString(problem)));
            return;
        }
    if (m_stop)
        *m_stop = true; // a newer run replaces it: its result will be dropped
    const int generation = ++m_generation;
    m_done = std::make_shared<std::atomic<double>>(0.0);
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    if (!live)
        m_progress->setValue(0);
    std::vector<const OutputInfo *> outs;
    for (const OutputInfo &o : outputs())
        outs.push_back(&o);
    auto done = m_done;
    auto stop = m_stop;
    const Inputs base = m_model->inputs();
    const auto seed = static_cast<std::uint64_t>(m_seed->value());
    const int shownOutput = outputIndex(*m_output->output());
    // The worker fills spare storage, never the result on show: the output combo
    // may redraw m_result at any moment while it runs.
    auto previous = std::make_shared<MonteCarloResult>(std::move(m_spare));
    m_spare = {};
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation, uncertain, live] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // an older run, cancelled by a newer one: never shown over it
        m_watcher = nullptr;
        Outcome outcome = watcher->result();
        m_spare = std::exchange(m_result, std::move(outcome.result));
        m_shown = std::move(outcome.summary);
        m_ran = uncertain;
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_progress->setValue(m_result.cancelled ? 0 : 100);
        showResult();
        if (live)
            emit liveUpdated();
        else
            emit finished();
    });
    watcher->setFuture(QtConcurrent::run([=] {
        Outcome o;
        o.result = runMonteCarlo(
            base, uncertain, outs, samples, seed, 0,
            [done, stop](double p) {
                *done = p;
                return !*stop;
            },
            previous.get());
        // The statistics and bins of the output on show, here rather than on the GUI
        // thread; the drivers (a sort per input) wait for the full run after a drag.
        if (!o.result.cancelled && o.result.samples > 0)
            o.summary = chart::summarizeMonteCarlo(o.result, uncertain, shownOutput, !live);
        return o;
    }));
}

QString MonteCarloPanel::summaryText() const
{
    return m_view->summaryText();
}

void MonteCarloPanel::showResult()
{
    if (m_result.samples == 0 || m_result.cancelled) {
        m_view->showMessage(m_result.cancelled ? tr("Cancelled.") : tr("Give some inputs a distribution, then Run."));
        return;
    }
    const int k = outputIndex(*m_output->output());
    if (m_shown.output != k) // another output chosen since the run: summarise it here, once
        m_shown = chart::summarizeMonteCarlo(m_result, m_ran, k);
    m_view->showSummary(m_result, m_shown);
}

} // namespace cc::ui
