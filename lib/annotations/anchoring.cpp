// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchoring.h"

#include "annotations/annotatabletext.h"
#include "annotations/approximatematch.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace redletter {

namespace {

// Hypothesis' weights (client/src/annotator/anchoring/match-quote.ts).
constexpr double QuoteWeight = 50;
constexpr double PrefixWeight = 20;
constexpr double SuffixWeight = 20;
constexpr double PositionWeight = 2;
constexpr double TotalWeight = QuoteWeight + PrefixWeight + SuffixWeight + PositionWeight;

// Hypothesis' bound on errors: recall against the cost of the search and of the candidates.
constexpr int MaximumQuoteErrors = 256;
/*
 * How much better (in score) an approximate match must be to win over a verbatim occurrence of
 * the quote. Word for word is strong evidence the score does not weigh: with short quotes, a
 * near-twin by the old place (“Second conclusion” for “First conclusion”) can outscore the
 * moved original by a few hundredths, while an edited passage's verbatim twin elsewhere,
 * with unrelated context, loses by 0.2 or more.
 */
constexpr double VerbatimPreference = 0.1;
/*
 * The approximate search looks within this many UTF-16 units of the old place first, and stops
 * there if it finds a match scoring at least NearbyMatchScore (a typo fixed: 0.99; 95% of
 * passages with up to a tenth of their text changed score that in tests/lib/annotations). A
 * search of a 250,000-unit book costs about a millisecond per annotation; the window, a
 * hundredth of that.
 */
constexpr int NearbySearchMargin = 2000;
constexpr double NearbyMatchScore = 0.95;
// How many approximate matches are scored; more only costs time on short, common quotes.
constexpr int MaximumFuzzyCandidates = 64;
// Largest quadratic table the range refinements below build (16 MB of ints, a few milliseconds).
constexpr qint64 MaximumTableCells = 4'000'000;

//! 1 − errors/|pattern| for the best approximate occurrence of @p pattern in @p text.
double textMatchScore(QStringView text, QStringView pattern)
{
    if (pattern.isEmpty() || text.isEmpty())
        return 0.0;
    return 1.0 - double(bestMatchErrors(text, pattern)) / double(pattern.size());
}

struct ContextScore
{
    double prefix = 1.0;
    double suffix = 1.0;
};

ContextScore contextScore(const QString &text, int start, int end, const TextQuoteSelector &quote)
{
    const QStringView view(text);
    ContextScore score;
    if (!quote.prefix.isEmpty()) {
        const int from = std::max(0, start - int(quote.prefix.size()));
        score.prefix = textMatchScore(view.mid(from, start - from), quote.prefix);
    }
    if (!quote.suffix.isEmpty())
        score.suffix = textMatchScore(view.mid(end, quote.suffix.size()), quote.suffix);
    return score;
}

double positionScore(const QString &text, int start, int hint)
{
    if (hint < 0 || text.isEmpty())
        return 1.0;
    return 1.0 - double(std::abs(start - hint)) / double(text.size());
}

double matchScore(double quoteScore, const ContextScore &context, double position)
{
    return (QuoteWeight * quoteScore + PrefixWeight * context.prefix + SuffixWeight * context.suffix
            + PositionWeight * position)
        / TotalWeight;
}

bool contextIsIntact(const QString &text, int start, int end, const TextQuoteSelector &quote)
{
    const QStringView view(text);
    return start >= quote.prefix.size() && view.mid(start - quote.prefix.size(), quote.prefix.size()) == quote.prefix
        && view.mid(end, quote.suffix.size()) == quote.suffix;
}

/*!
 * Longest common subsequence of @p pattern and each of the @p length units of @p text read from
 * @p from in @p direction (+1 forward, -1 backward): element j is the LCS with the first j units.
 */
std::vector<int> commonSubsequenceLengths(const QString &pattern, const QString &text, int from, int length,
                                          int direction)
{
    const int m = int(pattern.size());
    std::vector<int> row(std::size_t(length) + 1, 0);
    std::vector<int> next(std::size_t(length) + 1, 0);
    for (int i = 0; i < m; ++i) {
        const QChar p = pattern.at(direction > 0 ? i : m - 1 - i);
        for (int j = 1; j <= length; ++j) {
            const QChar t = text.at(from + direction * (j - 1));
            next[std::size_t(j)] = p == t ? row[std::size_t(j - 1)] + 1
                                          : std::max(row[std::size_t(j)], next[std::size_t(j - 1)]);
        }
        std::swap(row, next);
    }
    return row;
}

/*!
 * Levenshtein distance counts a substitution as one edit, the same as deleting a unit of the
 * quote: so when the start of a quoted passage was deleted, the best alignment may as well
 * substitute the text before it (the end of the previous paragraph) for the lost words, and
 * the highlight bleeds into it. Counted as insertions and deletions only, such stray units at
 * the edges cost more than leaving them out, so the range is trimmed to where the quote's units
 * really are: first the start (end fixed), then the end. Only done where the O(m·n) tables stay
 * small.
 */
void trimStrayEdges(const QString &text, const QString &exact, int *start, int *end)
{
    const int m = int(exact.size());
    if (qint64(m) * (*end - *start) > MaximumTableCells)
        return;
    const auto bestLength = [m](const std::vector<int> &lcs) {
        // Indel distance of the quote and the first j units: m + j − 2·lcs[j]; keep the longest of equals.
        int best = 0;
        for (int j = 1; j < int(lcs.size()); ++j) {
            if (m + j - 2 * lcs[std::size_t(j)] <= m + best - 2 * lcs[std::size_t(best)])
                best = j;
        }
        return best;
    };
    const int trimmedStart
        = *end - bestLength(commonSubsequenceLengths(exact, text, *end - 1, *end - *start, -1));
    const int trimmedEnd
        = trimmedStart + bestLength(commonSubsequenceLengths(exact, text, trimmedStart, *end - trimmedStart, +1));
    if (trimmedStart < trimmedEnd) { // nothing left would be no better a highlight than too much
        *start = trimmedStart;
        *end = trimmedEnd;
    }
}

/*!
 * Blocks are joined by a blank line in the annotatable text. A quote made inside one block
 * whose approximate match spans a block boundary has usually picked up the end of the block
 * before (or the start of the one after) in place of words deleted from the quote: keep the
 * piece that holds most of the quote.
 */
void keepWithinOneBlock(const QString &text, const QString &exact, int *start, int *end)
{
    const QLatin1String separator("\n\n");
    if (exact.contains(separator))
        return;
    int bestStart = *start;
    int bestEnd = *end;
    int bestCommon = -1;
    for (int pieceStart = *start; pieceStart < *end;) {
        int pieceEnd = int(text.indexOf(separator, pieceStart));
        if (pieceEnd < 0 || pieceEnd > *end)
            pieceEnd = *end;
        if (pieceStart == *start && pieceEnd == *end)
            return; // no boundary inside
        const int length = pieceEnd - pieceStart;
        const int common = qint64(exact.size()) * length > MaximumTableCells
            ? length // too big to compare: the longest piece will do
            : commonSubsequenceLengths(exact, text, pieceStart, length, +1).back();
        if (common > bestCommon) {
            bestCommon = common;
            bestStart = pieceStart;
            bestEnd = pieceEnd;
        }
        pieceStart = pieceEnd + int(separator.size());
    }
    *start = bestStart;
    *end = bestEnd;
}

void snapToCodePoints(const QString &text, int *start, int *end)
{
    if (*start > 0 && *start < text.size() && text.at(*start).isLowSurrogate()
        && text.at(*start - 1).isHighSurrogate()) {
        --*start;
    }
    if (*end > 0 && *end < text.size() && text.at(*end).isLowSurrogate()
        && text.at(*end - 1).isHighSurrogate()) {
        ++*end;
    }
}

AnchorResult anchorIn(const QString &text, const CodePointIndex &codePoints,
                      const TextQuoteSelector &quote, const TextPositionSelector &position)
{
    AnchorResult result;
    const QString &exact = quote.exact;
    if (exact.isEmpty())
        return result;
    const int hint = position.isValid() ? codePoints.toUtf16(position.start) : -1;

    // 1. Still where it was, in the same surroundings.
    if (hint >= 0 && QStringView(text).mid(hint, exact.size()) == exact
        && contextIsIntact(text, hint, hint + int(exact.size()), quote)) {
        result.status = AnchorResult::Exact;
        result.start = hint;
        result.end = hint + int(exact.size());
        result.score = matchScore(1.0, ContextScore{}, 1.0);
        return result;
    }

    // 2. Verbatim elsewhere: context decides, then nearness to the old place.
    AnchorResult verbatim;
    double bestContext = -1;
    int occurrences = 0;
    for (int from = text.indexOf(exact); from >= 0; from = text.indexOf(exact, from + 1)) {
        ++occurrences;
        const int to = from + int(exact.size());
        const ContextScore context = contextScore(text, from, to, quote);
        const double combined = context.prefix + context.suffix;
        const bool better = combined > bestContext
            || (combined == bestContext && hint >= 0 && std::abs(from - hint) < std::abs(verbatim.start - hint));
        if (better) {
            bestContext = combined;
            verbatim.status = AnchorResult::Exact;
            verbatim.start = from;
            verbatim.end = to;
            verbatim.score = matchScore(1.0, context, positionScore(text, from, hint));
        }
    }
    if (bestContext == 2.0)
        return verbatim; // in its old surroundings, only moved

    // 3. Approximately. A verbatim occurrence whose surroundings changed competes with the
    // approximate matches: the annotated passage may have been edited while a twin of it
    // (phrases do repeat) still stands verbatim elsewhere, and context tells them apart.
    const int maxErrors = std::min(MaximumQuoteErrors, int(exact.size()) / 2);
    double bestScore = -1;
    const auto searchIn = [&](int from, int to) {
        const QVector<ApproximateMatch> candidates
            = findApproximateMatches(QStringView(text).mid(from, to - from), exact, maxErrors,
                                     occurrences + MaximumFuzzyCandidates, hint < 0 ? -1 : hint - from);
        for (const ApproximateMatch &candidate : candidates) {
            if (candidate.errors == 0)
                continue; // the verbatim occurrences, scored above
            const int start = from + candidate.start;
            const int end = from + candidate.end;
            const double quoteScore = 1.0 - double(candidate.errors) / double(exact.size());
            const double score = matchScore(quoteScore, contextScore(text, start, end, quote),
                                            positionScore(text, start, hint));
            if (score > bestScore) {
                bestScore = score;
                result.start = start;
                result.end = end;
                result.score = score;
            }
        }
    };
    // Most edits are small and local: look near the old place first, and settle for what is
    // there if it is plainly the passage; only otherwise search the whole text.
    bool searchedEverything = false;
    if (hint >= 0) {
        const int margin = NearbySearchMargin + int(exact.size());
        const int from = std::max(0, hint - margin);
        const int to = std::min(int(text.size()), hint + int(exact.size()) + margin);
        searchedEverything = from == 0 && to == text.size();
        searchIn(from, to);
    }
    if (!searchedEverything && bestScore < NearbyMatchScore)
        searchIn(0, int(text.size()));
    if (verbatim.isAnchored() && verbatim.score + VerbatimPreference >= bestScore)
        return verbatim; // the quote is there word for word: never orphaned, whatever its context
    if (bestScore >= MinimumFuzzyScore) {
        result.status = AnchorResult::Fuzzy;
        keepWithinOneBlock(text, exact, &result.start, &result.end);
        trimStrayEdges(text, exact, &result.start, &result.end);
        snapToCodePoints(text, &result.start, &result.end);
    } else {
        result.status = AnchorResult::Orphaned;
        result.start = -1;
        result.end = -1;
        result.score = std::max(0.0, bestScore);
    }
    return result;
}

} // namespace

AnchorResult anchor(const QString &text, const TextQuoteSelector &quote,
                    const TextPositionSelector &position)
{
    return anchorIn(text, CodePointIndex(text), quote, position);
}

ReanchorReport reanchorAll(const QString &newText, const QVector<Annotation> &annotations)
{
    ReanchorReport report;
    report.results.reserve(annotations.size());
    const CodePointIndex codePoints(newText);
    for (const Annotation &annotation : annotations) {
        const AnchorResult result = anchorIn(newText, codePoints, annotation.quote, annotation.position);
        switch (result.status) {
        case AnchorResult::Exact:
            ++report.exact;
            break;
        case AnchorResult::Fuzzy:
            ++report.fuzzy;
            break;
        case AnchorResult::Orphaned:
            ++report.orphaned;
            break;
        }
        report.results.append(result);
    }
    return report;
}

ReanchorReport reanchorAll(const QString &oldText, const QString &newText, const QVector<Annotation> &annotations)
{
    // The edit: what lies between the common start and the common end of the two texts.
    const int shortest = int(std::min(oldText.size(), newText.size()));
    int head = 0;
    while (head < shortest && oldText.at(head) == newText.at(head))
        ++head;
    int tail = 0;
    while (tail < shortest - head && oldText.at(oldText.size() - 1 - tail) == newText.at(newText.size() - 1 - tail))
        ++tail;
    // Never inside a surrogate pair: the unchanged end starts at a whole code point.
    if (tail > 0 && tail < oldText.size() && oldText.at(oldText.size() - tail).isLowSurrogate())
        --tail;
    const int oldEditEnd = int(oldText.size()) - tail; // the unchanged end starts here (UTF-16)
    const int shift = int(newText.size() - oldText.size());
    const CodePointIndex oldCodePoints(oldText);
    const CodePointIndex newCodePoints(newText);

    QVector<Annotation> moved = annotations;
    for (Annotation &annotation : moved) {
        if (!annotation.position.isValid())
            continue;
        const int start = oldCodePoints.toUtf16(annotation.position.start);
        const int end = oldCodePoints.toUtf16(annotation.position.end);
        if (start >= oldEditEnd && end <= oldText.size() && start <= end) {
            annotation.position.start = newCodePoints.toCodePoint(start + shift);
            annotation.position.end = newCodePoints.toCodePoint(end + shift);
        }
    }
    return reanchorAll(newText, moved);
}

Annotation withUpdatedSelectors(const Annotation &annotation, const QString &newText,
                                const AnchorResult &result)
{
    if (!result.isAnchored())
        return annotation;
    Annotation updated = annotation;
    updated.quote = makeQuoteSelector(newText, result.start, result.end);
    updated.position = makePositionSelector(newText, result.start, result.end);
    return updated;
}

Annotation withUpdatedSelectors(const Annotation &annotation, const QString &newText,
                                const CodePointIndex &codePoints, const AnchorResult &result)
{
    if (!result.isAnchored())
        return annotation;
    Annotation updated = annotation;
    updated.quote = makeQuoteSelector(newText, result.start, result.end);
    // anchor() never splits a surrogate pair, so no widening is needed as makePositionSelector() does.
    updated.position.start = codePoints.toCodePoint(result.start);
    updated.position.end = codePoints.toCodePoint(result.end);
    return updated;
}

} // namespace redletter
