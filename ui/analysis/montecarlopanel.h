// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/montecarlo.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cc::ui {

class RegistryCombo;
class ScenarioModel;

// Inputs with distributions instead of points, N samples on all cores off the
// GUI thread (progress, cancel), then the histogram and CDF of any output,
// P5/P50/P95, the chance of a loss, and which input drives it.
class MonteCarloPanel : public QWidget {
    Q_OBJECT
public:
    explicit MonteCarloPanel(ScenarioModel *model, QWidget *parent = nullptr);
    ~MonteCarloPanel() override;
    void run(int samples);
    bool isRunning() const;
    const MonteCarloResult &result() const { return m_result; }
    QString summaryText() const;

signals:
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addInput();
    void syncTable();
    void commitTable();
    void showResult();

    ScenarioModel *m_model;
    QTableWidget *m_table;
    QSpinBox *m_samples, *m_seed;
    QPushButton *m_run, *m_cancel, *m_add = nullptr, *m_remove = nullptr;
    QLabel *m_samplesLabel = nullptr, *m_seedLabel = nullptr, *m_outputLabel = nullptr;
    QProgressBar *m_progress;
    RegistryCombo *m_output;
    QLabel *m_summary;
    QCustomPlot *m_histogram, *m_sensitivity;
    QFutureWatcher<MonteCarloResult> m_watcher;
    std::shared_ptr<std::atomic<double>> m_done;
    std::shared_ptr<std::atomic<bool>> m_stop;
    MonteCarloResult m_result;             // on show; only replaced on the GUI thread
    MonteCarloResult m_spare;              // storage the next run reuses
    std::vector<UncertainInput> m_ran;     // the distributions of the shown result
    std::vector<UncertainInput> m_running; // those of the run under way
    bool m_syncing = false;
};

} // namespace cc::ui
