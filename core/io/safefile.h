// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Every file the app writes or reads by name goes through here, so that a full
// disk, a device node, a FIFO or a missing folder gets the same true message
// everywhere and never costs the user the file that was there before.
namespace cc {

// Why `path` cannot be the target of a save, or empty if it can. Refuses an empty
// name, a folder, and anything that exists but is not a regular file (a device
// node, a FIFO, a socket): an atomic save would replace it with a regular file.
QString unwritableTargetReason(const QString &path);

// Why `path` cannot be opened as a file to read, or empty if it can. A FIFO is
// refused before it is opened, where opening it would wait for a writer forever.
QString unreadableSourceReason(const QString &path);

// Writes `data` to `path` atomically: the file on disk is the old one or the new
// one, never empty or torn, whatever fails (full disk, quota, permissions). An
// existing file keeps its permissions; a new one gets the user's umask.
// Returns "path: reason", empty on success.
QString writeFileAtomically(const QString &path, const QByteArray &data);

// The reason behind errno `error` in the user's words ("the disk is full").
QString describeFileError(int error);

} // namespace cc
