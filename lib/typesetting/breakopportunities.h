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
 * (quotes, brackets, the full stop, comma, colon and semicolon), every version of UAX #14 Qt
 * ships agrees on each position: a line breaks after a soft hyphen before a letter and nowhere
 * else. Those words are decided here; a word with anything else (a dash, a hyphen, a slash, an
 * ellipsis, an exclamation mark, letters of other scripts) is asked of QTextBoundaryFinder with
 * the space before it. Asking it for whole paragraphs took a sixth of measuring them.
 */
QVector<int> lineBreakOpportunities(const QString &text);

} // namespace redletter
