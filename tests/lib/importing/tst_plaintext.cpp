// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/formats/plaintext.h"
#include "importing/formats/textsource.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace redletter;

namespace {

const char GutenbergManifesto[] = "plain/gutenberg61-body_marx-engels_communist-manifesto.txt";
const char GutenbergGoldman[] = "plain/gutenberg2162_goldman_anarchism-and-other-essays.txt";

using Read = test::FormatRead;

Read readBytes(const QByteArray &bytes, const QString &name = QStringLiteral("test.txt"))
{
    FormatInput input;
    input.bytes = bytes;
    input.sourceName = name;
    return test::readWith(readPlainText, input);
}

Read readCorpus(const char *relativePath)
{
    return readBytes(test::readFile(test::corpusFile(QString::fromLatin1(relativePath))),
                     QString::fromLatin1(relativePath));
}

using test::allText;
using test::headings;

QStringList emphasised(const Reading &reading)
{
    QStringList result;
    for (const Block &block : reading.body) {
        for (const StyleRange &style : block.styles) {
            if (style.style == StyleRange::Emphasis)
                result.append(block.text.mid(style.start, style.end - style.start));
        }
    }
    return result;
}

/*!
 * Paragraphs that look broken mid-sentence: one that starts with a lower-case letter (the rest
 * of a sentence), or one that ends without closing punctuation and is followed by a paragraph
 * that starts in lower case.
 */
QStringList brokenParagraphs(const Reading &reading)
{
    QStringList broken;
    for (const Block &block : reading.body) {
        if (block.kind != Block::Paragraph || block.text.isEmpty())
            continue;
        if (block.text.at(0).isLower())
            broken.append(block.text.left(80));
    }
    return broken;
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gutenbergManifesto_metadataAndHeadings();
    void gutenbergManifesto_paragraphsAndItalics();
    void gutenbergGoldman_headerLicenceAndDoubledLines();
    void gutenbergGoldman_footnotes();
    void gutenbergGoldman_quotes();

    void headings_ordinaryLinesAreNotHeadings_data();
    void headings_ordinaryLinesAreNotHeadings();
    void headings_recognised_data();
    void headings_recognised();
    void notes_referenceWithoutDefinitionStaysText();
    void notes_restartNumberingPerChapter();
    void italics();
    void hardWrappedLinesJoin();
    void doubledLinesUndone();
    void gutenbergFrameWithoutTextIsAnError();
    void windows1252Fallback();
    void sniff_looksLikeGutenberg();

    void bad_refusedWithAClearError_data();
    void bad_refusedWithAClearError();
    void bad_hugeSingleLineRefusedQuickly();
    void bad_longSingleLineBelowTheCapIsLinear();
    void bad_manyParagraphs();
    void bad_manyReferences();
    void bad_invalidUtf8();
};

void TestPlainText::gutenbergManifesto_metadataAndHeadings()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(GutenbergManifesto);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.imported.readings.size(), 1);
    const Reading &r = read.reading();
    // No Gutenberg header (the repository stripped it): the first line and the "by" line.
    QCOMPARE(r.title, QStringLiteral("The Communist Manifesto"));
    QCOMPARE(r.author, QStringLiteral("Karl Marx and Friedrich Engels"));
    QCOMPARE(r.year, 0); // the file gives no year of the work (1888 is the edition's)
    QCOMPARE(r.id, makeReadingId(r.author, r.title));
    // The four sections, "1\." escapes undone, the lettered italics one level down.
    const QStringList expected = {
        QStringLiteral("2 I. BOURGEOIS AND PROLETARIANS"),
        QStringLiteral("2 II. PROLETARIANS AND COMMUNISTS"),
        QStringLiteral("2 III. SOCIALIST AND COMMUNIST LITERATURE"),
        QStringLiteral("3 1. REACTIONARY SOCIALISM"),
        QStringLiteral("4 A. Feudal Socialism"),
        QStringLiteral("4 B. Petty-Bourgeois Socialism"),
        QStringLiteral("4 C. German, or \u201CTrue,\u201D Socialism"),
        QStringLiteral("3 2. CONSERVATIVE, OR BOURGEOIS, SOCIALISM"),
        QStringLiteral("3 3. CRITICAL-UTOPIAN SOCIALISM AND COMMUNISM"),
        QStringLiteral("2 IV. POSITION OF THE COMMUNISTS IN RELATION TO THE VARIOUS EXISTING OPPOSITION PARTIES"),
    };
    QCOMPARE(headings(r), expected);
    // The contents list went with its heading; the headings carry it.
    const QString text = plainText(r.body);
    QVERIFY(!text.contains(QStringLiteral("Contents")));
    QCOMPARE(text.count(QStringLiteral("BOURGEOIS AND PROLETARIANS")), 1);
    // No notes in the source: `grep -c '\[[0-9]\+\]'` on the file gives 0.
    QCOMPARE(r.footnotes.size(), 0);
    // The closing "\*\*\*" is not a trailing rule, and the last words are the last block.
    QCOMPARE(r.body.last().text, QStringLiteral("WORKING MEN OF ALL COUNTRIES, UNITE!"));
    QCOMPARE(r.body.last().kind, Block::Paragraph);
}

void TestPlainText::gutenbergManifesto_paragraphsAndItalics()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(GutenbergManifesto);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QVERIFY(r.body.size() > 150);
    // Hard-wrapped lines are one paragraph.
    bool found = false;
    for (const Block &block : r.body) {
        if (block.text.startsWith(QStringLiteral("A spectre is haunting Europe"))) {
            QCOMPARE(block.text, QStringLiteral("A spectre is haunting Europe\u2014the spectre of Communism. All the Powers "
                                                "of old Europe have entered into a holy alliance to exorcise this "
                                                "spectre: Pope and Czar, Metternich and Guizot, French Radicals and "
                                                "German police-spies."));
            QCOMPARE(block.sourceLine, 14);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(brokenParagraphs(r), QStringList());
    // `grep -o '_[^_]*_' | wc -l` on the file gives 21 italic spans: the 3 lettered headings and
    // 18 in paragraphs, `_i.e_.` 6 times (`grep -o '_i\.e_' | wc -l`), `_status_`, `_the_` …
    const QStringList italics = emphasised(r);
    QCOMPARE(italics.size(), 18);
    QCOMPARE(italics.count(QStringLiteral("i.e")), 6);
    QVERIFY(italics.contains(QStringLiteral("status")));
    QVERIFY(italics.contains(QStringLiteral("Philosophie de la Mis\u00E8re")));
    QVERIFY(!plainText(r.body).contains(QStringLiteral("_i.e_")));
}

void TestPlainText::gutenbergGoldman_headerLicenceAndDoubledLines()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(GutenbergGoldman);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QCOMPARE(r.title, QStringLiteral("Anarchism and Other Essays"));
    QCOMPARE(r.author, QStringLiteral("Emma Goldman"));
    QCOMPARE(read.imported.declaredLanguage, QStringLiteral("en")); // "Language: English"
    QCOMPARE(r.year, 0); // the header has release dates only
    // Every line of this file is followed by a blank line: detected and said.
    QVERIFY(read.imported.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("blank line")));
    QVERIFY(read.imported.dropped.join(QLatin1Char('\n')).contains(QStringLiteral("licence")));

    const QString text = allText(r);
    for (const QString &boilerplate : {QStringLiteral("Gutenberg"), QStringLiteral("LICENSE"), QStringLiteral("License"),
                                       QStringLiteral("Produced by"), QStringLiteral("eBook"), QStringLiteral("EBook"),
                                       QStringLiteral("CONTENTS"), QStringLiteral("***")}) {
        QVERIFY2(!text.contains(boilerplate), qPrintable(boilerplate));
    }
    // The preface and the twelve essays, and the biographic sketch headed by her name.
    const QStringList expected = {
        QStringLiteral("2 EMMA GOLDMAN"),
        QStringLiteral("2 PREFACE"),
        QStringLiteral("2 ANARCHISM: WHAT IT REALLY STANDS FOR"),
        QStringLiteral("2 MINORITIES VERSUS MAJORITIES"),
        QStringLiteral("2 THE PSYCHOLOGY OF POLITICAL VIOLENCE"),
        QStringLiteral("2 PRISONS: A SOCIAL CRIME AND FAILURE"),
        QStringLiteral("2 PATRIOTISM: A MENACE TO LIBERTY"),
        QStringLiteral("2 FRANCISCO FERRER AND THE MODERN SCHOOL"),
        QStringLiteral("2 THE HYPOCRISY OF PURITANISM"),
        QStringLiteral("2 THE TRAFFIC IN WOMEN"),
        QStringLiteral("2 WOMAN SUFFRAGE"),
        QStringLiteral("2 THE TRAGEDY OF WOMAN'S EMANCIPATION"),
        QStringLiteral("2 MARRIAGE AND LOVE"),
        QStringLiteral("2 THE MODERN DRAMA: A POWERFUL DISSEMINATOR OF RADICAL THOUGHT"),
    };
    QCOMPARE(headings(r), expected);
    // Paragraphs are whole: the doubled line breaks inside them are gone.
    QCOMPARE(brokenParagraphs(r), QStringList());
    bool found = false;
    for (const Block &block : r.body) {
        if (block.text.startsWith(QStringLiteral("Among the men and women prominent"))) {
            QVERIFY(block.text.contains(QStringLiteral("mentioned as often as that of Emma Goldman.  Yet the real Emma "
                                                       "Goldman is almost quite unknown.")));
            QVERIFY(block.text.endsWith(QLatin1Char('.')));
            found = true;
        }
    }
    QVERIFY(found);
    // About 70,000 words in the source by wc -w, licence included; the text alone is well above 60,000.
    QVERIFY(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size() > 60000);
}

void TestPlainText::gutenbergGoldman_footnotes()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(GutenbergGoldman);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    // Counted in the source, up to "*** END": `grep -c '^\[[0-9]\+\] '` gives 34 definitions, and
    // `grep -o '\[[0-9]\+\]' | wc -l` gives 68 marks, so 34 references, one per note; the
    // numbering restarts in every essay.
    QCOMPARE(r.footnotes.size(), 34);
    int references = 0;
    QVector<int> seen(r.footnotes.size(), 0);
    for (const Block &block : r.body) {
        for (const Anchor &anchor : block.anchors) {
            QCOMPARE(anchor.kind, Anchor::FootnoteReference);
            QVERIFY(anchor.index >= 0 && anchor.index < r.footnotes.size());
            ++seen[anchor.index];
            ++references;
        }
    }
    QCOMPARE(references, 34);
    QVERIFY(!seen.contains(0));
    QCOMPARE(r.footnotes.first().label, QStringLiteral("1"));
    QCOMPARE(r.footnotes.first().blocks.first().text, QStringLiteral("The intellectuals."));
    QCOMPARE(r.footnotes.last().blocks.first().text, QStringLiteral("THE AWAKENING OF SPRING."));
    // The first reference sits after `hands"` and the mark is gone from the text.
    for (const Block &block : r.body) {
        if (!block.anchors.isEmpty()) {
            QVERIFY(block.text.left(block.anchors.first().start).endsWith(QStringLiteral("hands\"")));
            QCOMPARE(block.anchors.first().index, 0);
            break;
        }
    }
    const QString body = plainText(r.body);
    QVERIFY(!QRegularExpression(QStringLiteral("\\[[0-9]+\\]")).match(body).hasMatch());
    QVERIFY(!body.contains(QStringLiteral("The intellectuals.")));
}

void TestPlainText::gutenbergGoldman_quotes()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(GutenbergGoldman);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    // The motto of the biographic sketch is indented five spaces; its attribution far right.
    int motto = -1;
    for (int i = 0; i < r.body.size(); ++i) {
        if (r.body.at(i).text.startsWith(QStringLiteral("Propagandism is not"))) {
            motto = i;
            break;
        }
    }
    QVERIFY(motto > 0);
    QCOMPARE(r.body.at(motto).quoteDepth, 1);
    QVERIFY(r.body.at(motto).text.endsWith(QStringLiteral("stronger than interest.")));
    QCOMPARE(r.body.at(motto + 1).text, QStringLiteral("GEORGE JACOB HOLYOAKE."));
    QCOMPARE(r.body.at(motto + 1).quoteDepth, 1);
    QCOMPARE(r.body.at(motto + 2).quoteDepth, 0);
    int quotes = 0;
    for (const Block &block : r.body)
        quotes += block.quoteDepth > 0 ? 1 : 0;
    QVERIFY(quotes >= 10);
}

void TestPlainText::headings_ordinaryLinesAreNotHeadings_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("roman numeral starting a sentence") << QStringLiteral("I. Communism is already acknowledged.");
    QTest::newRow("capitals ending a sentence") << QStringLiteral("WORKING MEN OF ALL COUNTRIES, UNITE!");
    QTest::newRow("signature") << QStringLiteral("HIPPOLYTE HAVEL.");
    QTest::newRow("short sentence") << QStringLiteral("Two things result from this fact.");
    QTest::newRow("short line in lower case") << QStringLiteral("Let us now take wage-labour");
    QTest::newRow("note definition") << QStringLiteral("[2] PARIS AND THE SOCIAL REVOLUTION");
    QTest::newRow("too long")
        << QStringLiteral("A LINE IN CAPITALS THAT GOES ON AND ON WELL PAST WHAT ANY HEADING WOULD EVER NEED TO SAY "
                          "ABOUT ITS CHAPTER");
    QTest::newRow("indented capitals") << QStringLiteral("     ANARCHY");
    QTest::newRow("two letters") << QStringLiteral("OK");
    QTest::newRow("chapter in a sentence") << QStringLiteral("Chapter and verse were quoted at him, and he wept.");
}

void TestPlainText::headings_ordinaryLinesAreNotHeadings()
{
    QFETCH(QString, line);
    const QByteArray text = "Some text before it, a sentence.\n\n" + line.toUtf8()
        + "\n\nAnd a paragraph after it, also a sentence.\n";
    const Read read = readBytes(text);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(headings(read.reading()), QStringList());
}

void TestPlainText::headings_recognised_data()
{
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QString>("heading");
    QTest::newRow("CHAPTER I") << QStringLiteral("CHAPTER I") << QStringLiteral("2 CHAPTER I");
    QTest::newRow("Chapter 12 with a title") << QStringLiteral("Chapter 12: The State")
                                             << QStringLiteral("2 Chapter 12: The State");
    QTest::newRow("roman numeral, then title") << QStringLiteral("II.\nPROLETARIANS AND COMMUNISTS")
                                               << QStringLiteral("2 II. PROLETARIANS AND COMMUNISTS");
    QTest::newRow("roman numeral alone, title after a blank line")
        << QStringLiteral("XIV\n\nThe Commune") << QStringLiteral("2 XIV The Commune");
    QTest::newRow("capitals") << QStringLiteral("PREFACE") << QStringLiteral("2 PREFACE");
    QTest::newRow("numbered capitals") << QStringLiteral("2. CONSERVATIVE, OR BOURGEOIS, SOCIALISM")
                                       << QStringLiteral("3 2. CONSERVATIVE, OR BOURGEOIS, SOCIALISM");
    QTest::newRow("italic lettered") << QStringLiteral("_A. Feudal Socialism_") << QStringLiteral("4 A. Feudal Socialism");
}

void TestPlainText::headings_recognised()
{
    QFETCH(QString, lines);
    QFETCH(QString, heading);
    const QByteArray text = "A first paragraph, which is the title.\n\nA sentence before it.\n\n" + lines.toUtf8()
        + "\n\nAnd a paragraph after it, a sentence.\n";
    const Read read = readBytes(text);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(headings(read.reading()), QStringList{heading});
}

void TestPlainText::notes_referenceWithoutDefinitionStaysText()
{
    const Read read = readBytes("Title\n\nA claim,[1] and _another_[3] claim.[2]\n\n[1] The source.\n\n[7] A note nobody cites.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QCOMPARE(r.footnotes.size(), 1);
    QCOMPARE(r.body.size(), 2);
    const Block &block = r.body.first();
    QCOMPARE(block.text, QStringLiteral("A claim, and another[3] claim.[2]"));
    QCOMPARE(block.anchors.size(), 1);
    QCOMPARE(block.anchors.first().start, 8);
    QCOMPARE(block.styles.size(), 1);
    QCOMPARE(block.text.mid(block.styles.first().start, block.styles.first().end - block.styles.first().start),
             QStringLiteral("another"));
    // A definition nobody refers to is kept as text rather than lost.
    QCOMPARE(r.body.at(1).text, QStringLiteral("[7] A note nobody cites."));
}

void TestPlainText::notes_restartNumberingPerChapter()
{
    const Read read = readBytes("Title\n\nCHAPTER I\n\nFirst.[1] Second.[2]\n\n[1] One a.\n\n[2] Two a.\n\n"
                                "CHAPTER II\n\nThird.[1]\n\n[1] One b.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QCOMPARE(r.footnotes.size(), 3);
    QCOMPARE(r.footnotes.at(0).blocks.first().text, QStringLiteral("One a."));
    QCOMPARE(r.footnotes.at(1).blocks.first().text, QStringLiteral("Two a."));
    QCOMPARE(r.footnotes.at(2).blocks.first().text, QStringLiteral("One b."));
    QCOMPARE(r.body.at(3).anchors.first().index, 2);
}

void TestPlainText::italics()
{
    const Read read = readBytes("Title\n\nThe _bourgeois_ mode, _i.e_., the snake_case_name and _a longer\nphrase_ end _open.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Block &block = read.reading().body.first();
    QCOMPARE(block.text, QStringLiteral("The bourgeois mode, i.e., the snake_case_name and a longer phrase end _open."));
    QCOMPARE(emphasised(read.reading()),
             (QStringList{QStringLiteral("bourgeois"), QStringLiteral("i.e"), QStringLiteral("a longer phrase")}));
}

void TestPlainText::hardWrappedLinesJoin()
{
    const Read read = readBytes("Title\n\nThe guild-\nmasters and the Imperialism--\nthe era of the\n   indented line.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().body.first().text,
             QStringLiteral("The guild-masters and the Imperialism--the era of the indented line."));
}

void TestPlainText::doubledLinesUndone()
{
    QByteArray text = "Title\n\n\n\n";
    for (int p = 0; p < 10; ++p) {
        text += "A first line of paragraph " + QByteArray::number(p) + "\n\nand its second line,\n\nand its third.\n\n\n\n";
    }
    const Read read = readBytes(text);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &r = read.reading();
    QCOMPARE(r.title, QStringLiteral("Title"));
    QCOMPARE(r.body.size(), 10);
    QCOMPARE(r.body.at(3).text, QStringLiteral("A first line of paragraph 3 and its second line, and its third."));
    QCOMPARE(read.imported.warnings.size(), 1);

    // An ordinary text with a few one-line paragraphs is left alone.
    const Read ordinary = readBytes("Title\n\nOne line.\n\nAnother line.\n\nA third\nwith two lines.\n");
    QCOMPARE(ordinary.reading().body.size(), 3);
    QVERIFY(ordinary.imported.warnings.isEmpty());
}

void TestPlainText::gutenbergFrameWithoutTextIsAnError()
{
    const QByteArray frameOnly = "The Project Gutenberg EBook of Nothing, by Nobody\n\nTitle: Nothing\n\n"
                                 "*** START OF THIS PROJECT GUTENBERG EBOOK NOTHING ***\n\n"
                                 "*** END OF THIS PROJECT GUTENBERG EBOOK NOTHING ***\n\nThe licence text.\n";
    const Read read = readBytes(frameOnly, QStringLiteral("nothing.txt"));
    QVERIFY(!read.ok);
    QCOMPARE(read.error.toString(), QStringLiteral("nothing.txt: no text: only the Project Gutenberg header and licence"));

    const QByteArray framed = "The Project Gutenberg EBook of Something, by Someone\n\nTitle: Something\n"
                              "     Else\n\nAuthor: Someone\n\nLanguage: German\n\n"
                              "*** START OF THE PROJECT GUTENBERG EBOOK SOMETHING ***\n\nProduced by a volunteer.\n\n"
                              "SOMETHING ELSE\n\nThe text.\n\nEnd of the Project Gutenberg EBook of Something\n\n"
                              "*** END OF THE PROJECT GUTENBERG EBOOK SOMETHING ***\n\nLicence.\n";
    const Read good = readBytes(framed);
    QVERIFY2(good.ok, qPrintable(good.error.toString()));
    QCOMPARE(good.reading().title, QStringLiteral("Something Else"));
    QCOMPARE(good.reading().author, QStringLiteral("Someone"));
    QCOMPARE(good.reading().language, QStringLiteral("de"));
    QCOMPARE(good.reading().body.size(), 1);
    QCOMPARE(good.reading().body.first().text, QStringLiteral("The text."));
}

void TestPlainText::windows1252Fallback()
{
    const Read read = readBytes("Caf\xE9\n\nThe \x93quoted\x94 na\xEFve text \x96 fin.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().title, QStringLiteral("Caf\u00E9"));
    QCOMPARE(read.reading().body.first().text, QStringLiteral("The \u201Cquoted\u201D na\u00EFve text \u2013 fin."));
    QCOMPARE(read.imported.warnings,
             QStringList{QStringLiteral("not UTF-8 (byte 0xE9 at line 1, column 4): read as windows-1252")});
}

void TestPlainText::sniff_looksLikeGutenberg()
{
    REDLETTER_REQUIRE_CORPUS();
    QVERIFY(looksLikeGutenberg(test::readFile(test::corpusFile(QString::fromLatin1(GutenbergGoldman)))));
    // Its header was stripped by the repository it comes from: plain text, not Gutenberg.
    QVERIFY(!looksLikeGutenberg(test::readFile(test::corpusFile(QString::fromLatin1(GutenbergManifesto)))));
    QVERIFY(!looksLikeGutenberg(test::readFile(test::corpusFile(QStringLiteral("markdown/comtext_marx-engels_manifesto_en.md")))));
    QVERIFY(!looksLikeGutenberg(QByteArray()));
}

void TestPlainText::bad_refusedWithAClearError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("bad.txt:1:1: empty file: there is no text to import");
    QTest::newRow("white space") << QByteArray(" \n\t\r\n") << QStringLiteral("bad.txt:1:1: empty file: there is no text to import");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF\n") << QStringLiteral("bad.txt:1:1: empty file: there is no text to import");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\nab\0cd", 10)
                            << QStringLiteral("bad.txt:2:3: binary data (NUL byte), not a text file");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEH\0i\0", 6) << QStringLiteral("bad.txt:1:1: UTF-16 text; save the file as UTF-8");
}

void TestPlainText::bad_refusedWithAClearError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Read read = readBytes(bytes, QStringLiteral("bad.txt"));
    QVERIFY(!read.ok);
    QCOMPARE(read.error.toString(), expected);
}

void TestPlainText::bad_hugeSingleLineRefusedQuickly()
{
    const QByteArray line(40 * 1024 * 1024, 'a');
    QElapsedTimer timer;
    timer.start();
    const Read read = readBytes(line, QStringLiteral("huge.txt"));
    QVERIFY(!read.ok);
    QCOMPARE(read.error.toString(), QStringLiteral("huge.txt: too large for a text (40.0 MB; the limit is 16 MB)"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestPlainText::bad_longSingleLineBelowTheCapIsLinear()
{
    // 12 MB of words on one line, with underscores and brackets that never close.
    QByteArray line;
    line.reserve(12 * 1024 * 1024);
    while (line.size() < 12 * 1024 * 1024)
        line += "word _open [x and more words ";
    QElapsedTimer timer;
    timer.start();
    const Read read = readBytes("Title\n\n" + line, QStringLiteral("long.txt"));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().body.size(), 1);
    qInfo("12 MB single line: %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestPlainText::bad_manyParagraphs()
{
    QByteArray text = "Title\n\n";
    for (int i = 0; i < 100000; ++i)
        text += "Paragraph " + QByteArray::number(i) + " is a sentence.\n\n";
    QElapsedTimer timer;
    timer.start();
    const Read read = readBytes(text);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().body.size(), 100000);
    QCOMPARE(read.reading().body.last().text, QStringLiteral("Paragraph 99999 is a sentence."));
    qInfo("100,000 paragraphs: %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestPlainText::bad_manyReferences()
{
    QByteArray references;
    for (int i = 0; i < 200000; ++i)
        references += "x[1] ";
    QElapsedTimer timer;
    timer.start();
    const Read defined = readBytes("Title\n\n" + references + "\n\n[1] The note.\n");
    QVERIFY2(defined.ok, qPrintable(defined.error.toString()));
    QCOMPARE(defined.reading().footnotes.size(), 1);
    QCOMPARE(defined.reading().body.first().anchors.size(), 200000);
    // Without the definition every mark stays in the text.
    const Read undefined = readBytes("Title\n\n" + references);
    QVERIFY2(undefined.ok, qPrintable(undefined.error.toString()));
    QCOMPARE(undefined.reading().footnotes.size(), 0);
    QCOMPARE(undefined.reading().body.first().text.count(QStringLiteral("[1]")), 200000);
    qInfo("2 x 200,000 references: %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestPlainText::bad_invalidUtf8()
{
    // Truncated sequences, overlongs and surrogates are not UTF-8: read as windows-1252, said so.
    const Read read = readBytes("Title\n\nBroken \xC3 and \xED\xA0\x80 and \xC0\xAF end.\n");
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.imported.warnings.size(), 1);
    QVERIFY(read.imported.warnings.first().startsWith(QStringLiteral("not UTF-8 (byte 0xC3 at line 3, column 8)")));
    QVERIFY(read.reading().body.first().text.startsWith(QStringLiteral("Broken \u00C3 and")));
}

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
