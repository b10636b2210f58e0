// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlinebar.h"

#include "language.h"
#include "numberformat.h"
#include "outputs.h"
#include "scenariomodel.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cc::ui {

HeadlineBar::HeadlineBar(ScenarioModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("headlineBar"));
    const QList<QPair<const char *, int>> figures{
        {"avgBusyGpus", 0},         {"provisionedGpus", 0},  {"totalCostPerDay", -1},
        {"revenuePerDay", 1},       {"costProfitMargin", 1}, {"revenueMargin", 1},
        {"breakEvenPaidRate", -1},  {"breakEvenOccupancy", -1}, {"annualProfit", 1}};
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 8, 8, 4);
    row->setSpacing(8);
    for (const auto &[id, good] : figures) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("card_") + QLatin1String(id));
        frame->setStyleSheet(QStringLiteral("#card_%1 { background:#ffffff; border:1px solid #e5e7eb; border-radius:8px; }")
                                 .arg(QLatin1String(id)));
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(10, 6, 10, 6);
        v->setSpacing(0);
        Card card{findOutput(id), good, new QLabel(frame), new QLabel(frame), new QLabel(frame)};
        card.title->setStyleSheet(QStringLiteral("color:#4b5563; font-size:11px"));
        card.title->setWordWrap(true);
        card.value->setObjectName(QStringLiteral("figure_") + QLatin1String(id));
        card.value->setStyleSheet(QStringLiteral("color:#111827; font-size:17px; font-weight:600"));
        card.delta->setObjectName(QStringLiteral("delta_") + QLatin1String(id));
        QFont small = card.delta->font();
        small.setPointSizeF(8.5);
        card.delta->setFont(small);
        card.value->setToolTip(QStringLiteral("<code>%1</code>").arg(QLatin1String(id)));
        v->addWidget(card.title);
        v->addWidget(card.value);
        v->addWidget(card.delta);
        // Widths from the stretch alone, never from the text: a figure that
        // grows a digit must not re-wrap a title and resize every chart below.
        frame->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        frame->setMinimumWidth(110);
        row->addWidget(frame, 1);
        m_cards.append(card);
    }
    connect(model, &ScenarioModel::resultsChanged, this, &HeadlineBar::refresh);
    retranslate();
}

void HeadlineBar::refresh()
{
    const bool chinese = zh();
    for (const Card &c : m_cards) {
        const std::optional<double> v = c.output->get(m_model->results());
        const std::optional<double> ref = c.output->get(m_model->reference());
        c.value->setText(v ? formatFigure(*v, c.output->kind, chinese)
                           : pick(c.output->undefinedEn, c.output->undefinedZh));
        const QString delta = v && ref ? formatDelta(*v, *ref, c.output->kind, chinese) : QString();
        c.delta->setText(delta.isEmpty() ? tr("as preset") : tr("%1 vs preset").arg(delta));
        const int sign = delta.startsWith(QStringLiteral("▲")) ? 1 : delta.startsWith(QStringLiteral("▼")) ? -1 : 0;
        // A palette change, not a style sheet: re-polishing nine labels per
        // slider step cost more than drawing all the charts.
        const int news = sign * c.goodDirection;
        const QColor colour = news > 0 ? QColor(0x15, 0x80, 0x3d) : news < 0 ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x6b, 0x72, 0x80);
        if (c.delta->palette().color(QPalette::WindowText) != colour) {
            QPalette p = c.delta->palette();
            p.setColor(QPalette::WindowText, colour);
            c.delta->setPalette(p);
        }
    }
}

void HeadlineBar::retranslate()
{
    for (const Card &c : m_cards)
        c.title->setText(pick(c.output->labelEn, c.output->labelZh));
    refresh();
}

void HeadlineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cc::ui
