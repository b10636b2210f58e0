// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/montecarlo.h"
#include "core/chartdata/montecarlodata.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cc::ui {

class MonteCarloResultsView;
class RegistryCombo;
class ScenarioModel;

// Inputs with distributions instead of points, N samples on all cores off the
// GUI thread (progress, cancel), then the histogram and CDF of any output,
// P5/P50/P95, the chance of a loss, and which input drives it. Once a run is on
// show, every edit of the scenario (a slider step) re-runs liveSamples samples
// at once, and the full count once the edits settle; a newer run cancels an
// older one, whose result is dropped.
class MonteCarloPanel : public QWidget {
    Q_OBJECT
public:
    explicit MonteCarloPanel(ScenarioModel *model, QWidget *parent = nullptr);
    ~MonteCarloPanel() override;
    static constexpr int liveSamples = 100'000;
    static constexpr int settleMs = 250; // no edit for this long: the drag is over, run in full
    void run(int samples);
    bool isRunning() const;
    const MonteCarloResult &result() const { return m_result; }
    QString summaryText() const;

signals:
    void finished();    // a full run (Run, or the one after a drag) is on show
    void liveUpdated(); // a live step's run is on show

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addInput();
    void syncTable();
    void commitTable();
    void showResult();
    void start(int samples, bool live);
    void followEdit();
    void followDistributions();

    struct Outcome {
        MonteCarloResult result;
        chart::MonteCarloSummary summary;
    };

    ScenarioModel *m_model;
    QTableWidget *m_table;
    QSpinBox *m_samples, *m_seed;
    QPushButton *m_run, *m_cancel, *m_add = nullptr, *m_remove = nullptr;
    QLabel *m_samplesLabel = nullptr, *m_seedLabel = nullptr, *m_outputLabel = nullptr;
    QProgressBar *m_progress;
    RegistryCombo *m_output;
    MonteCarloResultsView *m_view;
    QTimer *m_settle;
    QFutureWatcher<Outcome> *m_watcher = nullptr; // the newest run's
    int m_generation = 0;                         // of the newest run started
    int m_fullSamples = 0;                        // of the last run asked for
    chart::MonteCarloSummary m_shown;
    std::shared_ptr<std::atomic<double>> m_done;
    std::shared_ptr<std::atomic<bool>> m_stop;
    MonteCarloResult m_result;         // on show; only replaced on the GUI thread
    MonteCarloResult m_spare;          // storage the next run reuses
    std::vector<UncertainInput> m_ran; // the distributions of the shown result
    bool m_syncing = false;
};

} // namespace cc::ui
