// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace redletter {

/*!
 * Reads the whole of @p path if it is a regular file (or a symbolic link to one) of at most
 * @p maximumBytes. Everything else is refused with a message in @p error, before a byte is read:
 * a folder, a named pipe (opening one for reading would wait for ever for a writer), a device
 * (/dev/zero never ends), a socket, a loop of symbolic links (not "no such file"), a file larger
 * than the cap ("too large (41.0 MB; the limit is 16 MB)"). The file is opened without blocking
 * and its type is checked on the open descriptor, so a file swapped for a pipe between a check
 * and the read cannot block either. A file that grows while it is read is cut at the cap + 1
 * byte and refused. @p error starts with "cannot read: " or "too large"; it does not name the
 * file (the caller does, escaped for display).
 */
[[nodiscard]] bool readRegularFile(const QString &path, qint64 maximumBytes, QByteArray *bytes, QString *error);

} // namespace redletter
