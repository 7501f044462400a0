// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/passages.h"

#include "annotations/anchoring.h"
#include "annotations/annotatabletext.h"
#include "estimating/readingtime.h"
#include "text/sentences.h"

#include <algorithm>
#include <tuple>

namespace redletter {

int globalBlockCount(const Reading &reading)
{
    return int(reading.introduction.size() + reading.body.size());
}

const Block &globalBlock(const Reading &reading, int block)
{
    const int introduction = int(reading.introduction.size());
    return block < introduction ? reading.introduction.at(block)
                                : reading.body.at(block - introduction);
}

bool isIntroductionBlock(const Reading &reading, int block)
{
    return block < reading.introduction.size();
}

bool Passage::cutAfter(const Reading &reading) const
{
    return end < globalBlock(reading, lastBlock).text.size();
}

namespace {

//! A place in a reading: global block and UTF-16 offset, ordered as the text runs.
struct Place
{
    int block = 0;
    int offset = 0;

    friend bool operator<(const Place &a, const Place &b)
    {
        return std::tie(a.block, a.offset) < std::tie(b.block, b.offset);
    }
    friend bool operator<=(const Place &a, const Place &b) { return !(b < a); }
};

int toGlobalBlock(const Reading &reading, const TextLocation &location)
{
    return location.part == TextLocation::Introduction
        ? location.block
        : int(reading.introduction.size()) + location.block;
}

void trimWhiteSpace(const QString &text, int *start, int *end)
{
    while (*start < *end && text.at(*start).isSpace())
        ++*start;
    while (*end > *start && text.at(*end - 1).isSpace())
        --*end;
}

/*!
 * The part of a long block quoted around [start, end): the sentences holding it, widened one
 * sentence at a time (before, then after) while the context is short and the block has more.
 */
void sentenceContext(const QString &text, int *start, int *end)
{
    constexpr int ShortContextWords = 40;
    int from = sentences::startOf(text, *start);
    int to = sentences::endOf(text, *end);
    bool widenBefore = true;
    while (ReadingTimeEstimator::countWords(text.mid(from, to - from)) < ShortContextWords) {
        const int earlier = from > 0 ? sentences::startOf(text, from - 1) : from;
        const int later = to < text.size() ? sentences::endOf(text, to + 1) : to;
        if (earlier == from && later == to)
            break;
        const int tryFrom = widenBefore && earlier != from ? earlier : from;
        const int tryTo = (!widenBefore || earlier == from) && later != to ? later : to;
        if (ReadingTimeEstimator::countWords(text.mid(tryFrom, tryTo - tryFrom)) > LongParagraphWords)
            break;
        from = tryFrom;
        to = tryTo;
        widenBefore = !widenBefore;
    }
    trimWhiteSpace(text, &from, &to);
    *start = qMin(from, *start);
    *end = qMax(to, *end);
}

bool isLongBlock(const Block &block)
{
    return ReadingTimeEstimator::countWords(block.text) > LongParagraphWords;
}

struct Context
{
    Place begin;
    Place end;
    QVector<PassageHighlight> highlights;
};

Context contextFor(const Reading &reading, int annotation, Place begin, Place end)
{
    Context context;
    for (int block = begin.block; block <= end.block; ++block) {
        const int length = int(globalBlock(reading, block).text.size());
        const int from = block == begin.block ? begin.offset : 0;
        const int to = block == end.block ? end.offset : length;
        if (to > from)
            context.highlights.append({annotation, block, from, to});
    }

    const Block &first = globalBlock(reading, begin.block);
    const Block &last = globalBlock(reading, end.block);
    context.begin = {begin.block, 0};
    context.end = {end.block, int(last.text.size())};
    if (isLongBlock(first)) {
        int from = begin.offset;
        int to = begin.block == end.block ? end.offset : int(first.text.size());
        sentenceContext(first.text, &from, &to);
        context.begin.offset = from;
        if (begin.block == end.block)
            context.end.offset = to;
    }
    if (begin.block != end.block && isLongBlock(last)) {
        int from = 0;
        int to = end.offset;
        sentenceContext(last.text, &from, &to);
        context.end.offset = to;
    }
    return context;
}

bool onlyWhiteSpaceBetween(const Reading &reading, const Place &a, const Place &b)
{
    if (a.block != b.block)
        return false;
    const QString &text = globalBlock(reading, a.block).text;
    for (int i = a.offset; i < b.offset; ++i) {
        if (!text.at(i).isSpace())
            return false;
    }
    return true;
}

void collectNotes(const ExportSource &source, Passage *passage)
{
    const Reading &reading = source.reading;
    QVector<PassageNote> notes;
    for (int block = passage->firstBlock; block <= passage->lastBlock; ++block) {
        const Block &b = globalBlock(reading, block);
        const int from = block == passage->firstBlock ? passage->start : 0;
        const int to = block == passage->lastBlock ? passage->end : int(b.text.size());
        for (const Anchor &anchor : b.anchors) {
            if (anchor.kind == Anchor::EditorialNote) {
                if (anchor.index < 0 || anchor.index >= reading.editorialNotes.size())
                    continue;
                const bool inside = anchor.start == anchor.end
                    ? (anchor.start >= from && anchor.start <= to)
                    : (anchor.start < to && anchor.end > from);
                if (inside)
                    notes.append({PassageNote::EditorialNote, anchor.index, block, qMax(anchor.start, from)});
            } else {
                if (anchor.index < 0 || anchor.index >= reading.footnotes.size())
                    continue;
                if (anchor.start >= from && anchor.start <= to)
                    notes.append({PassageNote::Footnote, anchor.index, block, anchor.start});
            }
        }
    }
    QVector<int> noted;
    for (const PassageHighlight &highlight : passage->highlights) {
        if (noted.contains(highlight.annotation)
            || source.annotations.at(highlight.annotation).note.trimmed().isEmpty())
            continue;
        noted.append(highlight.annotation);
        notes.append({PassageNote::ReaderNote, highlight.annotation, highlight.block, highlight.start});
    }
    // The same editorial note can be anchored twice in a passage (it spans blocks): keep the first.
    QVector<PassageNote> unique;
    for (const PassageNote &note : notes) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(), [&](const PassageNote &n) {
            return n.kind == note.kind && n.index == note.index;
        });
        if (!seen)
            unique.append(note);
    }
    std::stable_sort(unique.begin(), unique.end(), [](const PassageNote &a, const PassageNote &b) {
        return std::tie(a.block, a.offset, a.kind) < std::tie(b.block, b.offset, b.kind);
    });
    passage->notes = unique;
}

} // namespace

PassageCollection collectPassages(const QVector<ExportSource> &sources, ExportOptions::Scope scope)
{
    PassageCollection collection;
    for (int s = 0; s < sources.size(); ++s) {
        const ExportSource &source = sources.at(s);
        const Reading &reading = source.reading;
        const AnnotatableText text(reading);
        const ReanchorReport anchored = reanchorAll(text.text(), source.annotations);

        QVector<Context> contexts;
        for (int a = 0; a < source.annotations.size(); ++a) {
            const AnchorResult &result = anchored.results.at(a);
            const Annotation &annotation = source.annotations.at(a);
            if (!result.isAnchored() || result.end <= result.start || globalBlockCount(reading) == 0) {
                collection.orphaned.append({reading.id, reading.title, annotation.id,
                                            annotation.quote.exact, annotation.note});
                continue;
            }
            const TextLocation from = text.fromTextOffset(result.start);
            TextLocation to = text.fromTextOffset(result.end);
            Place begin{toGlobalBlock(reading, from), from.offset};
            Place end{toGlobalBlock(reading, to), to.offset};
            // A range ending right at the start of a block ends with the block before it.
            if (end.block > begin.block && end.offset == 0) {
                --end.block;
                end.offset = int(globalBlock(reading, end.block).text.size());
            }
            if (begin.offset >= globalBlock(reading, begin.block).text.size() && begin.block < end.block) {
                ++begin.block;
                begin.offset = 0;
            }
            ++collection.anchoredAnnotations;
            contexts.append(contextFor(reading, a, begin, end));
        }
        const auto byPlace = [](const PassageHighlight &a, const PassageHighlight &b) {
            return std::tie(a.block, a.start, a.end) < std::tie(b.block, b.start, b.end);
        };

        if (scope == ExportOptions::Scope::WholeReading) {
            if (globalBlockCount(reading) == 0)
                continue;
            Passage passage;
            passage.source = s;
            passage.wholeReading = true;
            passage.firstBlock = 0;
            passage.lastBlock = globalBlockCount(reading) - 1;
            passage.start = 0;
            passage.end = int(globalBlock(reading, passage.lastBlock).text.size());
            for (const Context &context : contexts)
                passage.highlights += context.highlights;
            std::stable_sort(passage.highlights.begin(), passage.highlights.end(), byPlace);
            collectNotes(source, &passage);
            collection.passages.append(passage);
            continue;
        }

        // Contexts in text order of their starts; merge the ones that overlap or only have
        // white space between them.
        std::stable_sort(contexts.begin(), contexts.end(), [](const Context &a, const Context &b) {
            return a.begin < b.begin;
        });
        QVector<Context> merged;
        for (const Context &context : contexts) {
            if (!merged.isEmpty()) {
                Context &last = merged.last();
                if (context.begin <= last.end || onlyWhiteSpaceBetween(reading, last.end, context.begin)) {
                    if (last.end < context.end)
                        last.end = context.end;
                    last.highlights += context.highlights;
                    continue;
                }
            }
            merged.append(context);
        }
        for (Context &context : merged) {
            std::stable_sort(context.highlights.begin(), context.highlights.end(), byPlace);
            Passage passage;
            passage.source = s;
            passage.firstBlock = context.begin.block;
            passage.start = context.begin.offset;
            passage.lastBlock = context.end.block;
            passage.end = context.end.offset;
            passage.highlights = context.highlights;
            collectNotes(source, &passage);
            collection.passages.append(passage);
        }
    }
    return collection;
}

} // namespace redletter
