// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"

#include <QString>
#include <QVector>

namespace redletter {

//! Where an annotation's passage is in a (possibly changed) text.
struct AnchorResult
{
    enum Status : quint8 {
        Exact,    //!< the quoted text is there verbatim (at the old place or elsewhere)
        Fuzzy,    //!< an approximate match of the quote, good enough in quote and context
        Orphaned, //!< not found: keep the annotation and show it with its quote, unanchored
    };
    Status status = Orphaned;
    int start = -1; //!< UTF-16 offset in the new text; -1 when orphaned
    int end = -1;   //!< UTF-16, end exclusive; -1 when orphaned
    /*!
     * Hypothesis' match score in [0, 1]: (50·quote + 20·prefix + 20·suffix + 2·position) / 92,
     * each part in [0, 1]: quote = 1 − errors/|exact|; prefix, suffix = 1 − errors/|context| for
     * the text right before/after the match (1 if the selector has none); position =
     * 1 − |start − hint| / |text| (1 without a position selector). For an orphan, the score of the
     * best candidate that was rejected, or 0.
     */
    double score = 0;

    bool isAnchored() const { return status != Orphaned; }
};

/*!
 * Finds the passage of an annotation in @p text, which may have changed since the selectors
 * were made (a typo fixed, a paragraph added, moved or deleted). Follows Hypothesis' anchoring,
 * with a few refinements:
 *
 *  1. If the text at @p position (code points, converted to UTF-16 in @p text) is the quote and
 *     the quote's prefix and suffix are still right beside it: Exact, there.
 *  2. Every verbatim occurrence of the quote is a candidate: the one whose context (prefix and
 *     suffix, approximately matched) fits best, and among equally good contexts the one nearest
 *     the position hint. If its context is intact: Exact, there.
 *  3. Approximate matching (Myers' bit-parallel algorithm, findApproximateMatches()) with at
 *     most min(256, |exact|/2) errors, near the old place first (within 2000 units; if a match
 *     there scores 0.95 or more the rest of the text is not searched), then everywhere. Each
 *     candidate is scored as described at AnchorResult::score.
 *  4. The verbatim occurrence from 2, if any, wins unless the best approximate match scores
 *     more than 0.1 above it (an edited passage with a verbatim twin elsewhere): Exact. A quote
 *     found word for word is never orphaned.
 *  5. Otherwise the best approximate match if it scores at least MinimumFuzzyScore: Fuzzy. Its
 *     range is then refined: an approximate match that crosses a block boundary ("\n\n") the
 *     quote does not have keeps only the block holding most of the quote, and stray units at
 *     either edge that do not belong to the quote (what now stands where some of its words were
 *     deleted) are trimmed. Else Orphaned.
 *
 * MinimumFuzzyScore = 0.65. A match of the quote that is half wrong (the most the search lets
 * through) needs nearly intact context on both sides to pass (0.73 with both perfect); a good
 * match of the quote passes with poor context (0.66 at 10% errors with context at chance level,
 * around 0.3). Measured in tests/lib/annotations/tst_anchoring over 80,000 random highlights and
 * edits of a real text: no passage with up to a tenth of its text changed was orphaned (their
 * scores start at 0.7), and 2% of passages deleted outright were anchored, mostly on near-twins
 * of themselves (these texts repeat their phrases); 0.7 would have halved that but orphaned 15%
 * of the passages that lost more than a tenth of their words.
 *
 * The returned range never splits a surrogate pair. An empty quote is Orphaned.
 */
[[nodiscard]] AnchorResult anchor(const QString &text, const TextQuoteSelector &quote,
                                  const TextPositionSelector &position);

//! See anchor(): the least score a Fuzzy match needs.
inline constexpr double MinimumFuzzyScore = 0.65;

//! The outcome of re-anchoring all of a reading's annotations after its text changed.
struct ReanchorReport
{
    QVector<AnchorResult> results; //!< one per annotation, in the same order
    int exact = 0;
    int fuzzy = 0;
    int orphaned = 0;
};

/*!
 * anchor() for each annotation in @p newText (sharing the work that does not depend on the
 * annotation). Orphaned annotations are reported, never dropped: the caller keeps them and
 * lists them with their quoted text.
 */
[[nodiscard]] ReanchorReport reanchorAll(const QString &newText, const QVector<Annotation> &annotations);

/*!
 * reanchorAll() for text that was @p oldText, where the annotations' positions were made. The
 * edit is seen as the text before and after it unchanged (the longest common start and end):
 * positions in the unchanged end move by what the edit added or removed, so that a passage only
 * moved is found where it went at once (anchor()'s first step), instead of by searching the
 * whole text for its quote; a twin passage in the same surroundings no longer competes with it.
 * Passages in or across the edit are anchored as reanchorAll() anchors them.
 */
[[nodiscard]] ReanchorReport reanchorAll(const QString &oldText, const QString &newText,
                                         const QVector<Annotation> &annotations);

/*!
 * @p annotation with selectors describing where @p result found it in @p newText (exact text,
 * new context, new code point position), for saving once the reader has seen the result. Kept
 * unchanged when @p result is an orphan. The modification time is left alone: the reader did
 * not change the note.
 */
[[nodiscard]] Annotation withUpdatedSelectors(const Annotation &annotation, const QString &newText,
                                              const AnchorResult &result);

/*!
 * The same with @p codePoints, a CodePointIndex of @p newText, for many annotations in one text:
 * the position is then looked up instead of counted from the start of the text, which made
 * re-anchoring 10,000 notes quadratic in practice.
 */
[[nodiscard]] Annotation withUpdatedSelectors(const Annotation &annotation, const QString &newText,
                                              const CodePointIndex &codePoints, const AnchorResult &result);

} // namespace redletter
