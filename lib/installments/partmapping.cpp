// SPDX-License-Identifier: GPL-3.0-or-later
#include "installments/partmapping.h"

namespace redletter {

SourcePlace toSourcePlace(const Installment &part, const TextLocation &location)
{
    if (location.part != TextLocation::Body || location.block < 0
        || location.block >= part.origins.size() || location.block >= part.reading.body.size())
        return {};
    const BlockOrigin &origin = part.origins.at(location.block);
    if (origin.block < 0)
        return {};
    const int length = int(part.reading.body.at(location.block).text.size());
    // The block's text is source.mid(origin.offset, length): see InstallmentView::build's piece().
    return SourcePlace{origin.readingId, origin.block, origin.offset + qBound(0, location.offset, length)};
}

TextLocation toPartLocation(const Installment &part, const SourcePlace &place)
{
    if (!place.isValid())
        return {};
    TextLocation endsHere;
    const int blocks = int(qMin(part.origins.size(), part.reading.body.size()));
    for (int i = 0; i < blocks; ++i) {
        const BlockOrigin &origin = part.origins.at(i);
        if (origin.block != place.block || origin.readingId != place.readingId)
            continue;
        const int length = int(part.reading.body.at(i).text.size());
        if (place.offset >= origin.offset && place.offset < origin.offset + length)
            return TextLocation{TextLocation::Body, i, place.offset - origin.offset};
        if (place.offset == origin.offset + length && !endsHere.isValid())
            endsHere = TextLocation{TextLocation::Body, i, length};
    }
    return endsHere;
}

} // namespace redletter
