// SPDX-License-Identifier: GPL-3.0-or-later
// The annotatable text of a reading, its offset mappings, and selectors made from a selection.
#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "reading/reading.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace redletter;

Q_DECLARE_METATYPE(redletter::TextLocation)

namespace {

Block block(const QString &text, Block::Kind kind = Block::Paragraph)
{
    Block result;
    result.kind = kind;
    result.text = text;
    return result;
}

//! Two introduction blocks, a body with a heading, a thematic break (empty text) and an emoji,
//! and a footnote that must not show up.
Reading sampleReading()
{
    Reading reading;
    reading.id = QStringLiteral("sample--reading");
    reading.title = QStringLiteral("Sample");
    reading.introduction = {block(QStringLiteral("Read this slowly.")), block(QStringLiteral("Then again."))};
    reading.body = {block(QStringLiteral("Part one"), Block::Heading), block(QStringLiteral("Workers ✊🏽 unite.")),
                    block(QString(), Block::ThematicBreak), block(QStringLiteral("The end."))};
    Footnote footnote;
    footnote.label = QStringLiteral("1");
    footnote.blocks = {block(QStringLiteral("FOOTNOTE TEXT"))};
    reading.footnotes = {footnote};
    return reading;
}

TextLocation location(TextLocation::Part part, int blockIndex, int offset)
{
    TextLocation result;
    result.part = part;
    result.block = blockIndex;
    result.offset = offset;
    return result;
}

} // namespace

class TestAnnotatableText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void text_isIntroductionThenBodyJoinedByBlankLines();
    void text_ofReadingWithoutIntroductionOrBlocks();
    void toTextOffset_data();
    void toTextOffset();
    void fromTextOffset_data();
    void fromTextOffset();
    void offsets_roundTripThroughLocations();
    void codePoints_data();
    void codePoints();
    void codePointIndex_agreesWithLinearFunctions();
    void quoteSelector_data();
    void quoteSelector();
    void makeAnnotation_fillsEverything();
};

void TestAnnotatableText::text_isIntroductionThenBodyJoinedByBlankLines()
{
    const Reading reading = sampleReading();
    const QString expected = QStringLiteral("Read this slowly.\n\nThen again.\n\nPart one\n\nWorkers ✊🏽 unite.\n\n\n\nThe end.");
    QCOMPARE(annotatableText(reading), expected);
    const AnnotatableText text(reading);
    QCOMPARE(text.text(), expected);
    QCOMPARE(text.readingId(), reading.id);
    QVERIFY(!text.text().contains(QLatin1String("FOOTNOTE")));
    QCOMPARE(text.blockCount(TextLocation::Introduction), 2);
    QCOMPARE(text.blockCount(TextLocation::Body), 4);
    QCOMPARE(text.blockStart(TextLocation::Introduction, 1), 19);
    QCOMPARE(text.blockStart(TextLocation::Body, 0), 32);
    QCOMPARE(text.blockStart(TextLocation::Body, 4), -1);
}

void TestAnnotatableText::text_ofReadingWithoutIntroductionOrBlocks()
{
    Reading reading;
    reading.body = {block(QStringLiteral("Only body."))};
    QCOMPARE(annotatableText(reading), QStringLiteral("Only body."));
    QCOMPARE(redletter::fromTextOffset(reading, 4), location(TextLocation::Body, 0, 4));

    const Reading empty;
    QCOMPARE(annotatableText(empty), QString());
    QVERIFY(!redletter::fromTextOffset(empty, 0).isValid());
    QCOMPARE(redletter::toTextOffset(empty, location(TextLocation::Body, 0, 0)), -1);
}

void TestAnnotatableText::toTextOffset_data()
{
    QTest::addColumn<TextLocation>("where");
    QTest::addColumn<int>("offset");

    QTest::newRow("start of the introduction") << location(TextLocation::Introduction, 0, 0) << 0;
    QTest::newRow("end of the first introduction block") << location(TextLocation::Introduction, 0, 17) << 17;
    QTest::newRow("second introduction block") << location(TextLocation::Introduction, 1, 5) << 24;
    QTest::newRow("body heading") << location(TextLocation::Body, 0, 0) << 32;
    QTest::newRow("after the emoji (UTF-16 offset inside the block)") << location(TextLocation::Body, 1, 11) << 53;
    QTest::newRow("empty thematic break block") << location(TextLocation::Body, 2, 0) << 62;
    QTest::newRow("offset past the block end is clamped") << location(TextLocation::Body, 3, 99) << 72;
    QTest::newRow("negative offset is clamped") << location(TextLocation::Body, 3, -3) << 64;
    QTest::newRow("no such body block") << location(TextLocation::Body, 4, 0) << -1;
    QTest::newRow("no such introduction block") << location(TextLocation::Introduction, 2, 0) << -1;
    QTest::newRow("invalid location") << TextLocation() << -1;
}

void TestAnnotatableText::toTextOffset()
{
    QFETCH(TextLocation, where);
    QFETCH(int, offset);
    const Reading reading = sampleReading();
    QCOMPARE(AnnotatableText(reading).toTextOffset(where), offset);
    QCOMPARE(redletter::toTextOffset(reading, where), offset);
}

void TestAnnotatableText::fromTextOffset_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<TextLocation>("where");

    QTest::newRow("text start") << 0 << location(TextLocation::Introduction, 0, 0);
    QTest::newRow("end of a block") << 17 << location(TextLocation::Introduction, 0, 17);
    QTest::newRow("inside a separator: end of the block before") << 18 << location(TextLocation::Introduction, 0, 17);
    QTest::newRow("start of the next block") << 19 << location(TextLocation::Introduction, 1, 0);
    QTest::newRow("from the introduction into the body") << 32 << location(TextLocation::Body, 0, 0);
    QTest::newRow("empty block") << 62 << location(TextLocation::Body, 2, 0);
    QTest::newRow("text end") << 72 << location(TextLocation::Body, 3, 8);
    QTest::newRow("past the end is clamped") << 500 << location(TextLocation::Body, 3, 8);
    QTest::newRow("negative is clamped") << -1 << location(TextLocation::Introduction, 0, 0);
}

void TestAnnotatableText::fromTextOffset()
{
    QFETCH(int, offset);
    QFETCH(TextLocation, where);
    const Reading reading = sampleReading();
    QCOMPARE(AnnotatableText(reading).fromTextOffset(offset), where);
    QCOMPARE(redletter::fromTextOffset(reading, offset), where);
}

void TestAnnotatableText::offsets_roundTripThroughLocations()
{
    const AnnotatableText text(sampleReading());
    int separators = 0;
    for (int offset = 0; offset <= text.text().size(); ++offset) {
        const TextLocation where = text.fromTextOffset(offset);
        QVERIFY(where.isValid());
        const int back = text.toTextOffset(where);
        if (back != offset) {
            // Only offsets inside a separator may move, to the end of the block before.
            QVERIFY2(back < offset && text.text().mid(back, offset - back).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("offset %1 came back as %2").arg(offset).arg(back)));
            ++separators;
        }
    }
    QCOMPARE(separators, 5); // the second "\n" of each of the five separators
}

void TestAnnotatableText::codePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("codePoint");

    const QString emoji = QStringLiteral("a😀b✊🏽c"); // a, U+1F600 (2 units), b, U+270A, U+1F3FD (2 units), c
    QTest::newRow("ASCII: same count") << QStringLiteral("abc") << 2 << 2;
    QTest::newRow("before the emoji") << emoji << 1 << 1;
    QTest::newRow("after the emoji: two units, one code point") << emoji << 3 << 2;
    QTest::newRow("after emoji and skin-tone modifier") << emoji << 7 << 5;
    QTest::newRow("text end") << emoji << 8 << 6;
    QTest::newRow("BMP non-ASCII (U+270A) is one unit") << emoji << 5 << 4;
}

void TestAnnotatableText::codePoints()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, codePoint);
    QCOMPARE(codePointOffset(text, utf16), codePoint);
    QCOMPARE(utf16Offset(text, codePoint), utf16);
    const CodePointIndex index(text);
    QCOMPARE(index.toCodePoint(utf16), codePoint);
    QCOMPARE(index.toUtf16(codePoint), utf16);
}

void TestAnnotatableText::codePointIndex_agreesWithLinearFunctions()
{
    QRandomGenerator random(7);
    const QString pieces[] = {QStringLiteral("a"), QStringLiteral("é"), QStringLiteral("😀"), QStringLiteral("𝔐"),
                              QString(QChar(0xD800)) /* lone high surrogate */, QString(QChar(0xDC00)) /* lone low */};
    for (int trial = 0; trial < 50; ++trial) {
        QString text;
        const int count = random.bounded(40);
        for (int i = 0; i < count; ++i)
            text += pieces[random.bounded(6)];
        const CodePointIndex index(text);
        QCOMPARE(index.utf16Length(), text.size());
        QCOMPARE(index.codePointCount(), codePointOffset(text, int(text.size())));
        QCOMPARE(index.codePointCount(), int(text.toUcs4().size()));
        for (int u = -1; u <= text.size() + 1; ++u)
            QCOMPARE(index.toCodePoint(u), codePointOffset(text, u));
        for (int c = -1; c <= index.codePointCount() + 1; ++c)
            QCOMPARE(index.toUtf16(c), utf16Offset(text, std::max(0, c)));
    }
    QCOMPARE(codePointOffset(QStringLiteral("😀"), 1), 1); // inside the pair: the pair has begun
}

void TestAnnotatableText::quoteSelector_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("positionStart");
    QTest::addColumn<int>("positionEnd");

    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QTest::newRow("middle of a long text: 32 units of context each side")
        << alphabet << 33 << 36 << QStringLiteral("789") << alphabet.mid(1, 32) << alphabet.mid(36, 26) << 33 << 36;
    QTest::newRow("at the text start: no prefix")
        << alphabet << 0 << 5 << QStringLiteral("abcde") << QString() << alphabet.mid(5, 32) << 0 << 5;
    QTest::newRow("at the text end: short suffix clipped")
        << QStringLiteral("the end") << 4 << 7 << QStringLiteral("end") << QStringLiteral("the ") << QString() << 4 << 7;
    QTest::newRow("range past the end is clipped")
        << QStringLiteral("short") << 2 << 50 << QStringLiteral("ort") << QStringLiteral("sh") << QString() << 2 << 5;
    QTest::newRow("negative start is clipped")
        << QStringLiteral("short") << -4 << 2 << QStringLiteral("sh") << QString() << QStringLiteral("ort") << 0 << 2;
    QTest::newRow("backwards selection is swapped")
        << QStringLiteral("workers unite") << 7 << 0 << QStringLiteral("workers") << QString() << QStringLiteral(" unite") << 0 << 7;
    QTest::newRow("emoji before: position in code points, quote in UTF-16")
        << QStringLiteral("😀😀 unite") << 5 << 10 << QStringLiteral("unite") << QStringLiteral("😀😀 ") << QString() << 3 << 8;
    QTest::newRow("emoji inside the quote counts one code point")
        << QStringLiteral("we ✊🏽 win") << 3 << 6 << QStringLiteral("✊🏽") << QStringLiteral("we ") << QStringLiteral(" win") << 3 << 5;
    QTest::newRow("selection ending inside a surrogate pair takes the whole emoji")
        << QStringLiteral("ab😀cd") << 1 << 3 << QStringLiteral("b😀") << QStringLiteral("a") << QStringLiteral("cd") << 1 << 3;
    QTest::newRow("selection starting inside a surrogate pair takes the whole emoji")
        << QStringLiteral("ab😀cd") << 3 << 5 << QStringLiteral("😀c") << QStringLiteral("ab") << QStringLiteral("d") << 2 << 4;
    // 31 letters then an emoji then the quote: 32 units back from the quote ends inside the pair.
    QTest::newRow("prefix does not start with half an emoji")
        << (QStringLiteral("😀") + alphabet.left(31) + QStringLiteral("QUOTE")) << 33 << 38 << QStringLiteral("QUOTE")
        << alphabet.left(31) << QString() << 32 << 37;
    QTest::newRow("suffix does not end with half an emoji")
        << (QStringLiteral("QUOTE") + alphabet.left(31) + QStringLiteral("😀")) << 0 << 5 << QStringLiteral("QUOTE")
        << QString() << alphabet.left(31) << 0 << 5;
    QTest::newRow("empty selection") << QStringLiteral("abc") << 1 << 1 << QString() << QStringLiteral("a")
                                     << QStringLiteral("bc") << 1 << 1;
}

void TestAnnotatableText::quoteSelector()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, exact);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    QFETCH(int, positionStart);
    QFETCH(int, positionEnd);

    const TextQuoteSelector quote = makeQuoteSelector(text, start, end);
    QCOMPARE(quote.exact, exact);
    QCOMPARE(quote.prefix, prefix);
    QCOMPARE(quote.suffix, suffix);
    QVERIFY(quote.prefix.size() <= TextQuoteSelector::QuoteContextLength);
    QVERIFY(quote.suffix.size() <= TextQuoteSelector::QuoteContextLength);

    const TextPositionSelector position = makePositionSelector(text, start, end);
    QCOMPARE(position.start, positionStart);
    QCOMPARE(position.end, positionEnd);

    // The precomputed path gives the same selectors.
    const Annotation annotation = makeAnnotation(AnnotatableText::fromPlainText(text), start, end,
                                                 QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(annotation.quote, quote);
    QCOMPARE(annotation.position, position);
    // And the code points of the position selector pick the same text out of the UCS-4 string.
    const QVector<uint> ucs4 = text.toUcs4();
    const auto *codePoints = reinterpret_cast<const char32_t *>(ucs4.constData());
    QCOMPARE(QString::fromUcs4(codePoints + position.start, position.end - position.start), exact);
}

void TestAnnotatableText::makeAnnotation_fillsEverything()
{
    const AnnotatableText text(sampleReading());
    const int start = text.toTextOffset(location(TextLocation::Body, 1, 0));
    const int end = text.toTextOffset(location(TextLocation::Body, 1, 18));
    const QDateTime berlinNoon(QDate(2026, 3, 1), QTime(12, 0), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    const Annotation annotation = makeAnnotation(text, start, end, berlinNoon, QStringLiteral("green"));

    QVERIFY(!QUuid(annotation.id).isNull());
    QVERIFY(!annotation.id.startsWith(QLatin1Char('{')));
    QCOMPARE(annotation.readingId, QStringLiteral("sample--reading"));
    QCOMPARE(annotation.quote.exact, QStringLiteral("Workers ✊🏽 unite."));
    QVERIFY(annotation.quote.prefix.endsWith(QLatin1String("Part one\n\n")));
    QCOMPARE(annotation.quote.suffix, QStringLiteral("\n\n\n\nThe end."));
    QCOMPARE(annotation.position.start, start); // nothing outside the BMP before it
    QCOMPARE(annotation.position.end, end - 1); // U+1F3FD is two units, one code point
    QCOMPARE(annotation.color, QStringLiteral("green"));
    QVERIFY(annotation.note.isEmpty());
    QVERIFY(annotation.tags.isEmpty());
    QCOMPARE(annotation.created, berlinNoon);
    QCOMPARE(annotation.created.timeSpec(), Qt::UTC);
    QCOMPARE(annotation.modified, annotation.created);

    const Annotation other = makeAnnotation(text, start, end, berlinNoon);
    QVERIFY(other.id != annotation.id);
    QCOMPARE(other.color, defaultAnnotationColor());
}

QTEST_GUILESS_MAIN(TestAnnotatableText)
#include "tst_annotatabletext.moc"
