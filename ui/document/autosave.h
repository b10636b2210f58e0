// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;
class QTimer;

namespace cc::ui {

class Document;

// Saves the working scenario every few seconds while it has changed, to the
// app data folder. Each running instance has its own autosave and holds a
// QLockFile for the session; a clean exit (finish()) removes both, so an
// autosave whose lock has no live holder is what a crash or a kill left.
class Autosave : public QObject {
    Q_OBJECT
public:
    using IsAlive = std::function<bool(qint64 pid)>;
    // `dir` empty: QStandardPaths::AppDataLocation. `isAlive` is replaceable for tests.
    Autosave(Document *document, QString dir = {}, int intervalMs = 5000, IsAlive isAlive = {});
    ~Autosave() override;

    // A scenario autosaved by a session that did not exit cleanly, moved aside
    // so this session cannot overwrite it; empty when there is none.
    QString recoveryFile() const { return m_recovery; }
    void discardRecovery();
    QString autosaveFile() const;
    void saveNow();
    void finish(); // clean exit

signals:
    void saveFailed(const QString &message);

private:
    void findRecovery();

    Document *m_document;
    QString m_dir;
    IsAlive m_isAlive;
    QTimer *m_timer;
    QString m_recovery;
    bool m_changed = false;
    std::unique_ptr<QLockFile> m_lock; // QLockFile: pid, host and app name, stale detection
};

} // namespace cc::ui
