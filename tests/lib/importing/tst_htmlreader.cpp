// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/formats/html.h"
#include "importing/formats/htmlmapping.h"

#include "estimating/readingtime.h"
#include "reading/readingwriter.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace redletter;

namespace {

constexpr QChar LineSeparator(0x2028);

const char ManifestoSite[] = "mia/sites/marx-engels-communist-manifesto/";

using Read = test::FormatRead;

Read readBytes(const QByteArray &bytes, const QString &name = QStringLiteral("test.htm"), const QUrl &url = QUrl(),
               const QByteArray &httpCharset = QByteArray())
{
    FormatInput input;
    input.bytes = bytes;
    input.sourceName = name;
    input.sourceUrl = url;
    input.httpCharset = httpCharset;
    return test::readWith(readHtml, input);
}

Read readCorpus(const QString &relativePath)
{
    const QString path = test::corpusFile(relativePath);
    return readBytes(test::readFile(path), relativePath, QUrl::fromLocalFile(path));
}

QString bodyText(const Reading &reading)
{
    return plainText(reading.body);
}

QString notesText(const Reading &reading)
{
    QString text;
    for (const Footnote &note : reading.footnotes)
        text += plainText(note.blocks) + QLatin1Char('\n');
    for (const RichText &note : reading.editorialNotes)
        text += note.text + QLatin1Char('\n');
    return text;
}

int quoteBlocks(const Reading &reading)
{
    int count = 0;
    for (const Block &block : reading.body)
        count += block.quoteDepth > 0 ? 1 : 0;
    return count;
}

QVector<Anchor> anchorsOf(const Reading &reading, Anchor::Kind kind)
{
    QVector<Anchor> anchors;
    for (const Block &block : reading.body) {
        for (const Anchor &anchor : block.anchors) {
            if (anchor.kind == kind)
                anchors.append(anchor);
        }
    }
    return anchors;
}

//! Every range inside its block's text, every anchor pointing at a note that exists.
bool rangesValid(const Reading &reading, QString *problem)
{
    auto check = [&](const QVector<Block> &blocks) {
        for (const Block &block : blocks) {
            const int size = static_cast<int>(block.text.size());
            for (const StyleRange &style : block.styles) {
                if (style.start < 0 || style.start >= style.end || style.end > size) {
                    *problem = QStringLiteral("style %1–%2 in \"%3\"").arg(style.start).arg(style.end).arg(block.text.left(40));
                    return false;
                }
            }
            for (const Anchor &anchor : block.anchors) {
                const int notes = static_cast<int>(anchor.kind == Anchor::FootnoteReference ? reading.footnotes.size()
                                                                                             : reading.editorialNotes.size());
                if (anchor.start < 0 || anchor.end < anchor.start || anchor.end > size || anchor.index < 0
                    || anchor.index >= notes) {
                    *problem = QStringLiteral("anchor %1 at %2 in \"%3\"").arg(anchor.index).arg(anchor.start).arg(block.text.left(40));
                    return false;
                }
            }
            if (block.text.startsWith(QLatin1Char(' ')) || block.text.endsWith(QLatin1Char(' '))) {
                *problem = QStringLiteral("untrimmed \"%1\"").arg(block.text.left(40));
                return false;
            }
        }
        return true;
    };
    if (!check(reading.body))
        return false;
    for (const Footnote &note : reading.footnotes) {
        if (!check(note.blocks))
            return false;
    }
    for (const RichText &note : reading.editorialNotes) {
        for (const StyleRange &style : note.styles) {
            if (style.start < 0 || style.start >= style.end || style.end > note.text.size()) {
                *problem = QStringLiteral("editorial note style in \"%1\"").arg(note.text.left(40));
                return false;
            }
        }
    }
    return true;
}

//! The reading written in the reading format and parsed back is the same (source lines aside).
bool roundTrips(const Reading &reading)
{
    Reading parsed;
    SourceError error;
    if (!parseReading(writeReading(reading), QStringLiteral("written.md"), &parsed, &error))
        return false;
    auto withoutLines = [](QVector<Block> blocks) {
        for (Block &block : blocks)
            block.sourceLine = 0;
        return blocks;
    };
    bool same = withoutLines(parsed.body) == withoutLines(reading.body)
        && parsed.editorialNotes == reading.editorialNotes && parsed.footnotes.size() == reading.footnotes.size();
    for (int i = 0; same && i < reading.footnotes.size(); ++i) {
        same = parsed.footnotes.at(i).label == reading.footnotes.at(i).label
            && withoutLines(parsed.footnotes.at(i).blocks) == withoutLines(reading.footnotes.at(i).blocks);
    }
    return same;
}

int emphasisRanges(const Reading &reading)
{
    int count = 0;
    for (const Block &block : reading.body) {
        for (const StyleRange &style : block.styles)
            count += style.style == StyleRange::Emphasis ? 1 : 0;
    }
    return count;
}

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void miaPage_data();
    void miaPage();
    void miaPage_survivesTheReadingFormat_data() { miaPage_data(); }
    void miaPage_survivesTheReadingFormat();
    void manifestoChapter1_agreesWithGutenberg();
    void programme_linesKeptAsLineBreaks();
    void civilWar_latin1BytesDecoded();
    void contentsPage_listsPrefaceAndFourChapters();
    void contentsPage_overHttp();
    void contentsPage_chapterPageIsNone();
    void epub3Notes_becomeFootnotes();
    void notes_asideBeforeReferenceAndEndnoteList();
    void notes_archiveNotesAreEditorial();
    void epubChapterConventions();
    void listsAndStyles();
    void charset_declaredLatin1ButUtf8();
    void charset_declaredUtf8ButLatin1();
    void charset_httpHeaderWins();
    void source_onlyForLinks();
    void deepNesting_refusedWithPosition();
    void badInput_refused_data();
    void badInput_refused();
    void noBody_refused();
    void damagedPages_neverCrash();
    void largePage_linearTime();
    void looksLikeHtml_data();
    void looksLikeHtml();
};

void TestHtmlReader::miaPage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("work");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("footnotes");
    QTest::addColumn<int>("editorialNotes");
    QTest::addColumn<int>("quotes");
    QTest::addColumn<int>("emphasis");

    const QString manifesto = QStringLiteral("Manifesto of the Communist Party");
    const QString marxEngels = QStringLiteral("Karl Marx and Frederick Engels");
    // Notes counted by hand in the source: every <sup class="enote|anote|ednote"> or <span
    // class="note"> reference with its <p class="information"> definition, a definition referred
    // to twice counted once. Quotes: the p.quote/p.quoteb/p.indentb paragraphs outside the notes.
    // Emphasis: the <em>/<i> elements in the text outside the notes.

    // ch01: refs (1)-(4) → a1-a4, all Engels' (enote, numbered, "[Engels, 1888 …]"); two
    // p.indentb ("I. Communism is …", "II. It is high time …"); two <em>, one of them in note 2.
    QTest::newRow("manifesto ch01") << QStringLiteral("mia/mia_marx-engels_communist-manifesto_ch01.htm")
                                    << QStringLiteral("Chapter I. Bourgeois and Proletarians") << marxEngels
                                    << manifesto << 1848 << 4 << 0 << 2 << 1;
    // ch02: no notes; the ten-point programme is one p.indentb; nine <em>.
    QTest::newRow("manifesto ch02") << QStringLiteral("mia/mia_marx-engels_communist-manifesto_ch02.htm")
                                    << QStringLiteral("Chapter II. Proletarians and Communists") << marxEngels
                                    << manifesto << 1848 << 0 << 0 << 1 << 9;
    // ch04: one anote (1) → a1; after "* * *" two p.information paragraphs nothing refers to,
    // the archive's remark on the translation of the last line: one editorial note.
    QTest::newRow("manifesto ch04")
        << QStringLiteral("mia/mia_marx-engels_communist-manifesto_ch04.htm")
        << QStringLiteral("Chapter IV. Position of the Communists in Relation to the Various Existing Opposition Parties")
        << marxEngels << manifesto << 1848 << 1 << 1 << 0 << 0;
    // Prefaces: anote (1), (2) are Engels'; enote [A] (referred to twice), [B] and ednote [C]
    // are lettered, after hr.section, written by the archive's editors: editorial. Three p.quote.
    QTest::newRow("manifesto prefaces") << QStringLiteral("mia/mia_marx-engels_communist-manifesto_prefaces.htm")
                                        << QStringLiteral("Preface") << marxEngels << manifesto << 1848 << 2 << 3
                                        << 3 << -1;
    // The Civil War in France: anote (1), (2) under "Authors Notes"; ednote [A]–[O] under
    // "Editorial Notes" (15). Three p.quoteb. The year from the heading "The Third Address / May, 1871".
    QTest::newRow("civil war ch05") << QStringLiteral("mia/mia_marx_civil-war-in-france_ch05.htm")
                                    << QStringLiteral("The Paris Commune") << QStringLiteral("Karl Marx")
                                    << QStringLiteral("The Civil War in France") << 1871 << 2 << 15 << 3 << -1;
    // Socialism: Utopian and Scientific: span.note [1], sup.enote [2], [3] → "Notes" 1–3; note 1
    // runs on over a p.quoteb, a p.inline and a p.information. Body: p.indentb + two p.quoteb.
    // The page states no year anywhere (no p.information, no dated heading, no year breadcrumb).
    QTest::newRow("socialism utopian ch01") << QStringLiteral("mia/mia_engels_socialism-utopian-scientific_ch01.htm")
                                            << QStringLiteral("I. The Development of Utopian Socialism")
                                            << QStringLiteral("Frederick Engels")
                                            << QStringLiteral("Socialism: Utopian and Scientific") << 0 << 3 << 0
                                            << 3 << -1;
    // The site's own copies (ch01, ch02, ch04 are byte-identical to the pages above).
    const QString site = QString::fromLatin1(ManifestoSite);
    QTest::newRow("site preface") << site + QStringLiteral("preface.htm") << QStringLiteral("Preface") << marxEngels
                                  << manifesto << 1848 << 2 << 3 << 3 << -1;
    QTest::newRow("site ch01") << site + QStringLiteral("ch01.htm") << QStringLiteral("Chapter I. Bourgeois and Proletarians")
                               << marxEngels << manifesto << 1848 << 4 << 0 << 2 << 1;
    QTest::newRow("site ch02") << site + QStringLiteral("ch02.htm") << QStringLiteral("Chapter II. Proletarians and Communists")
                               << marxEngels << manifesto << 1848 << 0 << 0 << 1 << 9;
    // ch03: enote (1)–(4) → a1–a4 (Engels' notes, "[Note by Engels …]"); enote [A] → e1, after an
    // <hr>, lettered beside numbered notes: the archive's. No quote paragraphs.
    QTest::newRow("site ch03") << site + QStringLiteral("ch03.htm")
                               << QStringLiteral("Chapter III. Socialist and Communist Literature") << marxEngels
                               << manifesto << 1848 << 4 << 1 << 0 << -1;
    QTest::newRow("site ch04") << site + QStringLiteral("ch04.htm")
                               << QStringLiteral("Chapter IV. Position of the Communists in Relation to the Various Existing Opposition Parties")
                               << marxEngels << manifesto << 1848 << 1 << 1 << 0 << 0;
    // The contents page: its h1 is the work; "First Published: February 1848"; the two
    // p.indentb contents lines are indented like quotes on the page.
    QTest::newRow("site index") << site + QStringLiteral("index.htm") << manifesto << marxEngels << QString() << 1848
                                << 0 << 0 << 2 << 0;
}

void TestHtmlReader::miaPage()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, path);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QString, work);
    QFETCH(int, year);
    QFETCH(int, footnotes);
    QFETCH(int, editorialNotes);
    QFETCH(int, quotes);
    QFETCH(int, emphasis);

    const Read read = readCorpus(path);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.imported.readings.size(), 1);
    const Reading &reading = read.reading();
    QCOMPARE(reading.title, title);
    QCOMPARE(reading.author, author);
    QCOMPARE(reading.work, work);
    QCOMPARE(reading.year, year);
    QCOMPARE(reading.language, QStringLiteral("en"));
    // The HTML 4 pages have no <html lang>; the XHTML ones say xml:lang="en".
    const bool html4 = path.contains(QLatin1String("civil-war")) || path.contains(QLatin1String("socialism"));
    QCOMPARE(read.imported.declaredLanguage, html4 ? QString() : QStringLiteral("en"));
    QVERIFY(reading.source.isEmpty()); // a file, not a link
    QCOMPARE(reading.footnotes.size(), footnotes);
    QCOMPARE(reading.editorialNotes.size(), editorialNotes);
    QCOMPARE(quoteBlocks(reading), quotes);
    if (emphasis >= 0)
        QCOMPARE(emphasisRanges(reading), emphasis);
    QVERIFY(read.imported.warnings.isEmpty());
    QString problem;
    QVERIFY2(rangesValid(reading, &problem), qPrintable(problem));

    // The MIA wrapper is no quote: nothing is nested in two, and plain paragraphs are in none.
    for (const Block &block : reading.body)
        QVERIFY2(block.quoteDepth <= 1, qPrintable(block.text.left(60)));
    QCOMPARE(reading.body.first().quoteDepth, 0);

    // Every note is referred to, in order of first reference, with unique labels.
    const QVector<Anchor> references = anchorsOf(reading, Anchor::FootnoteReference);
    QSet<int> referenced;
    int expectedNext = 0;
    for (const Anchor &anchor : references) {
        if (!referenced.contains(anchor.index)) {
            QCOMPARE(anchor.index, expectedNext);
            ++expectedNext;
        }
        referenced.insert(anchor.index);
    }
    QCOMPARE(referenced.size(), footnotes);
    QSet<QString> labels;
    for (const Footnote &note : reading.footnotes) {
        QVERIFY(!note.label.isEmpty());
        QVERIFY2(!labels.contains(note.label), qPrintable(note.label));
        labels.insert(note.label);
        QVERIFY(!plainText(note.blocks).trimmed().isEmpty());
    }
    QSet<int> editorialReferenced;
    for (const Anchor &anchor : anchorsOf(reading, Anchor::EditorialNote))
        editorialReferenced.insert(anchor.index);
    QCOMPARE(editorialReferenced.size(), editorialNotes);
    if (editorialNotes > 0)
        QCOMPARE(reading.editor, QStringLiteral("Marxists Internet Archive"));

    // No page furniture in the text; no note definition in it either.
    const QString body = bodyText(reading);
    for (const char *furniture :
         {"MIA: Marxists", "Marx & Engels: Library", "[German Original]", "Table of Contents:", "Marx-Engels Archive",
          "Marx/Engels Library", "Last updated", "Written:", "Transcription", "Copyleft", "Download:", "Next:",
          "Authors Notes", "Editorial Notes", "To volunteer for the MIA", "Study Guide", "Photograph of a page"}) {
        QVERIFY2(!body.contains(QLatin1String(furniture)), furniture);
    }
    QVERIFY(!body.contains(QLatin1String("\nNotes\n")));
    for (const Footnote &note : reading.footnotes)
        QVERIFY2(!body.contains(note.blocks.first().text.left(40)), qPrintable(note.blocks.first().text.left(40)));
    for (const RichText &note : reading.editorialNotes)
        QVERIFY2(!body.contains(note.text.left(40)), qPrintable(note.text.left(40)));
    QVERIFY(!read.imported.dropped.isEmpty());

    const ReadingTime time = ReadingTimeEstimator().estimate(reading);
    qInfo().noquote() << QStringLiteral("%1: \"%2\" %3, %4 — %5 body words, %6 with notes, %7 min; %8 footnotes, "
                                        "%9 editorial notes, %10 quote blocks; dropped: %11")
                             .arg(path, reading.title, reading.author)
                             .arg(reading.year)
                             .arg(ReadingTimeEstimator::countWords(reading.body))
                             .arg(time.totalWords())
                             .arg(time.minutes)
                             .arg(reading.footnotes.size())
                             .arg(reading.editorialNotes.size())
                             .arg(quoteBlocks(reading))
                             .arg(read.imported.dropped.join(QStringLiteral(", ")));
}

void TestHtmlReader::miaPage_survivesTheReadingFormat()
{
    // What the HTML reader makes must be something the reading format can carry: written out
    // (redletter --show) and parsed back, the reading is the same.
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, path);
    const Read read = readCorpus(path);
    QVERIFY(read.ok);
    Reading original = read.reading();
    const QByteArray written = writeReading(original);
    Reading parsed;
    SourceError error;
    QVERIFY2(parseReading(written, path, &parsed, &error), qPrintable(error.toString()));
    auto withoutLines = [](QVector<Block> blocks) {
        for (Block &block : blocks)
            block.sourceLine = 0;
        return blocks;
    };
    original.body = withoutLines(original.body);
    parsed.body = withoutLines(parsed.body);
    for (int i = 0; i < qMin(original.body.size(), parsed.body.size()); ++i) {
        const Block &a = parsed.body.at(i);
        const Block &b = original.body.at(i);
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.quoteDepth, b.quoteDepth);
        QCOMPARE(a.styles.size(), b.styles.size());
        QCOMPARE(a.anchors.size(), b.anchors.size());
        for (int j = 0; j < a.anchors.size(); ++j) {
            QCOMPARE(a.anchors.at(j).start, b.anchors.at(j).start);
            QCOMPARE(a.anchors.at(j).index, b.anchors.at(j).index);
        }
        QCOMPARE(a, b);
    }
    QCOMPARE(parsed.body.size(), original.body.size());
    QCOMPARE(parsed.footnotes.size(), original.footnotes.size());
    for (int i = 0; i < original.footnotes.size(); ++i) {
        QCOMPARE(parsed.footnotes.at(i).label, original.footnotes.at(i).label);
        QCOMPARE(withoutLines(parsed.footnotes.at(i).blocks), withoutLines(original.footnotes.at(i).blocks));
    }
    QCOMPARE(parsed.editorialNotes, original.editorialNotes);
    QCOMPARE(parsed.title, original.title);
    QCOMPARE(parsed.author, original.author);
    QCOMPARE(parsed.work, original.work);
    QCOMPARE(parsed.year, original.year);
    QCOMPARE(parsed.editor, original.editor);
    QCOMPARE(parsed.translator, original.translator);
    for (int i = 0; i < qMin(parsed.extraMetadata.size(), original.extraMetadata.size()); ++i) {
        QCOMPARE(parsed.extraMetadata.at(i).key, original.extraMetadata.at(i).key);
        QCOMPARE(parsed.extraMetadata.at(i).yaml, original.extraMetadata.at(i).yaml);
    }
    QCOMPARE(parsed.extraMetadata, original.extraMetadata);
}

void TestHtmlReader::manifestoChapter1_agreesWithGutenberg()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(QStringLiteral("mia/mia_marx-engels_communist-manifesto_ch01.htm"));
    QVERIFY(read.ok);
    const Reading &reading = read.reading();
    // The Gutenberg reader's chapter I ("I. BOURGEOIS AND PROLETARIANS" to "II. …", without the
    // preamble before it, which MIA puts on the same page) has 4418 words. Here: from the
    // "Chapter I." heading to the end of the text, the heading itself not counted.
    int chapterStart = -1;
    for (int i = 0; i < reading.body.size(); ++i) {
        if (reading.body.at(i).kind == Block::Heading && reading.body.at(i).text.startsWith(QLatin1String("Chapter I.")))
            chapterStart = i;
    }
    QVERIFY(chapterStart > 0);
    const int words = ReadingTimeEstimator::countWords(reading.body.mid(chapterStart + 1));
    const int preamble = ReadingTimeEstimator::countWords(reading.body.mid(0, chapterStart));
    qInfo("Manifesto chapter I from MIA: %d words (preamble %d more); Gutenberg: 4418 (%+.1f %%)", words, preamble,
          100.0 * (words - 4418) / 4418.0);
    QVERIFY2(qAbs(words - 4418) <= 4418 * 3 / 100, qPrintable(QString::number(words)));
}

void TestHtmlReader::programme_linesKeptAsLineBreaks()
{
    REDLETTER_REQUIRE_CORPUS();
    const Read read = readCorpus(QStringLiteral("mia/mia_marx-engels_communist-manifesto_ch02.htm"));
    QVERIFY(read.ok);
    const Reading &reading = read.reading();
    const Block *programme = nullptr;
    for (const Block &block : reading.body) {
        if (block.text.startsWith(QLatin1String("1. Abolition of property in land")))
            programme = &block;
    }
    QVERIFY(programme);
    QCOMPARE(programme->quoteDepth, 1);
    // Ten points, each after a <br /> but the first: nine line breaks, no space around them.
    const QStringList lines = programme->text.split(LineSeparator);
    QCOMPARE(lines.size(), 10);
    for (int i = 0; i < 10; ++i)
        QVERIFY2(lines.at(i).startsWith(QString::number(i + 1) + QLatin1String(". ")), qPrintable(lines.at(i)));
    QVERIFY(lines.last().endsWith(QLatin1String("&c, &c.")));
}

void TestHtmlReader::civilWar_latin1BytesDecoded()
{
    REDLETTER_REQUIRE_CORPUS();
    // The page declares iso-8859-1 and has real high bytes (0xF4 in "Hôtel de Ville").
    const Read read = readCorpus(QStringLiteral("mia/mia_marx_civil-war-in-france_ch05.htm"));
    QVERIFY(read.ok);
    QVERIFY(read.imported.warnings.isEmpty());
    QVERIFY(bodyText(read.reading()).contains(QStringLiteral("H\u00F4tel de Ville")));
    QVERIFY(notesText(read.reading()).contains(QStringLiteral("Wilhelmsh\u00F6he")));
    QVERIFY(!bodyText(read.reading()).contains(QChar(0xFFFD)));
}

void TestHtmlReader::contentsPage_listsPrefaceAndFourChapters()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString folder = test::corpusFile(QString::fromLatin1(ManifestoSite));
    FormatInput input;
    input.bytes = test::readFile(folder + QStringLiteral("index.htm"));
    input.sourceName = QStringLiteral("index.htm");
    input.sourceUrl = QUrl::fromLocalFile(folder + QStringLiteral("index.htm"));
    const QVector<QUrl> chapters = contentsPageChapters(input);
    QVector<QUrl> expected;
    for (const char *name : {"preface.htm", "ch01.htm", "ch02.htm", "ch03.htm", "ch04.htm"})
        expected.append(QUrl::fromLocalFile(folder + QLatin1String(name)));
    QCOMPARE(chapters, expected);
    for (const QUrl &url : chapters)
        QVERIFY(url.isLocalFile() && QFile::exists(url.toLocalFile()));
}

void TestHtmlReader::contentsPage_overHttp()
{
    REDLETTER_REQUIRE_CORPUS();
    FormatInput input;
    input.bytes = test::readFile(test::corpusFile(QString::fromLatin1(ManifestoSite) + QStringLiteral("index.htm")));
    input.sourceUrl = QUrl(QStringLiteral("https://www.marxists.org/archive/marx/works/1848/communist-manifesto/index.htm"));
    QVector<QUrl> expected;
    for (const char *name : {"preface.htm", "ch01.htm", "ch02.htm", "ch03.htm", "ch04.htm"})
        expected.append(QUrl(QStringLiteral("https://www.marxists.org/archive/marx/works/1848/communist-manifesto/")
                             + QLatin1String(name)));
    QCOMPARE(contentsPageChapters(input), expected);

    // Links to other folders, other hosts and non-pages never count.
    input.bytes = "<html><body><p><a href='../other/a.htm'>A</a><br><a href='https://evil.example/b.htm'>B</a><br>"
                  "<a href='c.pdf'>C</a><br><a href='sub/d.htm'>D</a><br><a href='e.html#x'>E</a><br>"
                  "<a href='e.html'>E again</a><br><a href='index.htm'>self</a></p></body></html>";
    const QString base = QStringLiteral("https://www.marxists.org/archive/x/");
    input.sourceUrl = QUrl(base + QStringLiteral("index.htm"));
    QCOMPARE(contentsPageChapters(input),
             (QVector<QUrl>{QUrl(base + QStringLiteral("sub/d.htm")), QUrl(base + QStringLiteral("e.html"))}));
    // The same page served for its folder's URL: its own index.htm is itself.
    input.sourceUrl = QUrl(base);
    QCOMPARE(contentsPageChapters(input),
             (QVector<QUrl>{QUrl(base + QStringLiteral("sub/d.htm")), QUrl(base + QStringLiteral("e.html"))}));
}

void TestHtmlReader::contentsPage_chapterPageIsNone()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString folder = test::corpusFile(QString::fromLatin1(ManifestoSite));
    for (const char *name : {"ch01.htm", "ch02.htm", "ch03.htm", "ch04.htm", "preface.htm"}) {
        FormatInput input;
        input.bytes = test::readFile(folder + QLatin1String(name));
        input.sourceUrl = QUrl::fromLocalFile(folder + QLatin1String(name));
        QVERIFY2(contentsPageChapters(input).isEmpty(), name);
    }
    // Without a URL there is nothing to resolve against.
    FormatInput input;
    input.bytes = test::readFile(folder + QStringLiteral("index.htm"));
    QVERIFY(contentsPageChapters(input).isEmpty());
}

void TestHtmlReader::epub3Notes_becomeFootnotes()
{
    const QByteArray xhtml = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="de" lang="de">
<head><title>Kapitel 1</title><link rel="stylesheet" href="s.css"/></head>
<body>
<section epub:type="chapter">
<h1>Erstes Kapitel</h1>
<p>Ein Gespenst geht um<a epub:type="noteref" href="#fn1" id="r1">1</a> in Europa.</p>
<p>Zweiter Absatz<a role="doc-noteref" href="#fn2">2</a> und <em>Betonung</em> und wieder<a epub:type="noteref" href="#fn1">1</a>.</p>
<p>Leer<a id="x"/> bleibt leer.</p>
<aside epub:type="footnote" id="fn1"><p><a href="#r1">1</a> Die erste Anmerkung.</p></aside>
<aside role="doc-footnote" id="fn2"><p>Die zweite Anmerkung.</p><p>Zweiter Absatz der Anmerkung.</p></aside>
<p>Schluss.</p>
</section>
</body>
</html>)";
    const Read read = readBytes(xhtml, QStringLiteral("OEBPS/ch1.xhtml"));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &reading = read.reading();
    QCOMPARE(reading.title, QStringLiteral("Erstes Kapitel"));
    QCOMPARE(reading.language, QStringLiteral("de"));
    QCOMPARE(read.imported.declaredLanguage, QStringLiteral("de"));
    QCOMPARE(reading.footnotes.size(), 2);
    QCOMPARE(reading.footnotes.at(0).label, QStringLiteral("1"));
    QCOMPARE(plainText(reading.footnotes.at(0).blocks), QStringLiteral("Die erste Anmerkung."));
    QCOMPARE(reading.footnotes.at(1).blocks.size(), 2);
    QCOMPARE(reading.body.size(), 4);
    QCOMPARE(reading.body.at(0).text, QStringLiteral("Ein Gespenst geht um in Europa."));
    QCOMPARE(reading.body.at(0).anchors, (QVector<Anchor>{Anchor{Anchor::FootnoteReference, 20, 20, 0}}));
    QCOMPARE(reading.body.at(1).text, QStringLiteral("Zweiter Absatz und Betonung und wieder."));
    QCOMPARE(reading.body.at(1).anchors.size(), 2);
    QCOMPARE(reading.body.at(1).anchors.at(0).index, 1);
    QCOMPARE(reading.body.at(1).anchors.at(1).index, 0);
    QCOMPARE(reading.body.at(1).styles, (QVector<StyleRange>{StyleRange{StyleRange::Emphasis, 19, 27, QString()}}));
    QCOMPARE(reading.body.at(2).text, QStringLiteral("Leer bleibt leer."));
    QCOMPARE(reading.body.at(3).text, QStringLiteral("Schluss."));
    QVERIFY(!bodyText(reading).contains(QLatin1String("Anmerkung")));
    QVERIFY(roundTrips(read.reading()));
}

void TestHtmlReader::notes_asideBeforeReferenceAndEndnoteList()
{
    // The aside comes before the paragraph that refers to it; the endnotes are an <ol> whose items
    // have no back links (the noteref declares them); numbering follows the first references.
    const QByteArray xhtml = R"(<html xmlns:epub="http://www.idpf.org/2007/ops"><body>
<aside epub:type="footnote" id="early"><p>Placed early.</p></aside>
<p>First<a epub:type="noteref" href="#en2">2</a> then<a epub:type="noteref" href="#early">*</a>.</p>
<p>Plain text after.</p>
<section epub:type="endnotes"><ol><li id="en1"><p>Never referred to.</p></li><li id="en2"><p>Second endnote.</p></li></ol></section>
</body></html>)";
    const Read read = readBytes(xhtml, QStringLiteral("ch.xhtml"));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &reading = read.reading();
    QCOMPARE(reading.footnotes.size(), 2);
    QCOMPARE(reading.footnotes.at(0).label, QStringLiteral("2"));
    QCOMPARE(plainText(reading.footnotes.at(0).blocks), QStringLiteral("Second endnote."));
    QCOMPARE(reading.footnotes.at(1).label, QStringLiteral("*"));
    QCOMPARE(plainText(reading.footnotes.at(1).blocks), QStringLiteral("Placed early."));
    QCOMPARE(reading.body.at(0).text, QStringLiteral("First then."));
    QCOMPARE(reading.body.at(0).anchors.size(), 2);
    QCOMPARE(reading.body.at(0).anchors.at(0).index, 0);
    QCOMPARE(reading.body.at(0).anchors.at(1).index, 1);
    QCOMPARE(reading.body.at(1).text, QStringLiteral("Plain text after."));
    // The unreferenced endnote stays where it was, as text: nothing marks it as a note.
    QVERIFY(bodyText(reading).contains(QLatin1String("Never referred to.")));
    QVERIFY(!bodyText(reading).contains(QLatin1String("Second endnote")));
    // Not written back unchanged: the writer renumbers the label "*" (FORMAT.md, "Writing readings").
}

void TestHtmlReader::notes_archiveNotesAreEditorial()
{
    // "Note by the MIA" and transcriber's notes are the archive's; an MIA endnote runs on over its
    // quotation but not over a plain paragraph after it.
    const QByteArray html = R"(<html><body><blockquote><div class="border">
<p>Text<sup class="enote"><a href="#n1" name="r1">[1]</a></sup> and more<sup class="enote"><a href="#n2" name="r2">[2]</a></sup>
and a last<a href="#n3" name="r3">[3]</a> and Bernstein<sup class="enote"><a href="#n4" name="r4">[4]</a></sup>.</p>
<hr class="end">
<p class="information"><a href="#r1" name="n1">1.</a> The author's note.</p>
<p class="quoteb">A quotation inside the note.</p>
<p class="information"><a href="#r2" name="n2">2.</a> Note by the MIA: the date is wrong.</p>
<p class="information"><a href="#r3" name="n3">3.</a> Transcriber's Note: a line is missing.</p>
<p class="information"><a href="#r4" name="n4">4.</a> Ed. Bernstein, Probleme des Sozialismus.</p>
<p>A paragraph after the notes.</p>
</div></blockquote></body></html>)";
    const Read read = readBytes(html, QStringLiteral("notes.htm"));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &reading = read.reading();
    QCOMPARE(reading.footnotes.size(), 2); // "Ed. Bernstein" is an author's note about Eduard Bernstein
    QCOMPARE(reading.footnotes.first().label, QStringLiteral("1"));
    QCOMPARE(reading.footnotes.last().label, QStringLiteral("4"));
    QCOMPARE(reading.footnotes.first().blocks.size(), 2);
    QCOMPARE(reading.footnotes.first().blocks.at(1).quoteDepth, 1);
    QCOMPARE(reading.editorialNotes.size(), 2);
    QCOMPARE(reading.editorialNotes.at(0).text, QStringLiteral("Note by the MIA: the date is wrong."));
    QCOMPARE(reading.editor, QStringLiteral("Marxists Internet Archive"));
    QCOMPARE(anchorsOf(reading, Anchor::EditorialNote).size(), 2);
    QCOMPARE(reading.body.size(), 2);
    QCOMPARE(reading.body.at(0).text, QStringLiteral("Text and more and a last and Bernstein."));
    QCOMPARE(reading.body.at(0).quoteDepth, 0);
    QCOMPARE(reading.body.at(1).text, QStringLiteral("A paragraph after the notes."));
    QVERIFY(roundTrips(read.reading()));
}

void TestHtmlReader::epubChapterConventions()
{
    // What the corpus EPUBs do (epubber, m2e): a chapter label in <small> over the title, a drop
    // cap in its own <span>, a note on the title heading, a "top of page" link, an empty <h1>.
    const QByteArray xhtml = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>x</title></head>
<body><h1></h1>
<h1> <small>Chapter 8</small> <br/>
Problems of Labor <br/> <small> The Soviet Government</small><a href="#n1" id="f1">[1]</a></h1>
<br/>
<p> <span>T</span> he chief theme.</p>
<p><span>A</span> single letter stays a word.</p>
<p><a href="#top">Anfang der Seite</a></p>
<p><a href="#f1" id="n1">1.</a> The note on the title.</p>
</body></html>)";
    const Read read = readBytes(xhtml, QStringLiteral("Text/Section011.xhtml"));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const Reading &reading = read.reading();
    QCOMPARE(reading.title, QStringLiteral("Chapter 8. Problems of Labor: The Soviet Government"));
    QCOMPARE(reading.body.size(), 2);
    QCOMPARE(reading.body.at(0).text, QStringLiteral("The chief theme."));
    QCOMPARE(reading.body.at(0).anchors, (QVector<Anchor>{Anchor{Anchor::FootnoteReference, 0, 0, 0}}));
    QCOMPARE(reading.body.at(1).text, QStringLiteral("A single letter stays a word."));
    QCOMPARE(reading.footnotes.size(), 1);
    QCOMPARE(plainText(reading.footnotes.first().blocks), QStringLiteral("The note on the title."));
    QVERIFY(read.imported.dropped.contains(QStringLiteral("navigation links (1)")));
    QVERIFY(roundTrips(reading));

    // An MIA page inside an EPUB (m2e): no <meta name="author">, the header says who and when,
    // the details' keys have no colon.
    const QByteArray mia = "<html><body><p class=\"title\">J. V. Stalin September 1938</p>"
                           "<h1>Dialectical and Historical Materialism</h1><hr class=\"end\"/><p class=\"information\">"
                           "<span class=\"info\">First published</span> September 1938;<br/>"
                           "<span class=\"info\">Transcribed</span> by M.</p><p>Dialectical materialism is …</p></body></html>";
    const Read m2e = readBytes(mia, QStringLiteral("OEBPS/09.xhtml"));
    QVERIFY2(m2e.ok, qPrintable(m2e.error.toString()));
    QCOMPARE(m2e.reading().author, QStringLiteral("J. V. Stalin"));
    QCOMPARE(m2e.reading().year, 1938);
    QCOMPARE(m2e.reading().title, QStringLiteral("Dialectical and Historical Materialism"));
    QCOMPARE(m2e.reading().body.size(), 1);
    QCOMPARE(m2e.reading().extraMetadata.first(), (ExtraMetadata{QStringLiteral("first-published"), QStringLiteral("September 1938")}));

    // A page with nothing but an empty heading has no text; a part-title page keeps its heading.
    QVERIFY(!readBytes("<html><body><section epub:type='subtitle'><h1>\n\n</h1></section></body></html>").ok);
    const Read part = readBytes("<html><body><section><h1>Erster Teil</h1></section></body></html>");
    QVERIFY(part.ok);
    QCOMPARE(part.reading().title, QStringLiteral("Erster Teil"));
    QCOMPARE(part.reading().body.size(), 1);
}

void TestHtmlReader::listsAndStyles()
{
    const QByteArray html = "<html><body><h2>Lists</h2>"
                            "<ol start='3'><li>third <b>bold</b></li><li><p>fourth</p><p>more of it</p>"
                            "<ul><li>inner</li></ul></li></ol>"
                            "<blockquote><p>quoted</p><blockquote><p>twice</p></blockquote></blockquote>"
                            "<p class='quoteb'>mia quote<br>second line</p>"
                            "<p>Portrait <img src='a.gif' align='right' alt='Owen'> text with <img src='s.gif' alt='sigma'> symbol.</p>"
                            "<script>var x = 1;</script><style>p {}</style>"
                            "<p><a href='ch02.htm'>Next</a> | <a href='index.htm'>Contents</a></p>"
                            "<p>Last updated on 3 May 2004</p>"
                            "</body></html>";
    const Read read = readBytes(html);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const QVector<Block> &body = read.reading().body;
    QCOMPARE(read.reading().title, QStringLiteral("Lists"));
    QCOMPARE(body.size(), 8); // the navigation bar and the "Last updated" line are gone
    QCOMPARE(body.at(0).text, QStringLiteral("third bold"));
    QVERIFY(body.at(0).ordered && body.at(0).listItemStart);
    QCOMPARE(body.at(0).listNumber, 3);
    QCOMPARE(body.at(0).listDepth, 1);
    QCOMPARE(body.at(0).styles, (QVector<StyleRange>{StyleRange{StyleRange::Strong, 6, 10, QString()}}));
    QCOMPARE(body.at(1).text, QStringLiteral("fourth"));
    QCOMPARE(body.at(1).listNumber, 4);
    QVERIFY(body.at(1).listItemStart);
    QCOMPARE(body.at(2).text, QStringLiteral("more of it"));
    QVERIFY(!body.at(2).listItemStart);
    QCOMPARE(body.at(3).text, QStringLiteral("inner"));
    QCOMPARE(body.at(3).listDepth, 2);
    QVERIFY(!body.at(3).ordered && body.at(3).listItemStart);
    QCOMPARE(body.at(4).quoteDepth, 1);
    QCOMPARE(body.at(5).text, QStringLiteral("twice"));
    QCOMPARE(body.at(5).quoteDepth, 2);
    QCOMPARE(body.at(6).text, QStringLiteral("mia quote") + LineSeparator + QStringLiteral("second line"));
    QCOMPARE(body.at(6).quoteDepth, 1);
    QCOMPARE(body.at(7).text, QStringLiteral("Portrait text with [sigma] symbol."));
    const QStringList dropped = read.imported.dropped;
    QVERIFY2(dropped.contains(QStringLiteral("images (2)")), qPrintable(dropped.join(QLatin1Char(','))));
    QVERIFY(dropped.contains(QStringLiteral("scripts and styles (2)")));
    QVERIFY(dropped.contains(QStringLiteral("navigation links (2)")));
    QVERIFY(dropped.contains(QStringLiteral("footer lines (1)")));
    QVERIFY(!bodyText(read.reading()).contains(QLatin1String("var x")));
    QVERIFY(!bodyText(read.reading()).contains(QLatin1String("Next")));
    QVERIFY(!bodyText(read.reading()).contains(QLatin1String("Last updated")));
    QVERIFY(roundTrips(read.reading()));
}

void TestHtmlReader::charset_declaredLatin1ButUtf8()
{
    // Says iso-8859-1, is UTF-8: "Länder" would come out as "LÃ¤nder" if the declaration won.
    const QByteArray html = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
                            "</head><body><p>Proletarier aller L\xC3\xA4nder, vereinigt euch!</p></body></html>";
    const Read read = readBytes(html);
    QVERIFY(read.ok);
    QCOMPARE(read.reading().body.first().text, QStringLiteral("Proletarier aller L\u00E4nder, vereinigt euch!"));
    QCOMPARE(read.imported.warnings.size(), 1);
    QVERIFY2(read.imported.warnings.first().contains(QLatin1String("iso-8859-1")), qPrintable(read.imported.warnings.first()));
    QVERIFY(read.imported.warnings.first().contains(QLatin1String("UTF-8")));
}

void TestHtmlReader::charset_declaredUtf8ButLatin1()
{
    // Says UTF-8, is windows-1252: 0xE4 is "ä", 0x93/0x94 are curly quotes.
    const QByteArray html = "<html><head><meta charset=\"utf-8\"></head><body>\n<p>\x93L\xE4nder\x94</p></body></html>";
    const Read read = readBytes(html);
    QVERIFY(read.ok);
    QCOMPARE(read.reading().body.first().text, QStringLiteral("\u201CL\u00E4nder\u201D"));
    QCOMPARE(read.imported.warnings.size(), 1);
    QVERIFY2(read.imported.warnings.first().contains(QLatin1String("0x93 at line 2, column 4")),
             qPrintable(read.imported.warnings.first()));
}

void TestHtmlReader::charset_httpHeaderWins()
{
    // The header says windows-1252, the page (wrongly) utf-8: the header is believed, quietly.
    const QByteArray html = "<html><head><meta charset='utf-8'></head><body><p>Caf\xE9</p></body></html>";
    Read read = readBytes(html, QStringLiteral("http://example.org/x.htm"), QUrl(), "windows-1252");
    QVERIFY(read.ok);
    QCOMPARE(read.reading().body.first().text, QStringLiteral("Caf\u00E9"));
    QVERIFY(read.imported.warnings.isEmpty());
    // No declaration at all: valid UTF-8 is UTF-8, anything else windows-1252, quietly.
    read = readBytes("<html><body><p>Caf\xC3\xA9</p></body></html>");
    QCOMPARE(read.reading().body.first().text, QStringLiteral("Caf\u00E9"));
    read = readBytes("<html><body><p>Caf\xE9</p></body></html>");
    QCOMPARE(read.reading().body.first().text, QStringLiteral("Caf\u00E9"));
    QVERIFY(read.imported.warnings.isEmpty());
}

void TestHtmlReader::source_onlyForLinks()
{
    REDLETTER_REQUIRE_CORPUS();
    const QByteArray bytes = test::readFile(test::corpusFile(QStringLiteral("mia/mia_marx_civil-war-in-france_ch05.htm")));
    const QUrl url(QStringLiteral("https://www.marxists.org/archive/marx/works/1871/civil-war-france/ch05.htm"));
    const Read read = readBytes(bytes, url.toString(), url);
    QVERIFY(read.ok);
    QCOMPARE(read.reading().source, url);
}

void TestHtmlReader::deepNesting_refusedWithPosition()
{
    QByteArray html = "<html><body>\n";
    html.reserve(1200000);
    for (int i = 0; i < 100000; ++i)
        html += "<div>";
    html += "deep";
    for (int i = 0; i < 100000; ++i)
        html += "</div>";
    html += "\n</body></html>\n";
    QElapsedTimer timer;
    timer.start();
    const Read read = readBytes(html, QStringLiteral("deep.htm"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!read.ok);
    QVERIFY2(read.error.message.contains(QLatin1String("nested too deeply")), qPrintable(read.error.toString()));
    QCOMPARE(read.error.file, QStringLiteral("deep.htm"));
    // html and body count among the open elements: the 255th <div> on line 2 is one too many.
    QCOMPARE(read.error.line, 2);
    QVERIFY2(read.error.column > 250 * 5 && read.error.column <= 256 * 5 + 1, qPrintable(read.error.toString()));
    qInfo("100,000 nested <div>s refused in %lld ms: %s", elapsed, qPrintable(read.error.toString()));
    QVERIFY(elapsed < 5000);

    // Just under the limit is fine.
    QByteArray fine = "<html><body>";
    for (int i = 0; i < 200; ++i)
        fine += "<div>";
    fine += "<p>not so deep</p></body></html>";
    const Read ok = readBytes(fine);
    QVERIFY2(ok.ok, qPrintable(ok.error.toString()));
    QCOMPARE(ok.reading().body.first().text, QStringLiteral("not so deep"));
}

void TestHtmlReader::badInput_refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("white space") << QByteArray("  \n\t ") << QStringLiteral("empty file");
    QTest::newRow("binary") << QByteArray("<html>\0\x01\x02", 9) << QStringLiteral("binary data");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14) << QStringLiteral("UTF-16");
    QTest::newRow("too large") << QByteArray(17 * 1024 * 1024, 'a') << QStringLiteral("too large");
}

void TestHtmlReader::badInput_refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Read read = readBytes(bytes);
    QVERIFY(!read.ok);
    QVERIFY2(read.error.message.contains(message), qPrintable(read.error.toString()));
}

void TestHtmlReader::noBody_refused()
{
    for (const QByteArray &html :
         {QByteArray("<html><head><title>Only a title</title></head><body></body></html>"),
          QByteArray("<html><body><p class='title'><a href='../index.htm'>MIA</a></p><hr><p class='footer'>"
                     "<a href='index.htm'>Contents</a></p></body></html>"),
          QByteArray("<html><body><script>alert(1)</script><img src='x.gif'></body></html>")}) {
        const Read read = readBytes(html, QStringLiteral("empty.htm"));
        QVERIFY(!read.ok);
        QVERIFY2(read.error.message.contains(QLatin1String("no body text")), qPrintable(read.error.toString()));
        QCOMPARE(read.error.file, QStringLiteral("empty.htm"));
    }
}

void TestHtmlReader::damagedPages_neverCrash()
{
    REDLETTER_REQUIRE_CORPUS();
    const QByteArray page = test::readFile(test::corpusFile(QStringLiteral("mia/mia_marx_civil-war-in-france_ch05.htm")));
    int read = 0;
    int refused = 0;
    // Cut anywhere: inside a tag, an attribute, an entity, a note.
    for (qsizetype length = 1; length < page.size(); length += 997) {
        const Read result = readBytes(page.left(length));
        (result.ok ? read : refused) += 1;
        if (result.ok) {
            QCOMPARE(result.imported.readings.size(), 1);
            QString problem;
            QVERIFY2(rangesValid(result.reading(), &problem), qPrintable(problem));
            QVERIFY2(roundTrips(result.reading()), qPrintable(QString::number(length)));
        }
        else
            QVERIFY(!result.error.message.isEmpty());
    }
    // Flipped and random bytes (no NUL: that is refused before parsing).
    QRandomGenerator random(20261206);
    for (int round = 0; round < 40; ++round) {
        QByteArray damaged = page;
        for (int i = 0; i < 200; ++i)
            damaged[random.bounded(static_cast<int>(damaged.size()))] = static_cast<char>(random.bounded(1, 256));
        const Read result = readBytes(damaged);
        (result.ok ? read : refused) += 1;
    }
    QByteArray garbage(64 * 1024, '\0');
    for (char &c : garbage)
        c = static_cast<char>(random.bounded(1, 256));
    for (const QByteArray &bytes : {garbage, QByteArray("<html><body><p>unclosed <b><i>styles <a href='#n1'>1"),
                                    QByteArray("<<<<>>>><p></p></p></p><td><tr></html></html><body>text"),
                                    QByteArray("<html><body><p><a href='#a'>[1]</a></p><p class='information' id='a'>"
                                               "<a href='#a'>1</a></p></body></html>")}) {
        const Read result = readBytes(bytes);
        (result.ok ? read : refused) += 1;
    }
    qInfo("damaged pages: %d read, %d refused, none crashed", read, refused);
    QVERIFY(read > 0);
}

void TestHtmlReader::largePage_linearTime()
{
    // 20,000 paragraphs with a note each and 20,000 endnotes, no headings, every paragraph also a
    // link line: about 5 MB. Anything quadratic in the notes or links would take minutes.
    const int notes = 20000;
    QByteArray html = "<html lang='en'><body><blockquote><div class='border'>\n";
    for (int i = 1; i <= notes; ++i) {
        html += "<p>Paragraph " + QByteArray::number(i) + " with a note<sup class='enote'><a href='#n" + QByteArray::number(i)
            + "' name='r" + QByteArray::number(i) + "'>(" + QByteArray::number(i) + ")</a></sup> and <a href='ch"
            + QByteArray::number(i) + ".htm'>a link</a>.</p>\n";
    }
    html += "<hr class='end'>\n";
    for (int i = 1; i <= notes; ++i) {
        html += "<p class='information'><span class='info'><a href='#r" + QByteArray::number(i) + "' name='n"
            + QByteArray::number(i) + "'>" + QByteArray::number(i) + ".</a></span> Note number " + QByteArray::number(i)
            + ".</p>\n";
    }
    html += "</div></blockquote></body></html>\n";
    QElapsedTimer timer;
    timer.start();
    const Read read = readBytes(html, QStringLiteral("large.htm"), QUrl(QStringLiteral("https://example.org/w/index.htm")));
    const qint64 readTime = timer.restart();
    FormatInput input;
    input.bytes = html;
    input.sourceUrl = QUrl(QStringLiteral("https://example.org/w/index.htm"));
    const QVector<QUrl> chapters = contentsPageChapters(input);
    const qint64 contentsTime = timer.elapsed();
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(read.reading().body.size(), notes);
    QCOMPARE(read.reading().footnotes.size(), notes);
    QCOMPARE(read.reading().footnotes.last().label, QString::number(notes));
    QCOMPARE(plainText(read.reading().footnotes.last().blocks), QStringLiteral("Note number %1.").arg(notes));
    QVERIFY(chapters.isEmpty()); // a link in a sentence is no contents line
    qInfo("%.1f MB page with %d notes read in %lld ms, contents checked in %lld ms", html.size() / 1048576.0, notes,
          readTime, contentsTime);
    QVERIFY(readTime < 20000 && contentsTime < 20000);
}

void TestHtmlReader::looksLikeHtml_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("html");
    QTest::newRow("doctype") << QByteArray("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">") << true;
    QTest::newRow("HTML 4 caps") << QByteArray("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">") << true;
    QTest::newRow("BOM, xml, comment") << QByteArray("\xEF\xBB\xBF<?xml version='1.0'?>\n<!-- x -->\n<html xmlns='x'>") << true;
    QTest::newRow("body") << QByteArray("\n\n  <BODY>text") << true;
    QTest::newRow("head") << QByteArray("<head><title>x</title>") << true;
    QTest::newRow("markdown") << QByteArray("# Title\n\n<p>inline html</p>") << false;
    QTest::newRow("text") << QByteArray("The Communist Manifesto\n\nby Karl Marx") << false;
    QTest::newRow("htmlfoo") << QByteArray("<htmlfoo>") << false;
    QTest::newRow("late") << QByteArray(2000, ' ') + QByteArray("<html>") << false;
    QTest::newRow("unclosed comment") << QByteArray("<!-- <html>") << false;
}

void TestHtmlReader::looksLikeHtml()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, html);
    QCOMPARE(redletter::looksLikeHtml(bytes), html);
}

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
