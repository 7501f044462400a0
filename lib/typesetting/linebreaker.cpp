// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/linebreaker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace redletter {

int fitnessClass(double ratio)
{
    if (ratio < -0.5)
        return 3; // tight
    if (ratio <= 0.5)
        return 2; // decent
    if (ratio <= 1)
        return 1; // loose
    return 0;     // very loose
}

namespace {

struct Node
{
    int item = -1;       //!< the break; -1 for the paragraph's start
    int line = 0;        //!< lines before this break's line ends (the line it ends is line - 1)
    int fitness = 2;
    int hyphens = 0;     //!< hyphenated lines in a row ending here
    double width = 0;    //!< totals after the break (discardable items skipped)
    double stretch = 0;
    double shrink = 0;
    double demerits = 0;
    double ratio = 0;
    int previous = -1;   //!< index into the node store
};

struct Candidate
{
    double demerits = std::numeric_limits<double>::infinity();
    int from = -1;
    double ratio = 0;
};

bool isBreak(const QVector<ParagraphItem> &items, int i)
{
    const ParagraphItem &item = items.at(i);
    if (item.type == ParagraphItem::Penalty)
        return item.penalty < ParagraphItem::ForcedBreak;
    if (item.type == ParagraphItem::Glue)
        return i > 0 && items.at(i - 1).type == ParagraphItem::Box;
    return false;
}

LineBreaking run(const QVector<ParagraphItem> &items, const std::function<double(int)> &lineWidth,
                 const LineBreakParameters &p, double tolerance, bool emergency)
{
    const int n = int(items.size());
    // Line numbers past the uniform widths are one (there is no count of lines to reach).
    const int lastDistinctLine = p.lineCount > 0 ? std::numeric_limits<int>::max() : std::max(1, p.uniformWidthFrom);
    std::vector<double> widths; // lineWidth() asked once a line
    const auto widthOf = [&](int line) {
        while (int(widths.size()) <= line)
            widths.push_back(lineWidth(int(widths.size())));
        return widths[size_t(line)];
    };
    double maxLineWidth = 0;
    if (p.lineCount > 0) {
        for (int line = 0; line < p.lineCount; ++line)
            maxLineWidth = std::max(maxLineWidth, widthOf(line));
    }
    // Prefix sums of widths, stretch and shrink of the items before index i.
    std::vector<double> sumWidth(n + 1, 0), sumStretch(n + 1, 0), sumShrink(n + 1, 0);
    for (int i = 0; i < n; ++i) {
        const ParagraphItem &item = items.at(i);
        const bool counts = item.type != ParagraphItem::Penalty;
        sumWidth[i + 1] = sumWidth[i] + (counts ? item.width : 0);
        sumStretch[i + 1] = sumStretch[i] + (counts ? item.stretch : 0); // a box stretches by its letter spacing
        sumShrink[i + 1] = sumShrink[i] + (item.type == ParagraphItem::Glue ? item.shrink : 0);
    }
    // Totals after a break at i: glue and penalties up to the next box are discarded.
    const auto after = [&](int i, Node *node) {
        int j = i;
        if (j >= 0) {
            ++j;
            while (j < n && items.at(j).type != ParagraphItem::Box
                   && !(items.at(j).type == ParagraphItem::Penalty && items.at(j).penalty <= -ParagraphItem::ForcedBreak))
                ++j;
        } else {
            j = 0;
        }
        node->width = sumWidth[j];
        node->stretch = sumStretch[j];
        node->shrink = sumShrink[j];
    };

    std::vector<Node> store;
    std::vector<int> active;
    Node start;
    after(-1, &start);
    store.push_back(start);
    active.push_back(0);

    // Candidates at one break, keyed by (line, fitness, hyphens in a row).
    struct Keyed
    {
        int line;
        int fitness;
        int hyphens;
        Candidate candidate;
    };
    std::vector<Keyed> candidates;
    std::vector<int> stillActive; // kept from break to break (allocated once)

    for (int b = 0; b < n && !active.empty(); ++b) {
        if (!isBreak(items, b))
            continue;
        const ParagraphItem &item = items.at(b);
        const bool forced = item.type == ParagraphItem::Penalty && item.penalty <= -ParagraphItem::ForcedBreak;
        const bool last = forced && b == n - 1;
        const bool flagged = item.type == ParagraphItem::Penalty && item.flagged;
        const double breakWidth = item.type == ParagraphItem::Penalty ? item.width : 0;
        candidates.clear();

        stillActive.clear();
        for (size_t k = 0; k < active.size(); ++k) {
            const int a = active[k];
            const Node &node = store[a];
            const double width = widthOf(node.line);
            const double natural = sumWidth[b] - node.width + breakWidth;
            if (natural < width && !forced) {
                // Most lines tried are far too short to be set: their node stays active (while its
                // line may still come), and the division below is not needed to know it. The
                // margin leaves every line near the tolerance to the exact test.
                const double stretch = sumStretch[b] - node.stretch
                    + (p.mode == LineBreakParameters::RaggedRight ? p.raggedStretch : 0);
                if (stretch > 0 && width - natural > tolerance * stretch * (1 + 1e-9)) {
                    if (p.lineCount > 0) {
                        if (node.line < p.lineCount)
                            stillActive.push_back(a);
                        continue;
                    }
                    // The nodes after this one break later (active nodes are in the order of their
                    // breaks), so their lines to here are shorter and stretch less: on lines as
                    // wide as this one's they are too short as well. The uniform lines (all but
                    // the first few, LineBreakParameters::uniformWidthFrom) are all as wide, so
                    // most breaks look at a few nodes, not at every one a line back.
                    const auto rest = active.begin() + std::ptrdiff_t(k);
                    if (node.line >= lastDistinctLine && std::all_of(rest, active.end(), [&](int later) {
                            return store[size_t(later)].line >= lastDistinctLine;
                        })) {
                        stillActive.insert(stillActive.end(), rest, active.end());
                        break;
                    }
                    stillActive.push_back(a);
                    continue;
                }
            }
            double ratio = 0;
            if (natural < width) {
                double stretch = sumStretch[b] - node.stretch;
                if (p.mode == LineBreakParameters::RaggedRight)
                    stretch += p.raggedStretch;
                ratio = stretch > 0 ? (width - natural) / stretch : std::numeric_limits<double>::infinity();
            } else if (natural > width) {
                const double shrink = sumShrink[b] - node.shrink;
                ratio = shrink > 0 ? (width - natural) / shrink : -std::numeric_limits<double>::infinity();
            }
            // A line that cannot shrink enough ends the node's chances; so does a forced break.
            const bool overfull = ratio < -1;
            const bool tooManyLines = p.lineCount > 0 && node.line >= p.lineCount;
            // With a fixed number of lines, a break that leaves more text than the lines after
            // it can hold leads nowhere.
            if (p.lineCount > 0 && !last && !tooManyLines && maxLineWidth > 0
                && (sumWidth[n] - sumWidth[b]) > (p.lineCount - node.line - 1) * maxLineWidth * 1.05) {
                if (!overfull && !forced)
                    stillActive.push_back(a);
                continue;
            }
            if (!overfull && !forced && !tooManyLines)
                stillActive.push_back(a);
            if (tooManyLines || (overfull && !emergency))
                continue;
            if (!(ratio <= tolerance))
                continue;
            if (p.lineCount > 0 && (last ? node.line + 1 != p.lineCount : node.line + 1 >= p.lineCount))
                continue;

            const int hyphens = flagged ? node.hyphens + 1 : 0;
            double extra = overfull ? 1e16 : 0; // only in the emergency pass: a word wider than the line
            if (hyphens > p.maxConsecutiveHyphens) {
                if (!emergency)
                    continue;
                extra += 1e14; // more than any line's demerits: only when nothing else works
            }
            if (last && node.hyphens > 0 && !p.hyphenBeforeLastLine) {
                if (!emergency)
                    continue;
                extra += 1e14; // more than any line's demerits: only when nothing else works
            }
            const double r = std::isfinite(ratio) ? std::max(ratio, -1.0) : 1e3;
            const double size = std::abs(r);
            const double badness = std::min(100 * size * size * size, 1e6);
            double demerits = (p.linePenalty + badness) * (p.linePenalty + badness);
            const double penalty = item.type == ParagraphItem::Penalty ? item.penalty : 0;
            if (penalty > 0)
                demerits += penalty * penalty;
            else if (penalty < 0 && !forced)
                demerits -= penalty * penalty;
            if (flagged && node.hyphens > 0)
                demerits += p.flaggedDemerits;
            if (r > p.tolerance && !last)
                demerits += p.looseLineDemerits;
            const int fitness = last ? 2 : fitnessClass(r);
            if (node.item >= 0 && std::abs(fitness - node.fitness) > 1)
                demerits += p.fitnessDemerits;
            if (node.item >= 0 && fitness == 0 && node.fitness == 0)
                demerits += p.looseRunDemerits;
            if (last && width > 0) {
                const double fill = natural / width;
                if (fill < p.shortLastLine && node.item >= 0) {
                    const double missing = (p.shortLastLine - fill) / p.shortLastLine;
                    demerits += p.shortLastLineDemerits * missing * missing;
                }
            }
            demerits += node.demerits + extra;

            const int line = std::min(node.line + 1, lastDistinctLine);
            Keyed *slot = nullptr;
            for (Keyed &k : candidates) {
                if (k.line == line && k.fitness == fitness && k.hyphens == hyphens)
                    slot = &k;
            }
            if (!slot) {
                candidates.push_back({line, fitness, hyphens, {}});
                slot = &candidates.back();
            }
            if (demerits < slot->candidate.demerits)
                slot->candidate = {demerits, a, r};
        }
        active.swap(stillActive);
        for (const Keyed &k : candidates) {
            Node node;
            node.item = b;
            node.line = k.line;
            node.fitness = k.fitness;
            node.hyphens = k.hyphens;
            node.demerits = k.candidate.demerits;
            node.ratio = k.candidate.ratio;
            node.previous = k.candidate.from;
            after(b, &node);
            store.push_back(node);
            active.push_back(int(store.size()) - 1);
        }
    }

    // The best node at the paragraph's end.
    int best = -1;
    for (int s = 0; s < int(store.size()); ++s) {
        if (store[s].item == n - 1 && (best < 0 || store[s].demerits < store[best].demerits))
            best = s;
    }
    LineBreaking result;
    if (best < 0)
        return result;
    result.valid = true;
    result.demerits = store[best].demerits;
    for (int s = best; s > 0; s = store[s].previous) {
        result.breaks.prepend(store[s].item);
        result.ratios.prepend(store[s].ratio);
    }
    return result;
}

} // namespace

LineBreaking breakLines(const QVector<ParagraphItem> &items, const std::function<double(int)> &lineWidth,
                        const LineBreakParameters &parameters)
{
    if (items.isEmpty() || items.last().type != ParagraphItem::Penalty
        || items.last().penalty > -ParagraphItem::ForcedBreak)
        return {};
    // First within the tolerance; then twice as loose; then anything that fits (as TeX's
    // emergency pass), so that every paragraph is set.
    LineBreaking breaking = run(items, lineWidth, parameters, parameters.tolerance, false);
    if (!breaking.valid && parameters.looserPass)
        breaking = run(items, lineWidth, parameters, parameters.tolerance * 2, false);
    if (!breaking.valid) {
        breaking = run(items, lineWidth, parameters, parameters.emergencyTolerance, true);
        // The emergency pass lets the hyphen limits give way (1e14 demerits a time) where no
        // breaking within its tolerance keeps them; a looser line does keep them, and the limits
        // are the rule, the tolerance a wish.
        if (breaking.valid && breaking.demerits >= 1e14 && std::isfinite(parameters.emergencyTolerance)) {
            const LineBreaking looser = run(items, lineWidth, parameters, std::numeric_limits<double>::infinity(), false);
            if (looser.valid)
                breaking = looser;
        }
    }
    return breaking;
}

} // namespace redletter
