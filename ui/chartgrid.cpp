// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartgrid.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <set>

namespace cc::ui {

namespace {

constexpr int comfortableChartWidth = 380;

} // namespace

ChartGrid::ChartGrid(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("chartGrid"));
    m_grid->setContentsMargins(8, 4, 8, 8);
    m_grid->setSpacing(8);
}

void ChartGrid::addChart(QWidget *chart, int rowSpan)
{
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

void ChartGrid::reflow(int columns)
{
    m_columns = columns;
    for (const auto &c : m_charts)
        m_grid->removeWidget(c.first);
    for (int i = 0; i < m_grid->rowCount(); ++i)
        m_grid->setRowStretch(i, 0);
    std::set<std::pair<int, int>> taken;
    int row = 0, column = 0, rows = 0;
    for (const auto &[chart, span] : m_charts) {
        while (taken.count({row, column})) {
            if (++column == columns) {
                column = 0;
                ++row;
            }
        }
        m_grid->addWidget(chart, row, column, span, 1);
        for (int r = 0; r < span; ++r)
            taken.insert({row + r, column});
        rows = std::max(rows, row + span);
    }
    for (int r = 0; r < rows; ++r)
        m_grid->setRowStretch(r, 1);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace cc::ui
