// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over the catalog: the external-content indexes (schema version 5) following
// every change of the rows they index.
#include "catalog/catalog.h"

#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "catalog/migrations.h"
#include "catalogtestutil.h"
#include "importing/importservice.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;
using redletter::test::execSql;
using redletter::test::queryValue;
using redletter::test::sampleReading;

class TestCatalogSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void index_followsReimportAndDelete();
    void index_followsNoteEditsAndDelete();

    void searchWithSnippets_realCorpus_rankedAndHighlighted();
    void searchWithSnippets_germanWordsAsTheTokenizerSeesThem_data();
    void searchWithSnippets_germanWordsAsTheTokenizerSeesThem();
    void searchWithSnippets_russianWords();
    void searchWithSnippets_findsMyNotes();
    void searchWithSnippets_hostileQueries_data();
    void searchWithSnippets_hostileQueries();
    void searchWithSnippets_sameRankingAsFts5Snippets();
    void searchWithSnippets_marksTheWordAsTyped_data();
    void searchWithSnippets_marksTheWordAsTyped();
    void searchWithSnippets_hitDeepInALongReading_data();
    void searchWithSnippets_hitDeepInALongReading();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    //! Entries in the index (not rows of the content: FTS5 counts those through the view).
    int indexed(const Catalog &catalog, const QString &table) const
    {
        return queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM %1_docsize").arg(table)).toInt();
    }
    void verifyConsistent(Catalog &catalog)
    {
        QStringList problems;
        QString error;
        QVERIFY2(catalog.checkIntegrity(&problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    //! The German and English Manifesto (Markdown) and Luxemburg's "Sozialreform oder Revolution" (EPUB).
    bool importCorpus(Catalog *catalog, QString *germanId);
    static void verifyHighlights(const SearchHit &hit, const QString &word);
    std::unique_ptr<QTemporaryDir> m_dir;
};

bool TestCatalogSearch::importCorpus(Catalog *catalog, QString *germanId)
{
    QString error;
    if (!catalog->open(catalogPath(), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    ImportService service(catalog);
    const ImportReport report = service.importSources(
        {test::corpusFile(QStringLiteral("markdown/comtext_marx-engels_manifest_de.md")),
         test::corpusFile(QStringLiteral("markdown/comtext_marx-engels_manifesto_en.md")),
         test::corpusFile(QStringLiteral("epub/epubber_luxemburg_sozialreform-oder-revolution_de.epub"))});
    for (const SourceReport &source : report.sources) {
        if (!source.succeeded()) {
            qWarning("%s", qPrintable(source.error.toString()));
            return false;
        }
    }
    *germanId = report.sources.first().readings.first().id;
    return true;
}

void TestCatalogSearch::verifyHighlights(const SearchHit &hit, const QString &word)
{
    QVERIFY2(!hit.highlights.isEmpty(), qPrintable(hit.snippet));
    for (const auto &range : hit.highlights) {
        QVERIFY(range.first >= 0 && range.first < range.second && range.second <= hit.snippet.size());
        QVERIFY2(hit.snippet.mid(range.first, range.second - range.first).compare(word, Qt::CaseInsensitive) == 0,
                 qPrintable(hit.snippet));
    }
    QVERIFY2(!hit.snippet.contains(QChar(0xE000)) && !hit.snippet.contains(QChar(0xE001)), qPrintable(hit.snippet));
}

void TestCatalogSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCatalogSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogSearch::cleanup()
{
    m_dir.reset();
}

void TestCatalogSearch::index_followsReimportAndDelete()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    Reading first = sampleReading(QStringLiteral("a"), QStringLiteral("Wage Labour"), QStringLiteral("Wages are the price of labour power."));
    Reading second = sampleReading(QStringLiteral("b"), QStringLiteral("Capital"), QStringLiteral("Capital is dead labour."));
    QVERIFY2(catalog.importReadings({first, second}, false, &error), qPrintable(error));
    QCOMPARE(indexed(catalog, QStringLiteral("readings_fts")), 2);
    QCOMPARE(catalog.search(QStringLiteral("wages")), QStringList{QStringLiteral("a")});
    QCOMPARE(catalog.search(QStringLiteral("labour")).size(), 2);

    // A corrected edition: the new words are found, the old ones no longer, one entry still.
    first.body.first().text = QStringLiteral("Profit is the unpaid labour of others.");
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(first, QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QCOMPARE(indexed(catalog, QStringLiteral("readings_fts")), 2);
    QVERIFY(catalog.search(QStringLiteral("wages")).isEmpty());
    QCOMPARE(catalog.search(QStringLiteral("unpaid")), QStringList{QStringLiteral("a")});
    // A new title is searchable at once too.
    first.title = QStringLiteral("Surplus Value");
    QVERIFY2(catalog.importReading(first, QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(catalog.search(QStringLiteral("surplus")), QStringList{QStringLiteral("a")});
    QVERIFY(catalog.search(QStringLiteral("wage")).isEmpty());
    // A year is not indexed, but it is in the stored content: the entry is replaced, still one.
    first.year = 1849;
    QVERIFY2(catalog.importReading(first, QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QCOMPARE(indexed(catalog, QStringLiteral("readings_fts")), 2);
    QCOMPARE(catalog.search(QStringLiteral("unpaid")), QStringList{QStringLiteral("a")});
    verifyConsistent(catalog);

    // Deleting a row (no app path does yet; a tool might) takes its entry out of the index.
    QVERIFY(execSql(catalog.connectionName(), QStringLiteral("DELETE FROM readings WHERE id = 'b'")));
    QCOMPARE(indexed(catalog, QStringLiteral("readings_fts")), 1);
    QCOMPARE(catalog.search(QStringLiteral("labour")), QStringList{QStringLiteral("a")});
    QVERIFY(catalog.search(QStringLiteral("dead")).isEmpty());
    verifyConsistent(catalog);
}

void TestCatalogSearch::index_followsNoteEditsAndDelete()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    const Reading reading = sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("Workers of the world, unite!"));
    QVERIFY2(catalog.importReadings({reading}, false, &error), qPrintable(error));
    const AnnotatableText text(reading);
    Annotation note = makeAnnotation(text, 0, 7, QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC));
    note.note = QStringLiteral("solidarity");
    QVERIFY2(catalog.saveAnnotation(note, &error), qPrintable(error));
    QCOMPARE(indexed(catalog, QStringLiteral("annotations_fts")), 1);
    QCOMPARE(catalog.searchAnnotations(QStringLiteral("solidarity")).size(), 1);

    note.note = QStringLiteral("internationalism");
    QVERIFY2(catalog.saveAnnotation(note, &error), qPrintable(error));
    QCOMPARE(indexed(catalog, QStringLiteral("annotations_fts")), 1);
    QVERIFY(catalog.searchAnnotations(QStringLiteral("solidarity")).isEmpty());
    QCOMPARE(catalog.searchAnnotations(QStringLiteral("internationalism")).size(), 1);
    verifyConsistent(catalog);

    QVERIFY2(catalog.deleteAnnotation(note.id, &error), qPrintable(error));
    QCOMPARE(indexed(catalog, QStringLiteral("annotations_fts")), 0);
    QVERIFY(catalog.searchAnnotations(QStringLiteral("internationalism")).isEmpty());
    verifyConsistent(catalog);
}

void TestCatalogSearch::searchWithSnippets_realCorpus_rankedAndHighlighted()
{
    REDLETTER_REQUIRE_CORPUS();
    Catalog catalog;
    QString germanId;
    QVERIFY(importCorpus(&catalog, &germanId));

    // "Gespenst" stands four times in the German Manifesto (twice in its first sentence), in no
    // other text.
    const QVector<SearchHit> ghost = catalog.searchWithSnippets(QStringLiteral("Gespenst"));
    QCOMPARE(ghost.size(), 1);
    QCOMPARE(ghost.first().kind, SearchHit::ReadingText);
    QCOMPARE(ghost.first().readingId, germanId);
    QCOMPARE(ghost.first().title, QStringLiteral("Manifest der Kommunistischen Partei"));
    QCOMPARE(ghost.first().highlights.size(), 2); // "Ein Gespenst geht um in Europa – das Gespenst des ..."
    verifyHighlights(ghost.first(), QStringLiteral("Gespenst"));
    QVERIFY2(ghost.first().snippet.contains(QLatin1String("geht um in Europa")), qPrintable(ghost.first().snippet));
    // Opening at the hit: the first "Gespenst" of the text, in its first sentence.
    const std::optional<Reading> german = catalog.reading(germanId);
    QVERIFY(german.has_value());
    const QString text = AnnotatableText(*german).text();
    const int offset = searchHitOffset(ghost.first(), text);
    QCOMPARE(offset, int(text.indexOf(QLatin1String("Ein Gespenst geht um"))) + 4);
    QCOMPARE(text.mid(offset, 8), QStringLiteral("Gespenst"));

    // "Manifest" is in the German title and 3 times in its text, and in two of Luxemburg's
    // chapters (once, and five times): the title ranks first, the chapter with five next.
    const QVector<SearchHit> manifest = catalog.searchWithSnippets(QStringLiteral("manifest"));
    QCOMPARE(manifest.size(), 3);
    QCOMPARE(manifest.at(0).readingId, germanId);
    QVERIFY(manifest.at(0).score > manifest.at(1).score && manifest.at(1).score > manifest.at(2).score);
    for (const SearchHit &hit : manifest)
        verifyHighlights(hit, QStringLiteral("Manifest"));
    QCOMPARE(catalog.search(QStringLiteral("manifest")),
             (QStringList{manifest.at(0).readingId, manifest.at(1).readingId, manifest.at(2).readingId}));
    // At most the limit, best first.
    QCOMPARE(catalog.searchWithSnippets(QStringLiteral("manifest"), 2).size(), 2);
}

void TestCatalogSearch::searchWithSnippets_germanWordsAsTheTokenizerSeesThem_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("readings");
    // Counted in the sources: the German Manifesto and the chapters of Luxemburg's book. Only
    // the text is searched, not the footnotes: "Klassenkampf" stands in 6 chapters, but in one
    // of them (Part One, 5.) only in a footnote.
    QTest::newRow("compound as written: Manifesto and 5 chapters") << QStringLiteral("Klassenkampf") << 6;
    QTest::newRow("no stemming: the genitive is another word") << QStringLiteral("Klassenkampfes") << 6;
    QTest::newRow("umlaut typed plain finds the plural") << QStringLiteral("Klassenkampfe") << 2;
    QTest::newRow("umlaut as written") << QStringLiteral("Klassenkämpfe") << 2;
    QTest::newRow("no compound splitting: Jagd is only in Hetzjagd") << QStringLiteral("Jagd") << 0;
    QTest::newRow("the compound itself") << QStringLiteral("hetzjagd") << 1;
    QTest::newRow("both words in one reading") << QStringLiteral("Klassenkampf Manifest") << 2;
}

void TestCatalogSearch::searchWithSnippets_germanWordsAsTheTokenizerSeesThem()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, query);
    QFETCH(int, readings);
    Catalog catalog;
    QString germanId;
    QVERIFY(importCorpus(&catalog, &germanId));
    const QVector<SearchHit> hits = catalog.searchWithSnippets(query);
    QCOMPARE(hits.size(), readings);
    QCOMPARE(catalog.search(query).size(), readings);
}

// The corpus has no Russian text, only one stray Cyrillic letter: the German Manifesto's
// "überёhaupt" (an OCR slip). The tokenizer keeps it one word, folds the Latin ü but not the ё.
void TestCatalogSearch::searchWithSnippets_russianWords()
{
    REDLETTER_REQUIRE_CORPUS();
    Catalog catalog;
    QString germanId;
    QVERIFY(importCorpus(&catalog, &germanId));
    QCOMPARE(catalog.search(QStringLiteral("überёhaupt")), QStringList{germanId});
    QCOMPARE(catalog.search(QStringLiteral("uberёhaupt")), QStringList{germanId});
    QVERIFY(catalog.search(QStringLiteral("uberehaupt")).isEmpty());

    // Russian of our own: case folds, inflection does not (no stemming), ё is not е.
    Reading russian = sampleReading(QStringLiteral("lenin-ru"), QStringLiteral("Государство и революция"),
                                    QStringLiteral("Вопрос о государстве приобретает в настоящее время особую важность. Всё решает революция."));
    russian.language = QStringLiteral("ru");
    QString error;
    QVERIFY2(catalog.importReadings({russian}, false, &error), qPrintable(error));
    QCOMPARE(catalog.search(QStringLiteral("РЕВОЛЮЦИЯ")), QStringList{russian.id});
    QVERIFY(catalog.search(QStringLiteral("революции")).isEmpty());
    QVERIFY(catalog.search(QStringLiteral("Государства")).isEmpty());
    QCOMPARE(catalog.search(QStringLiteral("всё")), QStringList{russian.id});
    QVERIFY(catalog.search(QStringLiteral("все")).isEmpty());
    const QVector<SearchHit> hits = catalog.searchWithSnippets(QStringLiteral("важность"));
    QCOMPARE(hits.size(), 1);
    verifyHighlights(hits.first(), QStringLiteral("важность"));
}

void TestCatalogSearch::searchWithSnippets_findsMyNotes()
{
    REDLETTER_REQUIRE_CORPUS();
    Catalog catalog;
    QString germanId;
    QVERIFY(importCorpus(&catalog, &germanId));
    const std::optional<Reading> german = catalog.reading(germanId);
    QVERIFY(german.has_value());
    const AnnotatableText text(*german);
    const int start = int(text.text().indexOf(QLatin1String("heiligen Hetzjagd")));
    QVERIFY(start > 0);
    Annotation note = makeAnnotation(text, start, start + 17, QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC));
    note.note = QStringLiteral("Die Metapher der Jagd: wer jagt wen?");
    note.tags = QStringList{QStringLiteral("Metapher")};
    QString error;
    QVERIFY2(catalog.saveAnnotation(note, &error), qPrintable(error));

    // Only in my note: one hit, the note, on its reading, where its passage starts.
    const QVector<SearchHit> metaphor = catalog.searchWithSnippets(QStringLiteral("Metapher"));
    QCOMPARE(metaphor.size(), 1);
    QCOMPARE(metaphor.first().kind, SearchHit::Note);
    QCOMPARE(metaphor.first().annotationId, note.id);
    QCOMPARE(metaphor.first().readingId, germanId);
    QCOMPARE(metaphor.first().title, german->title);
    QCOMPARE(metaphor.first().position, note.position.start);
    verifyHighlights(metaphor.first(), QStringLiteral("Metapher"));

    // In the text (once, "heiligen Hetzjagd") and in my note's quote: both.
    const QVector<SearchHit> hunt = catalog.searchWithSnippets(QStringLiteral("Hetzjagd"));
    QCOMPARE(hunt.size(), 2);
    QCOMPARE(hunt.at(0).kind == SearchHit::Note ? 1 : 0 + (hunt.at(1).kind == SearchHit::Note ? 1 : 0), 1);
    for (const SearchHit &hit : hunt) {
        QCOMPARE(hit.readingId, germanId);
        verifyHighlights(hit, QStringLiteral("Hetzjagd"));
    }
}

void TestCatalogSearch::searchWithSnippets_hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("lone double quote") << QStringLiteral("\"") << 0;
    QTest::newRow("unbalanced quote before a word") << QStringLiteral("\"Gespenst") << 1;
    QTest::newRow("star is not a prefix operator") << QStringLiteral("Gesp*") << 0;
    QTest::newRow("star after a word") << QStringLiteral("Gespenst*") << 1;
    QTest::newRow("minus is not NOT") << QStringLiteral("-Gespenst") << 1;
    // "and" is a word like any other: the German Manifesto's author is "Karl Marx and Friedrich Engels".
    QTest::newRow("AND with open parenthesis") << QStringLiteral("Gespenst AND (") << 1;
    QTest::newRow("unbalanced parentheses") << QStringLiteral("(Gespenst))") << 1;
    QTest::newRow("NEAR is a word") << QStringLiteral("NEAR(Gespenst Europa)") << 0;
    QTest::newRow("column filter syntax") << QStringLiteral("title:Gespenst") << 0;
    QTest::newRow("caret") << QStringLiteral("^Gespenst") << 1;
    QTest::newRow("SQL injection attempt") << QStringLiteral("'); DROP TABLE readings; --") << 0;
    QTest::newRow("NUL character") << QStringLiteral("Gespenst") + QChar(0) + QStringLiteral("x") << 0;
    QTest::newRow("only punctuation") << QStringLiteral("*** --- ()") << 0;
    // unicode61 takes a private-use character as part of a word, so this is no word of the text.
    QTest::newRow("snippet marker typed in") << QString(QChar(0xE000)) + QStringLiteral("Gespenst") << 0;
}

void TestCatalogSearch::searchWithSnippets_hostileQueries()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, query);
    QFETCH(int, hits);
    Catalog catalog;
    QString germanId;
    QVERIFY(importCorpus(&catalog, &germanId));
    const QVector<SearchHit> found = catalog.searchWithSnippets(query);
    QCOMPARE(found.size(), hits);
    QCOMPARE(catalog.lastError(), QString());
    QCOMPARE(catalog.readingCount() > 3, true);
}

// Until the snippets were made in C++, one query ranked the readings and FTS5's snippet() made
// their snippets (this query, as it stood). The readings found, and their order, must not change.
void TestCatalogSearch::searchWithSnippets_sameRankingAsFts5Snippets()
{
    REDLETTER_REQUIRE_CORPUS();
    Catalog catalog;
    QString germanId;
    QVERIFY(importCorpus(&catalog, &germanId));
    QSqlDatabase db = QSqlDatabase::database(catalog.connectionName(), false);
    QSqlQuery previous(db);
    QVERIFY(previous.prepare(QStringLiteral(
        "WITH top AS (SELECT rowid, bm25(readings_fts, 10.0, 5.0, 3.0, 1.0) AS score"
        " FROM readings_fts WHERE readings_fts MATCH ? ORDER BY score LIMIT ?)"
        " SELECT r.id, snippet(readings_fts, 3, char(57344), char(57345), '…', 16),"
        " top.score, top.rowid FROM top CROSS JOIN readings_fts ON readings_fts.rowid = top.rowid"
        " CROSS JOIN readings r ON r.rowid = top.rowid"
        " WHERE readings_fts MATCH ? ORDER BY top.score, r.id")));
    // What SQLite matches: each marked word, in a table of its own with the catalog's tokenizer.
    QSqlQuery marked(db);
    QVERIFY2(marked.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.marked USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")),
             qPrintable(marked.lastError().text()));

    // Words of every frequency from the German and English Manifestos: every 23rd word, and
    // pairs of neighbours; some are in one reading, some in all.
    QStringList queries;
    for (const QString &source : {QStringLiteral("markdown/comtext_marx-engels_manifest_de.md"),
                                  QStringLiteral("markdown/comtext_marx-engels_manifesto_en.md")}) {
        const ImportedText imported = test::readCorpusSource(source);
        QVERIFY(!imported.readings.isEmpty());
        const QStringList words = migrations::searchableBody(imported.readings.first())
                                      .split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
        for (int i = 0; i + 1 < words.size() && queries.size() < 400; i += 23)
            queries.append(i % 2 ? words.at(i) + QLatin1Char(' ') + words.at(i + 1) : words.at(i));
    }
    QVERIFY(queries.size() >= 300);
    int compared = 0;
    int highlights = 0;
    for (const QString &query : std::as_const(queries)) {
        const QString match = QStringLiteral("\"") + query.split(QLatin1Char(' ')).join(QStringLiteral("\" \"")) + QStringLiteral("\"");
        previous.bindValue(0, match);
        previous.bindValue(1, 20);
        previous.bindValue(2, match);
        QVERIFY2(previous.exec(), qPrintable(previous.lastError().text()));
        QStringList before;
        while (previous.next())
            before.append(previous.value(0).toString());
        const QVector<SearchHit> hits = catalog.searchWithSnippets(query, 20);
        QStringList now;
        for (const SearchHit &hit : hits) {
            QCOMPARE(hit.kind, SearchHit::ReadingText); // no notes in this catalog
            now.append(hit.readingId);
            QVERIFY2(!hit.highlights.isEmpty(), qPrintable(query + QLatin1String(": ") + hit.snippet));
            QVERIFY(marked.exec(QStringLiteral("DELETE FROM temp.marked")));
            marked.prepare(QStringLiteral("INSERT INTO temp.marked (x) VALUES (?)"));
            for (const auto &range : hit.highlights) {
                QVERIFY(range.first >= 0 && range.first < range.second && range.second <= hit.snippet.size());
                marked.bindValue(0, hit.snippet.mid(range.first, range.second - range.first));
                QVERIFY(marked.exec());
                ++highlights;
            }
            // Every marked word is one SQLite matches for one of the query's words.
            QString words = match;
            words.replace(QStringLiteral("\" \""), QStringLiteral("\" OR \""));
            marked.prepare(QStringLiteral("SELECT count(*) FROM temp.marked WHERE marked MATCH ?"));
            marked.bindValue(0, words);
            QVERIFY2(marked.exec() && marked.next(), qPrintable(marked.lastError().text()));
            QVERIFY2(marked.value(0).toInt() == hit.highlights.size(), qPrintable(query + QLatin1String(": ") + hit.snippet));
        }
        QVERIFY2(now == before, qPrintable(query));
        compared += int(now.size());
    }
    QVERIFY2(compared > 1000, qPrintable(QString::number(compared)));
    QVERIFY(highlights >= compared);
}

void TestCatalogSearch::searchWithSnippets_marksTheWordAsTyped_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("marked");
    QTest::newRow("German, umlaut typed plain, in capitals") << QStringLiteral("KLASSENKAMPFE") << QStringLiteral("Klassenkämpfe");
    QTest::newRow("English, capitalised") << QStringLiteral("Spectre") << QStringLiteral("spectre");
    QTest::newRow("Cyrillic, in capitals") << QStringLiteral("РЕВОЛЮЦИЯ") << QStringLiteral("революция");
}

void TestCatalogSearch::searchWithSnippets_marksTheWordAsTyped()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, query);
    QFETCH(QString, marked);
    Catalog catalog;
    QString germanId;
    QVERIFY(importCorpus(&catalog, &germanId));
    Reading russian = sampleReading(QStringLiteral("lenin-ru"), QStringLiteral("Государство"),
                                    QStringLiteral("Вопрос о государстве приобретает особую важность. Всё решает революция, а не Революционер."));
    russian.language = QStringLiteral("ru");
    QString error;
    QVERIFY2(catalog.importReadings({russian}, false, &error), qPrintable(error));

    const QVector<SearchHit> hits = catalog.searchWithSnippets(query);
    QVERIFY(!hits.isEmpty());
    for (const SearchHit &hit : hits) {
        QVERIFY2(!hit.highlights.isEmpty(), qPrintable(hit.snippet));
        for (const auto &range : hit.highlights)
            QCOMPARE(hit.snippet.mid(range.first, range.second - range.first).toLower(), marked.toLower());
        // Where the reader opens: the marked word in the reading's text.
        const std::optional<Reading> reading = catalog.reading(hit.readingId);
        QVERIFY(reading.has_value());
        const QString text = AnnotatableText(*reading).text();
        const int offset = searchHitOffset(hit, text);
        QVERIFY2(offset >= 0, qPrintable(hit.snippet));
        QCOMPARE(text.mid(offset, marked.size()).toLower(), marked.toLower());
    }
}

void TestCatalogSearch::searchWithSnippets_hitDeepInALongReading_data()
{
    QTest::addColumn<int>("blocks");
    // Past StoredSearchTextMinimumBlocks the text is read from readings.search_body; below, from the content.
    QTest::newRow("long reading, stored search text") << migrations::StoredSearchTextMinimumBlocks + 100;
    QTest::newRow("shorter reading, text from its content") << 300;
}

void TestCatalogSearch::searchWithSnippets_hitDeepInALongReading()
{
    QFETCH(int, blocks);
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    Reading reading = sampleReading(QStringLiteral("long"), QStringLiteral("A Long Reading"), QString());
    reading.body.clear();
    for (int i = 0; i < blocks; ++i) {
        Block block;
        block.text = QStringLiteral("Paragraph %1 says what the other paragraphs say about labour and capital.").arg(i);
        reading.body.append(block);
    }
    reading.body[blocks - 5].text = QStringLiteral("Near the end the Schreckensherrschaft appears once, and never again after it.");
    QVERIFY2(catalog.importReadings({reading, sampleReading(QStringLiteral("other"), QStringLiteral("Other"),
                                                             QStringLiteral("Labour and capital."))},
                                    false, &error),
             qPrintable(error));
    const QVector<SearchHit> hits = catalog.searchWithSnippets(QStringLiteral("schreckensherrschaft"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().readingId, reading.id);
    QCOMPARE(hits.first().snippet, QStringLiteral("…") + reading.body.at(blocks - 5).text);
    QCOMPARE(hits.first().highlights.size(), 1);
    const auto range = hits.first().highlights.first();
    QCOMPARE(hits.first().snippet.mid(range.first, range.second - range.first), QStringLiteral("Schreckensherrschaft"));
    const QString text = AnnotatableText(reading).text();
    QCOMPARE(searchHitOffset(hits.first(), text), int(text.indexOf(QLatin1String("Schreckensherrschaft"))));
}

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
