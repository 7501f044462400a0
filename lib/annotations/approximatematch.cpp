// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/approximatematch.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>
#include <vector>

namespace redletter {

namespace {

using Word = quint64;
constexpr int WordBits = 64;

/*!
 * For each UTF-16 unit of the pattern, one bit per pattern position where it occurs ("Peq" in
 * Myers' paper), cut into 64-bit blocks. Slot 0 is all zeros: every unit the pattern lacks.
 * Units below 256 are looked up in an array: the common case in the texts we read.
 */
class PatternMasks
{
public:
    explicit PatternMasks(QStringView pattern)
        : m_length(int(pattern.size()))
        , m_blocks((m_length + WordBits - 1) / WordBits)
    {
        m_latinSlots.fill(0);
        m_masks.assign(std::size_t(m_blocks), 0);
        for (int i = 0; i < m_length; ++i) {
            const int slot = slotFor(pattern.at(i).unicode());
            m_masks[std::size_t(slot * m_blocks + i / WordBits)] |= Word(1) << (i % WordBits);
        }
    }

    int length() const { return m_length; }
    int blocks() const { return m_blocks; }

    const Word *masksFor(QChar c) const
    {
        const ushort unit = c.unicode();
        int slot = 0;
        if (unit < m_latinSlots.size())
            slot = m_latinSlots[unit];
        else
            slot = m_otherSlots.value(unit, 0);
        return m_masks.data() + std::size_t(slot * m_blocks);
    }

private:
    int slotFor(ushort unit)
    {
        int *slot = nullptr;
        if (unit < m_latinSlots.size()) {
            slot = &m_latinSlots[unit];
        } else {
            auto it = m_otherSlots.find(unit);
            if (it == m_otherSlots.end())
                it = m_otherSlots.insert(unit, 0);
            slot = &it.value();
        }
        if (*slot == 0) {
            *slot = int(m_masks.size()) / m_blocks;
            m_masks.resize(m_masks.size() + std::size_t(m_blocks), 0);
        }
        return *slot;
    }

    int m_length = 0;
    int m_blocks = 0;
    std::array<int, 256> m_latinSlots{};
    QHash<ushort, int> m_otherSlots;
    std::vector<Word> m_masks;
};

/*!
 * The vertical deltas of one column of the dynamic-programming matrix, per block, and the
 * value of the matrix at each block's last row ("Score" in Myers' paper).
 */
class Columns
{
public:
    explicit Columns(const PatternMasks &masks)
        : m_positive(std::size_t(masks.blocks()), ~Word(0))
        , m_negative(std::size_t(masks.blocks()), 0)
        , m_lastRowBit(std::size_t(masks.blocks()), Word(1) << (WordBits - 1))
    {
        m_lastRowBit.back() = Word(1) << ((masks.length() - 1) % WordBits);
    }

    void resetBlock(int block)
    {
        m_positive[std::size_t(block)] = ~Word(0);
        m_negative[std::size_t(block)] = 0;
    }

    /*!
     * Moves block @p block one text unit to the right. @p horizontalIn is the horizontal delta
     * (-1, 0, +1) entering the block's first row from the row above; returns the one leaving
     * its last row. Hyyrö's formulation of Myers' step, as in edlib.
     */
    int advanceBlock(int block, Word equal, int horizontalIn)
    {
        const std::size_t b = std::size_t(block);
        const Word positiveV = m_positive[b];
        const Word negativeV = m_negative[b];
        const Word inIsNegative = horizontalIn < 0 ? 1 : 0;
        const Word xV = equal | negativeV;
        equal |= inIsNegative;
        const Word xH = (((equal & positiveV) + positiveV) ^ positiveV) | equal;
        Word positiveH = negativeV | ~(xH | positiveV);
        Word negativeH = positiveV & xH;
        const int horizontalOut = ((positiveH & m_lastRowBit[b]) ? 1 : 0)
            - ((negativeH & m_lastRowBit[b]) ? 1 : 0);
        positiveH = (positiveH << 1) | (horizontalIn > 0 ? 1 : 0);
        negativeH = (negativeH << 1) | inIsNegative;
        m_positive[b] = negativeH | ~(xV | positiveH);
        m_negative[b] = positiveH & xV;
        return horizontalOut;
    }

private:
    std::vector<Word> m_positive;
    std::vector<Word> m_negative;
    std::vector<Word> m_lastRowBit;
};

/*!
 * Semi-global search (the pattern may start anywhere in the text): calls @p onEnd(end, errors)
 * for every end whose least error count is ≤ maxErrors. onEnd returns the maxErrors to go on
 * with, which lets a caller that wants only the best matches lower it as it finds them.
 *
 * This is the block-based algorithm of Myers' paper (section 5): blocks below the last one that
 * can reach a value ≤ maxErrors are not computed; when the bottom active block gets close
 * enough, the next one is started from the assumption that it holds its largest values.
 */
template<typename OnEnd>
void searchEnds(QStringView text, const PatternMasks &masks, int maxErrors, OnEnd onEnd)
{
    const int patternLength = masks.length();
    if (patternLength == 0 || text.isEmpty())
        return;
    maxErrors = std::clamp(maxErrors, 0, patternLength);

    const int lastBlock = masks.blocks() - 1;
    Columns columns(masks);
    int activeLast = std::max(0, (maxErrors + WordBits - 1) / WordBits - 1);
    std::vector<int> score(std::size_t(lastBlock) + 1, 0);
    for (int b = 0; b <= activeLast; ++b)
        score[std::size_t(b)] = (b + 1) * WordBits;
    score[std::size_t(lastBlock)] = patternLength;

    const int textLength = int(text.size());
    for (int j = 0; j < textLength; ++j) {
        const Word *equal = masks.masksFor(text.at(j));
        int carry = 0; // the top row is 0 everywhere: a match may start at any position
        for (int b = 0; b <= activeLast; ++b) {
            carry = columns.advanceBlock(b, equal[b], carry);
            score[std::size_t(b)] += carry;
        }
        if (score[std::size_t(activeLast)] - carry <= maxErrors && activeLast < lastBlock
            && ((equal[activeLast + 1] & 1) || carry < 0)) {
            ++activeLast;
            columns.resetBlock(activeLast);
            const int rows = activeLast == lastBlock ? patternLength - lastBlock * WordBits : WordBits;
            score[std::size_t(activeLast)] = score[std::size_t(activeLast) - 1] + rows - carry
                + columns.advanceBlock(activeLast, equal[activeLast], carry);
        } else {
            while (activeLast > 0 && score[std::size_t(activeLast)] >= maxErrors + WordBits)
                --activeLast;
        }
        if (activeLast == lastBlock && score[std::size_t(lastBlock)] <= maxErrors)
            maxErrors = onEnd(j + 1, score[std::size_t(lastBlock)]);
    }
}

/*!
 * Global alignment of the pattern against every prefix of the text: element j is the edit
 * distance between the pattern and text[0, j), for j = 0 .. text length.
 */
std::vector<int> prefixDistances(QStringView text, const PatternMasks &masks)
{
    const int patternLength = masks.length();
    const int textLength = int(text.size());
    std::vector<int> distances(std::size_t(textLength) + 1, patternLength);
    if (patternLength == 0) {
        for (int j = 0; j <= textLength; ++j)
            distances[std::size_t(j)] = j;
        return distances;
    }
    Columns columns(masks);
    int lastRowValue = patternLength;
    for (int j = 0; j < textLength; ++j) {
        const Word *equal = masks.masksFor(text.at(j));
        int carry = 1; // the top row is j: the pattern has to start at the text's start
        for (int b = 0; b < masks.blocks(); ++b)
            carry = columns.advanceBlock(b, equal[b], carry);
        lastRowValue += carry;
        distances[std::size_t(j) + 1] = lastRowValue;
    }
    return distances;
}

QString reversed(QStringView text)
{
    QString result(int(text.size()), Qt::Uninitialized);
    std::reverse_copy(text.begin(), text.end(), result.begin());
    return result;
}

} // namespace

QVector<ApproximateMatch> findMatchEnds(QStringView text, QStringView pattern, int maxErrors)
{
    QVector<ApproximateMatch> ends;
    const PatternMasks masks(pattern);
    searchEnds(text, masks, maxErrors, [&](int end, int errors) {
        ends.append(ApproximateMatch{-1, end, errors});
        return maxErrors;
    });
    return ends;
}

int bestMatchErrors(QStringView text, QStringView pattern)
{
    int best = int(pattern.size());
    const PatternMasks masks(pattern);
    searchEnds(text, masks, best, [&](int, int errors) {
        best = std::min(best, errors);
        return best;
    });
    return best;
}

QVector<ApproximateMatch> findApproximateMatches(QStringView text, QStringView pattern,
                                                 int maxErrors, int maxCandidates, int hint)
{
    if (pattern.isEmpty() || maxCandidates <= 0)
        return {};
    const QVector<ApproximateMatch> ends = findMatchEnds(text, pattern, maxErrors);

    // An alignment with k errors usually shows up at a run of neighbouring ends with k, k+1,
    // k+2...: only the bottoms of those valleys are distinct candidates.
    QVector<ApproximateMatch> candidates;
    for (int i = 0; i < ends.size(); ++i) {
        const ApproximateMatch &here = ends.at(i);
        const bool betterBefore = i > 0 && ends.at(i - 1).end == here.end - 1
            && ends.at(i - 1).errors < here.errors;
        const bool betterAfter = i + 1 < ends.size() && ends.at(i + 1).end == here.end + 1
            && ends.at(i + 1).errors < here.errors;
        if (!betterBefore && !betterAfter)
            candidates.append(here);
    }
    const auto better = [hint](const ApproximateMatch &a, const ApproximateMatch &b) {
        if (a.errors != b.errors)
            return a.errors < b.errors;
        if (hint >= 0 && std::abs(a.end - hint) != std::abs(b.end - hint))
            return std::abs(a.end - hint) < std::abs(b.end - hint);
        return a.end < b.end;
    };
    if (candidates.size() > maxCandidates) {
        std::partial_sort(candidates.begin(), candidates.begin() + maxCandidates, candidates.end(),
                          better);
        candidates.resize(maxCandidates);
    } else {
        std::sort(candidates.begin(), candidates.end(), better);
    }

    // The start of a match ending at e with k errors: align the reversed pattern globally
    // against the reversed text before e (at most m + k units: longer cannot be within k).
    const QString reversedPattern = reversed(pattern);
    const PatternMasks reversedMasks(reversedPattern);
    const int patternLength = int(pattern.size());
    QVector<ApproximateMatch> matches;
    matches.reserve(candidates.size());
    for (const ApproximateMatch &candidate : std::as_const(candidates)) {
        const int windowStart = std::max(0, candidate.end - patternLength - candidate.errors);
        const QString window = reversed(text.mid(windowStart, candidate.end - windowStart));
        const std::vector<int> distances = prefixDistances(window, reversedMasks);
        // Of the starts giving the same errors, the earliest: like approx-string-match, and it
        // leaves deciding about stray units at the edge to the caller, who knows more.
        int bestLength = -1;
        for (int length = int(distances.size()) - 1; length >= 0 && bestLength < 0; --length) {
            if (distances[std::size_t(length)] == candidate.errors)
                bestLength = length;
        }
        if (bestLength < 0)
            continue; // cannot happen: the search found an alignment with exactly these errors
        const ApproximateMatch match{candidate.end - bestLength, candidate.end, candidate.errors};
        if (!matches.contains(match))
            matches.append(match);
    }
    return matches;
}

int editDistance(QStringView a, QStringView b)
{
    const PatternMasks masks(b);
    return prefixDistances(a, masks).back();
}

} // namespace redletter
