// SPDX-License-Identifier: GPL-3.0-or-later
// Knuth–Plass line breaking on constructed paragraphs: the optimum agrees with brute force over
// every breaking (also when loose lines are counted), a paragraph greedy breaking sets badly is
// set evenly, the hyphen limits hold, letters stretch with the spaces.
#include "typesetting/linebreaker.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace redletter;

namespace {

//! Words of @p widths separated by spaces of width 1 (stretch @p stretch), finished as TeX does.
QVector<ParagraphItem> paragraph(const QVector<double> &widths, double stretch = 0.5)
{
    QVector<ParagraphItem> items;
    for (int i = 0; i < widths.size(); ++i) {
        if (i > 0)
            items.append(ParagraphItem::glue(1, stretch, 0, i));
        items.append(ParagraphItem::box(widths.at(i)));
    }
    items.append(ParagraphItem::glue(0, 1e6, 0));
    items.append(ParagraphItem::penaltyItem(0, -ParagraphItem::ForcedBreak, false));
    return items;
}

LineBreakParameters plain()
{
    LineBreakParameters p;
    p.tolerance = 1e9; // every line that fits is feasible, as in the brute force
    p.fitnessDemerits = 0;
    p.flaggedDemerits = 0;
    p.shortLastLineDemerits = 0;
    return p;
}

//! The least total demerits over every way to break @p widths into lines of @p width.
double bruteForce(const QVector<double> &widths, double width, double stretch, QVector<int> *bestBreaks)
{
    const int gaps = int(widths.size()) - 1;
    double best = std::numeric_limits<double>::infinity();
    for (quint32 mask = 0; mask < (1u << gaps); ++mask) {
        double total = 0;
        bool feasible = true;
        int start = 0;
        QVector<int> breaks;
        for (int w = 0; w <= gaps && feasible; ++w) {
            const bool end = w == gaps || (mask & (1u << w));
            if (!end)
                continue;
            double natural = 0;
            for (int k = start; k <= w; ++k)
                natural += widths.at(k) + (k > start ? 1 : 0);
            const int spaces = w - start;
            const double lineStretch = w == gaps ? spaces * stretch + 1e6 : spaces * stretch;
            if (natural > width || (natural < width && lineStretch <= 0)) {
                feasible = false;
                break;
            }
            const double r = natural < width ? (width - natural) / lineStretch : 0;
            total += std::pow(10 + std::min(100 * r * r * r, 1e6), 2);
            breaks.append(w);
            start = w + 1;
        }
        if (feasible && total < best) {
            best = total;
            *bestBreaks = breaks;
        }
    }
    return best;
}

} // namespace

class TestLineBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evenLinesWhereGreedyLeavesALooseOne();
    void agreesWithBruteForce();
    void atMostTwoHyphensInARowAndNoneBeforeTheLastLine();
    void hyphenLimitsHoldBeyondTheEmergencyTolerance();
    void keepsAGivenNumberOfLines();
    void avoidsAVeryShortLastLine();
    void fewestLooseLinesAgreesWithBruteForce();
    void lettersStretchWithTheSpaces();
    void uniformWidthsKeepTheOptimum();
};

void TestLineBreaker::evenLinesWhereGreedyLeavesALooseOne()
{
    // Width 20: greedy fills the first line exactly and leaves the second very loose; the
    // optimum (brute force over every breaking) spreads the slack.
    const QVector<double> widths{6, 6, 6, 3, 9, 8, 9};
    const double width = 20;
    QVector<int> expected;
    bruteForce(widths, width, 0.5, &expected);
    const LineBreaking breaking = breakLines(paragraph(widths), [&](int) { return width; }, plain());
    QVERIFY(breaking.valid);
    // Greedy: [6 6 6] (20) [3 9] (13, r = 14) [8 9] … ; the optimum is different and better.
    QVector<int> words;
    for (int item : breaking.breaks) // item 2k is word k, 2k+1 the glue after it; the end is last
        words.append(qMin(item / 2, int(widths.size()) - 1));
    QVector<int> greedy{2, 4, 6};
    QVERIFY2(words != greedy, "Knuth–Plass must not set the loose greedy line");
    QCOMPARE(words.size(), expected.size());
    for (int i = 0; i < words.size(); ++i)
        QCOMPARE(words.at(i), expected.at(i));
}

void TestLineBreaker::agreesWithBruteForce()
{
    QRandomGenerator random(1981); // Knuth and Plass's year
    for (int round = 0; round < 300; ++round) {
        const int count = 4 + int(random.bounded(9));
        QVector<double> widths;
        for (int i = 0; i < count; ++i)
            widths.append(1 + random.bounded(7));
        const double width = 12 + random.bounded(6);
        QVector<int> expected;
        const double best = bruteForce(widths, width, 0.5, &expected);
        const LineBreaking breaking = breakLines(paragraph(widths), [&](int) { return width; }, plain());
        if (!std::isfinite(best))
            continue; // no breaking without an over-full line: the emergency pass's business
        QVERIFY2(breaking.valid, qPrintable(QStringLiteral("round %1").arg(round)));
        QVERIFY2(std::abs(breaking.demerits - best) <= 1e-6 * best,
                 qPrintable(QStringLiteral("round %1: %2 vs brute force %3").arg(round).arg(breaking.demerits).arg(best)));
    }
}

void TestLineBreaker::atMostTwoHyphensInARowAndNoneBeforeTheLastLine()
{
    // Long words that split in the middle at no cost: hyphenating every line would be cheapest.
    QVector<ParagraphItem> items;
    for (int i = 0; i < 24; ++i) {
        if (i > 0)
            items.append(ParagraphItem::glue(1, 0.5, 0, i));
        items.append(ParagraphItem::box(4));
        items.append(ParagraphItem::penaltyItem(0.5, 0, true, i));
        items.append(ParagraphItem::box(4));
    }
    items.append(ParagraphItem::glue(0, 1e6, 0));
    items.append(ParagraphItem::penaltyItem(0, -ParagraphItem::ForcedBreak, false));
    LineBreakParameters p;
    p.flaggedDemerits = 0; // nothing but the hard limits stops the hyphens
    const LineBreaking breaking = breakLines(items, [](int) { return 15.0; }, p);
    QVERIFY(breaking.valid);
    int run = 0;
    int hyphenated = 0;
    for (int b = 0; b + 1 < breaking.breaks.size(); ++b) {
        const ParagraphItem &item = items.at(breaking.breaks.at(b));
        const bool flagged = item.type == ParagraphItem::Penalty && item.flagged;
        run = flagged ? run + 1 : 0;
        hyphenated += flagged;
        QVERIFY2(run <= 2, "three hyphenated lines in a row");
    }
    QVERIFY2(hyphenated > 0, "the paragraph is meant to tempt the breaker into hyphens");
    const ParagraphItem &beforeLast = items.at(breaking.breaks.at(breaking.breaks.size() - 2));
    QVERIFY2(!(beforeLast.type == ParagraphItem::Penalty && beforeLast.flagged), "hyphen before the last line");
}

void TestLineBreaker::hyphenLimitsHoldBeyondTheEmergencyTolerance()
{
    // "aaaa bbbb cc-cc dddd" in lines of 15: the first line either ends on "cc-" (ratio 1.5, but a
    // hyphen before the last line) or after "bbbb" (ratio 12); "cc-cc" whole does not fit.
    QVector<ParagraphItem> items{ParagraphItem::box(4), ParagraphItem::glue(1, 0.5, 0), ParagraphItem::box(4),
                                 ParagraphItem::glue(1, 0.5, 0), ParagraphItem::box(3),
                                 ParagraphItem::penaltyItem(0.5, 50, true), ParagraphItem::box(3),
                                 ParagraphItem::glue(1, 0.5, 0), ParagraphItem::box(4), ParagraphItem::glue(0, 1e6, 0),
                                 ParagraphItem::penaltyItem(0, -ParagraphItem::ForcedBreak, false)};
    LineBreakParameters p;
    p.looserPass = false;
    p.emergencyTolerance = 3; // as the paragraph setter bounds it (by Qt's loosest line)
    const LineBreaking breaking = breakLines(items, [](int) { return 15.0; }, p);
    QVERIFY(breaking.valid);
    QCOMPARE(breaking.breaks.size(), 2);
    QCOMPARE(breaking.breaks.first(), 3); // after "bbbb", not at the hyphen (5)
    QVERIFY(breaking.ratios.first() > 3);
}

void TestLineBreaker::keepsAGivenNumberOfLines()
{
    const QVector<double> widths{3, 5, 2, 7, 4, 4, 6, 1, 5, 3, 6, 2};
    const LineBreaking free = breakLines(paragraph(widths), [](int) { return 16.0; });
    QVERIFY(free.valid);
    LineBreakParameters p;
    p.lineCount = int(free.breaks.size()) + 1;
    const LineBreaking more = breakLines(paragraph(widths), [](int) { return 16.0; }, p);
    QVERIFY(more.valid);
    QCOMPARE(more.breaks.size(), free.breaks.size() + 1);
    p.lineCount = 1; // the words do not fit on one line
    QVERIFY(!breakLines(paragraph(widths), [](int) { return 16.0; }, p).valid);
}

void TestLineBreaker::avoidsAVeryShortLastLine()
{
    // Two full lines and one short word left over, unless the breaker moves a word down.
    const QVector<double> widths{5, 5, 4, 5, 5, 4, 1};
    LineBreakParameters p = plain();
    p.shortLastLineDemerits = 1e12; // more than the loose line it takes to avoid it
    p.shortLastLine = 0.3;
    const LineBreaking breaking = breakLines(paragraph(widths), [](int) { return 16.0; }, p);
    QVERIFY(breaking.valid);
    const int lastStart = breaking.breaks.at(breaking.breaks.size() - 2) / 2 + 1; // first word of the last line
    double natural = 0;
    for (int w = lastStart; w < widths.size(); ++w)
        natural += widths.at(w) + (w > lastStart ? 1 : 0);
    QVERIFY2(natural / 16.0 >= 0.3, qPrintable(QStringLiteral("last line %1 of 16").arg(natural)));
}

namespace {

struct Counted
{
    double demerits = std::numeric_limits<double>::infinity();
    int loose = 0; //!< lines (not the last) past the tolerance of 1
};

/*!
 * Brute force over every breaking of @p widths into lines of @p width (spaces of width 1 and
 * stretch @p stretch): the least demerits when each loose line costs @p looseDemerits more.
 */
Counted bruteForceCounted(const QVector<double> &widths, double width, double stretch, double looseDemerits)
{
    const int gaps = int(widths.size()) - 1;
    Counted best;
    for (quint32 mask = 0; mask < (1u << gaps); ++mask) {
        Counted total;
        total.demerits = 0;
        int start = 0;
        bool feasible = true;
        for (int w = 0; w <= gaps && feasible; ++w) {
            if (w != gaps && !(mask & (1u << w)))
                continue;
            double natural = 0;
            for (int k = start; k <= w; ++k)
                natural += widths.at(k) + (k > start ? 1 : 0);
            const bool last = w == gaps;
            const double lineStretch = (w - start) * stretch + (last ? 1e6 : 0);
            if (natural > width || (natural < width && lineStretch <= 0)) {
                feasible = false;
                break;
            }
            const double r = natural < width ? (width - natural) / lineStretch : 0;
            total.demerits += std::pow(10 + std::min(100 * r * r * r, 1e6), 2);
            if (!last && r > 1) {
                total.demerits += looseDemerits;
                ++total.loose;
            }
            start = w + 1;
        }
        if (feasible && total.demerits < best.demerits)
            best = total;
    }
    return best;
}

int looseLines(const LineBreaking &breaking)
{
    int loose = 0;
    for (int i = 0; i + 1 < breaking.ratios.size(); ++i)
        loose += breaking.ratios.at(i) > 1;
    return loose;
}

} // namespace

void TestLineBreaker::fewestLooseLinesAgreesWithBruteForce()
{
    // Words of 3 to 7 in lines of 24 to 29 with spaces that stretch by 2: every line has a
    // few spaces, so no line's badness outweighs the cost of a loose line, and the optimum is
    // the breaking with the fewest loose lines, then the least demerits.
    QRandomGenerator random(2026);
    LineBreakParameters p = plain();
    p.tolerance = 1;
    p.looserPass = false;
    p.looseLineDemerits = 1e9;
    int fewer = 0;
    for (int round = 0; round < 200; ++round) {
        const int count = 6 + int(random.bounded(9));
        QVector<double> widths;
        for (int i = 0; i < count; ++i)
            widths.append(3 + random.bounded(5));
        const double width = 24 + random.bounded(6);
        const Counted best = bruteForceCounted(widths, width, 2, p.looseLineDemerits);
        QVERIFY(std::isfinite(best.demerits));
        const LineBreaking breaking = breakLines(paragraph(widths, 2), [&](int) { return width; }, p);
        QVERIFY2(breaking.valid, qPrintable(QStringLiteral("round %1").arg(round)));
        QVERIFY2(std::abs(breaking.demerits - best.demerits) <= 1e-6 * best.demerits,
                 qPrintable(QStringLiteral("round %1: %2 vs brute force %3").arg(round).arg(breaking.demerits).arg(best.demerits)));
        QCOMPARE(looseLines(breaking), best.loose);
        // TeX's demerits alone never get fewer loose lines, and sometimes more.
        LineBreakParameters tex = p;
        tex.looseLineDemerits = 0;
        tex.tolerance = 1e9;
        const int texLoose = looseLines(breakLines(paragraph(widths, 2), [&](int) { return width; }, tex));
        QVERIFY(texLoose >= best.loose);
        fewer += texLoose > best.loose;
    }
    QVERIFY2(fewer > 0, "the paragraphs are meant to include ones where counting loose lines matters");
}

void TestLineBreaker::lettersStretchWithTheSpaces()
{
    // "10 10 | 10" in lines of 24: the first line has 3 units of slack and one space of stretch
    // 0.5 (ratio 6, a gaping space). Letters that may stretch by 1.5 a word take their share:
    // the ratio is 3 / (0.5 + 1.5 + 1.5).
    QVector<ParagraphItem> items = paragraph({10, 10, 10});
    const LineBreaking rigid = breakLines(items, [](int) { return 24.0; });
    QVERIFY(rigid.valid);
    QCOMPARE(rigid.breaks.size(), 2);
    QVERIFY(rigid.ratios.at(0) > 5.9);
    for (ParagraphItem &item : items) {
        if (item.type == ParagraphItem::Box)
            item.stretch = 1.5;
    }
    const LineBreaking spaced = breakLines(items, [](int) { return 24.0; });
    QVERIFY(spaced.valid);
    QCOMPARE(spaced.breaks, rigid.breaks);
    QVERIFY(qFuzzyCompare(spaced.ratios.at(0), 3.0 / 3.5));
}

// Where lines from some line on are as wide as each other, the search keeps one way to reach a
// break for all line numbers past it (TeX's easy line); the optimum must not change, with every
// demerit in play (fitness classes, hyphens in a row, a short last line), on paragraphs long
// enough that the same break is reached with different numbers of lines.
void TestLineBreaker::uniformWidthsKeepTheOptimum()
{
    QRandomGenerator random(1978); // TeX's year
    LineBreakParameters p;
    p.looseLineDemerits = 1e6;
    p.looseRunDemerits = 2000;
    int compared = 0;
    for (int round = 0; round < 200; ++round) {
        QVector<ParagraphItem> items;
        const int words = 40 + int(random.bounded(120));
        for (int i = 0; i < words; ++i) {
            if (i > 0)
                items.append(ParagraphItem::glue(1, 0.5, 0.2, i));
            // Some words in two pieces with a hyphen between them.
            if (random.bounded(4) == 0) {
                items.append(ParagraphItem::box(1 + random.bounded(4)));
                items.append(ParagraphItem::penaltyItem(0.6, 50, true, i));
            }
            items.append(ParagraphItem::box(1 + random.bounded(7)));
        }
        items.append(ParagraphItem::glue(0, 1e6, 0));
        items.append(ParagraphItem::penaltyItem(0, -ParagraphItem::ForcedBreak, false));
        const double first = 14 + random.bounded(4); // an indented first line
        const double others = first + 2;
        const auto width = [&](int line) { return line == 0 ? first : others; };
        const LineBreaking full = breakLines(items, width, p);
        LineBreakParameters easy = p;
        easy.uniformWidthFrom = 1;
        const LineBreaking merged = breakLines(items, width, easy);
        QCOMPARE(merged.valid, full.valid);
        if (!full.valid)
            continue;
        QVERIFY2(std::abs(merged.demerits - full.demerits) <= 1e-9 * std::max(1.0, full.demerits),
                 qPrintable(QStringLiteral("round %1: %2 vs %3").arg(round).arg(merged.demerits).arg(full.demerits)));
        QCOMPARE(merged.breaks.size(), full.breaks.size());
        ++compared;
    }
    QVERIFY(compared > 150);
}

QTEST_MAIN(TestLineBreaker)
#include "tst_linebreaker.moc"
