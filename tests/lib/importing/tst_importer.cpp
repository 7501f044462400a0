// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importer.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;

namespace {

const char SamplePath[] = "red-letter/dictatorship-of-the-proletariat.md";

const QByteArray GoodReading("---\ntitle: A Good Reading\nauthor: Someone\n---\n\nText with *italics*.\n");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void importFile_data();
    void importFile();
    void importFile_goodFile();
    void importFile_missingFile();
    void importFile_folder();
    void importFile_unreadableFile();
    void importFile_tooLargeIsRefusedBySizeBeforeReading();
    void importBytes_tooLarge();
    void importBytes_sameChecksAsFiles();
    void extensions_data();
    void extensions();

    void corpus_sampleImports();
    void corpus_markdownWithoutReadingFrontMatterFailsCleanly_data();
    void corpus_markdownWithoutReadingFrontMatterFailsCleanly();
    void corpus_hugoPageWithTitleImports();
    void corpus_everyTextFileImportsOrFailsWithAPosition();
    void corpus_nonReadingFormatsAreRefused_data();
    void corpus_nonReadingFormatsAreRefused();

    void robustness_truncatedSampleNeverCrashes();
    void robustness_flippedBytesNeverCrash();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImporter::importFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // SourceError::toString() without the directory

    QTest::newRow("empty file")
        << QStringLiteral("empty.md") << QByteArray()
        << QStringLiteral("empty.md:1:1: empty file: expected '---' and front matter with a title");
    QTest::newRow("whitespace only")
        << QStringLiteral("blank.md") << QByteArray("  \n\t\r\n\n")
        << QStringLiteral("blank.md:1:1: empty file: expected '---' and front matter with a title");
    QTest::newRow("BOM and whitespace only")
        << QStringLiteral("bom.md") << QByteArray("\xEF\xBB\xBF\n \n")
        << QStringLiteral("bom.md:1:1: empty file: expected '---' and front matter with a title");
    QTest::newRow("binary: NUL byte on line 3")
        << QStringLiteral("binary.md") << (GoodReading.left(20) + "\nab" + QByteArray(1, '\0') + "cd")
        << QStringLiteral("binary.md:3:3: binary data (NUL byte), not a text file");
    QTest::newRow("UTF-16 with BOM")
        << QStringLiteral("utf16.md") << QByteArray("\xFF\xFE-\0-\0-\0", 8)
        << QStringLiteral("utf16.md:1:1: UTF-16 text; save the file as UTF-8");
    QTest::newRow("Latin-1: é on line 5 after a UTF-8 é")
        << QStringLiteral("latin1.md")
        << QByteArray("---\ntitle: T\n---\n\nCaf\xC3\xA9 and caf\xE9 au lait.\n")
        << QStringLiteral("latin1.md:5:13: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    QTest::newRow("Latin-1 in the front matter")
        << QStringLiteral("latin1-title.md") << QByteArray("---\ntitle: \xC9tat et r\xE9volution\n---\n")
        << QStringLiteral("latin1-title.md:2:8: not valid UTF-8 (byte 0xC9); save the file as UTF-8");
    QTest::newRow("broken front matter: YAML syntax error inside the file")
        << QStringLiteral("yaml.md") << QByteArray("---\ntitle: T\nauthor: Marx: Engels\n---\nText.\n")
        << QStringLiteral("yaml.md:3:13: front matter is not valid YAML: illegal map value "
                          "(put a value that contains ': ' in quotes)");
    QTest::newRow("unterminated front matter")
        << QStringLiteral("open.md") << QByteArray("---\ntitle: T\n\nText.\n")
        << QStringLiteral("open.md:1:1: unterminated front matter: expected a line '---' after the YAML block "
                          "that starts here");
    QTest::newRow("no front matter")
        << QStringLiteral("plain.md") << QByteArray("# Title\n\nText.\n")
        << QStringLiteral("plain.md:1:1: no front matter: a reading starts with '---' and a YAML block with at "
                          "least a title");
    QTest::newRow("no title")
        << QStringLiteral("untitled.md") << QByteArray("---\nauthor: Lenin\n---\nText.\n")
        << QStringLiteral("untitled.md:1:1: no title: the front matter needs a line 'title: ...'");
    QTest::newRow("empty title")
        << QStringLiteral("emptytitle.md") << QByteArray("---\ntitle: ''\n---\nText.\n")
        << QStringLiteral("emptytitle.md:2:8: empty title: 'title:' needs the reading's title");
    QTest::newRow("bad year")
        << QStringLiteral("year.md") << QByteArray("---\ntitle: T\nyear: 1917a\n---\n")
        << QStringLiteral("year.md:3:7: 'year' must be a whole number like 1917, not '1917a'");
    QTest::newRow("bad date")
        << QStringLiteral("date.md") << QByteArray("---\ntitle: T\ndate: 2026-13-01\n---\n")
        << QStringLiteral("date.md:3:7: 'date' must be a day written YYYY-MM-DD, like 2026-11-24, not '2026-13-01'");
}

void TestImporter::importFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QVERIFY(writeFile(path(name), bytes));
    Reading reading;
    SourceError error;
    QVERIFY(!Importer::importFile(path(name), &reading, &error));
    QCOMPARE(error.file, path(name));
    QCOMPARE(error.toString(), m_dir->path() + QLatin1Char('/') + expected);
    QVERIFY(!error.toString().contains(QLatin1Char('\n')));
    QVERIFY(!reading.isValid());
}

void TestImporter::importFile_goodFile()
{
    QVERIFY(writeFile(path(QStringLiteral("good.md")), GoodReading));
    Reading reading;
    SourceError error;
    QVERIFY2(Importer::importFile(path(QStringLiteral("good.md")), &reading, &error), qPrintable(error.toString()));
    QVERIFY(error.isNull());
    QCOMPARE(reading.title, QStringLiteral("A Good Reading"));
    QCOMPARE(reading.body.size(), 1);
    QCOMPARE(reading.body.first().text, QStringLiteral("Text with italics."));
    QCOMPARE(reading.body.first().sourceLine, 6);
}

void TestImporter::importFile_missingFile()
{
    Reading reading;
    SourceError error;
    const QString missing = path(QStringLiteral("not-there.md"));
    QVERIFY(!Importer::importFile(missing, &reading, &error));
    QCOMPARE(error.toString(), missing + QStringLiteral(": cannot read: no such file"));
    QCOMPARE(error.line, 0);
}

void TestImporter::importFile_folder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.md")));
    Reading reading;
    SourceError error;
    QVERIFY(!Importer::importFile(path(QStringLiteral("folder.md")), &reading, &error));
    QVERIFY2(error.message.startsWith(QLatin1String("cannot read: ")), qPrintable(error.message));
}

void TestImporter::importFile_unreadableFile()
{
    const QString locked = path(QStringLiteral("locked.md"));
    QVERIFY(writeFile(locked, GoodReading));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    QFile probe(locked);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running as root: permissions do not stop reading");
    Reading reading;
    SourceError error;
    QVERIFY(!Importer::importFile(locked, &reading, &error));
    QVERIFY2(error.toString().startsWith(locked + QStringLiteral(": cannot read: ")), qPrintable(error.toString()));
    QVERIFY(error.message.size() > QStringLiteral("cannot read: ").size());
}

void TestImporter::importFile_tooLargeIsRefusedBySizeBeforeReading()
{
    // A sparse 50 MB file: resize() writes nothing, so this is fast, and only refusing by size
    // (not by reading 50 MB and looking at it) keeps the import fast too.
    const QString huge = path(QStringLiteral("huge.md"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(GoodReading) == GoodReading.size());
        QVERIFY(file.resize(50 * 1024 * 1024));
    }
    QElapsedTimer timer;
    timer.start();
    Reading reading;
    SourceError error;
    QVERIFY(!Importer::importFile(huge, &reading, &error));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(error.toString(), huge + QStringLiteral(": too large (50.0 MB; the limit is 16 MB)"));
    QCOMPARE(error.line, 0);

    // Exactly the limit is allowed through to the content checks (here: NUL bytes of the sparse tail).
    QVERIFY(QFile::resize(huge, Importer::MaximumFileSize));
    QVERIFY(!Importer::importFile(huge, &reading, &error));
    QVERIFY2(error.message.startsWith(QLatin1String("binary data")), qPrintable(error.message));
}

void TestImporter::importBytes_tooLarge()
{
    const QByteArray bytes = GoodReading + QByteArray(Importer::MaximumFileSize, 'x');
    Reading reading;
    SourceError error;
    QVERIFY(!Importer::importBytes(bytes, QStringLiteral("big.md"), &reading, &error));
    QCOMPARE(error.toString(), QStringLiteral("big.md: too large for a reading (16.0 MB; the limit is 16 MB)"));
}

void TestImporter::importBytes_sameChecksAsFiles()
{
    Reading reading;
    SourceError error;
    QVERIFY(!Importer::importBytes(QByteArray("---\ntitle: caf\xE9\n---\n"), QStringLiteral("mem.md"), &reading, &error));
    QCOMPARE(error.toString(), QStringLiteral("mem.md:2:11: not valid UTF-8 (byte 0xE9); save the file as UTF-8"));
    QVERIFY(Importer::importBytes(GoodReading, QStringLiteral("mem.md"), &reading, &error));
    QCOMPARE(reading.title, QStringLiteral("A Good Reading"));
}

void TestImporter::extensions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");

    QTest::newRow(".md") << QStringLiteral("a.md") << true;
    QTest::newRow(".markdown") << QStringLiteral("a.markdown") << true;
    QTest::newRow(".txt is read as the reading format") << QStringLiteral("a.txt") << true;
    QTest::newRow("upper-case .MD") << QStringLiteral("A.MD") << true;
    QTest::newRow("no extension (an embedded resource)") << QStringLiteral("builtin") << true;
    // The import service picks the reader from the bytes (ImportService::sniffFormat); the
    // reading-format reader itself takes any name.
    QTest::newRow(".htm") << QStringLiteral("a.htm") << true;
    QTest::newRow("double extension .md.bak") << QStringLiteral("a.md.bak") << true;
}

void TestImporter::extensions()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    Reading reading;
    SourceError error;
    QVERIFY2(Importer::importBytes(GoodReading, name, &reading, &error) == accepted, qPrintable(error.toString()));
    QCOMPARE(reading.title, QStringLiteral("A Good Reading"));
}

// ---- The corpus ------------------------------------------------------------------------------

void TestImporter::corpus_sampleImports()
{
    REDLETTER_REQUIRE_CORPUS();
    Reading reading;
    SourceError error;
    QVERIFY2(Importer::importFile(test::corpusFile(QLatin1String(SamplePath)), &reading, &error),
             qPrintable(error.toString()));
    QCOMPARE(reading.title, QStringLiteral("The Dictatorship of the Proletariat"));
    QCOMPARE(reading.footnotes.size(), 3);
    QCOMPARE(reading.editorialNotes.size(), 3);
    QVERIFY(!reading.introduction.isEmpty());
}

void TestImporter::corpus_markdownWithoutReadingFrontMatterFailsCleanly_data()
{
    QTest::addColumn<QString>("file");
    // Markdown editions found in the wild: no front matter at all.
    QTest::newRow("Manifesto, English") << QStringLiteral("markdown/comtext_marx-engels_manifesto_en.md");
    QTest::newRow("Manifesto, German") << QStringLiteral("markdown/comtext_marx-engels_manifest_de.md");
    QTest::newRow("Pandoc conversion") << QStringLiteral("markdown/miareader-pandoc_marx-engels_communist-manifesto_ch01.md");
    QTest::newRow("State and Revolution, Markdown in .txt") << QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt");
    QTest::newRow("Gutenberg plain text") << QStringLiteral("plain/gutenberg61-body_marx-engels_communist-manifesto.txt");
}

void TestImporter::corpus_markdownWithoutReadingFrontMatterFailsCleanly()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, file);
    const QString fullPath = test::corpusFile(file);
    QVERIFY(QFile::exists(fullPath));
    Reading reading;
    SourceError error;
    QVERIFY(!Importer::importFile(fullPath, &reading, &error));
    QCOMPARE(error.file, fullPath);
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, 1);
    QVERIFY2(error.message.startsWith(QLatin1String("no front matter: ")), qPrintable(error.message));
}

void TestImporter::corpus_hugoPageWithTitleImports()
{
    REDLETTER_REQUIRE_CORPUS();
    // A Hugo page (CRLF, YAML front matter with a title and Hugo's own keys) is close enough to be
    // a reading: it imports, and Hugo's keys are kept as extra metadata.
    const QString file = test::corpusFile(QStringLiteral("markdown/mlcom_stalin_dialectical-historical-materialism.md"));
    Reading reading;
    SourceError error;
    QVERIFY2(Importer::importFile(file, &reading, &error), qPrintable(error.toString()));
    QCOMPARE(reading.title, QStringLiteral("Dialectical and Historical Materialism"));
    QCOMPARE(reading.author, QStringLiteral("joseph stalin"));
    QCOMPARE(reading.tags.size(), 3);
    QStringList extraKeys;
    for (const ExtraMetadata &extra : reading.extraMetadata)
        extraKeys.append(extra.key);
    QCOMPARE(extraKeys, (QStringList{QStringLiteral("works"), QStringLiteral("hidetitle"),
                                     QStringLiteral("description"), QStringLiteral("attributions")}));
    int quotes = 0;
    bool inQuote = false;
    for (const Block &block : reading.body) {
        QVERIFY(!block.text.contains(QLatin1Char('\r')));
        if (block.quoteDepth > 0 && !inQuote)
            ++quotes;
        inQuote = block.quoteDepth > 0;
    }
    // The file has 27 quotes ('>' lines after a line without); quotes separated only by a blank
    // line follow each other as blocks, so count the quote lines whose previous text line is no quote.
    int quotesInFile = 0;
    bool previousTextQuoted = false;
    for (const QByteArray &line : test::readFile(file).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const bool quoted = line.startsWith('>');
        if (quoted && !previousTextQuoted)
            ++quotesInFile;
        previousTextQuoted = quoted;
    }
    QVERIFY(quotesInFile > 20);
    QCOMPARE(quotes, quotesInFile);
}

void TestImporter::corpus_everyTextFileImportsOrFailsWithAPosition()
{
    REDLETTER_REQUIRE_CORPUS();
    int files = 0;
    for (const QString &folder : {QStringLiteral("markdown"), QStringLiteral("plain"), QStringLiteral("red-letter")}) {
        const QDir dir(test::corpusFile(folder));
        const QStringList names = dir.entryList({QStringLiteral("*.md"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            ++files;
            Reading reading;
            SourceError error;
            if (Importer::importFile(dir.filePath(name), &reading, &error)) {
                QVERIFY(reading.isValid());
                QVERIFY(!reading.body.isEmpty());
            } else {
                QVERIFY2(error.line >= 1 && error.column >= 1, qPrintable(error.toString()));
            }
        }
    }
    QVERIFY(files >= 8);
}

void TestImporter::corpus_nonReadingFormatsAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("MIA HTML") << QStringLiteral("mia/mia_marx_civil-war-in-france_ch05.htm");
    QTest::newRow("EPUB") << QStringLiteral("epub/epubber_trotsky_terrorism-and-communism_en.epub");
    QTest::newRow("malformed EPUB") << QStringLiteral("epub/m2e-MALFORMED-nomimetype_stalin_dialectical-historical-materialism.epub");
}

void TestImporter::corpus_nonReadingFormatsAreRefused()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, file);
    Reading reading;
    SourceError error;
    // Not a reading: the reading-format reader refuses it with a position (the import service
    // hands these files to their own readers; see tst_importservice).
    QVERIFY(!Importer::importFile(test::corpusFile(file), &reading, &error));
    QVERIFY2(error.line >= 1 && error.column >= 1, qPrintable(error.toString()));
    QVERIFY2(error.message.startsWith(QLatin1String("no front matter")) || error.message.startsWith(QLatin1String("binary data"))
                 || error.message.startsWith(QLatin1String("not valid UTF-8")),
             qPrintable(error.toString()));
}

// ---- Robustness ------------------------------------------------------------------------------

void TestImporter::robustness_truncatedSampleNeverCrashes()
{
    REDLETTER_REQUIRE_CORPUS();
    const QByteArray sample = test::readFile(test::corpusFile(QLatin1String(SamplePath)));
    QRandomGenerator random(20261124);
    int imported = 0;
    for (int round = 0; round < 200; ++round) {
        const int cut = random.bounded(sample.size() + 1);
        Reading reading;
        SourceError error;
        if (Importer::importBytes(sample.left(cut), QStringLiteral("cut.md"), &reading, &error)) {
            QVERIFY(reading.isValid());
            ++imported;
        } else {
            QVERIFY2(error.line >= 1 && error.column >= 1,
                     qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(error.toString())));
        }
    }
    // Most cuts fall after the front matter and give a (shorter) reading.
    QVERIFY(imported > 100);
}

void TestImporter::robustness_flippedBytesNeverCrash()
{
    REDLETTER_REQUIRE_CORPUS();
    const QByteArray sample = test::readFile(test::corpusFile(QLatin1String(SamplePath)));
    QRandomGenerator random(1917);
    const char interesting[] = {'\0', '\n', '\r', '-', ':', '*', '_', '`', '>', '[', ']', '^', '{', '}', '=', '~', '<', '\\', '\xC3', '\xE9', '\xFF'};
    int imported = 0;
    int failed = 0;
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes = sample;
        const int flips = 1 + random.bounded(8);
        for (int k = 0; k < flips; ++k) {
            const int at = random.bounded(bytes.size());
            bytes[at] = random.bounded(2) == 0 ? interesting[random.bounded(int(sizeof interesting))]
                                               : static_cast<char>(random.bounded(256));
        }
        Reading reading;
        SourceError error;
        if (Importer::importBytes(bytes, QStringLiteral("flipped.md"), &reading, &error)) {
            ++imported;
            QVERIFY(reading.isValid());
            for (const Block &block : reading.body) {
                for (const Anchor &anchor : block.anchors) {
                    QVERIFY(anchor.start >= 0 && anchor.start <= anchor.end && anchor.end <= block.text.size());
                    const int targets = anchor.kind == Anchor::FootnoteReference ? reading.footnotes.size()
                                                                                  : reading.editorialNotes.size();
                    QVERIFY(anchor.index >= 0 && anchor.index < targets);
                }
                for (const StyleRange &style : block.styles)
                    QVERIFY(style.start >= 0 && style.start < style.end && style.end <= block.text.size());
            }
        } else {
            ++failed;
            QVERIFY2(error.line >= 1, qPrintable(error.toString()));
            QVERIFY(!error.message.isEmpty());
        }
    }
    QVERIFY(imported > 0);
    QVERIFY(failed > 0);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
