// SPDX-License-Identifier: GPL-3.0-or-later
// Re-anchoring annotations after their reading's text changed.
#include "annotations/anchoring.h"
#include "annotations/annotatabletext.h"
#include "annotations/approximatematch.h"
#include "importing/importer.h"
#include "reading/reading.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace redletter;

Q_DECLARE_METATYPE(redletter::AnchorResult::Status)

namespace {

// A small document of our own for the hand-made cases.
const QString P1 = QStringLiteral("Every morning the reading arrives at midnight, and every morning the reader decides "
                                  "whether to open it. Most days the choice is easy.");
const QString P2 = QStringLiteral("The committee met on Tuesday. The committee met again on Thursday, because nothing "
                                  "had been decided on Tuesday and the minutes were lost.");
const QString P3 = QStringLiteral("Wages rose slowly in the first decade, then fell sharply when the factories closed "
                                  "and the workers moved to the coast in search of work.");
const QString P4 = QStringLiteral("A possiblity remained: the union could strike before the harvest, when the owners "
                                  "needed every pair of hands they could find.");
const QString P5 = QStringLiteral("Nobody expected the strike to last. It lasted eleven weeks.");
const QString Inserted = QStringLiteral("An editor's remark, added later, that pushes everything after it along.");

QString paragraphs(const QStringList &list)
{
    return list.join(QLatin1String("\n\n"));
}

//! @p text with the first occurrence of @p passage marked as [[passage]].
QString mark(const QString &text, const QString &passage)
{
    const int at = text.indexOf(passage);
    Q_ASSERT(at >= 0);
    return text.left(at) + QLatin1String("[[") + passage + QLatin1String("]]") + text.mid(at + passage.size());
}

struct Marked
{
    QString text;
    int start = -1;
    int end = -1;
};

//! Takes the [[…]] marker out of @p marked and says where it was.
Marked unmark(const QString &marked)
{
    Marked result;
    result.text = marked;
    result.start = int(result.text.indexOf(QLatin1String("[[")));
    if (result.start < 0)
        return result;
    result.text.remove(result.start, 2);
    result.end = int(result.text.indexOf(QLatin1String("]]"), result.start));
    result.text.remove(result.end, 2);
    return result;
}

/*!
 * A text being edited that remembers, for each UTF-16 unit, its offset in the original text
 * (-1 for units the edits inserted): the ground truth for where a passage went.
 */
class TrackedText
{
public:
    explicit TrackedText(const QString &text)
        : m_text(text)
    {
        m_origin.reserve(text.size());
        for (int i = 0; i < text.size(); ++i)
            m_origin.append(i);
    }

    const QString &text() const { return m_text; }

    //! Replaces the only occurrence of @p before by @p after, touching only the units that differ.
    bool replaceOnce(const QString &before, const QString &after)
    {
        const int at = int(m_text.indexOf(before));
        if (at < 0 || m_text.indexOf(before, at + 1) >= 0)
            return false;
        int common = 0;
        while (common < before.size() && common < after.size() && before.at(common) == after.at(common))
            ++common;
        int commonEnd = 0;
        while (commonEnd < before.size() - common && commonEnd < after.size() - common
               && before.at(before.size() - 1 - commonEnd) == after.at(after.size() - 1 - commonEnd)) {
            ++commonEnd;
        }
        splice(at + common, int(before.size()) - common - commonEnd,
               after.mid(common, after.size() - common - commonEnd));
        return true;
    }

    void splice(int at, int removed, const QString &inserted)
    {
        m_text.replace(at, removed, inserted);
        m_origin.remove(at, removed);
        m_origin.insert(at, int(inserted.size()), -1);
    }

    //! Cuts [from, to) out and puts it back at @p destination (an offset in the text after the cut).
    void move(int from, int to, int destination)
    {
        const QString piece = m_text.mid(from, to - from);
        const QVector<int> origins = m_origin.mid(from, to - from);
        m_text.remove(from, to - from);
        m_origin.remove(from, to - from);
        m_text.insert(destination, piece);
        for (int i = 0; i < origins.size(); ++i)
            m_origin.insert(destination + i, origins.at(i));
    }

    //! What became of the units of original range [start, end).
    struct Fate
    {
        int first = -1;       //!< where the first surviving unit is now; -1 if none survived
        int end = -1;         //!< after the last surviving unit
        int survived = 0;     //!< how many units survived
        bool intact = false;  //!< all there, in one piece, nothing inserted between them
        //! The survivors are in one place (a few units inserted between them at most).
        bool together() const { return first >= 0 && end - first <= survived + 10; }
    };

    Fate fateOf(int start, int end) const
    {
        Fate fate;
        for (int i = 0; i < m_origin.size(); ++i) {
            if (m_origin.at(i) >= start && m_origin.at(i) < end) {
                if (fate.first < 0)
                    fate.first = i;
                fate.end = i + 1;
                ++fate.survived;
            }
        }
        fate.intact = fate.survived == end - start && fate.end - fate.first == fate.survived;
        return fate;
    }

    //! Whether some unit of original range [start, end) is now inside [from, to).
    bool keepsSomeOf(int start, int end, int from, int to) const
    {
        for (int i = std::max(0, from); i < to && i < m_origin.size(); ++i) {
            if (m_origin.at(i) >= start && m_origin.at(i) < end)
                return true;
        }
        return false;
    }

private:
    QString m_text;
    QVector<int> m_origin;
};

//! The paragraph of @p text (separated by blank lines) that contains @p key: [start, end).
std::pair<int, int> paragraphAround(const QString &text, const QString &key)
{
    const int at = int(text.indexOf(key));
    const int start = int(text.lastIndexOf(QLatin1String("\n\n"), at)) + 2;
    const int end = int(text.indexOf(QLatin1String("\n\n"), at));
    return {start, end};
}

} // namespace

class TestAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anchor_data();
    void anchor();
    void anchor_emptyQuoteIsOrphaned();
    void anchor_withoutPositionSelectorFindsTheQuote();
    void anchor_hintIsCountedInCodePoints();
    void reanchorAll_countsAndKeepsOrphans();
    void reanchorAll_withTheOldText_followsTheEditPastATwin();
    void withUpdatedSelectors_anchorsExactlyAfterwards();
    void reanchor_realReadingAfterRealisticEdits();
    void reanchor_importedReadingAfterTheEditorRevisedIt();
    void reanchor_realReadingAfterRandomEdits_data();
    void reanchor_realReadingAfterRandomEdits();
};

void TestAnchoring::anchor_data()
{
    QTest::addColumn<QString>("before"); //!< the text the annotation was made on, passage in [[ ]]
    QTest::addColumn<QString>("after");  //!< the changed text, where it should be found in [[ ]]
    QTest::addColumn<AnchorResult::Status>("status");

    const QString document = paragraphs({P1, P2, P3, P4, P5});
    const QString fell = QStringLiteral("fell sharply when the factories closed");

    QTest::newRow("unchanged text: exact at the same place")
        << mark(document, fell) << mark(document, fell) << AnchorResult::Exact;
    QTest::newRow("paragraph inserted before the anchor: exact, shifted")
        << mark(document, fell) << mark(paragraphs({Inserted, P1, P2, P3, P4, P5}), fell) << AnchorResult::Exact;
    QTest::newRow("paragraph deleted before the anchor: exact, shifted back")
        << mark(document, fell) << mark(paragraphs({P2, P3, P4, P5}), fell) << AnchorResult::Exact;
    QTest::newRow("text inserted right after the anchor (suffix changed): exact")
        << mark(document, fell)
        << mark(QString(document).replace(QLatin1String("closed and"), QLatin1String("closed, one after another, and")), fell)
        << AnchorResult::Exact;
    QTest::newRow("annotation at the very start (no prefix), text inserted before it: exact")
        << mark(document, QStringLiteral("Every morning the reading arrives"))
        << mark(paragraphs({Inserted, P1, P2, P3, P4, P5}), QStringLiteral("Every morning the reading arrives"))
        << AnchorResult::Exact;
    QTest::newRow("quote across a paragraph boundary, paragraph inserted before: exact")
        << mark(document, QStringLiteral("minutes were lost.\n\nWages rose"))
        << mark(paragraphs({Inserted, P1, P2, P3, P4, P5}), QStringLiteral("minutes were lost.\n\nWages rose"))
        << AnchorResult::Exact;

    QTest::newRow("typo fixed inside the quote: fuzzy")
        << mark(document, QStringLiteral("A possiblity remained: the union could strike"))
        << mark(QString(document).replace(QLatin1String("possiblity"), QLatin1String("possibility")),
                QStringLiteral("A possibility remained: the union could strike"))
        << AnchorResult::Fuzzy;
    QTest::newRow("word replaced inside the quote: fuzzy")
        << mark(document, QStringLiteral("Wages rose slowly in the first decade"))
        << mark(QString(document).replace(QLatin1String("Wages rose"), QLatin1String("Wages grew")),
                QStringLiteral("Wages grew slowly in the first decade"))
        << AnchorResult::Fuzzy;
    QTest::newRow("word deleted from the middle of the quote: fuzzy")
        << mark(document, QStringLiteral("then fell sharply when the factories closed and the workers moved"))
        << mark(QString(document).replace(QLatin1String("fell sharply"), QLatin1String("fell")),
                QStringLiteral("then fell when the factories closed and the workers moved"))
        << AnchorResult::Fuzzy;
    QTest::newRow("typo fixed next to an emoji in the quote: fuzzy, emoji kept whole")
        << mark(document + QStringLiteral("\n\nWe ✊🏽 win the strike, comrads, and then we rest."),
                QStringLiteral("✊🏽 win the strike, comrads"))
        << mark(document + QStringLiteral("\n\nWe ✊🏽 win the strike, comrades, and then we rest."),
                QStringLiteral("✊🏽 win the strike, comrades"))
        << AnchorResult::Fuzzy;

    QTest::newRow("paragraph moved to the end: found by quote and context far from the hint")
        << mark(document, fell) << mark(paragraphs({P1, P2, P4, P5, P3}), fell) << AnchorResult::Exact;
    QTest::newRow("paragraph moved to the start and its typo fixed: fuzzy far from the hint")
        << mark(document, QStringLiteral("possiblity remained: the union could strike before the harvest"))
        << mark(paragraphs({QString(P4).replace(QLatin1String("possiblity"), QLatin1String("possibility")), P1, P2, P3, P5}),
                QStringLiteral("possibility remained: the union could strike before the harvest"))
        << AnchorResult::Fuzzy;

    // "The committee met" twice in P2: the annotation is on the second. Inserting a copy of the
    // first sentence before P2 puts the first occurrence exactly where the hint points.
    const QString secondCommittee = P1 + QStringLiteral("\n\nThe committee met on Tuesday. [[The committee met]]")
        + P2.mid(QStringLiteral("The committee met on Tuesday. The committee met").size()) + QStringLiteral("\n\n")
        + paragraphs({P3, P4, P5});
    QTest::newRow("repeated phrase: context picks the annotated occurrence although the hint points at the other")
        << secondCommittee
        << QString(secondCommittee).replace(QLatin1String("\n\nThe committee met on Tuesday. [[The"),
                                            QLatin1String("\n\nThe committee met on Tuesday. The committee met on Tuesday. [[The"))
        << AnchorResult::Exact;
    QTest::newRow("repeated phrase: first occurrence annotated, other one's context changed")
        << mark(document, QStringLiteral("The committee met"))
        << mark(QString(document).replace(QLatin1String("met again on Thursday"), QLatin1String("met once more on Thursday")),
                QStringLiteral("The committee met"))
        << AnchorResult::Exact;
    const QString refrain = QStringLiteral("la ").repeated(40);
    QTest::newRow("repeated phrase with identical context: position breaks the tie")
        << refrain.left(60) + QLatin1String("[[la la]]") + refrain.mid(65)
        << QLatin1String("x") + refrain.left(60) + QLatin1String("[[la la]]") + refrain.mid(65) << AnchorResult::Exact;

    QTest::newRow("whitespace changed: spaces became line breaks: fuzzy")
        << mark(document, QStringLiteral("because nothing had been decided on Tuesday"))
        << mark(QString(document).replace(QLatin1String("because nothing had been decided on Tuesday"),
                                          QLatin1String("because nothing\nhad been decided\non Tuesday")),
                QStringLiteral("because nothing\nhad been decided\non Tuesday"))
        << AnchorResult::Fuzzy;
    QTest::newRow("whitespace changed: double spaces collapsed: fuzzy")
        << mark(QString(document).replace(QLatin1String("It lasted eleven"), QLatin1String("It  lasted  eleven")),
                QStringLiteral("strike to last. It  lasted  eleven weeks"))
        << mark(document, QStringLiteral("strike to last. It lasted eleven weeks")) << AnchorResult::Fuzzy;

    QTest::newRow("passage deleted entirely: orphaned")
        << mark(document, fell) << paragraphs({P1, P2, P4, P5}) << AnchorResult::Orphaned;
    QTest::newRow("short passage deleted entirely: orphaned")
        << mark(document, QStringLiteral("It lasted eleven weeks."))
        << paragraphs({P1, P2, P3, P4, QStringLiteral("Nobody expected the strike to last.")})
        << AnchorResult::Orphaned;
    QTest::newRow("quote rewritten beyond recognition, context kept: orphaned")
        << mark(document, QStringLiteral("A possiblity remained: the union could strike before the harvest"))
        << QString(document).replace(QLatin1String("A possiblity remained: the union could strike before the harvest"),
                                     QLatin1String("One chance was left to them: walking out ahead of the crop"))
        << AnchorResult::Orphaned;
    QTest::newRow("text replaced by something unrelated: orphaned")
        << mark(document, fell) << Inserted << AnchorResult::Orphaned;
    QTest::newRow("text emptied: orphaned") << mark(document, fell) << QString() << AnchorResult::Orphaned;
}

void TestAnchoring::anchor()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(AnchorResult::Status, status);

    const Marked original = unmark(before);
    const Marked expected = unmark(after);
    QVERIFY(original.start >= 0);
    const Annotation annotation = makeAnnotation(AnnotatableText::fromPlainText(original.text), original.start,
                                                 original.end, QDateTime::currentDateTimeUtc());

    const AnchorResult result = redletter::anchor(expected.text, annotation.quote, annotation.position);
    QCOMPARE(result.status, status);
    QVERIFY(result.score >= 0.0 && result.score <= 1.0);
    if (status == AnchorResult::Orphaned) {
        QCOMPARE(result.start, -1);
        QCOMPARE(result.end, -1);
        QVERIFY2(result.score < MinimumFuzzyScore, qPrintable(QString::number(result.score)));
        return;
    }
    QCOMPARE(expected.text.mid(result.start, result.end - result.start),
             expected.text.mid(expected.start, expected.end - expected.start));
    QCOMPARE(result.start, expected.start);
    QCOMPARE(result.end, expected.end);
    if (status == AnchorResult::Fuzzy)
        QVERIFY2(result.score >= MinimumFuzzyScore, qPrintable(QString::number(result.score)));
}

void TestAnchoring::anchor_emptyQuoteIsOrphaned()
{
    TextQuoteSelector quote;
    quote.prefix = QStringLiteral("Every");
    TextPositionSelector position;
    position.start = 0;
    position.end = 0;
    const AnchorResult result = redletter::anchor(P1, quote, position);
    QCOMPARE(result.status, AnchorResult::Orphaned);
}

void TestAnchoring::anchor_withoutPositionSelectorFindsTheQuote()
{
    // An imported annotation may come without a position selector.
    const QString text = paragraphs({P1, P2, P3});
    TextQuoteSelector quote;
    quote.exact = QStringLiteral("The committee met");
    quote.suffix = QStringLiteral(" again on Thursday");
    AnchorResult result = redletter::anchor(text, quote, TextPositionSelector());
    QCOMPARE(result.status, AnchorResult::Exact);
    QCOMPARE(result.start, int(text.indexOf(QLatin1String("The committee met again"))));

    quote.exact = QStringLiteral("The comittee met again");
    result = redletter::anchor(text, quote, TextPositionSelector());
    QCOMPARE(result.status, AnchorResult::Fuzzy);
    QCOMPARE(text.mid(result.start, result.end - result.start), QStringLiteral("The committee met again"));
}

void TestAnchoring::anchor_hintIsCountedInCodePoints()
{
    // Ten emoji (twenty UTF-16 units) before a refrain whose occurrences have identical context:
    // only the position tells them apart, and it is counted in code points.
    const QString emoji = QStringLiteral("😀").repeated(10);
    const QString refrain = QStringLiteral("la ").repeated(40);
    const QString before = emoji + refrain;
    const int start = int(emoji.size()) + 60;
    const Annotation annotation = makeAnnotation(AnnotatableText::fromPlainText(before), start, start + 5,
                                                 QDateTime::currentDateTimeUtc());
    QCOMPARE(annotation.position.start, 10 + 60);

    const QString after = QLatin1String("x") + before; // breaks the exact match at the hint
    const AnchorResult result = redletter::anchor(after, annotation.quote, annotation.position);
    QCOMPARE(result.status, AnchorResult::Exact);
    QCOMPARE(result.start, start + 1);
}

void TestAnchoring::reanchorAll_countsAndKeepsOrphans()
{
    const QString before = paragraphs({P1, P2, P3, P4, P5});
    const AnnotatableText text = AnnotatableText::fromPlainText(before);
    const QStringList passages = {
        QStringLiteral("the reader decides whether to open it"), // stays: exact
        QStringLiteral("A possiblity remained"),                 // typo fixed: fuzzy
        QStringLiteral("fell sharply when the factories closed"), // paragraph deleted: orphaned
        QStringLiteral("It lasted eleven weeks."),               // stays: exact
    };
    QVector<Annotation> annotations;
    for (const QString &passage : passages) {
        const int at = int(before.indexOf(passage));
        annotations.append(makeAnnotation(text, at, at + int(passage.size()), QDateTime::currentDateTimeUtc()));
    }
    const QString fixedP4 = QString(P4).replace(QLatin1String("possiblity"), QLatin1String("possibility"));
    const QString after = paragraphs({P1, P2, fixedP4, P5});

    const ReanchorReport report = reanchorAll(after, annotations);
    QCOMPARE(report.results.size(), annotations.size());
    QCOMPARE(report.exact, 2);
    QCOMPARE(report.fuzzy, 1);
    QCOMPARE(report.orphaned, 1);
    QCOMPARE(report.results.at(0).status, AnchorResult::Exact);
    QCOMPARE(report.results.at(1).status, AnchorResult::Fuzzy);
    QCOMPARE(report.results.at(2).status, AnchorResult::Orphaned);
    QCOMPARE(report.results.at(3).status, AnchorResult::Exact);
    // The orphan still carries its quote for the list of unanchored notes.
    QCOMPARE(annotations.at(2).quote.exact, passages.at(2));
    for (int i = 0; i < annotations.size(); ++i) {
        const AnchorResult single = redletter::anchor(after, annotations.at(i).quote, annotations.at(i).position);
        QCOMPARE(report.results.at(i).status, single.status);
        QCOMPARE(report.results.at(i).start, single.start);
        QCOMPARE(report.results.at(i).end, single.end);
    }
    QCOMPARE(reanchorAll(after, {}).results.size(), 0);
}

void TestAnchoring::reanchorAll_withTheOldText_followsTheEditPastATwin()
{
    // The same sentence four times in a row: the second and third stand in the same surroundings.
    // A note on the third; then a paragraph as long as one sentence is inserted at the start, so
    // the third now stands where the second stood. Without the old text the note's old place
    // holds an intact twin (the second), which is where it ends up; with it, the note follows the
    // edit to its own sentence.
    const QString sentence = QStringLiteral("The workers of one land are the workers of every land, she said. ");
    const QString before = QStringLiteral("Opening words of the chapter, unlike any other. ") + sentence.repeated(4)
        + QStringLiteral("Closing words.");
    const QString inserted = QString(QLatin1Char('x')).repeated(int(sentence.size()) - 2) + QStringLiteral("\n\n");
    const QString after = inserted + before;
    const AnnotatableText text = AnnotatableText::fromPlainText(before);
    const int third = int(before.indexOf(sentence)) + 2 * int(sentence.size());
    const int length = int(sentence.size()) - 1;
    const QVector<Annotation> annotations{makeAnnotation(text, third, third + length, QDateTime::currentDateTimeUtc())};

    const ReanchorReport withOld = reanchorAll(before, after, annotations);
    QCOMPARE(withOld.results.at(0).status, AnchorResult::Exact);
    QCOMPARE(withOld.results.at(0).start, third + int(inserted.size()));
    QCOMPARE(withOld.results.at(0).end, third + int(inserted.size()) + length);
    const ReanchorReport withoutOld = reanchorAll(after, annotations);
    QCOMPARE(withoutOld.results.at(0).status, AnchorResult::Exact);
    QCOMPARE(withoutOld.results.at(0).start, third); // the twin now standing at the old place

    // An edit after the note leaves its position alone; unchanged texts anchor where they were.
    const QString appended = before + QStringLiteral(" An afterword.");
    QCOMPARE(reanchorAll(before, appended, annotations).results.at(0).start, third);
    QCOMPARE(reanchorAll(before, before, annotations).results.at(0).start, third);
}

void TestAnchoring::withUpdatedSelectors_anchorsExactlyAfterwards()
{
    const QString before = paragraphs({P3, P4});
    const int at = int(before.indexOf(QLatin1String("A possiblity")));
    Annotation annotation = makeAnnotation(AnnotatableText::fromPlainText(before), at, at + 30,
                                           QDateTime::currentDateTimeUtc());
    annotation.note = QStringLiteral("check this");
    const QString after
        = QStringLiteral("😀 ") + QString(before).replace(QLatin1String("possiblity"), QLatin1String("possibility"));

    const AnchorResult fuzzy = redletter::anchor(after, annotation.quote, annotation.position);
    QCOMPARE(fuzzy.status, AnchorResult::Fuzzy);
    const Annotation updated = withUpdatedSelectors(annotation, after, fuzzy);
    QCOMPARE(updated.quote.exact, after.mid(fuzzy.start, fuzzy.end - fuzzy.start));
    QCOMPARE(updated.position.start, fuzzy.start - 1); // the emoji is two units, one code point
    QCOMPARE(updated.note, annotation.note);
    QCOMPARE(updated.id, annotation.id);
    QCOMPARE(updated.modified, annotation.modified);

    const AnchorResult again = redletter::anchor(after, updated.quote, updated.position);
    QCOMPARE(again.status, AnchorResult::Exact);
    QCOMPARE(again.start, fuzzy.start);
    QCOMPARE(again.score, 1.0);

    AnchorResult orphan;
    QCOMPARE(withUpdatedSelectors(annotation, after, orphan), annotation);
}

void TestAnchoring::reanchor_realReadingAfterRealisticEdits()
{
    REDLETTER_REQUIRE_CORPUS();
    // The raw Markdown is "the text": this tests anchoring, not the reading parser.
    const QString original = QString::fromUtf8(test::readFile(test::corpusFile(
        QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"))));
    QVERIFY(original.size() > 20000);
    const AnnotatableText originalText = AnnotatableText::fromPlainText(original);

    // 30 highlights on random passages of 20–200 characters, widened to whole words as a reader
    // would select them...
    QRandomGenerator random(2024);
    QVector<Annotation> annotations;
    const auto addAnnotation = [&](int start, int end) {
        while (start > 0 && original.at(start - 1).isLetterOrNumber())
            --start;
        while (end < original.size() && original.at(end).isLetterOrNumber())
            ++end;
        annotations.append(makeAnnotation(originalText, start, end, QDateTime::currentDateTimeUtc()));
    };
    for (int i = 0; i < 30; ++i) {
        const int length = 20 + random.bounded(181);
        const int start = random.bounded(int(original.size()) - length);
        addAnnotation(start, start + length);
    }
    // ...and one on each place the edits below touch, where readers' notes would be too.
    const QStringList typos = {QStringLiteral("possiblity"), QStringLiteral("succint"), QStringLiteral("Ziniviev"),
                               QStringLiteral("Kamenec"), QStringLiteral("in spire of")};
    for (const QString &typo : typos) {
        const int at = int(original.indexOf(typo));
        QVERIFY2(at >= 0, qPrintable(typo));
        addAnnotation(at - 25, at + int(typo.size()) + 25);
    }
    const int shovel = int(original.indexOf(QLatin1String("shovel this")));
    const int sentenceStart = int(original.lastIndexOf(QLatin1String("\n\n"), shovel)) + 2;
    const int sentenceEnd = int(original.indexOf(QLatin1String(". "), shovel)) + 2;
    addAnnotation(sentenceStart, sentenceEnd - 1);            // the sentence that goes
    addAnnotation(sentenceEnd - 20, sentenceEnd + 40);        // half of it goes
    const auto moved = paragraphAround(original, QStringLiteral("arises not on the basis"));
    addAnnotation(moved.first + 100, moved.first + 220);      // inside the paragraph that moves

    // The edits: five typos fixed, a paragraph inserted, a sentence deleted, a paragraph moved.
    TrackedText edited(original);
    QVERIFY(edited.replaceOnce(QStringLiteral("possiblity"), QStringLiteral("possibility")));
    QVERIFY(edited.replaceOnce(QStringLiteral("succint"), QStringLiteral("succinct")));
    QVERIFY(edited.replaceOnce(QStringLiteral("Ziniviev"), QStringLiteral("Zinoviev")));
    QVERIFY(edited.replaceOnce(QStringLiteral("Kamenec"), QStringLiteral("Kamenev")));
    QVERIFY(edited.replaceOnce(QStringLiteral("in spire of"), QStringLiteral("in spite of")));
    const auto insertBefore = paragraphAround(edited.text(), QStringLiteral("Wherein lies the strength of the overthrown"));
    edited.splice(insertBefore.first, 0,
                  QStringLiteral("A note from the editor, inserted in a later revision: read the next "
                                 "paragraphs against the history sketched in the introduction.\n\n"));
    const int editedShovel = int(edited.text().indexOf(QLatin1String("shovel this")));
    const int editedSentenceStart = int(edited.text().lastIndexOf(QLatin1String("\n\n"), editedShovel)) + 2;
    edited.splice(editedSentenceStart, int(edited.text().indexOf(QLatin1String(". "), editedShovel)) + 2 - editedSentenceStart,
                  QString());
    const auto movedNow = paragraphAround(edited.text(), QStringLiteral("arises not on the basis"));
    const auto destination = paragraphAround(edited.text(), QStringLiteral("Therefore, Lenin is right in saying"));
    edited.move(movedNow.first, movedNow.second + 2, destination.first - (movedNow.second + 2 - movedNow.first));
    const QString changed = edited.text();
    QVERIFY(changed != original);

    const ReanchorReport report = reanchorAll(changed, annotations);
    QCOMPARE(report.results.size(), annotations.size());
    QCOMPARE(report.exact + report.fuzzy + report.orphaned, int(annotations.size()));
    // Knowing the old text (as an import does) finds the same places, only sooner.
    const ReanchorReport knowingTheEdit = reanchorAll(original, changed, annotations);
    for (int i = 0; i < annotations.size(); ++i) {
        QCOMPARE(knowingTheEdit.results.at(i).status, report.results.at(i).status);
        QCOMPARE(knowingTheEdit.results.at(i).start, report.results.at(i).start);
        QCOMPARE(knowingTheEdit.results.at(i).end, report.results.at(i).end);
    }

    for (int i = 0; i < annotations.size(); ++i) {
        const Annotation &annotation = annotations.at(i);
        const AnchorResult &result = report.results.at(i);
        const int oldStart = originalText.toUtf16(annotation.position.start);
        const int oldEnd = originalText.toUtf16(annotation.position.end);
        const TrackedText::Fate fate = edited.fateOf(oldStart, oldEnd);
        const QString where = QStringLiteral("annotation %1 on \"%2\"").arg(i).arg(annotation.quote.exact.left(50));

        if (fate.first < 0) {
            QVERIFY2(result.status == AnchorResult::Orphaned, qPrintable(where + QLatin1String(": its text is gone")));
            continue;
        }
        if (fate.intact) {
            // Untouched passages are found verbatim, where they went.
            QVERIFY2(result.status == AnchorResult::Exact, qPrintable(where));
            QCOMPARE(result.start, fate.first);
            QCOMPARE(result.end, fate.end);
            continue;
        }
        if (result.status == AnchorResult::Orphaned)
            continue; // partly deleted or rewritten: losing the anchor is acceptable, losing the note is not
        const QString found = changed.mid(result.start, result.end - result.start);
        const QString truthText = changed.mid(fate.first, fate.end - fate.first);
        if (result.status == AnchorResult::Exact)
            QCOMPARE(found, annotation.quote.exact);
        QVERIFY2(edited.keepsSomeOf(oldStart, oldEnd, result.start, result.end),
                 qPrintable(where + QLatin1String(": found somewhere else")));
        QVERIFY(fate.together());
        QVERIFY2(editDistance(found, truthText) <= 2,
                 qPrintable(where + QStringLiteral(": found \"%1\"").arg(found)));
        QVERIFY2(editDistance(found, annotation.quote.exact) <= editDistance(truthText, annotation.quote.exact) + 2,
                 qPrintable(where + QStringLiteral(": found \"%1\"").arg(found)));
    }

    // What this edit script does to these annotations, pinned so that a change in the anchoring
    // shows up here.
    // The 30 random passages and the one in the moved paragraph come through intact; the five
    // typo fixes and the half-deleted sentence are fuzzy; the deleted sentence is orphaned.
    QCOMPARE(report.exact, 31);
    QCOMPARE(report.fuzzy, 6);
    QCOMPARE(report.orphaned, 1);
}

void TestAnchoring::reanchor_importedReadingAfterTheEditorRevisedIt()
{
    REDLETTER_REQUIRE_CORPUS();
    // Through the parser this time: selections are made on blocks, as the reader view makes them.
    Reading reading;
    SourceError error;
    QVERIFY2(Importer::importFile(test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md")),
                                  &reading, &error),
             qPrintable(error.toString()));

    const auto find = [](const QVector<Block> &blocks, const QString &key) {
        for (int i = 0; i < blocks.size(); ++i) {
            const int at = int(blocks.at(i).text.indexOf(key));
            if (at >= 0)
                return std::pair<int, int>{i, at};
        }
        return std::pair<int, int>{-1, -1};
    };
    const auto typo = find(reading.introduction, QStringLiteral("possiblity"));
    const auto passage = find(reading.body, QStringLiteral("arises not on the basis"));
    QVERIFY(typo.first >= 0 && passage.first >= 0);

    const AnnotatableText before(reading);
    const auto selection = [&](TextLocation::Part part, int block, int from, int to) {
        TextLocation start;
        start.part = part;
        start.block = block;
        start.offset = from;
        TextLocation end = start;
        end.offset = to;
        return makeAnnotation(before, before.toTextOffset(start), before.toTextOffset(end), QDateTime::currentDateTimeUtc());
    };
    const QVector<Annotation> annotations = {
        selection(TextLocation::Introduction, typo.first, typo.second - 20, typo.second + 30),
        selection(TextLocation::Body, passage.first, 0, 120),
    };
    QCOMPARE(annotations.at(0).readingId, reading.id);
    QCOMPARE(annotations.at(0).quote.exact,
             reading.introduction.at(typo.first).text.mid(typo.second - 20, 50));

    // The editor fixes the typo and adds a paragraph at the start of the body.
    Reading revised = reading;
    revised.introduction[typo.first].text.replace(QLatin1String("possiblity"), QLatin1String("possibility"));
    Block added;
    added.text = QStringLiteral("An editor's note added in a later revision.");
    revised.body.prepend(added);
    const AnnotatableText after(revised);

    const ReanchorReport report = reanchorAll(after.text(), annotations);
    QCOMPARE(report.fuzzy, 1);
    QCOMPARE(report.exact, 1);

    const TextLocation fixed = after.fromTextOffset(report.results.at(0).start);
    QCOMPARE(fixed.part, TextLocation::Introduction);
    QCOMPARE(fixed.block, typo.first);
    QCOMPARE(fixed.offset, typo.second - 20);
    QCOMPARE(after.fromTextOffset(report.results.at(0).end).offset, typo.second + 31);

    const TextLocation moved = after.fromTextOffset(report.results.at(1).start);
    QCOMPARE(moved.part, TextLocation::Body);
    QCOMPARE(moved.block, passage.first + 1);
    QCOMPARE(moved.offset, 0);
}

void TestAnchoring::reanchor_realReadingAfterRandomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("localEdits");        //!< small random insertions, deletions, replacements
    QTest::addColumn<int>("paragraphsDeleted");
    QTest::addColumn<int>("paragraphsMoved");
    QTest::addColumn<int>("goneButAnchored");   //!< observed: passages deleted entirely yet anchored

    QTest::newRow("light copy-editing: 20 small edits") << 1u << 20 << 0 << 0 << 0;
    QTest::newRow("heavy copy-editing: 150 small edits") << 2u << 150 << 0 << 0 << 0;
    QTest::newRow("restructuring: paragraphs deleted and moved") << 3u << 10 << 4 << 4 << 1;
    QTest::newRow("everything at once") << 4u << 80 << 3 << 3 << 0;
}

/*
 * 200 random highlights, random edits, and what must hold whatever the edits were. Each unit of
 * the text remembers where it came from (TrackedText), which says what became of a passage.
 */
void TestAnchoring::reanchor_realReadingAfterRandomEdits()
{
    QFETCH(quint32, seed);
    QFETCH(int, localEdits);
    QFETCH(int, paragraphsDeleted);
    QFETCH(int, paragraphsMoved);
    QFETCH(int, goneButAnchored);
    REDLETTER_REQUIRE_CORPUS();
    const QString original = QString::fromUtf8(test::readFile(test::corpusFile(
        QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"))));
    const AnnotatableText originalText = AnnotatableText::fromPlainText(original);
    QRandomGenerator random(seed);

    QVector<Annotation> annotations;
    for (int i = 0; i < 200; ++i) {
        const int length = 20 + random.bounded(181);
        const int start = random.bounded(int(original.size()) - length);
        annotations.append(makeAnnotation(originalText, start, start + length, QDateTime::currentDateTimeUtc()));
    }

    TrackedText edited(original);
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz ");
    for (int e = 0; e < localEdits; ++e) {
        const int at = random.bounded(int(edited.text().size()) - 10);
        QString inserted;
        for (int n = random.bounded(4); n > 0; --n)
            inserted += letters.at(random.bounded(int(letters.size())));
        edited.splice(at, random.bounded(4), inserted);
    }
    const auto randomParagraph = [&] {
        const int at = random.bounded(int(edited.text().size()));
        const int start = int(edited.text().lastIndexOf(QLatin1String("\n\n"), at)) + 2;
        int end = int(edited.text().indexOf(QLatin1String("\n\n"), at));
        end = end < 0 ? int(edited.text().size()) : end + 2;
        return std::pair<int, int>{start, end};
    };
    for (int d = 0; d < paragraphsDeleted; ++d) {
        const auto paragraph = randomParagraph();
        edited.splice(paragraph.first, paragraph.second - paragraph.first, QString());
    }
    for (int m = 0; m < paragraphsMoved; ++m) {
        const auto paragraph = randomParagraph();
        const int length = paragraph.second - paragraph.first;
        int destination = random.bounded(int(edited.text().size()) - length);
        destination = int(edited.text().indexOf(QLatin1String("\n\n"), destination));
        if (destination < 0 || (destination >= paragraph.first && destination < paragraph.second))
            continue;
        destination += 2;
        edited.move(paragraph.first, paragraph.second, destination > paragraph.first ? destination - length : destination);
    }
    const QString changed = edited.text();
    const ReanchorReport report = reanchorAll(changed, annotations);
    QCOMPARE(report.results.size(), annotations.size());
    QCOMPARE(report.exact + report.fuzzy + report.orphaned, int(annotations.size()));

    int gone = 0;
    int anchoredAlthoughGone = 0;
    for (int i = 0; i < annotations.size(); ++i) {
        const Annotation &annotation = annotations.at(i);
        const AnchorResult &result = report.results.at(i);
        const int oldStart = originalText.toUtf16(annotation.position.start);
        const int oldEnd = originalText.toUtf16(annotation.position.end);
        const TrackedText::Fate fate = edited.fateOf(oldStart, oldEnd);
        const QString now = changed.mid(fate.first, fate.end - fate.first);
        const QString found = result.isAnchored() ? changed.mid(result.start, result.end - result.start) : QString();
        const QString where = QStringLiteral("annotation %1 on \"%2\", now \"%3\", found \"%4\"")
                                  .arg(i)
                                  .arg(annotation.quote.exact, now, found);

        // Exact means the quote, word for word.
        if (result.status == AnchorResult::Exact)
            QCOMPARE(found, annotation.quote.exact);
        // Untouched passages are found verbatim; where their surroundings are untouched too,
        // where they went (else a verbatim twin in surroundings more like the old ones may win).
        if (fate.intact) {
            QVERIFY2(result.status == AnchorResult::Exact, qPrintable(where));
            const QString &prefix = annotation.quote.prefix;
            const QString &suffix = annotation.quote.suffix;
            const bool surroundingsIntact = changed.mid(fate.first - prefix.size(), prefix.size()) == prefix
                && changed.mid(fate.end, suffix.size()) == suffix;
            if (surroundingsIntact) {
                QCOMPARE(result.start, fate.first);
                QCOMPARE(result.end, fate.end);
            }
            continue;
        }
        // Passages with at most a tenth of their text changed keep their anchor, on what is left
        // of them (give or take a few stray units at an edge where random letters came in).
        const bool lightlyEdited = fate.together()
            && editDistance(now, annotation.quote.exact) <= annotation.quote.exact.size() / 10;
        if (lightlyEdited) {
            QVERIFY2(result.isAnchored(), qPrintable(where));
            QVERIFY2(editDistance(found, now) <= 3 + now.size() / 10, qPrintable(where));
        }
        // Passages deleted entirely are orphaned, but for the odd one that finds a (near-)twin
        // of itself elsewhere: these texts repeat their phrases.
        if (fate.first < 0) {
            ++gone;
            if (result.isAnchored())
                ++anchoredAlthoughGone;
        }
    }
    QVERIFY2(paragraphsDeleted == 0 || gone > 0, "deleting paragraphs should take some passages with them");
    QCOMPARE(anchoredAlthoughGone, goneButAnchored);
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
