// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/scenario.h"

#include <QObject>
#include <QString>

class QWidget;

namespace cc::ui {

class ScenarioModel;

// A scenario's name as the UI shows it: one still named after its preset is
// called by the preset's name in the UI language; any other name as it is.
QString scenarioTitle(const QString &name);

// The working scenario as a document: which file it is, what it is called,
// whether it has unsaved changes (the undo stack's clean state, so undoing
// back to the saved state clears the mark), and the file operations. Dialogs
// are parented to `window`; the *File functions take no dialogs, for tests
// and the command line.
class Document : public QObject {
    Q_OBJECT
public:
    Document(ScenarioModel *model, QWidget *window);

    QString path() const { return m_path; }
    QString name() const;
    bool isModified() const;
    // The scenario as it would be saved now.
    Scenario snapshot() const;
    QStringList recentFiles() const;
    // True when the file was changed (or removed) on disk by someone else since
    // it was opened or saved here: saving over it would lose their work.
    bool changedOnDisk() const;

    // Without dialogs. Return an error message, empty on success; on error
    // the working scenario is untouched.
    QString openFile(const QString &path, QStringList *warnings = nullptr);
    QString saveFile(const QString &path);
    void newFromPreset(const QString &presetId);

    // With dialogs.
    bool open(); // asks for a file
    bool openRecent(const QString &path);
    bool save(); // Save As when there is no file yet
    bool saveAs();
    bool askToKeepChanges(); // false: the user cancelled

    // Takes an autosaved scenario back as unsaved work: no file, marked modified.
    QString restore(const QString &autosavePath);
    // Takes a scenario's inputs as an undoable, unsaved change (a snapshot brought back).
    void restoreInputs(const Scenario &s);

    // Sends the window title afresh (after a language change: a preset's name is translated).
    void emitTitle();

signals:
    void changed(); // any edit to the working scenario
    void titleChanged(const QString &title);
    void recentFilesChanged();

private:
    void setPath(const QString &path);
    void stamp(const QString &path);
    void remember(const QString &path);

    ScenarioModel *m_model;
    QWidget *m_window;
    QString m_path;
    Scenario m_meta;       // name, notes, author, dates, a newer version's keys
    QByteArray m_diskHash; // of the file as last read or written here
};

} // namespace cc::ui
