// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/analysis/montecarlo.h"
#include "core/model/registry.h"
#include "core/model/results.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace cc::ui {

// The working scenario: inputs in, results out, one way. Every change made
// by the user goes through the undo stack; views only read and listen.
class ScenarioModel : public QObject {
    Q_OBJECT
public:
    explicit ScenarioModel(QObject *parent = nullptr);

    const Inputs &inputs() const { return m_inputs; }
    const Results &results() const { return m_results; }
    // The results of the preset the scenario started from: what ▲/▼ compare against.
    const Results &reference() const { return m_reference; }
    QString presetId() const { return m_presetId; }
    QUndoStack *undoStack() const { return m_undo; }
    // Monte Carlo: the inputs that carry a distribution; saved with the scenario.
    const std::vector<UncertainInput> &distributions() const { return m_distributions; }
    void setDistributions(const std::vector<UncertainInput> &d);    // undoable
    void assignDistributions(const std::vector<UncertainInput> &d); // for the undo command and file loading

    // Undoable edits. A drag passes the same `dragId` for every step so that
    // the whole drag is one undo step; -1 makes a step of its own.
    void setValue(const ParamInfo &p, double value, int dragId = -1);
    void applyPreset(const QString &id);
    void replaceInputs(const Inputs &in, const QString &presetId, const QString &undoText);
    // The command line's --set id=value pairs on the scenario now open, as one
    // undoable edit (the figures then show their change against the preset);
    // the problem, naming the input, if any — and then nothing changes.
    QString applySets(const QList<QPair<QString, QString>> &sets);
    void resetToSource(const ParamInfo &p);

    // Replaces the whole scenario as a new starting point (a file opened, a
    // document made new): not undoable, and the undo history starts afresh.
    void reset(const Inputs &in, const QString &presetId);

    // Applied by the undo commands; not for views.
    void assign(const Inputs &in, const QString &presetId);

signals:
    void inputsChanged();
    void resultsChanged();
    void presetChanged(const QString &id);
    void distributionsChanged();
    // An edit that was not made, and why (for the status bar).
    void refused(const QString &reason);

private:
    Inputs m_inputs;
    Results m_results;
    Results m_reference;
    QString m_presetId;
    std::vector<UncertainInput> m_distributions;
    QUndoStack *m_undo;
};

} // namespace cc::ui
