// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotatabletext.h"

#include "reading/reading.h"

#include <algorithm>

namespace redletter {

namespace {

bool isSurrogatePairAt(const QString &text, int index)
{
    return index + 1 < text.size() && text.at(index).isHighSurrogate()
        && text.at(index + 1).isLowSurrogate();
}

} // namespace

CodePointIndex::CodePointIndex(const QString &text)
    : m_utf16Length(int(text.size()))
{
    for (int i = 0; i + 1 < m_utf16Length; ++i) {
        if (isSurrogatePairAt(text, i)) {
            m_pairCodePoints.append(i - int(m_pairLowHalves.size()));
            m_pairLowHalves.append(i + 1);
            ++i;
        }
    }
}

int CodePointIndex::toCodePoint(int utf16) const
{
    utf16 = std::clamp(utf16, 0, m_utf16Length);
    const auto pairsBefore = std::lower_bound(m_pairLowHalves.cbegin(), m_pairLowHalves.cend(), utf16)
        - m_pairLowHalves.cbegin();
    return utf16 - int(pairsBefore);
}

int CodePointIndex::toUtf16(int codePoint) const
{
    codePoint = std::clamp(codePoint, 0, codePointCount());
    const auto pairsBefore = std::lower_bound(m_pairCodePoints.cbegin(), m_pairCodePoints.cend(), codePoint)
        - m_pairCodePoints.cbegin();
    return codePoint + int(pairsBefore);
}

AnnotatableText::AnnotatableText(const Reading &reading)
    : m_readingId(reading.id)
    , m_introductionBlocks(int(reading.introduction.size()))
{
    const QLatin1String separator("\n\n");
    const int blocks = m_introductionBlocks + int(reading.body.size());
    m_blockStarts.reserve(blocks);
    m_blockLengths.reserve(blocks);
    for (int i = 0; i < blocks; ++i) {
        const Block &block = i < m_introductionBlocks ? reading.introduction.at(i)
                                                      : reading.body.at(i - m_introductionBlocks);
        if (i > 0)
            m_text.append(separator);
        m_blockStarts.append(int(m_text.size()));
        m_blockLengths.append(int(block.text.size()));
        m_text.append(block.text);
    }
    m_codePoints = CodePointIndex(m_text);
}

AnnotatableText AnnotatableText::fromPlainText(const QString &text, const QString &readingId)
{
    AnnotatableText result;
    result.m_text = text;
    result.m_readingId = readingId;
    result.m_blockStarts = {0};
    result.m_blockLengths = {int(text.size())};
    result.m_codePoints = CodePointIndex(text);
    return result;
}

int AnnotatableText::blockCount(TextLocation::Part part) const
{
    return part == TextLocation::Introduction ? m_introductionBlocks
                                              : int(m_blockStarts.size()) - m_introductionBlocks;
}

int AnnotatableText::blockStart(TextLocation::Part part, int block) const
{
    if (block < 0 || block >= blockCount(part))
        return -1;
    return m_blockStarts.at(part == TextLocation::Introduction ? block : m_introductionBlocks + block);
}

int AnnotatableText::toTextOffset(const TextLocation &location) const
{
    if (location.block < 0 || location.block >= blockCount(location.part))
        return -1;
    const int index = location.part == TextLocation::Introduction ? location.block
                                                                  : m_introductionBlocks + location.block;
    return m_blockStarts.at(index) + std::clamp(location.offset, 0, m_blockLengths.at(index));
}

TextLocation AnnotatableText::fromTextOffset(int offset) const
{
    TextLocation location;
    if (m_blockStarts.isEmpty())
        return location;
    offset = std::clamp(offset, 0, int(m_text.size()));
    const int index = int(std::upper_bound(m_blockStarts.cbegin(), m_blockStarts.cend(), offset)
                          - m_blockStarts.cbegin())
        - 1;
    const bool introduction = index < m_introductionBlocks;
    location.part = introduction ? TextLocation::Introduction : TextLocation::Body;
    location.block = introduction ? index : index - m_introductionBlocks;
    location.offset = std::min(offset - m_blockStarts.at(index), m_blockLengths.at(index));
    return location;
}

QString annotatableText(const Reading &reading)
{
    return AnnotatableText(reading).text();
}

int toTextOffset(const Reading &reading, const TextLocation &location)
{
    return AnnotatableText(reading).toTextOffset(location);
}

TextLocation fromTextOffset(const Reading &reading, int offset)
{
    return AnnotatableText(reading).fromTextOffset(offset);
}

int codePointOffset(const QString &text, int utf16Offset)
{
    utf16Offset = std::clamp(utf16Offset, 0, int(text.size()));
    int codePoints = 0;
    for (int i = 0; i < utf16Offset; ++i) {
        ++codePoints;
        if (isSurrogatePairAt(text, i))
            ++i;
    }
    return codePoints;
}

int utf16Offset(const QString &text, int codePoint)
{
    int i = 0;
    for (int seen = 0; seen < codePoint && i < text.size(); ++seen)
        i += isSurrogatePairAt(text, i) ? 2 : 1;
    return i;
}

} // namespace redletter
