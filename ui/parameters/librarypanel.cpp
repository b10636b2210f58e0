// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/parameters/librarypanel.h"

#include "ui/compare/comparewindow.h"
#include "ui/document/document.h"
#include "ui/language.h"
#include "core/model/presets.h"
#include "core/io/qtext.h"
#include "ui/document/scenariomodel.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace cc::ui {

LibraryPanel::LibraryPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget), m_snapshot(new QPushButton),
      m_addFiles(new QPushButton), m_addPreset(new QPushButton), m_remove(new QPushButton), m_open(new QPushButton),
      m_compare(new QPushButton)
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_list->setObjectName(QStringLiteral("library_list"));
    m_compare->setObjectName(QStringLiteral("library_compare"));
    auto *working = new QListWidgetItem(m_list);
    working->setFlags(working->flags() | Qt::ItemIsUserCheckable);
    working->setCheckState(Qt::Checked);

    auto *presetMenu = new QMenu(m_addPreset);
    for (const Preset &p : presets()) {
        const QString id = toQString(p.id);
        presetMenu->addAction(trText(p.name), this, [this, id] { addScenario(scenarioFromPreset(id)); });
    }
    m_addPreset->setMenu(presetMenu);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_list, 0, 0, 1, 3);
    grid->addWidget(m_snapshot, 1, 0);
    grid->addWidget(m_addFiles, 1, 1);
    grid->addWidget(m_addPreset, 1, 2);
    grid->addWidget(m_open, 2, 0);
    grid->addWidget(m_remove, 2, 1);
    grid->addWidget(m_compare, 2, 2);

    connect(m_snapshot, &QPushButton::clicked, this, &LibraryPanel::snapshot);
    connect(m_addFiles, &QPushButton::clicked, this, &LibraryPanel::addFiles);
    connect(m_remove, &QPushButton::clicked, this, &LibraryPanel::removeSelected);
    connect(m_open, &QPushButton::clicked, this, &LibraryPanel::openSelected);
    connect(m_compare, &QPushButton::clicked, this, &LibraryPanel::compare);
    connect(m_document, &Document::titleChanged, this, &LibraryPanel::retranslate);
    retranslate();
}

void LibraryPanel::addScenario(const Scenario &s)
{
    m_scenarios.append(s);
    auto *item = new QListWidgetItem(s.name, m_list);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setToolTip(s.notes);
}

int LibraryPanel::count() const
{
    return m_list->count();
}

void LibraryPanel::setChecked(int row, bool checked)
{
    m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<Scenario> LibraryPanel::checkedScenarios() const
{
    QList<Scenario> list;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() != Qt::Checked)
            continue;
        if (row == 0) {
            Scenario working = m_document->snapshot();
            working.name = tr("%1 (working)").arg(m_document->name());
            list << working;
        } else {
            list << m_scenarios[row - 1];
        }
    }
    return list;
}

CompareWindow *LibraryPanel::compare()
{
    const QList<Scenario> ticked = checkedScenarios();
    if (ticked.size() < 2 || ticked.size() > 4) {
        emit message(tr("Tick 2 to 4 scenarios to compare (%1 ticked).").arg(ticked.size()));
        return nullptr;
    }
    auto *window = new CompareWindow(ticked, this);
    window->show();
    return window;
}

void LibraryPanel::snapshot()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Snapshot"), tr("Name of this snapshot:"), QLineEdit::Normal,
                                               tr("%1 — snapshot").arg(m_document->name()), &ok);
    if (!ok)
        return;
    Scenario s = m_document->snapshot();
    s.name = name;
    addScenario(s);
}

void LibraryPanel::addFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add scenarios"), QString(), tr("ComputeChain scenarios (*.json)"));
    QStringList errors;
    for (const QString &path : paths) {
        const ScenarioLoad load = loadScenario(path);
        if (!load.scenario) {
            errors << load.error;
            continue;
        }
        Scenario s = *load.scenario;
        if (s.name.isEmpty())
            s.name = QFileInfo(path).completeBaseName();
        addScenario(s);
    }
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Some files were not added"), errors.join(QStringLiteral("\n\n")));
}

void LibraryPanel::removeSelected()
{
    const int row = m_list->currentRow();
    if (row <= 0)
        return; // the working scenario stays
    delete m_list->takeItem(row);
    m_scenarios.removeAt(row - 1);
}

void LibraryPanel::openSelected()
{
    const int row = m_list->currentRow();
    if (row <= 0 || !m_document->askToKeepChanges())
        return;
    const Scenario &s = m_scenarios[row - 1];
    m_document->newFromPreset(s.presetId.isEmpty() ? toQString(defaultPresetId) : s.presetId);
    m_document->restoreInputs(s);
}

void LibraryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryPanel::retranslate()
{
    m_list->item(0)->setText(tr("● %1 (working)").arg(m_document->name()));
    m_snapshot->setText(tr("Snapshot"));
    m_snapshot->setToolTip(tr("Keep a copy of the working scenario to compare against"));
    m_addFiles->setText(tr("Add files…"));
    m_addPreset->setText(tr("Add preset"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Make the selected scenario the working one"));
    m_remove->setText(tr("Remove"));
    m_compare->setText(tr("Compare…"));
}

} // namespace cc::ui
