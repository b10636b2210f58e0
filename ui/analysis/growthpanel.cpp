// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/growthpanel.h"

#include "core/model/growth.h"
#include "ui/charts/growthchart.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "ui/document/scenariomodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cc::ui {

GrowthPanel::GrowthPanel(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("growthPanel"));
    m_table->setObjectName(QStringLiteral("growth_table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *note = new QLabel(tr("Rates: the Growth group of the parameter dock. A2 expects compute to grow over 30 % a "
                               "year; the centre column assumes the growth fills seed B's 1,000-card centre."));
    note->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(new GrowthChart(model));
    split->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(split, 1);
    connect(model, &ScenarioModel::resultsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

void GrowthPanel::refresh()
{
    const std::vector<GrowthYear> years = projectGrowth(m_model->inputs(), m_model->results());
    const QStringList headers{tr("Year"),
                              tr("Provisioned GPUs"),
                              tr("Growth since 2025"),
                              tr("of which data"),
                              tr("params"),
                              tr("efficiency"),
                              tr("induced demand"),
                              tr("Centres filled"),
                              tr("Centre occupancy"),
                              tr("Centre annual profit")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(years.size()));
    const QLocale locale = uiLocale();
    for (int row = 0; row < int(years.size()); ++row) {
        const GrowthYear &y = years[row];
        const QStringList cells{QString::number(y.year),
                                formatFigure(y.provisionedGpus, OutputKind::Gpus, locale),
                                QStringLiteral("×%1").arg(QString::number(std::exp(y.logTotal()), 'f', 2)),
                                QStringLiteral("×%1").arg(QString::number(std::exp(y.logData), 'f', 2)),
                                QStringLiteral("×%1").arg(QString::number(std::exp(y.logParams), 'f', 2)),
                                QStringLiteral("×%1").arg(QString::number(std::exp(y.logEfficiency), 'f', 2)),
                                QStringLiteral("×%1").arg(QString::number(std::exp(y.logInduced), 'f', 2)),
                                QString::number(y.centresFilled, 'f', 2),
                                formatPercent(y.centreOccupancy),
                                formatFigure(y.centreAnnualProfit, OutputKind::CnyMillionsPerYear, locale)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
}

} // namespace cc::ui
