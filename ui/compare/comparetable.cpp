// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/comparetable.h"

#include "ui/charts/chartstyle.h"
#include "ui/language.h"
#include "core/model/model.h"
#include "ui/numberformat.h"
#include "core/model/outputs.h"
#include "core/io/qtext.h"
#include "core/model/registry.h"
#include "core/model/validation.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace cc::ui {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int differsRole = Qt::UserRole + 1;
constexpr int deltaRole = Qt::UserRole + 2;
// A value column is never wider than this for its header's sake: a long
// scenario name is elided (full name in the tooltip) so that four scenarios
// and their Δ lines fit a 1280-px window without sideways scrolling.
constexpr int maxHeaderWidth = 120;
constexpr int maxLabelWidth = 230;
constexpr int minLabelWidth = 150;
const QColor inputDiffers(0xfe, 0xf3, 0xc7);
const QColor outputMoved(0xdb, 0xea, 0xfe);

QString inputText(const ParamInfo &p, double v)
{
    // "Elastic", not "Elastic: pay for average GPUs": the column stays narrow
    // enough for four scenarios, and the row's label says what is chosen.
    return formatInputShort(p, v);
}

// The sign in front of a magnitude, so "+1.2K" and "−1.2K" line up and a
// reader sees the direction before the number.
QString signedText(double d, const QString &magnitude)
{
    return (d < 0 ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

} // namespace

CompareTable::CompareTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("compareTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setAlternatingRowColors(false);
    verticalHeader()->setVisible(false);
    // Widths are set in fill(): contents decide, headers are elided rather
    // than widening a column (ResizeToContents would size to the header).
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    horizontalHeader()->setStretchLastSection(true);
    setTextElideMode(Qt::ElideRight);
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

QString CompareTable::delta(int row, int column) const
{
    const QTableWidgetItem *i = item(row, column);
    return i ? i->data(deltaRole).toString() : QString();
}

QString CompareTable::inputDelta(const ParamInfo &p, double value, double base)
{
    if (p.isChoice() || !ui::differs(value, base))
        return {};
    const double d = value - base;
    if (p.ratio)
        return tr("%1 pt").arg(signedText(d, QLocale(QLocale::English).toString(std::abs(d) * 100, 'f', 1)));
    return signedText(d, QLocale(QLocale::English).toString(std::abs(d), 'f', p.decimals));
}

QString CompareTable::outputDelta(const OutputInfo &o, std::optional<double> value, std::optional<double> base)
{
    // No difference of an undefined value: the cell already says "undefined".
    if (!value || !base || !ui::differs(*value, *base))
        return {};
    const double d = *value - *base;
    if (o.kind == OutputKind::Ratio)
        return tr("%1 pt").arg(signedText(d, QLocale(QLocale::English).toString(std::abs(d) * 100, 'f', 1)));
    return signedText(d, formatFigure(std::abs(d), o.kind, uiLocale()));
}

void CompareTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitColumns();
}

void CompareTable::fitColumns()
{
    // What gives way first when the window narrows: the headers' full names
    // (elided, whole in the tooltip), then the labels' length (elided, whole in
    // the tooltip). Values and their Δ are never cut.
    const int room = viewport()->width();
    int contents = 0, withHeaders = 0;
    QList<int> widths;
    for (qsizetype i = 0; i < m_contentHints.size(); ++i) {
        widths << std::max(m_contentHints[i], std::min(m_headerHints[i], maxHeaderWidth));
        contents += m_contentHints[i];
        withHeaders += widths.last();
    }
    const int labelMax = std::min(m_labelHint, maxLabelWidth);
    if (std::min(minLabelWidth, labelMax) + withHeaders > room) {
        widths = m_contentHints;
        withHeaders = contents;
    }
    const int label = std::clamp(room - withHeaders, std::min(minLabelWidth, labelMax), labelMax);
    setColumnWidth(0, label);
    for (qsizetype i = 0; i < widths.size(); ++i)
        setColumnWidth(int(i) + 1, widths[i]);
    // Elided here rather than by the header, which clipped a bold or centred
    // name at both ends; the last column also gets what the stretch adds.
    QFont bold = horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    for (qsizetype i = 0; i < widths.size() && i < m_scenarios.size(); ++i) {
        const bool last = i + 1 == widths.size();
        const int width = last ? std::max(widths[i], room - label - (withHeaders - widths[i])) : widths[i];
        QTableWidgetItem *h = horizontalHeaderItem(int(i) + 1);
        if (!h)
            continue;
        // The name gives way, never the "(base)" that says which column the Δs are against.
        if (i == m_base) {
            const QString marker = tr("%1 (base)");
            const int nameRoom = width - 12 - fm.horizontalAdvance(marker.arg(QString()));
            h->setText(marker.arg(fm.elidedText(m_scenarios[i].name, Qt::ElideRight, std::max(nameRoom, 0))));
        } else {
            h->setText(fm.elidedText(m_scenarios[i].name, Qt::ElideRight, width - 12));
        }
    }
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
    for (int c = 0; c < n; ++c) {
        horizontalHeaderItem(c + 1)->setForeground(style::scenarioColor(c));
        horizontalHeaderItem(c + 1)->setToolTip(headers[c + 1]);
    }

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
                            const QList<QString> &deltas, const QList<bool> &differ, const QColor &shade) {
        if (m_onlyDifferences && !differ.contains(true))
            return;
        const int r = rowCount();
        insertRow(r);
        auto *name = new QTableWidgetItem(label);
        name->setData(idRole, id);
        // The label may be elided in a narrow window: the tooltip has it whole.
        name->setToolTip(QStringLiteral("%1<br><code>%2</code>").arg(label.toHtmlEscaped(), id));
        setItem(r, 0, name);
        for (int c = 0; c < n; ++c) {
            // Δ under the value rather than in a column of its own: four
            // scenarios keep one column each and fit a 1280-px window.
            auto *cell = new QTableWidgetItem(
                deltas[c].isEmpty() ? texts[c] : texts[c] + QLatin1Char('\n') + tr("Δ %1").arg(deltas[c]));
            cell->setData(deltaRole, deltas[c]);
            cell->setToolTip(deltas[c].isEmpty() ? QString()
                                                 : tr("%1 against %2").arg(deltas[c], m_scenarios[m_base].name));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setData(differsRole, differ[c]);
            if (differ[c])
                cell->setBackground(shade);
            setItem(r, c + 1, cell);
        }
    };

    addSection(tr("Inputs"));
    for (const ParamInfo &p : parameters()) {
        QList<QString> texts, deltas;
        QList<bool> differ;
        const double base = valueOf(m_scenarios[m_base].inputs, p);
        for (const Scenario &s : m_scenarios) {
            const double v = valueOf(s.inputs, p);
            texts << inputText(p, v);
            deltas << inputDelta(p, v, base);
            differ << ui::differs(v, base);
        }
        const QString unit = p.ratio ? QString() : trText(p.unit);
        addRow(toQString(p.id), unit.isEmpty() ? trText(p.label) : QStringLiteral("%1 (%2)").arg(trText(p.label), unit),
               texts, deltas, differ, inputDiffers);
    }
    addSection(tr("Outputs"));
    for (const OutputInfo &o : outputs()) {
        QList<QString> texts, deltas;
        QList<bool> differ;
        const std::optional<double> base = o.get(results[m_base]);
        for (const Results &r : results) {
            const std::optional<double> v = o.get(r);
            texts << formatOutput(o, v, uiLocale());
            deltas << outputDelta(o, v, base);
            differ << ui::differs(v, base);
        }
        addRow(toQString(o.id), trText(o.label), texts, deltas, differ, outputMoved);
    }
    // Two-line cells need their height; widths come from the contents, and
    // fitColumns() shares out the room.
    resizeRowsToContents();
    m_labelHint = sizeHintForColumn(0);
    m_contentHints.clear();
    m_headerHints.clear();
    for (int c = 1; c <= n; ++c) {
        m_contentHints << sizeHintForColumn(c);
        m_headerHints << horizontalHeader()->sectionSizeHint(c);
    }
    fitColumns();
}

} // namespace cc::ui
