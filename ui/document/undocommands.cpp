// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/undocommands.h"

#include "core/io/qtext.h"
#include "ui/document/scenariomodel.h"

#include <QCoreApplication>

namespace cc::ui {

SetValueCommand::SetValueCommand(ScenarioModel *model, const ParamInfo &p, double value, int dragId)
    : m_model(model), m_param(p), m_before(valueOf(model->inputs(), p)), m_after(value), m_dragId(dragId)
{
    setText(QCoreApplication::translate("SetValueCommand", "Change %1").arg(trText(p.label)));
}

void SetValueCommand::redo()
{
    Inputs in = m_model->inputs();
    setValue(in, m_param, m_after);
    m_model->assign(in, m_model->presetId());
}

void SetValueCommand::undo()
{
    Inputs in = m_model->inputs();
    setValue(in, m_param, m_before);
    m_model->assign(in, m_model->presetId());
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetValueCommand *>(other);
    if (m_dragId < 0 || o->m_dragId != m_dragId || &o->m_param != &m_param)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before); // a drag that came back to where it began is no step at all
    return true;
}

ReplaceInputsCommand::ReplaceInputsCommand(ScenarioModel *model, const Inputs &after, const QString &presetAfter,
                                           const QString &text)
    : m_model(model), m_before(model->inputs()), m_after(after), m_presetBefore(model->presetId()),
      m_presetAfter(presetAfter)
{
    setText(text);
}

void ReplaceInputsCommand::redo()
{
    m_model->assign(m_after, m_presetAfter);
}

void ReplaceInputsCommand::undo()
{
    m_model->assign(m_before, m_presetBefore);
}

SetDistributionsCommand::SetDistributionsCommand(ScenarioModel *model, std::vector<UncertainInput> after)
    : m_model(model), m_before(model->distributions()), m_after(std::move(after))
{
    setText(QCoreApplication::translate("SetDistributionsCommand", "Change distributions"));
}

void SetDistributionsCommand::redo()
{
    m_model->assignDistributions(m_after);
}

void SetDistributionsCommand::undo()
{
    m_model->assignDistributions(m_before);
}

} // namespace cc::ui
