// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/formats/epub.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include <cstring>
#include <numeric>

using namespace redletter;

namespace {

const char Luxemburg[] = "epub/epubber_luxemburg_sozialreform-oder-revolution_de.epub";
const char Trotsky[] = "epub/epubber_trotsky_terrorism-and-communism_en.epub";
const char Stalin[] = "epub/m2e-MALFORMED-nomimetype_stalin_dialectical-historical-materialism.epub";

QByteArray corpus(const char *relativePath)
{
    return test::readFile(test::corpusFile(QString::fromLatin1(relativePath)));
}

FormatInput inputOf(const QByteArray &bytes, const QString &name = QStringLiteral("book.epub"))
{
    FormatInput input;
    input.bytes = bytes;
    input.sourceName = name;
    return input;
}

struct Package
{
    bool ok = false;
    EpubPackage package;
    SourceError error;
};

Package package(const QByteArray &bytes)
{
    Package result;
    result.ok = readEpubPackage(inputOf(bytes), &result.package, &result.error);
    return result;
}

struct Book
{
    bool ok = false;
    ImportedText imported;
    SourceError error;
};

Book book(const QByteArray &bytes)
{
    Book result;
    result.ok = readEpub(inputOf(bytes), &result.imported, &result.error);
    return result;
}

QStringList titles(const ImportedText &imported)
{
    QStringList result;
    for (const Reading &reading : imported.readings)
        result.append(reading.title);
    return result;
}

//! The author's footnotes and the archive's editorial notes: both are notes the source printed.
QVector<int> noteCounts(const ImportedText &imported)
{
    QVector<int> result;
    for (const Reading &reading : imported.readings)
        result.append(int(reading.footnotes.size() + reading.editorialNotes.size()));
    return result;
}

QString everything(const Reading &reading)
{
    QString text = plainText(reading.body);
    for (const Footnote &note : reading.footnotes)
        text += QLatin1Char('\n') + plainText(note.blocks);
    for (const RichText &note : reading.editorialNotes)
        text += QLatin1Char('\n') + note.text;
    return text;
}

int words(const Reading &reading)
{
    return int(plainText(reading.body).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

void printFigures(const char *name, const ImportedText &imported)
{
    int totalWords = 0;
    int footnotes = 0;
    int editorial = 0;
    for (const Reading &reading : imported.readings) {
        totalWords += words(reading);
        footnotes += int(reading.footnotes.size());
        editorial += int(reading.editorialNotes.size());
    }
    qInfo("%s: \"%s\", %d chapters, %d words, %d footnotes, %d editorial notes, %d dropped, %d warnings", name,
          qPrintable(imported.workTitle), int(imported.readings.size()), totalWords, footnotes, editorial,
          int(imported.dropped.size()), int(imported.warnings.size()));
    for (const Reading &reading : imported.readings)
        qInfo("  %-70s %6d words %3d + %d notes", qPrintable(reading.title), words(reading),
              int(reading.footnotes.size()), int(reading.editorialNotes.size()));
    for (const QString &dropped : imported.dropped)
        qInfo("  dropped: %s", qPrintable(dropped));
    for (const QString &warning : imported.warnings)
        qInfo("  warning: %s", qPrintable(warning));
}

QStringList paths(const EpubPackage &package)
{
    QStringList result;
    for (const EpubSpineItem &item : package.spine)
        result.append(item.path);
    return result;
}

// ---- Building zips in the test (libzip) ---------------------------------------------------------

//! A source of @p size zero bytes that never holds them in memory.
struct Zeros
{
    zip_uint64_t size = 0;
    zip_uint64_t offset = 0;
};

zip_int64_t zerosCallback(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *zeros = static_cast<Zeros *>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN:
        zeros->offset = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const zip_uint64_t n = qMin(length, zeros->size - zeros->offset);
        std::memset(data, 0, n);
        zeros->offset += n;
        return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *stat = static_cast<zip_stat_t *>(data);
        zip_stat_init(stat);
        stat->size = zeros->size;
        stat->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return 2 * sizeof(int);
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        return -1;
    }
}

struct ZipEntry
{
    QByteArray name;
    QByteArray content;
    zip_uint64_t zeros = 0; //!< instead of content: this many zero bytes, generated
    bool stored = false;    //!< stored as it is, not deflated (past the inflation-ratio cap)
};

//! Writes a zip of @p entries (in order; "mimetype" stored, the rest deflated) and returns its bytes.
QByteArray makeZip(const QVector<ZipEntry> &entries)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("made.zip")));
    int errorCode = 0;
    zip_t *archive = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &errorCode);
    if (!archive)
        return {};
    QVector<Zeros> zeros(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const ZipEntry &entry = entries.at(i);
        zip_source_t *source = nullptr;
        if (entry.zeros > 0) {
            zeros[i].size = entry.zeros;
            source = zip_source_function(archive, zerosCallback, &zeros[i]);
        } else {
            source = zip_source_buffer(archive, entry.content.constData(),
                                       static_cast<zip_uint64_t>(entry.content.size()), 0);
        }
        const zip_int64_t index = zip_file_add(archive, entry.name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return {};
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                                 entry.name == "mimetype" || entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return {};
    }
    return test::readFile(dir.filePath(QStringLiteral("made.zip")));
}

const char ContainerXml[] = R"(<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>)";

QByteArray opf(const QByteArray &manifest, const QByteArray &spine)
{
    return R"(<?xml version="1.0" encoding="utf-8"?>
<package version="3.0" unique-identifier="id" xmlns="http://www.idpf.org/2007/opf">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">test</dc:identifier><dc:title>A Test Book</dc:title>
    <dc:creator>An Author</dc:creator><dc:language>de</dc:language><dc:date>1917-11-07</dc:date>
  </metadata>
  <manifest>)" + manifest
        + "</manifest>\n  <spine>" + spine + "</spine>\n</package>\n";
}

QByteArray chapter(const QByteArray &title, const QByteArray &text)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>"
        + title + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>\n";
}

//! A small, valid EPUB 3 of one chapter; @p extra entries are appended.
QVector<ZipEntry> minimalBook()
{
    return {
        {"mimetype", "application/epub+zip", 0},
        {"META-INF/container.xml", ContainerXml, 0},
        {"OEBPS/content.opf",
         opf(R"(<item id="c1" href="Text/ch%201.xhtml" media-type="application/xhtml+xml"/>)",
             R"(<itemref idref="c1"/>)"),
         0},
        {"OEBPS/Text/ch 1.xhtml", chapter("One", "Workers of the world, unite!"), 0},
    };
}

//! Where entry @p name's compressed data starts in @p zip (its first local header), or -1.
int dataOffset(const QByteArray &zip, const QByteArray &name)
{
    int at = 0;
    while ((at = zip.indexOf("PK\x03\x04", at)) >= 0) {
        const auto u16 = [&zip](int i) {
            return int(uchar(zip.at(i))) | (int(uchar(zip.at(i + 1))) << 8);
        };
        const int nameLength = u16(at + 26);
        const int extraLength = u16(at + 28);
        if (zip.mid(at + 30, nameLength) == name)
            return at + 30 + nameLength + extraLength;
        at += 4;
    }
    return -1;
}

// ---- Books that keep their notes in a file of their own (text written for these tests) -------------

QByteArray xhtml(const QByteArray &title, const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
           "xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>"
        + title + "</title></head><body>" + body + "</body></html>\n";
}

//! An EPUB 3 shaped as Standard Ebooks make them: two chapters citing endnotes.xhtml, which is in
//! the spine after them and holds the three notes in a `<section epub:type="endnotes">`.
QVector<ZipEntry> endnotesBook()
{
    return {
        {"mimetype", "application/epub+zip", 0},
        {"META-INF/container.xml", ContainerXml, 0},
        {"OEBPS/content.opf",
         opf(R"(<item id="c1" href="text/chapter-1.xhtml" media-type="application/xhtml+xml"/>
             <item id="c2" href="text/chapter-2.xhtml" media-type="application/xhtml+xml"/>
             <item id="en" href="text/endnotes.xhtml" media-type="application/xhtml+xml"/>)",
             R"(<itemref idref="c1"/><itemref idref="c2"/><itemref idref="en"/>)"),
         0},
        {"OEBPS/text/chapter-1.xhtml",
         xhtml("The Mill", R"(<section epub:type="chapter"><h2>The Mill</h2>
<p>The mill by the river ran day and night while the weavers slept in shifts<a href="endnotes.xhtml#note-1" id="noteref-1" epub:type="noteref">1</a>
and the owner counted the bolts of cloth that left by barge each morning.</p>
<p>Nobody in the village could say who had built the weir<a href="endnotes.xhtml#note-2" id="noteref-2" epub:type="noteref">2</a>,
only that the water had belonged to the mill for as long as anyone remembered.</p></section>)"),
         0},
        {"OEBPS/text/chapter-2.xhtml",
         xhtml("The Strike", R"(<section epub:type="chapter"><h2>The Strike</h2>
<p>In the spring the weavers stopped the looms for nine days and met every evening in the chapel
hall<a href="endnotes.xhtml#note-3" id="noteref-3" epub:type="noteref">3</a> to read the letters that came from other towns.</p></section>)"),
         0},
        {"OEBPS/text/endnotes.xhtml",
         xhtml("Endnotes", R"(<section id="endnotes" epub:type="endnotes" role="doc-endnotes"><h2 epub:type="title">Endnotes</h2>
<ol>
<li id="note-1" epub:type="endnote" role="doc-endnote"><p>Three shifts of eight hours, by the owner's own ledger. <a href="chapter-1.xhtml#noteref-1" epub:type="backlink" role="doc-backlink">&#8617;</a></p></li>
<li id="note-2" epub:type="endnote" role="doc-endnote"><p>The weir is older than the mill; the parish map of the old survey already shows it.</p>
<p>Its stones were reused twice. <a href="chapter-1.xhtml#noteref-2" epub:type="backlink" role="doc-backlink">&#8617;</a></p></li>
<li id="note-3" epub:type="endnote" role="doc-endnote"><p>The hall was lent by the minister, who lost his post for it. <a href="chapter-2.xhtml#noteref-3" epub:type="backlink" role="doc-backlink">&#8617;</a></p></li>
</ol></section>)"),
         0},
    };
}

QStringList footnoteLabels(const Reading &reading)
{
    QStringList labels;
    for (const Footnote &note : reading.footnotes)
        labels.append(note.label);
    return labels;
}

QStringList footnoteTexts(const Reading &reading)
{
    QStringList texts;
    for (const Footnote &note : reading.footnotes)
        texts.append(plainText(note.blocks));
    return texts;
}

//! The body text just before each footnote mark, as "…word|index": where the margin note stands.
QStringList markPlaces(const Reading &reading)
{
    QStringList places;
    for (const Block &block : reading.body) {
        for (const Anchor &anchor : block.anchors) {
            if (anchor.kind == Anchor::FootnoteReference)
                places.append(block.text.left(anchor.start).right(6) + QLatin1Char('|') + QString::number(anchor.index));
        }
    }
    return places;
}

} // namespace

class TestEpubReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void package_luxemburg();
    void package_trotsky();
    void package_stalinWithoutMimetype();
    void package_minimalBookPercentDecodedPath();
    void sniff_looksLikeEpub();

    void book_luxemburg();
    void book_trotsky();
    void book_stalinWithItsWarning();
    void book_epub3FootnotesAndNcxParts();
    void notes_epub3EndnotesFileInTheSpine();
    void notes_epub2NotesFileOutsideTheSpineWithPlainLinks();
    void notes_oneNoteCitedFromTwoChapters();
    void notes_missingTargetsStayTextAndWarn();
    void notes_aNotesFileWithTextOfItsOwnStaysAChapter();
    void notes_aShortNotesFileIsReportedAsNotesMoved();
    void notes_manyChaptersCitingOneLargeNotesFile();
    void notes_thousandsOfBrokenMarksWarnBriefly();

    void bad_refusedWithAClearError_data();
    void bad_refusedWithAClearError();
    void bad_crcMismatchNamesTheEntry();
    void bad_flippedDataBytesNameTheEntry();
    void bad_zipBombStopsAtTheCap();
    void bad_truncatedEverywhereNeverCrashes();
    void bad_flippedBytesEverywhereNeverCrash();
};

void TestEpubReader::initTestCase()
{
    REDLETTER_REQUIRE_CORPUS();
}

// content.opf of the Luxemburg book (unzip -p … content.opf): 22 itemrefs — titlepage, nav,
// Section001–002, Subtitle003, Section003–007, Subtitle008, Section008–012, Subtitle013,
// Section013–017. Text/nav.xhtml nests the sections under three part pages.
void TestEpubReader::package_luxemburg()
{
    const Package read = package(corpus(Luxemburg));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const EpubPackage &book = read.package;
    QCOMPARE(book.packagePath, QStringLiteral("content.opf"));
    QCOMPARE(book.version, QStringLiteral("3.0"));
    QCOMPARE(book.title, QStringLiteral("Sozialreform oder Revolution?"));
    QCOMPARE(book.creators, QStringList{QStringLiteral("Rosa Luxemburg")});
    QCOMPARE(book.language, QStringLiteral("en")); // what it declares; the text is German
    QCOMPARE(book.date, QString());
    QCOMPARE(book.tocSource, QStringLiteral("Text/nav.xhtml"));
    QVERIFY2(book.warnings.isEmpty(), qPrintable(book.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(book.spine.size(), 22);
    QCOMPARE(book.spine.at(0).path, QStringLiteral("Text/titlepage.xhtml"));
    QCOMPARE(book.spine.at(0).tocLabel, QString());
    QVERIFY(book.spine.at(1).isNavDocument);
    QCOMPARE(book.spine.at(2).tocLabel, QStringLiteral("Vorwort"));
    QCOMPARE(book.spine.at(4).path, QStringLiteral("Text/Subtitle003.xhtml"));
    QCOMPARE(book.spine.at(4).tocLabel, QStringLiteral("Erster Teil"));
    QVERIFY(book.spine.at(4).tocHasChildren);
    QCOMPARE(book.spine.at(5).tocLabel, QStringLiteral("1. Die opportunistische Methode"));
    QCOMPARE(book.spine.at(5).tocParentLabel, QStringLiteral("Erster Teil"));
    QCOMPARE(book.spine.at(16).tocLabel, QStringLiteral("Anhang Miliz und Militarismus")); // a newline in the label
    QCOMPARE(book.spine.at(20).tocLabel, QStringLiteral("[Brief von Max Schippel]"));
    QCOMPARE(book.spine.at(20).tocParentLabel, QStringLiteral("Anhang Miliz und Militarismus"));
    QVERIFY(book.spine.at(21).bytes.contains("<title>IV</title>"));
    for (const EpubSpineItem &item : book.spine) {
        QVERIFY(item.linear);
        QCOMPARE(item.mediaType, QStringLiteral("application/xhtml+xml"));
    }
    qInfo("Luxemburg: %d spine items, %d bytes of XHTML", int(book.spine.size()),
          int(std::accumulate(book.spine.cbegin(), book.spine.cend(), 0,
                              [](int sum, const EpubSpineItem &item) { return sum + int(item.bytes.size()); })));
}

// content.opf of the Trotsky book: 15 itemrefs (titlepage, nav, Section001–013). Its nav also
// lists Subtitle014.xhtml, an entry in the zip that the spine leaves out: it must stay out.
void TestEpubReader::package_trotsky()
{
    const Package read = package(corpus(Trotsky));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const EpubPackage &book = read.package;
    QCOMPARE(book.title, QStringLiteral("Terrorism and Communism"));
    QCOMPARE(book.creators, QStringList{QStringLiteral("Leon Trotsky")});
    QCOMPARE(book.language, QStringLiteral("en"));
    QCOMPARE(book.spine.size(), 15);
    QVERIFY(!paths(book).contains(QStringLiteral("Text/Subtitle014.xhtml")));
    QCOMPARE(book.spine.at(2).tocLabel, QStringLiteral("Foreword"));
    QCOMPARE(book.spine.at(10).tocLabel, QStringLiteral("Marx and ... Kautsky"));
    QCOMPARE(book.spine.at(11).tocLabel, QStringLiteral("The Working Class and it’s Soviet Policy"));
    QCOMPARE(book.spine.at(14).tocLabel, QStringLiteral("In Place of an Epilogue"));
    QCOMPARE(book.spine.at(14).tocParentLabel, QString());
}

// The m2e book: its first entry is called "metadata" (holding application/epub+zip), there is no
// "mimetype"; OEBPS/content.opf's spine is 09.xhtml and fileNotFound.xhtml (a converter's 404
// page); navFile.xhtml has an empty <ol/>, so the titles come from toc.ncx, whose only label is "09".
void TestEpubReader::package_stalinWithoutMimetype()
{
    const Package read = package(corpus(Stalin));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const EpubPackage &book = read.package;
    QCOMPARE(book.packagePath, QStringLiteral("OEBPS/content.opf"));
    QCOMPARE(book.title, QStringLiteral("1938: Dialectical and Historical Materialism"));
    QCOMPARE(book.creators, QStringList{QStringLiteral("J. V. Stalin September 1938")});
    QCOMPARE(book.language, QStringLiteral("en"));
    QCOMPARE(book.warnings.size(), 1);
    QVERIFY2(book.warnings.first().contains(QLatin1String("mimetype")), qPrintable(book.warnings.first()));
    QCOMPARE(paths(book), (QStringList{QStringLiteral("OEBPS/09.xhtml"), QStringLiteral("OEBPS/fileNotFound.xhtml")}));
    QCOMPARE(book.tocSource, QStringLiteral("OEBPS/toc.ncx"));
    QCOMPARE(book.spine.at(0).tocLabel, QStringLiteral("09"));
    QCOMPARE(book.spine.at(1).tocLabel, QString());
}

void TestEpubReader::package_minimalBookPercentDecodedPath()
{
    const QByteArray zip = makeZip(minimalBook());
    QVERIFY(!zip.isEmpty());
    const Package read = package(zip);
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QCOMPARE(paths(read.package), QStringList{QStringLiteral("OEBPS/Text/ch 1.xhtml")});
    QCOMPARE(read.package.date, QStringLiteral("1917-11-07"));
    QCOMPARE(read.package.language, QStringLiteral("de"));
    QCOMPARE(read.package.tocSource, QString());
    QVERIFY(read.package.warnings.isEmpty());
}

void TestEpubReader::sniff_looksLikeEpub()
{
    QVERIFY(looksLikeEpub(corpus(Luxemburg)));
    QVERIFY(looksLikeEpub(corpus(Trotsky)));
    QVERIFY(looksLikeEpub(corpus(Stalin))); // no mimetype, but a container.xml
    QVERIFY(!looksLikeEpub(QByteArrayLiteral("PK\x03\x04 but nothing else")));
    QVERIFY(!looksLikeEpub(QByteArrayLiteral("Workers of the world, unite!")));
    QVERIFY(!looksLikeEpub(QByteArray()));
    QVERIFY(!looksLikeEpub(makeZip({{"readme.txt", "just a zip", 0}})));
    // Truncated, the directory is gone, but the mimetype mark is there: it is an EPUB, and the
    // reader will say it is a truncated one rather than the service calling it an unknown format.
    QVERIFY(looksLikeEpub(corpus(Luxemburg).left(5000)));
}

// Chapter titles: Text/nav.xhtml (unzip -p … Text/nav.xhtml), the sections under their parts.
// Notes, counted per chapter with
//   unzip -p … Text/SectionNNN.xhtml | grep -o 'href="#n[0-9a-z]*" id="f' | wc -l
// (references "[1]" → #n1, and "[1*]" → #n1x for Luxemburg's own notes beside the editors'
// numbered ones): 67. The definitions (grep 'href="#f[0-9a-z]*" id="n') are 69: the 1* of
// Section003 and of Section008 have no reference left in the text (the heading that carried it
// on MIA is gone), so they cannot go into the margin and are dropped, and listed as dropped.
void TestEpubReader::book_luxemburg()
{
    const Book read = book(corpus(Luxemburg));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const ImportedText &imported = read.imported;
    printFigures("Luxemburg", imported);
    QCOMPARE(imported.workTitle, QStringLiteral("Sozialreform oder Revolution?"));
    QCOMPARE(imported.declaredLanguage, QStringLiteral("en")); // declared; the text is German (the service detects it)
    QVERIFY2(imported.warnings.isEmpty(), qPrintable(imported.warnings.join(QLatin1Char('\n'))));
    const QString erster = QStringLiteral("Erster Teil: ");
    const QString zweiter = QStringLiteral("Zweiter Teil: ");
    const QString anhang = QStringLiteral("Anhang Miliz und Militarismus: ");
    QCOMPARE(titles(imported), (QStringList{
                                   QStringLiteral("Vorwort"),
                                   QStringLiteral("Vorwort des Herausgebers"),
                                   erster + QStringLiteral("1. Die opportunistische Methode"),
                                   erster + QStringLiteral("2. Anpassung des Kapitalismus"),
                                   erster + QStringLiteral("3. Einführung des Sozialismus durch soziale Reformen"),
                                   erster + QStringLiteral("4. Zollpolitik und Militarismus"),
                                   erster + QStringLiteral("5. Praktische Konsequenzen und allgemeiner Charakter des Revisionismus"),
                                   zweiter + QStringLiteral("1. Die ökonomische Entwicklung und der Sozialismus"),
                                   zweiter + QStringLiteral("2. Gewerkschaften, Genossenschaften und politische Demokratie"),
                                   zweiter + QStringLiteral("3. Die Eroberung der politischen Macht"),
                                   zweiter + QStringLiteral("4. Der Zusammenbruch"),
                                   zweiter + QStringLiteral("5. Der Opportunismus in Theorie und Praxis"),
                                   anhang + QStringLiteral("I"),
                                   anhang + QStringLiteral("II"),
                                   anhang + QStringLiteral("III"),
                                   anhang + QStringLiteral("[Brief von Max Schippel]"),
                                   anhang + QStringLiteral("IV"),
                               }));
    QCOMPARE(noteCounts(imported), (QVector<int>{3, 1, 6, 7, 9, 1, 3, 6, 8, 3, 4, 8, 5, 1, 0, 0, 2}));
    QStringList labels; // Section004: [1] [2] [1*] [3] [4] [5] [2*] in the order of the text
    for (const Footnote &note : imported.readings.at(3).footnotes)
        labels.append(note.label);
    QCOMPARE(labels, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1*"), QStringLiteral("3"),
                                  QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("2*")}));
    QCOMPARE(imported.dropped.filter(QStringLiteral("notes nothing refers to")),
             (QStringList{QStringLiteral("Text/Section003.xhtml: notes nothing refers to (1)"),
                          QStringLiteral("Text/Section008.xhtml: notes nothing refers to (1)")}));
    QSet<QString> ids;
    for (const Reading &reading : imported.readings) {
        QCOMPARE(reading.author, QStringLiteral("Rosa Luxemburg"));
        QCOMPARE(reading.work, QStringLiteral("Sozialreform oder Revolution?"));
        QCOMPARE(reading.year, 1899); // the cover page's "(1899)": the OPF has no dc:date
        QCOMPARE(reading.language, QStringLiteral("en"));
        QVERIFY(!reading.id.isEmpty());
        ids.insert(reading.id);
        const QString text = everything(reading);
        QVERIFY2(!text.contains(QLatin1String("Anfang der Seite")), qPrintable(reading.title)); // the #top link
        QVERIFY2(!text.contains(QLatin1String("marxists.org")), qPrintable(reading.title));     // the cover
        QVERIFY2(!plainText(reading.body).contains(QRegularExpression(QStringLiteral("\\[\\d+\\*?\\]|^\\d+\\*?\\. "),
                                                                      QRegularExpression::MultilineOption)),
                 qPrintable(reading.title)); // no note marks or definitions left in the text
        QVERIFY2(words(reading) > 80, qPrintable(reading.title)); // the shortest, Vorwort des Herausgebers, has ~115
    }
    QCOMPARE(ids.size(), imported.readings.size());
    // titlepage, nav and the three part title pages
    QCOMPARE(imported.dropped.filter(QRegularExpression(QStringLiteral("^Text/(titlepage|nav|Subtitle0\\d\\d)\\.xhtml: "))).size(), 5);
    QVERIFY(imported.dropped.filter(QStringLiteral("Text/Subtitle008.xhtml")).first().contains(QLatin1String("Zweiter Teil")));
}

// Titles from Text/nav.xhtml; the one note is Section010's [1] (#a1n → #a1, "1." at the end).
// Section005's "[Translator's Note – …]" is printed in brackets inside the text, not a note.
void TestEpubReader::book_trotsky()
{
    const Book read = book(corpus(Trotsky));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const ImportedText &imported = read.imported;
    printFigures("Trotsky", imported);
    QCOMPARE(imported.workTitle, QStringLiteral("Terrorism and Communism"));
    QCOMPARE(imported.declaredLanguage, QStringLiteral("en"));
    QCOMPARE(titles(imported), (QStringList{
                                   QStringLiteral("Foreword"),
                                   QStringLiteral("Preface"),
                                   QStringLiteral("Introduction"),
                                   QStringLiteral("The Balance of Power"),
                                   QStringLiteral("The Dictatorship of the Proletariat"),
                                   QStringLiteral("Democracy"),
                                   QStringLiteral("Terrorism"),
                                   QStringLiteral("The Paris Commune and Soviet Russia"),
                                   QStringLiteral("Marx and ... Kautsky"),
                                   QStringLiteral("The Working Class and it’s Soviet Policy"),
                                   QStringLiteral("Problems of the Organization of Labor, The Soviet Government and Industry"),
                                   QStringLiteral("Karl Kautsky, His School and His Book"),
                                   QStringLiteral("In Place of an Epilogue"),
                               }));
    QCOMPARE(noteCounts(imported), (QVector<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}));
    QCOMPARE(imported.readings.at(9).footnotes.size(), 1);
    QVERIFY(plainText(imported.readings.at(9).footnotes.first().blocks).contains(QLatin1String("Abreiterzeitung")));
    for (const Reading &reading : imported.readings) {
        QCOMPARE(reading.author, QStringLiteral("Leon Trotsky"));
        QCOMPARE(reading.year, 1920); // the cover page's "1920"
        QCOMPARE(reading.language, QStringLiteral("en"));
        // the contents are not repeated in any chapter
        QVERIFY2(!plainText(reading.body).contains(QLatin1String("Karl Kautsky, His School and His Book")),
                 qPrintable(reading.title));
    }
    QVERIFY(plainText(imported.readings.at(4).body).contains(QStringLiteral("Translator’s Note")));
}

// OEBPS/content.opf: dc:title "1938: Dialectical and Historical Materialism", dc:creator
// "J. V. Stalin September 1938" (m2e's way of giving the date); 09.xhtml has no notes
// (no <sup>, no #-links) and 30 p.indentb quotations; fileNotFound.xhtml is a 404 page.
void TestEpubReader::book_stalinWithItsWarning()
{
    const Book read = book(corpus(Stalin));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const ImportedText &imported = read.imported;
    printFigures("Stalin", imported);
    QCOMPARE(imported.workTitle, QStringLiteral("Dialectical and Historical Materialism"));
    QVERIFY(!imported.warnings.filter(QStringLiteral("\"mimetype\"")).isEmpty());
    QCOMPARE(imported.readings.size(), 1);
    const Reading &reading = imported.readings.first();
    QCOMPARE(reading.title, QStringLiteral("Dialectical and Historical Materialism")); // not the NCX's "09"
    QCOMPARE(reading.author, QStringLiteral("J. V. Stalin"));
    QCOMPARE(reading.year, 1938);
    QCOMPARE(reading.language, QStringLiteral("en"));
    QCOMPARE(reading.footnotes.size(), 0);
    const QString text = everything(reading);
    QVERIFY(!text.contains(QLatin1String("Stalin Archive"))); // the footer
    QVERIFY(!text.contains(QLatin1String("Page not found")));
    QVERIFY(text.startsWith(QLatin1String("Dialectical materialism is the world outlook")));
    QVERIFY(!imported.dropped.filter(QStringLiteral("OEBPS/fileNotFound.xhtml")).isEmpty());
    int quotes = 0;
    for (const Block &block : reading.body)
        quotes += block.quoteDepth > 0 ? 1 : 0;
    QCOMPARE(quotes, 30);
}

void TestEpubReader::book_epub3FootnotesAndNcxParts()
{
    QVector<ZipEntry> entries = minimalBook();
    entries[2].content = opf(R"(<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
        <item id="part" href="Text/part.xhtml" media-type="application/xhtml+xml"/>
        <item id="c1" href="Text/ch%201.xhtml" media-type="application/xhtml+xml"/>)",
                             R"(<itemref idref="part"/><itemref idref="c1"/>)");
    entries[2].content.replace("<spine>", "<spine toc=\"ncx\">");
    entries.append({"OEBPS/toc.ncx", R"(<?xml version="1.0"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
  <navPoint id="p"><navLabel><text>Part One</text></navLabel><content src="Text/part.xhtml"/>
    <navPoint id="c"><navLabel><text>The First Chapter</text></navLabel><content src="Text/ch%201.xhtml#start"/></navPoint>
  </navPoint></navMap></ncx>)", 0});
    entries.append({"OEBPS/Text/part.xhtml", chapter("Part One", ""), 0});
    entries[3].content = R"(<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>One</title></head>
<body><h1>The First Chapter</h1>
<p>The history of all hitherto existing society is the history of class struggles.<a epub:type="noteref" href="#fn1">1</a>
Freeman and slave, patrician and plebeian, lord and serf, guild-master and journeyman, in a word, oppressor and
oppressed, stood in constant opposition to one another.</p>
<aside epub:type="footnote" id="fn1"><p>That is, all written history.</p></aside>
</body></html>)";
    const Book read = book(makeZip(entries));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const ImportedText &imported = read.imported;
    QCOMPARE(titles(imported), QStringList{QStringLiteral("Part One: The First Chapter")});
    const Reading &reading = imported.readings.first();
    QCOMPARE(reading.author, QStringLiteral("An Author"));
    QCOMPARE(reading.year, 1917);
    QCOMPARE(reading.language, QStringLiteral("de"));
    QCOMPARE(reading.work, QStringLiteral("A Test Book"));
    QCOMPARE(reading.footnotes.size(), 1);
    QCOMPARE(plainText(reading.footnotes.first().blocks), QStringLiteral("That is, all written history."));
    QVERIFY(!plainText(reading.body).contains(QLatin1String("written history")));
    QCOMPARE(imported.dropped.filter(QStringLiteral("OEBPS/Text/part.xhtml")).size(), 1);
}

void TestEpubReader::bad_refusedWithAClearError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    const QByteArray luxemburg = corpus(Luxemburg);
    QVector<ZipEntry> book = minimalBook();
    const QString epub = QStringLiteral("book.epub");

    QTest::newRow("not a zip") << QByteArrayLiteral("<html><body>not a book</body></html>") << epub
                               << QStringLiteral("not a zip archive");
    QTest::newRow("empty") << QByteArray() << epub << QStringLiteral("empty file");
    QTest::newRow("truncated to half") << luxemburg.left(luxemburg.size() / 2) << epub
                                       << QStringLiteral("truncated zip archive");
    QTest::newRow("truncated by one byte") << luxemburg.left(luxemburg.size() - 1) << epub
                                           << QStringLiteral("truncated zip archive");

    QVector<ZipEntry> dotDot = book;
    dotDot.append({"../../etc/evil.xhtml", "boo", 0});
    QTest::newRow("../ entry") << makeZip(dotDot) << epub << QStringLiteral("unsafe entry name \"../../etc/evil.xhtml\"");
    QVector<ZipEntry> absolute = book;
    absolute.append({"/etc/passwd", "root", 0});
    QTest::newRow("absolute entry") << makeZip(absolute) << epub << QStringLiteral("unsafe entry name \"/etc/passwd\"");

    QVector<ZipEntry> noContainer = book;
    noContainer.remove(1);
    QTest::newRow("no container.xml") << makeZip(noContainer) << epub << QStringLiteral("no META-INF/container.xml");

    QVector<ZipEntry> noOpf = book;
    noOpf.remove(2);
    QTest::newRow("no package document") << makeZip(noOpf) << QStringLiteral("book.epub: META-INF/container.xml")
                                         << QStringLiteral("names the package document \"OEBPS/content.opf\", which is not in the archive");

    QVector<ZipEntry> missingChapter = book;
    missingChapter.remove(3);
    QTest::newRow("spine names a missing file")
        << makeZip(missingChapter) << QStringLiteral("book.epub: OEBPS/Text/ch 1.xhtml")
        << QStringLiteral("missing from the archive, but the spine names it");

    QVector<ZipEntry> unknownId = book;
    unknownId[2].content = opf(R"(<item id="c1" href="Text/ch%201.xhtml" media-type="application/xhtml+xml"/>)",
                               R"(<itemref idref="c1"/><itemref idref="c2"/>)");
    QTest::newRow("spine names an unknown id") << makeZip(unknownId) << QStringLiteral("book.epub: OEBPS/content.opf")
                                               << QStringLiteral("the spine names \"c2\", which the manifest does not list");

    QVector<ZipEntry> escaping = book;
    escaping[2].content = opf(R"(<item id="c1" href="../../ch1.xhtml" media-type="application/xhtml+xml"/>)",
                              R"(<itemref idref="c1"/>)");
    QTest::newRow("manifest path leaves the book") << makeZip(escaping) << QStringLiteral("book.epub: OEBPS/content.opf")
                                                   << QStringLiteral("outside the book: \"../../ch1.xhtml\"");

    QVector<ZipEntry> malformed = book;
    malformed[2].content = "<?xml version=\"1.0\"?>\n<package version=\"3.0\">\n<metadata>\n</package>\n";
    QTest::newRow("malformed package XML") << makeZip(malformed) << QStringLiteral("book.epub: OEBPS/content.opf")
                                           << QStringLiteral("not well-formed XML");

    QVector<ZipEntry> emptySpine = book;
    emptySpine[2].content = opf(QByteArray(), QByteArray());
    QTest::newRow("empty spine") << makeZip(emptySpine) << QStringLiteral("book.epub: OEBPS/content.opf")
                                 << QStringLiteral("the spine lists no chapters");
}

void TestEpubReader::bad_refusedWithAClearError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Package read = package(bytes);
    QVERIFY(!read.ok);
    qInfo("%s", qPrintable(read.error.toString()));
    QCOMPARE(read.error.file, file);
    QVERIFY2(read.error.message.contains(message), qPrintable(read.error.message));
}

// The CRC of Text/Section003.xhtml changed in its local header and in the directory alike, so the
// archive is consistent and only reading the entry finds the data does not match.
void TestEpubReader::bad_crcMismatchNamesTheEntry()
{
    QByteArray bytes = corpus(Luxemburg);
    const QByteArray name = "Text/Section003.xhtml";
    int patched = 0;
    for (int at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        // local header: CRC at +14 from "PK\3\4" (name at +30); directory: CRC at +16 (name at +46)
        const bool local = bytes.mid(at - 30, 4) == "PK\x03\x04";
        const bool central = bytes.mid(at - 46, 4) == "PK\x01\x02";
        QVERIFY(local || central);
        const int crc = local ? at - 30 + 14 : at - 46 + 16;
        bytes[crc] = char(bytes.at(crc) ^ 0x5a);
        ++patched;
    }
    QCOMPARE(patched, 2);
    const Package read = package(bytes);
    QVERIFY(!read.ok);
    qInfo("%s", qPrintable(read.error.toString()));
    QCOMPARE(read.error.file, QStringLiteral("book.epub: Text/Section003.xhtml"));
    QVERIFY2(read.error.message.contains(QLatin1String("CRC error")), qPrintable(read.error.message));
}

void TestEpubReader::bad_flippedDataBytesNameTheEntry()
{
    QByteArray bytes = corpus(Luxemburg);
    const int start = dataOffset(bytes, "Text/Section008.xhtml");
    QVERIFY(start > 0);
    for (int i = 0; i < 16; ++i)
        bytes[start + 1000 + i] = char(~bytes.at(start + 1000 + i));
    const Package read = package(bytes);
    QVERIFY(!read.ok);
    qInfo("%s", qPrintable(read.error.toString()));
    QCOMPARE(read.error.file, QStringLiteral("book.epub: Text/Section008.xhtml"));
    QVERIFY2(read.error.message.contains(QLatin1String("damaged")), qPrintable(read.error.message));
}

// 200 MB of zeros deflate to about 200 KB: the reader must stop at the 16 MB cap for one entry,
// whatever the archive declares, and say which entry it was.
void TestEpubReader::bad_zipBombStopsAtTheCap()
{
    QVector<ZipEntry> entries = minimalBook();
    entries[3].content.clear();
    entries[3].zeros = 200u * 1024u * 1024u;
    QElapsedTimer made;
    made.start();
    const QByteArray bomb = makeZip(entries);
    QVERIFY(!bomb.isEmpty());
    QVERIFY(bomb.size() < 1024 * 1024);
    qInfo("zip bomb: 200 MB of zeros in %d KB, made in %lld ms", int(bomb.size() / 1024), made.elapsed());

    QElapsedTimer timer;
    timer.start();
    const Package read = package(bomb);
    QVERIFY(!read.ok);
    qInfo("refused in %lld ms: %s", timer.elapsed(), qPrintable(read.error.toString()));
    QCOMPARE(read.error.file, QStringLiteral("book.epub: OEBPS/Text/ch 1.xhtml"));
    // 200 MB of zeros: 200 KB deflated, so the ratio (200:1) would only speak at 40 MB; the cap
    // on one entry stops it first.
    QVERIFY2(read.error.message.contains(QLatin1String("more than 16 MB")), qPrintable(read.error.message));
    QVERIFY(timer.elapsed() < 10000);

    // 12 MB of zeros, under that cap: the ratio gives it away after the first megabyte.
    QVector<ZipEntry> ratio = minimalBook();
    ratio[3].content.clear();
    ratio[3].zeros = 12u * 1024u * 1024u;
    const Package refused = package(makeZip(ratio));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.message.contains(QLatin1String("inflates more than 200 times its compressed size")),
             qPrintable(refused.error.message));

    // Many entries under the cap each, but past 64 MB together (stored: no ratio to see).
    QVector<ZipEntry> many = minimalBook();
    QByteArray manifest;
    QByteArray spine;
    for (int i = 0; i < 6; ++i) {
        const QByteArray name = "OEBPS/z" + QByteArray::number(i) + ".xhtml";
        many.append({name, QByteArray(), 15u * 1024u * 1024u, /*stored=*/true});
        manifest += "<item id=\"z" + QByteArray::number(i) + "\" href=\"z" + QByteArray::number(i)
            + ".xhtml\" media-type=\"application/xhtml+xml\"/>";
        spine += "<itemref idref=\"z" + QByteArray::number(i) + "\"/>";
    }
    many[2].content = opf(manifest, spine);
    const Package total = package(makeZip(many));
    QVERIFY(!total.ok);
    qInfo("%s", qPrintable(total.error.toString()));
    QCOMPARE(total.error.file, QStringLiteral("book.epub: OEBPS/z4.xhtml")); // 5 × 15 MB > 64 MB
    QVERIFY2(total.error.message.contains(QLatin1String("more than 64 MB")), qPrintable(total.error.message));
}

void TestEpubReader::bad_truncatedEverywhereNeverCrashes()
{
    const QByteArray bytes = corpus(Stalin);
    int refused = 0;
    for (int cut = 0; cut < bytes.size(); cut += 997) {
        const Package read = package(bytes.left(cut));
        QVERIFY(!read.ok);
        QVERIFY(!read.error.message.isEmpty());
        ++refused;
    }
    qInfo("truncated at %d places: every one refused", refused);
}

void TestEpubReader::bad_flippedBytesEverywhereNeverCrash()
{
    const QByteArray original = corpus(Stalin);
    int refused = 0;
    int read = 0;
    for (int at = 0; at < original.size(); at += 101) {
        QByteArray bytes = original;
        bytes[at] = char(bytes.at(at) ^ 0xff);
        const Package result = package(bytes);
        const Book whole = book(bytes); // through the HTML mapping as well
        QCOMPARE(whole.ok, result.ok);
        if (result.ok)
            ++read;
        else {
            QVERIFY(!result.error.message.isEmpty());
            QCOMPARE(whole.error.toString(), result.error.toString());
            ++refused;
        }
    }
    qInfo("one byte flipped at %d places: %d refused, %d still read (bytes no check covers: "
          "names' letters, timestamps, the CSS)",
          refused + read, refused, read);
    QVERIFY(refused > read);
}

void TestEpubReader::notes_epub3EndnotesFileInTheSpine()
{
    const Book read = book(makeZip(endnotesBook()));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const ImportedText &imported = read.imported;
    printFigures("endnotes book", imported);
    // endnotes.xhtml holds only notes: no chapter of its own, and the report says where they went.
    QCOMPARE(titles(imported), (QStringList{QStringLiteral("The Mill"), QStringLiteral("The Strike")}));
    QCOMPARE(imported.dropped.filter(QStringLiteral("the notes file OEBPS/text/endnotes.xhtml, its notes moved "
                                                    "beside their references (3)"))
                 .size(),
             1);
    QVERIFY2(imported.warnings.isEmpty(), qPrintable(imported.warnings.join(QLatin1Char('\n'))));

    const Reading &mill = imported.readings.at(0);
    QCOMPARE(footnoteLabels(mill), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(footnoteTexts(mill), (QStringList{QStringLiteral("Three shifts of eight hours, by the owner's own ledger."),
                                               QStringLiteral("The weir is older than the mill; the parish map of the "
                                                              "old survey already shows it.\nIts stones were reused twice.")}));
    // Each mark right after the word it belongs to, in the margin beside it.
    QCOMPARE(markPlaces(mill), (QStringList{QStringLiteral("shifts|0"), QStringLiteral("e weir|1")}));
    QVERIFY(!plainText(mill.body).contains(QLatin1String("ledger")));

    const Reading &strike = imported.readings.at(1);
    QCOMPARE(footnoteLabels(strike), QStringList{QStringLiteral("3")});
    QCOMPARE(footnoteTexts(strike), QStringList{QStringLiteral("The hall was lent by the minister, who lost his post for it.")});
    QCOMPARE(markPlaces(strike), QStringList{QStringLiteral("l hall|0")});
    for (const Reading &reading : imported.readings) {
        QVERIFY2(!everything(reading).contains(QChar(0x21A9)), qPrintable(everything(reading)));
        QVERIFY(!everything(reading).contains(QLatin1String("Endnotes")));
    }
}

void TestEpubReader::notes_epub2NotesFileOutsideTheSpineWithPlainLinks()
{
    QVector<ZipEntry> entries = minimalBook();
    entries[2].content = opf(R"(<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
        <item id="c1" href="ch1.html" media-type="application/xhtml+xml"/>
        <item id="notes" href="notes.html" media-type="application/xhtml+xml"/>)",
                             R"(<itemref idref="c1"/>)");
    entries[2].content.replace("version=\"3.0\"", "version=\"2.0\"");
    entries[2].content.replace("<spine>", "<spine toc=\"ncx\">");
    entries[3] = {"OEBPS/ch1.html", R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>The Ledger</title></head><body>
<h1>The Ledger</h1>
<p>Every Saturday the clerk read out the fines for lateness, for talking and for broken thread<a id="r1" href="notes.html#n1">[1]</a>,
and the sum was taken from the week's pay before it reached anyone's hand.</p>
<p>The fines paid for the new clock over the gate<sup><a id="r2" href="notes.html#n2">2</a></sup>, which ran five minutes fast.</p>
</body></html>)", 0};
    entries.append({"OEBPS/toc.ncx", R"(<?xml version="1.0"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
  <navPoint id="c"><navLabel><text>The Ledger</text></navLabel><content src="ch1.html"/></navPoint></navMap></ncx>)", 0});
    entries.append({"OEBPS/notes.html", R"(<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Notes</title></head><body>
<h2>Notes</h2>
<p id="n1"><a href="ch1.html#r1">[1]</a> A penny for each broken thread, two for talking.</p>
<p class="note"><a id="n2" href="ch1.html#r2">2.</a> The clock was the owner's gift, <em>so the notice said</em>.</p>
</body></html>)", 0});
    const Book read = book(makeZip(entries));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const ImportedText &imported = read.imported;
    printFigures("EPUB 2 with notes.html", imported);
    QCOMPARE(titles(imported), QStringList{QStringLiteral("The Ledger")});
    const Reading &reading = imported.readings.first();
    QCOMPARE(footnoteLabels(reading), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(footnoteTexts(reading), (QStringList{QStringLiteral("A penny for each broken thread, two for talking."),
                                                  QStringLiteral("The clock was the owner's gift, so the notice said.")}));
    QCOMPARE(reading.footnotes.at(1).blocks.first().styles.size(), 1); // the emphasis in the note kept
    QCOMPARE(markPlaces(reading), (QStringList{QStringLiteral("thread|0"), QStringLiteral("e gate|1")}));
    QVERIFY(!plainText(reading.body).contains(QLatin1String("[1]")));
    QVERIFY(!plainText(reading.body).contains(QLatin1String("penny")));
    QCOMPARE(imported.dropped.filter(QStringLiteral("the notes file OEBPS/notes.html, its notes moved beside their references (2)")).size(), 1);
    QVERIFY2(imported.warnings.isEmpty(), qPrintable(imported.warnings.join(QLatin1Char('\n'))));
}

void TestEpubReader::notes_oneNoteCitedFromTwoChapters()
{
    QVector<ZipEntry> entries = endnotesBook();
    // The second chapter cites the first chapter's note 1 again, before its own note 3.
    entries[4].content.replace("in the chapel\nhall",
                               R"(in the chapel<a href="endnotes.xhtml#note-1" id="noteref-1b" epub:type="noteref">1</a>
hall)");
    QVERIFY(entries[4].content.contains("noteref-1b"));
    const Book read = book(makeZip(entries));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const ImportedText &imported = read.imported;
    QCOMPARE(noteCounts(imported), (QVector<int>{2, 2}));
    const Reading &strike = imported.readings.at(1);
    QCOMPARE(footnoteLabels(strike), (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    QCOMPARE(footnoteTexts(strike).first(), QStringLiteral("Three shifts of eight hours, by the owner's own ledger."));
    QCOMPARE(markPlaces(strike), (QStringList{QStringLiteral("chapel|0"), QStringLiteral("l hall|1")}));
    QCOMPARE(footnoteTexts(imported.readings.at(0)).first(), footnoteTexts(strike).first());
    QCOMPARE(imported.dropped.filter(QStringLiteral("references (3)")).size(), 1);
}

void TestEpubReader::notes_missingTargetsStayTextAndWarn()
{
    QVector<ZipEntry> entries = endnotesBook();
    // A reference to a note the notes file does not have, and one to a file the book does not have.
    entries[3].content.replace("the weavers slept in shifts<a href=\"endnotes.xhtml#note-1\"",
                               "the weavers slept in shifts<a href=\"endnotes.xhtml#note-9\"");
    entries[3].content.replace("built the weir<a href=\"endnotes.xhtml#note-2\" id=\"noteref-2\" epub:type=\"noteref\">2</a>",
                               "built the weir<sup><a href=\"gone.xhtml#n2\" id=\"noteref-2\">2</a></sup>");
    QVERIFY(entries[3].content.contains("gone.xhtml"));
    QVERIFY(entries[3].content.contains("note-9"));
    const Book read = book(makeZip(entries));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const ImportedText &imported = read.imported;
    printFigures("missing notes", imported);
    const Reading &mill = imported.readings.at(0);
    QCOMPARE(mill.title, QStringLiteral("The Mill"));
    QVERIFY(mill.footnotes.isEmpty());
    // The marks stay as the text printed them.
    QVERIFY2(plainText(mill.body).contains(QLatin1String("slept in shifts1 and")), qPrintable(plainText(mill.body)));
    QVERIFY2(plainText(mill.body).contains(QLatin1String("built the weir2,")), qPrintable(plainText(mill.body)));
    QCOMPARE(imported.warnings.size(), 2);
    QVERIFY2(imported.warnings.at(0).startsWith(QLatin1String("OEBPS/text/chapter-1.xhtml: ")), qPrintable(imported.warnings.at(0)));
    QVERIFY2(imported.warnings.at(0).contains(QLatin1String("endnotes.xhtml#note-9")), qPrintable(imported.warnings.at(0)));
    QVERIFY2(imported.warnings.at(1).contains(QLatin1String("gone.xhtml#n2")), qPrintable(imported.warnings.at(1)));
    // Note 3 still found its chapter; the notes file still holds only notes.
    QCOMPARE(footnoteLabels(imported.readings.at(1)), QStringList{QStringLiteral("3")});
    QCOMPARE(imported.readings.size(), 2);
    QCOMPARE(imported.dropped.filter(QStringLiteral("endnotes.xhtml, its notes moved beside their references (1)")).size(), 1);
}

void TestEpubReader::notes_aNotesFileWithTextOfItsOwnStaysAChapter()
{
    QVector<ZipEntry> entries = endnotesBook();
    // An afterword before the notes: the file is a chapter, and its notes still go to the chapters.
    entries[5].content.replace("<section id=\"endnotes\"",
                               "<section epub:type=\"afterword\"><h2>Afterword</h2><p>The weavers' hall still stands, and "
                               "the minutes of their meetings are kept in the county archive, where anyone may read "
                               "them on a weekday.</p></section>\n<section id=\"endnotes\"");
    QVERIFY(entries[5].content.contains("Afterword"));
    const Book read = book(makeZip(entries));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const ImportedText &imported = read.imported;
    QCOMPARE(titles(imported).size(), 3);
    QVERIFY2(plainText(imported.readings.at(2).body).contains(QLatin1String("county archive")),
             qPrintable(plainText(imported.readings.at(2).body)));
    QCOMPARE(noteCounts(imported).mid(0, 2), (QVector<int>{2, 1}));
    QVERIFY(imported.dropped.filter(QStringLiteral("the notes file")).isEmpty());
}

void TestEpubReader::notes_aShortNotesFileIsReportedAsNotesMoved()
{
    QVector<ZipEntry> entries = endnotesBook();
    // One short note: the file has fewer than 25 words, so it was never going to be a chapter.
    entries[3].content.replace(R"(<a href="endnotes.xhtml#note-2" id="noteref-2" epub:type="noteref">2</a>)", "");
    entries[4].content.replace(R"(<a href="endnotes.xhtml#note-3" id="noteref-3" epub:type="noteref">3</a>)", "");
    entries[5].content = xhtml("Endnotes", R"(<section epub:type="endnotes"><ol>
<li id="note-1" epub:type="endnote"><p>Three shifts of eight hours. <a href="chapter-1.xhtml#noteref-1" epub:type="backlink">&#8617;</a></p></li>
</ol></section>)");
    const Book read = book(makeZip(entries));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    const ImportedText &imported = read.imported;
    QCOMPARE(noteCounts(imported), (QVector<int>{1, 0}));
    QCOMPARE(footnoteTexts(imported.readings.at(0)), QStringList{QStringLiteral("Three shifts of eight hours.")});
    QCOMPARE(imported.dropped.filter(QStringLiteral("endnotes.xhtml")),
             QStringList{QStringLiteral("the notes file OEBPS/text/endnotes.xhtml, its notes moved beside their references (1)")});
}

void TestEpubReader::notes_manyChaptersCitingOneLargeNotesFile()
{
    // 200 chapters citing 5 notes each from one notes file of 1,000: every chapter finds its own.
    constexpr int Chapters = 200;
    constexpr int NotesPerChapter = 5;
    QByteArray manifest;
    QByteArray spine;
    QVector<ZipEntry> entries = {{"mimetype", "application/epub+zip", 0}, {"META-INF/container.xml", ContainerXml, 0}};
    QByteArray notes;
    for (int c = 1; c <= Chapters; ++c) {
        const QByteArray name = "c" + QByteArray::number(c);
        manifest += "<item id=\"" + name + "\" href=\"" + name + ".xhtml\" media-type=\"application/xhtml+xml\"/>\n";
        spine += "<itemref idref=\"" + name + "\"/>";
        QByteArray body = "<h2>Chapter " + QByteArray::number(c) + "</h2>\n";
        for (int n = 1; n <= NotesPerChapter; ++n) {
            const QByteArray id = QByteArray::number((c - 1) * NotesPerChapter + n);
            body += "<p>The looms ran through the night in the long shed by the river, and the weavers counted "
                    "the hours until the bell" "<a href=\"notes.xhtml#note-" + id + "\" id=\"noteref-" + id
                + "\" epub:type=\"noteref\">" + id + "</a> rang.</p>\n";
            notes += "<li id=\"note-" + id + "\" epub:type=\"endnote\"><p>Note " + id + " on the bell. <a href=\""
                + name + ".xhtml#noteref-" + id + "\" epub:type=\"backlink\">&#8617;</a></p></li>\n";
        }
        entries.append({"OEBPS/" + name + ".xhtml", xhtml("Chapter " + QByteArray::number(c), body), 0});
    }
    manifest += "<item id=\"notes\" href=\"notes.xhtml\" media-type=\"application/xhtml+xml\"/>";
    spine += "<itemref idref=\"notes\"/>";
    entries.insert(2, {"OEBPS/content.opf", opf(manifest, spine), 0});
    entries.append({"OEBPS/notes.xhtml", xhtml("Notes", "<section epub:type=\"endnotes\"><ol>\n" + notes + "</ol></section>"), 0});

    QElapsedTimer timer;
    timer.start();
    const Book read = book(makeZip(entries));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    qInfo("%d chapters citing a notes file of %d notes: %lld ms", Chapters, Chapters * NotesPerChapter, elapsed);
    QCOMPARE(read.imported.readings.size(), Chapters);
    for (int c = 0; c < Chapters; ++c) {
        const Reading &reading = read.imported.readings.at(c);
        QCOMPARE(reading.footnotes.size(), NotesPerChapter);
        QCOMPARE(reading.footnotes.first().label, QString::number(c * NotesPerChapter + 1));
        QCOMPARE(plainText(reading.footnotes.last().blocks),
                 QStringLiteral("Note %1 on the bell.").arg((c + 1) * NotesPerChapter));
    }
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed))); // about 0.5 s here: the notes file is parsed once
}

void TestEpubReader::notes_thousandsOfBrokenMarksWarnBriefly()
{
    // 5,000 note marks into 5,000 files the book does not have: text, 21 warning lines, quickly.
    QVector<ZipEntry> entries = minimalBook();
    QByteArray body = "<h1>One</h1><p>The weavers met in the hall";
    for (int i = 0; i < 5000; ++i)
        body += "<sup><a href=\"gone-" + QByteArray::number(i) + ".xhtml#n1\">" + QByteArray::number(i % 100) + "</a></sup> and";
    body += " went home.</p>";
    entries[3].content = xhtml("One", body);
    QElapsedTimer timer;
    timer.start();
    const Book read = book(makeZip(entries));
    QVERIFY2(read.ok, qPrintable(read.error.toString()));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(read.imported.readings.first().footnotes.size(), 0);
    QCOMPARE(read.imported.warnings.size(), 21);
    QVERIFY2(read.imported.warnings.last().contains(QLatin1String("4980 more note marks")),
             qPrintable(read.imported.warnings.last()));
}

QTEST_GUILESS_MAIN(TestEpubReader)
#include "tst_epubreader.moc"
