// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/parameters/cardselector.h"

#include "core/io/qtext.h"

#include "core/model/chips.h"
#include "core/model/companions.h"
#include "ui/document/scenariomodel.h"
#include "ui/language.h"
#include "ui/wrappedlabel.h"

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
    : QWidget(parent), m_model(model), m_label(new QLabel(this)), m_basis(new QComboBox(this)),
      m_note(new WrappedLabel(this))
{
    m_basis->setObjectName(QStringLiteral("combo_basis"));
    m_note->setObjectName(QStringLiteral("note_card"));
    m_basis->addItems({QString(), QString()});
    m_note->setStyleSheet(QStringLiteral("color:#6b7280; font-size:11px"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->addWidget(m_label, 0, 0);
    grid->addWidget(m_basis, 0, 1);
    grid->addWidget(m_note, 1, 0, 1, 2);

    connect(m_basis, &QComboBox::activated, this, &CardSelector::apply);
    connect(model, &ScenarioModel::inputsChanged, this, &CardSelector::sync);
    retranslate();
}

void CardSelector::apply()
{
    const ChipSpec &card = chip(m_model->inputs().card);
    m_model->setValue(parameter(&Inputs::cardPeakTflops), peakTflops(card, basisAt(m_basis->currentIndex())));
}

void CardSelector::sync()
{
    const Inputs &in = m_model->inputs();
    const ChipSpec &card = chip(in.card);
    const PrecisionBasis basis = precisionBasis(in);
    const QSignalBlocker block(m_basis);
    m_basis->setCurrentIndex(basis == PrecisionBasis::Bf16Dense ? 1 : 0);
    QString note;
    if (in.cardPeakTflops != peakTflops(card, PrecisionBasis::Fp8Dense) && in.cardPeakTflops != card.sixteenBitTflops)
        note = tr("Custom peak: %1 TFLOPS (%2's own: %3)")
                   .arg(in.cardPeakTflops)
                   .arg(toQString(card.name))
                   .arg(peakTflops(card, PrecisionBasis::Fp8Dense));
    else if (basis == PrecisionBasis::Fp8Dense && !(card.eightBitTflops && card.eightBitIsFp8))
        note = tr("%1 has no FP8: its 16-bit dense peak is used.").arg(toQString(card.name));
    // Every figure the serving model takes from the card, with where it comes from.
    const auto line = [](const QString &what, const Source &s) {
        return QStringLiteral("%1 — %2: %3").arg(what, toQString(s.doc), toQString(s.quote));
    };
    const QStringList sources{line(tr("Peaks"), card.compute), line(tr("Memory"), card.memory),
                              line(tr("Links"), card.links), line(tr("Rent"), card.rent)};
    m_note->setText(note.isEmpty() ? toQString(card.name) : note);
    m_note->setToolTip(sources.join(QLatin1Char('\n')));
    m_basis->setToolTip(tr("The peak that utilization is measured against. DeepSeek runs its matmuls in FP8; "
                           "broker reports often use BF16. The choice moves utilization by 2×.") +
                        QStringLiteral("\n\n") + sources.join(QLatin1Char('\n')));
}

void CardSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CardSelector::retranslate()
{
    m_label->setText(tr("Utilization basis"));
    m_basis->setItemText(0, tr("FP8 dense"));
    m_basis->setItemText(1, tr("BF16 dense"));
    sync();
}

} // namespace cc::ui
