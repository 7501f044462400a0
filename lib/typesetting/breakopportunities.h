// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace redletter {

/*!
 * Where Qt may end a line of @p text (a paragraph), in order, the text's end last: position k
 * means a line may end before text[k]. They are the Unicode line breaking algorithm's opportunities
 * (UAX #14, as QTextBoundaryFinder::Line finds them), except that a run of spaces is never
 * broken inside (Qt takes the whole run into the line) and a line may always break after one
 * (as Qt's layout does). What the paragraph setter breaks paragraphs at.
 *
 * Inside a word of letters, digits, soft hyphens and the common punctuation of running text
 * (quotes, brackets, stops, a hyphen between letters, no-break spaces), in a paragraph of the
 * alphabetic scripts, every version of UAX #14 Qt ships agrees on each position. Those words are
 * decided here; a paragraph with any other word (a slash, a dash inside a word, digits after a
 * comma, letters of other scripts) is asked of QTextBoundaryFinder once, whole, for those words:
 * its numbers and its scripts' runs look past a word's spaces. Asking it for every paragraph
 * took a sixth of the setter's measuring.
 */
QVector<int> lineBreakOpportunities(const QString &text);

} // namespace redletter
