// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace redletter {

//! A note waiting for a place in the margin: where its anchor is and how tall it is set.
struct MarginBox
{
    qreal anchorY = 0;
    qreal height = 0;
};

/*!
 * Places margin notes beside their anchors, like sidenotes in a well-made book. Pure function.
 *
 * Notes are taken in anchor order (ties keep input order); each goes at its anchor's height
 * unless the one above is in the way, then just below it (push down). If the last note would
 * run past @p bottom, notes are pulled back up from the bottom, as little as needed and never
 * above @p top. Returns the top y of each box, in the order of @p boxes. Notes never overlap
 * (at least @p spacing apart) as long as they fit between top and bottom at all; when they do
 * not, the overflow goes below @p bottom rather than onto another note.
 */
QVector<qreal> placeMarginNotes(const QVector<MarginBox> &boxes, qreal spacing, qreal top,
                                qreal bottom);

} // namespace redletter
