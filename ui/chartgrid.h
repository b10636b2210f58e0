// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;

namespace cc::ui {

// Charts in a grid that reflows with the window: 2 to 4 columns, filled in
// order, a chart that asks for it spanning two rows.
class ChartGrid : public QWidget {
    Q_OBJECT
public:
    explicit ChartGrid(QWidget *parent = nullptr);
    void addChart(QWidget *chart, int rowSpan = 1);
    QList<QWidget *> charts() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reflow(int columns);

    QGridLayout *m_grid;
    QList<QPair<QWidget *, int>> m_charts;
    int m_columns = 0;
};

} // namespace cc::ui
