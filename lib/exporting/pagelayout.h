// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace redletter {

/*!
 * Pagination of an export, apart from fonts and painting so that it can be tested on its own.
 * Everything is measured in one unit (the PDF writer's device units) and y grows downwards.
 */

//! One line of text of an item, in the item's own coordinates.
struct LayoutLine
{
    qreal top = 0;
    qreal height = 0;       //!< down to where the next line of its block starts (its leading)
    bool breakAfter = true; //!< a page may end after this line without a widow, orphan or lone heading
};

//! A margin note: set beside the top of line @c line of its item.
struct LayoutNote
{
    int line = 0;
    qreal height = 0;
};

//! A passage, a heading, the title block: lines of text and the notes beside them.
struct LayoutItem
{
    QVector<LayoutLine> lines; //!< in order, non-empty
    QVector<LayoutNote> notes;
    qreal spaceBefore = 0;     //!< from the item above; dropped at the top of a page
    bool keepTogether = true;  //!< when it fits on a page, start a page rather than split it
    bool keepWithNext = false; //!< a heading: never the last thing on a page
    bool newPage = false;      //!< always start on a fresh page
    /*!
     * Start below the notes already in the margin (plus spaceBefore), so that a passage and its
     * notes read as one unit and the next passage's notes are not pushed away from it. Off for
     * running text (a whole reading), whose notes flow down the margin beside it.
     */
    bool clearNotes = true;
};

//! The part of the page the items go in.
struct PageFrame
{
    qreal top = 0;
    qreal bottom = 0;
    qreal noteSpacing = 0;     //!< least space between two notes
    int minimumLines = 2;      //!< fewest lines of a split item at the foot of a page
};

//! Lines [firstLine, lastLine] of an item, set on a page with firstLine's top at @c y.
struct SlicePlacement
{
    int item = 0;
    int firstLine = 0;
    int lastLine = 0;
    qreal y = 0;
};

//! Note @c note of item @c item, set with its top at @c y beside its line (whose top is @c anchorY).
struct NotePlacement
{
    int item = 0;
    int note = 0;
    qreal y = 0;
    qreal anchorY = 0;
};

struct PagePlan
{
    QVector<SlicePlacement> slices; //!< in item order
    QVector<NotePlacement> notes;   //!< in item order, then note order
};

struct Pagination
{
    QVector<PagePlan> pages;
    /*!
     * Slices set although they do not fit (a line taller than the page, or more notes on one line
     * than the margin of a whole page holds). 0 for anything a reader can write.
     */
    int overfull = 0;
};

/*!
 * Sets @p items one after the other on pages of @p frame, like a book compositor:
 *
 * - An item goes where the last one ended (plus its spaceBefore), or below the notes in the
 *   margin if it clearNotes and they reach further down; its notes go beside their
 *   lines, placed with placeMarginNotes() below the notes already on the page (and, if it
 *   clearNotes, not above its own first line), so that notes never overlap and never go below
 *   the bottom.
 * - An item that does not fit in what is left of the page, text or notes, starts the next page
 *   when it fits on a page (keepTogether); else it is split between two lines, at the lowest
 *   break that fits with its notes: first only at good breaks (LayoutLine::breakAfter), then at
 *   any line; never leaving fewer than frame.minimumLines lines at the foot of a page. Notes
 *   stay with the line they belong to.
 * - A keepWithNext item starts a page rather than end one without the first lines of the next.
 */
[[nodiscard]] Pagination paginate(const QVector<LayoutItem> &items, const PageFrame &frame);

} // namespace redletter
