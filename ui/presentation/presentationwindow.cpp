// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentation/presentationwindow.h"

#include "core/model/presets.h"
#include "core/io/qtext.h"

#include "ui/charts/chartfactory.h"
#include "ui/charts/chartstyle.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "core/model/outputs.h"
#include "ui/parameters/parametereditor.h"
#include "core/model/registry.h"
#include "ui/document/document.h"
#include "ui/document/scenariomodel.h"

#include <QGridLayout>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

constexpr double projectorScale = 1.8;

} // namespace

PresentationWindow::PresentationWindow(const QList<Scenario> &scenarios, QWidget *parent, ScenarioModel *working)
    : QWidget(parent, Qt::Window), m_scenarios(scenarios), m_model(new ScenarioModel(this)), m_title(new QLabel),
      m_position(new QLabel), m_charts(new QStackedWidget), m_working(working)
{
    for (const Scenario &s : m_scenarios)
        m_edited << s.inputs;
    setObjectName(QStringLiteral("presentationWindow"));
    m_title->setObjectName(QStringLiteral("present_title"));
    m_position->setObjectName(QStringLiteral("present_position"));
    setAttribute(Qt::WA_DeleteOnClose);
    setStyleSheet(QStringLiteral("#presentationWindow { background: white; }"));
    QFont title = font();
    title.setPointSizeF(28);
    title.setBold(true);
    m_title->setFont(title);
    m_position->setStyleSheet(QStringLiteral("color:#6b7280; font-size:16px"));

    auto *figures = new QHBoxLayout;
    // Room between figures: at 1280×720 in Chinese "8.71万美元/日" ran into the next one's "95.1%".
    figures->setSpacing(28);
    for (const OutputInfo *o : {&output(&Results::revenueMargin), &output(&Results::costProfitMargin),
                                &output(&Results::breakEvenPaidRate), &output(&Results::provisionedGpus),
                                &output(&Results::totalCostPerDay), &output(&Results::breakEvenOccupancy)}) {
        auto *box = new QVBoxLayout;
        auto *label = new QLabel(trText(o->label));
        label->setObjectName(QStringLiteral("present_caption_") + toQString(o->id));
        label->setStyleSheet(QStringLiteral("color:#4b5563; font-size:18px"));
        auto *value = new QLabel;
        value->setObjectName(QStringLiteral("present_") + toQString(o->id));
        value->setStyleSheet(QStringLiteral("color:#111827; font-size:40px; font-weight:600"));
        box->addWidget(label);
        box->addWidget(value);
        figures->addLayout(box, 1);
        m_figures.append({o, label, value});
    }

    // The dashboard's own chart classes, built with projector-sized type.
    style::setFontScale(projectorScale);
    QList<QWidget *> charts;
    for (const chart::ChartInfo &c : chart::charts())
        charts << makeChart(c.id, m_model);
    style::setFontScale(1.0);
    for (QWidget *chart : charts) {
        // A focused QChartView scrolls on arrows and PgUp/PgDn and swallows them:
        // the charts here are for looking at, the keys belong to the presenter.
        chart->setFocusPolicy(Qt::NoFocus);
        for (QWidget *child : chart->findChildren<QWidget *>())
            child->setFocusPolicy(Qt::NoFocus);
        m_charts->addWidget(chart);
    }
    setFocusPolicy(Qt::StrongFocus);

    auto *levers = new QHBoxLayout;
    for (const ParamInfo &p : parameters())
        if (p.keyLever)
            levers->addWidget(new ParameterEditor(p, m_model), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_position);
    layout->addLayout(top);
    layout->addLayout(figures);
    layout->addWidget(m_charts, 1);
    layout->addLayout(levers);

    // Whatever inside has focus, the presenter's keys reach the window first.
    for (QWidget *child : findChildren<QWidget *>())
        child->installEventFilter(this);
    connect(m_model, &ScenarioModel::resultsChanged, this, &PresentationWindow::refreshFigures);
    connect(m_model, &ScenarioModel::inputsChanged, this, &PresentationWindow::rememberEdits);
    showScenario(0);
    // The window, not the first lever, has the keys when it opens: the presenter's
    // first ↓ moves to the next chart instead of dragging utilization in front of the room.
    setFocus(Qt::OtherFocusReason);
}

int PresentationWindow::chartIndex() const
{
    return m_charts->currentIndex();
}

QString PresentationWindow::figureText(const QString &outputId) const
{
    for (const Figure &f : m_figures)
        if (toQString(f.output->id) == outputId)
            return f.value->text();
    return {};
}

void PresentationWindow::showScenario(int index)
{
    if (m_scenarios.isEmpty())
        return;
    m_index = (index + int(m_scenarios.size())) % int(m_scenarios.size());
    const Scenario &s = m_scenarios[m_index];
    m_showing = true; // a scenario shown is not an edit
    m_model->reset(m_edited[m_index], s.presetId.isEmpty() ? toQString(defaultPresetId) : s.presetId);
    m_showing = false;
    retitle();
    refreshFigures();
}

void PresentationWindow::retitle()
{
    // The main window calls a preset-named scenario by the preset's name in the UI language: so does this.
    m_title->setText(scenarioTitle(m_scenarios[m_index].name));
    m_position->setText(tr("Scenario %1 of %2 · PgUp/PgDn scenarios · ↑/↓ charts · Esc leaves")
                            .arg(m_index + 1)
                            .arg(m_scenarios.size()));
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const Figure &f : m_figures)
            f.caption->setText(trText(f.output->label));
        if (!m_scenarios.isEmpty()) {
            retitle();
            refreshFigures(); // numbers in the new language's format (万, 亿)
        }
    }
    QWidget::changeEvent(event);
}

void PresentationWindow::showChart(int index)
{
    m_charts->setCurrentIndex((index + m_charts->count()) % m_charts->count());
}

void PresentationWindow::refreshFigures()
{
    for (const Figure &f : m_figures)
        f.value->setText(formatOutput(*f.output, f.output->get(m_model->results()), uiLocale()));
}

bool PresentationWindow::handleKey(int key, const QWidget *focused)
{
    // A lever being edited keeps the keys that edit it; PgUp/PgDn and Esc always navigate.
    const bool editing =
        focused && (qobject_cast<const QAbstractSpinBox *>(focused) || qobject_cast<const QAbstractSlider *>(focused) ||
                    qobject_cast<const QComboBox *>(focused) || qobject_cast<const QLineEdit *>(focused));
    switch (key) {
    case Qt::Key_PageDown: showScenario(m_index + 1); return true;
    case Qt::Key_PageUp: showScenario(m_index - 1); return true;
    case Qt::Key_Escape: close(); return true;
    default: break;
    }
    if (editing)
        return false;
    switch (key) {
    case Qt::Key_Right: showScenario(m_index + 1); return true;
    case Qt::Key_Left: showScenario(m_index - 1); return true;
    case Qt::Key_Down:
    case Qt::Key_Space: showChart(chartIndex() + 1); return true;
    case Qt::Key_Up: showChart(chartIndex() - 1); return true;
    default:
        if (key >= Qt::Key_1 && key < Qt::Key_1 + m_charts->count()) {
            showChart(key - Qt::Key_1);
            return true;
        }
    }
    return false;
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier)
            if (handleKey(key->key(), qobject_cast<QWidget *>(watched)))
                return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event->key(), nullptr))
        QWidget::keyPressEvent(event);
}

int PresentationWindow::chartCount() const
{
    return m_charts->count();
}

void PresentationWindow::rememberEdits()
{
    if (m_showing || m_scenarios.isEmpty())
        return;
    m_edited[m_index] = m_model->inputs();
    m_lastEdited = m_index;
}

QStringList PresentationWindow::changedLevers() const
{
    QStringList changes;
    if (m_lastEdited < 0)
        return changes;
    const Inputs &before = m_scenarios[m_lastEdited].inputs, &after = m_edited[m_lastEdited];
    for (const ParamInfo &p : parameters())
        if (valueOf(before, p) != valueOf(after, p))
            changes << tr("%1 %2 (was %3)")
                           .arg(trText(p.label), formatInput(p, valueOf(after, p)), formatInput(p, valueOf(before, p)));
    return changes;
}

void PresentationWindow::keepChanges()
{
    if (!m_working || m_lastEdited < 0)
        return;
    Inputs in = m_working->inputs();
    const Inputs &before = m_scenarios[m_lastEdited].inputs, &after = m_edited[m_lastEdited];
    for (const ParamInfo &p : parameters())
        if (valueOf(before, p) != valueOf(after, p))
            setValue(in, p, valueOf(after, p));
    m_working->replaceInputs(in, m_working->presetId(), tr("Changes made while presenting"));
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    const QStringList changes = changedLevers();
    if (m_working && !m_asked && !changes.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Keep the changes?"),
                        tr("While presenting “%1” you changed:\n%2\n\nKeep these values in your working scenario? "
                           "(Edit → Undo takes them back.)")
                            .arg(m_scenarios[m_lastEdited].name, changes.join(QLatin1Char('\n'))),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("keepChangesBox"));
        box.button(QMessageBox::Yes)->setText(tr("Keep"));
        box.button(QMessageBox::No)->setText(tr("Discard"));
        box.setDefaultButton(QMessageBox::Yes);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        m_asked = true;
        if (answer == QMessageBox::Yes)
            keepChanges();
    }
    QWidget::closeEvent(event);
}

} // namespace cc::ui
