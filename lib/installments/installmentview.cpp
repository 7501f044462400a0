// SPDX-License-Identifier: GPL-3.0-or-later
#include "installments/installmentview.h"

#include "installments/partsupport.h"
#include "util/languagetranslator.h"

#include <QHash>
#include <QPair>

#include <algorithm>

namespace redletter {

QString Installment::partLabel(const QString &language) const
{
    return InstallmentView::partLabel(part, parts, language);
}

QString Installment::chaptersLabel() const
{
    // A reading without headings "covers" only itself: its title is already above.
    if (chapters.size() == 1 && chapters.constFirst() == reading.title)
        return QString();
    return chapters.join(QStringLiteral(" \u00B7 "));
}

QString Installment::closingLine(const QString &language) const
{
    if (isLast() || nextTitle.isEmpty())
        return QString();
    return InstallmentView::closingLine(part + 1, nextTitle, nextContinues, language);
}

QString InstallmentView::partLabel(int part, int parts, const QString &language)
{
    return LanguageTranslator(language)
        .translate("redletter::InstallmentView", "Part %1 of %2")
        .arg(part)
        .arg(parts);
}

QString InstallmentView::closingLine(int nextPart, const QString &nextTitle, bool continues,
                                     const QString &language)
{
    const LanguageTranslator words(language);
    const QString title = continues
        ? words.translate("redletter::InstallmentView", "%1 (continued)").arg(nextTitle)
        : nextTitle;
    return words.translate("redletter::InstallmentView", "Tomorrow: Part %1 \u2014 %2")
        .arg(nextPart)
        .arg(title);
}

namespace {

//! The piece [from, to) of @p block, its styles and anchors clipped and shifted to it.
Block piece(const Block &block, int from, int to)
{
    Block out = block;
    int end = to;
    // The sentence boundary keeps the space after a sentence with it; a part does not end in one.
    while (end > from && block.text.at(end - 1).isSpace())
        --end;
    out.text = block.text.mid(from, end - from);
    const int length = end - from;
    out.styles.clear();
    for (StyleRange style : block.styles) {
        if (style.end <= from || style.start >= to)
            continue;
        style.start = std::clamp(style.start - from, 0, length);
        style.end = std::clamp(style.end - from, 0, length);
        if (style.start < style.end)
            out.styles.append(style);
    }
    out.anchors.clear();
    for (Anchor anchor : block.anchors) {
        if (!parts::anchorInPiece(anchor, from, to))
            continue;
        anchor.start = std::clamp(anchor.start - from, 0, length);
        anchor.end = std::clamp(anchor.end - from, anchor.start, length);
        out.anchors.append(anchor);
    }
    if (from > 0)
        out.listItemStart = false; // the bullet went with the first piece
    return out;
}

} // namespace

Installment InstallmentView::build(const QVector<Reading> &readings, const InstallmentPlan &plan, int index)
{
    Installment installment;
    if (index < 0 || index >= plan.parts.size())
        return installment;
    const PlannedPart &planned = plan.parts.at(index);
    if (planned.segments.isEmpty())
        return installment;
    const bool isWork = !plan.workTitle.isEmpty() || readings.size() > 1;
    const Reading &base = readings.at(planned.segments.constFirst().reading);

    installment.part = index + 1;
    installment.parts = int(plan.parts.size());
    installment.workTitle = isWork ? plan.workTitle : base.work;
    installment.chapters = planned.chapters;
    installment.words = planned.words;
    installment.minutes = planned.minutes;
    if (index + 1 < plan.parts.size()) {
        installment.nextTitle = plan.parts.at(index + 1).title;
        installment.nextContinues = plan.parts.at(index + 1).continuesTitle;
    }

    Reading &reading = installment.reading;
    const QString workTitle = isWork && !plan.workTitle.isEmpty() ? plan.workTitle : base.work;
    // Not a catalog id: nothing should be stored against a part, only against its readings
    // (origins says which).
    const QString baseId = isWork ? makeReadingId(base.author, workTitle) : base.id;
    reading.id = baseId + QStringLiteral("#part-%1").arg(index + 1);
    reading.title = isWork && !workTitle.isEmpty() ? workTitle : base.title;
    reading.work = isWork ? QString() : base.work;
    reading.author = base.author;
    reading.year = base.year;
    reading.editor = base.editor;
    reading.source = base.source;
    reading.translator = base.translator;
    reading.language = base.language;
    reading.tags = base.tags;

    QHash<QPair<int, int>, int> footnoteIndex; // (reading, footnote) → index in the part
    QHash<QPair<int, int>, int> noteIndex;     // (reading, editorial note) → index in the part
    for (const PartSegment &segment : planned.segments) {
        const Reading &source = readings.at(segment.reading);
        const bool startsChapter = segment.firstBlock == 0 && segment.startOffset == 0;
        if (startsChapter) {
            reading.introduction += source.introduction;
            if (isWork) {
                Block heading;
                heading.kind = Block::Heading;
                heading.headingLevel = 2;
                heading.text = source.title;
                reading.body.append(heading);
                installment.origins.append(BlockOrigin{segment.reading, source.id, -1, 0});
            }
        }
        for (int b = segment.firstBlock; b <= segment.lastBlock && b < source.body.size(); ++b) {
            const Block &block = source.body.at(b);
            const int from = b == segment.firstBlock ? segment.startOffset : 0;
            const int to = b == segment.lastBlock && segment.endOffset >= 0 ? segment.endOffset : int(block.text.size());
            Block out = piece(block, from, to);
            QVector<Anchor> anchors;
            for (Anchor anchor : qAsConst(out.anchors)) {
                const QPair<int, int> key(segment.reading, anchor.index);
                if (anchor.kind == Anchor::FootnoteReference) {
                    if (anchor.index < 0 || anchor.index >= source.footnotes.size())
                        continue;
                    if (!footnoteIndex.contains(key)) {
                        footnoteIndex.insert(key, int(reading.footnotes.size()));
                        Footnote footnote = source.footnotes.at(anchor.index);
                        for (Block &noteBlock : footnote.blocks)
                            noteBlock.anchors.clear();
                        reading.footnotes.append(footnote);
                    }
                    anchor.index = footnoteIndex.value(key);
                } else {
                    if (anchor.index < 0 || anchor.index >= source.editorialNotes.size())
                        continue;
                    if (!noteIndex.contains(key)) {
                        noteIndex.insert(key, int(reading.editorialNotes.size()));
                        reading.editorialNotes.append(source.editorialNotes.at(anchor.index));
                    }
                    anchor.index = noteIndex.value(key);
                }
                anchors.append(anchor);
            }
            out.anchors = anchors; // anchors to notes the reading does not have are dropped
            reading.body.append(out);
            installment.origins.append(BlockOrigin{segment.reading, source.id, b, from});
        }
    }
    if (installment.isLast())
        reading.tagline = readings.constLast().tagline;
    return installment;
}

} // namespace redletter
