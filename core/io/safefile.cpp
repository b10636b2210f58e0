// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace cc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cc", text); // lupdate files these under "cc"
}

QString withPath(const QString &path, const QString &reason)
{
    return QStringLiteral("%1: %2").arg(path, reason);
}

// What a non-regular file is, for the message that refuses it.
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return tr("is a folder, not a file");
    if (S_ISFIFO(mode))
        return tr("is a FIFO (named pipe), not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("is a device, not a regular file");
    if (S_ISSOCK(mode))
        return tr("is a socket, not a regular file");
    return tr("is not a regular file");
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

} // namespace

QString describeFileError(int error)
{
    switch (error) {
    case ENOENT: return tr("no such file or folder");
    case EACCES:
    case EPERM: return tr("permission denied");
    case ENAMETOOLONG: return tr("the path is too long");
    case ENOTDIR: return tr("a part of the path is not a folder");
    case ELOOP: return tr("too many symbolic links in the path");
    case ENOSPC: return tr("the disk is full");
    case EDQUOT: return tr("the disk quota is used up");
    case EROFS: return tr("the file system is read-only");
    case EISDIR: return tr("is a folder, not a file");
    case EFBIG: return tr("the file is too large for this file system");
    case EIO: return tr("input/output error on the device");
    default: return QString::fromLocal8Bit(std::strerror(error));
    }
}

QString unwritableTargetReason(const QString &path)
{
    if (path.isEmpty())
        return tr("no file name given");
    struct stat st {};
    if (::stat(native(path).constData(), &st) == 0)
        return S_ISREG(st.st_mode) ? QString() : withPath(path, kindOf(st.st_mode));
    if (errno != ENOENT)
        return withPath(path, describeFileError(errno));
    // The file is new: its folder must exist and take new files.
    const QString dir = QFileInfo(path).absolutePath();
    if (::stat(native(dir).constData(), &st) != 0) {
        if (errno == ENOENT)
            return withPath(path, tr("the folder %1 does not exist").arg(dir));
        return withPath(path, describeFileError(errno));
    }
    if (!S_ISDIR(st.st_mode))
        return withPath(path, tr("%1 is not a folder").arg(dir));
    if (::access(native(dir).constData(), W_OK | X_OK) != 0)
        return withPath(path, tr("the folder %1: %2").arg(dir, describeFileError(errno)));
    return {};
}

QString unreadableSourceReason(const QString &path)
{
    if (path.isEmpty())
        return tr("no file name given");
    struct stat st {};
    if (::stat(native(path).constData(), &st) != 0)
        return withPath(path, describeFileError(errno));
    if (!S_ISREG(st.st_mode))
        return withPath(path, kindOf(st.st_mode));
    if (::access(native(path).constData(), R_OK) != 0)
        return withPath(path, describeFileError(errno));
    return {};
}

QString writeFileAtomically(const QString &path, const QByteArray &data)
{
    if (QString reason = unwritableTargetReason(path); !reason.isEmpty())
        return reason;
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int e = errno;
        return withPath(path, tr("cannot be written: %1").arg(e ? describeFileError(e) : file.errorString()));
    }
    // Qt 6.4's commit() reports success when its final flush fails (a full disk
    // after the last write): flush ourselves and check, so the old file stays.
    errno = 0;
    const bool written = file.write(data) == data.size() && file.flush() && file.error() == QFileDevice::NoError;
    if (!written) {
        const int e = errno;
        const QString reason = e ? describeFileError(e) : file.errorString();
        file.cancelWriting();
        return withPath(path, tr("cannot be written: %1; the file there before is unchanged").arg(reason));
    }
    errno = 0;
    if (!file.commit()) {
        const int e = errno;
        return withPath(path, tr("cannot be written: %1; the file there before is unchanged")
                                  .arg(e ? describeFileError(e) : file.errorString()));
    }
    return {};
}

} // namespace cc
