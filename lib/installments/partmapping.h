// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotatabletext.h"
#include "installments/installmentview.h"

namespace redletter {

/*!
 * A place in a catalog reading's body: the reading, its body block, a UTF-16 offset in that
 * block's text. Notes made on a part are stored against this place, never against the part:
 * a part's reading ("…#part-3") is built for the day and is not in the catalog.
 */
struct SourcePlace
{
    QString readingId;
    int block = -1; //!< body block of the source reading; -1: the part has no source there
    int offset = 0; //!< UTF-16 offset into that block's text

    bool isValid() const { return block >= 0; }

    friend bool operator==(const SourcePlace &a, const SourcePlace &b)
    {
        return a.readingId == b.readingId && a.block == b.block && a.offset == b.offset;
    }
};

/*!
 * Where body place @p location of @p part lies in the reading it was taken from. Invalid for a
 * chapter heading the part view added (it is the chapter's title, not its text), for the
 * introduction (a part copies a chapter's introduction whole; notes there belong to the full
 * reading), and for a place outside the part. Pure: reads only @p part.origins and its body.
 */
SourcePlace toSourcePlace(const Installment &part, const TextLocation &location);

/*!
 * The inverse: where @p place shows in @p part's body, or an invalid location when the part does
 * not hold it (another part has that passage). A paragraph cut between two parts is held by
 * both at the cut offset: this part holds it if the cut is its end or its start, so a note ending
 * exactly at the cut still maps. Inside the part, the block that starts at @p place wins over the
 * one that ends there (a range's start should not land at the end of the block before).
 */
TextLocation toPartLocation(const Installment &part, const SourcePlace &place);

} // namespace redletter
