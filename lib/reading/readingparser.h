// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"

#include <QByteArray>
#include <QString>

namespace redletter {

//! A problem with an input file, worded for the person who has to fix it.
struct SourceError
{
    QString file;    //!< as the user named it
    int line = 0;    //!< 1-based; 0 when a line makes no sense (file too large, unreadable)
    int column = 0;  //!< 1-based, in characters; 0 when unknown
    QString message; //!< what is wrong and, where it helps, what was expected

    bool isNull() const { return message.isEmpty(); }
    //! "FILE:LINE:COL: message", leaving out what is unknown ("FILE: message").
    QString toString() const;
};

/*!
 * The footnote markers ("[^") in @p utf8, references and definitions together. Sources with more
 * than ImportLimits::MaximumFootnoteReferences (importing/importlimits.h) are refused before they
 * are parsed: each reference costs cmark and the margin layout far more than its few bytes.
 */
qsizetype footnoteMarkerCount(const QByteArray &utf8);

/*!
 * Parses one reading in the Red Letter reading format (lib/reading/FORMAT.md): YAML front
 * matter, a `::: introduction` block, CommonMark + GFM with footnotes, CriticMarkup editorial
 * notes. Pure: the same bytes give the same Reading; no file or network access.
 *
 * @p utf8 must already be valid UTF-8 without NUL bytes (the importer checks that, with
 * positions); a leading BOM and CRLF line ends are accepted. @p fileName is used in errors only.
 * On failure returns false and fills @p error; @p reading is then left unchanged.
 */
[[nodiscard]] bool parseReading(const QByteArray &utf8, const QString &fileName, Reading *reading,
                                SourceError *error);

} // namespace redletter
