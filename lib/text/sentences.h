// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace redletter {

/*!
 * Where sentences begin and end as a reader sees them, and the one table of abbreviations that
 * decides it. Used by the reading parser (the sentence a point note belongs to), by smart
 * punctuation (the no-break space in "Vol. XXIII") and by the export's passage context.
 *
 * QTextBoundaryFinder's sentence rules (UAX #29) end a sentence after "Vol." in "see Vol. XXIII,
 * p. 355", after an initial ("J. V. Stalin") and, in Qt's implementation, before a lower-case
 * continuation ("etc., leaving"); these functions keep only the boundaries a reader would see.
 * Initials ("J. V. Stalin", "e.g.", "z. B.", "т. е.") and the abbreviations of the table never end
 * a sentence, except those that close a list ("etc.", "usw.", "и т. д."), which do before a capital.
 */
namespace sentences {

//! Whether @p position in @p text (a boundary UAX #29 reports) is one a reader would see.
bool isReaderBoundary(const QString &text, int position);

//! Every boundary a reader sees inside @p text (neither 0 nor its end), in order.
QVector<int> boundaries(const QString &text);

//! The start of the sentence holding the character at @p position (0 at most).
int startOf(const QString &text, int position);

//! The end of the sentence holding @p position, trailing white space included (as UAX #29).
int endOf(const QString &text, int position);

//! The start of the sentence whose last character is at @p end - 1.
int startBefore(const QString &text, int end);

//! The end of the first sentence of @p text, trailing white space excluded.
int firstEnd(const QString &text);

/*!
 * Whether @p word, followed by a full stop, abbreviates (any language of the catalog): "Vol",
 * "pp", "ibid", "vgl", "т". Case matters only for the first letter ("Vol" and "vol").
 */
bool isAbbreviation(const QString &word);

/*!
 * Whether @p word + "." introduces a number that belongs to it ("p. 355", "Vol. XXIII", "Nr. 5"),
 * so that the space after it must not break. @p smallRomanToo says whether lower-case roman
 * numerals count ("p. xiv", "ch. iv" number prefaces and chapters; volumes rarely).
 */
bool isReferenceAbbreviation(const QString &word, bool *smallRomanToo = nullptr);

} // namespace sentences
} // namespace redletter
