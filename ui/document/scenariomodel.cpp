// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/scenariomodel.h"

#include "ui/language.h"
#include "core/model/model.h"
#include "core/model/presets.h"
#include "core/io/qtext.h"
#include "ui/document/undocommands.h"
#include "core/model/validation.h"
#include "core/model/companions.h"
#include "core/io/commandline.h"
#include "core/io/validationtext.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cc::ui {

ScenarioModel::ScenarioModel(QObject *parent)
    : QObject(parent), m_inputs(defaultInputs()), m_results(evaluate(m_inputs)), m_reference(m_results),
      m_presetId(toQString(defaultPresetId)), m_undo(new QUndoStack(this))
{
}

void ScenarioModel::setValue(const ParamInfo &p, double value, int dragId)
{
    // The editors keep values in range; this guards any other caller.
    if (checkValue(p, value) || valueOf(m_inputs, p) == value)
        return;
    const Inputs next = withValue(m_inputs, p, value);
    // The hardware serving method may be unable to serve the result (the model
    // does not fit, the latency cannot be met): refused like an out-of-range value.
    if (const auto problem = servingProblem(next)) {
        emit refused(describe(*problem));
        return;
    }
    if (bringsCompanions(p)) // a card brings its peak and rent: one undo step for all three
        replaceInputs(next, m_presetId,
                      QCoreApplication::translate("SetValueCommand", "Change %1").arg(trText(p.label)));
    else
        m_undo->push(new SetValueCommand(this, p, value, dragId));
}

void ScenarioModel::resetToSource(const ParamInfo &p)
{
    setValue(p, p.defaultValue);
}

void ScenarioModel::applyPreset(const QString &id)
{
    const Preset *preset = findPreset(id.toStdString());
    if (!preset)
        return;
    replaceInputs(presetInputs(*preset), id, tr("Preset: %1").arg(trText(preset->name)));
}

void ScenarioModel::replaceInputs(const Inputs &in, const QString &presetId, const QString &undoText)
{
    m_undo->push(new ReplaceInputsCommand(this, in, presetId, undoText));
}

QString ScenarioModel::applySets(const QList<QPair<QString, QString>> &sets)
{
    if (sets.isEmpty())
        return {};
    Inputs in = m_inputs;
    if (QString problem = cc::applySets(sets, in); !problem.isEmpty())
        return problem;
    replaceInputs(in, m_presetId, tr("Command line: --set"));
    return {};
}

void ScenarioModel::setDistributions(const std::vector<UncertainInput> &d)
{
    m_undo->push(new SetDistributionsCommand(this, d));
}

void ScenarioModel::assignDistributions(const std::vector<UncertainInput> &d)
{
    m_distributions = d;
    emit distributionsChanged();
}

void ScenarioModel::reset(const Inputs &in, const QString &presetId)
{
    assign(in, presetId);
    m_undo->clear();
}

void ScenarioModel::assign(const Inputs &in, const QString &presetId)
{
    const bool presetMoved = presetId != m_presetId;
    if (presetMoved) {
        m_presetId = presetId;
        if (const Preset *p = findPreset(presetId.toStdString()))
            m_reference = evaluate(presetInputs(*p));
    }
    const bool inputsMoved = !(in == m_inputs);
    m_inputs = in;
    if (inputsMoved) {
        m_results = evaluate(m_inputs);
        emit inputsChanged();
    }
    if (presetMoved)
        emit presetChanged(m_presetId);
    if (inputsMoved || presetMoved)
        emit resultsChanged();
}

} // namespace cc::ui
