// SPDX-License-Identifier: GPL-3.0-or-later
// The import service: which reader gets a source, what is stored, and that a failing source
// leaves the catalog exactly as it was. The readers themselves have their own tests
// (tst_plaintext, tst_markdownformat, tst_htmlreader, tst_epubreader).
#include "importing/importservice.h"

#include "catalog/catalog.h"
#include "../catalog/catalogtestutil.h"
#include "testsupport.h"

#include <QFile>
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

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestImportService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_catalog = std::make_unique<Catalog>();
    QString error;
    QVERIFY2(m_catalog->open(m_dir->filePath(QStringLiteral("catalog.sqlite")), &error), qPrintable(error));
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

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
