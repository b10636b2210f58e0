// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/autosave.h"

#include "ui/document/document.h"
#include "core/io/scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <cerrno>

namespace cc::ui {

namespace {

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

QString lockName(qint64 pid)
{
    return QStringLiteral("running-%1.lock").arg(pid);
}

} // namespace

Autosave::Autosave(Document *document, QString dir, int intervalMs, IsAlive isAlive)
    : QObject(document), m_document(document),
      m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : std::move(dir)),
      m_isAlive(isAlive ? std::move(isAlive) : IsAlive(processAlive)), m_timer(new QTimer(this))
{
    QDir().mkpath(m_dir);
    findRecovery();
    // Held for the whole session: another instance sees it and leaves our autosave alone.
    m_lock = std::make_unique<QLockFile>(QDir(m_dir).filePath(lockName(QCoreApplication::applicationPid())));
    m_lock->setStaleLockTime(0); // a long session is not a stale one
    m_lock->tryLock(0);
    connect(document, &Document::changed, this, [this] { m_changed = true; });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_changed)
            saveNow();
    });
    m_timer->start(intervalMs);
}

Autosave::~Autosave() = default;

QString Autosave::autosaveFile() const
{
    return QDir(m_dir).filePath(QStringLiteral("autosave-%1.json").arg(QCoreApplication::applicationPid()));
}

void Autosave::saveNow()
{
    // Nothing to lose when the scenario is saved and unchanged.
    if (!m_document->isModified()) {
        QFile::remove(autosaveFile());
    } else {
        Scenario s = m_document->snapshot();
        s.modified = QDateTime::currentDateTimeUtc();
        // A full disk keeps the previous autosave (the writer is atomic); say so once per failure.
        if (const QString error = saveScenario(s, autosaveFile()); !error.isEmpty()) {
            emit saveFailed(error);
            return; // try again at the next tick
        }
    }
    m_changed = false;
}

void Autosave::finish()
{
    m_timer->stop();
    QFile::remove(autosaveFile());
    if (m_lock)
        m_lock->unlock();
}

void Autosave::discardRecovery()
{
    if (!m_recovery.isEmpty())
        QFile::remove(m_recovery);
    m_recovery.clear();
}

void Autosave::findRecovery()
{
    // An autosave whose session still holds its lock belongs to that session;
    // one with no live holder is what a crash or a kill left behind.
    QDir dir(m_dir);
    QDateTime newest;
    static const QRegularExpression name(QStringLiteral(R"(^autosave-(\d+)\.json$)"));
    for (const QFileInfo &autosave : dir.entryInfoList({QStringLiteral("autosave-*.json")}, QDir::Files)) {
        const QRegularExpressionMatch m = name.match(autosave.fileName());
        if (!m.hasMatch())
            continue;
        const qint64 pid = m.captured(1).toLongLong();
        QLockFile lock(dir.filePath(lockName(pid)));
        lock.setStaleLockTime(0);
        qint64 holder = 0;
        QString host, app;
        if (QFileInfo::exists(dir.filePath(lockName(pid))) && lock.getLockInfo(&holder, &host, &app) &&
            m_isAlive(holder))
            continue; // another instance is running: its autosave is its own
        lock.removeStaleLockFile();
        const QString moved = dir.filePath(QStringLiteral("recovered-%1.json").arg(pid));
        QFile::remove(moved);
        if (QFile::rename(autosave.filePath(), moved) && (!newest.isValid() || autosave.lastModified() > newest)) {
            newest = autosave.lastModified();
            m_recovery = moved;
        }
    }
}

} // namespace cc::ui
