// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inputs.h"
#include "core/analysis/montecarlo.h"
#include "core/model/registry.h"

#include <vector>

#include <QUndoCommand>

namespace cc::ui {

class ScenarioModel;

// One input changed. Steps of one slider drag merge into a single command.
class SetValueCommand : public QUndoCommand {
public:
    SetValueCommand(ScenarioModel *model, const ParamInfo &p, double value, int dragId);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioModel *m_model;
    const ParamInfo &m_param;
    double m_before;
    double m_after;
    int m_dragId;
};

// A whole scenario replaced at once (a preset).
class ReplaceInputsCommand : public QUndoCommand {
public:
    ReplaceInputsCommand(ScenarioModel *model, const Inputs &after, const QString &presetAfter, const QString &text);
    void redo() override;
    void undo() override;

private:
    ScenarioModel *m_model;
    Inputs m_before, m_after;
    QString m_presetBefore, m_presetAfter;
};

// The Monte Carlo distributions replaced.
class SetDistributionsCommand : public QUndoCommand {
public:
    SetDistributionsCommand(ScenarioModel *model, std::vector<UncertainInput> after);
    void redo() override;
    void undo() override;

private:
    ScenarioModel *m_model;
    std::vector<UncertainInput> m_before, m_after;
};

} // namespace cc::ui
