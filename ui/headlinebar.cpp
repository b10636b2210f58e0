// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/headlinebar.h"

#include "ui/language.h"
#include "ui/charts/chartstyle.h"
#include "ui/numberformat.h"
#include "ui/figurelabel.h"
#include "ui/wrappedlabel.h"
#include "core/model/headline.h"
#include "core/model/outputs.h"
#include "core/io/qtext.h"
#include "ui/document/scenariomodel.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace cc::ui {

HeadlineBar::HeadlineBar(ScenarioModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("headlineBar"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(8, 8, 8, 4);
    m_grid->setSpacing(8);
    for (const OutputInfo *o : headlineFigures()) {
        const QString id = toQString(o->id);
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("card_") + id);
        const QColor background(Qt::white);
        frame->setStyleSheet(QStringLiteral("#card_%1 { background:%2; border:1px solid #e5e7eb; border-radius:8px; }")
                                 .arg(id, background.name()));
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(10, 6, 10, 6);
        v->setSpacing(0);
        const GoodNews good = goodNews(*o);
        Card card{o,
                  good == GoodNews::Up     ? 1
                  : good == GoodNews::Down ? -1
                                           : 0,
                  new WrappedLabel(frame), new FigureLabel(background, frame), new FigureLabel(background, frame)};
        card.title->setStyleSheet(QStringLiteral("color:#4b5563; font-size:11px"));
        card.value->setObjectName(QStringLiteral("figure_") + id);
        card.value->setStyleSheet(QStringLiteral("color:#111827; font-size:17px; font-weight:600"));
        card.delta->setObjectName(QStringLiteral("delta_") + id);
        QFont small = card.delta->font();
        small.setPointSizeF(8.5);
        card.delta->setFont(small);
        card.value->setToolTip(QStringLiteral("<code>%1</code>").arg(id));
        v->addWidget(card.title);
        v->addWidget(card.value);
        v->addWidget(card.delta);
        // Widths from the stretch alone, never from the text: a figure that
        // grows a digit must not re-wrap a title and resize every chart below.
        frame->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_frames.append(frame);
        m_cards.append(card);
    }
    connect(model, &ScenarioModel::resultsChanged, this, &HeadlineBar::refresh);
    retranslate();
}

void HeadlineBar::refresh()
{
    const QLocale locale = uiLocale();
    for (const Card &c : m_cards) {
        const std::optional<double> v = c.output->get(m_model->results());
        const std::optional<double> ref = c.output->get(m_model->reference());
        const QString shown = formatOutput(*c.output, v, locale);
        c.value->setText(shown);
        // "not reachable" has no change to show ("▲ 799.8 pt" read as a target that
        // moved): the card says what the preset showed instead.
        const bool comparable = shownAsNumber(*c.output, v) && shownAsNumber(*c.output, ref);
        const QString delta = comparable ? formatDelta(*v, *ref, c.output->kind, locale) : QString();
        const QString was = comparable ? QString() : formatOutput(*c.output, ref, locale);
        const bool changed = !delta.isEmpty() || (!comparable && shown != was);
        c.delta->setText(!changed           ? tr("as preset")
                         : !delta.isEmpty() ? tr("%1 vs preset").arg(delta)
                                            : tr("preset: %1").arg(was));
        // No change at the shown precision is no news, whatever the last digit did.
        const int sign = !changed || !v || !ref ? 0 : *v > *ref ? 1 : *v < *ref ? -1 : 0;
        // A colour, not a style sheet: re-polishing nine labels per slider step
        // cost more than drawing all the charts.
        const int news = sign * c.goodDirection;
        c.delta->setColor(news > 0 ? style::good : news < 0 ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x6b, 0x72, 0x80));
    }
}

int HeadlineBar::cardWidth(const Card &c) const
{
    // The widest its figure and change get at these magnitudes in the current
    // language, so a card is sized from the type, not from today's number.
    c.value->ensurePolished(); // the style sheet's 17 px
    const QFontMetrics value(c.value->font()), delta(c.delta->font());
    double sample = -888.8e3; // GPUs, USD a day: "−888.8K"
    switch (c.output->kind) {
    case OutputKind::Ratio: sample = -0.888; break;
    case OutputKind::CnyMillionsPerYear: sample = -888.8; break;
    case OutputKind::Years: sample = 88.8; break;
    case OutputKind::Count: sample = 8888.88; break;
    case OutputKind::MillionUsers: sample = 888.8; break;
    case OutputKind::MaasCount: sample = 8888; break;
    default: break;
    }
    int figure = value.horizontalAdvance(formatFigure(sample, c.output->kind, uiLocale()));
    // In Chinese ¥88.9M is "−8,889万元/年", wider than −8.89亿元 for ¥888.8M: measure both.
    if (c.output->kind == OutputKind::CnyMillionsPerYear)
        figure = std::max(figure, value.horizontalAdvance(formatFigure(-88.88, c.output->kind, uiLocale())));
    const int widest = std::max(figure, delta.horizontalAdvance(tr("%1 vs preset").arg(QStringLiteral("▼ 88.8 pt"))));
    return widest + 2 * 10 + 2 + 4; // the card's margins and border, and a little air
}

int HeadlineBar::widthFor(int columns) const
{
    // Each column as wide as its widest card; the grid's margins and spacing round them.
    int total = 16 + 8 * (columns - 1);
    for (int column = 0; column < columns; ++column) {
        int widest = 0;
        for (int i = column; i < m_cardWidths.size(); i += columns)
            widest = std::max(widest, m_cardWidths[i]);
        total += widest;
    }
    return total;
}

void HeadlineBar::reflow(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    updateGeometry();
    for (QWidget *frame : m_frames)
        m_grid->removeWidget(frame);
    for (int i = 0; i < m_frames.size(); ++i)
        m_grid->addWidget(m_frames[i], i / columns, i % columns);
    for (int c = 0; c < m_frames.size(); ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void HeadlineBar::fitTo(int width)
{
    // One row when the figures fit, else two or three even rows: a narrow window
    // (a laptop, a 720p projector) gets every figure whole rather than clipped.
    const int n = int(m_cards.size());
    int rows = 1;
    while (rows < 3 && widthFor((n + rows - 1) / rows) > width)
        ++rows;
    reflow((n + rows - 1) / rows);
}

void HeadlineBar::resizeEvent(QResizeEvent *event)
{
    fitTo(event->size().width());
    QWidget::resizeEvent(event);
}

QSize HeadlineBar::minimumSizeHint() const
{
    // Narrow enough for three rows of cards; the height follows from the rows now shown.
    return {widthFor((int(m_cards.size()) + 2) / 3), QWidget::minimumSizeHint().height()};
}

void HeadlineBar::sizeCards()
{
    m_cardWidths.clear();
    for (int i = 0; i < m_cards.size(); ++i) {
        m_cardWidths.append(cardWidth(m_cards[i]));
        m_frames[i]->setMinimumWidth(m_cardWidths.last());
    }
}

void HeadlineBar::retranslate()
{
    for (const Card &c : m_cards)
        c.title->setText(trText(c.output->label));
    // The "how many DeepSeeks" figure says what it divides, and where each number comes from.
    const OutputInfo *maas = &output(&Results::maasToFillIdleCards);
    for (const Card &c : m_cards)
        if (c.output == maas)
            c.value->setToolTip(tr("<code>maasToFillIdleCards</code>: today's idle cards in China (A2: ≈150 operating "
                                   "centres × cards per centre × (1 − 20–30 % occupancy)) ÷ the GPUs this MaaS holds "
                                   "for its peak (DS6's 1,814 average × GJ's 1.2 at the defaults)"));
    sizeCards();
    m_columns = 0; // widths change with the language: lay out afresh
    fitTo(isVisible() ? width() : QWIDGETSIZE_MAX);
    refresh();
}

void HeadlineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        sizeCards();
    QWidget::changeEvent(event);
}

} // namespace cc::ui
