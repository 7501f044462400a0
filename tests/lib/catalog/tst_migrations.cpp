// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/migrations.h"

#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "catalog/catalog.h"
#include "catalogtestutil.h"
#include "importing/importservice.h"
#include "testsupport.h"
#include "reading/readingjson.h"
#include "schedule/clock.h"
#include "schedule/dailypick.h"
#include "schedule/dailyschedule.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;
using redletter::test::dumpDatabase;
using redletter::test::sampleReading;
using redletter::test::textBlock;

namespace {

const QString rawConnection = QStringLiteral("tst_migrations-raw");

/*!
 * A plain Qt Sql connection to the file, the way an older Red Letter (or a test) sees it;
 * removed again when it goes out of scope.
 */
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), rawConnection);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(rawConnection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(rawConnection);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(rawConnection, false); }

    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        if (error)
            *error = query.lastError().text();
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }

    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private:
    bool m_open = false;
};

// A row exactly as version 1 of the schema stores it, written without the Catalog class.
bool insertV1Reading(const RawDatabase &raw, const Reading &reading, const QString &content)
{
    return raw.exec(QStringLiteral(
                        "INSERT INTO readings (id, title, author, work, year, language, source, tags,"
                        " curated_date, editor_minutes, text_words, introduction_words, note_words, minutes,"
                        " content, content_sha256, source_file, builtin, imported_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, NULL, '[]', ?, NULL, 100, 20, 5, 1, ?, ?, ?, 1, ?, ?)"),
                    {reading.id, reading.title, reading.author, reading.work, reading.year, reading.language,
                     reading.curatedDate.isValid() ? QVariant(reading.curatedDate.toString(Qt::ISODate)) : QVariant(),
                     content,
                     QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex()),
                     QStringLiteral("old.md"), QStringLiteral("2025-01-01T00:00:00.000Z"),
                     QStringLiteral("2025-01-02T00:00:00.000Z")});
}

QString jsonText(const Reading &reading)
{
    return QString::fromUtf8(QJsonDocument(readingToJson(reading)).toJson(QJsonDocument::Compact));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void steps_areNumberedAndDescribed();
    void v1Database_openedByCatalog_migratesKeepingData();
    void v1Database_damagedContent_indexedByMetadataOnly();
    void v2Database_openedByCatalog_migratesToV3KeepingData();
    void v3Database_openedByCatalog_migratesToV4AndCountsNotes();
    void v4Database_openedByCatalog_migratesToExternalContentSearch();
    void v5Database_openedByCatalog_migratesToV6_servedDaysKeepTheirText();
    void v10Database_openedByCatalog_migratesToV11_rotationStoredOnTheFirstPick();
    void v10Database_openedByCatalog_indexesTheStoredSearchText();
    void migrate_stepByStep_sameSchemaAsAtOnce();
    void migrate_twice_isNoOp();
    void migrate_failingStep_rollsBackThatStepOnly();
    void migrate_conflictingReadingsFtsTable_catalogRefusesAndLeavesV1();
    void migrate_newerDatabase_refused();
    void migrate_backwards_refused();
    void migrate_beyondLatest_refused();
    void migrate_stepsWithAGap_refused();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    m_dir.reset();
    QVERIFY(!QSqlDatabase::contains(rawConnection));
}

void TestMigrations::steps_areNumberedAndDescribed()
{
    const QVector<migrations::Step> &steps = migrations::steps();
    QVERIFY(steps.size() >= 2);
    for (int i = 0; i < int(steps.size()); ++i) {
        QCOMPARE(steps.at(i).version, i + 1);
        QVERIFY(!steps.at(i).description.isEmpty());
        QVERIFY(bool(steps.at(i).apply));
    }
    QCOMPARE(migrations::latestVersion(), steps.last().version);
    QCOMPARE(Catalog::latestSchemaVersion(), migrations::latestVersion());
}

void TestMigrations::v1Database_openedByCatalog_migratesKeepingData()
{
    Reading reading = sampleReading(QStringLiteral("zetkin--frauenfrage"), QStringLiteral("Zur Frage des Frauenwahlrechts"),
                                    QStringLiteral("Die Gleichberechtigung der Frau ist eine Forderung."));
    reading.author = QStringLiteral("Clara Zetkin");
    reading.language = QStringLiteral("de");
    reading.curatedDate = QDate(2026, 3, 8);
    {
        RawDatabase raw(path());
        QVERIFY(raw.isOpen());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 1), qPrintable(error));
        QCOMPARE(migrations::currentVersion(db), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'readings_fts'")).toInt(), 0);
        QVERIFY(insertV1Reading(raw, reading, jsonText(reading)));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schedule (day, reading_id, served_at) VALUES (?, ?, ?)"),
                         {QStringLiteral("2026-03-08"), reading.id, QStringLiteral("2026-03-07T23:00:01.000Z")}));
    }

    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(path(), &error), qPrintable(error));
    QCOMPARE(catalog.schemaVersion(), migrations::latestVersion());

    QCOMPARE(catalog.readingCount(), 1);
    const std::optional<Reading> back = catalog.reading(reading.id);
    QVERIFY(back.has_value());
    QVERIFY(*back == reading);
    const std::optional<CatalogEntry> entry = catalog.entry(reading.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->minutes, 1);
    QCOMPARE(entry->curatedDate, QDate(2026, 3, 8));
    QVERIFY(entry->builtin);
    const QVector<ServedDay> history = catalog.history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).readingId, reading.id);
    QCOMPARE(history.at(0).servedAt, QDateTime(QDate(2026, 3, 7), QTime(23, 0, 1), Qt::UTC));

    // The index was filled from the stored content: text, introduction, title and author.
    QCOMPARE(catalog.search(QStringLiteral("Gleichberechtigung")), QStringList{reading.id});
    QCOMPARE(catalog.search(QStringLiteral("introduction editor")), QStringList{reading.id});
    QCOMPARE(catalog.search(QStringLiteral("frauenwahlrechts")), QStringList{reading.id});
    QCOMPARE(catalog.search(QStringLiteral("zetkin")), QStringList{reading.id});

    // Re-importing the same reading after the migration keeps one row and one index entry.
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(reading, QStringLiteral("old.md"), true, &outcome, &error), qPrintable(error));
    QCOMPARE(catalog.readingCount(), 1);
    QCOMPARE(test::queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM readings_fts")).toInt(), 1);
}

void TestMigrations::v1Database_damagedContent_indexedByMetadataOnly()
{
    const Reading good = sampleReading(QStringLiteral("good"), QStringLiteral("Good"), QStringLiteral("Readable words."));
    const Reading damaged = sampleReading(QStringLiteral("damaged"), QStringLiteral("Damaged Title"), QStringLiteral("Lost words."));
    {
        RawDatabase raw(path());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 1), qPrintable(error));
        QVERIFY(insertV1Reading(raw, good, jsonText(good)));
        QVERIFY(insertV1Reading(raw, damaged, QStringLiteral("{\"format\": 1, \"body\": 12}")));
    }

    // One bad row must not keep the catalog from opening.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged.*unreadable content.*body: expected an array")));
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(path(), &error), qPrintable(error));
    QCOMPARE(catalog.search(QStringLiteral("readable")), QStringList{QStringLiteral("good")});
    QCOMPARE(catalog.search(QStringLiteral("damaged")), QStringList{QStringLiteral("damaged")});
    QVERIFY(catalog.search(QStringLiteral("lost")).isEmpty());
}

void TestMigrations::v2Database_openedByCatalog_migratesToV3KeepingData()
{
    Reading reading = sampleReading(QStringLiteral("luxemburg--reform"), QStringLiteral("Sozialreform oder Revolution"),
                                    QStringLiteral("Die Gewerkschaften sind die Verteidiger der Arbeitskraft."));
    reading.author = QStringLiteral("Rosa Luxemburg");
    reading.language = QStringLiteral("de");
    QStringList v2Lines;
    {
        RawDatabase raw(path());
        QVERIFY(raw.isOpen());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 2), qPrintable(error));
        QCOMPARE(migrations::currentVersion(db), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'annotations%'")).toInt(), 0);
        // Rows as version 2 stores them: the reading, its search entry and a served day.
        QVERIFY(insertV1Reading(raw, reading, jsonText(reading)));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO readings_fts (id, title, author, work, body) VALUES (?, ?, ?, ?, ?)"),
                         {reading.id, reading.title, reading.author, reading.work, migrations::searchableBody(reading)}));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schedule (day, reading_id, served_at) VALUES (?, ?, ?)"),
                         {QStringLiteral("2026-01-15"), reading.id, QStringLiteral("2026-01-14T23:00:00.000Z")}));
        v2Lines = dumpDatabase(db).split(QLatin1Char('\n'));
    }

    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(path(), &error), qPrintable(error));
    QVERIFY(migrations::latestVersion() >= 3);
    QCOMPARE(catalog.schemaVersion(), migrations::latestVersion());

    // Every table, index and row of version 2 is still there exactly as it was — but for the
    // readings table, which version 4 gives more columns (checked by v3Database_…_countsNotes),
    // the search index, which version 5 rebuilds (v4Database_…_externalContentSearch), and the
    // schedule, which version 6 gives more columns (v5Database_…_keepTheirText).
    const QStringList v3Lines = dumpDatabase(catalog.connectionName()).split(QLatin1Char('\n'));
    for (const QString &line : qAsConst(v2Lines)) {
        if (!line.startsWith(QLatin1String("user_version=")) && !line.startsWith(QLatin1String("schema: table readings readings"))
            && !line.startsWith(QLatin1String("readings: ")) && !line.contains(QLatin1String("readings_fts"))
            && !line.startsWith(QLatin1String("schema: table schedule schedule")) && !line.startsWith(QLatin1String("schedule: ")))
            QVERIFY2(v3Lines.contains(line), qPrintable(line));
    }
    QCOMPARE(test::queryValue(catalog.connectionName(),
                              QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                             " ('annotations', 'annotations_reading_id', 'annotations_fts')"))
                 .toInt(),
             3);
    const std::optional<Reading> back = catalog.reading(reading.id);
    QVERIFY(back.has_value());
    QVERIFY(*back == reading);
    QCOMPARE(catalog.history().size(), 1);
    QCOMPARE(catalog.search(QStringLiteral("gewerkschaften")), QStringList{reading.id});

    // The new table takes annotations on the reading that came from version 2.
    const AnnotatableText text(reading);
    const int start = int(text.text().indexOf(QLatin1String("Verteidiger")));
    QVERIFY(start >= 0);
    Annotation annotation = makeAnnotation(text, start, start + 11, QDateTime(QDate(2026, 1, 15), QTime(8, 0), Qt::UTC));
    annotation.note = QStringLiteral("Defensive role only?");
    QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));
    QCOMPARE(catalog.annotations(reading.id), QVector<Annotation>{annotation});
    QCOMPARE(catalog.searchAnnotations(QStringLiteral("defensive")), QVector<Annotation>{annotation});
    QCOMPARE(catalog.annotationsServedBetween(QDate(2026, 1, 1), QDate(2026, 1, 31)), QVector<Annotation>{annotation});
}

void TestMigrations::v3Database_openedByCatalog_migratesToV4AndCountsNotes()
{
    Reading reading = sampleReading(QStringLiteral("notes"), QStringLiteral("With Notes"), QStringLiteral("Text."));
    reading.footnotes = {Footnote{QStringLiteral("1"), {textBlock(QStringLiteral("One."))}},
                         Footnote{QStringLiteral("2"), {textBlock(QStringLiteral("Two."))}}};
    reading.editorialNotes = {RichText{QStringLiteral("Read critically."), {}}};
    reading.body[0].anchors = {Anchor{Anchor::FootnoteReference, 4, 4, 0}, Anchor{Anchor::FootnoteReference, 5, 5, 1},
                               Anchor{Anchor::EditorialNote, 0, 4, 0}};
    const Reading plain = sampleReading(QStringLiteral("plain"), QStringLiteral("Plain"), QStringLiteral("No notes."));
    {
        RawDatabase raw(path());
        QVERIFY(raw.isOpen());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 3), qPrintable(error));
        QVERIFY(insertV1Reading(raw, reading, jsonText(reading)));
        QVERIFY(insertV1Reading(raw, plain, jsonText(plain)));
    }
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(path(), &error), qPrintable(error));
    QCOMPARE(catalog.schemaVersion(), migrations::latestVersion());
    const std::optional<CatalogEntry> entry = catalog.entry(reading.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->footnotes, 2);
    QCOMPARE(entry->editorialNotes, 1);
    QVERIFY(entry->workId.isEmpty());
    QCOMPARE(catalog.entry(plain.id)->footnotes, int(plain.footnotes.size()));
    QCOMPARE(catalog.entry(plain.id)->editorialNotes, int(plain.editorialNotes.size()));
    QVERIFY(*catalog.reading(reading.id) == reading);
    QCOMPARE(test::queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM works")).toInt(), 0);
}

/*
 * A version 4 catalog as Red Letter up to version 4 wrote it — the schema from its own migration
 * steps, readings imported from the real corpus, their rows in the old readings_fts with its own
 * copy of the text, notes indexed by the old triggers — opened by this build.
 */
void TestMigrations::v4Database_openedByCatalog_migratesToExternalContentSearch()
{
    REDLETTER_REQUIRE_CORPUS();
    QVector<Reading> readings;
    for (const QString &file : {QStringLiteral("markdown/comtext_marx-engels_manifest_de.md"),
                                QStringLiteral("markdown/comtext_marx-engels_manifesto_en.md")}) {
        FormatInput input;
        SourceError sourceError;
        QVERIFY2(ImportService::readFile(test::corpusFile(file), &input, &sourceError), qPrintable(sourceError.toString()));
        SourceReport report;
        ImportedText text;
        QVERIFY2(ImportService::readInput(input, {}, &report, &text), qPrintable(file));
        QCOMPARE(text.readings.size(), 1);
        readings.append(text.readings.first());
        // The catalog stores "no work" as '' in a NOT NULL column; a null QString would bind NULL.
        for (QString *field : {&readings.last().author, &readings.last().work}) {
            if (field->isNull())
                *field = QStringLiteral("");
        }
    }
    const Reading &german = readings.at(0);
    const Reading &english = readings.at(1);
    QVERIFY(german.id != english.id);

    const QString oldBody = migrations::searchableBody(german);
    {
        RawDatabase raw(path());
        QVERIFY(raw.isOpen());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 4), qPrintable(error));
        for (const Reading &reading : qAsConst(readings)) {
            QVERIFY(insertV1Reading(raw, reading, jsonText(reading)));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO readings_fts (id, title, author, work, body) VALUES (?, ?, ?, ?, ?)"),
                             {reading.id, reading.title, reading.author, reading.work, migrations::searchableBody(reading)}));
        }
        // A note on the German text, through the version 3 triggers.
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO annotations (id, reading_id, exact, note, color, created, modified)"
                                        " VALUES ('n1', ?, 'Gespenst', 'Hetzjagd der alten Mächte', 'yellow', '', '')"),
                         {german.id}));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM readings_fts")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM annotations_fts")).toInt(), 1);
        // Version 4 keeps a second copy of every text in the index's own content table.
        QVERIFY(raw.value(QStringLiteral("SELECT sum(length(c4)) FROM readings_fts_content")).toInt()
                >= oldBody.size());
    }

    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(path(), &error), qPrintable(error));
    QCOMPARE(catalog.schemaVersion(), Catalog::latestSchemaVersion());
    const QString connection = catalog.connectionName();
    // The copy is gone; the index is over the rows themselves, one entry per reading and note.
    QCOMPARE(test::queryValue(connection, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                                         " ('readings_fts_content', 'annotations_fts_content')"))
                 .toInt(),
             0);
    QCOMPARE(test::queryValue(connection, QStringLiteral("SELECT count(*) FROM readings_fts_docsize")).toInt(), 2);
    QCOMPARE(test::queryValue(connection, QStringLiteral("SELECT count(*) FROM annotations_fts_docsize")).toInt(), 1);
    QCOMPARE(test::queryValue(connection, QStringLiteral("SELECT count(*) FROM readings")).toInt(), 2);
    // The view gives FTS5 the text that version 4 indexed: the same words in the same order.
    QCOMPARE(test::queryValue(connection, QStringLiteral("SELECT body FROM readings_search s JOIN readings r"
                                                         " ON r.rowid = s.reading_rowid WHERE r.id = '%1'")
                                              .arg(german.id))
                 .toString(),
             oldBody);
    QStringList problems;
    QVERIFY2(catalog.checkIntegrity(&problems, &error), qPrintable(error));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // "Gespenst" is in the German text only (4 times, counted in the source); "spectre" in the
    // English (4 times); both texts name Guizot.
    QCOMPARE(catalog.search(QStringLiteral("Gespenst")), QStringList{german.id});
    QCOMPARE(catalog.search(QStringLiteral("spectre")), QStringList{english.id});
    QCOMPARE(catalog.search(QStringLiteral("Guizot")).size(), 2);
    QCOMPARE(catalog.searchAnnotations(QStringLiteral("Machte")).size(), 1);
    QCOMPARE(catalog.searchAnnotations(QStringLiteral("Machte")).first().id, QStringLiteral("n1"));
}

void TestMigrations::v5Database_openedByCatalog_migratesToV6_servedDaysKeepTheirText()
{
    const Reading reading = sampleReading(QStringLiteral("served"), QStringLiteral("Served Before"),
                                          QStringLiteral("What the day showed."));
    {
        RawDatabase raw(path());
        QVERIFY(raw.isOpen());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 5), qPrintable(error));
        QVERIFY(insertV1Reading(raw, reading, jsonText(reading)));
        for (const char *day : {"2026-01-10", "2026-01-12"}) {
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO schedule (day, reading_id, served_at) VALUES (?, ?, ?)"),
                             {QString::fromLatin1(day), reading.id, QStringLiteral("2026-01-10T07:00:00.000Z")}));
        }
    }
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(path(), &error), qPrintable(error));
    QCOMPARE(catalog.schemaVersion(), Catalog::latestSchemaVersion());
    QVERIFY(catalog.schemaVersion() >= 6);
    // Both days point at one snapshot of the reading as it was when the catalog was migrated.
    QCOMPARE(test::queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM served_content")).toInt(), 1);
    QCOMPARE(test::queryValue(catalog.connectionName(),
                              QStringLiteral("SELECT count(DISTINCT content_sha256) FROM schedule WHERE content_sha256 IS NOT NULL"))
                 .toInt(),
             1);
    QCOMPARE(test::queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM schedule")).toInt(), 2);
    // A corrected edition afterwards does not change what those days show.
    Reading corrected = reading;
    corrected.body[0].text = QStringLiteral("What the day did not show.");
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(corrected, QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    ManualClock clock(QDateTime(QDate(2026, 1, 13), QTime(8, 0), Qt::UTC), QTimeZone::utc());
    DailySchedule schedule(catalog, clock);
    const std::optional<DayPage> page = schedule.page(QDate(2026, 1, 12), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->text.reading.body.constFirst().text, QStringLiteral("What the day showed."));
    QCOMPARE(page->text.part, 0);
    QCOMPARE(catalog.reading(reading.id)->body.constFirst().text, QStringLiteral("What the day did not show."));
    // The new tables are there and empty.
    for (const char *table : {"served_parts", "schedule_skips", "schedule_queue", "paused_series"}) {
        QCOMPARE(test::queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                     .toInt(),
                 0);
    }
}

void TestMigrations::v10Database_openedByCatalog_migratesToV11_rotationStoredOnTheFirstPick()
{
    const Reading served = sampleReading(QStringLiteral("served"), QStringLiteral("Served Before"), QStringLiteral("Words."));
    const Reading waiting = sampleReading(QStringLiteral("waiting"), QStringLiteral("Not Yet"), QStringLiteral("Words."));
    {
        RawDatabase raw(path());
        QVERIFY(raw.isOpen());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 10), qPrintable(error));
        QVERIFY(insertV1Reading(raw, served, jsonText(served)));
        QVERIFY(insertV1Reading(raw, waiting, jsonText(waiting)));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schedule (day, reading_id, served_at) VALUES (?, ?, ?)"),
                         {QStringLiteral("2026-01-10"), served.id, QStringLiteral("2026-01-10T07:00:00.000Z")}));
    }
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(path(), &error), qPrintable(error));
    QCOMPARE(catalog.schemaVersion(), Catalog::latestSchemaVersion());
    QVERIFY(catalog.schemaVersion() >= 11);
    const auto count = [&](const char *sql) {
        return test::queryValue(catalog.connectionName(), QString::fromLatin1(sql)).toInt();
    };
    // Nothing stored yet: the readings and the history are as they were.
    QCOMPARE(count("SELECT generation FROM catalog_generation"), 0);
    QCOMPARE(count("SELECT count(*) FROM pick_units"), 0);
    QCOMPARE(count("SELECT count(*) FROM pick_state"), 0);
    QCOMPARE(count("SELECT count(*) FROM builtin_files"), 0);
    QCOMPARE(count("SELECT count(*) FROM readings"), 2);

    // The first pick stores the units and picks what the rules over every entry pick: the
    // reading not served yet.
    ManualClock clock(QDateTime(QDate(2026, 1, 11), QTime(8, 0), Qt::UTC), QTimeZone::utc());
    DailySchedule schedule(catalog, clock);
    QCOMPARE(schedule.pick(clock.today()).id, waiting.id);
    QCOMPARE(pickForDay(schedule.pickInput(clock.today())).id, waiting.id);
    QCOMPARE(count("SELECT count(*) FROM pick_units"), 2);
    QCOMPARE(count("SELECT generation FROM pick_state"), 0);

    // Triggers move the generation on an import from now on.
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(sampleReading(QStringLiteral("new"), QStringLiteral("New"), QStringLiteral("Words.")),
                                   QString(), false, &outcome, &error),
             qPrintable(error));
    QCOMPARE(count("SELECT generation FROM catalog_generation"), 1);
    QCOMPARE(schedule.pick(clock.today()).id, pickForDay(schedule.pickInput(clock.today())).id);
    QCOMPARE(count("SELECT count(*) FROM pick_units"), 3);
    QCOMPARE(count("SELECT generation FROM pick_state"), 1);
}

// Version 13 stores a long reading's search text in its row (readings.search_body) instead of the
// index gathering it from the JSON content, block by block, at a cost of the square of the blocks.
void TestMigrations::v10Database_openedByCatalog_indexesTheStoredSearchText()
{
    Reading small = sampleReading(QStringLiteral("small"), QStringLiteral("Small"), QStringLiteral("Proletarier aller Länder."));
    Reading large = sampleReading(QStringLiteral("large"), QStringLiteral("Large"), QStringLiteral("The first paragraph."));
    for (int i = 0; i < 3000; ++i)
        large.body.append(textBlock(QStringLiteral("Paragraph %1 of many.").arg(i)));
    large.body.append(textBlock(QStringLiteral("The very last paragraph speaks of syndicalism.")));
    QVERIFY(small.body.size() + small.introduction.size() <= migrations::StoredSearchTextMinimumBlocks);
    QVERIFY(large.body.size() > migrations::StoredSearchTextMinimumBlocks);
    {
        RawDatabase raw(path());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 10), qPrintable(error));
        QVERIFY(insertV1Reading(raw, small, jsonText(small)));
        QVERIFY(insertV1Reading(raw, large, jsonText(large)));
    }

    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(path(), &error), qPrintable(error));
    QCOMPARE(catalog.schemaVersion(), migrations::latestVersion());
    const QString connection = catalog.connectionName();
    const auto searchBody = [&](const QString &id) {
        return test::queryValue(connection, QStringLiteral("SELECT search_body FROM readings WHERE id = '%1'").arg(id));
    };
    // The long reading keeps its text; the short one is gathered from its content, as before.
    QCOMPARE(searchBody(large.id).toString(), migrations::searchableBody(large));
    QVERIFY(searchBody(small.id).isNull());
    // The index moved to the stored text without losing a word: the last block is found, and
    // FTS5's own check agrees with what the view gives it.
    QCOMPARE(catalog.search(QStringLiteral("syndicalism")), QStringList{large.id});
    QCOMPARE(catalog.search(QStringLiteral("Proletarier")), QStringList{small.id});
    QStringList problems;
    QVERIFY2(catalog.checkIntegrity(&problems, &error), qPrintable(error));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // Stored again as an import stores it: the same column values as the migration wrote.
    for (const Reading &reading : {small, large}) {
        Catalog::ImportOutcome outcome = Catalog::ImportOutcome::Added;
        QVERIFY2(catalog.importReading(reading, QStringLiteral("old.md"), true, &outcome, &error), qPrintable(error));
    }
    QCOMPARE(searchBody(large.id).toString(), migrations::searchableBody(large));
    QVERIFY(searchBody(small.id).isNull());

    // A long reading written without the column (a tool that does not know it) is still indexed
    // by its content, only slower.
    Reading changed = large;
    changed.body.last() = textBlock(QStringLiteral("The very last paragraph speaks of cooperatives."));
    {
        QSqlQuery update(QSqlDatabase::database(connection, false));
        update.prepare(QStringLiteral("UPDATE readings SET content = ?, search_body = NULL WHERE id = 'large'"));
        update.addBindValue(jsonText(changed));
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
    }
    QCOMPARE(catalog.search(QStringLiteral("cooperatives")), QStringList{large.id});
    QCOMPARE(catalog.search(QStringLiteral("syndicalism")), QStringList());
    QVERIFY2(catalog.checkIntegrity(&problems, &error), qPrintable(error));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestMigrations::migrate_stepByStep_sameSchemaAsAtOnce()
{
    QString stepByStep;
    {
        RawDatabase raw(path());
        QSqlDatabase db = raw.db();
        QString error;
        for (int version = 1; version <= migrations::latestVersion(); ++version) {
            QVERIFY2(migrations::migrate(db, &error, version), qPrintable(error));
            QCOMPARE(migrations::currentVersion(db), version);
        }
        stepByStep = dumpDatabase(db);
    }
    QString atOnce;
    {
        RawDatabase raw(m_dir->filePath(QStringLiteral("other.sqlite")));
        QSqlDatabase db = raw.db();
        QString error;
        QCOMPARE(migrations::currentVersion(db), 0);
        QVERIFY2(migrations::migrate(db, &error), qPrintable(error));
        QCOMPARE(migrations::currentVersion(db), migrations::latestVersion());
        atOnce = dumpDatabase(db);
    }
    QCOMPARE(stepByStep, atOnce);
    QVERIFY(atOnce.contains(QLatin1String("readings_fts")));
}

void TestMigrations::migrate_twice_isNoOp()
{
    {
        Catalog catalog;
        QString error;
        QVERIFY2(catalog.open(path(), &error), qPrintable(error));
        QVERIFY2(catalog.importReading(sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("x")),
                                       QString(), false, nullptr, &error),
                 qPrintable(error));
    }
    RawDatabase raw(path());
    QSqlDatabase db = raw.db();
    const QString before = dumpDatabase(db);
    QString error;
    QVERIFY2(migrations::migrate(db, &error), qPrintable(error));
    QVERIFY2(migrations::migrate(db, &error, migrations::latestVersion()), qPrintable(error));
    QCOMPARE(dumpDatabase(db), before);
}

void TestMigrations::migrate_failingStep_rollsBackThatStepOnly()
{
    RawDatabase raw(path());
    QSqlDatabase db = raw.db();
    QString error;
    QVERIFY2(migrations::migrate(db, &error), qPrintable(error));
    const int latest = migrations::latestVersion();
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO readings (id, title, minutes, content, content_sha256, imported_at, updated_at)"
                                    " VALUES ('a', 'A', 1, '{}', 'x', 'now', 'now')")));
    const QString before = dumpDatabase(db);

    // A step that changes things and then fails, the way a real next version could halfway through.
    QVector<migrations::Step> steps = migrations::steps();
    steps.append({latest + 1, QStringLiteral("test future step (failing)"), [](QSqlDatabase &db, QString *error) {
                      QSqlQuery query(db);
                      if (!query.exec(QStringLiteral("CREATE TABLE test_future_table (id INTEGER PRIMARY KEY, note TEXT)"))
                          || !query.exec(QStringLiteral("INSERT INTO test_future_table (note) VALUES ('half-way')"))
                          || !query.exec(QStringLiteral("UPDATE readings SET title = 'changed by the failing step'"))) {
                          *error = query.lastError().text();
                          return false;
                      }
                      *error = QStringLiteral("forced failure after changes");
                      return false;
                  }});
    QVERIFY(!migrations::migrate(db, steps, &error));
    QVERIFY2(error.contains(QStringLiteral("schema version %1 (test future step (failing))").arg(latest + 1)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("forced failure after changes")), qPrintable(error));
    QCOMPARE(migrations::currentVersion(db), latest);
    QCOMPARE(dumpDatabase(db), before);

    // The same step succeeding shows the test step itself is sound.
    steps.last().apply = [](QSqlDatabase &db, QString *error) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE TABLE test_future_table (id INTEGER PRIMARY KEY, note TEXT)"))) {
            *error = query.lastError().text();
            return false;
        }
        return true;
    };
    QVERIFY2(migrations::migrate(db, steps, &error), qPrintable(error));
    QCOMPARE(migrations::currentVersion(db), latest + 1);
    QVERIFY(dumpDatabase(db) != before);
}

void TestMigrations::migrate_conflictingReadingsFtsTable_catalogRefusesAndLeavesV1()
{
    const Reading reading = sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("Words."));
    QString before;
    {
        RawDatabase raw(path());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 1), qPrintable(error));
        QVERIFY(insertV1Reading(raw, reading, jsonText(reading)));
        // Something (a manual edit, a botched tool) already took the name v2 needs.
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE readings_fts (x TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO readings_fts VALUES ('keep me')")));
        before = dumpDatabase(db);
    }

    Catalog catalog;
    QString error;
    QVERIFY(!catalog.open(path(), &error));
    QVERIFY(!catalog.isOpen());
    QVERIFY2(error.startsWith(path() + QStringLiteral(": cannot update the catalog to schema version 2 (full-text search): ")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("readings_fts")), qPrintable(error));

    RawDatabase raw(path());
    QSqlDatabase db = raw.db();
    QCOMPARE(migrations::currentVersion(db), 1);
    QCOMPARE(dumpDatabase(db), before);
}

void TestMigrations::migrate_newerDatabase_refused()
{
    RawDatabase raw(path());
    QSqlDatabase db = raw.db();
    QString error;
    QVERIFY2(migrations::migrate(db, &error), qPrintable(error));
    const int newer = migrations::latestVersion() + 3;
    QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
    const QString before = dumpDatabase(db);
    QVERIFY(!migrations::migrate(db, &error));
    QCOMPARE(error, QStringLiteral("catalog schema version %1 is newer than this Red Letter (%2); update the app")
                        .arg(newer)
                        .arg(migrations::latestVersion()));
    QCOMPARE(dumpDatabase(db), before);
}

void TestMigrations::migrate_backwards_refused()
{
    RawDatabase raw(path());
    QSqlDatabase db = raw.db();
    QString error;
    QVERIFY2(migrations::migrate(db, &error), qPrintable(error));
    const QString before = dumpDatabase(db);
    QVERIFY(!migrations::migrate(db, &error, 1));
    QVERIFY2(error.contains(QLatin1String("only go forward")), qPrintable(error));
    QCOMPARE(migrations::currentVersion(db), migrations::latestVersion());
    QCOMPARE(dumpDatabase(db), before);
}

void TestMigrations::migrate_beyondLatest_refused()
{
    RawDatabase raw(path());
    QSqlDatabase db = raw.db();
    QString error;
    QVERIFY(!migrations::migrate(db, &error, migrations::latestVersion() + 1));
    QVERIFY2(error.contains(QLatin1String("no migration to schema version")), qPrintable(error));
    QCOMPARE(migrations::currentVersion(db), 0);
}

void TestMigrations::migrate_stepsWithAGap_refused()
{
    RawDatabase raw(path());
    QSqlDatabase db = raw.db();
    QVector<migrations::Step> steps = migrations::steps();
    steps.append({migrations::latestVersion() + 2, QStringLiteral("skips one"), [](QSqlDatabase &, QString *) { return true; }});
    QString error;
    QVERIFY(!migrations::migrate(db, steps, &error));
    QVERIFY2(error.contains(QLatin1String("numbered")), qPrintable(error));
    QCOMPARE(migrations::currentVersion(db), 0);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
