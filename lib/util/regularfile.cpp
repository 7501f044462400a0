// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/regularfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace redletter {

namespace {

//! Translation context of the messages about files that cannot be read.
class RegularFile
{
    Q_DECLARE_TR_FUNCTIONS(redletter::RegularFile)
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString openError(int code)
{
    switch (code) {
    case ENOENT:
    case ENOTDIR:
        return RegularFile::tr("cannot read: no such file");
    case ELOOP:
        return RegularFile::tr("cannot read: a loop of symbolic links");
    case EACCES:
    case EPERM:
        return RegularFile::tr("cannot read: permission denied");
    default:
        return RegularFile::tr("cannot read: %1").arg(qt_error_string(code));
    }
}

QString typeError(mode_t mode)
{
    if (S_ISDIR(mode))
        return RegularFile::tr("cannot read: it is a folder, not a file");
    if (S_ISFIFO(mode))
        return RegularFile::tr("cannot read: it is a named pipe (FIFO), not a file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return RegularFile::tr("cannot read: it is a device, not a file");
    if (S_ISSOCK(mode))
        return RegularFile::tr("cannot read: it is a socket, not a file");
    return RegularFile::tr("cannot read: not a regular file");
}

//! Closes a descriptor on every way out.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

bool readRegularFile(const QString &path, qint64 maximumBytes, QByteArray *bytes, QString *error)
{
    const QByteArray encoded = QFile::encodeName(path);
    Descriptor file;
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
    do {
        file.fd = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    } while (file.fd < 0 && errno == EINTR);
    if (file.fd < 0) {
        *error = openError(errno);
        return false;
    }
    struct stat status;
    if (::fstat(file.fd, &status) != 0) {
        *error = openError(errno);
        return false;
    }
    if (!S_ISREG(status.st_mode)) {
        *error = typeError(status.st_mode);
        return false;
    }
    const auto tooLarge = [&](qint64 size) {
        *error = RegularFile::tr("too large (%1 MB; the limit is %2 MB)")
                     .arg(megabytes(size), QString::number(maximumBytes / (1024 * 1024)));
        return false;
    };
    // Before reading: a 2 GB file must not be loaded only to be refused.
    if (status.st_size > maximumBytes)
        return tooLarge(status.st_size);
    // A regular file never blocks; back to ordinary reads (a network file system may want them).
    ::fcntl(file.fd, F_SETFL, ::fcntl(file.fd, F_GETFL) & ~O_NONBLOCK);

    QByteArray data;
    data.reserve(int(status.st_size));
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(file.fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = RegularFile::tr("cannot read: %1").arg(qt_error_string(errno));
            return false;
        }
        if (n == 0)
            break;
        data.append(chunk, int(n));
        if (data.size() > maximumBytes) // it grew while we read
            return tooLarge(data.size());
    }
    *bytes = data;
    return true;
}

} // namespace redletter
