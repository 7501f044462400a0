// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"
#include "typesetting/typography.h"

#include <QString>
#include <QTextFormat>

class QTextCursor;

namespace redletter {

/*!
 * The vertical rhythm and indents of a reading's blocks, in ems of the text size. One set per
 * medium (screen(), print()): the formats are computed by one function, blockFormatFor(), and
 * what differs between the reader and the PDF is these figures, side by side, not forked code.
 *
 * The two sets follow one rule, so that they cannot drift apart again (they had: a heading had
 * 1.4 em above it on screen and 1.0 em in print, a quotation 0.8 and 0.7, a list 0.7 and 0.6,
 * each pair tightened by a different amount):
 * - what marks the text's own structure is the same in both media, because it says what a
 *   block is: the paragraph indent, the space between the editor's paragraphs, and every
 *   left and right indent (quotations, lists, code);
 * - the display spaces around headings, thematic breaks, code, quotations and lists are, in
 *   print, three quarters of the screen's (printDisplayScale). The PDF sets 9.5-12 pt type in a
 *   column 60 % of the type area, with running heads and folios structuring the page; at the
 *   screen's spacing a heading's gap reads as a section break there and pushes more headings
 *   onto the next page. The screen scrolls, is read at arm's length in larger type, and can
 *   afford the air: its figures are the reader's, unchanged.
 * A print heading that opens its item gets no space above it (the item has its own).
 */
struct BlockSpacing
{
    qreal headingAbove = 1.4;      //!< space above a heading (not the first block of a print item)
    bool flushFirstHeading = false; //!< a heading that opens a flow gets no space above it
    qreal headingBelow = 0.5;
    qreal breakAround = 0.8;       //!< above and below a thematic break (* * *)
    qreal codeIndent = 1.5;
    qreal codeAround = 0.5;
    qreal paragraphIndent = 1.2;   //!< first line of a paragraph after a paragraph
    qreal spacedParagraph = 0.55;  //!< space between paragraphs marked by space, not indent
    qreal quoteIndent = 1.5;       //!< left, per level of block quote
    qreal quoteRight = 0.8;
    qreal quoteAround = 0.8;       //!< space where a block quote begins and after it ends
    qreal listIndent = 1.6;        //!< left, per level of list
    qreal listAround = 0.7;        //!< space where a list begins and after it ends

    // A reading's header: its title and the lines under it (author, work and year, the date).
    // The screen centres it as the page's opening; print sets it flush left at the head of the
    // reading's passages, with the running head for company, so the figures differ by design.
    qreal headerTitleLeading = 1.15; //!< the title's leading, in its own size
    qreal headerTitleBelow = 0.35;
    qreal headerLineLeading = 1.4;   //!< the lines under the title, in the text size
    qreal headerLineBelow = 0.15;
    qreal headerTitleSize = 0;       //!< print, a whole reading: the title's size (0: the title face's)
    qreal headerAboveReading = 0;    //!< print: lines of text above the header of a whole reading
    qreal headerAboveSection = 0;    //!< print: lines of text above the header of a reading's passages
    qreal sectionHeadingLeading = 1.25; //!< print: "Orphaned notes" and the like
    qreal sectionHeadingBelow = 0.3;

    //! Print's display spaces relative to the screen's (see above).
    static constexpr qreal printDisplayScale = 0.75;

    static BlockSpacing screen() { return {}; }
    static BlockSpacing print();
};

//! Set on a QTextBlockFormat: never end a page after this block (a heading).
inline constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 20;
//! Set on a QTextBlockFormat: never start a page with this block (a citation).
inline constexpr int KeepWithPreviousProperty = QTextFormat::UserProperty + 21;
/*!
 * Set on a justified block's QTextBlockFormat: how far ParagraphSetter may space the letters of a
 * line apart, as a share of the type size (Typography::letterSpacingStretch).
 */
inline constexpr int LetterStretchProperty = QTextFormat::UserProperty + 22;

/*!
 * Line height as a multiple of the type size. Qt's ProportionalHeight is relative to the font's
 * own line spacing, which differs a lot between faces (Charis SIL's is far taller than EB
 * Garamond's); a typographer's "1.45" means 1.45 times the type size, so use a fixed height.
 */
void setLeading(QTextBlockFormat *format, qreal factor, qreal pixelSize);

/*!
 * The format of @p block after @p previous (nullptr: it opens its flow): alignment (justified or
 * ragged by @p typography), leading for @p pixelSize, indents, spacing by @p spacing. @p spaced:
 * paragraphs are marked by space, not by an indent (the editor's voice). Lists get their left
 * margin here; insertListLabel() hangs the label into it.
 */
QTextBlockFormat blockFormatFor(const Typography &typography, const BlockSpacing &spacing,
                                const Block &block, const Block *previous, bool spaced,
                                qreal pixelSize);

//! @p format at @p pixelSize, everything else (family, style strategy) kept.
QTextCharFormat sized(QTextCharFormat format, qreal pixelSize);

/*!
 * The char format of @p block's text, from the flow's @p base: headings in their face, quotes
 * smaller, and in justified text word spaces narrower by Typography::wordSpaceShrink (Qt widens
 * them again as it justifies a line; the last line of a paragraph keeps them narrow).
 */
QTextCharFormat blockCharFormat(const Typography &typography, const Block &block,
                                const QTextCharFormat &base);

/*!
 * "3." or a bullet by depth (•, ◦, –), followed by an en space. List items are set by hand rather
 * than with QTextList: Qt 5.15 and 6.4 cannot start a numbered list at another number than 1,
 * and the author's "2)" must stay 2.
 */
QString listLabel(const Block &block);

/*!
 * Inserts @p block's list label at @p cursor in @p format tinted @p ink, hanging in the indent so
 * that the item's text lines up with its following lines.
 */
void insertListLabel(QTextCursor *cursor, const Block &block, QTextCharFormat format, const QColor &ink);

//! The ornament of a thematic break.
QString thematicBreakText();

/*!
 * A footnote's paragraphs as one text for the margin, joined by line separators, their styles
 * carried along.
 */
RichText joinedParagraphs(const QVector<Block> &blocks);

} // namespace redletter
