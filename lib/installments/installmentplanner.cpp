// SPDX-License-Identifier: GPL-3.0-or-later
#include "installments/installmentplanner.h"

#include "installments/partsupport.h"
#include "text/sentences.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace redletter {

const int InstallmentPlanner::MaximumMinutes = 15;

double InstallmentPlan::longestMinutes() const
{
    double longest = 0;
    for (const PlannedPart &part : parts)
        longest = std::max(longest, part.minutes);
    return longest;
}

double InstallmentPlan::shortestMinutes() const
{
    if (parts.isEmpty())
        return 0;
    double shortest = std::numeric_limits<double>::max();
    for (const PlannedPart &part : parts)
        shortest = std::min(shortest, part.minutes);
    return shortest;
}

double InstallmentPlan::spreadMinutes() const
{
    return longestMinutes() - shortestMinutes();
}

InstallmentPlanner::InstallmentPlanner(const ReadingTimeEstimator &estimator, int maximumMinutes)
    : m_estimator(estimator),
      m_maximumWords(std::max(1, maximumMinutes) * estimator.wordsPerMinute())
{
}

QByteArray InstallmentPlanner::fingerprint(const Block &block)
{
    // Eight bytes of SHA-1 are plenty to tell a work's paragraphs apart, and short enough to store
    // with every served cut.
    return QCryptographicHash::hash(block.text.toUtf8(), QCryptographicHash::Sha1).left(8).toHex();
}

namespace {

using parts::anchorInPiece;

//! A unit the planner never cuts: a whole block, or one sentence of an over-long paragraph.
struct Atom
{
    TextCut start;
    int endOffset = -1;   // inside start.block; -1: to the block's end
    int words = 0;        // text, editor's notes anchored here, chapter heading, introduction
    QVector<int> footnotes; // keys into Sequence::footnoteWords
    double penaltyBefore = 0; // cost of starting a part with this atom
};

//! Penalties for where a cut falls, in minutes² (see the class documentation for the scale).
namespace penalty {
constexpr double BetweenChapters = 0.0;
constexpr double BeforeHeading = 0.1;
constexpr double BeforeMinorHeading = 0.25;
constexpr double BeforeBreak = 0.4;
constexpr double BeforeHeadingLikeParagraph = 0.5;
constexpr double BetweenParagraphs = 1.0;
constexpr double InsideQuotationOrList = 2.0;
constexpr double AfterIntroducingColon = 2.0;
constexpr double AfterHeading = 3.0;
constexpr double AfterUnfinishedSentence = 3.0;
constexpr double InsideParagraph = 4.0;
} // namespace penalty

//! Whether @p block ends a sentence: sources that set a quotation line by line as paragraphs do not.
bool endsSentence(const Block &block)
{
    static const QString closers = QStringLiteral("\"')]\u201D\u2019\u00BB\u00AB*_");
    const QString text = block.text.trimmed();
    int end = int(text.size());
    while (end > 0 && closers.contains(text.at(end - 1)))
        --end;
    if (end == 0)
        return true;
    static const QString terminals = QStringLiteral(".!?\u2026;");
    return terminals.contains(text.at(end - 1));
}

bool isHeadingLike(const Block &block, const Block *previous, const Block *next)
{
    // Plain-text sources (State and Revolution among them) carry their section titles as short
    // paragraphs. A short line that opens with a capital or a number, cites nothing and does not
    // run on into a longer paragraph is likely one, unless the paragraph before it stops
    // mid-sentence (a quotation set line by line). It only earns a small preference, so a wrong
    // guess costs little.
    if (previous && previous->kind == Block::Paragraph && !endsSentence(*previous))
        return false;
    if (block.kind != Block::Paragraph || block.quoteDepth > 0 || block.listDepth > 0 || !block.anchors.isEmpty())
        return false;
    const QString text = block.text.trimmed();
    if (text.isEmpty() || !(text.at(0).isUpper() || text.at(0).isDigit()))
        return false;
    const QChar last = text.at(text.size() - 1);
    if (last == QLatin1Char(',') || last == QLatin1Char(';') || last == QLatin1Char(':'))
        return false;
    const int words = ReadingTimeEstimator::countWords(text);
    if (words > 12)
        return false;
    return next && next->kind == Block::Paragraph && ReadingTimeEstimator::countWords(next->text) > words;
}

double penaltyBefore(const QVector<Block> &body, int index)
{
    if (index == 0)
        return penalty::BetweenChapters;
    const Block &block = body.at(index);
    const Block &previous = body.at(index - 1);
    const Block *next = index + 1 < int(body.size()) ? &body.at(index + 1) : nullptr;
    // What the next part would open with...
    double cost = penalty::BetweenParagraphs;
    if (block.kind == Block::Heading)
        cost = block.headingLevel <= 2 ? penalty::BeforeHeading : penalty::BeforeMinorHeading;
    else if (block.kind == Block::ThematicBreak)
        cost = penalty::BeforeBreak;
    else if (isHeadingLike(block, &previous, next))
        cost = penalty::BeforeHeadingLikeParagraph;
    // ...but what the earlier part would end with weighs more: a title without its text, a
    // colon without what it introduces, half a sentence or half a quotation.
    if (previous.kind == Block::Heading || isHeadingLike(previous, index > 1 ? &body.at(index - 2) : nullptr, &block))
        cost = std::max(cost, penalty::AfterHeading);
    if (block.kind == Block::Paragraph && previous.kind == Block::Paragraph && !endsSentence(previous))
        cost = std::max(cost, previous.text.trimmed().endsWith(QLatin1Char(':')) ? penalty::AfterIntroducingColon
                                                                                 : penalty::AfterUnfinishedSentence);
    if ((block.quoteDepth > 0 && previous.quoteDepth > 0) || (block.listDepth > 0 && previous.listDepth > 0))
        cost = std::max(cost, penalty::InsideQuotationOrList);
    return cost;
}

//! Reader-visible sentence boundaries inside @p block where a cut may go (not inside a passage).
QVector<int> sentenceCuts(const Block &block)
{
    QVector<int> cuts;
    for (const int at : sentences::boundaries(block.text)) {
        bool insidePassage = false;
        for (const Anchor &anchor : block.anchors) {
            if (anchor.kind == Anchor::EditorialNote && anchor.start < at && at < anchor.end)
                insidePassage = true;
        }
        if (!insidePassage)
            cuts.append(at);
    }
    return cuts;
}

//! The planned text cut into atoms, with what each costs.
struct Sequence
{
    QVector<Atom> atoms;
    QVector<int> footnoteWords; // by key
    QVector<int> footnoteBase;  // first key of each reading's footnotes
};

Sequence atomize(const QVector<Reading> &readings, bool chapterHeadings, int maximumWords,
                 const QVector<TextCut> &forced)
{
    Sequence sequence;
    for (const Reading &reading : readings) {
        sequence.footnoteBase.append(int(sequence.footnoteWords.size()));
        for (const Footnote &footnote : reading.footnotes)
            sequence.footnoteWords.append(ReadingTimeEstimator::countWords(footnote.blocks));
    }
    for (int r = 0; r < int(readings.size()); ++r) {
        const Reading &reading = readings.at(r);
        const int base = sequence.footnoteBase.at(r);
        // Opening words of a chapter: its heading in a work (the part view sets it) and the
        // editor's introduction, which opens the part its reading starts in.
        int openingWords = ReadingTimeEstimator::countWords(reading.introduction);
        if (chapterHeadings)
            openingWords += ReadingTimeEstimator::countWords(reading.title);
        for (int b = 0; b < int(reading.body.size()); ++b) {
            const Block &block = reading.body.at(b);
            const int textLength = int(block.text.size());
            const auto cost = [&](int from, int to, Atom *atom) {
                atom->words = ReadingTimeEstimator::countWords(block.text.mid(from, to - from));
                for (const Anchor &anchor : block.anchors) {
                    if (!anchorInPiece(anchor, from, to))
                        continue;
                    if (anchor.kind == Anchor::FootnoteReference) {
                        if (anchor.index >= 0 && anchor.index < reading.footnotes.size())
                            atom->footnotes.append(base + anchor.index);
                    } else if (anchor.index >= 0 && anchor.index < reading.editorialNotes.size()) {
                        atom->words += ReadingTimeEstimator::countWords(reading.editorialNotes.at(anchor.index).text);
                    }
                }
            };
            Atom whole;
            cost(0, textLength, &whole);
            int wholeWords = whole.words;
            for (int key : qAsConst(whole.footnotes))
                wholeWords += sequence.footnoteWords.at(key);

            // Where this block is cut inside: at its sentences when it alone exceeds a part, and
            // wherever a served part ended inside it.
            QVector<int> offsets;
            if (wholeWords > maximumWords)
                offsets = sentenceCuts(block);
            for (const TextCut &cut : forced) {
                if (cut.reading == r && cut.block == b && cut.offset > 0 && cut.offset < textLength
                    && !offsets.contains(cut.offset))
                    offsets.append(cut.offset);
            }
            std::sort(offsets.begin(), offsets.end());
            offsets.prepend(0);
            for (int i = 0; i < int(offsets.size()); ++i) {
                const int from = offsets.at(i);
                const int to = i + 1 < int(offsets.size()) ? offsets.at(i + 1) : textLength;
                Atom atom;
                atom.start = TextCut{r, b, from};
                atom.endOffset = i + 1 < int(offsets.size()) ? to : -1;
                cost(from, to, &atom);
                atom.penaltyBefore = from > 0 ? penalty::InsideParagraph : penaltyBefore(reading.body, b);
                if (b == 0 && from == 0)
                    atom.words += openingWords;
                sequence.atoms.append(atom);
            }
        }
    }
    return sequence;
}

//! Words of atoms [from, to): each footnote once, however often it is cited there.
int rangeWords(const Sequence &sequence, int from, int to)
{
    int words = 0;
    QVector<bool> seen(sequence.footnoteWords.size(), false);
    for (int i = from; i < to; ++i) {
        const Atom &atom = sequence.atoms.at(i);
        words += atom.words;
        for (int key : atom.footnotes) {
            if (!seen.at(key)) {
                seen[key] = true;
                words += sequence.footnoteWords.at(key);
            }
        }
    }
    return words;
}

/*!
 * The balanced cuts of atoms [first, n) into the fewest feasible parts: indexes of the atoms that
 * open parts 2, 3, … of that range.
 */
QVector<int> balancedCuts(const Sequence &sequence, int first, int maximumWords, double wordsPerMinute)
{
    const int n = int(sequence.atoms.size());
    if (first >= n)
        return {};
    const int total = rangeWords(sequence, first, n);
    if (total <= maximumWords)
        return {}; // a reading of 15 minutes or less is one part

    // For every end j, the starts i whose part [i, j) fits, with its words. A part of one atom
    // always "fits": a single sentence over 15 minutes cannot be helped. Footnotes are counted
    // once per window with a stamp per key (the window grows leftwards from j).
    QVector<QVector<QPair<int, int>>> fits(n + 1);
    QVector<int> stamp(sequence.footnoteWords.size(), -1);
    for (int j = first + 1; j <= n; ++j) {
        int words = 0;
        for (int i = j - 1; i >= first; --i) {
            const Atom &atom = sequence.atoms.at(i);
            words += atom.words;
            for (int key : atom.footnotes) {
                if (stamp.at(key) != j) {
                    stamp[key] = j;
                    words += sequence.footnoteWords.at(key);
                }
            }
            if (words > maximumWords && i < j - 1)
                break;
            fits[j].append(qMakePair(i, words));
        }
    }

    const double infinity = std::numeric_limits<double>::infinity();
    const int atomsInRange = n - first;
    for (int parts = std::max(1, (total + maximumWords - 1) / maximumWords); parts <= atomsInRange; ++parts) {
        const double mean = double(total) / wordsPerMinute / parts;
        // best[k][j]: least cost of atoms [first, j) in k parts; from[k][j]: where the k-th began.
        QVector<QVector<double>> best(parts + 1, QVector<double>(n + 1, infinity));
        QVector<QVector<int>> from(parts + 1, QVector<int>(n + 1, -1));
        best[0][first] = 0;
        for (int k = 1; k <= parts; ++k) {
            for (int j = first + 1; j <= n; ++j) {
                const QVector<QPair<int, int>> &starts = fits.at(j);
                // Starts are listed from j-1 leftwards; walk them rightwards so that on equal
                // cost the earliest cut wins, the same on every run.
                for (int s = int(starts.size()) - 1; s >= 0; --s) {
                    const int i = starts.at(s).first;
                    if (best.at(k - 1).at(i) == infinity)
                        continue;
                    const double deviation = starts.at(s).second / wordsPerMinute - mean;
                    const double cut = i > first ? sequence.atoms.at(i).penaltyBefore : 0.0;
                    const double cost = best.at(k - 1).at(i) + deviation * deviation + cut;
                    if (cost < best.at(k).at(j)) {
                        best[k][j] = cost;
                        from[k][j] = i;
                    }
                }
            }
        }
        if (best.at(parts).at(n) == infinity)
            continue; // the blocks do not pack into this many parts: one more
        QVector<int> cuts;
        int j = n;
        for (int k = parts; k >= 1; --k) {
            const int i = from.at(k).at(j);
            if (k > 1)
                cuts.prepend(i);
            j = i;
        }
        return cuts;
    }
    return {};
}

} // namespace

CutAnchor InstallmentPlanner::anchorFor(const QVector<Reading> &readings, const TextCut &cut)
{
    CutAnchor anchor;
    anchor.at = cut;
    if (cut.reading < 0 || cut.reading >= readings.size())
        return anchor;
    const Reading &reading = readings.at(cut.reading);
    anchor.readingId = reading.id;
    const QVector<Block> &body = reading.body;
    if (cut.block > 0 && cut.block <= body.size())
        anchor.blockBefore = fingerprint(body.at(cut.block - 1));
    if (cut.block >= 0 && cut.block < body.size()) {
        anchor.blockAfter = fingerprint(body.at(cut.block));
        if (cut.offset > 0) {
            const QString &text = body.at(cut.block).text;
            const int before = std::min(cut.offset, 32);
            anchor.textBefore = text.mid(cut.offset - before, before);
            anchor.textAfter = text.mid(cut.offset, 32);
        }
    }
    return anchor;
}

bool InstallmentPlanner::locate(const QVector<Reading> &readings, const CutAnchor &anchor, TextCut *found)
{
    int r = -1;
    if (anchor.at.reading >= 0 && anchor.at.reading < readings.size()
        && readings.at(anchor.at.reading).id == anchor.readingId) {
        r = anchor.at.reading;
    } else {
        for (int i = 0; i < int(readings.size()) && r < 0; ++i) {
            if (readings.at(i).id == anchor.readingId)
                r = i;
        }
    }
    if (r < 0)
        return false;
    const QVector<Block> &body = readings.at(r).body;
    const int size = int(body.size());
    const int hint = anchor.at.block;

    if (anchor.at.block == 0 && anchor.at.offset == 0) {
        *found = TextCut{r, 0, 0}; // a chapter's start is its start in any edition
        return true;
    }

    if (anchor.at.offset == 0) {
        // The cut before block c: the block after it still reads the same, or the one before it
        // does (the correction was in the other); both agreeing beats one, nearer the old index
        // beats farther (a paragraph may repeat, "* * *" or "The Author").
        int bestCut = -1;
        int bestRank = 0;
        int bestDistance = 0;
        for (int c = 1; c <= size; ++c) {
            const bool after = c < size && fingerprint(body.at(c)) == anchor.blockAfter;
            const bool before = fingerprint(body.at(c - 1)) == anchor.blockBefore;
            if (!after && !before)
                continue;
            const int rank = after && before ? 0 : 1;
            const int distance = std::abs(c - hint);
            if (bestCut < 0 || rank < bestRank || (rank == bestRank && distance < bestDistance)) {
                bestCut = c;
                bestRank = rank;
                bestDistance = distance;
            }
        }
        // Both neighbours rewritten: the old index is the best there is.
        *found = TextCut{r, bestCut >= 0 ? bestCut : std::clamp(hint, 1, std::max(1, size)), 0};
        return true;
    }

    // Inside a paragraph: the same paragraph, unchanged, keeps the same offset.
    int bestBlock = -1;
    for (int b = 0; b < size; ++b) {
        if (fingerprint(body.at(b)) == anchor.blockAfter
            && (bestBlock < 0 || std::abs(b - hint) < std::abs(bestBlock - hint)))
            bestBlock = b;
    }
    if (bestBlock >= 0 && anchor.at.offset < body.at(bestBlock).text.size()) {
        *found = TextCut{r, bestBlock, anchor.at.offset};
        return true;
    }
    // The paragraph was corrected: the text around the cut, nearest the old place.
    const auto search = [&](const QString &needle, int shift) {
        int bestAt = -1;
        int bestIn = -1;
        if (needle.isEmpty())
            return false;
        for (int b = 0; b < size; ++b) {
            const QString &text = body.at(b).text;
            for (int at = int(text.indexOf(needle)); at >= 0; at = int(text.indexOf(needle, at + 1))) {
                const auto distance = [&](int block, int offset) {
                    return std::abs(block - hint) * 1000000 + std::abs(offset + shift - anchor.at.offset);
                };
                if (bestIn < 0 || distance(b, at) < distance(bestIn, bestAt)) {
                    bestIn = b;
                    bestAt = at;
                }
            }
        }
        if (bestIn < 0 || bestAt + shift <= 0 || bestAt + shift >= body.at(bestIn).text.size())
            return false;
        *found = TextCut{r, bestIn, bestAt + shift};
        return true;
    };
    if (search(anchor.textBefore + anchor.textAfter, int(anchor.textBefore.size()))
        || search(anchor.textBefore, int(anchor.textBefore.size())) || search(anchor.textAfter, 0))
        return true;
    // Nothing left of it: the sentence boundary nearest the old offset, in the old paragraph.
    const int block = std::clamp(hint, 0, std::max(0, size - 1));
    if (size == 0) {
        *found = TextCut{r, 0, 0};
        return true;
    }
    const QString &text = body.at(block).text;
    const int offset = std::clamp(anchor.at.offset, 0, int(text.size()));
    const int start = sentences::startOf(text, std::max(0, std::min(offset, int(text.size()) - 1)));
    *found = TextCut{r, block, start};
    return true;
}

InstallmentPlan InstallmentPlanner::plan(const QVector<Reading> &readings, const QString &workTitle) const
{
    return planFrom(readings, workTitle, {});
}

InstallmentPlan InstallmentPlanner::replan(const QVector<Reading> &readings, const QString &workTitle,
                                           const InstallmentPlan &previous, int servedParts) const
{
    servedParts = std::clamp(servedParts, 0, int(previous.parts.size()));
    // Part p (0-based) ends at cut p; the last part has no cut after it: when every part was
    // served, all cuts are kept and the last part runs to the end of the new text.
    InstallmentPlan plan = replan(readings, workTitle, previous.cuts.mid(0, servedParts));
    for (int p = 0; p < std::min(servedParts, int(plan.parts.size())); ++p)
        plan.parts[p].kept = true;
    return plan;
}

InstallmentPlan InstallmentPlanner::replan(const QVector<Reading> &readings, const QString &workTitle,
                                           const QVector<CutAnchor> &servedCuts) const
{
    QVector<TextCut> fixed;
    for (const CutAnchor &anchor : servedCuts) {
        TextCut cut;
        if (!locate(readings, anchor, &cut))
            continue; // its chapter is gone: nothing to keep it against
        if (!fixed.isEmpty() && !(fixed.constLast() < cut))
            continue; // found out of order: the text was rearranged, the earlier cut wins
        if (cut == TextCut{})
            continue;
        fixed.append(cut);
    }
    InstallmentPlan plan = planFrom(readings, workTitle, fixed);
    for (int p = 0; p < std::min(int(servedCuts.size()), int(plan.parts.size())); ++p)
        plan.parts[p].kept = true;
    return plan;
}

InstallmentPlan InstallmentPlanner::planFrom(const QVector<Reading> &readings, const QString &workTitle,
                                             const QVector<TextCut> &fixedCuts) const
{
    InstallmentPlan plan;
    plan.workTitle = workTitle;
    plan.wordsPerMinute = m_estimator.wordsPerMinute();
    plan.maximumWords = m_maximumWords;
    const bool isWork = !workTitle.isEmpty() || readings.size() > 1;
    const Sequence sequence = atomize(readings, isWork, m_maximumWords, fixedCuts);
    const int n = int(sequence.atoms.size());
    if (n == 0)
        return plan;
    plan.totalWords = rangeWords(sequence, 0, n);
    plan.minimumParts = std::max(1, (plan.totalWords + m_maximumWords - 1) / m_maximumWords);

    // Fixed cuts become atom indexes (a cut at a chapter's end is the next chapter's start).
    QVector<int> cuts;
    for (const TextCut &cut : fixedCuts) {
        int index = 0;
        while (index < n && sequence.atoms.at(index).start < cut)
            ++index;
        if (index > 0 && index < n && (cuts.isEmpty() || cuts.constLast() < index))
            cuts.append(index);
    }
    const int first = cuts.isEmpty() ? 0 : cuts.constLast();
    cuts += balancedCuts(sequence, first, m_maximumWords, plan.wordsPerMinute);

    QVector<int> starts = cuts;
    starts.prepend(0);
    const auto cutAt = [&](int atom) {
        return atom < n ? sequence.atoms.at(atom).start : TextCut{int(readings.size()), 0, 0};
    };
    for (int p = 0; p < int(starts.size()); ++p) {
        const int from = starts.at(p);
        const int to = p + 1 < int(starts.size()) ? starts.at(p + 1) : n;
        PlannedPart part;
        part.start = cutAt(from);
        part.end = cutAt(to);
        part.words = rangeWords(sequence, from, to);
        part.minutes = double(part.words) / plan.wordsPerMinute;
        // Segments: one per reading touched, merging the atoms of one reading.
        for (int a = from; a < to; ++a) {
            const Atom &atom = sequence.atoms.at(a);
            if (part.segments.isEmpty() || part.segments.constLast().reading != atom.start.reading) {
                PartSegment segment;
                segment.reading = atom.start.reading;
                segment.readingId = readings.at(atom.start.reading).id;
                segment.firstBlock = atom.start.block;
                segment.startOffset = atom.start.offset;
                part.segments.append(segment);
            }
            PartSegment &segment = part.segments.last();
            segment.lastBlock = atom.start.block;
            segment.endOffset = atom.endOffset;
        }
        parts::describe(readings, isWork, &part);
        plan.parts.append(part);
        if (p > 0)
            plan.cuts.append(anchorFor(readings, part.start));
    }
    return plan;
}

} // namespace redletter
