// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace redletter {

/*!
 * The words of a text, as the reading time counts them and the hyphenator finds them: the
 * segments between Unicode word boundaries (UAX #29, as QTextBoundaryFinder::Word finds them)
 * with a letter or a digit in them. "don't", "1,000", "3.14" and "Klassenkämpfe" are one word
 * each, "e.g" two (Qt's tailoring); punctuation and spaces are none.
 */
namespace words {

struct Span
{
    int start = 0;
    int end = 0; //!< one past the word's last character
    friend bool operator==(const Span &a, const Span &b) { return a.start == b.start && a.end == b.end; }
};

/*!
 * The words of @p text, in order. A text of the Latin, Greek and Cyrillic alphabets, digits and
 * the punctuation of running prose is segmented here by UAX #29's rules for those characters
 * (letters and digits join, and so do letters around an apostrophe and digits around an
 * apostrophe, a comma or a full stop); a text with anything else (other scripts, an underscore,
 * modifier symbols, invisible format characters) is asked of QTextBoundaryFinder, which for a
 * paragraph took as long as hyphenating it.
 */
QVector<Span> of(const QString &text);

} // namespace words

} // namespace redletter
