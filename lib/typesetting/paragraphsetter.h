// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "typesetting/linebreaker.h"

#include <QTextFormat>

class QTextBlock;
class QTextDocument;

namespace redletter {

/*!
 * Sets the paragraphs of a laid-out QTextDocument as a book would: each justified or ragged-right
 * block Qt has broken greedily is broken again by Knuth and Plass (linebreaker.h), over the
 * same QTextLayout, line by line (QTextLine::setNumColumns ends a line where the breaker chose),
 * for the reader and the PDF to call after Qt's layout.
 *
 * Two ways, by how many lines a block may take (LineCount):
 * - KeepLineCount: a block keeps the number of lines Qt gave it, their places and widths. With
 *   Qt's count each paragraph's slack is fixed and greedy breaking already packs the lines as
 *   full as the spaces allow, so this evens the slack out and does not make fewer lines loose
 *   (bench_typesetting); it is kept for comparison.
 * - ChooseLineCount: the breaker also chooses the number of lines, which is what lets it avoid
 *   loose lines (the paragraph's slack goes to its last line). Qt's greedy count is the fewest
 *   lines the words fit in, so a block gets as many lines or more. The room for the lines it
 *   adds is made where Qt's document layout will keep it: the block's bottom margin grows by
 *   that many lines, above the larger of its own and the next block's top margin, which Qt
 *   would let stand between them (the base margin is remembered in the format,
 *   BaseBottomMarginProperty), so Qt places every block below, its frame and the document's
 *   size as if the block were that tall, and Qt's own hit testing, drawing and frame
 *   backgrounds follow. That is a format change of the document (not of its text; not put on
 *   an empty undo stack, nor marking the document modified): Qt lays the document out again
 *   from the first block changed, greedily, and the setter sets it again from what it
 *   remembers.
 *
 * What does not change: the characters (hyphens are the soft hyphens the hyphenator put in, which
 * Qt draws where a line ends on one), so positions in the document do not move, and selection,
 * find, highlights and margin anchors work on the new lines as on the old ones. Only where the
 * lines break changes.
 *
 * Word spaces stretch by half their width (an adjustment ratio of 1 is a space of 1.5 times its
 * width) and, in justified text set with Typography::wordSpaceShrink, shrink by that share.
 * With ChooseLineCount letters may stretch too (Typography::letterSpacingStretch, carried by the
 * block format's LetterStretchProperty): a line's letters take the same ratio of their stretch
 * as its spaces, set as an absolute letter spacing on the line's characters (QTextLayout's
 * additional formats, which Qt keeps as it lays the block out again and which are not part of
 * the document), so that a loose line is spread over its letters as well as its spaces. Where
 * Qt's greedy breaking over the spaced letters would need more lines than the setter's (a
 * margin cannot take lines away), the block is set without them. A paragraph that cannot be
 * set within the tolerance gets as few lines past it as the breaker can find.
 * Hyphens are libhyphen's points as flagged penalties; at most two hyphenated lines in a row,
 * none before a paragraph's last line, no very short last line where another breaking allows,
 * and two very loose lines in a row (where rivers start) cost extra.
 *
 * Calling it again is cheap: a block it has set and Qt has not laid out since is left alone, and
 * one Qt laid out again at the same widths is set from the breaking it remembers.
 */
class ParagraphSetter
{
public:
    enum LineCount { KeepLineCount, ChooseLineCount };

    //! Set on a block whose bottom margin the setter grew: the margin the block had before.
    static constexpr int BaseBottomMarginProperty = QTextFormat::UserProperty + 30;
    //! The only property of the runs prepare() splits a paragraph into (QTextLayout's additional formats).
    static constexpr int MeasuringRunProperty = QTextFormat::UserProperty + 31;

    //! The parameters the reader and the PDF use.
    static LineBreakParameters parameters(LineBreakParameters::Mode mode);

    /*!
     * Breaks @p block's lines again if it is justified or ragged right and Qt laid it out since
     * the last time. False: left as it was (one line, not wrapped, an inline object, a breaking
     * that Qt's layout cannot reproduce). How far a justified line may space its letters is the
     * block format's LetterStretchProperty (blockstyle.h).
     */
    static bool setBlock(const QTextBlock &block, LineCount count = KeepLineCount);

    /*!
     * setBlock() on every block of @p document that is laid out; returns how many were set. With
     * ChooseLineCount it lays the document out first and, where blocks changed their number of
     * lines, grows or shrinks their bottom margins and sets the blocks Qt laid out again. A block
     * whose letter spacing changes is not laid out by the setter first: the change clears its
     * lines, Qt lays it out again over the spaced letters (at once, from the first such block),
     * and it is set from the breaking remembered where Qt's lines are not the setter's.
     */
    static int setDocument(QTextDocument *document, LineCount count = KeepLineCount);

    /*!
     * Makes every block of @p document keep its shaped glyphs after Qt lays it out. By default
     * a QTextLayout frees them at the end of each layout, so every QTextLine::cursorToX() on
     * the block afterwards (a note's anchor placed, a line rectangle asked for) shapes the whole
     * paragraph again. (Every layout, Qt's or the setter's, shapes it anew all the same.)
     * setDocument() calls it; a builder calls prepare() so that Qt's first layout is kept as well.
     */
    static void keepShaping(QTextDocument *document);

    /*!
     * Prepares @p document, built and not laid out yet, for setDocument(): keepShaping(), and each
     * long paragraph the setter will set is split into runs of about 200 characters at the start
     * of a word (additional formats with MeasuringRunProperty and nothing else), which Qt shapes
     * apart. Blocks Qt has laid out are left alone (runs would clear their lines), so calling it
     * again before every setDocument() is harmless. The setter measures a paragraph's words on the lines of Qt's first layout, and each
     * QTextLine::cursorToX() adds up the advances from the start of its run to its line's start:
     * over a paragraph of one format that is all the text before it (about a tenth of setting the
     * sample, bench_typesetting). The setter drops the runs as it sets the block; Qt's greedy
     * breaking of a block it does not set may differ where a line ends next to a run's start (Qt
     * counts a wrong glyph's right bearing there), which the reader never shows.
     */
    static void prepare(QTextDocument *document);

    //! The bottom margin a block of @p format had before the setter grew it for added lines.
    static qreal baseBottomMargin(const QTextBlockFormat &format);

    //! Whether @p block's line @p line ends on a hyphen (a soft hyphen Qt draws).
    static bool endsWithHyphen(const QTextBlock &block, int line);
};

} // namespace redletter
