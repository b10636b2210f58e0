// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/document.h"

#include "ui/language.h"
#include "core/model/presets.h"
#include "core/io/qtext.h"
#include "ui/document/scenariomodel.h"
#include "ui/document/settings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QCryptographicHash>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace cc::ui {

namespace {

constexpr int recentCount = 8;

} // namespace

Document::Document(ScenarioModel *model, QWidget *window)
    : QObject(window), m_model(model), m_window(window), m_meta(scenarioFromPreset(model->presetId()))
{
    connect(model->undoStack(), &QUndoStack::cleanChanged, this, &Document::emitTitle);
    connect(model, &ScenarioModel::presetChanged, this, &Document::emitTitle);
    connect(model, &ScenarioModel::inputsChanged, this, &Document::changed);
}

QString Document::restore(const QString &autosavePath)
{
    const ScenarioLoad load = loadScenario(autosavePath);
    if (!load.scenario)
        return load.error;
    newFromPreset(load.scenario->presetId.isEmpty() ? toQString(defaultPresetId) : load.scenario->presetId);
    restoreInputs(*load.scenario);
    return {};
}

void Document::restoreInputs(const Scenario &s)
{
    m_meta = s;
    // An undoable step on top of the preset: the work is back, and unsaved.
    m_model->replaceInputs(s.inputs, m_model->presetId(), tr("Restore “%1”").arg(s.name));
    m_model->assignDistributions(s.distributions);
    emitTitle();
}

QString Document::name() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).completeBaseName();
    if (m_meta.name.isEmpty())
        return tr("Untitled");
    return scenarioTitle(m_meta.name);
}

QString scenarioTitle(const QString &name)
{
    for (const Preset &p : presets())
        if (name == toQString(p.name))
            return trText(p.name);
    return name;
}

bool Document::isModified() const
{
    return !m_model->undoStack()->isClean();
}

Scenario Document::snapshot() const
{
    Scenario s = m_meta;
    s.inputs = m_model->inputs();
    s.presetId = m_model->presetId();
    s.distributions = m_model->distributions();
    if (s.name.isEmpty())
        s.name = name();
    return s;
}

QStringList Document::recentFiles() const
{
    return Settings().recentFiles();
}

void Document::newFromPreset(const QString &presetId)
{
    m_meta = scenarioFromPreset(presetId);
    m_model->reset(m_meta.inputs, m_meta.presetId);
    m_model->assignDistributions({});
    m_model->undoStack()->setClean();
    setPath(QString());
}

QString Document::openFile(const QString &path, QStringList *warnings)
{
    const ScenarioLoad load = loadScenario(path);
    if (!load.scenario)
        return load.error;
    if (warnings)
        *warnings = load.warnings;
    m_meta = *load.scenario;
    m_model->reset(m_meta.inputs, m_meta.presetId.isEmpty() ? toQString(defaultPresetId) : m_meta.presetId);
    m_model->assignDistributions(m_meta.distributions);
    m_model->undoStack()->setClean();
    stamp(path);
    setPath(path);
    remember(path);
    return {};
}

QString Document::saveFile(const QString &path)
{
    Scenario s = snapshot();
    s.modified = QDateTime::currentDateTimeUtc();
    if (!s.created.isValid())
        s.created = s.modified;
    if (s.name.isEmpty() || m_path != path)
        s.name = QFileInfo(path).completeBaseName();
    if (const QString error = saveScenario(s, path); !error.isEmpty())
        return error;
    m_meta = s;
    m_model->undoStack()->setClean();
    stamp(path);
    setPath(path);
    remember(path);
    return {};
}

bool Document::open()
{
    if (!askToKeepChanges())
        return false;
    const QString start = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open scenario"), start,
                                                      tr("ComputeChain scenarios (*.json);;All files (*)"));
    return !path.isEmpty() && openRecent(path);
}

bool Document::openRecent(const QString &path)
{
    if (path != m_path && isModified() && !askToKeepChanges())
        return false;
    QStringList warnings;
    if (const QString error = openFile(path, &warnings); !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot open scenario"),
                             tr("%1\n\nThe scenario you had is unchanged.").arg(error));
        return false;
    }
    if (!warnings.isEmpty())
        QMessageBox::information(m_window, tr("Scenario opened with notes"), warnings.join(QLatin1Char('\n')));
    return true;
}

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

} // namespace

void Document::stamp(const QString &path)
{
    m_diskHash = fileHash(path);
}

bool Document::changedOnDisk() const
{
    // The content, not the time stamp: a second writer within one second, or a
    // copy that keeps times, must not slip through.
    return !m_path.isEmpty() && fileHash(m_path) != m_diskHash;
}

bool Document::save()
{
    if (m_path.isEmpty())
        return saveAs();
    if (changedOnDisk()) {
        QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                        tr("“%1” was changed or removed by another program since you opened or saved it here. "
                           "Saving now replaces that version with yours.")
                            .arg(QFileInfo(m_path).fileName()),
                        QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("changedOnDiskBox"));
        QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
        QPushButton *saveAsButton = box.addButton(tr("Save As…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveAsButton);
        box.exec();
        if (box.clickedButton() == saveAsButton)
            return saveAs();
        if (box.clickedButton() != overwrite)
            return false;
    }
    if (const QString error = saveFile(m_path); !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot save scenario"), error);
        return false;
    }
    return true;
}

bool Document::saveAs()
{
    const QString suggested = m_path.isEmpty() ? name() + QStringLiteral(".json") : m_path;
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save scenario"), suggested, tr("ComputeChain scenarios (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (const QString error = saveFile(path); !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot save scenario"), error);
        return false;
    }
    return true;
}

bool Document::askToKeepChanges()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"), tr("“%1” has changes that are not saved. Save them first?").arg(name()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void Document::setPath(const QString &path)
{
    m_path = path;
    emitTitle();
}

void Document::remember(const QString &path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > recentCount)
        recent.removeLast();
    Settings().setRecentFiles(recent);
    emit recentFilesChanged();
}

void Document::emitTitle()
{
    // "[*]" is where QWidget::setWindowModified puts its mark.
    emit titleChanged(QStringLiteral("%1[*] — ComputeChain").arg(name()));
}

} // namespace cc::ui
