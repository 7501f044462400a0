// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotatabletext.h"
#include "estimating/readingtime.h"
#include "exporting/passages.h"
#include "exporttestsupport.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace redletter;

class TestPassages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shortParagraph_isQuotedWhole_withItsNotes();
    void longParagraph_isQuotedBySentences_withEllipses();
    void longParagraph_abbreviationsDoNotEndTheContext();
    void overlappingHighlights_mergeIntoOnePassage();
    void highlightsOnlyWhiteSpaceApart_merge();
    void highlightsInDifferentParagraphs_stayApart();
    void highlightOverTwoParagraphs_takesBoth();
    void passagesFollowTheText_notTheAnnotationOrder();
    void editorialNoteOutsideTheContext_isLeftOut();
    void orphans_areListedWithTheirQuote_notSetAsPassages();
    void wholeReading_isOnePassage_withEveryNote();
    void sample_everyHighlightInsideItsPassage();
};

namespace {

const QDateTime now(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

QString passageText(const Reading &reading, const Passage &passage)
{
    QString text;
    for (int b = passage.firstBlock; b <= passage.lastBlock; ++b) {
        const QString &block = globalBlock(reading, b).text;
        const int from = b == passage.firstBlock ? passage.start : 0;
        const int to = b == passage.lastBlock ? passage.end : int(block.size());
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += block.mid(from, to - from);
    }
    return text;
}

} // namespace

void TestPassages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPassages::shortParagraph_isQuotedWhole_withItsNotes()
{
    ExportSource source;
    source.reading = test::smallReading();
    source.annotations = {test::highlight(source.reading, 0, QStringLiteral("owned"), QStringLiteral("Who owns it?"))};
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.passages.size(), 1);
    QCOMPARE(collection.anchoredAnnotations, 1);
    QVERIFY(collection.orphaned.isEmpty());
    const Passage &passage = collection.passages.first();
    const int block = int(source.reading.introduction.size()); // body block 0
    QCOMPARE(passage.firstBlock, block);
    QCOMPARE(passage.lastBlock, block);
    QCOMPARE(passage.start, 0);
    QCOMPARE(passage.end, int(source.reading.body.first().text.size()));
    QVERIFY(!passage.cutBefore());
    QVERIFY(!passage.cutAfter(source.reading));
    QCOMPARE(passage.highlights.size(), 1);
    QCOMPARE(passage.highlights.first().start, 31);
    QCOMPARE(passage.highlights.first().end, 36);

    // The editor's note on "Land yields rent" (offset 0), the reader's note on "owned" (31),
    // the footnote mark after "owned" (36): in anchor order.
    const QVector<PassageNote> expected{{PassageNote::EditorialNote, 0, block, 0},
                                        {PassageNote::ReaderNote, 0, block, 31},
                                        {PassageNote::Footnote, 0, block, 36}};
    QCOMPARE(passage.notes, expected);
}

void TestPassages::longParagraph_isQuotedBySentences_withEllipses()
{
    ExportSource source;
    source.reading = test::smallReading();
    source.annotations = {test::highlight(source.reading, 2, QStringLiteral("number 15 says"))};
    QVERIFY(ReadingTimeEstimator::countWords(source.reading.body.at(2).text) > LongParagraphWords);
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.passages.size(), 1);
    const Passage &passage = collection.passages.first();
    const QString text = passageText(source.reading, passage);
    QVERIFY(passage.cutBefore());
    QVERIFY(passage.cutAfter(source.reading));
    QVERIFY2(text.startsWith(QStringLiteral("Sentence number ")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("about rent.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Sentence number 15 says")));
    // Widened to at least 40 words where the paragraph has them, and never to the whole of it.
    const int words = ReadingTimeEstimator::countWords(text);
    QVERIFY2(words >= 40 && words <= LongParagraphWords, qPrintable(QString::number(words)));
    // The editor's note on the paragraph's first word is outside the context.
    QVERIFY(passage.notes.isEmpty());
}

void TestPassages::longParagraph_abbreviationsDoNotEndTheContext()
{
    // QTextBoundaryFinder ends a sentence after "Vol." and "p."; a quotation must not.
    Reading reading = test::smallReading();
    QStringList sentences;
    for (int i = 1; i <= 20; ++i)
        sentences << QStringLiteral("Filler sentence %1 goes on about rent and land.").arg(i);
    sentences << QStringLiteral("The key claim is here (see Vol. XXIII, p. 355) and it goes on.");
    for (int i = 21; i <= 40; ++i)
        sentences << QStringLiteral("Filler sentence %1 goes on about rent and land.").arg(i);
    reading.body.append(test::paragraph(sentences.join(QLatin1Char(' '))));
    ExportSource source;
    source.reading = reading;
    source.annotations = {test::highlight(reading, 3, QStringLiteral("key claim"))};
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.passages.size(), 1);
    const QString text = passageText(reading, collection.passages.first());
    QVERIFY2(text.contains(QStringLiteral("(see Vol. XXIII, p. 355) and it goes on.")), qPrintable(text));
}

void TestPassages::overlappingHighlights_mergeIntoOnePassage()
{
    ExportSource source;
    source.reading = test::smallReading();
    source.annotations = {test::highlight(source.reading, 0, QStringLiteral("yields rent because"), QStringLiteral("one")),
                          test::highlight(source.reading, 0, QStringLiteral("because it is owned"), QStringLiteral("two"))};
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.passages.size(), 1);
    const Passage &passage = collection.passages.first();
    QCOMPARE(passage.highlights.size(), 2);
    QCOMPARE(passage.highlights.at(0).annotation, 0);
    QCOMPARE(passage.highlights.at(1).annotation, 1);
    int readerNotes = 0;
    for (const PassageNote &note : passage.notes)
        readerNotes += note.kind == PassageNote::ReaderNote ? 1 : 0;
    QCOMPARE(readerNotes, 2);
}

void TestPassages::highlightsOnlyWhiteSpaceApart_merge()
{
    // Sentences of 47 words are not widened: highlights in two neighbouring ones have contexts
    // that only a space separates, and are read as one passage.
    Reading reading = test::smallReading();
    QStringList sentences;
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma"),
                                QStringLiteral("Delta")})
        sentences << QStringLiteral("Sentence ") + name + QStringLiteral(" and so on").repeated(14)
                + QStringLiteral(" to the end.");
    reading.body.append(test::paragraph(sentences.join(QLatin1Char(' '))));
    ExportSource source;
    source.reading = reading;
    source.annotations = {test::highlight(reading, 3, QStringLiteral("Beta and")),
                          test::highlight(reading, 3, QStringLiteral("Gamma and"))};
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.passages.size(), 1);
    const Passage &passage = collection.passages.first();
    QCOMPARE(passage.highlights.size(), 2);
    const QString text = passageText(reading, passage);
    QVERIFY2(text.startsWith(QStringLiteral("Sentence Beta")) && text.endsWith(QStringLiteral("to the end.")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Alpha")) && !text.contains(QStringLiteral("Delta")));
}

void TestPassages::highlightsInDifferentParagraphs_stayApart()
{
    ExportSource source;
    source.reading = test::smallReading();
    source.annotations = {test::highlight(source.reading, 0, QStringLiteral("owned")),
                          test::highlight(source.reading, 1, QStringLiteral("second paragraph")),
                          test::highlight(source.reading, 2, QStringLiteral("number 2 says")),
                          test::highlight(source.reading, 2, QStringLiteral("number 29 says"))};
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.passages.size(), 4);
}

void TestPassages::highlightOverTwoParagraphs_takesBoth()
{
    ExportSource source;
    source.reading = test::smallReading();
    const AnnotatableText text(source.reading);
    const int start = text.toTextOffset({TextLocation::Body, 0, 44}); // "…cause it works."
    const int end = text.toTextOffset({TextLocation::Body, 1, 8});   // "A second"
    source.annotations = {makeAnnotation(text, start, end, now)};
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.passages.size(), 1);
    const Passage &passage = collection.passages.first();
    QCOMPARE(passage.firstBlock, 1);
    QCOMPARE(passage.lastBlock, 2);
    QCOMPARE(passage.start, 0);
    QCOMPARE(passage.end, int(source.reading.body.at(1).text.size()));
    const QVector<PassageHighlight> expected{{0, 1, 44, int(source.reading.body.at(0).text.size())},
                                             {0, 2, 0, 8}};
    QCOMPARE(passage.highlights, expected);
}

void TestPassages::passagesFollowTheText_notTheAnnotationOrder()
{
    ExportSource source;
    source.reading = test::smallReading();
    source.annotations = {test::highlight(source.reading, 2, QStringLiteral("number 25 says")),
                          test::highlight(source.reading, 1, QStringLiteral("second")),
                          test::highlight(source.reading, 0, QStringLiteral("Land"))};
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.passages.size(), 3);
    QCOMPARE(collection.passages.at(0).highlights.first().annotation, 2);
    QCOMPARE(collection.passages.at(1).highlights.first().annotation, 1);
    QCOMPARE(collection.passages.at(2).highlights.first().annotation, 0);
}

void TestPassages::editorialNoteOutsideTheContext_isLeftOut()
{
    ExportSource source;
    source.reading = test::smallReading();
    source.annotations = {test::highlight(source.reading, 2, QStringLiteral("number 1 says"))};
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.passages.size(), 1);
    // The first sentence holds the editor's note "A long one." (on "Sentence"): in the context.
    const QVector<PassageNote> expected{{PassageNote::EditorialNote, 1, 3, 0}};
    QCOMPARE(collection.passages.first().notes, expected);
    QVERIFY(!collection.passages.first().cutBefore());
}

void TestPassages::orphans_areListedWithTheirQuote_notSetAsPassages()
{
    ExportSource source;
    source.reading = test::smallReading();
    Annotation lost;
    lost.id = QStringLiteral("lost-1");
    lost.quote.exact = QStringLiteral("a sentence this reading has never contained at all");
    lost.note = QStringLiteral("It was here once.");
    source.annotations = {test::highlight(source.reading, 0, QStringLiteral("owned")), lost};
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.passages.size(), 1);
    QCOMPARE(collection.anchoredAnnotations, 1);
    QCOMPARE(collection.orphaned.size(), 1);
    const OrphanedAnnotation &orphan = collection.orphaned.first();
    QCOMPARE(orphan.annotationId, QStringLiteral("lost-1"));
    QCOMPARE(orphan.quote, lost.quote.exact);
    QCOMPARE(orphan.note, lost.note);
    QCOMPARE(orphan.readingId, source.reading.id);
    QCOMPARE(orphan.readingTitle, source.reading.title);
}

void TestPassages::wholeReading_isOnePassage_withEveryNote()
{
    ExportSource source;
    source.reading = test::smallReading();
    source.annotations = {test::highlight(source.reading, 2, QStringLiteral("number 25 says"), QStringLiteral("n")),
                          test::highlight(source.reading, 0, QStringLiteral("Land"))};
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::WholeReading);
    QCOMPARE(collection.passages.size(), 1);
    const Passage &passage = collection.passages.first();
    QVERIFY(passage.wholeReading);
    QCOMPARE(passage.firstBlock, 0);
    QCOMPARE(passage.lastBlock, globalBlockCount(source.reading) - 1);
    QCOMPARE(passage.highlights.size(), 2);
    QCOMPARE(passage.highlights.first().annotation, 1); // in text order
    int editorial = 0, footnotes = 0, reader = 0;
    for (const PassageNote &note : passage.notes) {
        editorial += note.kind == PassageNote::EditorialNote;
        footnotes += note.kind == PassageNote::Footnote;
        reader += note.kind == PassageNote::ReaderNote;
    }
    QCOMPARE(editorial, 2);
    QCOMPARE(footnotes, 1);
    QCOMPARE(reader, 1);
}

void TestPassages::sample_everyHighlightInsideItsPassage()
{
    REDLETTER_REQUIRE_CORPUS();
    ExportSource source;
    QString error;
    QVERIFY2(test::sampleSource(test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md")),
                                30, &source, &error),
             qPrintable(error));
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::Annotations);
    QCOMPARE(collection.anchoredAnnotations, 30);
    QVERIFY(collection.orphaned.isEmpty());
    QVector<bool> seen(30, false);
    int previousBlock = -1;
    for (const Passage &passage : collection.passages) {
        QVERIFY(passage.firstBlock >= previousBlock);
        previousBlock = passage.lastBlock;
        const QString text = passageText(source.reading, passage);
        for (const PassageHighlight &h : passage.highlights) {
            seen[h.annotation] = true;
            const QString quoted = globalBlock(source.reading, h.block).text.mid(h.start, h.end - h.start);
            QVERIFY2(text.contains(quoted), qPrintable(quoted));
            QVERIFY(source.annotations.at(h.annotation).quote.exact.contains(quoted));
        }
    }
    QVERIFY(!seen.contains(false));
}

QTEST_GUILESS_MAIN(TestPassages)
#include "tst_passages.moc"
