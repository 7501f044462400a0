// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include <functional>
#include <limits>

namespace redletter {

/*!
 * Knuth and Plass's optimal line breaking ("Breaking Paragraphs into Lines", 1981), as TeX
 * breaks paragraphs: a paragraph is a list of boxes (words, or their pieces between hyphenation
 * points), glue (word spaces, which stretch and shrink) and penalties (places to break at a
 * cost: a hyphen is a flagged penalty). Every feasible way to break it is weighed at once, not
 * line by line: a line's badness grows with the cube of its adjustment ratio, demerits add the
 * line penalty, the break's penalty, extra demerits for two hyphenated lines in a row and for
 * adjacent lines of very different tightness (fitness classes), and the active-node search
 * keeps, for each possible break, only the best way to reach it. Linear in practice.
 *
 * The same breaker sets ragged-right text (RaggedRight): word spaces are rigid, and the slack at
 * the end of each line is what is minimised, so the right edge is as even as the words allow.
 */
struct ParagraphItem
{
    enum Type : quint8 { Box, Glue, Penalty };

    Type type = Box;
    double width = 0;
    double stretch = 0;  //!< Glue; a Box's is its letter spacing (justified text may space letters)
    double shrink = 0;   //!< Glue
    double penalty = 0;  //!< Penalty: <= -ForcedBreak forces a break, >= ForcedBreak forbids it
    bool flagged = false; //!< Penalty: a hyphen (counted for consecutive hyphens)
    int position = 0;    //!< the caller's: where a line broken here ends (text position)

    static constexpr double ForcedBreak = 10000;

    static ParagraphItem box(double width, int position = 0) { return {Box, width, 0, 0, 0, false, position}; }
    static ParagraphItem glue(double width, double stretch, double shrink, int position = 0)
    {
        return {Glue, width, stretch, shrink, 0, false, position};
    }
    static ParagraphItem penaltyItem(double width, double penalty, bool flagged, int position = 0)
    {
        return {Penalty, width, 0, 0, penalty, flagged, position};
    }
};

struct LineBreakParameters
{
    enum Mode { Justified, RaggedRight };

    Mode mode = Justified;
    /*!
     * Largest adjustment ratio tried first (1: spaces at most stretch + 100%). If no breaking
     * stays within it, the next pass allows any ratio, so a paragraph always gets set.
     */
    double tolerance = 1.0;
    /*!
     * Whether a paragraph that cannot be set within the tolerance is tried at twice the tolerance
     * before the last pass. Off where the last pass counts loose lines (looseLineDemerits): a
     * ceiling of twice the tolerance spreads the slack over more lines, each past the tolerance.
     */
    bool looserPass = true;
    /*!
     * The last pass's tolerance (after 2 x tolerance failed). Infinite: any breaking, as TeX's
     * emergency pass; a caller that knows a breaking that works (Qt's) passes its loosest ratio,
     * which keeps the search small. Where no breaking within it keeps the hyphen limits, one
     * looser than it that keeps them is taken (the limits give way only to a word wider than
     * its line).
     */
    double emergencyTolerance = std::numeric_limits<double>::infinity();
    double linePenalty = 10;
    double hyphenPenalty = 50;      //!< the penalty of a flagged break the caller did not weigh
    double flaggedDemerits = 3000;  //!< two hyphenated lines in a row
    double fitnessDemerits = 3000;  //!< adjacent lines more than one fitness class apart
    /*!
     * Two very loose lines in a row (both stretched past the tolerance's "loose"): wide spaces
     * stacked over each other are where rivers run.
     */
    double looseRunDemerits = 0;
    /*!
     * A line looser than the tolerance (in the passes that allow it): added once per such line,
     * so that a paragraph that cannot be set within the tolerance gets as few loose lines as it
     * can, rather than its slack spread thin over many lines each a little past it (the badness
     * alone prefers that). 0: TeX's demerits only.
     */
    double looseLineDemerits = 0;
    int maxConsecutiveHyphens = 2;  //!< never more hyphenated lines in a row
    bool hyphenBeforeLastLine = false; //!< false: the last line never starts with a word's tail
    /*!
     * A last line filled less than this share of its width gets demerits (shortLastLineDemerits
     * times the missing share, squared, over the share): a word alone on the last line is avoided
     * where another breaking allows it.
     */
    double shortLastLine = 0.15;
    double shortLastLineDemerits = 5000;
    /*!
     * More than 0: only breakings into exactly this many lines (the reader keeps the number of
     * lines Qt gave a block, so that nothing below it moves). No breaking with that count: none.
     */
    int lineCount = 0;
    /*!
     * RaggedRight: the slack a line may have and still count as "decent" (in the caller's
     * units); the ratio is the line's slack over it.
     */
    double raggedStretch = 0;
    /*!
     * The first line from which every line is as wide as the one before (TeX's "easy line"):
     * where the number of lines is free, ways to reach a break that differ only in how many
     * lines they took from there on have the same future, and only the best is kept, which
     * keeps the search small in a long paragraph. The default knows nothing of the widths.
     */
    int uniformWidthFrom = std::numeric_limits<int>::max();
};

struct LineBreaking
{
    QVector<int> breaks;    //!< item index of each line's break; the last is the paragraph's end
    QVector<double> ratios; //!< adjustment ratio of each line (negative: shrunk)
    double demerits = 0;
    bool valid = false;
};

/*!
 * The optimal breaking of @p items into lines of @p lineWidth(line) (line numbered from 0). The
 * items must end with a forced break (a penalty of -ForcedBreak), which is where the paragraph's
 * last line ends; put finishing glue with a large stretch before it, as TeX does.
 */
LineBreaking breakLines(const QVector<ParagraphItem> &items, const std::function<double(int)> &lineWidth,
                        const LineBreakParameters &parameters = {});

//! The fitness class of a line with adjustment ratio @p ratio: 0 very loose … 3 tight.
int fitnessClass(double ratio);

} // namespace redletter
