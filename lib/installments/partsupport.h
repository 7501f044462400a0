// SPDX-License-Identifier: GPL-3.0-or-later
// What the planner and the part view must agree on, kept in one place so they cannot drift:
// which piece of a cut block an anchor belongs to, and what a part is called.
#pragma once

#include "installments/installmentplanner.h"

namespace redletter::parts {

/*!
 * Whether @p anchor goes with the piece [from, to) of its block. A footnote mark or a point note
 * sits after the sentence it belongs to, so a mark exactly at a cut goes with the piece before
 * it; an editor's passage goes with the piece it starts in.
 */
bool anchorInPiece(const Anchor &anchor, int from, int to);

//! Fills @p part's chapters, title and continuesTitle from its segments.
void describe(const QVector<Reading> &readings, bool isWork, PlannedPart *part);

} // namespace redletter::parts
