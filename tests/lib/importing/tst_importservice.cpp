// SPDX-License-Identifier: GPL-3.0-or-later
// The import service: which reader gets a source, what is stored, and that a failing source
// leaves the catalog exactly as it was. The readers themselves have their own tests
// (tst_plaintext, tst_markdownformat, tst_htmlreader, tst_epubreader).
#include "importing/importservice.h"

#include "catalog/catalog.h"
#include "importing/linkfetcher.h"
#include "loopbackhttpserver.h"
#include "../catalog/catalogtestutil.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

namespace {

const QByteArray OurReading = "---\ntitle: Rent\nauthor: Me\n---\n\nRent is *unearned*.[^1]\n\n[^1]: Ricardo.\n";

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void sniffFormat_data();
    void sniffFormat();
    void corpus_eachTextFileImportsWithItsFigures_data();
    void corpus_eachTextFileImportsWithItsFigures();
    void importAgain_updatesInPlace();
    void failingSources_leaveTheCatalogAsItWas_data();
    void failingSources_leaveTheCatalogAsItWas();
    void oneBadSourceAmongGoodOnes_onlyItFails();
    void link_withoutFetcher_isRefused();
    void link_fetched_keepsItsUrlAsSource();
    void report_toText_namesSourcesAndErrors();
    void work_fromItsContentsPageInAFolder();
    void work_fromALoopbackLink();
    void work_chapterMissing_failsWithNothingStored();
    void epub_declaredLanguageOverriddenByTheText();
    void editions_anotherSourceOfTheSameTextIsAnotherReading();
    void editions_anotherSourceOfTheSameWorkIsAnotherWork();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestImportService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = test::openCatalogIn(*m_dir);
    QVERIFY(m_catalog);
}

void TestImportService::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

QString TestImportService::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

void TestImportService::sniffFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    const auto as = [](SourceFormat format) { return int(format); };
    QTest::newRow("our reading, common keys only") << OurReading << QStringLiteral("a.md") << as(SourceFormat::ReadingFormat);
    QTest::newRow("our reading named .txt") << OurReading << QStringLiteral("a.txt") << as(SourceFormat::ReadingFormat);
    QTest::newRow("our reading, broken YAML: our parser says where")
        << QByteArray("---\ntitle: [unclosed\nauthor: x\n---\ntext\n") << QStringLiteral("b.md") << as(SourceFormat::ReadingFormat);
    QTest::newRow("Hugo page") << QByteArray("---\ntitle: T\ndescription: d\nweight: 3\n---\n\nText.\n")
                               << QStringLiteral("h.md") << as(SourceFormat::Markdown);
    QTest::newRow("TOML front matter") << QByteArray("+++\ntitle = \"T\"\n+++\n\nText.\n") << QStringLiteral("t.md")
                                       << as(SourceFormat::Markdown);
    QTest::newRow("Markdown without front matter, .md") << QByteArray("Just a line.\n") << QStringLiteral("m.md")
                                                        << as(SourceFormat::Markdown);
    QTest::newRow("plain text") << QByteArray("A plain line of text.\n\nAnother paragraph.\n") << QStringLiteral("p.txt")
                                << as(SourceFormat::PlainText);
    QTest::newRow("a zip is an EPUB to its reader") << QByteArray("PK\x03\x04rest", 8) << QStringLiteral("x.md")
                                                   << as(SourceFormat::Epub);
    QTest::newRow("link without extension") << QByteArray("Plain words.\n") << QStringLiteral("https://example.org/text")
                                            << as(SourceFormat::PlainText);
}

void TestImportService::sniffFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(int, format);
    QCOMPARE(int(ImportService::sniffFormat(bytes, name)), format);
}

void TestImportService::corpus_eachTextFileImportsWithItsFigures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("footnotes");
    QTest::addColumn<int>("editorialNotes");
    // Footnote counts as the readers' own tests establish them from the sources.
    QTest::newRow("our sample") << QStringLiteral("red-letter/dictatorship-of-the-proletariat.md")
                                << int(SourceFormat::ReadingFormat) << QStringLiteral("The Dictatorship of the Proletariat") << 3 << 3;
    QTest::newRow("Gutenberg Manifesto") << QStringLiteral("plain/gutenberg61-body_marx-engels_communist-manifesto.txt")
                                         << int(SourceFormat::PlainText) << QStringLiteral("The Communist Manifesto") << 0 << 0;
    QTest::newRow("Gutenberg Goldman") << QStringLiteral("plain/gutenberg2162_goldman_anarchism-and-other-essays.txt")
                                       << int(SourceFormat::PlainText) << QStringLiteral("Anarchism and Other Essays") << 34 << 0;
    QTest::newRow("Lenin: Markdown in a .txt") << QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt")
                                               << int(SourceFormat::Markdown) << QString() << 32 << 0;
    QTest::newRow("Hugo page") << QStringLiteral("markdown/mlcom_stalin_dialectical-historical-materialism.md")
                               << int(SourceFormat::Markdown) << QStringLiteral("Dialectical and Historical Materialism") << 0 << 0;
    QTest::newRow("German Manifest") << QStringLiteral("markdown/comtext_marx-engels_manifest_de.md") << int(SourceFormat::Markdown)
                                     << QStringLiteral("Manifest der Kommunistischen Partei") << 8 << 0;
}

void TestImportService::corpus_eachTextFileImportsWithItsFigures()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(QString, title);
    QFETCH(int, footnotes);
    QFETCH(int, editorialNotes);
    ImportService service(m_catalog.get());
    const QString path = test::corpusFile(file);
    const SourceReport report = service.importSource(path);
    QVERIFY2(report.succeeded(), qPrintable(report.error.toString()));
    QCOMPARE(report.source, path);
    QCOMPARE(int(report.format), format);
    QCOMPARE(report.readings.size(), 1);
    const ImportedReading &made = report.readings.constFirst();
    if (!title.isEmpty())
        QCOMPARE(made.title, title);
    QCOMPARE(made.outcome, Catalog::ImportOutcome::Added);
    QCOMPARE(made.footnotes, footnotes);
    QCOMPARE(made.editorialNotes, editorialNotes);
    QVERIFY(made.words > 1000);
    // What the report says is what the catalog holds.
    const std::optional<CatalogEntry> entry = m_catalog->entry(made.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->title, made.title);
    QCOMPARE(entry->words, made.words);
    QCOMPARE(entry->minutes, made.minutes);
    QCOMPARE(entry->footnotes, footnotes);
    QCOMPARE(entry->editorialNotes, editorialNotes);
    const std::optional<Reading> stored = m_catalog->reading(made.id);
    QVERIFY(stored.has_value());
    QCOMPARE(int(stored->footnotes.size()), footnotes);
    qInfo("%s: %s, %d words, %d min, %d footnotes", qPrintable(file), qPrintable(ImportReport::formatName(report.format)),
          made.words, made.minutes, made.footnotes);
}

void TestImportService::importAgain_updatesInPlace()
{
    const QString path = write(QStringLiteral("rent.md"), OurReading);
    ImportService service(m_catalog.get());
    const SourceReport first = service.importSource(path);
    QVERIFY2(first.succeeded(), qPrintable(first.error.toString()));
    QCOMPARE(first.readings.constFirst().outcome, Catalog::ImportOutcome::Added);
    const SourceReport same = service.importSource(path);
    QCOMPARE(same.readings.constFirst().outcome, Catalog::ImportOutcome::Unchanged);
    QVERIFY(write(QStringLiteral("rent.md"), QByteArray(OurReading).replace("unearned", "unearned income")) == path);
    const SourceReport changed = service.importSource(path);
    QCOMPARE(changed.readings.constFirst().outcome, Catalog::ImportOutcome::Updated);
    QCOMPARE(changed.readings.constFirst().id, first.readings.constFirst().id);
    QCOMPARE(m_catalog->readingCount(), 1);
}

void TestImportService::failingSources_leaveTheCatalogAsItWas_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // the error, after "PATH"
    QTest::newRow("empty") << QStringLiteral("empty.md") << QByteArray() << QStringLiteral(":1:1: empty file");
    QTest::newRow("binary") << QStringLiteral("binary.txt") << QByteArray("abc\0def", 7) << QStringLiteral(":1:4: binary data (NUL byte)");
    QTest::newRow("UTF-16") << QStringLiteral("wide.txt") << QByteArray("\xFF\xFEh\0i\0", 6) << QStringLiteral(":1:1: UTF-16 text");
    QTest::newRow("broken front matter") << QStringLiteral("broken.md") << QByteArray("---\ntitle: [unclosed\n---\ntext\n")
                                         << QStringLiteral(":3:1: front matter is not valid YAML");
    QTest::newRow("a zip that is no book") << QStringLiteral("x.epub") << QByteArray("PK\x03\x04garbage", 11)
                                           << QStringLiteral(": ");
}

void TestImportService::failingSources_leaveTheCatalogAsItWas()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(m_catalog->importReading(test::sampleReading(QStringLiteral("kept"), QStringLiteral("Kept"), QStringLiteral("Kept text.")),
                                     QString(), false, nullptr, &error));
    const QString before = test::dumpDatabase(m_catalog->connectionName());
    const QString path = write(name, bytes);
    ImportService service(m_catalog.get());
    const SourceReport report = service.importSource(path);
    QVERIFY(!report.succeeded());
    QVERIFY(report.readings.isEmpty());
    QCOMPARE(report.error.file, path);
    QVERIFY2(report.error.toString().startsWith(path + expected), qPrintable(report.error.toString()));
    QCOMPARE(test::dumpDatabase(m_catalog->connectionName()), before);
}

void TestImportService::oneBadSourceAmongGoodOnes_onlyItFails()
{
    const QString good = write(QStringLiteral("rent.md"), OurReading);
    const QString folder = m_dir->path();
    const QString missing = m_dir->filePath(QStringLiteral("missing.txt"));
    ImportService service(m_catalog.get());
    const ImportReport report = service.importSources({missing, good, folder});
    QCOMPARE(report.sources.size(), 3);
    QCOMPARE(report.succeededCount(), 1);
    QCOMPARE(report.failedCount(), 2);
    QVERIFY(!report.succeeded());
    QCOMPARE(report.sources.at(0).error.toString(), missing + QStringLiteral(": cannot read: no such file"));
    QVERIFY(report.sources.at(1).succeeded());
    QCOMPARE(report.sources.at(2).error.toString(), folder + QStringLiteral(": cannot read: it is a folder, not a file"));
    QCOMPARE(m_catalog->readingCount(), 1);
}

void TestImportService::link_withoutFetcher_isRefused()
{
    ImportService service(m_catalog.get());
    const SourceReport report = service.importSource(QStringLiteral("http://127.0.0.1:9/page.htm"));
    QVERIFY(!report.succeeded());
    QCOMPARE(report.error.toString(), QStringLiteral("http://127.0.0.1:9/page.htm: cannot fetch links here"));
    QCOMPARE(m_catalog->readingCount(), 0);
}

void TestImportService::link_fetched_keepsItsUrlAsSource()
{
    ImportService service(m_catalog.get());
    QList<QUrl> asked;
    service.setFetcher([&asked](const QUrl &url, FormatInput *out, SourceError *) {
        asked.append(url);
        out->bytes = "Plain words of a page fetched from a link, enough to be a reading.\n";
        out->sourceUrl = QUrl(QStringLiteral("http://127.0.0.1:9/final/page.txt")); // after a redirect
        return true;
    });
    const SourceReport report = service.importSource(QStringLiteral("http://127.0.0.1:9/page.txt"));
    QVERIFY2(report.succeeded(), qPrintable(report.error.toString()));
    QCOMPARE(asked, QList<QUrl>{QUrl(QStringLiteral("http://127.0.0.1:9/page.txt"))});
    const std::optional<CatalogEntry> entry = m_catalog->entry(report.readings.constFirst().id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->source, QUrl(QStringLiteral("http://127.0.0.1:9/final/page.txt")));

    // A fetch that fails is the source's error, and nothing is stored.
    service.setFetcher([](const QUrl &url, FormatInput *, SourceError *error) {
        *error = SourceError{url.toString(), 0, 0, QStringLiteral("HTTP 404 Not Found")};
        return false;
    });
    const SourceReport failed = service.importSource(QStringLiteral("http://127.0.0.1:9/gone.htm"));
    QCOMPARE(failed.error.toString(), QStringLiteral("http://127.0.0.1:9/gone.htm: HTTP 404 Not Found"));
    QCOMPARE(m_catalog->readingCount(), 1);
}

void TestImportService::report_toText_namesSourcesAndErrors()
{
    const QString good = write(QStringLiteral("rent.md"), OurReading);
    const QString empty = write(QStringLiteral("empty.md"), QByteArray());
    ImportService service(m_catalog.get());
    const ImportReport report = service.importSources({good, empty});
    QString errors;
    const QString text = report.toText(&errors);
    QCOMPARE(text, good + QStringLiteral(": Red Letter reading\n  added \"Rent\" as me--rent (1 min; 4 words, 1 footnotes, "
                                         "0 editor's notes; language en)\n"));
    QVERIFY2(errors.startsWith(empty + QStringLiteral(":1:1: empty file")), qPrintable(errors));
    QCOMPARE(errors.count(QLatin1Char('\n')), 1);
}

namespace {

const QStringList ManifestoChapters{
    QStringLiteral("Preface"),
    QStringLiteral("Chapter I. Bourgeois and Proletarians"),
    QStringLiteral("Chapter II. Proletarians and Communists"),
    QStringLiteral("Chapter III. Socialist and Communist Literature"),
    QStringLiteral("Chapter IV. Position of the Communists in Relation to the Various Existing Opposition Parties"),
};

void checkManifestoWork(Catalog *catalog, const SourceReport &report)
{
    QVERIFY2(report.succeeded(), qPrintable(report.error.toString()));
    QCOMPARE(report.format, SourceFormat::HtmlWork);
    QCOMPARE(report.workTitle, QStringLiteral("Manifesto of the Communist Party"));
    QCOMPARE(report.readings.size(), 5);
    const QVector<CatalogEntry> parts = catalog->workEntries(report.workId);
    QCOMPARE(parts.size(), 5);
    int words = 0;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(parts.at(i).title, ManifestoChapters.at(i));
        QCOMPARE(parts.at(i).workPosition, i + 1);
        QCOMPARE(parts.at(i).author, QStringLiteral("Karl Marx and Frederick Engels"));
        QCOMPARE(parts.at(i).year, 1848);
        QCOMPARE(parts.at(i).language, QStringLiteral("en"));
        words += parts.at(i).words;
    }
    // Notes as tst_htmlreader counts them from the pages: preface 2+3, ch01 4, ch03 4+1, ch04 1+1.
    QCOMPARE(parts.at(0).footnotes, 2);
    QCOMPARE(parts.at(0).editorialNotes, 3);
    QCOMPARE(parts.at(1).footnotes, 4);
    QCOMPARE(parts.at(3).footnotes, 4);
    QCOMPARE(parts.at(4).footnotes, 1);
    QCOMPARE(catalog->readingCount(), 5);
    qInfo("the Manifesto as a work: 5 parts, %d words", words);
}

} // namespace

void TestImportService::work_fromItsContentsPageInAFolder()
{
    REDLETTER_REQUIRE_CORPUS();
    ImportService service(m_catalog.get());
    const SourceReport report =
        service.importSource(test::corpusFile(QStringLiteral("mia/sites/marx-engels-communist-manifesto/index.htm")));
    checkManifestoWork(m_catalog.get(), report);
    // "ch01.htm#007" and the like in the contents never import a chapter twice; again, nothing moves.
    const SourceReport again =
        service.importSource(test::corpusFile(QStringLiteral("mia/sites/marx-engels-communist-manifesto/index.htm")));
    QVERIFY(again.succeeded());
    for (const ImportedReading &reading : again.readings)
        QCOMPARE(reading.outcome, Catalog::ImportOutcome::Unchanged);
    QCOMPARE(m_catalog->readingCount(), 5);
}

void TestImportService::work_fromALoopbackLink()
{
    REDLETTER_REQUIRE_CORPUS();
    test::LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.serveDirectory(test::corpusFile(QStringLiteral("mia/sites")));
    ImportService service(m_catalog.get());
    service.setFetcher(ImportService::linkFetcher());
    const QString link = server.url(QStringLiteral("/marx-engels-communist-manifesto/index.htm")).toString();
    const SourceReport report = service.importSource(link);
    checkManifestoWork(m_catalog.get(), report);
    // Each chapter keeps its own page's URL as its source.
    const QVector<CatalogEntry> parts = m_catalog->workEntries(report.workId);
    QCOMPARE(parts.at(1).source, server.url(QStringLiteral("/marx-engels-communist-manifesto/ch01.htm")));
}

void TestImportService::work_chapterMissing_failsWithNothingStored()
{
    REDLETTER_REQUIRE_CORPUS();
    const QDir site(test::corpusFile(QStringLiteral("mia/sites/marx-engels-communist-manifesto")));
    const QString copy = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(copy));
    for (const QString &name : site.entryList(QDir::Files)) {
        if (name != QLatin1String("ch03.htm"))
            QVERIFY(QFile::copy(site.filePath(name), copy + QLatin1Char('/') + name));
    }
    const QString before = test::dumpDatabase(m_catalog->connectionName());
    ImportService service(m_catalog.get());
    const QString index = copy + QStringLiteral("/index.htm");
    const SourceReport report = service.importSource(index);
    QVERIFY(!report.succeeded());
    const QString error = report.error.toString();
    QVERIFY2(error.startsWith(index + QStringLiteral(": chapter 4 of 5 (")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("ch03.htm")) && error.contains(QLatin1String("no such file")), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1String("nothing of the work was imported")), qPrintable(error));
    QCOMPARE(test::dumpDatabase(m_catalog->connectionName()), before);
}

void TestImportService::epub_declaredLanguageOverriddenByTheText()
{
    REDLETTER_REQUIRE_CORPUS();
    ImportService service(m_catalog.get());
    const SourceReport report =
        service.importSource(test::corpusFile(QStringLiteral("epub/epubber_luxemburg_sozialreform-oder-revolution_de.epub")));
    QVERIFY2(report.succeeded(), qPrintable(report.error.toString()));
    QCOMPARE(report.format, SourceFormat::Epub);
    QCOMPARE(report.declaredLanguage, QStringLiteral("en"));
    QCOMPARE(report.language, QStringLiteral("de"));
    QVERIFY(report.languageOverridden);
    QCOMPARE(report.readings.size(), 17);
    int footnotes = 0;
    for (const ImportedReading &reading : report.readings) {
        QCOMPARE(reading.language, QStringLiteral("de"));
        footnotes += reading.footnotes;
    }
    QCOMPARE(footnotes, 67); // as tst_epubreader counts them
    QCOMPARE(m_catalog->workEntries(report.workId).size(), 17);
    QVERIFY(ImportReport{{report}}.toText().contains(QLatin1String("Language: the source says \"en\", the text is \"de\"")));
}

void TestImportService::editions_anotherSourceOfTheSameTextIsAnotherReading()
{
    REDLETTER_REQUIRE_CORPUS();
    // The same author and title from another file (another edition, a translation, a copy someone
    // corrected): the same made-up id, and the second must not replace the first.
    const QString gutenberg = test::corpusFile(QStringLiteral("plain/gutenberg61-body_marx-engels_communist-manifesto.txt"));
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("manifesto.txt"));
    QVERIFY(QFile::copy(gutenberg, other));
    ImportService service(m_catalog.get());
    const SourceReport first = service.importSource(gutenberg);
    const SourceReport second = service.importSource(other);
    QVERIFY2(first.succeeded(), qPrintable(first.error.toString()));
    QVERIFY2(second.succeeded(), qPrintable(second.error.toString()));
    const QString firstId = first.readings.constFirst().id;
    const QString secondId = second.readings.constFirst().id;
    QCOMPARE(firstId, QStringLiteral("karl-marx-and-friedrich-engels--the-communist-manifesto"));
    QCOMPARE(secondId, firstId + QStringLiteral("--edition-2"));
    QCOMPARE(second.readings.constFirst().outcome, Catalog::ImportOutcome::Added);
    QCOMPARE(m_catalog->readingCount(), 2);
    QCOMPARE(m_catalog->entry(firstId)->sourceFile, QFileInfo(gutenberg).absoluteFilePath());
    QCOMPARE(m_catalog->entry(secondId)->sourceFile, QFileInfo(other).absoluteFilePath());

    // The same file again updates its own edition in place, whichever order.
    for (const QString &again : {other, gutenberg}) {
        const SourceReport report = service.importSource(again);
        QVERIFY(report.succeeded());
        QCOMPARE(report.readings.constFirst().id, again == other ? secondId : firstId);
        QCOMPARE(report.readings.constFirst().outcome, Catalog::ImportOutcome::Unchanged);
    }
    QCOMPARE(m_catalog->readingCount(), 2);

    // A third file: the third edition.
    const QString third = dir.filePath(QStringLiteral("manifesto-3.txt"));
    QVERIFY(QFile::copy(gutenberg, third));
    QCOMPARE(service.importSource(third).readings.constFirst().id, firstId + QStringLiteral("--edition-3"));
    QCOMPARE(m_catalog->readingCount(), 3);
}

void TestImportService::editions_anotherSourceOfTheSameWorkIsAnotherWork()
{
    REDLETTER_REQUIRE_CORPUS();
    test::LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.serveDirectory(test::corpusFile(QStringLiteral("mia/sites")));
    ImportService service(m_catalog.get());
    service.setFetcher(ImportService::linkFetcher());
    const SourceReport fromFolder =
        service.importSource(test::corpusFile(QStringLiteral("mia/sites/marx-engels-communist-manifesto/index.htm")));
    const SourceReport fromLink =
        service.importSource(server.url(QStringLiteral("/marx-engels-communist-manifesto/index.htm")).toString());
    QVERIFY2(fromFolder.succeeded(), qPrintable(fromFolder.error.toString()));
    QVERIFY2(fromLink.succeeded(), qPrintable(fromLink.error.toString()));
    QCOMPARE(fromLink.workId, fromFolder.workId + QStringLiteral("--edition-2"));
    QCOMPARE(m_catalog->readingCount(), 10);
    const QVector<CatalogEntry> folderParts = m_catalog->workEntries(fromFolder.workId);
    const QVector<CatalogEntry> linkParts = m_catalog->workEntries(fromLink.workId);
    QCOMPARE(folderParts.size(), 5);
    QCOMPARE(linkParts.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(linkParts.at(i).id, folderParts.at(i).id + QStringLiteral("--edition-2"));
        QCOMPARE(linkParts.at(i).title, ManifestoChapters.at(i));
        QVERIFY(!folderParts.at(i).sourceFile.isEmpty());
        QVERIFY(linkParts.at(i).sourceFile.isEmpty());
    }
    // Each again: in place.
    const SourceReport linkAgain =
        service.importSource(server.url(QStringLiteral("/marx-engels-communist-manifesto/index.htm")).toString());
    QCOMPARE(linkAgain.workId, fromLink.workId);
    QCOMPARE(m_catalog->readingCount(), 10);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
