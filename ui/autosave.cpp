// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "document.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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
    QSaveFile lock(QDir(m_dir).filePath(lockName(QCoreApplication::applicationPid())));
    if (lock.open(QIODevice::WriteOnly)) {
        lock.write(QByteArray::number(QCoreApplication::applicationPid()));
        lock.commit();
    }
    connect(document, &Document::changed, this, [this] { m_changed = true; });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_changed)
            saveNow();
    });
    m_timer->start(intervalMs);
}

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
        saveScenario(s, autosaveFile());
    }
    m_changed = false;
}

void Autosave::finish()
{
    m_timer->stop();
    QFile::remove(autosaveFile());
    QFile::remove(QDir(m_dir).filePath(lockName(QCoreApplication::applicationPid())));
}

void Autosave::discardRecovery()
{
    if (!m_recovery.isEmpty())
        QFile::remove(m_recovery);
    m_recovery.clear();
}

void Autosave::findRecovery()
{
    QDir dir(m_dir);
    QDateTime newest;
    for (const QFileInfo &lock : dir.entryInfoList({QStringLiteral("running-*.lock")}, QDir::Files)) {
        QFile f(lock.filePath());
        const qint64 pid = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
        if (m_isAlive(pid))
            continue; // another instance is running: its autosave is its own
        const QString autosave = dir.filePath(QStringLiteral("autosave-%1.json").arg(pid));
        QFile::remove(lock.filePath());
        if (!QFile::exists(autosave))
            continue;
        const QFileInfo info(autosave);
        const QString moved = dir.filePath(QStringLiteral("recovered-%1.json").arg(pid));
        QFile::remove(moved);
        if (QFile::rename(autosave, moved) && (!newest.isValid() || info.lastModified() > newest)) {
            newest = info.lastModified();
            m_recovery = moved;
        }
    }
}

} // namespace cc::ui
