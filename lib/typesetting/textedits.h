// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"

#include <QString>
#include <QVector>

namespace redletter {

/*!
 * Typesetting sets a changed copy of a block's text (curly quotes, dashes, soft hyphens), never
 * the stored text. The changes are kept as edits so that everything that points into the
 * original text (StyleRange, Anchor: UTF-16 offsets) can be carried over to the copy:
 *
 * \code
 * EditedText set = applyEdits(block.text, smartPunctuationEdits(block.text, reading.language));
 * if (hyphenator)
 *     set = applyEdits(set, hyphenator->softHyphenEdits(set.text));
 * set.mapRanges(&styles);
 * set.mapRanges(&anchors);
 * \endcode
 */

//! Replaces [start, end) of a text by @c replacement; start == end inserts before the character at start.
struct TextEdit
{
    int start = 0;
    int end = 0;
    QString replacement;

    friend bool operator==(const TextEdit &a, const TextEdit &b)
    {
        return a.start == b.start && a.end == b.end && a.replacement == b.replacement;
    }
    friend bool operator!=(const TextEdit &a, const TextEdit &b) { return !(a == b); }
};

/*!
 * A text after edits, and where each offset of the original text went: offsetMap[i] is the
 * position in @c text of original offset i (offsetMap has original length + 1 entries).
 *
 * - Unedited characters keep their place relative to each other.
 * - Something inserted at offset o goes before the original character at o, so o maps past the
 *   insertion: a range that starts at o does not include it, a range that ends at o does.
 * - A replaced range [s, e) maps s to the start of the replacement and e to its end; an offset
 *   inside maps into the replacement, clamped to its end. So a range over the word after a
 *   replaced "..." still covers exactly that word.
 */
struct EditedText
{
    QString text;
    QVector<int> offsetMap;

    //! Where original offset @p originalOffset is in @c text (clamped to the original text).
    [[nodiscard]] int mapOffset(int originalOffset) const;
    //! Moves start and end of every range into @c text coordinates.
    void mapRanges(QVector<StyleRange> *styles) const;
    void mapRanges(QVector<Anchor> *anchors) const;
};

/*!
 * Applies @p edits to @p original. The edits must be sorted by start and must not overlap
 * (insertions at the same offset are applied in their order); out-of-range or overlapping edits
 * are dropped with a warning on lcTypesetting.
 */
[[nodiscard]] EditedText applyEdits(const QString &original, const QVector<TextEdit> &edits);

/*!
 * Applies @p edits, given in the coordinates of previous.text, on top of @p previous. The result
 * still maps from the original text that @p previous was made from.
 */
[[nodiscard]] EditedText applyEdits(const EditedText &previous, const QVector<TextEdit> &edits);

//! Where @p originalOffset goes when @p edits are applied (the same rules as EditedText).
[[nodiscard]] int mapOffset(const QVector<TextEdit> &edits, int originalOffset);

/*!
 * The same for single characters inserted at @p insertions (sorted original offsets, such as
 * Hyphenator::softHyphenPositions()): @p originalOffset plus the insertions at or before it.
 */
[[nodiscard]] int mapOffset(const QVector<int> &insertions, int originalOffset);

//! Edits that insert @p inserted at each of @p positions (sorted original offsets).
[[nodiscard]] QVector<TextEdit> insertionsAt(const QVector<int> &positions, const QString &inserted);

} // namespace redletter
