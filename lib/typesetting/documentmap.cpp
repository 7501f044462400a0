// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/documentmap.h"

#include <algorithm>

namespace redletter {

void DocumentMap::addBlock(const TextLocation &block, QVector<int> documentPositions)
{
    if (documentPositions.isEmpty())
        return;
    m_blocks.append({block, std::move(documentPositions)});
}

const DocumentMap::Span *DocumentMap::span(const TextLocation &location) const
{
    for (const Span &s : m_blocks) {
        if (s.block.part == location.part && s.block.block == location.block)
            return &s;
    }
    return nullptr;
}

int DocumentMap::documentPosition(const TextLocation &location) const
{
    const Span *s = span(location);
    if (!s)
        return -1;
    const int offset = qBound(0, location.offset, int(s->positions.size()) - 1);
    return s->positions[offset];
}

TextLocation DocumentMap::location(int position) const
{
    for (const Span &s : m_blocks) {
        if (position < s.positions.constFirst() || position > s.positions.constLast())
            continue;
        // Offsets inside a replaced run ("..." set as one "…") share the position after it, so
        // the last offset at exactly this position is the character there; with none (a soft
        // hyphen, a footnote mark), the first source character after it.
        const auto after = std::upper_bound(s.positions.cbegin(), s.positions.cend(), position);
        const auto it = (after != s.positions.cbegin() && *(after - 1) == position)
            ? after - 1
            : std::lower_bound(s.positions.cbegin(), s.positions.cend(), position);
        TextLocation found = s.block;
        found.offset = int(it - s.positions.cbegin());
        return found;
    }
    return {};
}

} // namespace redletter
