// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace cc {
struct OutputInfo;
}

namespace cc::ui {

class FigureLabel;
class ScenarioModel;

// The figures an analyst quotes, each with its unit and its change against
// the preset the scenario started from.
class HeadlineBar : public QWidget {
    Q_OBJECT
public:
    explicit HeadlineBar(ScenarioModel *model, QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Card {
        const OutputInfo *output;
        int goodDirection; // +1: up is good news, −1: up is bad news, 0: neither
        QLabel *title;
        FigureLabel *value;
        FigureLabel *delta;
    };
    void refresh();
    void retranslate();
    int cardWidth(const Card &c) const;
    int widthFor(int columns) const;
    void reflow(int columns);
    void sizeCards();
    void fitTo(int width);

    ScenarioModel *m_model;
    QList<Card> m_cards;
    QList<QWidget *> m_frames;
    // cardWidth() of each card, measured when the language or font changes: a
    // layout pass asks minimumSizeHint() on every slider step, and measuring the
    // sample texts each time was a tenth of a step.
    QList<int> m_cardWidths;
    QGridLayout *m_grid;
    int m_columns = 0;
};

} // namespace cc::ui
