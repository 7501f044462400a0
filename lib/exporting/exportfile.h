// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace redletter {

/*!
 * Every export is written through QSaveFile: into a temporary file next to the target, renamed
 * over it only when everything was written. A cancelled or failed export leaves no file behind,
 * and an existing file at the path is untouched until the new one is complete.
 */

//! "PATH: cannot write: REASON", the one form every export error about the output takes.
[[nodiscard]] QString cannotWriteMessage(const QString &path, const QString &reason);

//! Opens @p file for writing; on failure fills @p error with cannotWriteMessage().
[[nodiscard]] bool openForExport(QSaveFile *file, QString *error);

//! Commits @p file (the rename); on failure fills @p error with cannotWriteMessage().
[[nodiscard]] bool commitExport(QSaveFile *file, QString *error);

//! Writes @p bytes to @p path atomically; @p bytesWritten (may be null) gets the file's size.
[[nodiscard]] bool writeExportFile(const QString &path, const QByteArray &bytes,
                                   qint64 *bytesWritten, QString *error);

//! "Export cancelled": what every export says when its progress callback returned false.
[[nodiscard]] QString exportCancelledMessage();

} // namespace redletter
