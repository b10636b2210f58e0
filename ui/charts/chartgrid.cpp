// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartgrid.h"

#include "ui/parameters/wheelguard.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <set>

namespace cc::ui {

namespace {

constexpr int comfortableChartWidth = 380;
// Below this a chart's axes and labels crowd each other; the grid then scrolls.
constexpr int minimumChartHeight = 264;
constexpr int minimumChartWidth = 300;

} // namespace

ChartGrid::ChartGrid(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("chartGrid"));
    m_grid->setContentsMargins(8, 4, 8, 8);
    m_grid->setSpacing(8);
}

void ChartGrid::addChart(QWidget *chart, int rowSpan)
{
    chart->setMinimumSize(minimumChartWidth, minimumChartHeight);
    passWheelOn(chart);
    m_charts.append({chart, rowSpan});
    reflow(m_columns ? m_columns : 3);
}

QList<QWidget *> ChartGrid::charts() const
{
    QList<QWidget *> list;
    for (const auto &c : m_charts)
        list << c.first;
    return list;
}

void ChartGrid::resizeEvent(QResizeEvent *event)
{
    const int columns = std::clamp(event->size().width() / comfortableChartWidth, 2, 4);
    if (columns != m_columns)
        reflow(columns);
    QWidget::resizeEvent(event);
}

QSize ChartGrid::minimumSizeHint() const
{
    const QMargins m = m_grid->contentsMargins();
    return {2 * minimumChartWidth + m_grid->horizontalSpacing() + m.left() + m.right(),
            QWidget::minimumSizeHint().height()};
}

int ChartGrid::columns() const
{
    return m_columns;
}

bool ChartGrid::spansRows(int columns) const
{
    // A tall chart spans two rows only when that fills the last row: 8 charts in
    // 4 columns fill two rows, but with the heatmap spanning, a lone chart
    // would sit in an empty third row.
    // At two columns a chart two rows tall is taller than a 720p view: it could not be seen whole.
    if (columns < 3)
        return false;
    int cells = 0, spanning = 0;
    for (const auto &c : m_charts) {
        cells += 1;
        spanning += c.second > 1;
    }
    const auto empty = [columns](int n) { return (columns - n % columns) % columns; };
    return empty(cells + spanning) <= empty(cells);
}

void ChartGrid::reflow(int columns)
{
    m_columns = columns;
    for (const auto &c : m_charts)
        m_grid->removeWidget(c.first);
    for (int i = 0; i < m_grid->rowCount(); ++i)
        m_grid->setRowStretch(i, 0);
    struct Cell {
        int row, column, rowSpan, columnSpan = 1;
    };
    QList<Cell> cells;
    std::set<std::pair<int, int>> taken;
    int row = 0, column = 0, rows = 0;
    const bool spanAllowed = spansRows(columns);
    for (const auto &c : m_charts) {
        const int span = spanAllowed && c.second > 1 ? c.second : 1;
        while (taken.count({row, column})) {
            if (++column == columns) {
                column = 0;
                ++row;
            }
        }
        cells.append({row, column, span});
        for (int r = 0; r < span; ++r)
            taken.insert({row + r, column});
        rows = std::max(rows, row + span);
    }
    // A last row with room to spare: its charts widen to fill it (13 charts in two
    // columns leave the last one alone; it then takes the row's full width) rather
    // than leave a hole. Only when no taller chart reaches into that row.
    const int last = rows - 1;
    QList<int> inLastRow;
    bool reachedInto = false;
    for (int i = 0; i < cells.size(); ++i) {
        if (cells[i].row == last)
            inLastRow.append(i);
        else if (cells[i].row + cells[i].rowSpan > last)
            reachedInto = true;
    }
    if (!reachedInto && !inLastRow.isEmpty() && inLastRow.size() < columns) {
        const int n = int(inLastRow.size());
        int next = 0;
        for (int k = 0; k < n; ++k) {
            Cell &cell = cells[inLastRow[k]];
            // The later charts take the extra columns: (4 columns, 3 charts) → 1, 1, 2.
            cell.columnSpan = columns / n + (k >= n - columns % n ? 1 : 0);
            cell.column = next;
            next += cell.columnSpan;
        }
    }
    for (int i = 0; i < cells.size(); ++i)
        m_grid->addWidget(m_charts[i].first, cells[i].row, cells[i].column, cells[i].rowSpan, cells[i].columnSpan);
    for (int r = 0; r < rows; ++r)
        m_grid->setRowStretch(r, 1);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace cc::ui
