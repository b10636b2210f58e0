// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs.h"
#include "registry.h"

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

} // namespace cc::ui
