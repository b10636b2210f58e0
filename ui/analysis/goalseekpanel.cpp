// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/goalseekpanel.h"

#include "core/analysis/goalseek.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "ui/analysis/outputcombo.h"
#include "core/io/qtext.h"
#include "ui/document/scenariomodel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

// Targets are typed in the unit the dashboard shows: ratios in percent.
double shownScale(const OutputInfo &o)
{
    return displayScale(o.kind);
}

} // namespace

GoalSeekPanel::GoalSeekPanel(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_output(new RegistryCombo(output(&Results::revenueMargin))),
      m_target(new QDoubleSpinBox), m_input(new RegistryCombo(parameter(&Inputs::paidRate))), m_result(new QLabel),
      m_apply(new QPushButton)
{
    setObjectName(QStringLiteral("goalSeekPanel"));
    m_target->setRange(-1e12, 1e12);
    m_target->setDecimals(4);
    m_target->setObjectName(QStringLiteral("goal_target"));
    m_result->setObjectName(QStringLiteral("goal_result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_result->setFont(big);

    auto *form = new QFormLayout;
    form->addRow(tr("Output"), m_output);
    form->addRow(tr("Target (% for ratios)"), m_target);
    form->addRow(tr("Input to vary"), m_input);
    auto *solveButton = new QPushButton(tr("Solve"));
    solveButton->setObjectName(QStringLiteral("goal_solve"));
    m_apply->setText(tr("Apply to the scenario"));
    m_apply->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(solveButton);
    buttons->addWidget(m_apply);
    buttons->addStretch(1);

    auto *ready = new QGroupBox(tr("Ready-made questions"));
    auto *readyLayout = new QVBoxLayout(ready);
    for (int i = 0; i < int(goalPresets().size()); ++i) {
        const GoalPreset &g = goalPresets()[i];
        auto *b = new QPushButton(trText(g.label));
        b->setObjectName(QStringLiteral("goal_preset_") + toQString(g.id));
        connect(b, &QPushButton::clicked, this, [this, i] {
            usePreset(i);
            solve();
        });
        readyLayout->addWidget(b);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(ready);
    layout->addStretch(1);

    connect(solveButton, &QPushButton::clicked, this, &GoalSeekPanel::solve);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_answer)
            m_model->setValue(*m_input->input(), *m_answer);
    });
    // A new scenario makes the old answer stale.
    connect(model, &ScenarioModel::inputsChanged, this, [this] { m_apply->setEnabled(false); });
}

void GoalSeekPanel::usePreset(int index)
{
    const GoalPreset &g = goalPresets()[index];
    m_output->selectId(toQString(output(g.output).id));
    m_input->selectId(toQString(parameter(g.input).id));
    m_target->setValue(g.target * shownScale(*m_output->output()));
}

std::optional<double> GoalSeekPanel::solve()
{
    const OutputInfo &out = *m_output->output();
    const ParamInfo &in = *m_input->input();
    const double target = m_target->value() / shownScale(out);
    const GoalSeekResult r = goalSeek(m_model->inputs(), in, out, target);
    m_answer = r.value;
    const QString label = trText(in.label), outLabel = trText(out.label);
    auto shown = [&in](double v) {
        return in.ratio ? formatPercent(v, 3) : QString::number(v, 'g', 8) + QLatin1Char(' ') + trText(in.unit);
    };
    if (r.value)
        m_result->setText(tr("<b>%1 = %2</b> gives %3 = %4")
                              .arg(label, shown(*r.value), outLabel, formatFigure(r.achieved, out.kind, uiLocale())));
    else
        m_result->setText(tr("No value of %1 in its valid range gives %2 = %3: over that range %2 runs from %4 to %5.")
                              .arg(label, outLabel, formatFigure(target, out.kind, uiLocale()),
                                   formatFigure(r.outputLow, out.kind, uiLocale()),
                                   formatFigure(r.outputHigh, out.kind, uiLocale())));
    m_apply->setEnabled(r.value.has_value());
    return r.value;
}

QString GoalSeekPanel::resultText() const
{
    return m_result->text();
}

} // namespace cc::ui
