// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the plain-text and Markdown readers share: the guards every text source passes before it
// is read (size, empty, binary, UTF-16) and the decoding of its bytes (UTF-8, else windows-1252).
// Internal to lib/importing/formats.

#include "importing/formats/formatreader.h"
#include "importing/importlimits.h"

#include <QString>
#include <QStringList>

namespace redletter::textsource {

/*!
 * Text sources larger than this are refused before any parsing, so a 40 MB single line or a
 * runaway download costs one size check. 16 MB is the reading format's own limit (Importer) and
 * eight times the largest book in the corpus (Goldman's essays, 0.4 MB).
 */
constexpr qsizetype MaximumTextSize = ImportLimits::MaximumTextBytes;

/*!
 * Checks @p input and decodes it. Valid UTF-8 (with or without a BOM) is taken as it is; other
 * bytes are read as windows-1252 (a superset of Latin-1 for text) and a warning naming the first
 * byte that is not UTF-8 is added to @p warnings. Refused, with @p error filled: empty or only
 * white space, larger than MaximumTextSize, UTF-16, a NUL byte (binary data).
 * CR LF and lone CR line ends become LF.
 */
[[nodiscard]] bool decode(const FormatInput &input, QString *text, QStringList *warnings, SourceError *error);

/*!
 * The guards of decode() without the decoding, for readers that find the charset themselves
 * (HTML): refuses, with @p error filled, input larger than MaximumTextSize, UTF-16 (by its BOM),
 * a NUL byte (binary data), and input that is empty or only white space.
 */
[[nodiscard]] bool checkTextBytes(const FormatInput &input, SourceError *error);

//! @p bytes as windows-1252 (Latin-1 with printable 0x80–0x9F; the five unassigned bytes become U+FFFD).
QString fromWindows1252(const QByteArray &bytes);

//! The source's file name without folder and extension ("state-and-revolution"), the title of last resort.
QString baseName(const FormatInput &input);

/*!
 * A title made from the file name, for a text that names none: the last "_"-separated piece (a
 * collection's "source_author_title" names put the title last), "-" and "_" as spaces, and an
 * all-lowercase name set in title case with the short English words kept small:
 * "miaderived_lenin_state-and-revolution.txt" → "State and Revolution". A name with capitals
 * is kept as it is written. Empty when the name has no letters.
 */
QString titleFromFileName(const FormatInput &input);

} // namespace redletter::textsource
