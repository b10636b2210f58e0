// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/comparewindow.h"

#include "ui/compare/comparecharts.h"
#include "ui/compare/comparetable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>

namespace cc::ui {

CompareWindow::CompareWindow(const QList<Scenario> &scenarios, QWidget *parent)
    : QWidget(parent, Qt::Window), m_scenarios(scenarios), m_base(new QComboBox), m_onlyDifferences(new QCheckBox),
      m_table(new CompareTable), m_margin(new CompareMarginChart), m_figures(new CompareFiguresChart)
{
    setObjectName(QStringLiteral("compareWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Compare scenarios — ComputeChain"));
    m_base->setObjectName(QStringLiteral("compare_base"));
    for (const Scenario &s : scenarios)
        m_base->addItem(s.name);
    m_onlyDifferences->setObjectName(QStringLiteral("compare_onlyDifferences"));
    m_onlyDifferences->setText(tr("Only rows that differ"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Base:")));
    bar->addWidget(m_base);
    bar->addWidget(m_onlyDifferences);
    bar->addStretch(1);
    auto *legend =
        new QLabel(tr("<span style='background:#fef3c7'>&nbsp;input differs from base&nbsp;</span>&nbsp;&nbsp;"
                      "<span style='background:#dbeafe'>&nbsp;output moved&nbsp;</span>"));
    bar->addWidget(legend);

    auto *charts = new QSplitter(Qt::Vertical);
    charts->addWidget(m_margin);
    charts->addWidget(m_figures);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(charts);
    // The table is what the analyst reads; the charts give up width first.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({780, 620});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_base, &QComboBox::currentIndexChanged, this, &CompareWindow::refresh);
    connect(m_onlyDifferences, &QCheckBox::toggled, m_table, &CompareTable::setOnlyDifferences);
    m_margin->setScenarios(scenarios);
    m_figures->setScenarios(scenarios);
    refresh();
    // 1400×900 where there is room; within the screen on a laptop or a
    // 720p projector, where a fixed size would push the window off it.
    QSize size(1400, 900);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
}

void CompareWindow::setBase(int index)
{
    m_base->setCurrentIndex(index);
}

void CompareWindow::refresh()
{
    m_table->setScenarios(m_scenarios, m_base->currentIndex());
}

} // namespace cc::ui
