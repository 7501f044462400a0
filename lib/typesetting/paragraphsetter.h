// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "typesetting/linebreaker.h"

class QTextBlock;
class QTextDocument;

namespace redletter {

/*!
 * Sets the paragraphs of a laid-out QTextDocument as a book would: each justified or ragged-right
 * block Qt has broken greedily is broken again by Knuth and Plass (linebreaker.h), over the
 * same QTextLayout, line by line, for the reader and the PDF to call after Qt's layout.
 *
 * Not called by them yet, on purpose: holding Qt's line count with spaces that can only stretch
 * fixes each paragraph's total slack, so the optimal breaking evens it out and *more* lines pass
 * 1.5× (sample 53.7 % → 62.8 %, bench_typesetting), at 2–3× the layout time. It goes in once
 * lines may shrink (glyph runs placed by us) or the line count may change.
 *
 * What does not change: the characters (hyphens are the soft hyphens the hyphenator put in, which
 * Qt draws where a line ends on one), and each line's place — a block keeps the number of lines,
 * their positions and widths that Qt's document layout gave it, so nothing below it moves and
 * selection, find, highlights and margin anchors work on the new lines as on the old ones. Only
 * where the lines break changes.
 *
 * Word spaces only stretch (Qt's justification cannot shrink them): a space's stretch is half its
 * width, so an adjustment ratio of 1 is a space of 1.5 times its width. Hyphens are libhyphen's
 * points as flagged penalties; at most two hyphenated lines in a row, none before a paragraph's
 * last line, no very short last line where another breaking allows, and two very loose lines in
 * a row (where rivers start) cost extra.
 *
 * Calling it again is cheap: a block it has set and Qt has not laid out since is left alone.
 */
class ParagraphSetter
{
public:
    //! The parameters the reader and the PDF use.
    static LineBreakParameters parameters(LineBreakParameters::Mode mode);

    /*!
     * Breaks @p block's lines again if it is justified or ragged right and Qt laid it out since
     * the last time. False: left as it was (one line, not wrapped, an inline object, a breaking
     * that Qt's layout cannot reproduce).
     */
    static bool setBlock(const QTextBlock &block);

    //! setBlock() on every block of @p document that is laid out; returns how many were set.
    static int setDocument(QTextDocument *document);

    //! Whether @p block's line @p line ends on a hyphen (a soft hyphen Qt draws).
    static bool endsWithHyphen(const QTextBlock &block, int line);
};

} // namespace redletter
