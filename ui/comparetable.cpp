// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparetable.h"

#include "chartstyle.h"
#include "language.h"
#include "model.h"
#include "numberformat.h"
#include "outputs.h"
#include "qtext.h"
#include "registry.h"
#include "validation.h"

#include <QHeaderView>

#include <cmath>

namespace cc::ui {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int differsRole = Qt::UserRole + 1;
const QColor inputDiffers(0xfe, 0xf3, 0xc7);
const QColor outputMoved(0xdb, 0xea, 0xfe);

QString inputText(const ParamInfo &p, double v)
{
    if (p.isChoice())
        return pick(p.choices[int(v)].labelEn, p.choices[int(v)].labelZh);
    if (p.ratio)
        return formatPercent(v, p.decimals);
    return QLocale(QLocale::English).toString(v, 'f', p.decimals);
}

bool same(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

} // namespace

CompareTable::CompareTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("compareTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setAlternatingRowColors(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
}

void CompareTable::setScenarios(const QList<Scenario> &scenarios, int base)
{
    m_scenarios = scenarios;
    m_base = std::clamp(base, 0, int(scenarios.size()) - 1);
    fill();
}

void CompareTable::setOnlyDifferences(bool only)
{
    m_onlyDifferences = only;
    fill();
}

bool CompareTable::differs(int row, int column) const
{
    const QTableWidgetItem *i = item(row, column);
    return i && i->data(differsRole).toBool();
}

int CompareTable::rowOf(const QString &id) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, 0) && item(r, 0)->data(idRole).toString() == id)
            return r;
    return -1;
}

void CompareTable::fill()
{
    clear();
    const int n = int(m_scenarios.size());
    setColumnCount(n + 1);
    QStringList headers{tr("Input / output")};
    for (int c = 0; c < n; ++c)
        headers << (c == m_base ? tr("%1 (base)").arg(m_scenarios[c].name) : m_scenarios[c].name);
    setHorizontalHeaderLabels(headers);
    for (int c = 0; c < n; ++c)
        horizontalHeaderItem(c + 1)->setForeground(style::scenarioColor(c));

    QList<Results> results;
    for (const Scenario &s : m_scenarios)
        results << evaluate(s.inputs);

    setRowCount(0);
    auto addSection = [this](const QString &title) {
        const int r = rowCount();
        insertRow(r);
        auto *header = new QTableWidgetItem(title);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        setItem(r, 0, header);
        setSpan(r, 0, 1, columnCount());
    };
    auto addRow = [this, n](const QString &id, const QString &label, const QList<QString> &texts,
                            const QList<bool> &differ, const QColor &shade) {
        if (m_onlyDifferences && !differ.contains(true))
            return;
        const int r = rowCount();
        insertRow(r);
        auto *name = new QTableWidgetItem(label);
        name->setData(idRole, id);
        name->setToolTip(QStringLiteral("<code>%1</code>").arg(id));
        setItem(r, 0, name);
        for (int c = 0; c < n; ++c) {
            auto *cell = new QTableWidgetItem(texts[c]);
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setData(differsRole, differ[c]);
            if (differ[c])
                cell->setBackground(shade);
            setItem(r, c + 1, cell);
        }
    };

    addSection(tr("Inputs"));
    for (const ParamInfo &p : parameters()) {
        QList<QString> texts;
        QList<bool> differ;
        const double base = valueOf(m_scenarios[m_base].inputs, p);
        for (const Scenario &s : m_scenarios) {
            const double v = valueOf(s.inputs, p);
            texts << inputText(p, v);
            differ << !same(v, base);
        }
        const QString unit = p.ratio ? QString() : pick(p.unitEn, p.unitZh);
        addRow(toQString(p.id), unit.isEmpty() ? pick(p.labelEn, p.labelZh)
                                               : QStringLiteral("%1 (%2)").arg(pick(p.labelEn, p.labelZh), unit),
               texts, differ, inputDiffers);
    }
    addSection(tr("Outputs"));
    for (const OutputInfo &o : outputs()) {
        QList<QString> texts;
        QList<bool> differ;
        const std::optional<double> base = o.get(results[m_base]);
        for (const Results &r : results) {
            const std::optional<double> v = o.get(r);
            texts << formatOutput(o, v, zh());
            differ << (v.has_value() != base.has_value() || (v && !same(*v, *base)));
        }
        addRow(toQString(o.id), pick(o.labelEn, o.labelZh), texts, differ, outputMoved);
    }
}

} // namespace cc::ui
