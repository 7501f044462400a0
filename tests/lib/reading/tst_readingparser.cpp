// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/readingjson.h"
#include "reading/readingparser.h"

#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <thread>
#include <vector>

using namespace redletter;

namespace {

const char SamplePath[] = "red-letter/dictatorship-of-the-proletariat.md";

//! Three lines of front matter: synthetic bodies start on line 4.
QByteArray withFrontMatter(const QByteArray &body)
{
    return QByteArray("---\ntitle: Test\n---\n") + body;
}

QString styleName(StyleRange::Style style)
{
    switch (style) {
    case StyleRange::Emphasis:
        return QStringLiteral("em");
    case StyleRange::Strong:
        return QStringLiteral("strong");
    case StyleRange::Code:
        return QStringLiteral("code");
    case StyleRange::Link:
        return QStringLiteral("link");
    case StyleRange::Strikethrough:
        return QStringLiteral("strike");
    }
    return QStringLiteral("?");
}

QString visible(const QString &text)
{
    QString result = text;
    result.replace(QChar(0x2028), QChar(0x23CE)); // ⏎ for a hard line break
    return result;
}

/*!
 * One line per block, e.g. `p q1 l1 ol#3 start |Some *text*| em(text) fn0@4 note1(Some text)`:
 * kind, quote depth, list depth/kind/number/item start, text, styles by the text they cover,
 * footnote references by position and editorial notes by the text they cover.
 */
QString describe(const Block &block)
{
    QString line;
    switch (block.kind) {
    case Block::Paragraph:
        line = QStringLiteral("p");
        break;
    case Block::Heading:
        line = QStringLiteral("h%1").arg(block.headingLevel);
        break;
    case Block::CodeBlock:
        line = QStringLiteral("code");
        break;
    case Block::ThematicBreak:
        line = QStringLiteral("hr");
        break;
    }
    if (block.quoteDepth > 0)
        line += QStringLiteral(" q%1").arg(block.quoteDepth);
    if (block.listDepth > 0) {
        line += QStringLiteral(" l%1").arg(block.listDepth);
        line += block.ordered ? QStringLiteral(" ol#%1").arg(block.listNumber) : QStringLiteral(" ul");
        if (block.listItemStart)
            line += QStringLiteral(" start");
    }
    line += QStringLiteral(" |%1|").arg(visible(block.text));
    for (const StyleRange &style : block.styles) {
        line += QStringLiteral(" %1(%2").arg(styleName(style.style),
                                             visible(block.text.mid(style.start, style.end - style.start)));
        if (style.style == StyleRange::Link)
            line += QStringLiteral("->") + style.href;
        line += QLatin1Char(')');
    }
    for (const Anchor &anchor : block.anchors) {
        if (anchor.kind == Anchor::FootnoteReference)
            line += QStringLiteral(" fn%1@%2").arg(anchor.index).arg(anchor.start);
        else
            line += QStringLiteral(" note%1(%2)").arg(anchor.index).arg(block.text.mid(anchor.start, anchor.end - anchor.start));
    }
    return line;
}

QString describe(const QVector<Block> &blocks)
{
    QStringList lines;
    for (const Block &block : blocks)
        lines.append(describe(block));
    return lines.join(QLatin1Char('\n'));
}

QString describe(const RichText &note)
{
    QString line = QStringLiteral("|%1|").arg(note.text);
    for (const StyleRange &style : note.styles)
        line += QStringLiteral(" %1(%2)").arg(styleName(style.style), note.text.mid(style.start, style.end - style.start));
    return line;
}

QString describe(const QVector<RichText> &notes)
{
    QStringList lines;
    for (const RichText &note : notes)
        lines.append(describe(note));
    return lines.join(QLatin1Char('\n'));
}

QString describe(const QVector<Footnote> &footnotes)
{
    QStringList lines;
    for (const Footnote &footnote : footnotes)
        lines.append(QStringLiteral("[^%1] %2").arg(footnote.label, describe(footnote.blocks)));
    return lines.join(QLatin1Char('\n'));
}

//! Parses or fails the current test with the parser's message.
#define PARSE_OR_FAIL(bytes, reading)                                                                 \
    do {                                                                                              \
        SourceError parseError_;                                                                      \
        QVERIFY2(parseReading((bytes), QStringLiteral("test.md"), &(reading), &parseError_),          \
                 qPrintable(parseError_.toString()));                                                 \
    } while (false)

bool containsMarkup(const QString &text)
{
    static const QRegularExpression leftovers(QStringLiteral("\\{==|==\\}|\\{>>|<<\\}|\\{\\+\\+|\\{--|\\{~~|[\\x{FDD0}\\x{FDD1}]"));
    return leftovers.match(text).hasMatch();
}

//! Top-level block quotes: runs of consecutive blocks inside a quote.
int quoteRuns(const QVector<Block> &blocks)
{
    int runs = 0;
    bool inQuote = false;
    for (const Block &block : blocks) {
        if (block.quoteDepth > 0 && !inQuote)
            ++runs;
        inQuote = block.quoteDepth > 0;
    }
    return runs;
}

} // namespace

class TestReadingParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // The real sample, precisely.
    void sample_metadata();
    void sample_introduction();
    void sample_numberedListAndSectionNumbers();
    void sample_blockQuotes();
    void sample_footnotes();
    void sample_editorialNotes();
    void sample_italics();
    void sample_noMarkupLeaksIntoText();
    void sample_sourceLines();
    void sample_isDeterministic();
    void sample_crlfAndBomGiveTheSameReading();

    // Synthetic inputs, one construct at a time.
    void blocks_data();
    void blocks();
    void criticMarkup_data();
    void criticMarkup();
    void footnotes_data();
    void footnotes();
    void introduction_data();
    void introduction();
    void sourceLines();

    // Front matter.
    void metadata_allKeys();
    void metadata_tags_data();
    void metadata_tags();
    void metadata_idAndLanguageDefaults();
    void metadata_unknownKeysKeptInFileOrder();
    void metadata_unknownKeysRoundTrip();
    void metadata_sourceIsKeptAsTheCatalogWritesIt();

    // Errors.
    void errors_data();
    void errors();
    void error_leavesReadingUnchanged();
    void error_positionsSurviveCrlfAndBom();
    void sourceError_toString();

    // Robustness.
    void markerCharactersInSourceNeverLeak();
    void deepNestingDoesNotCrash();
    void parsingOnSeveralThreadsGivesTheSameReading();

private:
    Reading m_sample;
    QByteArray m_sampleBytes;
};

void TestReadingParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (test::corpusDir().isEmpty())
        return;
    m_sampleBytes = test::readFile(test::corpusFile(QLatin1String(SamplePath)));
    SourceError error;
    QVERIFY2(parseReading(m_sampleBytes, QLatin1String(SamplePath), &m_sample, &error), qPrintable(error.toString()));
}

// ---- The sample ------------------------------------------------------------------------------

void TestReadingParser::sample_metadata()
{
    REDLETTER_REQUIRE_CORPUS();
    QCOMPARE(m_sample.title, QStringLiteral("The Dictatorship of the Proletariat"));
    QCOMPARE(m_sample.author, QStringLiteral("Joseph Stalin"));
    QCOMPARE(m_sample.work, QStringLiteral("The Foundations of Leninism"));
    QCOMPARE(m_sample.year, 1924);
    QCOMPARE(m_sample.editor, QStringLiteral("Red Letter"));
    QCOMPARE(m_sample.curatedDate, QDate(2026, 11, 24));
    QCOMPARE(m_sample.source,
             QUrl(QStringLiteral("https://www.marxists.org/reference/archive/stalin/works/1924/foundations-leninism/ch04.htm")));
    QCOMPARE(m_sample.tagline,
             QStringLiteral("Communism Is How We Forcibly Break Apart the Organized Power of the Capitalist Class"));
    QCOMPARE(m_sample.language, QStringLiteral("en"));
    QCOMPARE(m_sample.id, QStringLiteral("joseph-stalin--the-dictatorship-of-the-proletariat"));
    QVERIFY(m_sample.tags.isEmpty());
    QCOMPARE(m_sample.editorMinutes, 0);
    QVERIFY(m_sample.extraMetadata.isEmpty());
    QVERIFY(m_sample.isValid());
}

void TestReadingParser::sample_introduction()
{
    REDLETTER_REQUIRE_CORPUS();
    const QVector<Block> &intro = m_sample.introduction;
    QCOMPARE(intro.size(), 6);
    QCOMPARE(intro.first().text, QStringLiteral("Calm down, we're going to read this critically."));
    QVERIFY(intro.last().text.endsWith(QLatin1String("And pay attention to the italics.")));
    // Deutscher's description, quoted by McLellan, is the introduction's one block quote.
    QCOMPARE(quoteRuns(intro), 1);
    QCOMPARE(intro.at(2).quoteDepth, 1);
    QVERIFY(intro.at(2).text.startsWith(QLatin1String("Among the men in the dock")));
    for (const Block &block : intro) {
        QCOMPARE(block.kind, Block::Paragraph);
        QVERIFY(!block.text.contains(QLatin1String(":::")));
    }
    // The text proper starts after the introduction.
    QVERIFY(m_sample.body.first().text.startsWith(QLatin1String("From this theme I take three fundamental questions")));
}

void TestReadingParser::sample_numberedListAndSectionNumbers()
{
    REDLETTER_REQUIRE_CORPUS();
    const QVector<Block> &body = m_sample.body;
    QVector<Block> listItems;
    for (const Block &block : body) {
        if (block.listDepth > 0)
            listItems.append(block);
    }
    // The three questions: one numbered list of three items, right after the first paragraph.
    QVERIFY(listItems.size() >= 3);
    for (int i = 0; i < 3; ++i) {
        const Block &item = body.at(1 + i);
        QCOMPARE(item.listDepth, 1);
        QVERIFY(item.ordered);
        QVERIFY(item.listItemStart);
        QCOMPARE(item.listNumber, i + 1);
        QCOMPARE(item.sourceLine, 29 + i);
    }
    QCOMPARE(body.at(1).text,
             QStringLiteral("the dictatorship of the proletariat as the instrument of the proletarian revolution;"));
    QVERIFY(!body.at(4).text.startsWith(QLatin1String("the ")));

    // "1) The dictatorship …", "2) …", "3) …" start the three sections. CommonMark reads "N)" at the
    // start of a paragraph as an ordered list item, so each is a one-item list numbered N.
    QVector<int> sectionNumbers;
    for (int i = 4; i < body.size(); ++i) {
        if (body.at(i).listDepth > 0) {
            QVERIFY(body.at(i).ordered && body.at(i).listItemStart);
            sectionNumbers.append(body.at(i).listNumber);
        }
    }
    QCOMPARE(sectionNumbers, (QVector<int>{1, 2, 3}));
    QCOMPARE(listItems.size(), 6);
}

void TestReadingParser::sample_blockQuotes()
{
    REDLETTER_REQUIRE_CORPUS();
    // Count the quotes in the file itself: a line starting with '>' after a line that does not,
    // below the introduction's closing ':::'.
    const QList<QByteArray> lines = m_sampleBytes.split('\n');
    int introductionEnd = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == ":::")
            introductionEnd = i;
    }
    QVERIFY(introductionEnd > 0);
    int quotesInFile = 0;
    for (int i = introductionEnd + 1; i < lines.size(); ++i) {
        if (lines.at(i).startsWith('>') && !lines.at(i - 1).startsWith('>'))
            ++quotesInFile;
    }
    QCOMPARE(quotesInFile, 8);
    QCOMPARE(quoteRuns(m_sample.body), 8);

    // Each quote is a single paragraph at depth 1; Lenin's first one opens "The transition".
    int quotedBlocks = 0;
    for (const Block &block : m_sample.body) {
        if (block.quoteDepth > 0) {
            QCOMPARE(block.quoteDepth, 1);
            ++quotedBlocks;
        }
    }
    QCOMPARE(quotedBlocks, 8);
    const auto firstQuote = std::find_if(m_sample.body.cbegin(), m_sample.body.cend(),
                                         [](const Block &b) { return b.quoteDepth > 0; });
    QVERIFY(firstQuote->text.startsWith(QLatin1String("\"The transition from capitalism to communism,\" says Lenin")));
}

void TestReadingParser::sample_footnotes()
{
    REDLETTER_REQUIRE_CORPUS();
    QCOMPARE(m_sample.footnotes.size(), 3);
    QCOMPARE(m_sample.footnotes.at(0).label, QStringLiteral("1"));
    QCOMPARE(m_sample.footnotes.at(1).label, QStringLiteral("3"));
    QCOMPARE(m_sample.footnotes.at(2).label, QStringLiteral("4"));
    QCOMPARE(describe(m_sample.footnotes.at(0).blocks), QStringLiteral("p |My italics — J. V. Stalin.|"));
    QCOMPARE(describe(m_sample.footnotes.at(1).blocks), QStringLiteral("p |All italics mine— J. V. Stalin.|"));
    QCOMPARE(describe(m_sample.footnotes.at(2).blocks), QStringLiteral("p |My italics — J. V. Stalin.|"));

    // Each is referenced exactly once, right after the word it marks.
    const QStringList markedWords{QStringLiteral("(against"), QStringLiteral("of the state\""),
                                  QStringLiteral("is the only")};
    QVector<int> references(3, 0);
    for (const Block &block : m_sample.body) {
        QVERIFY(!block.text.contains(QLatin1String("[^")));
        for (const Anchor &anchor : block.anchors) {
            if (anchor.kind != Anchor::FootnoteReference)
                continue;
            QVERIFY(anchor.index >= 0 && anchor.index < 3);
            QCOMPARE(anchor.end, anchor.start);
            ++references[anchor.index];
            QVERIFY2(block.text.left(anchor.start).endsWith(markedWords.at(anchor.index)),
                     qPrintable(block.text.mid(anchor.start - 20, 20)));
        }
    }
    QCOMPARE(references, (QVector<int>{1, 1, 1}));
    // Definitions are not part of the text.
    for (const Block &block : m_sample.body)
        QVERIFY(!block.text.contains(QLatin1String("J. V. Stalin")));
}

void TestReadingParser::sample_editorialNotes()
{
    REDLETTER_REQUIRE_CORPUS();
    QCOMPARE(m_sample.editorialNotes.size(), 3);
    QVERIFY(m_sample.editorialNotes.at(0).text.startsWith(QLatin1String("\"Unrestricted by law\" is the phrase to hold on to.")));
    QVERIFY(m_sample.editorialNotes.at(0).styles.isEmpty());
    QCOMPARE(describe(m_sample.editorialNotes.at(1)),
             QStringLiteral("|See Karl Marx and Frederick Engels, Manifesto of the Communist Party.| "
                            "em(Manifesto of the Communist Party)"));
    QVERIFY(m_sample.editorialNotes.at(2).text.startsWith(QLatin1String("Compare the separation of powers")));

    struct Found
    {
        int sourceLine;
        QString blockText;
        Anchor anchor;
    };
    QVector<Found> found;
    for (const Block &block : m_sample.body) {
        for (const Anchor &anchor : block.anchors) {
            if (anchor.kind == Anchor::EditorialNote)
                found.append(Found{block.sourceLine, block.text, anchor});
        }
    }
    QCOMPARE(found.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(found.at(i).anchor.index, i); // numbered in document order

    const auto covered = [](const Found &f) { return f.blockText.mid(f.anchor.start, f.anchor.end - f.anchor.start); };
    // Two passages, exactly.
    QCOMPARE(found.at(0).sourceLine, 81);
    QCOMPARE(covered(found.at(0)), QStringLiteral("the rule-unrestricted by law and based on force-of the proletariat"));
    QVERIFY(found.at(0).blockText.contains(QLatin1String("is the rule-unrestricted by law and based on force-of the proletariat over the bourgeoisie")));
    QCOMPARE(found.at(2).sourceLine, 137);
    QCOMPARE(covered(found.at(2)), QStringLiteral("combining legislative and executive power in a single state organisation"));
    QVERIFY(found.at(2).blockText.contains(QLatin1String("by combining legislative and executive power in a single state organisation and replacing")));

    // The point note stands in a paragraph of its own (line 89): it belongs to the last sentence of
    // the paragraph before it, and no empty block is left behind.
    QCOMPARE(found.at(1).sourceLine, 87);
    QCOMPARE(found.at(1).anchor.end, found.at(1).blockText.size());
    QVERIFY(covered(found.at(1)).startsWith(QLatin1String("Second conclusion: The dictatorship")));
    QVERIFY(covered(found.at(1)).endsWith(QLatin1String("the bourgeois police.")));
    for (const Block &block : m_sample.body) {
        QVERIFY(block.sourceLine != 89);
        QVERIFY(!block.text.isEmpty());
    }
}

void TestReadingParser::sample_italics()
{
    REDLETTER_REQUIRE_CORPUS();
    // The sample's text carries no italics of its own (the footnotes speak of the author's italics,
    // which the source lost); count the emphasis markup in the file and expect exactly that much.
    const QByteArray afterIntroduction = m_sampleBytes.mid(m_sampleBytes.lastIndexOf("\n:::\n"));
    static const QRegularExpression emphasisMarkup(QStringLiteral("(?<![*\\w])\\*[^*\\s][^*]*\\*(?!\\*)|\\b_[^_\\s][^_]*_\\b"));
    int emphasisInFile = 0;
    for (const QByteArray &line : afterIntroduction.split('\n')) {
        if (line.startsWith("{>>"))
            continue; // the note's italics are the note's
        QString text = QString::fromUtf8(line);
        text.remove(QRegularExpression(QStringLiteral("\\{>>.*?<<\\}")));
        auto matches = emphasisMarkup.globalMatch(text);
        while (matches.hasNext()) {
            matches.next();
            ++emphasisInFile;
        }
    }
    int emphasisInBody = 0;
    for (const Block &block : m_sample.body) {
        for (const StyleRange &style : block.styles) {
            QVERIFY(style.start >= 0 && style.start < style.end && style.end <= block.text.size());
            if (style.style == StyleRange::Emphasis)
                ++emphasisInBody;
        }
    }
    QCOMPARE(emphasisInBody, emphasisInFile);
    // The one italic the file has is the title in the editor's note, and it is intact.
    QCOMPARE(m_sample.editorialNotes.at(1).styles.size(), 1);
    QCOMPARE(m_sample.editorialNotes.at(1).styles.first().style, StyleRange::Emphasis);
}

void TestReadingParser::sample_noMarkupLeaksIntoText()
{
    REDLETTER_REQUIRE_CORPUS();
    QVector<Block> all = m_sample.introduction + m_sample.body;
    for (const Footnote &footnote : m_sample.footnotes)
        all += footnote.blocks;
    for (const Block &block : all) {
        QVERIFY2(!containsMarkup(block.text), qPrintable(block.text));
        QVERIFY2(block.text == block.text.trimmed(), qPrintable(block.text));
        QVERIFY(!block.text.contains(QLatin1String("  ")));
        for (const Anchor &anchor : block.anchors)
            QVERIFY(anchor.start >= 0 && anchor.start <= anchor.end && anchor.end <= block.text.size());
    }
    for (const RichText &note : m_sample.editorialNotes)
        QVERIFY2(!containsMarkup(note.text), qPrintable(note.text));
}

void TestReadingParser::sample_sourceLines()
{
    REDLETTER_REQUIRE_CORPUS();
    // Every block's line is where its text starts in the file.
    const QList<QByteArray> lines = m_sampleBytes.split('\n');
    QVector<Block> all = m_sample.introduction + m_sample.body;
    for (const Footnote &footnote : m_sample.footnotes)
        all += footnote.blocks;
    for (const Block &block : all) {
        QVERIFY(block.sourceLine >= 1 && block.sourceLine <= lines.size());
        const QString line = QString::fromUtf8(lines.at(block.sourceLine - 1));
        const QString firstWords = block.text.left(12);
        QVERIFY2(line.contains(firstWords), qPrintable(QStringLiteral("line %1 does not hold '%2'").arg(block.sourceLine).arg(firstWords)));
    }
    QCOMPARE(m_sample.introduction.first().sourceLine, 13);
    QCOMPARE(m_sample.footnotes.at(1).blocks.first().sourceLine, 154);
}

void TestReadingParser::sample_isDeterministic()
{
    REDLETTER_REQUIRE_CORPUS();
    Reading again;
    PARSE_OR_FAIL(m_sampleBytes, again);
    QVERIFY(again == m_sample);
    Reading third;
    PARSE_OR_FAIL(QByteArray(m_sampleBytes), third);
    QVERIFY(third == again);
}

void TestReadingParser::sample_crlfAndBomGiveTheSameReading()
{
    REDLETTER_REQUIRE_CORPUS();
    QByteArray windows = m_sampleBytes;
    windows.replace("\n", "\r\n");
    windows.prepend("\xEF\xBB\xBF");
    Reading reading;
    PARSE_OR_FAIL(windows, reading);
    QCOMPARE(describe(reading.body), describe(m_sample.body));
    QVERIFY(reading == m_sample);
}

// ---- Blocks and inlines ----------------------------------------------------------------------

void TestReadingParser::blocks_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paragraphs; a soft break is one space")
        << QByteArray("First line\nsecond line.\n\nNext paragraph.\n")
        << QStringLiteral("p |First line second line.|\np |Next paragraph.|");
    QTest::newRow("hard breaks: two spaces and backslash become U+2028")
        << QByteArray("Verse one  \nverse two\\\nverse three\n")
        << QStringLiteral("p |Verse one⏎verse two⏎verse three|");
    QTest::newRow("ATX and setext headings")
        << QByteArray("# One\n\n### Three\n\nTwo\n---\n")
        << QStringLiteral("h1 |One|\nh3 |Three|\nh2 |Two|");
    QTest::newRow("emphasis, strong, nested, code, strikethrough")
        << QByteArray("An *italic* and _also_, **bold *both***, `co*de*` and ~~gone~~.\n")
        << QStringLiteral("p |An italic and also, bold both, co*de* and gone.| em(italic) em(also) strong(bold both) "
                          "em(both) code(co*de*) strike(gone)");
    QTest::newRow("links keep their address; www autolinks")
        << QByteArray("Read [the text](https://example.org/a \"title\") or www.example.org today.\n")
        << QStringLiteral("p |Read the text or www.example.org today.| link(the text->https://example.org/a) "
                          "link(www.example.org->http://www.example.org)");
    QTest::newRow("inline HTML dropped, text between tags kept")
        << QByteArray("A <em>marked</em> word<br>here.\n")
        << QStringLiteral("p |A marked wordhere.|");
    QTest::newRow("HTML block dropped")
        << QByteArray("Before.\n\n<div class=\"x\">\n<p>inside</p>\n</div>\n\nAfter.\n")
        << QStringLiteral("p |Before.|\np |After.|");
    QTest::newRow("image becomes its alt text")
        << QByteArray("See ![a *portrait* of Marx](marx.png) here.\n")
        << QStringLiteral("p |See a portrait of Marx here.| em(portrait)");
    QTest::newRow("thematic break")
        << QByteArray("Above.\n\n* * *\n\nBelow.\n")
        << QStringLiteral("p |Above.|\nhr ||\np |Below.|");
    QTest::newRow("fenced code kept verbatim")
        << QByteArray("```\n  *not* emphasis\n# not a heading\n```\n")
        << QStringLiteral("code |  *not* emphasis\n# not a heading|");
    QTest::newRow("nested block quotes")
        << QByteArray("> outer\n>\n> > inner\n>\n> outer again\n\nout\n")
        << QStringLiteral("p q1 |outer|\np q2 |inner|\np q1 |outer again|\np |out|");
    QTest::newRow("ordered list starting at 3")
        << QByteArray("3. three\n4. four\n")
        << QStringLiteral("p l1 ol#3 start |three|\np l1 ol#4 start |four|");
    QTest::newRow("nested bullet lists with a continuation paragraph")
        << QByteArray("- a\n  - a.1\n\n    a.1 continued\n  - a.2\n- b\n")
        << QStringLiteral("p l1 ul start |a|\np l2 ul start |a.1|\np l2 ul |a.1 continued|\np l2 ul start |a.2|\n"
                          "p l1 ul start |b|");
    QTest::newRow("numbered list inside a quote")
        << QByteArray("> 1. one\n> 2. two\n")
        << QStringLiteral("p q1 l1 ol#1 start |one|\np q1 l1 ol#2 start |two|");
    QTest::newRow("quote inside a list item")
        << QByteArray("1. item\n\n   > quoted in item\n2. next\n")
        << QStringLiteral("p l1 ol#1 start |item|\np q1 l1 ol#1 |quoted in item|\np l1 ol#2 start |next|");
    QTest::newRow("empty list item keeps its number")
        << QByteArray("1. one\n2.\n3. three\n")
        << QStringLiteral("p l1 ol#1 start |one|\np l1 ol#2 start ||\np l1 ol#3 start |three|");
    QTest::newRow("section numbers 1) are list items (CommonMark)")
        << QByteArray("1) First section text.\n")
        << QStringLiteral("p l1 ol#1 start |First section text.|");
    QTest::newRow("letters a) are not list items")
        << QByteArray("a) to break the resistance\n")
        << QStringLiteral("p |a) to break the resistance|");
    QTest::newRow("no smart punctuation in stored text")
        << QByteArray("\"Quoted\" -- and 'single' ... dashes---\n")
        << QStringLiteral("p |\"Quoted\" -- and 'single' ... dashes---|");
    QTest::newRow("backslash escapes")
        << QByteArray("Not \\*emphasis\\* and 1\\. not a list\n")
        << QStringLiteral("p |Not *emphasis* and 1. not a list|");
    QTest::newRow("other divs: fences dropped, content kept")
        << QByteArray("Before.\n\n::: aside\nInside the *aside*.\n:::\n\nAfter.\n")
        << QStringLiteral("p |Before.|\np |Inside the aside.| em(aside)\np |After.|");
    QTest::newRow("nested divs")
        << QByteArray(":::: outer\n::: {.inner}\ntext\n:::\n::::\n")
        << QStringLiteral("p |text|");
    QTest::newRow("a div fence inside fenced code is code")
        << QByteArray("~~~\n::: introduction\n~~~\n")
        << QStringLiteral("code |::: introduction|");
    QTest::newRow("entities decoded")
        << QByteArray("Marx &amp; Engels &mdash; &#8220;Manifesto&#8221;\n")
        << QStringLiteral("p |Marx & Engels — “Manifesto”|");
    QTest::newRow("non-ASCII text")
        << QByteArray("Пролетарии всех стран, *соединяйтесь*!\n")
        << QStringLiteral("p |Пролетарии всех стран, соединяйтесь!| em(соединяйтесь)");
    QTest::newRow("tables are not a GFM extension here: plain text")
        << QByteArray("| a | b |\n|---|---|\n| 1 | 2 |\n")
        << QStringLiteral("p || a | b | |---|---| | 1 | 2 ||");
}

void TestReadingParser::blocks()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, expected);
    Reading reading;
    PARSE_OR_FAIL(withFrontMatter(markdown), reading);
    QCOMPARE(describe(reading.body), expected);
    QVERIFY(reading.introduction.isEmpty());
    QVERIFY(reading.footnotes.isEmpty());
}

// ---- CriticMarkup ----------------------------------------------------------------------------

void TestReadingParser::criticMarkup_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("expectedBlocks");
    QTest::addColumn<QString>("expectedNotes");

    QTest::newRow("passage with a note")
        << QByteArray("It is {==the rule of force==}{>>Hold on to this.<<} over them.\n")
        << QStringLiteral("p |It is the rule of force over them.| note0(the rule of force)")
        << QStringLiteral("|Hold on to this.|");
    QTest::newRow("literal in fenced code inside a quote")
        << QByteArray("> ```\n> {== not {>> markup\n> ```\n\nAfter.{>>n<<}\n")
        << QStringLiteral("code q1 |{== not {>> markup|\np |After.| note0(After.)")
        << QStringLiteral("|n|");
    QTest::newRow("literal in fenced code inside a nested list item")
        << QByteArray("1. a\n\n   - ````\n       {>> x\n\n     ```\n     ````\n")
        << QStringLiteral("p l1 ol#1 start |a|\ncode l2 ul start |  {>> x\n\n```|")
        << QString();
    QTest::newRow("passage with italics inside")
        << QByteArray("A {==*new* state==}{>>n<<} arises.\n")
        << QStringLiteral("p |A new state arises.| em(new) note0(new state)")
        << QStringLiteral("|n|");
    QTest::newRow("underscore italics right after a passage still close")
        << QByteArray("The _{==Manifesto==}{>>n<<}_ said.\n")
        << QStringLiteral("p |The Manifesto said.| em(Manifesto) note0(Manifesto)")
        << QStringLiteral("|n|");
    QTest::newRow("point note: the sentence before it")
        << QByteArray("One sentence. Another one here.{>>About another.<<} A third.\n")
        << QStringLiteral("p |One sentence. Another one here. A third.| note0(Another one here.)")
        << QStringLiteral("|About another.|");
    QTest::newRow("point note: a reference abbreviation does not end the sentence")
        << QByteArray("First. See Vol. XXIII, p. 355, and Mr. Smith.{>>n<<} Next.\n")
        << QStringLiteral("p |First. See Vol. XXIII, p. 355, and Mr. Smith. Next.| note0(See Vol. XXIII, p. 355, and Mr. Smith.)")
        << QStringLiteral("|n|");
    QTest::newRow("point note before any text: an initial does not end the first sentence")
        << QByteArray("{>>n<<}\n\nJ. V. Stalin wrote it. Then more.\n")
        << QStringLiteral("p |J. V. Stalin wrote it. Then more.| note0(J. V. Stalin wrote it.)")
        << QStringLiteral("|n|");
    QTest::newRow("point note after a space leaves no double space")
        << QByteArray("First. Second {>>note<<} continues here.\n")
        << QStringLiteral("p |First. Second continues here.| note0(Second)")
        << QStringLiteral("|note|");
    QTest::newRow("point note in a paragraph of its own: last sentence of the block before")
        << QByteArray("First sentence. Last sentence.\n\n{>>A note.<<}\n\nNext paragraph.\n")
        << QStringLiteral("p |First sentence. Last sentence.| note0(Last sentence.)\np |Next paragraph.|")
        << QStringLiteral("|A note.|");
    QTest::newRow("point note before any text: first sentence of the next block")
        << QByteArray("{>>Opening note.<<}\n\nFirst sentence. Second.\n")
        << QStringLiteral("p |First sentence. Second.| note0(First sentence.)")
        << QStringLiteral("|Opening note.|");
    QTest::newRow("point note at the start of a paragraph goes to the block before")
        << QByteArray("Earlier text.\n\n{>>n<<} Later text.\n")
        << QStringLiteral("p |Earlier text.| note0(Earlier text.)\np |Later text.|")
        << QStringLiteral("|n|");
    QTest::newRow("note text with Markdown inlines")
        << QByteArray("Text.{>>See *Capital*, **vol. 1**, `p. 3`.<<}\n")
        << QStringLiteral("p |Text.| note0(Text.)")
        << QStringLiteral("|See Capital, vol. 1, p. 3.| em(Capital) strong(vol. 1) code(p. 3)");
    QTest::newRow("note over two lines in a quote")
        << QByteArray("> Quoted text.{>>A long\n> note.<<} More\n> quoted.\n")
        << QStringLiteral("p q1 |Quoted text. More quoted.| note0(Quoted text.)")
        << QStringLiteral("|A long note.|");
    QTest::newRow("passage over two lines")
        << QByteArray("The {==long\npassage==}{>>n<<} ends.\n")
        << QStringLiteral("p |The long passage ends.| note0(long passage)")
        << QStringLiteral("|n|");
    QTest::newRow("highlight without a note: text kept, no anchor")
        << QByteArray("Just {==highlighted==} text.\n")
        << QStringLiteral("p |Just highlighted text.|")
        << QString();
    QTest::newRow("notes numbered in document order")
        << QByteArray("A.{>>one<<} B {==c==}{>>two<<}.\n\nD.{>>three<<}\n")
        << QStringLiteral("p |A. B c.| note0(A.) note1(c)\np |D.| note2(D.)")
        << QStringLiteral("|one|\n|two|\n|three|");
    QTest::newRow("addition accepted")
        << QByteArray("The {++*whole*++} state.\n")
        << QStringLiteral("p |The whole state.| em(whole)")
        << QString();
    QTest::newRow("deletion accepted, no double space")
        << QByteArray("The {--old--} state.\n")
        << QStringLiteral("p |The state.|")
        << QString();
    QTest::newRow("substitution accepted")
        << QByteArray("The {~~old~>new~~} state.\n")
        << QStringLiteral("p |The new state.|")
        << QString();
    QTest::newRow("note inside a passage's note-less highlight")
        << QByteArray("{==A {>>inner<<} b==} c.\n")
        << QStringLiteral("p |A b c.| note0(A)")
        << QStringLiteral("|inner|");
    QTest::newRow("CriticMarkup in a code span is code")
        << QByteArray("Type `{==x==}{>>y<<}` to mark.\n")
        << QStringLiteral("p |Type {==x==}{>>y<<} to mark.| code({==x==}{>>y<<})")
        << QString();
    QTest::newRow("unterminated CriticMarkup in a code span is code")
        << QByteArray("Type `{>>` to open a note.\n")
        << QStringLiteral("p |Type {>> to open a note.| code({>>)")
        << QString();
    QTest::newRow("CriticMarkup in fenced code is code")
        << QByteArray("```\n{>>not a note\n```\n")
        << QStringLiteral("code |{>>not a note|")
        << QString();
    QTest::newRow("CriticMarkup in indented code is code")
        << QByteArray("Para.\n\n    {>>not a note<<}\n")
        << QStringLiteral("p |Para.|\ncode |{>>not a note<<}|")
        << QString();
    QTest::newRow("escaped brace is no markup")
        << QByteArray("Literal \\{>>braces.\n")
        << QStringLiteral("p |Literal {>>braces.|")
        << QString();
    QTest::newRow("stray closers are text")
        << QByteArray("a ==} b <<} c ~~} d\n")
        << QStringLiteral("p |a ==} b <<} c ~~} d|")
        << QString();
    QTest::newRow("note next to a footnote reference")
        << QByteArray("Word[^1].{>>n<<}\n\n[^1]: F.\n")
        << QStringLiteral("p |Word.| note0(Word.) fn0@4")
        << QStringLiteral("|n|");
    QTest::newRow("note in a heading")
        << QByteArray("# The State{>>n<<}\n")
        << QStringLiteral("h1 |The State| note0(The State)")
        << QStringLiteral("|n|");
}

void TestReadingParser::criticMarkup()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, expectedBlocks);
    QFETCH(QString, expectedNotes);
    Reading reading;
    PARSE_OR_FAIL(withFrontMatter(markdown), reading);
    QCOMPARE(describe(reading.body), expectedBlocks);
    QCOMPARE(describe(reading.editorialNotes), expectedNotes);
    for (const Block &block : reading.body)
        QVERIFY2(!block.text.contains(QChar(0xFDD0)) && !block.text.contains(QChar(0xFDD1)), qPrintable(block.text));
}

// ---- Footnotes -------------------------------------------------------------------------------

void TestReadingParser::footnotes_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("expectedBlocks");
    QTest::addColumn<QString>("expectedFootnotes");

    QTest::newRow("ordered by first reference, not by label or definition")
        << QByteArray("B first[^b], then A[^a], B again[^b].\n\n[^a]: Note A.\n[^b]: Note B.\n")
        << QStringLiteral("p |B first, then A, B again.| fn0@7 fn1@15 fn0@24")
        << QStringLiteral("[^b] p |Note B.|\n[^a] p |Note A.|");
    QTest::newRow("labels as written")
        << QByteArray("X[^Note-One] y[^2].\n\n[^2]: Two.\n[^Note-One]: One.\n")
        << QStringLiteral("p |X y.| fn0@1 fn1@3")
        << QStringLiteral("[^Note-One] p |One.|\n[^2] p |Two.|");
    QTest::newRow("definition before its reference, mid-text")
        << QByteArray("[^1]: Early.\n\nText[^1].\n")
        << QStringLiteral("p |Text.| fn0@4")
        << QStringLiteral("[^1] p |Early.|");
    QTest::newRow("reference without definition stays text")
        << QByteArray("Text[^x].\n")
        << QStringLiteral("p |Text[^x].|")
        << QString();
    QTest::newRow("unreferenced definition dropped")
        << QByteArray("Text.\n\n[^u]: Unused.\n")
        << QStringLiteral("p |Text.|")
        << QString();
    QTest::newRow("footnote with styles, two paragraphs and a footnote of its own")
        << QByteArray("Text[^1].\n\n[^1]: *My* italics[^2].\n\n    Second paragraph.\n[^2]: Nested.\n")
        << QStringLiteral("p |Text.| fn0@4")
        << QStringLiteral("[^1] p |My italics.| em(My) fn1@10\np |Second paragraph.|\n[^2] p |Nested.|");
    QTest::newRow("reference in a quote, definition in the quote")
        << QByteArray("> Quoted[^q].\n>\n> [^q]: In the quote.\n")
        << QStringLiteral("p q1 |Quoted.| fn0@6")
        << QStringLiteral("[^q] p |In the quote.|");
}

void TestReadingParser::footnotes()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, expectedBlocks);
    QFETCH(QString, expectedFootnotes);
    Reading reading;
    PARSE_OR_FAIL(withFrontMatter(markdown), reading);
    QCOMPARE(describe(reading.body), expectedBlocks);
    QCOMPARE(describe(reading.footnotes), expectedFootnotes);
}

// ---- Introduction ----------------------------------------------------------------------------

void TestReadingParser::introduction_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("expectedIntroduction");
    QTest::addColumn<QString>("expectedBody");

    QTest::newRow("introduction before the text")
        << QByteArray("::: introduction\nRead *closely*.\n\n> A quote.\n:::\n\nThe text.\n")
        << QStringLiteral("p |Read closely.| em(closely)\np q1 |A quote.|")
        << QStringLiteral("p |The text.|");
    QTest::newRow("class syntax and more colons")
        << QByteArray(":::: {.introduction} ::::\nIntro.\n::::\nText.\n")
        << QStringLiteral("p |Intro.|")
        << QStringLiteral("p |Text.|");
    QTest::newRow("closing fence ends a list in the introduction")
        << QByteArray("::: introduction\n1. point\n:::\n   not in the list\n")
        << QStringLiteral("p l1 ol#1 start |point|")
        << QStringLiteral("p |not in the list|");
    QTest::newRow("fence right after a paragraph line")
        << QByteArray("Text before.\n::: introduction\nIntro.\n:::\nText after.\n")
        << QStringLiteral("p |Intro.|")
        << QStringLiteral("p |Text before.|\np |Text after.|");
    QTest::newRow("a div inside the introduction stays in it")
        << QByteArray("::: introduction\n::: aside\nAside.\n:::\nIntro.\n:::\nText.\n")
        << QStringLiteral("p |Aside.|\np |Intro.|")
        << QStringLiteral("p |Text.|");
    QTest::newRow("footnotes and notes in the introduction")
        << QByteArray("::: introduction\nIntro[^e].{>>n<<}\n:::\n\nText.\n\n[^e]: Editor's footnote.\n")
        << QStringLiteral("p |Intro.| note0(Intro.) fn0@5")
        << QStringLiteral("p |Text.|");
}

void TestReadingParser::introduction()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, expectedIntroduction);
    QFETCH(QString, expectedBody);
    Reading reading;
    PARSE_OR_FAIL(withFrontMatter(markdown), reading);
    QCOMPARE(describe(reading.introduction), expectedIntroduction);
    QCOMPARE(describe(reading.body), expectedBody);
}

void TestReadingParser::sourceLines()
{
    const QByteArray markdown("---\ntitle: T\nauthor: A\n---\n"          // 1-4
                              "::: introduction\nIntro.\n:::\n\n"        // 5-8
                              "# Heading\n\nA {>>multi\nline\nnote<<}\n" // 9-13
                              "continues.\n\n> quote\n\n- item\n\n"      // 14-19
                              "    code\n\nLast[^1].\n\n[^1]: Foot.\n"); // 20-24
    Reading reading;
    PARSE_OR_FAIL(markdown, reading);
    QCOMPARE(reading.introduction.size(), 1);
    QCOMPARE(reading.introduction.first().sourceLine, 6);
    QVector<int> lines;
    for (const Block &block : reading.body)
        lines.append(block.sourceLine);
    QCOMPARE(describe(reading.body),
             QStringLiteral("h1 |Heading|\np |A continues.| note0(A)\np q1 |quote|\np l1 ul start |item|\n"
                            "p l1 ul |code|\np |Last.| fn0@4"));
    QCOMPARE(lines, (QVector<int>{9, 11, 16, 18, 20, 22}));
    QCOMPARE(reading.footnotes.first().blocks.first().sourceLine, 24);
}

// ---- Front matter ----------------------------------------------------------------------------

void TestReadingParser::metadata_allKeys()
{
    const QByteArray markdown("---\n"
                              "title: Reform or Revolution\n"
                              "author: Rosa Luxemburg\n"
                              "work: Social Reform or Revolution\n"
                              "year: 1900\n"
                              "editor: Red Letter\n"
                              "source: https://www.marxists.org/archive/luxemburg/1900/reform-revolution/\n"
                              "translator: Integer Press\n"
                              "lang: de-AT\n"
                              "tagline: 'Reform: a means, not an end'\n"
                              "tags: [reform, revolution]\n"
                              "date: 2027-01-15\n"
                              "minutes: 14\n"
                              "id: luxemburg-reform\n"
                              "---\nText.\n");
    Reading reading;
    PARSE_OR_FAIL(markdown, reading);
    QCOMPARE(reading.title, QStringLiteral("Reform or Revolution"));
    QCOMPARE(reading.author, QStringLiteral("Rosa Luxemburg"));
    QCOMPARE(reading.work, QStringLiteral("Social Reform or Revolution"));
    QCOMPARE(reading.year, 1900);
    QCOMPARE(reading.editor, QStringLiteral("Red Letter"));
    QCOMPARE(reading.source, QUrl(QStringLiteral("https://www.marxists.org/archive/luxemburg/1900/reform-revolution/")));
    QCOMPARE(reading.translator, QStringLiteral("Integer Press"));
    QCOMPARE(reading.language, QStringLiteral("de-AT"));
    QCOMPARE(reading.tagline, QStringLiteral("Reform: a means, not an end"));
    QCOMPARE(reading.tags, (QStringList{QStringLiteral("reform"), QStringLiteral("revolution")}));
    QCOMPARE(reading.curatedDate, QDate(2027, 1, 15));
    QCOMPARE(reading.editorMinutes, 14);
    QCOMPARE(reading.id, QStringLiteral("luxemburg-reform"));
    QVERIFY(reading.extraMetadata.isEmpty());
}

void TestReadingParser::metadata_tags_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("flow list") << QByteArray("tags: [state, class]") << QStringList{QStringLiteral("state"), QStringLiteral("class")};
    QTest::newRow("block list") << QByteArray("tags:\n  - state\n  - class struggle")
                                << QStringList{QStringLiteral("state"), QStringLiteral("class struggle")};
    QTest::newRow("comma string") << QByteArray("tags: state, class struggle ,, law")
                                  << QStringList{QStringLiteral("state"), QStringLiteral("class struggle"), QStringLiteral("law")};
    QTest::newRow("single word") << QByteArray("tags: state") << QStringList{QStringLiteral("state")};
    QTest::newRow("empty") << QByteArray("tags:") << QStringList();
}

void TestReadingParser::metadata_tags()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, expected);
    Reading reading;
    PARSE_OR_FAIL(QByteArray("---\ntitle: T\n") + yaml + "\n---\n", reading);
    QCOMPARE(reading.tags, expected);
}

void TestReadingParser::metadata_idAndLanguageDefaults()
{
    Reading reading;
    PARSE_OR_FAIL(QByteArray("---\ntitle: Wage Labour and Capital\nauthor: Karl Marx\n---\n"), reading);
    QCOMPARE(reading.id, makeReadingId(QStringLiteral("Karl Marx"), QStringLiteral("Wage Labour and Capital")));
    QCOMPARE(reading.id, QStringLiteral("karl-marx--wage-labour-and-capital"));
    QCOMPARE(reading.language, QStringLiteral("en"));
    QCOMPARE(reading.year, 0);
    QVERIFY(!reading.curatedDate.isValid());
    QVERIFY(reading.body.isEmpty());
}

void TestReadingParser::metadata_unknownKeysKeptInFileOrder()
{
    const QByteArray markdown("---\n"
                              "zeta: 1\n"
                              "title: T\n"
                              "alpha: [a, b]\n"
                              "mid:\n  k: v\n"
                              "hidetitle: true\n"
                              "empty:\n"
                              "---\n");
    Reading reading;
    PARSE_OR_FAIL(markdown, reading);
    QStringList keys;
    for (const ExtraMetadata &extra : reading.extraMetadata)
        keys.append(extra.key);
    QCOMPARE(keys, (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid"),
                                QStringLiteral("hidetitle"), QStringLiteral("empty")}));
    QCOMPARE(reading.extraMetadata.at(0).yaml, QStringLiteral("1"));
    QCOMPARE(reading.extraMetadata.at(1).yaml, QStringLiteral("[a, b]"));
    QCOMPARE(reading.extraMetadata.at(2).yaml, QStringLiteral("k: v"));
    QCOMPARE(reading.extraMetadata.at(3).yaml, QStringLiteral("true"));
    QCOMPARE(reading.extraMetadata.at(4).yaml, QStringLiteral("~"));
}

void TestReadingParser::metadata_unknownKeysRoundTrip()
{
    // Writing the kept YAML back under its key gives the same values again.
    const QByteArray markdown("---\ntitle: T\nquote: \"a: b\"\nlist:\n  - x\n  - {y: z}\nblock: |\n  two\n  lines\n---\n");
    Reading first;
    PARSE_OR_FAIL(markdown, first);
    QCOMPARE(first.extraMetadata.size(), 3);
    QByteArray written("---\ntitle: T\n");
    for (const ExtraMetadata &extra : first.extraMetadata) {
        QString value = extra.yaml;
        // A multi-line value goes below its key, indented.
        const bool multiLine = value.contains(QLatin1Char('\n'));
        const QByteArray separator = multiLine ? QByteArray("\n  ") : QByteArray(" ");
        written += extra.key.toUtf8() + ':' + separator + value.replace(QLatin1String("\n"), QLatin1String("\n  ")).toUtf8() + '\n';
    }
    written += "---\n";
    Reading second;
    PARSE_OR_FAIL(written, second);
    QCOMPARE(second.extraMetadata, first.extraMetadata);
}

// ---- Errors ----------------------------------------------------------------------------------

void TestReadingParser::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("no front matter")
        << QByteArray("# A heading\n\nText.\n") << 1 << 1
        << QStringLiteral("no front matter: a reading starts with '---' and a YAML block with at least a title");
    QTest::newRow("front matter not on the first line")
        << QByteArray("\n---\ntitle: T\n---\n") << 1 << 1 << QStringLiteral("no front matter");
    QTest::newRow("unterminated front matter")
        << QByteArray("---\ntitle: T\n\nText.\n") << 1 << 1 << QStringLiteral("unterminated front matter");
    QTest::newRow("YAML syntax: unquoted colon, column in characters")
        << QByteArray("---\ntitle: T\ntagline: Ünïcödé: here\n---\n") << 3 << 17
        << QStringLiteral("front matter is not valid YAML: illegal map value (put a value that contains ': ' in quotes)");
    QTest::newRow("YAML syntax: unclosed flow list")
        << QByteArray("---\ntitle: T\ntags: [a, b\nyear: 1917\n---\n") << 4 << 5
        << QStringLiteral("front matter is not valid YAML: end of sequence flow not found");
    QTest::newRow("YAML that is a list")
        << QByteArray("---\n- title\n---\n") << 2 << 1 << QStringLiteral("front matter must be 'key: value' lines");
    QTest::newRow("no title")
        << QByteArray("---\nauthor: Lenin\n---\nText.\n") << 1 << 1
        << QStringLiteral("no title: the front matter needs a line 'title: ...'");
    QTest::newRow("empty front matter")
        << QByteArray("---\n---\nText.\n") << 1 << 1 << QStringLiteral("no title");
    QTest::newRow("empty title")
        << QByteArray("---\nauthor: Lenin\ntitle: \"  \"\n---\n") << 3 << 8 << QStringLiteral("empty title");
    QTest::newRow("null title")
        << QByteArray("---\ntitle:\n---\n") << 2 << 1 << QStringLiteral("empty title");
    QTest::newRow("title as a list")
        << QByteArray("---\ntitle: [a, b]\n---\n") << 2 << 8
        << QStringLiteral("'title' must be a single value, not a list or mapping");
    QTest::newRow("year not a number")
        << QByteArray("---\ntitle: T\nyear: nineteen seventeen\n---\n") << 3 << 7
        << QStringLiteral("'year' must be a whole number like 1917, not 'nineteen seventeen'");
    QTest::newRow("year with a decimal point")
        << QByteArray("---\ntitle: T\nyear: 1917.5\n---\n") << 3 << 7 << QStringLiteral("'year' must be a whole number");
    QTest::newRow("date not a day")
        << QByteArray("---\ntitle: T\ndate: 2026-02-30\n---\n") << 3 << 7
        << QStringLiteral("'date' must be a day written YYYY-MM-DD, like 2026-11-24, not '2026-02-30'");
    QTest::newRow("date in another format")
        << QByteArray("---\ntitle: T\ndate: 24.11.2026\n---\n") << 3 << 7 << QStringLiteral("'date' must be a day");
    QTest::newRow("minutes zero")
        << QByteArray("---\ntitle: T\nminutes: 0\n---\n") << 3 << 10
        << QStringLiteral("'minutes' must be a whole number of minutes above 0, not '0'");
    QTest::newRow("minutes negative")
        << QByteArray("---\ntitle: T\nminutes: -5\n---\n") << 3 << 10 << QStringLiteral("'minutes' must be");
    QTest::newRow("lang not a tag")
        << QByteArray("---\ntitle: T\nlang: de_DE\n---\n") << 3 << 7
        << QStringLiteral("'lang' must be a language tag like en, de or pt-BR, not 'de_DE'");
    QTest::newRow("source not a URL")
        << QByteArray("---\ntitle: T\nsource: Collected Works vol. 25\n---\n") << 3 << 9
        << QStringLiteral("'source' must be an address like");
    QTest::newRow("tags as a mapping")
        << QByteArray("---\ntitle: T\ntags: {a: b}\n---\n") << 3 << 7 << QStringLiteral("'tags' must be a list");
    QTest::newRow("duplicate key")
        << QByteArray("---\ntitle: T\nauthor: A\ntitle: U\n---\n") << 4 << 1
        << QStringLiteral("duplicate key 'title' (already given at line 2)");
    QTest::newRow("unclosed introduction")
        << QByteArray("---\ntitle: T\n---\n\n::: introduction\nIntro.\n\nText.\n") << 5 << 1
        << QStringLiteral("unclosed div '::: introduction': expected a line ':::' after its text");
    QTest::newRow("unclosed inner div")
        << QByteArray("---\ntitle: T\n---\n::: introduction\n  ::: aside\nx\n:::\n") << 4 << 1
        << QStringLiteral("unclosed div '::: introduction'");
    QTest::newRow("closing fence without a div")
        << QByteArray("---\ntitle: T\n---\nText.\n\n:::\n") << 6 << 1 << QStringLiteral("':::' closes no div");
    QTest::newRow("two introductions")
        << QByteArray("---\ntitle: T\n---\n::: introduction\nA\n:::\n::: introduction\nB\n:::\n") << 7 << 1
        << QStringLiteral("a second introduction: a reading has one '::: introduction' (the first is at line 4)");
    QTest::newRow("unterminated highlight")
        << QByteArray("---\ntitle: T\n---\nSome {==text\n\nmore==} here.\n") << 4 << 6
        << QStringLiteral("unterminated highlight '{==': expected '==}' before the end of the paragraph");
    QTest::newRow("unterminated note, column in characters")
        << QByteArray("---\ntitle: T\n---\n\nÉtat — {>>note without end\n") << 5 << 8
        << QStringLiteral("unterminated editorial note '{>>': expected '<<}' before the end of the paragraph");
    QTest::newRow("unterminated note at the end of the file")
        << QByteArray("---\ntitle: T\n---\nText {>>") << 4 << 6 << QStringLiteral("unterminated editorial note");
    QTest::newRow("unterminated addition")
        << QByteArray("---\ntitle: T\n---\nA {++b\n") << 4 << 3 << QStringLiteral("unterminated addition '{++'");
    QTest::newRow("unterminated deletion")
        << QByteArray("---\ntitle: T\n---\nA {--b\n") << 4 << 3 << QStringLiteral("unterminated deletion '{--'");
    QTest::newRow("unterminated substitution")
        << QByteArray("---\ntitle: T\n---\nA {~~b~>c\n") << 4 << 3 << QStringLiteral("unterminated substitution '{~~'");
    QTest::newRow("passage across list items")
        << QByteArray("---\ntitle: T\n---\n- a {==b\n- c==}{>>n<<}\n") << 4 << 5
        << QStringLiteral("a highlighted passage must lie within one paragraph");
    QTest::newRow("note inside HTML would be lost")
        << QByteArray("---\ntitle: T\n---\n<span title=\"{>>n<<}\">x</span>\n") << 4 << 14
        << QStringLiteral("this editorial note would not be shown");
    QTest::newRow("note with no text at all")
        << QByteArray("---\ntitle: T\n---\n{>>lonely<<}\n") << 4 << 1
        << QStringLiteral("an editorial note needs text to attach to");
}

void TestReadingParser::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    Reading reading;
    SourceError error;
    QVERIFY(!parseReading(bytes, QStringLiteral("bad.md"), &reading, &error));
    QCOMPARE(error.file, QStringLiteral("bad.md"));
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(!error.isNull());
}

void TestReadingParser::error_leavesReadingUnchanged()
{
    Reading reading;
    reading.title = QStringLiteral("Before");
    reading.body.append(Block{});
    const Reading before = reading;
    SourceError error;
    QVERIFY(!parseReading(QByteArray("---\ntitle: T\n---\nA {>>b\n"), QStringLiteral("x.md"), &reading, &error));
    QVERIFY(reading == before);
}

void TestReadingParser::error_positionsSurviveCrlfAndBom()
{
    const QByteArray unix("---\ntitle: T\n---\n\nÜber {==alles\n\n");
    QByteArray windows = unix;
    windows.replace("\n", "\r\n");
    windows.prepend("\xEF\xBB\xBF");
    Reading reading;
    SourceError unixError;
    SourceError windowsError;
    QVERIFY(!parseReading(unix, QStringLiteral("f.md"), &reading, &unixError));
    QVERIFY(!parseReading(windows, QStringLiteral("f.md"), &reading, &windowsError));
    QCOMPARE(unixError.line, 5);
    QCOMPARE(unixError.column, 6);
    QCOMPARE(windowsError.toString(), unixError.toString());

    // Old Mac line ends (CR alone) count as line ends too.
    QByteArray classic = unix;
    classic.replace("\n", "\r");
    SourceError classicError;
    QVERIFY(!parseReading(classic, QStringLiteral("f.md"), &reading, &classicError));
    QCOMPARE(classicError.toString(), unixError.toString());
}

void TestReadingParser::sourceError_toString()
{
    QCOMPARE((SourceError{QStringLiteral("a.md"), 3, 14, QStringLiteral("bad")}).toString(), QStringLiteral("a.md:3:14: bad"));
    QCOMPARE((SourceError{QStringLiteral("a.md"), 3, 0, QStringLiteral("bad")}).toString(), QStringLiteral("a.md:3: bad"));
    QCOMPARE((SourceError{QStringLiteral("a.md"), 0, 0, QStringLiteral("bad")}).toString(), QStringLiteral("a.md: bad"));
}

// ---- Robustness ------------------------------------------------------------------------------

void TestReadingParser::markerCharactersInSourceNeverLeak()
{
    // U+FDD0 and U+FDD1 are what the parser marks CriticMarkup with; in a source they are noise.
    const QByteArray markdown = withFrontMatter("A \xEF\xB7\x90" "0\xEF\xB7\x91 b {==c==}{>>d<<} `\xEF\xB7\x90`\n");
    Reading reading;
    PARSE_OR_FAIL(markdown, reading);
    QCOMPARE(reading.body.size(), 1);
    const QString text = reading.body.first().text;
    QVERIFY(!text.contains(QChar(0xFDD0)) && !text.contains(QChar(0xFDD1)));
    QCOMPARE(text, QStringLiteral("A \uFFFD0\uFFFD b c \uFFFD"));
    QCOMPARE(describe(reading.body), QStringLiteral("p |A \uFFFD0\uFFFD b c \uFFFD| code(\uFFFD) note0(c)"));
}

void TestReadingParser::deepNestingDoesNotCrash()
{
    Reading reading;
    PARSE_OR_FAIL(withFrontMatter(QByteArray(5000, '>') + " deep\n\n" + QByteArray(3000, '*') + "x" + QByteArray(3000, '*')
                                  + "\n\n" + QByteArray(2000, '[') + "\n"),
                  reading);
    QVERIFY(!reading.body.isEmpty());
    QVERIFY(reading.body.first().quoteDepth > 0);

    // yaml-cpp recurses per nesting level; it stops itself, and we report it.
    SourceError error;
    QVERIFY(!parseReading("---\ntitle: T\nx: " + QByteArray(100000, '[') + "\n---\n", QStringLiteral("deep.md"), &reading, &error));
    QCOMPARE(error.message, QStringLiteral("front matter is nested too deeply"));
    QVERIFY(error.line >= 2);
}

void TestReadingParser::parsingOnSeveralThreadsGivesTheSameReading()
{
    REDLETTER_REQUIRE_CORPUS();
    // The catalog may import on a worker thread while the window parses a reading.
    QVector<Reading> results(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < results.size(); ++t) {
        threads.emplace_back([this, &results, t] {
            SourceError error;
            if (!parseReading(m_sampleBytes, QStringLiteral("sample.md"), &results[t], &error))
                results[t].title = error.toString();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const Reading &reading : qAsConst(results))
        QVERIFY(reading == m_sample);
}

void TestReadingParser::metadata_sourceIsKeptAsTheCatalogWritesIt()
{
    // A second '#' in the fragment stays a '#' when the URL is parsed, is written as "%23" and
    // then kept encoded: the source is kept in the written form, so that a parsed reading comes
    // back from the catalog's JSON unchanged (fuzz_readingformat found it, 7 December 2026).
    const QByteArray bytes = "---\ntitle: T\nauthor: A\nsource: urn:redletter:primer-impe####rialism#x\n---\n\nText.\n";
    Reading reading;
    PARSE_OR_FAIL(bytes, reading);
    QCOMPARE(reading.source.toString(QUrl::FullyEncoded), QStringLiteral("urn:redletter:primer-impe#%23%23%23rialism%23x"));
    Reading again;
    QString error;
    QVERIFY2(readingFromJson(readingToJson(reading), &again, &error), qPrintable(error));
    QVERIFY(again == reading);
    // What the parser would keep without it: Qt's parse of the text, which the JSON changes.
    const QUrl parsed(QStringLiteral("urn:redletter:primer-impe####rialism#x"), QUrl::StrictMode);
    QVERIFY(QUrl(parsed.toString(QUrl::FullyEncoded), QUrl::StrictMode) != parsed);
}

QTEST_GUILESS_MAIN(TestReadingParser)
#include "tst_readingparser.moc"
