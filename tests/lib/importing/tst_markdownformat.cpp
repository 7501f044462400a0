// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimating/readingtime.h"
#include "importing/formats/html.h"
#include "importing/formats/markdown.h"
#include "importing/formats/plaintext.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace redletter;

namespace {

const char ComtextEnglish[] = "markdown/comtext_marx-engels_manifesto_en.md";
const char ComtextGerman[] = "markdown/comtext_marx-engels_manifest_de.md";
const char PandocChapter[] = "markdown/miareader-pandoc_marx-engels_communist-manifesto_ch01.md";
const char MiaChapterOne[] = "mia/mia_marx-engels_communist-manifesto_ch01.htm";
const char HugoStalin[] = "markdown/mlcom_stalin_dialectical-historical-materialism.md";
const char LeninText[] = "plain/miaderived_lenin_state-and-revolution.txt";
const char GutenbergManifesto[] = "plain/gutenberg61-body_marx-engels_communist-manifesto.txt";

using Read = test::FormatRead;

Read readBytes(const QByteArray &bytes, const QString &name = QStringLiteral("test.md"))
{
    FormatInput input;
    input.bytes = bytes;
    input.sourceName = name;
    return test::readWith(readForeignMarkdown, input);
}

QByteArray corpus(const char *relativePath)
{
    return test::readFile(test::corpusFile(QString::fromLatin1(relativePath)));
}

//! A corpus file as the service hands it to a reader.
FormatInput corpusInput(const char *relativePath)
{
    FormatInput input;
    input.bytes = corpus(relativePath);
    input.sourceName = QString::fromLatin1(relativePath);
    return input;
}

Read readCorpus(const char *relativePath)
{
    return readBytes(corpus(relativePath), QString::fromLatin1(relativePath));
}

using test::allText;
using test::headings;

int anchorCount(const Reading &reading)
{
    int count = 0;
    for (const Block &block : reading.body)
        count += static_cast<int>(block.anchors.size());
    return count;
}

//! The blocks after the heading that contains @p start, up to the next heading of that level or higher.
QVector<Block> chapter(const Reading &reading, const QString &start)
{
    QVector<Block> blocks;
    int level = 0;
    for (const Block &block : reading.body) {
        if (level == 0) {
            if (block.kind == Block::Heading && block.text.contains(start))
                level = block.headingLevel;
            continue;
        }
        if (block.kind == Block::Heading && block.headingLevel <= level)
            break;
        blocks.append(block);
    }
    return blocks;
}

void verifyNoMarkup(const QString &text)
{
    for (const QString &markup : {QStringLiteral("{.title}"), QStringLiteral("{#"), QStringLiteral("[]{"),
                                  QStringLiteral(":::"), QStringLiteral("<br"), QStringLiteral("<a "),
                                  QStringLiteral("[^"), QStringLiteral("{.info}"), QStringLiteral("](")}) {
        QVERIFY2(!text.contains(markup), qPrintable(markup));
    }
}

} // namespace

class TestMarkdownFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comtextEnglish();
    void comtextGerman();
    void pandocMiaChapter();
    void hugoPage();
    void leninTxtIsMarkdown();
    void manifestoChapterOneAgreesAcrossFormats();

    void frontMatter_toml();
    void frontMatter_noneTitleFromFileName();
    void htmlQuotesAndBreaks();
    void pandocChapterAgreesWithTheMiaPage();
    void inlineHtmlReadAsThePageWouldBe();
    void criticMarkupStaysText();
    void sourceLinesAreTheFilesLines();

    void sniff_looksLikeReadingFormat();
    void sniff_looksLikeMarkdown();

    void bad_refusedWithAClearError_data();
    void bad_refusedWithAClearError();
    void bad_hugeSingleLineRefusedQuickly();
    void bad_manyParagraphs();
    void bad_manyReferences();
    void bad_invalidUtf8();
    void bad_yamlAliasBomb();
    void bad_deeplyNestedQuotes();
    void robustness_truncatedAndFlippedCorpusNeverCrashes();
};

void TestMarkdownFormat::comtextEnglish()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(ComtextEnglish);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QCOMPARE(r.title, QStringLiteral("Manifesto of the Communist Party")); // the first heading
    QCOMPARE(r.author, QStringLiteral("Karl Marx and Frederick Engels"));  // the line under it
    QCOMPARE(r.year, 0);                                                   // the file gives none
    const QString text = allText(r);
    QVERIFY(!text.contains(QStringLiteral("English #")));
    QVERIFY(!text.contains(QStringLiteral("Table of Contents")));
    verifyNoMarkup(text);
    QCOMPARE(headings(r), (QStringList{
                              QStringLiteral("2 I. Bourgeois and Proletarians"),
                              QStringLiteral("2 II. Proletarians and Communists"),
                              QStringLiteral("2 III. Socialist and Communist Literature"),
                              QStringLiteral("3 1. Reactionary Socialism"),
                              QStringLiteral("4 A. Feudal Socialism"),
                              QStringLiteral("4 B. Petty-Bourgeois Socialism"),
                              QStringLiteral("4 C. German or \u201CTrue\u201D Socialism"),
                              QStringLiteral("3 2. Conservative or Bourgeois Socialism"),
                              QStringLiteral("3 3. Critical-Utopian Socialism and Communism"),
                              QStringLiteral("2 IV. Position of the Communists in Relation to the Various Existing Opposition Parties"),
                          }));
    // `grep -c '^\[^[0-9]*\]:'` gives 11 definitions; `grep -o '\[^[0-9]*\]'` gives each label
    // twice (22 marks: 11 references and 11 definitions).
    QCOMPARE(r.footnotes.size(), 11);
    QCOMPARE(anchorCount(r), 11);
    QVERIFY(r.footnotes.first().blocks.first().text.startsWith(QStringLiteral("By bourgeoisie is meant")));
    QCOMPARE(r.body.first().text.left(28), QStringLiteral("A spectre is haunting Europe"));
}

void TestMarkdownFormat::comtextGerman()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(ComtextGerman);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QCOMPARE(r.title, QStringLiteral("Manifest der Kommunistischen Partei"));
    QCOMPARE(r.author, QStringLiteral("Karl Marx and Friedrich Engels")); // "Karl Marx/Friedrich Engels"
    QCOMPARE(read.imported.declaredLanguage, QString()); // declares none: the service detects it
    const QString text = allText(r);
    QVERIFY(!text.contains(QStringLiteral("Deutsch  #")));
    QVERIFY(!text.contains(QStringLiteral("Inhalt:")));
    verifyNoMarkup(text);
    // "##\u00A0I Bourgeois und Proletarier" (a no-break space after the hashes) is a heading too.
    const QStringList found = headings(r);
    QCOMPARE(found.size(), 10);
    QCOMPARE(found.first(), QStringLiteral("2 I Bourgeois und Proletarier"));
    // `grep -c '^\[^[0-9]*\]:'` gives 8 definitions, each label referenced once.
    QCOMPARE(r.footnotes.size(), 8);
    QCOMPARE(anchorCount(r), 8);
}

void TestMarkdownFormat::pandocMiaChapter()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(PandocChapter);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QCOMPARE(r.title, QStringLiteral("Manifesto of the Communist Party"));
    const QString text = allText(r);
    verifyNoMarkup(text);
    for (const QString &navigation : {QStringLiteral("MIA"), QStringLiteral("Marxists"), QStringLiteral("German Original"),
                                      QStringLiteral("Table of Contents"), QStringLiteral("Chapter 2")}) {
        QVERIFY2(!text.contains(navigation), qPrintable(navigation));
    }
    // The page-wide `>` wrapper is not a quotation.
    for (const Block &block : r.body)
        QCOMPARE(block.quoteDepth, 0);
    QCOMPARE(headings(r), QStringList{QStringLiteral("3 Chapter I. Bourgeois and Proletarians")});
    // The notes: `grep -c '{\.info}'` gives 4 definitions and `grep -o '\^\[([0-9])\]' | wc -l`
    // 4 references (^[(1)]^ … ^[(4)]^).
    QCOMPARE(r.footnotes.size(), 4);
    QCOMPARE(anchorCount(r), 4);
    QCOMPARE(r.footnotes.first().label, QStringLiteral("1"));
    // Note 1 goes on for a second paragraph ("By proletariat, …"), which stays in the note.
    QCOMPARE(r.footnotes.first().blocks.size(), 2);
    QVERIFY(r.footnotes.first().blocks.at(1).text.startsWith(QStringLiteral("By proletariat")));
    QVERIFY(r.footnotes.first().blocks.at(1).text.endsWith(QStringLiteral("[Engels, 1888 English edition]")));
    QVERIFY(r.body.last().text.endsWith(QStringLiteral("victory of the proletariat are equally inevitable.")));
}

void TestMarkdownFormat::hugoPage()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(HugoStalin);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QCOMPARE(r.title, QStringLiteral("Dialectical and Historical Materialism"));
    QCOMPARE(r.author, QStringLiteral("Joseph Stalin")); // "joseph stalin" in the front matter
    QCOMPARE(r.work, QStringLiteral("Dialectical and Historical Materialism")); // `works:`
    QCOMPARE(r.year, 1938); // "First published September 1938" in `attributions:`
    QCOMPARE(r.tags, (QStringList{QStringLiteral("dialectics"), QStringLiteral("dialectical-materialism"),
                                  QStringLiteral("historical-materialism")}));
    QVERIFY(r.extraMetadata.isEmpty()); // hidetitle, description, attributions (HTML) are not ours
    const QString text = allText(r);
    verifyNoMarkup(text);
    QVERIFY(!text.contains(QStringLiteral("hidetitle")));
    // 27 quotations: `grep -c '^> '` on the file (one line each).
    int quotes = 0;
    for (const Block &block : r.body)
        quotes += block.quoteDepth > 0 ? 1 : 0;
    QCOMPARE(quotes, 27);
    QCOMPARE(r.footnotes.size(), 0); // the file has no notes
    QVERIFY(headings(r).contains(QStringLiteral("2 1) Marxist Dialectical Method")));
    // *dialectical* is emphasis.
    QCOMPARE(r.body.first().styles.first().style, StyleRange::Emphasis);
    QCOMPARE(r.body.first().text.mid(r.body.first().styles.first().start, 11), QStringLiteral("dialectical"));
}

void TestMarkdownFormat::leninTxtIsMarkdown()
{
    REDLETTER_REQUIRE_CORPUS();
    const QByteArray bytes = corpus(LeninText);
    QVERIFY(looksLikeMarkdown(bytes));
    // Handed to the plain-text reader as a .txt, it is read as the Markdown it is.
    FormatInput input;
    input.bytes = bytes;
    input.sourceName = QString::fromLatin1(LeninText);
    ImportedText imported;
    SourceError error;
    QVERIFY2(readPlainText(input, &imported, &error), qPrintable(error.toString()));
    const Reading &r = imported.readings.first();
    // No title in the file: the file name's last piece, in title case.
    QCOMPARE(r.title, QStringLiteral("State and Revolution"));
    // Its LaTeX line breaks ("\\\\" at 19 line ends) are no text.
    QVERIFY(!allText(r).contains(QLatin1Char('\\')));
    QVERIFY(allText(r).contains(QStringLiteral("The first works of mature Marxism \u2014 The Poverty of Philosophy and the Communist Manifesto \u2014 appeared")));
    // Notes are MIA links: 32 references `[\[n\]](…/chNN.htm#fwNN)` (`grep -o 'htm#fw[0-9][0-9])' |
    // wc -l`), each with its definition `…#bkNN)` (the same count for bk). ch05's `#bk1` has no
    // reference and stays text; ch06's `[\[*\]](…#fw0*` is a broken link in the source.
    QCOMPARE(r.footnotes.size(), 32);
    QCOMPARE(anchorCount(r), 32);
    QCOMPARE(r.footnotes.first().label, QStringLiteral("1"));
    QVERIFY(r.footnotes.first().blocks.first().text.startsWith(QStringLiteral("See Frederick Engels, The Origin of the Family")));
    const QString text = allText(r);
    verifyNoMarkup(text);
    QVERIFY(!text.contains(QStringLiteral("Endnotes")));
    QVERIFY(text.contains(QStringLiteral("When the more important functions of the state are reduced")));
    const QStringList found = headings(r);
    QVERIFY(found.contains(QStringLiteral("3 1. The State: A Product of the Irreconcilability of Class Antagonisms")));
    QVERIFY(found.contains(QStringLiteral("3 2. Special Bodies of Armed Men, Prisons, etc.")));
    QVERIFY(found.contains(QStringLiteral("2 Chapter VII: The Experience of the Russian Revolutions of 1905 and 1917")));
    QCOMPARE(found.size(), 22);
    // `_The Poverty of Philosophy_` and the like: 109 `_x_` spans by the corpus manifest.
    int italics = 0;
    for (const Block &block : r.body)
        italics += static_cast<int>(block.styles.size());
    QVERIFY(italics > 50);
}

void TestMarkdownFormat::manifestoChapterOneAgreesAcrossFormats()
{
    REDLETTER_REQUIRE_CORPUS();
    const FormatInput input = corpusInput(GutenbergManifesto);
    ImportedText gutenberg;
    SourceError error;
    QVERIFY2(readPlainText(input, &gutenberg, &error), qPrintable(error.toString()));
    const Read markdown = readCorpus(ComtextEnglish);
    QVERIFY2(markdown.ok, qPrintable(markdown.error.toString()));

    const QVector<Block> fromText = chapter(gutenberg.readings.first(), QStringLiteral("BOURGEOIS AND PROLETARIANS"));
    const QVector<Block> fromMarkdown = chapter(markdown.reading(), QStringLiteral("Bourgeois and Proletarians"));
    QVERIFY(!fromText.isEmpty());
    QVERIFY(!fromMarkdown.isEmpty());
    // The text only: the Markdown edition carries Engels's notes, the Gutenberg one none.
    const int textWords = ReadingTimeEstimator::countWords(fromText);
    const int markdownWords = ReadingTimeEstimator::countWords(fromMarkdown);
    const double difference = std::abs(textWords - markdownWords) * 100.0 / qMax(textWords, markdownWords);
    qInfo("Manifesto, chapter I: Gutenberg text %d words, Markdown %d words, %.2f %% apart", textWords, markdownWords,
          difference);
    QVERIFY(textWords > 4000);
    QVERIFY2(difference < 3.0, qPrintable(QString::number(difference)));
}

void TestMarkdownFormat::frontMatter_toml()
{
    const Read read = readBytes("+++\ntitle = \"The \\\"Rights\\\" of Man\"\nauthor = 'thomas paine'\ndate = 1791-03-13\n"
                                "tags = [\"rights\", \"revolution\"]\ndraft = false\n+++\n\nText *here*.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().title, QStringLiteral("The \"Rights\" of Man"));
    QCOMPARE(read.reading().author, QStringLiteral("Thomas Paine"));
    QCOMPARE(read.reading().year, 1791);
    QCOMPARE(read.reading().tags, (QStringList{QStringLiteral("rights"), QStringLiteral("revolution")}));
    QCOMPARE(read.reading().body.first().text, QStringLiteral("Text here."));
    QCOMPARE(read.reading().body.first().sourceLine, 9);
}

void TestMarkdownFormat::frontMatter_noneTitleFromFileName()
{
    const Read read = readBytes("Just a paragraph.\n", QStringLiteral("/some/folder/on-authority.md"));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().title, QStringLiteral("On Authority"));
    QCOMPARE(read.reading().body.size(), 1);
    // A YAML title that needs quoting survives our own front matter.
    const Read quoted = readBytes("---\ntitle: 'Value: \"Price\" and \\\\ Profit'\n---\nText.\n");
    QVERIFY2(quoted.ok, qPrintable(quoted.error.toString()));
    QCOMPARE(quoted.reading().title, QStringLiteral("Value: \"Price\" and \\\\ Profit"));
}

void TestMarkdownFormat::htmlQuotesAndBreaks()
{
    const Read read = readBytes("# T\n\nBefore.\n\n<blockquote>\nA quoted line<br>\nand the next, <em>stressed</em>.\n"
                                "</blockquote>\n\nAfter.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QCOMPARE(r.body.size(), 3);
    QCOMPARE(r.body.at(1).quoteDepth, 1);
    QCOMPARE(r.body.at(1).text, QStringLiteral("A quoted line\u2028and the next, stressed."));
    QCOMPARE(r.body.at(1).styles.size(), 1);
    QCOMPARE(r.body.at(2).quoteDepth, 0);
}

void TestMarkdownFormat::inlineHtmlReadAsThePageWouldBe()
{
    // The same passage (our own text) as an MIA-style page and as Markdown carrying that HTML:
    // quote paragraphs, <br>, emphasis, an enote and its note read the same through the one mapping.
    const QByteArray quote = R"(<p class="quoteb">The first line of the rule<br>and the second, <em>in force</em>.</p>)";
    const QByteArray note = R"(<p class="information"><a name="n1" href="#r1">1.</a> The rule was posted on the gate in 1850.</p>)";
    const QByteArray reference = R"(<sup class="enote"><a name="r1" href="#n1">[1]</a></sup>)";
    const QByteArray page = "<html><head><title>Rules</title></head><body><h1>Rules</h1>\n<p>The weavers kept a copy of the "
                            "<em>rules</em>" + reference + " by the looms.</p>\n" + quote + "\n<p>Nobody read them aloud.</p>\n"
                            "<hr>\n<h3>Notes</h3>\n" + note + "\n</body></html>\n";
    FormatInput input;
    input.bytes = page;
    input.sourceName = QStringLiteral("rules.html");
    ImportedText fromPage;
    SourceError pageError;
    QVERIFY2(readHtml(input, &fromPage, &pageError), qPrintable(pageError.toString()));

    const Read read = readBytes("---\ntitle: Rules\n---\n\nThe weavers kept a copy of the *rules*" + reference
                                + " by the looms.\n\n" + quote + "\n\nNobody read them aloud.\n\n---\n\n### Notes\n\n" + note + "\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    const Reading &p = fromPage.readings.first();
    QCOMPARE(r.title, QStringLiteral("Rules"));
    QCOMPARE(r.body.size(), 3);
    QCOMPARE(plainText(r.body), plainText(p.body));
    QCOMPARE(r.body.at(0).text, QStringLiteral("The weavers kept a copy of the rules by the looms."));
    QCOMPARE(r.body.at(0).styles, p.body.at(0).styles);
    QCOMPARE(r.body.at(0).anchors.size(), 1);
    QCOMPARE(r.body.at(0).anchors, p.body.at(0).anchors);
    QCOMPARE(r.body.at(0).sourceLine, 5); // the Markdown file's line
    QCOMPARE(r.body.at(1).quoteDepth, 1);
    QCOMPARE(r.body.at(1).text, QStringLiteral("The first line of the rule\u2028and the second, in force."));
    QCOMPARE(r.body.at(1).styles, p.body.at(1).styles);
    QCOMPARE(r.body.at(2).quoteDepth, 0);
    QCOMPARE(r.footnotes.size(), 1);
    QCOMPARE(r.footnotes.first().label, QStringLiteral("1"));
    QCOMPARE(plainText(r.footnotes.first().blocks), QStringLiteral("The rule was posted on the gate in 1850."));
    QCOMPARE(plainText(r.footnotes.first().blocks), plainText(p.footnotes.first().blocks));
    QVERIFY(!plainText(r.body).contains(QLatin1String("Notes")));
}

void TestMarkdownFormat::pandocChapterAgreesWithTheMiaPage()
{
    // The same chapter, Pandoc's Markdown of the MIA page and the page itself: the same notes and
    // the same text, within 3 % of words.
    REDLETTER_REQUIRE_CORPUS();
    const Read markdown = readCorpus(PandocChapter);
    QVERIFY2(markdown.ok, qPrintable(markdown.error.toString()));
    const FormatInput input = corpusInput(MiaChapterOne);
    ImportedText page;
    SourceError error;
    QVERIFY2(readHtml(input, &page, &error), qPrintable(error.toString()));
    const Reading &fromPage = page.readings.first();
    const int markdownWords = ReadingTimeEstimator::countWords(markdown.reading().body);
    const int pageWords = ReadingTimeEstimator::countWords(fromPage.body);
    const double difference = std::abs(markdownWords - pageWords) * 100.0 / qMax(markdownWords, pageWords);
    qInfo("Manifesto, chapter I: MIA page %d words, its Pandoc Markdown %d words, %.2f %% apart; notes %d and %d",
          pageWords, markdownWords, difference, int(fromPage.footnotes.size()), int(markdown.reading().footnotes.size()));
    QVERIFY(pageWords > 4000);
    QVERIFY2(difference < 3.0, qPrintable(QString::number(difference)));
    QCOMPARE(markdown.reading().footnotes.size(), fromPage.footnotes.size());
}

void TestMarkdownFormat::criticMarkupStaysText()
{
    const Read read = readBytes("# T\n\nA {>>comment<<} and {==mark==} in someone else's file.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().body.first().text, QStringLiteral("A {>>comment<<} and {==mark==} in someone else's file."));
    QVERIFY(read.reading().editorialNotes.isEmpty());
}

void TestMarkdownFormat::sourceLinesAreTheFilesLines()
{
    const Read read = readBytes("English #\n\n# Title\n\nFirst.\n\n::: aside\nSecond [span]{#x} here.\n:::\n\nThird.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QCOMPARE(r.body.size(), 3);
    QCOMPARE(r.body.at(0).sourceLine, 5);
    QCOMPARE(r.body.at(1).text, QStringLiteral("Second span here."));
    QCOMPARE(r.body.at(1).sourceLine, 8);
    QCOMPARE(r.body.at(2).sourceLine, 11);
}

void TestMarkdownFormat::sniff_looksLikeReadingFormat()
{
    REDLETTER_REQUIRE_CORPUS();
    QVERIFY(looksLikeReadingFormat(corpus("red-letter/dictatorship-of-the-proletariat.md")));
    QVERIFY(looksLikeReadingFormat(test::readFile(test::sourceDir() + QStringLiteral("/resources/catalog/the-state.md"))));
    QVERIFY(looksLikeReadingFormat("---\ntitle: T\nlang: de\n---\nText.\n"));
    QVERIFY(!looksLikeReadingFormat(corpus(HugoStalin)));
    QVERIFY(!looksLikeReadingFormat(corpus(ComtextEnglish)));
    QVERIFY(!looksLikeReadingFormat(corpus(PandocChapter)));
    QVERIFY(!looksLikeReadingFormat(corpus(LeninText)));
    QVERIFY(!looksLikeReadingFormat("---\ntitle: T\nauthor: A\n---\nText.\n"));
    QVERIFY(!looksLikeReadingFormat(QByteArray()));
}

void TestMarkdownFormat::sniff_looksLikeMarkdown()
{
    REDLETTER_REQUIRE_CORPUS();
    for (const char *path : {ComtextEnglish, ComtextGerman, PandocChapter, HugoStalin, LeninText})
        QVERIFY2(looksLikeMarkdown(corpus(path)), path);
    // Plain text with `_i.e_.` and a closing `\*\*\*`, and a Gutenberg book, are not Markdown.
    QVERIFY(!looksLikeMarkdown(corpus(GutenbergManifesto)));
    QVERIFY(!looksLikeMarkdown(corpus("plain/gutenberg2162_goldman_anarchism-and-other-essays.txt")));
    QVERIFY(!looksLikeMarkdown(QByteArray()));
}

void TestMarkdownFormat::bad_refusedWithAClearError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("bad.md:1:1: empty file: there is no text to import");
    QTest::newRow("binary") << QByteArray("# T\nPNG\0", 8)
                            << QStringLiteral("bad.md:2:4: binary data (NUL byte), not a text file");
    QTest::newRow("unterminated front matter")
        << QByteArray("---\ntitle: T\n\nText.\n")
        << QStringLiteral("bad.md:1:1: unterminated front matter: expected a line '---' after it");
    QTest::newRow("bad YAML") << QByteArray("---\ntitle: [unclosed\n---\nText.\n")
                              << QStringLiteral("bad.md:2:1: front matter is not valid YAML: end of sequence flow not found");
}

void TestMarkdownFormat::bad_refusedWithAClearError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Read read = readBytes(bytes, QStringLiteral("bad.md"));
    QVERIFY(!read.ok);
    QCOMPARE(read.error.toString(), expected);
}

void TestMarkdownFormat::bad_hugeSingleLineRefusedQuickly()
{
    QElapsedTimer timer;
    timer.start();
    const Read read = readBytes(QByteArray(40 * 1024 * 1024, '['), QStringLiteral("huge.md"));
    QVERIFY(!read.ok);
    QCOMPARE(read.error.toString(), QStringLiteral("huge.md: too large for a text (40.0 MB; the limit is 16 MB)"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestMarkdownFormat::bad_manyParagraphs()
{
    QByteArray text = "# Many\n\n";
    for (int i = 0; i < 100000; ++i)
        text += "Paragraph " + QByteArray::number(i) + " with *a* word.\n\n";
    QElapsedTimer timer;
    timer.start();
    const Read read = readBytes(text);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().body.size(), 100000);
    qInfo("100,000 Markdown paragraphs: %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
}

void TestMarkdownFormat::bad_manyReferences()
{
    QByteArray text = "# Notes\n\n";
    for (int i = 0; i < 200000; ++i)
        text += "x[^1] ";
    text += "\n\n[^1]: The note.\n";
    QElapsedTimer timer;
    timer.start();
    // Refused before cmark sees them (ImportLimits::MaximumFootnoteReferences).
    const Read read = readBytes(text);
    QVERIFY(!read.ok);
    QCOMPARE(read.error.message, QStringLiteral("200001 footnote markers ([^…]); the limit is 20000"));
    qInfo("200,000 Markdown note references refused in %lld ms", static_cast<long long>(timer.elapsed()));

    // Under the cap they are all read.
    QByteArray fewer = "# Notes\n\n";
    for (int i = 0; i < 19999; ++i)
        fewer += "x[^1] ";
    fewer += "\n\n[^1]: The note.\n";
    const Read atCap = readBytes(fewer);
    QVERIFY2(atCap.ok, qPrintable(atCap.error.toString()));
    QCOMPARE(atCap.reading().footnotes.size(), 1);
    QCOMPARE(atCap.reading().body.first().anchors.size(), 19999);
}

void TestMarkdownFormat::bad_invalidUtf8()
{
    const Read read = readBytes("# Caf\xE9\n\nText.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().title, QStringLiteral("Caf\u00E9"));
    QCOMPARE(read.imported.warnings,
             QStringList{QStringLiteral("not UTF-8 (byte 0xE9 at line 1, column 6): read as windows-1252")});
}

void TestMarkdownFormat::bad_yamlAliasBomb()
{
    // "Billion laughs": nine levels of nine aliases. Only scalars are read, never expanded.
    QByteArray yaml = "---\ntitle: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    char previous = 'a';
    for (char name = 'b'; name <= 'i'; ++name) {
        yaml += QByteArray(1, name) + ": &" + QByteArray(1, name) + " [";
        for (int k = 0; k < 9; ++k)
            yaml += (k ? ",*" : "*") + QByteArray(1, previous);
        yaml += "]\n";
        previous = name;
    }
    yaml += "tags: *i\nauthor: *i\n---\nText.\n";
    QElapsedTimer timer;
    timer.start();
    const Read read = readBytes(yaml);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().title, QStringLiteral("Bomb"));
    QVERIFY(read.reading().tags.isEmpty()); // a list of lists is no list of tags
    QVERIFY(read.reading().author.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestMarkdownFormat::bad_deeplyNestedQuotes()
{
    const QByteArray deep = "# Deep\n\nFine.\n\n" + QByteArray(10000, '>') + " too deep\n";
    const Read read = readBytes(deep, QStringLiteral("deep.md"));
    QVERIFY(!read.ok);
    QCOMPARE(read.error.toString(), QStringLiteral("deep.md:5:1: block quotes nested 10000 deep; the limit is 100"));
    // A hundred levels are still read.
    const Read hundred = readBytes("# Deep\n\n" + QByteArray(100, '>') + " deep enough\n");
    QVERIFY2(hundred.ok, qPrintable(hundred.error.toString()));
    QCOMPARE(hundred.reading().body.first().quoteDepth, 100);
    // 10,000 nested <blockquote>s: HTML in Markdown is read as a page's is, and a page nested
    // that deep is refused, quickly and with a clear error.
    QByteArray html = "# Deep\n\n";
    for (int i = 0; i < 10000; ++i)
        html += "<blockquote>\n";
    html += "inside\n";
    for (int i = 0; i < 10000; ++i)
        html += "</blockquote>\n";
    QElapsedTimer timer;
    timer.start();
    const Read tags = readBytes(html);
    QVERIFY(!tags.ok);
    QVERIFY2(tags.error.toString().startsWith(QLatin1String("test.md:")), qPrintable(tags.error.toString()));
    QVERIFY2(tags.error.toString().endsWith(QLatin1String("elements are nested too deeply (more than 256 levels)")),
             qPrintable(tags.error.toString()));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestMarkdownFormat::robustness_truncatedAndFlippedCorpusNeverCrashes()
{
    REDLETTER_REQUIRE_CORPUS();
    // Every text file of both readers, cut at 40 places and with 40 bytes flipped: a reading or
    // a SourceError with a message, never a crash (the ASan leg runs this too).
    QRandomGenerator random(20261205);
    int readings = 0;
    int errors = 0;
    for (const char *path : {ComtextEnglish, ComtextGerman, PandocChapter, HugoStalin, LeninText, GutenbergManifesto}) {
        const QByteArray bytes = corpus(path);
        for (int round = 0; round < 80; ++round) {
            QByteArray damaged = bytes;
            if (round < 40) {
                damaged.truncate(random.bounded(static_cast<int>(bytes.size())));
            } else {
                for (int k = 0; k < 40; ++k)
                    damaged[random.bounded(static_cast<int>(damaged.size()))] = static_cast<char>(random.bounded(1, 256));
            }
            FormatInput input;
            input.bytes = damaged;
            input.sourceName = QString::fromLatin1(path);
            for (const auto reader : {&readForeignMarkdown, &readPlainText}) {
                ImportedText imported;
                SourceError error;
                if (reader(input, &imported, &error)) {
                    QCOMPARE(imported.readings.size(), 1);
                    QVERIFY(!imported.readings.first().title.isEmpty());
                    ++readings;
                } else {
                    QVERIFY(!error.message.isEmpty());
                    QCOMPARE(error.file, QString::fromLatin1(path));
                    ++errors;
                }
            }
        }
    }
    qInfo("damaged corpus files: %d read, %d refused with an error", readings, errors);
    QCOMPARE(readings + errors, 6 * 80 * 2);
}

QTEST_GUILESS_MAIN(TestMarkdownFormat)
#include "tst_markdownformat.moc"
