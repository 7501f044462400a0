// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/importlimits.h"
#include "reading/readingparser.h"

#include <QString>

namespace redletter {

/*!
 * The reader of our own reading format (lib/reading/FORMAT.md). The import service
 * (importservice.h) decides from the bytes which sources are in this format; this class does not
 * look at file names. Turns a file into a Reading, guarding the parser from what is not a reading:
 * an empty file, binary data, text that is not UTF-8, a file too large to be one day's reading
 * or a long work's source. Every failure is a SourceError naming the file and, where it makes
 * sense, the line and column ("notes.md:3:14: not valid UTF-8 (byte 0xE9) ...").
 */
class Importer
{
public:
    //! Larger files are refused before they are read into memory.
    static constexpr qint64 MaximumFileSize = ImportLimits::MaximumTextBytes;

    //! Reads and parses @p path. Returns false with @p error filled on any problem.
    [[nodiscard]] static bool importFile(const QString &path, Reading *reading, SourceError *error);

    //! The same checks on bytes already in memory (the embedded catalog, tests).
    [[nodiscard]] static bool importBytes(const QByteArray &bytes, const QString &fileName,
                                          Reading *reading, SourceError *error);
};

} // namespace redletter
