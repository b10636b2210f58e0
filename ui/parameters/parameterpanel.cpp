// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/parameters/parameterpanel.h"
#include "ui/wrappedlabel.h"

#include "core/io/qtext.h"

#include "ui/parameters/cardselector.h"
#include "ui/language.h"
#include "ui/parameters/parametereditor.h"
#include "core/model/presets.h"
#include "core/model/registry.h"
#include "ui/document/scenariomodel.h"
#include "ui/parameters/wheelguard.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <variant>

namespace cc::ui {

namespace {

constexpr Group groupOrder[] = {Group::Demand, Group::Capacity, Group::Maas,
                                Group::Centre, Group::Growth,   Group::Market};

} // namespace

ParameterPanel::ParameterPanel(ScenarioModel *model, QWidget *parent)
    : QScrollArea(parent), m_model(model), m_preset(new QComboBox), m_presetLabel(new QLabel),
      m_rationale(new WrappedLabel)
{
    setObjectName(QStringLiteral("parameterPanel"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(8);

    m_preset->setObjectName(QStringLiteral("combo_preset"));
    for (const Preset &p : presets())
        m_preset->addItem(QString(), toQString(p.id));
    m_rationale->setStyleSheet(QStringLiteral("color:#4b5563; font-size:11px"));
    connect(m_preset, &QComboBox::activated, this,
            [this](int i) { m_model->applyPreset(m_preset->itemData(i).toString()); });
    connect(model, &ScenarioModel::presetChanged, this, &ParameterPanel::syncPreset);
    layout->addWidget(m_presetLabel);
    layout->addWidget(m_preset);
    layout->addWidget(m_rationale);

    auto addEditor = [this, model](QGroupBox *box, const ParamInfo &p) {
        auto *editor = new ParameterEditor(p, model, box);
        connect(editor, &ParameterEditor::refused, this, &ParameterPanel::refused);
        box->layout()->addWidget(editor);
        if (&p == &parameter(&Inputs::peakMultiplier)) {
            // Under elastic billing the peak sizes the fleet but moves no cost: say why.
            m_peakNote = new WrappedLabel(box);
            m_peakNote->setObjectName(QStringLiteral("note_peakMultiplier"));
            m_peakNote->setStyleSheet(QStringLiteral("color:#6b7280; font-size:11px"));
            box->layout()->addWidget(m_peakNote);
            const auto show = [this, model] { m_peakNote->setVisible(model->inputs().billing == Billing::Elastic); };
            connect(model, &ScenarioModel::inputsChanged, m_peakNote, show);
            show();
        }
    };
    auto newGroup = [this, layout](const QString &name) {
        auto *box = new QGroupBox;
        box->setObjectName(name);
        new QVBoxLayout(box);
        layout->addWidget(box);
        m_groups.append(box);
        return box;
    };

    QGroupBox *levers = newGroup(QStringLiteral("group_levers"));
    for (const ParamInfo &p : parameters())
        if (p.keyLever)
            addEditor(levers, p);
    for (const Group g : groupOrder) {
        QGroupBox *box = newGroup(QStringLiteral("group_") + toQString(groupId(g)));
        for (const ParamInfo &p : parameters())
            if (p.group == g && !p.keyLever) {
                addEditor(box, p);
                if (std::holds_alternative<Card Inputs::*>(p.field)) // the basis and sources under the card
                    box->layout()->addWidget(new CardSelector(model, box));
            }
    }
    layout->addStretch(1);
    setWidget(content);
    guardWheel(content);
    retranslate();
}

void ParameterPanel::syncPreset()
{
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(m_preset->findData(m_model->presetId()));
    if (const Preset *p = findPreset(m_model->presetId().toStdString()))
        m_rationale->setText(trText(p->rationale) + QStringLiteral("<br><i>") +
                             tr("Sources: %1").arg(toQString(p->sources).toHtmlEscaped()) + QStringLiteral("</i>"));
}

void ParameterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void ParameterPanel::retranslate()
{
    m_presetLabel->setText(tr("Preset"));
    for (int i = 0; i < m_preset->count(); ++i)
        if (const Preset *p = findPreset(m_preset->itemData(i).toString().toStdString()))
            m_preset->setItemText(i, trText(p->name));
    m_groups[0]->setTitle(tr("Key levers"));
    if (m_peakNote)
        m_peakNote->setText(tr("Elastic billing pays for the average busy GPUs: the peak multiplier sizes the "
                               "provisioned fleet but no cost. Switch GPU billing to reserved to pay for the peak."));
    for (std::size_t i = 0; i < std::size(groupOrder); ++i)
        m_groups[int(i) + 1]->setTitle(trText(groupLabel(groupOrder[i])));
    syncPreset();
}

} // namespace cc::ui
