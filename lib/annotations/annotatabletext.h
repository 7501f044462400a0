// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace redletter {

struct Reading;

//! A place in a reading's blocks: the part, the block's index in that part, a UTF-16 offset.
struct TextLocation
{
    enum Part : quint8 {
        Introduction, //!< Reading::introduction
        Body,         //!< Reading::body
    };
    Part part = Body;
    int block = -1; //!< index into Reading::introduction or Reading::body; -1: nowhere
    int offset = 0; //!< UTF-16 offset into Block::text, 0..text.size()

    bool isValid() const { return block >= 0; }

    friend bool operator==(const TextLocation &a, const TextLocation &b)
    {
        return a.part == b.part && a.block == b.block && a.offset == b.offset;
    }
    friend bool operator!=(const TextLocation &a, const TextLocation &b) { return !(a == b); }
};

/*!
 * Converts between UTF-16 offsets and Unicode code point offsets in one string, in O(log n)
 * after an O(n) scan. A lone surrogate counts as one code point, as it does when displayed (as
 * U+FFFD).
 */
class CodePointIndex
{
public:
    CodePointIndex() = default;
    explicit CodePointIndex(const QString &text);

    /*!
     * How many code points start before UTF-16 offset @p utf16 (clamped to the text). An offset
     * between the two halves of a surrogate pair counts that pair.
     */
    int toCodePoint(int utf16) const;
    //! The UTF-16 offset where code point number @p codePoint starts (clamped to the text).
    int toUtf16(int codePoint) const;
    int utf16Length() const { return m_utf16Length; }
    int codePointCount() const { return m_utf16Length - int(m_pairLowHalves.size()); }

private:
    int m_utf16Length = 0;
    QVector<int> m_pairLowHalves;  //!< UTF-16 offsets of the second half of each surrogate pair
    QVector<int> m_pairCodePoints; //!< the code point offset of each pair, same order
};

/*!
 * The text a reading's annotations are anchored in, with the mappings the reader view needs.
 *
 * The annotatable text is the introduction's blocks, then the body's blocks, each block's text
 * as it is (no markup), separated by "\n\n"; footnotes and editorial notes are left out (they are
 * not the author's running text and move about when edited). Every block takes part, empty ones
 * (thematic breaks) too, so that block indexes map one to one. "\n\n" rather than "\n" keeps the
 * paragraph boundary visible in a quote's prefix/suffix and makes the text look like its source.
 *
 * Offsets are UTF-16 unless the name says code points (the W3C position selector counts code
 * points, Qt counts UTF-16 units).
 */
class AnnotatableText
{
public:
    AnnotatableText() = default;
    explicit AnnotatableText(const Reading &reading);
    //! Plain text taken as one body block (raw sources, tests, benchmarks).
    static AnnotatableText fromPlainText(const QString &text, const QString &readingId = QString());

    const QString &text() const { return m_text; }
    const QString &readingId() const { return m_readingId; }

    int blockCount(TextLocation::Part part) const;
    //! Where the block starts in text(); -1 if there is no such block.
    int blockStart(TextLocation::Part part, int block) const;

    /*!
     * The offset in text() of @p location; -1 if its block does not exist. The offset within
     * the block is clamped to the block's text.
     */
    int toTextOffset(const TextLocation &location) const;
    /*!
     * The location of text() offset @p offset (clamped to the text). An offset inside a block
     * separator maps to the end of the block before it; a text without blocks gives an invalid
     * location.
     */
    TextLocation fromTextOffset(int offset) const;

    int toCodePoint(int utf16Offset) const { return m_codePoints.toCodePoint(utf16Offset); }
    int toUtf16(int codePointOffset) const { return m_codePoints.toUtf16(codePointOffset); }
    const CodePointIndex &codePointIndex() const { return m_codePoints; }

private:
    QString m_text;
    QString m_readingId;
    int m_introductionBlocks = 0;
    QVector<int> m_blockStarts;  //!< all blocks, introduction first
    QVector<int> m_blockLengths; //!< same order
    CodePointIndex m_codePoints;
};

//! AnnotatableText(reading).text(): see AnnotatableText for what is in it.
QString annotatableText(const Reading &reading);
//! AnnotatableText(reading).toTextOffset(location); build an AnnotatableText for many lookups.
int toTextOffset(const Reading &reading, const TextLocation &location);
//! AnnotatableText(reading).fromTextOffset(offset); build an AnnotatableText for many lookups.
TextLocation fromTextOffset(const Reading &reading, int offset);

//! Code points in @p text before UTF-16 offset @p utf16Offset (clamped). Linear; see CodePointIndex.
int codePointOffset(const QString &text, int utf16Offset);
//! UTF-16 offset where code point @p codePoint of @p text starts (clamped). Linear.
int utf16Offset(const QString &text, int codePoint);

} // namespace redletter
