// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QVector>

namespace redletter {

/*!
 * An approximate occurrence of a pattern: text[start, end) is within @c errors edits
 * (Levenshtein: insertions, deletions, substitutions of UTF-16 units) of the pattern.
 */
struct ApproximateMatch
{
    int start = -1; //!< -1 where only the end is known (findMatchEnds())
    int end = 0;
    int errors = 0;

    friend bool operator==(const ApproximateMatch &a, const ApproximateMatch &b)
    {
        return a.start == b.start && a.end == b.end && a.errors == b.errors;
    }
};

/*!
 * Myers' bit-parallel approximate string matching (G. Myers, "A fast bit-vector algorithm for
 * approximate string matching based on dynamic programming", J. ACM 46(3), 1999), in its
 * block-based form: the pattern is cut into 64-bit blocks and only the blocks that can still
 * hold a value ≤ maxErrors are computed, so a search costs O(n·⌈maxErrors/64⌉) on typical text
 * and O(n·⌈m/64⌉) at worst, for a text of n and a pattern of m UTF-16 units.
 *
 * Every end position e (1 ≤ e ≤ text length) at which some text[s, e) is within
 * @p maxErrors edits of @p pattern, with the least such number of edits, in increasing order of
 * e; start is -1. @p maxErrors is clamped to [0, pattern length]. Empty pattern: no matches.
 */
QVector<ApproximateMatch> findMatchEnds(QStringView text, QStringView pattern, int maxErrors);

/*!
 * The least edit distance between @p pattern and any substring of @p text (the length of the
 * pattern if the text is empty): how well a quote's context still fits the text around a
 * candidate.
 */
int bestMatchErrors(QStringView text, QStringView pattern);

/*!
 * Candidate occurrences of @p pattern in @p text within @p maxErrors edits, with their starts:
 * the ends that are local minima of the error count, best first (fewest errors, then nearest
 * @p hint, a UTF-16 offset in the text, -1 for none, then leftmost), at most @p maxCandidates of
 * them. Where several starts give the same error count for an end, the earliest is taken (the
 * longest match), as approx-string-match does.
 *
 * Unlike Hypothesis' approx-string-match, which keeps only the matches with the very least
 * errors, this keeps the next best too, so that context can pick a slightly worse match of the
 * quote in the right place over a slightly better one in the wrong place.
 */
QVector<ApproximateMatch> findApproximateMatches(QStringView text, QStringView pattern,
                                                 int maxErrors, int maxCandidates = 64,
                                                 int hint = -1);

//! Levenshtein distance between two strings of UTF-16 units (bit-parallel, O(|a|·⌈|b|/64⌉)).
int editDistance(QStringView a, QStringView b);

} // namespace redletter
