// SPDX-License-Identifier: GPL-3.0-or-later
#include "installments/partsupport.h"

namespace redletter::parts {

bool anchorInPiece(const Anchor &anchor, int from, int to)
{
    if (anchor.kind == Anchor::EditorialNote && anchor.start < anchor.end)
        return from <= anchor.start && anchor.start < to;
    return (from < anchor.start && anchor.start <= to) || (anchor.start == 0 && from == 0);
}

namespace {

bool isChapterHeading(const Block &block)
{
    // Levels 1 and 2 are what chapter and section titles use in every source we read; level 3
    // and below are subdivisions too fine to name a part by.
    return block.kind == Block::Heading && block.headingLevel <= 2 && !block.text.trimmed().isEmpty();
}

} // namespace

void describe(const QVector<Reading> &readings, bool isWork, PlannedPart *part)
{
    part->chapters.clear();
    if (part->segments.isEmpty())
        return;
    const PartSegment &first = part->segments.constFirst();
    const Reading &opening = readings.at(first.reading);
    const bool startsChapter = first.firstBlock == 0 && first.startOffset == 0;
    if (isWork) {
        for (const PartSegment &segment : qAsConst(part->segments)) {
            const QString title = readings.at(segment.reading).title;
            if (!part->chapters.contains(title))
                part->chapters.append(title);
        }
        part->title = opening.title;
        part->continuesTitle = !startsChapter;
        return;
    }
    // One reading: its own headings name the part; the heading above where it starts, when it
    // starts inside a section.
    QString governing;
    for (int b = first.firstBlock - 1; b >= 0 && governing.isEmpty(); --b) {
        if (isChapterHeading(opening.body.at(b)))
            governing = opening.body.at(b).text.trimmed();
    }
    const bool opensWithHeading = first.startOffset == 0 && first.firstBlock < opening.body.size()
        && isChapterHeading(opening.body.at(first.firstBlock));
    if (!opensWithHeading && !governing.isEmpty())
        part->chapters.append(governing);
    for (const PartSegment &segment : qAsConst(part->segments)) {
        const Reading &reading = readings.at(segment.reading);
        for (int b = segment.firstBlock; b <= segment.lastBlock && b < reading.body.size(); ++b) {
            if (isChapterHeading(reading.body.at(b)) && !(b == segment.firstBlock && segment.startOffset > 0))
                part->chapters.append(reading.body.at(b).text.trimmed());
        }
    }
    if (opensWithHeading) {
        part->title = opening.body.at(first.firstBlock).text.trimmed();
        part->continuesTitle = false;
    } else if (!governing.isEmpty()) {
        part->title = governing;
        part->continuesTitle = true;
    } else {
        part->title = opening.title;
        part->continuesTitle = !startsChapter;
    }
    if (part->chapters.isEmpty())
        part->chapters.append(opening.title);
}

} // namespace redletter::parts
