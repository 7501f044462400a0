// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimating/readingtime.h"
#include "reading/reading.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace redletter {

/*!
 * A place in a sequence of readings (one reading, or a work's chapters in contents order) where
 * one part ends and the next begins: before body block @c block of reading @c reading, at UTF-16
 * offset @c offset inside it. The offset is 0 except where a single paragraph longer than a whole
 * part had to be cut inside, at a sentence boundary.
 */
struct TextCut
{
    int reading = 0;
    int block = 0;
    int offset = 0;

    friend bool operator==(const TextCut &a, const TextCut &b)
    {
        return a.reading == b.reading && a.block == b.block && a.offset == b.offset;
    }
    friend bool operator!=(const TextCut &a, const TextCut &b) { return !(a == b); }
    friend bool operator<(const TextCut &a, const TextCut &b)
    {
        if (a.reading != b.reading)
            return a.reading < b.reading;
        if (a.block != b.block)
            return a.block < b.block;
        return a.offset < b.offset;
    }
};

/*!
 * A cut described by the text around it, not only by its indexes, so that it can be found again
 * in a corrected edition of the same text (see InstallmentPlanner::replan()). Fingerprints are
 * SHA-1 prefixes of the block's text: stable across runs and machines (qHash is seeded), and a
 * one-word correction in any other block leaves them alone.
 */
struct CutAnchor
{
    TextCut at;             //!< where it was: the hint when the text has moved
    QString readingId;      //!< the reading the next part starts in
    QByteArray blockBefore; //!< fingerprint of the block that ends the earlier part ("" at a reading's start)
    QByteArray blockAfter;  //!< fingerprint of the block that opens the later part (the block cut inside)
    QString textBefore;     //!< inside a block: up to 32 characters before the cut
    QString textAfter;      //!< inside a block: up to 32 characters after it

    friend bool operator==(const CutAnchor &a, const CutAnchor &b)
    {
        return a.at == b.at && a.readingId == b.readingId && a.blockBefore == b.blockBefore
            && a.blockAfter == b.blockAfter && a.textBefore == b.textBefore && a.textAfter == b.textAfter;
    }
};

//! A run of one reading's body inside a part.
struct PartSegment
{
    int reading = 0;     //!< index into the planned sequence
    QString readingId;
    int firstBlock = 0;  //!< body block index
    int lastBlock = 0;   //!< inclusive
    int startOffset = 0; //!< where the segment starts inside firstBlock (0: the whole block)
    int endOffset = -1;  //!< where it ends inside lastBlock (-1: at the block's end)

    friend bool operator==(const PartSegment &a, const PartSegment &b)
    {
        return a.reading == b.reading && a.readingId == b.readingId && a.firstBlock == b.firstBlock
            && a.lastBlock == b.lastBlock && a.startOffset == b.startOffset && a.endOffset == b.endOffset;
    }
};

//! One installment of a plan.
struct PlannedPart
{
    QVector<PartSegment> segments;
    TextCut start;         //!< where it begins (the first part: {0, 0, 0})
    TextCut end;           //!< where the next begins (the last part: one past the last block)
    int words = 0;         //!< what its part view holds: text, the footnotes it cites, notes, introduction
    double minutes = 0;    //!< words at the plan's pace, not rounded
    QStringList chapters;  //!< the chapters (a work's readings, or a reading's headings) it covers
    QString title;         //!< what "Tomorrow: Part 4 — …" calls it: the chapter or section it opens with
    bool continuesTitle = false; //!< it starts inside that chapter or section, not at its head
    bool kept = false;     //!< its boundaries were fixed by a previous plan (already served)
};

/*!
 * The installments of one reading or one work: the parts, and the cuts between them anchored in
 * the text (cuts.size() == parts.size() - 1).
 */
struct InstallmentPlan
{
    QString workTitle;       //!< the work's title; empty for a single reading
    int wordsPerMinute = 0;  //!< the pace it was planned at
    int maximumWords = 0;    //!< a part's limit in words at that pace (15 minutes)
    int totalWords = 0;      //!< all of it, each footnote once
    int minimumParts = 0;    //!< ceil(totalWords / maximumWords): what balancing aims for
    QVector<PlannedPart> parts;
    QVector<CutAnchor> cuts;

    bool isValid() const { return !parts.isEmpty(); }
    //! Longest minus shortest part, in minutes: how even the plan is.
    double spreadMinutes() const;
    double longestMinutes() const;
    double shortestMinutes() const;
};

/*!
 * Splits readings longer than 15 minutes at the house pace into balanced installments.
 *
 * How a plan is chosen:
 * - Units are whole body blocks (paragraphs, headings, quotations), except that a block which
 *   alone holds more than a part (with the notes it cites) is cut into its sentences, found with
 *   lib/text/sentences (the catalog's one abbreviation table), never inside an editor's passage.
 * - A part's length is what its part view holds: its blocks, every footnote they cite (once per
 *   part: a footnote cited in two parts is printed in both), the editor's notes anchored in it,
 *   the editor's introduction for part 1 and, in a work, the chapter headings it opens.
 * - The number of parts is the smallest feasible: ceil(total / 15 min) first, one more only when
 *   the blocks cannot be packed into that many (a part never goes over 15 minutes unless a single
 *   sentence does).
 * - For that number, dynamic programming minimises the sum of squared deviations of the part
 *   lengths from their mean (minutes²) plus a penalty per cut by where it falls: nothing between
 *   chapters, little before a heading, a little more before a paragraph that looks like a heading
 *   or a thematic break, one unit between ordinary paragraphs, more after a heading or a colon, inside
 *   a quotation or list, or after a paragraph that does not end a sentence (a source that sets
 *   a quotation line by line), and most inside a paragraph. Squared deviations rather than max − min:
 *   the sum is additive over parts, so the DP stays exact and O(parts × pairs of cuts ≤ 15 min
 *   apart), it keeps every part near the mean instead of only the two extremes, and the cut
 *   penalties are added in the same unit (a penalty p lets a cut move about sqrt(p/2) minutes
 *   away from perfect balance to reach a better place). Ties go to the earliest cut: deterministic.
 *
 * Stability: replan() takes the previous plan and how many of its parts were served. Those parts
 * keep their boundaries: each served cut is found again in the new text by its anchor (the
 * fingerprint of the block after it, or of the block before it, nearest the old index; a cut
 * inside a paragraph by the text around it), never by index alone, so a correction anywhere — in
 * a served part or a later one — leaves served boundaries where they were. Only the text after
 * the last served cut is planned again. A served part whose text grew is kept as it is, even
 * over 15 minutes: what was served stays what it was.
 */
class InstallmentPlanner
{
public:
    static const int MaximumMinutes; //!< 15: the promise

    explicit InstallmentPlanner(const ReadingTimeEstimator &estimator = ReadingTimeEstimator(),
                                int maximumMinutes = MaximumMinutes);

    int maximumWords() const { return m_maximumWords; }

    /*!
     * Plans @p readings (one reading, or a work's chapters in contents order; @p workTitle empty
     * for a single reading). A sequence of at most 15 minutes is one part. Invalid (no parts)
     * only when there is no text at all.
     */
    InstallmentPlan plan(const QVector<Reading> &readings, const QString &workTitle = {}) const;

    /*!
     * Plans @p readings again after a correction, keeping the first @p servedParts parts of
     * @p previous where they were (see the class documentation).
     */
    InstallmentPlan replan(const QVector<Reading> &readings, const QString &workTitle,
                           const InstallmentPlan &previous, int servedParts) const;

    /*!
     * The same from what a schedule keeps of the served parts: the anchors of the cuts that end
     * them, in order (previous.cuts.mid(0, servedParts); see cutAnchorToJson()). Parts opened by
     * those cuts' predecessors are marked kept.
     */
    InstallmentPlan replan(const QVector<Reading> &readings, const QString &workTitle,
                           const QVector<CutAnchor> &servedCuts) const;

    /*!
     * Where @p anchor lies in @p readings: the block after it by fingerprint, else the block
     * before it, nearest the old position; inside a paragraph, by the text around the cut.
     * False when its reading is gone.
     */
    static bool locate(const QVector<Reading> &readings, const CutAnchor &anchor, TextCut *found);

    //! The anchor describing @p cut in @p readings.
    static CutAnchor anchorFor(const QVector<Reading> &readings, const TextCut &cut);

    //! The fingerprint CutAnchor keeps of a block.
    static QByteArray fingerprint(const Block &block);

private:
    InstallmentPlan planFrom(const QVector<Reading> &readings, const QString &workTitle,
                             const QVector<TextCut> &fixedCuts) const;

    ReadingTimeEstimator m_estimator;
    int m_maximumWords;
};

} // namespace redletter
