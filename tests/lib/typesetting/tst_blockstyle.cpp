// SPDX-License-Identifier: GPL-3.0-or-later
// The block formats every medium shares (lib/typesetting/blockstyle): the spacing of the screen
// and of print as data under one rule, and the formats blockFormatFor() computes from them.
#include "typesetting/blockstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace redletter;

Q_DECLARE_METATYPE(redletter::BlockSpacing)

class TestBlockStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printFollowsTheScreenByOneRule();
    void headingSpacing_data();
    void headingSpacing();
    void quotationsAndListsOpenAndCloseWithTheirSpace_data();
    void quotationsAndListsOpenAndCloseWithTheirSpace();
    void paragraphsAreMarkedByIndentOrBySpaceNeverBoth();
    void listLabels_data();
    void listLabels();
    void justifiedWordSpacesMayClose();
    void aLineTakesTheWordItsSpacesCanMakeRoomFor();
};

namespace {

Block block(Block::Kind kind, int quoteDepth = 0, int listDepth = 0)
{
    Block b;
    b.kind = kind;
    b.text = QStringLiteral("Text.");
    b.quoteDepth = quoteDepth;
    b.listDepth = listDepth;
    b.headingLevel = kind == Block::Heading ? 2 : 0;
    return b;
}

void addMedia()
{
    QTest::addColumn<BlockSpacing>("spacing");
    QTest::newRow("screen") << BlockSpacing::screen();
    QTest::newRow("print") << BlockSpacing::print();
}

} // namespace

void TestBlockStyle::printFollowsTheScreenByOneRule()
{
    const BlockSpacing screen = BlockSpacing::screen();
    const BlockSpacing print = BlockSpacing::print();
    const qreal k = BlockSpacing::printDisplayScale;
    // The display spaces: three quarters of the screen's.
    QCOMPARE(print.headingAbove, screen.headingAbove * k);
    QCOMPARE(print.headingBelow, screen.headingBelow * k);
    QCOMPARE(print.breakAround, screen.breakAround * k);
    QCOMPARE(print.codeAround, screen.codeAround * k);
    QCOMPARE(print.quoteAround, screen.quoteAround * k);
    QCOMPARE(print.listAround, screen.listAround * k);
    // What marks the text's structure: the same on paper as on screen.
    QCOMPARE(print.paragraphIndent, screen.paragraphIndent);
    QCOMPARE(print.spacedParagraph, screen.spacedParagraph);
    QCOMPARE(print.quoteIndent, screen.quoteIndent);
    QCOMPARE(print.quoteRight, screen.quoteRight);
    QCOMPARE(print.listIndent, screen.listIndent);
    QCOMPARE(print.codeIndent, screen.codeIndent);
    // Print tighter than the screen, not looser.
    QVERIFY(k < 1.0);
    QVERIFY(print.flushFirstHeading);
    QVERIFY(!screen.flushFirstHeading);
}

void TestBlockStyle::headingSpacing_data()
{
    addMedia();
}

void TestBlockStyle::headingSpacing()
{
    QFETCH(BlockSpacing, spacing);
    const Typography t;
    const qreal em = t.textSize();
    const Block paragraph = block(Block::Paragraph);
    const Block heading = block(Block::Heading);

    const QTextBlockFormat after = blockFormatFor(t, spacing, heading, &paragraph, false, em);
    QCOMPARE(after.topMargin(), em * spacing.headingAbove);
    QCOMPARE(after.bottomMargin(), em * spacing.headingBelow);
    QCOMPARE(after.alignment() & Qt::AlignHorizontal_Mask, Qt::AlignLeft);
    QVERIFY(after.boolProperty(KeepWithNextProperty));

    const QTextBlockFormat first = blockFormatFor(t, spacing, heading, nullptr, false, em);
    QCOMPARE(first.topMargin(), spacing.flushFirstHeading ? 0.0 : em * spacing.headingAbove);

    // The paragraph after a heading starts flush, though it follows text.
    const QTextBlockFormat next = blockFormatFor(t, spacing, paragraph, &heading, false, em);
    QCOMPARE(next.textIndent(), 0.0);
}

void TestBlockStyle::quotationsAndListsOpenAndCloseWithTheirSpace_data()
{
    addMedia();
}

void TestBlockStyle::quotationsAndListsOpenAndCloseWithTheirSpace()
{
    QFETCH(BlockSpacing, spacing);
    const Typography t;
    const qreal em = t.textSize();
    const Block paragraph = block(Block::Paragraph);
    const Block quote = block(Block::Paragraph, 1);
    const Block nested = block(Block::Paragraph, 2);
    const Block item = block(Block::Paragraph, 0, 1);

    const QTextBlockFormat opens = blockFormatFor(t, spacing, quote, &paragraph, false, em);
    QCOMPARE(opens.topMargin(), em * spacing.quoteAround);
    QCOMPARE(opens.leftMargin(), em * spacing.quoteIndent);
    QCOMPARE(opens.rightMargin(), em * spacing.quoteRight);
    QCOMPARE(blockFormatFor(t, spacing, nested, &quote, false, em).leftMargin(), em * spacing.quoteIndent * 2);
    // Inside the quotation its paragraphs are spaced like the editor's, not indented.
    const QTextBlockFormat within = blockFormatFor(t, spacing, quote, &quote, false, em);
    QCOMPARE(within.topMargin(), em * spacing.spacedParagraph);
    QCOMPARE(within.textIndent(), 0.0);
    const QTextBlockFormat closes = blockFormatFor(t, spacing, paragraph, &quote, false, em);
    QCOMPARE(closes.topMargin(), em * spacing.quoteAround);
    QCOMPARE(closes.textIndent(), 0.0);
    QCOMPARE(closes.leftMargin(), 0.0);

    const QTextBlockFormat list = blockFormatFor(t, spacing, item, &paragraph, false, em);
    QCOMPARE(list.topMargin(), em * spacing.listAround);
    QCOMPARE(list.leftMargin(), em * spacing.listIndent);
    QCOMPARE(list.textIndent(), 0.0);
    QCOMPARE(blockFormatFor(t, spacing, paragraph, &item, false, em).topMargin(), em * spacing.listAround);

    const Block rule = block(Block::ThematicBreak);
    const QTextBlockFormat ornament = blockFormatFor(t, spacing, rule, &paragraph, false, em);
    QCOMPARE(ornament.topMargin(), em * spacing.breakAround);
    QCOMPARE(ornament.bottomMargin(), em * spacing.breakAround);
    QCOMPARE(ornament.alignment() & Qt::AlignHorizontal_Mask, Qt::AlignHCenter);
}

void TestBlockStyle::paragraphsAreMarkedByIndentOrBySpaceNeverBoth()
{
    Typography t;
    const qreal em = t.textSize();
    const BlockSpacing spacing = BlockSpacing::screen();
    const Block paragraph = block(Block::Paragraph);

    const QTextBlockFormat indented = blockFormatFor(t, spacing, paragraph, &paragraph, false, em);
    QCOMPARE(indented.textIndent(), em * spacing.paragraphIndent);
    QCOMPARE(indented.topMargin(), 0.0);
    QCOMPARE(indented.alignment() & Qt::AlignHorizontal_Mask, Qt::AlignJustify);
    QCOMPARE(indented.lineHeight(), t.lineHeight * em);
    QCOMPARE(indented.lineHeightType(), int(QTextBlockFormat::FixedHeight));

    const QTextBlockFormat spaced = blockFormatFor(t, spacing, paragraph, &paragraph, true, em);
    QCOMPARE(spaced.textIndent(), 0.0);
    QCOMPARE(spaced.topMargin(), em * spacing.spacedParagraph);

    // The first paragraph of a flow is flush.
    QCOMPARE(blockFormatFor(t, spacing, paragraph, nullptr, false, em).textIndent(), 0.0);

    // Ragged right (WCAG 1.4.8) where the reader asks for it.
    t.justify = false;
    QCOMPARE(blockFormatFor(t, spacing, paragraph, &paragraph, false, em).alignment() & Qt::AlignHorizontal_Mask,
             Qt::AlignLeft);
}

void TestBlockStyle::listLabels_data()
{
    QTest::addColumn<bool>("ordered");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("label");
    const QString enSpace(QChar(0x2002));
    QTest::newRow("the author's number is kept") << true << 2 << 1 << QStringLiteral("2.") + enSpace;
    QTest::newRow("bullet") << false << 0 << 1 << QStringLiteral("\u2022") + enSpace;
    QTest::newRow("nested bullet") << false << 0 << 2 << QStringLiteral("\u25E6") + enSpace;
    QTest::newRow("third level") << false << 0 << 3 << QStringLiteral("\u2013") + enSpace;
    QTest::newRow("fourth level starts over") << false << 0 << 4 << QStringLiteral("\u2022") + enSpace;
}

void TestBlockStyle::listLabels()
{
    QFETCH(bool, ordered);
    QFETCH(int, number);
    QFETCH(int, depth);
    QFETCH(QString, label);
    Block item = block(Block::Paragraph, 0, depth);
    item.ordered = ordered;
    item.listNumber = number;
    QCOMPARE(listLabel(item), label);
}

void TestBlockStyle::justifiedWordSpacesMayClose()
{
    Typography t;
    QTextCharFormat base;
    base.setFont(t.textFont());
    const qreal space = QFontMetricsF(t.textFont()).horizontalAdvance(QLatin1Char(' '));
    QVERIFY(space > 0);

    // Justified running text: spaces set narrower by the share, for Qt to widen as it justifies.
    for (const Block &b : {block(Block::Paragraph), block(Block::Paragraph, 1), block(Block::Paragraph, 0, 1)}) {
        const QTextCharFormat format = blockCharFormat(t, b, base);
        QVERIFY(format.hasProperty(QTextFormat::FontWordSpacing));
        QVERIFY(qAbs(format.fontWordSpacing() + t.wordSpaceShrink * QFontMetricsF(format.font()).horizontalAdvance(QLatin1Char(' '))) < 1e-9);
        QVERIFY(format.fontWordSpacing() < 0);
    }
    // Headings are not justified; ragged-right text keeps its spaces whole (WCAG 1.4.8); a
    // share of 0 sets rigid spaces.
    QCOMPARE(blockCharFormat(t, block(Block::Heading), base).fontWordSpacing(), 0.0);
    Typography ragged = t;
    ragged.justify = false;
    QCOMPARE(blockCharFormat(ragged, block(Block::Paragraph), base).fontWordSpacing(), 0.0);
    Typography rigid = t;
    rigid.wordSpaceShrink = 0;
    QCOMPARE(blockCharFormat(rigid, block(Block::Paragraph), base).fontWordSpacing(), 0.0);
}

void TestBlockStyle::aLineTakesTheWordItsSpacesCanMakeRoomFor()
{
    // Ten words to a line and an eleventh that is a little wider than the line's room: with rigid
    // spaces it goes to the next line and ten spaces gape; when the spaces may close by a fifth
    // it stays, and no space is set narrower than that.
    Typography t;
    const QFont font = t.textFont();
    const QFontMetricsF metrics(font);
    const qreal space = metrics.horizontalAdvance(QLatin1Char(' '));
    const QString word = QStringLiteral("word");
    const QString text = QStringList(QVector<QString>(11, word).toList()).join(QLatin1Char(' '))
        + QStringLiteral(" and so on to the end of the paragraph.");
    const qreal eleven = metrics.horizontalAdvance(QStringList(QVector<QString>(11, word).toList()).join(QLatin1Char(' ')));
    const qreal width = eleven - 10 * space * t.wordSpaceShrink * 0.5; // room only if spaces close

    const auto firstLine = [&](const Typography &typography) {
        QTextDocument document;
        document.setDocumentMargin(0);
        QTextCursor cursor(&document);
        const Block paragraph = block(Block::Paragraph);
        QTextBlockFormat format = blockFormatFor(typography, BlockSpacing::screen(), paragraph, nullptr, false, typography.textSize());
        cursor.setBlockFormat(format);
        QTextCharFormat base;
        base.setFont(font);
        cursor.insertText(text, blockCharFormat(typography, paragraph, base));
        document.setTextWidth(width);
        document.documentLayout()->documentSize();
        const QTextLine line = document.firstBlock().layout()->lineAt(0);
        return std::make_pair(line.textLength(), line.naturalTextWidth() <= line.width() + 0.01);
    };
    Typography rigid = t;
    rigid.wordSpaceShrink = 0;
    const auto [rigidLength, rigidFits] = firstLine(rigid);
    const auto [closingLength, closingFits] = firstLine(t);
    QVERIFY(rigidFits);
    QVERIFY(closingFits);
    QCOMPARE(rigidLength, 10 * (word.size() + 1));
    QCOMPARE(closingLength, 11 * (word.size() + 1));
}

QTEST_MAIN(TestBlockStyle)
#include "tst_blockstyle.moc"
