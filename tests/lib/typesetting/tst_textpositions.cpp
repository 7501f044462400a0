// SPDX-License-Identifier: GPL-3.0-or-later
// Where the paragraph setter finds each position of a paragraph (textpositions.h). What saves it
// laying every paragraph out once more: on the lines Qt laid out, a position stands where it
// does on lines of the setter's own, since a run's shaping does not depend on where its lines
// end. Checked on real text (the Red Letter sample, long corpus texts in English and German, our
// Russian essay: soft hyphens, ligatures, italics, letters from a fallback font)
// at several measures, and Qt's lines are refused once Qt has justified them.
#include "estimating/readingtime.h"
#include "importing/importer.h"
#include "testsupport.h"
#include "typesetting/documentbuilder.h"
#include "typesetting/paragraphsetter.h"
#include "typesetting/textpositions.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>
#include <memory>

using namespace redletter;

class TestTextPositions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionsStandWhereQtPutsThem_data();
    void positionsStandWhereQtPutsThem();
    void aJustifiedLineIsNotMeasured();
    void linesEndingBesideARunAreMeasured();
};

namespace {

std::unique_ptr<QTextDocument> laidOut(const QString &path, qreal extraWidth = 0)
{
    Reading reading;
    if (!test::readWholeSource(path, &reading))
        return nullptr;
    const Typography typography;
    auto document = std::make_unique<QTextDocument>();
    DocumentBuilder(typography).build(reading, ReadingTimeEstimator().estimate(reading), document.get());
    document->setTextWidth(typography.measureWidth() + extraWidth);
    document->documentLayout()->blockBoundingRect(document->lastBlock()); // lays it all out
    return document;
}

//! The hyphen Qt draws at a soft hyphen, in the format there.
qreal hyphenIn(const QTextBlock &block, int position)
{
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const int start = fragment.position() - block.position();
        if (position >= start && position < start + fragment.length())
            return QFontMetricsF(fragment.charFormat().font().resolve(block.document()->defaultFont()))
                .horizontalAdvance(QLatin1Char('-'));
    }
    return 0;
}

} // namespace

void TestTextPositions::positionsStandWhereQtPutsThem_data()
{
    test::addTypesettingTexts();
}

void TestTextPositions::positionsStandWhereQtPutsThem()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, path);
    // Other measures break other lines, with other words at their ends.
    for (const qreal extra : {0, 80, -100}) {
        const auto document = laidOut(path, extra);
        QVERIFY2(document, qPrintable(path));
        int blocks = 0;
        int onQtLines = 0;
        int compared = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            QTextLayout *layout = block.layout();
            if (!layout || layout->lineCount() < 2)
                continue;
            ++blocks;
            const QString text = block.text();
            // As the setter measures: flush left, not wrapping (cursorToX() neither justifies nor
            // stops at the line's width).
            QTextOption measuring = layout->textOption();
            measuring.setAlignment(Qt::AlignLeft);
            measuring.setWrapMode(QTextOption::NoWrap);
            layout->setTextOption(measuring);
            TextPositions qtLines;
            if (!TextPositions::ofLaidOutLines(layout, text, [&](int k) { return hyphenIn(block, k); }, &qtLines))
                continue; // the setter lays such a paragraph out on lines of its own to measure it
            ++onQtLines;
            // Where the setter asks: word ends, spaces, soft hyphens, the starts of words.
            QVector<int> asked;
            QVector<qreal> onQt;
            for (int p = 0; p <= text.size(); ++p) {
                if (p == text.size() || text.at(p).isSpace() || text.at(p) == QChar(0x00AD)
                    || (p > 0 && text.at(p - 1).isSpace())) {
                    asked.append(p);
                    onQt.append(qtLines.x(p));
                }
            }
            measuring.setWrapMode(QTextOption::WordWrap);
            layout->setTextOption(measuring);
            layout->beginLayout();
            const TextPositions ownLines = TextPositions::onNewLines(layout);
            for (int k = 0; k < asked.size(); ++k) {
                const qreal own = ownLines.x(asked.at(k));
                QVERIFY2(std::abs(onQt.at(k) - own) <= 1.0 / 128,
                         qPrintable(QStringLiteral("measure + %1, block %2, position %3 (\"%4\"): %5 on Qt's lines, %6 on its own")
                                        .arg(extra).arg(block.blockNumber()).arg(asked.at(k))
                                        .arg(text.mid(qMax(0, asked.at(k) - 8), 16))
                                        .arg(onQt.at(k), 0, 'f', 4).arg(own, 0, 'f', 4)));
            }
            layout->endLayout();
            compared += int(asked.size());
        }
        QVERIFY(compared > 1000);
        // What this is for: most paragraphs are measured on Qt's lines.
        QVERIFY2(onQtLines >= blocks * 8 / 10, qPrintable(QStringLiteral("%1 of %2 blocks").arg(onQtLines).arg(blocks)));
    }
}

// A line Qt has justified since it laid it out (drawn, or asked for a cursor's place while
// justified) has wider spaces than its glyphs were shaped with: such lines measure nothing.
void TestTextPositions::aJustifiedLineIsNotMeasured()
{
    REDLETTER_REQUIRE_CORPUS();
    const auto document = laidOut(test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md")));
    QVERIFY(document);
    int justified = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() < 3 || layout->textOption().alignment() != Qt::AlignJustify)
            continue;
        (void)layout->lineAt(0).cursorToX(5); // justifies the line
        TextPositions measured;
        QVERIFY(!TextPositions::ofLaidOutLines(layout, block.text(), [&](int k) { return hyphenIn(block, k); }, &measured));
        ++justified;
    }
    QVERIFY(justified > 5);
}

// Where one of Qt's lines ends next to the start of a run (ParagraphSetter::prepare() splits long
// paragraphs into runs), Qt's natural width of the line counts the right bearing of another
// glyph; the line's advance does not, and such lines are measured like any other.
void TestTextPositions::linesEndingBesideARunAreMeasured()
{
    REDLETTER_REQUIRE_CORPUS();
    const auto document = laidOut(test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md")));
    QVERIFY(document);
    int blocks = 0;
    int besideARun = 0; //!< lines whose natural width is not their advance
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() < 3 || layout->textOption().alignment() != Qt::AlignJustify)
            continue;
        // Runs that start a character into each of Qt's lines but the first (where the sample's
        // lines showed it), and the lines laid out again over them at the same widths.
        QVector<qreal> widths;
        QVector<int> starts{0};
        for (int i = 0; i < layout->lineCount(); ++i) {
            widths.append(layout->lineAt(i).width());
            if (i > 0)
                starts.append(layout->lineAt(i).textStart() + 1);
        }
        starts.append(int(block.text().size()));
        QVector<QTextLayout::FormatRange> runs;
        for (int i = 0; i + 1 < starts.size(); ++i) {
            QTextLayout::FormatRange run;
            run.start = starts.at(i);
            run.length = starts.at(i + 1) - starts.at(i);
            run.format.setProperty(ParagraphSetter::MeasuringRunProperty, true);
            runs.append(run);
        }
        layout->setFormats(runs);
        QTextOption measuring = layout->textOption();
        measuring.setAlignment(Qt::AlignLeft);
        layout->setTextOption(measuring);
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine())
            line.setLineWidth(widths.value(line.lineNumber(), widths.last()));
        layout->endLayout();
        for (int i = 0; i + 1 < layout->lineCount(); ++i)
            besideARun += std::abs(layout->lineAt(i).naturalTextWidth() - layout->lineAt(i).horizontalAdvance()) > 0.5;
        measuring.setWrapMode(QTextOption::NoWrap);
        layout->setTextOption(measuring);
        TextPositions measured;
        QVERIFY2(TextPositions::ofLaidOutLines(layout, block.text(), [&](int k) { return hyphenIn(block, k); }, &measured),
                 qPrintable(QStringLiteral("block %1").arg(block.blockNumber())));
        ++blocks;
    }
    QVERIFY(blocks > 20);
    QVERIFY2(besideARun > 0, "no line's natural width differed from its advance: the case is not tested");
}

QTEST_MAIN(TestTextPositions)
#include "tst_textpositions.moc"
