// SPDX-License-Identifier: GPL-3.0-or-later
// The balanced installment planner and the part view, on the real long texts of the corpus:
// State and Revolution (one reading, ~39,000 words) and the Manifesto site (a work of 5 chapters).
#include "installments/installmentjson.h"
#include "installments/installmentplanner.h"
#include "installments/installmentview.h"

#include "importing/importservice.h"
#include "text/sentences.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace redletter;

namespace {

const QString StateAndRevolution = QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt");
const QString ManifestoSite = QStringLiteral("mia/sites/marx-engels-communist-manifesto/index.htm");

//! A corpus source read as the import service reads it (readings and work title), no catalog.
using Source = ImportedText;

Source read(const QString &relative)
{
    return test::readCorpusSource(relative);
}

//! The figures a test prints: parts, minutes each, spread.
QString figures(const InstallmentPlan &plan)
{
    QStringList minutes;
    for (const PlannedPart &part : plan.parts)
        minutes.append(QString::number(part.minutes, 'f', 2));
    return QStringLiteral("%1 words, %2 parts (minimum %3): %4 min; spread %5 min")
        .arg(plan.totalWords)
        .arg(plan.parts.size())
        .arg(plan.minimumParts)
        .arg(minutes.join(QStringLiteral(", ")))
        .arg(plan.spreadMinutes(), 0, 'f', 2);
}

QVector<TextCut> starts(const InstallmentPlan &plan)
{
    QVector<TextCut> cuts;
    for (const PlannedPart &part : plan.parts)
        cuts.append(part.start);
    return cuts;
}

QString describe(const TextCut &cut)
{
    return QStringLiteral("{%1, %2, %3}").arg(cut.reading).arg(cut.block).arg(cut.offset);
}

/*!
 * Every block of every reading is in exactly one part, in order: the pieces of the parts, walked
 * in order, start where the previous one ended and together reach the end of the text.
 */
bool coversEveryBlockOnceInOrder(const QVector<Reading> &readings, const InstallmentPlan &plan, QString *why)
{
    TextCut cursor{0, 0, 0};
    const auto skipEmpty = [&]() {
        while (cursor.reading < readings.size() && cursor.block >= readings.at(cursor.reading).body.size())
            cursor = TextCut{cursor.reading + 1, 0, 0};
    };
    skipEmpty();
    for (int p = 0; p < plan.parts.size(); ++p) {
        for (const PartSegment &segment : plan.parts.at(p).segments) {
            for (int b = segment.firstBlock; b <= segment.lastBlock; ++b) {
                const int from = b == segment.firstBlock ? segment.startOffset : 0;
                const TextCut here{segment.reading, b, from};
                if (here != cursor) {
                    *why = QStringLiteral("part %1 has %2 where %3 was due").arg(p + 1).arg(describe(here), describe(cursor));
                    return false;
                }
                const bool cutInside = b == segment.lastBlock && segment.endOffset >= 0;
                cursor = cutInside ? TextCut{segment.reading, b, segment.endOffset} : TextCut{segment.reading, b + 1, 0};
                skipEmpty();
            }
        }
    }
    if (cursor.reading != readings.size()) {
        *why = QStringLiteral("the parts end at %1, before the text does").arg(describe(cursor));
        return false;
    }
    return true;
}

/*!
 * Every footnote reference in a part's reading has its footnote there, the very note of the
 * source (same label, same text); every editor's note likewise; the part view holds exactly the
 * words the plan counted for it.
 */
bool notesTravelWithTheirPassages(const QVector<Reading> &readings, const InstallmentPlan &plan, QString *why)
{
    const ReadingTimeEstimator estimator;
    for (int p = 0; p < plan.parts.size(); ++p) {
        const Installment part = InstallmentView::build(readings, plan, p);
        if (part.origins.size() != part.reading.body.size()) {
            *why = QStringLiteral("part %1: origins do not match its blocks").arg(p + 1);
            return false;
        }
        for (int b = 0; b < part.reading.body.size(); ++b) {
            const BlockOrigin &origin = part.origins.at(b);
            if (origin.block < 0)
                continue; // a chapter heading the view added
            const Reading &source = readings.at(origin.reading);
            const Block &sourceBlock = source.body.at(origin.block);
            for (const Anchor &anchor : part.reading.body.at(b).anchors) {
                // The anchor of the source this one came from: same kind, same place.
                const Anchor *original = nullptr;
                for (const Anchor &candidate : sourceBlock.anchors) {
                    if (candidate.kind == anchor.kind && candidate.start == anchor.start + origin.offset)
                        original = &candidate;
                }
                if (!original) {
                    *why = QStringLiteral("part %1, block %2: an anchor the source does not have").arg(p + 1).arg(b);
                    return false;
                }
                if (anchor.kind == Anchor::FootnoteReference) {
                    if (anchor.index < 0 || anchor.index >= part.reading.footnotes.size()
                        || !(part.reading.footnotes.at(anchor.index).label == source.footnotes.at(original->index).label)
                        || plainText(part.reading.footnotes.at(anchor.index).blocks)
                            != plainText(source.footnotes.at(original->index).blocks)) {
                        *why = QStringLiteral("part %1: footnote %2 is not with its reference")
                                   .arg(p + 1)
                                   .arg(source.footnotes.at(original->index).label);
                        return false;
                    }
                } else if (anchor.index < 0 || anchor.index >= part.reading.editorialNotes.size()
                           || !(part.reading.editorialNotes.at(anchor.index) == source.editorialNotes.at(original->index))) {
                    *why = QStringLiteral("part %1: an editor's note is not with its passage").arg(p + 1);
                    return false;
                }
            }
        }
        const ReadingTime time = estimator.estimate(part.reading);
        if (time.totalWords() != plan.parts.at(p).words) {
            *why = QStringLiteral("part %1: its view holds %2 words, the plan counted %3")
                       .arg(p + 1)
                       .arg(time.totalWords())
                       .arg(plan.parts.at(p).words);
            return false;
        }
    }
    return true;
}

//! Replaces the first word of block @p block of @p reading with another: a one-word correction.
void correctOneWord(Reading *reading, int block)
{
    QString &text = reading->body[block].text;
    const int space = int(text.indexOf(QLatin1Char(' ')));
    // The replacement is as long as the word, so styles and anchors behind it stay valid.
    for (int i = 0; i < space; ++i) {
        if (text.at(i).isLetter())
            text[i] = text.at(i) == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
    }
}

/*!
 * The longest block of @p readings in minutes at the house pace, with the footnotes it cites:
 * the granularity a plan that cuts only between blocks has to live with.
 */
double longestBlockMinutes(const QVector<Reading> &readings)
{
    int longest = 0;
    for (const Reading &reading : readings) {
        for (const Block &block : reading.body) {
            int words = ReadingTimeEstimator::countWords(block.text);
            for (const Anchor &anchor : block.anchors) {
                if (anchor.kind == Anchor::FootnoteReference && anchor.index < reading.footnotes.size())
                    words += ReadingTimeEstimator::countWords(reading.footnotes.at(anchor.index).blocks);
            }
            longest = std::max(longest, words);
        }
    }
    return longest / double(ReadingTimeEstimator::DefaultWordsPerMinute);
}

/*!
 * The spread a balanced plan must stay under. Were cuts free to fall anywhere, all parts would be
 * equal. Cutting only between blocks, the boundary nearest each ideal cut is at most half the
 * longest block away, so each part is within one longest block of the mean and the spread within
 * two. The planner minimises squared deviations plus cut penalties, which may trade a little
 * balance for a heading; on these texts it must still stay under that bound.
 */
double spreadBound(const QVector<Reading> &readings)
{
    return 2 * longestBlockMinutes(readings);
}

//! A block in the middle of part @p part (0-based) of @p plan, in its first segment.
int blockInPart(const InstallmentPlan &plan, int part)
{
    const PartSegment &segment = plan.parts.at(part).segments.constFirst();
    return (segment.firstBlock + 1 + segment.lastBlock) / 2;
}

} // namespace

class TestInstallmentPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateAndRevolution_balancedPartsOfAtMost15Minutes();
    void manifestoWork_balancedPartsAlongItsChapters();
    void shortReading_isOnePart();
    void planning_isDeterministic();
    void servedBoundaries_stayAfterACorrectionInALaterPart();
    void servedBoundaries_stayAfterACorrectionInsideAServedPart();
    void servedBoundaries_followTheirBlocksWhenAParagraphIsInserted();
    void overlongParagraph_isCutAtASentenceBoundary();
    void editorsIntroduction_opensPartOneOnly();
    void partView_namesItsPartAndTheNext();
    void servedCuts_keptAsJson_holdTheirPlaceInsideACorrectedParagraph();
    void footnoteCitedInTwoParts_isPrintedInBoth();
    void noText_noPlan();

private:
    void checkPlan(const Source &source, const InstallmentPlan &plan, double spreadBound);
};

void TestInstallmentPlanner::checkPlan(const Source &source, const InstallmentPlan &plan, double spreadBound)
{
    const InstallmentPlanner planner;
    QVERIFY(plan.isValid());
    for (int p = 0; p < plan.parts.size(); ++p) {
        const PlannedPart &part = plan.parts.at(p);
        QVERIFY2(part.words <= planner.maximumWords(),
                 qPrintable(QStringLiteral("part %1: %2 words, %3 min").arg(p + 1).arg(part.words).arg(part.minutes)));
        QVERIFY(part.minutes <= InstallmentPlanner::MaximumMinutes);
    }
    // The fewest parts: ceil(total / 15 min) — the planner takes more only when the blocks
    // cannot be packed into that many, and then this says so.
    QVERIFY2(plan.parts.size() == plan.minimumParts,
             qPrintable(QStringLiteral("needed %1 parts where %2 would hold the words").arg(plan.parts.size()).arg(plan.minimumParts)));
    QString why;
    QVERIFY2(coversEveryBlockOnceInOrder(source.readings, plan, &why), qPrintable(why));
    QVERIFY2(notesTravelWithTheirPassages(source.readings, plan, &why), qPrintable(why));
    QVERIFY2(plan.spreadMinutes() <= spreadBound, qPrintable(figures(plan)));
    QCOMPARE(plan.cuts.size(), plan.parts.size() - 1);
}

void TestInstallmentPlanner::stateAndRevolution_balancedPartsOfAtMost15Minutes()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(StateAndRevolution);
    QCOMPARE(source.readings.size(), 1);
    const Reading &reading = source.readings.constFirst();
    QCOMPARE(reading.footnotes.size(), 32); // as tst_importservice counts them
    const InstallmentPlanner planner;
    QCOMPARE(planner.maximumWords(), 15 * 390);
    const InstallmentPlan plan = planner.plan(source.readings);
    qInfo("State and Revolution: %s", qPrintable(figures(plan)));
    // The words as the estimator counts the whole reading (each footnote once).
    QCOMPARE(plan.totalWords, ReadingTimeEstimator().estimate(reading).totalWords());
    QVERIFY2(plan.totalWords > 38000 && plan.totalWords < 40000, qPrintable(QString::number(plan.totalWords)));
    // 38–40k words at 390 wpm are 97–103 minutes: 7 parts of about 14.3 minutes.
    QCOMPARE(plan.minimumParts, 7);
    qInfo("longest paragraph %.2f min: spread bound %.2f min", longestBlockMinutes(source.readings),
          spreadBound(source.readings));
    checkPlan(source, plan, spreadBound(source.readings));
}

void TestInstallmentPlanner::manifestoWork_balancedPartsAlongItsChapters()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(ManifestoSite);
    QCOMPARE(source.readings.size(), 5);
    QCOMPARE(source.workTitle, QStringLiteral("Manifesto of the Communist Party"));
    const InstallmentPlanner planner;
    const InstallmentPlan plan = planner.plan(source.readings, source.workTitle);
    qInfo("Manifesto as a work: %s", qPrintable(figures(plan)));
    int textWords = 0;
    for (const Reading &reading : source.readings)
        textWords += ReadingTimeEstimator().estimate(reading).textWords;
    QCOMPARE(textWords, 17811); // as tst_importservice counts the work
    QCOMPARE(plan.minimumParts, 4); // 18,000-odd words with notes and chapter titles: 46–47 min
    qInfo("longest paragraph %.2f min: spread bound %.2f min", longestBlockMinutes(source.readings),
          spreadBound(source.readings));
    checkPlan(source, plan, spreadBound(source.readings));
    // Every chapter is named by the parts that cover it, in order.
    QStringList named;
    for (const PlannedPart &part : plan.parts) {
        for (const QString &chapter : part.chapters) {
            if (named.isEmpty() || named.constLast() != chapter)
                named.append(chapter);
        }
    }
    QStringList titles;
    for (const Reading &reading : source.readings)
        titles.append(reading.title);
    QCOMPARE(named, titles);
    for (int p = 0; p < plan.parts.size(); ++p)
        qInfo("  part %d opens with %s%s, covers %s", p + 1, qPrintable(plan.parts.at(p).title),
              plan.parts.at(p).continuesTitle ? " (continued)" : "",
              qPrintable(plan.parts.at(p).chapters.join(QStringLiteral(" | "))));
}

void TestInstallmentPlanner::shortReading_isOnePart()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(ManifestoSite);
    QVERIFY(!source.readings.isEmpty());
    const QVector<Reading> preface{source.readings.constFirst()};
    const int words = ReadingTimeEstimator().estimate(preface.constFirst()).totalWords();
    QVERIFY2(words < 15 * 390, qPrintable(QString::number(words)));
    const InstallmentPlan plan = InstallmentPlanner().plan(preface);
    QCOMPARE(plan.parts.size(), 1);
    QCOMPARE(plan.parts.constFirst().words, words);
    QVERIFY(plan.cuts.isEmpty());
    const Installment part = InstallmentView::build(preface, plan, 0);
    QCOMPARE(part.reading.body, preface.constFirst().body);
    QCOMPARE(part.reading.footnotes, preface.constFirst().footnotes);
    QCOMPARE(part.reading.editorialNotes, preface.constFirst().editorialNotes);
    QVERIFY(part.closingLine().isEmpty());
}

void TestInstallmentPlanner::planning_isDeterministic()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(StateAndRevolution);
    const InstallmentPlanner planner;
    const InstallmentPlan first = planner.plan(source.readings);
    const InstallmentPlan second = planner.plan(read(StateAndRevolution).readings);
    QCOMPARE(starts(second), starts(first));
    QCOMPARE(second.cuts, first.cuts);
}

void TestInstallmentPlanner::servedBoundaries_stayAfterACorrectionInALaterPart()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(StateAndRevolution);
    const InstallmentPlanner planner;
    const InstallmentPlan before = planner.plan(source.readings);
    QVERIFY(before.parts.size() >= 6);
    const int served = 3;
    Source corrected = source;
    // A word changed and a word added in part 6.
    correctOneWord(&corrected.readings[0], blockInPart(before, 5));
    corrected.readings[0].body[blockInPart(before, 5)].text += QStringLiteral(" indeed");
    QVERIFY(corrected.readings.constFirst().body != source.readings.constFirst().body);
    const InstallmentPlan after = planner.replan(corrected.readings, {}, before, served);
    qInfo("after a correction in part 6, parts 1-3 served: %s", qPrintable(figures(after)));
    QCOMPARE(after.totalWords, before.totalWords + 1);
    for (int p = 0; p < served; ++p) {
        QCOMPARE(after.parts.at(p).start, before.parts.at(p).start);
        QCOMPARE(after.parts.at(p).end, before.parts.at(p).end);
        QVERIFY(after.parts.at(p).kept);
    }
    QVERIFY(!after.parts.at(served).kept);
    checkPlan(corrected, after, spreadBound(corrected.readings));
}

void TestInstallmentPlanner::servedBoundaries_stayAfterACorrectionInsideAServedPart()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(StateAndRevolution);
    const InstallmentPlanner planner;
    const InstallmentPlan before = planner.plan(source.readings);
    const int served = 3;
    // Once in the middle of served part 2, once in the very block that ends served part 2 (its
    // fingerprint changes; the cut is found by the block after it).
    const int lastOfPartTwo = before.parts.at(1).segments.constLast().lastBlock;
    for (const int block : {blockInPart(before, 1), lastOfPartTwo}) {
        Source corrected = source;
        correctOneWord(&corrected.readings[0], block);
        const InstallmentPlan after = planner.replan(corrected.readings, {}, before, served);
        for (int p = 0; p < served; ++p) {
            QCOMPARE(after.parts.at(p).start, before.parts.at(p).start);
            QCOMPARE(after.parts.at(p).end, before.parts.at(p).end);
        }
        QString why;
        QVERIFY2(coversEveryBlockOnceInOrder(corrected.readings, after, &why), qPrintable(why));
    }
    // A word added inside served part 1 makes it longer; it stays as served.
    Source grown = source;
    grown.readings[0].body[blockInPart(before, 0)].text += QStringLiteral(" indeed");
    const InstallmentPlan after = planner.replan(grown.readings, {}, before, served);
    QCOMPARE(after.parts.at(0).end, before.parts.at(0).end);
    QCOMPARE(after.parts.at(0).words, before.parts.at(0).words + 1);
}

void TestInstallmentPlanner::servedBoundaries_followTheirBlocksWhenAParagraphIsInserted()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(StateAndRevolution);
    const InstallmentPlanner planner;
    const InstallmentPlan before = planner.plan(source.readings);
    const int served = 2;
    // A paragraph inserted in part 1 moves every later block one index on: the served cuts follow
    // their text (anchored by fingerprint), not their old index.
    Source inserted = source;
    Block added;
    added.text = QStringLiteral("An editor's added line.");
    inserted.readings[0].body.insert(blockInPart(before, 0), added);
    const InstallmentPlan after = planner.replan(inserted.readings, {}, before, served);
    for (int p = 0; p < served; ++p) {
        TextCut expected = before.parts.at(p).end;
        expected.block += 1;
        QCOMPARE(after.parts.at(p).end, expected);
    }
    QString why;
    QVERIFY2(coversEveryBlockOnceInOrder(inserted.readings, after, &why), qPrintable(why));
}

void TestInstallmentPlanner::overlongParagraph_isCutAtASentenceBoundary()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(StateAndRevolution);
    const Reading &lenin = source.readings.constFirst();
    // One paragraph of ~25 minutes built from the text's own paragraphs (their footnote marks
    // shifted with them), after a short opening paragraph.
    Reading reading = lenin;
    reading.body.clear();
    reading.body.append(lenin.body.at(0));
    Block joined;
    const int first = 20;
    for (int b = first; b < lenin.body.size() && ReadingTimeEstimator::countWords(joined.text) < 25 * 390; ++b) {
        const Block &block = lenin.body.at(b);
        if (block.kind != Block::Paragraph || block.quoteDepth > 0 || block.listDepth > 0)
            continue;
        if (!joined.text.isEmpty())
            joined.text += QLatin1Char(' ');
        const int shift = int(joined.text.size());
        for (Anchor anchor : block.anchors) {
            anchor.start += shift;
            anchor.end += shift;
            joined.anchors.append(anchor);
        }
        for (StyleRange style : block.styles) {
            style.start += shift;
            style.end += shift;
            joined.styles.append(style);
        }
        joined.text += block.text;
    }
    reading.body.append(joined);
    const int words = ReadingTimeEstimator::countWords(joined.text);
    QVERIFY2(words > 15 * 390, qPrintable(QString::number(words)));
    const QVector<Reading> readings{reading};
    const InstallmentPlan plan = InstallmentPlanner().plan(readings);
    qInfo("one paragraph of %d words: %s", words, qPrintable(figures(plan)));
    QString why;
    QVERIFY2(coversEveryBlockOnceInOrder(readings, plan, &why), qPrintable(why));
    QVERIFY2(notesTravelWithTheirPassages(readings, plan, &why), qPrintable(why));
    int insideCuts = 0;
    for (int p = 1; p < plan.parts.size(); ++p) {
        const TextCut cut = plan.parts.at(p).start;
        QVERIFY(plan.parts.at(p).words <= 15 * 390);
        if (cut.offset == 0)
            continue;
        ++insideCuts;
        QCOMPARE(cut.block, 1);
        // A sentence ends right before the cut, as a reader sees it.
        QVERIFY(sentences::isReaderBoundary(joined.text, cut.offset));
        QCOMPARE(sentences::startOf(joined.text, cut.offset), cut.offset);
        const QString before = joined.text.left(cut.offset).trimmed();
        QVERIFY2(QStringLiteral(".?!\"\u201D\u2019)]").contains(before.at(before.size() - 1)), qPrintable(before.right(60)));
        QVERIFY2(joined.text.at(cut.offset).isUpper() || !joined.text.at(cut.offset).isLetter(),
                 qPrintable(joined.text.mid(cut.offset, 60)));
        // The first piece of the paragraph ends that sentence in the part view.
        const Installment part = InstallmentView::build(readings, plan, p - 1);
        QVERIFY(part.reading.body.constLast().text.endsWith(before.right(20)));
    }
    QVERIFY(insideCuts >= 1);
}

void TestInstallmentPlanner::editorsIntroduction_opensPartOneOnly()
{
    REDLETTER_REQUIRE_CORPUS();
    Source source = read(StateAndRevolution);
    Reading &reading = source.readings[0];
    QVERIFY(reading.introduction.isEmpty());
    // An introduction of two of the text's own paragraphs (the preface's first two).
    reading.introduction = {reading.body.at(1), reading.body.at(2)};
    const InstallmentPlan plan = InstallmentPlanner().plan(source.readings);
    checkPlan(source, plan, spreadBound(source.readings));
    const Installment first = InstallmentView::build(source.readings, plan, 0);
    QCOMPARE(first.reading.introduction, reading.introduction);
    for (int p = 1; p < plan.parts.size(); ++p)
        QVERIFY(InstallmentView::build(source.readings, plan, p).reading.introduction.isEmpty());
}

void TestInstallmentPlanner::partView_namesItsPartAndTheNext()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(ManifestoSite);
    const InstallmentPlan plan = InstallmentPlanner().plan(source.readings, source.workTitle);
    QVERIFY(plan.parts.size() >= 2);
    const Installment first = InstallmentView::build(source.readings, plan, 0);
    QCOMPARE(first.part, 1);
    QCOMPARE(first.parts, int(plan.parts.size()));
    QCOMPARE(first.partLabel(), QStringLiteral("Part 1 of %1").arg(plan.parts.size()));
    QCOMPARE(first.reading.title, source.workTitle);
    QCOMPARE(first.reading.author, QStringLiteral("Karl Marx and Frederick Engels"));
    QCOMPARE(first.chapters.constFirst(), QStringLiteral("Preface"));
    // The chapter's title opens its part as a heading.
    QCOMPARE(first.reading.body.constFirst().kind, Block::Heading);
    QCOMPARE(first.reading.body.constFirst().text, QStringLiteral("Preface"));
    const PlannedPart &second = plan.parts.at(1);
    const QString expected = second.continuesTitle
        ? QStringLiteral("Tomorrow: Part 2 \u2014 %1 (continued)").arg(second.title)
        : QStringLiteral("Tomorrow: Part 2 \u2014 %1").arg(second.title);
    QCOMPARE(first.closingLine(), expected);
    qInfo("%s / %s / %s", qPrintable(first.partLabel()), qPrintable(first.chaptersLabel()), qPrintable(first.closingLine()));
    QCOMPARE(first.chaptersLabel(), first.chapters.join(QStringLiteral(" \u00B7 ")));
    // A reading without headings covers only itself: no chapters line under its own title.
    const Source lenin = read(StateAndRevolution);
    const InstallmentPlan leninPlan = InstallmentPlanner().plan(lenin.readings);
    const Installment leninPart = InstallmentView::build(lenin.readings, leninPlan, 1);
    QCOMPARE(leninPart.chapters, QStringList{lenin.readings.constFirst().title});
    QVERIFY(leninPart.chaptersLabel().isEmpty());
    QCOMPARE(leninPart.partLabel(), QStringLiteral("Part 2 of 7"));
    QCOMPARE(leninPart.closingLine(),
             QStringLiteral("Tomorrow: Part 3 \u2014 %1 (continued)").arg(lenin.readings.constFirst().title));
    const Installment last = InstallmentView::build(source.readings, plan, int(plan.parts.size()) - 1);
    QVERIFY(last.isLast());
    QVERIFY(last.closingLine().isEmpty());
    QVERIFY(!InstallmentView::build(source.readings, plan, int(plan.parts.size())).isValid());
}

void TestInstallmentPlanner::servedCuts_keptAsJson_holdTheirPlaceInsideACorrectedParagraph()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(StateAndRevolution);
    const Reading &lenin = source.readings.constFirst();
    // Paragraphs 20 onwards joined into one of about 40 minutes: three parts, cut inside it.
    Reading reading = lenin;
    reading.body.clear();
    Block joined;
    for (int b = 20; b < lenin.body.size() && ReadingTimeEstimator::countWords(joined.text) < 40 * 390; ++b) {
        if (lenin.body.at(b).kind != Block::Paragraph || !lenin.body.at(b).anchors.isEmpty())
            continue;
        joined.text += (joined.text.isEmpty() ? QString() : QStringLiteral(" ")) + lenin.body.at(b).text;
    }
    reading.body.append(joined);
    reading.footnotes.clear();
    const QVector<Reading> readings{reading};
    const InstallmentPlanner planner;
    const InstallmentPlan before = planner.plan(readings);
    QCOMPARE(before.parts.size(), before.minimumParts);
    QVERIFY(before.parts.size() >= 3);
    const TextCut firstCut = before.parts.at(1).start;
    QCOMPARE(firstCut.block, 0);
    QVERIFY(firstCut.offset > 0);

    // What a schedule stores after serving part 1, through JSON text and back.
    const QByteArray stored = QJsonDocument(cutAnchorsToJson(before.cuts.mid(0, 1))).toJson(QJsonDocument::Compact);
    QVector<CutAnchor> served;
    QString error;
    QVERIFY2(cutAnchorsFromJson(QJsonDocument::fromJson(stored).array(), &served, &error), qPrintable(error));
    QCOMPARE(served, before.cuts.mid(0, 1));

    // A word added in served part 1 changes the paragraph's fingerprint: the cut is found by the
    // text around it, seven characters further on.
    Reading grown = reading;
    grown.body[0].text.insert(firstCut.offset / 2, QStringLiteral("indeed "));
    const InstallmentPlan after = planner.replan({grown}, {}, served);
    TextCut expected = firstCut;
    expected.offset += 7;
    QCOMPARE(after.parts.at(0).end, expected);
    QVERIFY(after.parts.at(0).kept);
    QVERIFY(!after.parts.at(1).kept);
    QString why;
    QVERIFY2(coversEveryBlockOnceInOrder({grown}, after, &why), qPrintable(why));

    // A stored anchor that is not one is refused, not half read.
    QVector<CutAnchor> broken;
    QVERIFY(!cutAnchorsFromJson(QJsonDocument::fromJson("[{\"reading\": \"x\"}]").array(), &broken, &error));
    QVERIFY(!error.isEmpty());
}

void TestInstallmentPlanner::footnoteCitedInTwoParts_isPrintedInBoth()
{
    // Six paragraphs of 150 words, a part of at most one minute (390 words): three parts. The
    // footnote of 20 words is cited in the first and the last paragraph.
    Reading reading;
    reading.id = QStringLiteral("test--notes");
    reading.title = QStringLiteral("Notes");
    QStringList words;
    for (int w = 0; w < 150; ++w)
        words.append(QStringLiteral("word"));
    for (int b = 0; b < 6; ++b) {
        Block block;
        block.text = words.join(QLatin1Char(' ')) + QLatin1Char('.');
        reading.body.append(block);
    }
    reading.body[0].anchors.append({Anchor::FootnoteReference, 5, 5, 0});
    reading.body[5].anchors.append({Anchor::FootnoteReference, 5, 5, 0});
    Footnote footnote;
    footnote.label = QStringLiteral("1");
    Block noteText;
    noteText.text = words.mid(0, 20).join(QLatin1Char(' '));
    footnote.blocks.append(noteText);
    reading.footnotes.append(footnote);

    const InstallmentPlanner planner(ReadingTimeEstimator(), 1);
    const QVector<Reading> readings{reading};
    const InstallmentPlan plan = planner.plan(readings);
    QCOMPARE(plan.totalWords, 6 * 150 + 20);
    QCOMPARE(plan.parts.size(), 3);
    QCOMPARE(plan.parts.at(0).words, 2 * 150 + 20);
    QCOMPARE(plan.parts.at(1).words, 2 * 150);
    QCOMPARE(plan.parts.at(2).words, 2 * 150 + 20);
    QString why;
    QVERIFY2(notesTravelWithTheirPassages(readings, plan, &why), qPrintable(why));
    QCOMPARE(InstallmentView::build(readings, plan, 0).reading.footnotes, reading.footnotes);
    QVERIFY(InstallmentView::build(readings, plan, 1).reading.footnotes.isEmpty());
    QCOMPARE(InstallmentView::build(readings, plan, 2).reading.footnotes, reading.footnotes);
}

void TestInstallmentPlanner::noText_noPlan()
{
    const InstallmentPlanner planner;
    QVERIFY(!planner.plan({}).isValid());
    Reading empty;
    empty.title = QStringLiteral("Empty");
    QVERIFY(!planner.plan({empty}).isValid());
    QVERIFY(!InstallmentView::build({empty}, planner.plan({empty}), 0).isValid());
}

QTEST_GUILESS_MAIN(TestInstallmentPlanner)
#include "tst_installmentplanner.moc"
