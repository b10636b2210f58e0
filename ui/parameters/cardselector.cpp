// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/parameters/cardselector.h"

#include "core/io/qtext.h"

#include "core/model/cards.h"
#include "ui/language.h"
#include "ui/document/scenariomodel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace cc::ui {

namespace {

PrecisionBasis basisAt(int index)
{
    return index == 1 ? PrecisionBasis::Bf16Dense : PrecisionBasis::Fp8Dense;
}

} // namespace

CardSelector::CardSelector(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_label(new QLabel(this)), m_card(new QComboBox(this)),
      m_basis(new QComboBox(this)), m_note(new QLabel(this))
{
    m_card->setObjectName(QStringLiteral("combo_card"));
    m_basis->setObjectName(QStringLiteral("combo_basis"));
    for (const CardPreset &c : cardPresets())
        m_card->addItem(toQString(c.name), toQString(c.id));
    m_card->addItem(QString()); // custom: the peak was typed, not picked
    m_basis->addItems({QString(), QString()});
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color:#6b7280; font-size:11px"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->addWidget(m_label, 0, 0, 1, 2);
    grid->addWidget(m_card, 1, 0);
    grid->addWidget(m_basis, 1, 1);
    grid->addWidget(m_note, 2, 0, 1, 2);

    connect(m_card, &QComboBox::activated, this, &CardSelector::apply);
    connect(m_basis, &QComboBox::activated, this, &CardSelector::apply);
    connect(model, &ScenarioModel::inputsChanged, this, &CardSelector::sync);
    retranslate();
    sync();
}

void CardSelector::apply()
{
    const CardPreset *card = findCard(m_card->currentData().toString().toStdString());
    if (!card)
        return;
    m_model->setValue(parameter(&Inputs::cardPeakTflops), peakTflops(*card, basisAt(m_basis->currentIndex())));
}

void CardSelector::sync()
{
    const double peak = m_model->inputs().cardPeakTflops;
    const PrecisionBasis basis = basisAt(m_basis->currentIndex());
    const CardPreset *shown = findCard(m_card->currentData().toString().toStdString());
    // H800 and H100 share a peak: keep the card the user picked when it still fits.
    if (!shown || peakTflops(*shown, basis) != peak) {
        shown = nullptr;
        for (const CardPreset &c : cardPresets())
            if (peakTflops(c, basis) == peak) {
                shown = &c;
                break;
            }
    }
    const QSignalBlocker block(m_card);
    m_card->setCurrentIndex(shown ? m_card->findData(toQString(shown->id)) : m_card->count() - 1);
    if (shown && basis == PrecisionBasis::Fp8Dense && !shown->fp8DenseTflops)
        m_note->setText(tr("%1 has no FP8: its BF16 dense peak is used.").arg(toQString(shown->name)));
    else if (shown)
        m_note->setText(tr("Source: %1 — %2").arg(toQString(shown->source.doc), toQString(shown->source.quote)));
    else
        m_note->setText(tr("Custom peak: %1 TFLOPS").arg(peak));
}

void CardSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CardSelector::retranslate()
{
    m_label->setText(tr("Card and utilization basis"));
    m_card->setItemText(m_card->count() - 1, tr("Custom"));
    m_basis->setItemText(0, tr("FP8 dense"));
    m_basis->setItemText(1, tr("BF16 dense"));
    m_basis->setToolTip(tr("The peak that utilization is measured against. DeepSeek runs its matmuls in FP8; "
                           "broker reports often use BF16. The choice moves utilization by 2×."));
    sync();
}

} // namespace cc::ui
