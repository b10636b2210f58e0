// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;

namespace cc::ui {

// Charts in a grid that reflows with the window: 2 to 4 columns, filled in
// order, a chart that asks for it spanning two rows when that leaves no row
// half empty, the charts of a short last row widened to fill it. Charts keep a readable minimum size; below it the grid
// is taller than the window and scrolls (it sits in a scroll area).
class ChartGrid : public QWidget {
    Q_OBJECT
public:
    explicit ChartGrid(QWidget *parent = nullptr);
    void addChart(QWidget *chart, int rowSpan = 1);
    QList<QWidget *> charts() const;
    int columns() const;
    // As narrow as two columns of charts, whatever the columns now: the grid
    // reflows to fewer columns rather than hold the window wide.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reflow(int columns);
    bool spansRows(int columns) const;

    QGridLayout *m_grid;
    QList<QPair<QWidget *, int>> m_charts;
    int m_columns = 0;
};

} // namespace cc::ui
