// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/textedits.h"

#include "util/logging.h"

#include <algorithm>

namespace redletter {

namespace {

bool isApplicable(const TextEdit &edit, int previousEnd, int textLength)
{
    return edit.start >= previousEnd && edit.start <= edit.end && edit.end <= textLength;
}

} // namespace

int EditedText::mapOffset(int originalOffset) const
{
    if (offsetMap.isEmpty())
        return 0;
    return offsetMap.at(std::clamp(originalOffset, 0, int(offsetMap.size()) - 1));
}

void EditedText::mapRanges(QVector<StyleRange> *styles) const
{
    for (StyleRange &style : *styles) {
        style.start = mapOffset(style.start);
        style.end = mapOffset(style.end);
    }
}

void EditedText::mapRanges(QVector<Anchor> *anchors) const
{
    for (Anchor &anchor : *anchors) {
        anchor.start = mapOffset(anchor.start);
        anchor.end = mapOffset(anchor.end);
    }
}

EditedText applyEdits(const QString &original, const QVector<TextEdit> &edits)
{
    const int length = int(original.size());
    EditedText result;
    result.offsetMap.resize(length + 1);
    result.text.reserve(length + 16);

    int copied = 0; // original offsets below this are in result.text
    const auto copyUpTo = [&](int end) {
        if (end <= copied)
            return;
        const int shift = int(result.text.size()) - copied;
        for (int offset = copied; offset < end; ++offset)
            result.offsetMap[offset] = offset + shift;
        result.text.append(original.constData() + copied, end - copied);
        copied = end;
    };

    int previousEnd = 0;
    for (const TextEdit &edit : edits) {
        if (!isApplicable(edit, previousEnd, length)) {
            qCWarning(lcTypesetting) << "Dropping an edit that overlaps or is out of range:" << edit.start
                                     << edit.end << edit.replacement;
            continue;
        }
        copyUpTo(edit.start);
        const int replacementStart = int(result.text.size());
        const int replacementLength = int(edit.replacement.size());
        for (int offset = edit.start; offset < edit.end; ++offset)
            result.offsetMap[offset] = replacementStart + std::min(offset - edit.start, replacementLength);
        result.text.append(edit.replacement);
        copied = edit.end;
        previousEnd = edit.end;
    }
    copyUpTo(length);
    result.offsetMap[length] = int(result.text.size());
    return result;
}

EditedText applyEdits(const EditedText &previous, const QVector<TextEdit> &edits)
{
    EditedText next = applyEdits(previous.text, edits);
    EditedText result;
    result.text = std::move(next.text);
    result.offsetMap.resize(previous.offsetMap.size());
    for (int i = 0; i < int(previous.offsetMap.size()); ++i)
        result.offsetMap[i] = next.offsetMap.at(previous.offsetMap.at(i));
    return result;
}

int mapOffset(const QVector<TextEdit> &edits, int originalOffset)
{
    int delta = 0;
    for (const TextEdit &edit : edits) {
        const int replacementLength = int(edit.replacement.size());
        if (edit.start == edit.end) {
            if (edit.start > originalOffset)
                break;
            delta += replacementLength;
            continue;
        }
        if (originalOffset <= edit.start)
            break;
        if (originalOffset < edit.end)
            return edit.start + delta + std::min(originalOffset - edit.start, replacementLength);
        delta += replacementLength - (edit.end - edit.start);
    }
    return originalOffset + delta;
}

int mapOffset(const QVector<int> &insertions, int originalOffset)
{
    const auto insertedBefore = std::upper_bound(insertions.cbegin(), insertions.cend(), originalOffset);
    return originalOffset + int(insertedBefore - insertions.cbegin());
}

QVector<TextEdit> insertionsAt(const QVector<int> &positions, const QString &inserted)
{
    QVector<TextEdit> edits;
    edits.reserve(positions.size());
    for (int position : positions)
        edits.append(TextEdit{position, position, inserted});
    return edits;
}

} // namespace redletter
