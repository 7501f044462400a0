// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"

#include "catalog/migrations.h"
#include "catalogtestutil.h"
#include "importing/importer.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;
using redletter::test::dumpDatabase;
using redletter::test::execSql;
using redletter::test::queryValue;
using redletter::test::sampleReading;
using redletter::test::textBlock;

namespace {

// Warnings seen while a test runs, so a test can assert there were none (Qt 5.15 has no
// QTest::failOnWarning). Chains to QTest's handler so ignoreMessage() keeps working.
QtMessageHandler previousHandler = nullptr;
QStringList capturedWarnings;

void captureWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        capturedWarnings.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList catalogConnections()
{
    QStringList names;
    const QStringList all = QSqlDatabase::connectionNames();
    for (const QString &name : all) {
        if (name.startsWith(QLatin1String("redletter-catalog-")))
            names.append(name);
    }
    return names;
}

} // namespace

Q_DECLARE_METATYPE(redletter::Reading)

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultPath_isGenericDataLocationWhateverTheAppName();
    void open_createsFolderSchemaAndSettings();
    void open_connectionNamesAreUniqueAndRemovedOnClose();
    void open_twoCatalogsOnOneFileSeeEachOther();
    void open_notACatalog_data();
    void open_notACatalog();
    void open_newerSchema_refusedAndUntouched();
    void open_readOnlyFile_clearError();
    void open_readOnlyFolder_clearError_data();
    void open_readOnlyFolder_clearError();
    void open_pathIsAFolder_clearError();
    void open_emptyFile_becomesACatalog();
    void open_checksOnlyWhatWasNotClosedCleanly();
    void entries_readFromTheIndexAlone();
    void closed_catalogAnswersEmptyAndRefusesWrites();

    void importReading_added_storesEntryWordsAndMinutes();
    void importReading_editorMinutesOverrideTheEstimate();
    void importReading_withoutAuthorOrWork_isStoredAsEmpty();
    void importReading_sameIdAgain_updatesInPlace();
    void importReading_identicalAgain_unchangedAndUntouched();
    void importReading_differentSourceFile_isAnUpdate();
    void importReading_invalid_data();
    void importReading_invalid();
    void importReadings_storesAllOrderedById();
    void importReadings_secondInvalid_rollsBackTheFirst();
    void importReadings_sqlFailureMidway_rollsBackEverything();
    void importTransaction_workKeepsItsPartsInOrder();
    void importTransaction_withoutCommit_leavesTheCatalogAsItWas();
    void importTransaction_failureStopsEverythingAfterIt();
    void importTransaction_workAgain_dropsPartsNoLongerInIt();

    void reading_unknownId_isNullopt();
    void reading_damagedStoredContent_logsAndReturnsNullopt();

    void recordServed_historyOrderedByDay();
    void recordServed_existingDay_neverOverwritten();
    void recordServed_unknownReading_failsNamingIt();
    void schedule_foreignKeyProtectsServedReadings();

    void reopen_keepsReadingsAndHistory();

    void search_data();
    void search();
    void search_hostileQueries_data();
    void search_hostileQueries();
    void search_titleRanksAboveBody();
    void search_followsUpdatesWithoutDuplicates();
    void search_limit();

    void corpusSample_importsThroughImporterAndReadsBackEqual();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    //! A real catalog with two readings and a served day, closed again; returns its bytes.
    QByteArray makeRealCatalog(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    previousHandler = qInstallMessageHandler(captureWarnings);
}

void TestCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    capturedWarnings.clear();
}

void TestCatalog::cleanup()
{
    m_dir.reset();
    // Any test that leaves a connection behind, or removes one still in use, is a leak.
    QVERIFY2(catalogConnections().isEmpty(), qPrintable(catalogConnections().join(QLatin1String(", "))));
    for (const QString &warning : qAsConst(capturedWarnings)) {
        QVERIFY2(!warning.contains(QLatin1String("still in use")) && !warning.contains(QLatin1String("duplicate connection")),
                 qPrintable(warning));
    }
}

QByteArray TestCatalog::makeRealCatalog(const QString &path)
{
    Catalog catalog;
    QString error;
    if (!catalog.open(path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const bool ok = catalog.importReadings({sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("First text.")),
                                            sampleReading(QStringLiteral("b"), QStringLiteral("Beta"), QStringLiteral("Second text."))},
                                           false, &error)
        && catalog.recordServed(QDate(2026, 1, 1), QStringLiteral("a"), QDateTime::currentDateTimeUtc(), &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    catalog.close();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// ---- opening ------------------------------------------------------------------------------------

void TestCatalog::defaultPath_isGenericDataLocationWhateverTheAppName()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/redletter/catalog.sqlite");
    const QString savedName = QCoreApplication::applicationName();
    const QString savedOrganization = QCoreApplication::organizationName();
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("redletter"));
    const QString asTheAppRuns = Catalog::defaultPath();
    QCoreApplication::setOrganizationName(QStringLiteral("Some Org"));
    QCoreApplication::setApplicationName(QStringLiteral("something-else"));
    const QString withOtherNames = Catalog::defaultPath();
    QCoreApplication::setApplicationName(savedName);
    QCoreApplication::setOrganizationName(savedOrganization);

    QCOMPARE(asTheAppRuns, expected);
    QCOMPARE(withOtherNames, expected);
    QVERIFY(asTheAppRuns.endsWith(QLatin1String("/redletter/catalog.sqlite")));
}

void TestCatalog::open_createsFolderSchemaAndSettings()
{
    const QString path = m_dir->filePath(QStringLiteral("not/yet/there/catalog.sqlite"));
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(path, &error), qPrintable(error));
    QVERIFY(catalog.isOpen());
    QCOMPARE(catalog.path(), path);
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(catalog.schemaVersion(), Catalog::latestSchemaVersion());
    QVERIFY(Catalog::latestSchemaVersion() >= 2);
    QCOMPARE(catalog.readingCount(), 0);

    const QString connection = catalog.connectionName();
    QCOMPARE(queryValue(connection, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(queryValue(connection, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(queryValue(connection, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QVERIFY(queryValue(connection, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    QCOMPARE(queryValue(connection, QStringLiteral("PRAGMA application_id")).toInt(), migrations::ApplicationId);
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                                   "('readings', 'schedule', 'readings_fts', 'readings_curated_date')"))
                 .toInt(),
             4);
}

void TestCatalog::open_connectionNamesAreUniqueAndRemovedOnClose()
{
    QString error;
    QString firstName;
    {
        Catalog first;
        Catalog second;
        QVERIFY2(first.open(catalogPath(), &error), qPrintable(error));
        QVERIFY2(second.open(m_dir->filePath(QStringLiteral("other.sqlite")), &error), qPrintable(error));
        firstName = first.connectionName();
        QVERIFY(!firstName.isEmpty());
        QVERIFY(firstName != second.connectionName());
        QVERIFY(QSqlDatabase::contains(firstName));
        QCOMPARE(catalogConnections().size(), 2);

        // Reopening replaces the connection instead of leaking the old one.
        QVERIFY2(first.open(catalogPath(), &error), qPrintable(error));
        QCOMPARE(catalogConnections().size(), 2);
        QVERIFY(!QSqlDatabase::contains(firstName));

        second.close();
        QVERIFY(!second.isOpen());
        QVERIFY(second.path().isEmpty());
        QCOMPARE(catalogConnections().size(), 1);
    } // the destructor closes the first
    QVERIFY(catalogConnections().isEmpty());
}

void TestCatalog::open_twoCatalogsOnOneFileSeeEachOther()
{
    Catalog writer;
    Catalog reader;
    QString error;
    QVERIFY2(writer.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(reader.open(catalogPath(), &error), qPrintable(error));
    Catalog::ImportOutcome outcome;
    QVERIFY2(writer.importReading(sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("Text.")),
                                  QString(), false, &outcome, &error),
             qPrintable(error));
    QCOMPARE(reader.readingCount(), 1);
    QVERIFY(reader.reading(QStringLiteral("a")).has_value());
}

void TestCatalog::open_notACatalog_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("a text file") << QStringLiteral("text");
    QTest::newRow("a real catalog truncated to half") << QStringLiteral("half");
    QTest::newRow("a real catalog truncated to its first page") << QStringLiteral("firstPage");
    QTest::newRow("a real catalog truncated inside its header") << QStringLiteral("header");
    QTest::newRow("a real catalog with a damaged page") << QStringLiteral("damagedPage");
    QTest::newRow("a SQLite database of another application") << QStringLiteral("foreign");
}

void TestCatalog::open_notACatalog()
{
    QFETCH(QString, kind);
    const QString path = catalogPath();

    QByteArray bytes;
    if (kind == QLatin1String("random")) {
        bytes.resize(64 * 1024);
        QRandomGenerator generator(20260101);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
    } else if (kind == QLatin1String("text")) {
        bytes = QByteArrayLiteral("---\ntitle: Not a database\n---\n\nJust a Markdown file named catalog.sqlite.\n");
    } else if (kind == QLatin1String("foreign")) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(execSql(QStringLiteral("foreign"), QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            QVERIFY(execSql(QStringLiteral("foreign"), QStringLiteral("INSERT INTO contacts VALUES ('x')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        bytes = test::readFile(path);
    } else {
        const QByteArray real = makeRealCatalog(m_dir->filePath(QStringLiteral("real.sqlite")));
        QVERIFY(real.size() > 4 * 4096);
        if (kind == QLatin1String("half"))
            bytes = real.left(real.size() / 2);
        else if (kind == QLatin1String("firstPage"))
            bytes = real.left(4096);
        else if (kind == QLatin1String("header"))
            bytes = real.left(60);
        else if (kind == QLatin1String("damagedPage")) {
            // Overwrite the second page (a b-tree page of the schema's tables) with garbage.
            bytes = real;
            for (int i = 4096; i < 2 * 4096; ++i)
                bytes[i] = char(0xA5);
        }
    }
    QVERIFY(!bytes.isEmpty());
    QVERIFY(writeFile(path, bytes));

    Catalog catalog;
    QString error;
    QVERIFY(!catalog.open(path, &error));
    QVERIFY(!catalog.isOpen());
    QVERIFY2(error.startsWith(path + QStringLiteral(": not a Red Letter catalog or damaged (")), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1String("); it was left untouched")), qPrintable(error));
    QCOMPARE(catalog.lastError(), error);
    QVERIFY(catalogConnections().isEmpty());

    QCOMPARE(test::readFile(path), bytes);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
}

void TestCatalog::open_newerSchema_refusedAndUntouched()
{
    const QString path = catalogPath();
    QVERIFY(!makeRealCatalog(path).isEmpty());
    const int newer = Catalog::latestSchemaVersion() + 1;
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(execSql(QStringLiteral("future"), QStringLiteral("CREATE TABLE test_future_table (id INTEGER PRIMARY KEY)")));
            QVERIFY(execSql(QStringLiteral("future"), QStringLiteral("PRAGMA user_version = %1").arg(newer)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
    }
    const QByteArray before = test::readFile(path);

    Catalog catalog;
    QString error;
    QVERIFY(!catalog.open(path, &error));
    QCOMPARE(error, QStringLiteral("%1: catalog schema version %2 is newer than this Red Letter (%3); update the app")
                        .arg(path)
                        .arg(newer)
                        .arg(Catalog::latestSchemaVersion()));
    QVERIFY(!catalog.isOpen());
    QCOMPARE(test::readFile(path), before);
}

void TestCatalog::open_readOnlyFile_clearError()
{
    const QString path = catalogPath();
    QVERIFY(!makeRealCatalog(path).isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
    if (QFileInfo(path).isWritable())
        QSKIP("running with privileges that ignore file permissions (root)");
    const QByteArray before = test::readFile(path);

    Catalog catalog;
    QString error;
    QVERIFY(!catalog.open(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(test::readFile(path), before);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

void TestCatalog::open_readOnlyFolder_clearError_data()
{
    QTest::addColumn<bool>("catalogExists");
    QTest::newRow("new catalog") << false;
    // SQLite needs to create the -wal and -shm files next to an existing catalog too.
    QTest::newRow("existing writable catalog") << true;
}

void TestCatalog::open_readOnlyFolder_clearError()
{
    QFETCH(bool, catalogExists);
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/catalog.sqlite");
    QByteArray before;
    if (catalogExists)
        before = makeRealCatalog(path);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto unlock = qScopeGuard([&folder] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (QFileInfo(folder).isWritable())
        QSKIP("running with privileges that ignore file permissions (root)");

    Catalog catalog;
    QString error;
    QVERIFY(!catalog.open(path, &error));
    QCOMPARE(error, QStringLiteral("%1: the folder %2 is not writable; Red Letter needs to create the catalog and its journal files there")
                        .arg(path, folder));
    QCOMPARE(QFileInfo::exists(path), catalogExists);
    if (catalogExists)
        QCOMPARE(test::readFile(path), before);
}

void TestCatalog::open_pathIsAFolder_clearError()
{
    const QString path = catalogPath();
    QVERIFY(QDir().mkpath(path));
    Catalog catalog;
    QString error;
    QVERIFY(!catalog.open(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("not a file")), qPrintable(error));
}

// quick_check reads the whole file (a third of a second at 10,000 readings): it runs when the
// file may have changed since a clean close, not on every start.
void TestCatalog::open_checksOnlyWhatWasNotClosedCleanly()
{
    const QString path = catalogPath();
    const QString note = path + QStringLiteral("-closed");
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(path, &error), qPrintable(error));
    QVERIFY2(!catalog.checkedOnOpen(), "a new catalog has nothing to check");
    QVERIFY2(catalog.importReading(sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("Text.")),
                                   QString(), false, nullptr, &error),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(note));
    catalog.close();
    QVERIFY2(QFileInfo::exists(note), "closed cleanly: noted beside the file");
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

    QVERIFY2(catalog.open(path, &error), qPrintable(error));
    QVERIFY2(!catalog.checkedOnOpen(), "unchanged since a clean close");
    QVERIFY2(!QFileInfo::exists(note), "open: a crash from now on must lead to a check");
    catalog.close();

    // Written by something else after the close (a copy, a restore, a sync tool).
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QFileInfo(path).lastModified().addSecs(60), QFileDevice::FileModificationTime));
    }
    QVERIFY2(catalog.open(path, &error), qPrintable(error));
    QVERIFY(catalog.checkedOnOpen());
    catalog.close();
    QVERIFY2(catalog.open(path, &error), qPrintable(error));
    QVERIFY(!catalog.checkedOnOpen());

    // Not closed: a second connection keeps the WAL, so the first close leaves no note; and a
    // crash leaves none either.
    {
        Catalog second;
        QVERIFY2(second.open(path, &error), qPrintable(error));
        QVERIFY2(second.checkedOnOpen(), "the catalog is open elsewhere: its WAL is there");
        catalog.close();
        QVERIFY(!QFileInfo::exists(note));
    }
    QVERIFY(QFileInfo::exists(note));
    QVERIFY(QFile::remove(note));
    QVERIFY2(catalog.open(path, &error), qPrintable(error));
    QVERIFY2(catalog.checkedOnOpen(), "no note: as after a crash");
    catalog.close();

    // A week after the last check, the file is checked again however it was closed.
    QFile noteFile(note);
    QVERIFY(noteFile.open(QIODevice::ReadOnly));
    QJsonObject fields = QJsonDocument::fromJson(noteFile.readAll()).object();
    noteFile.close();
    QVERIFY(fields.contains(QLatin1String("checked")));
    fields.insert(QStringLiteral("checked"),
                  QDateTime::currentDateTimeUtc().addDays(-7).addSecs(-60).toString(Qt::ISODateWithMs));
    QVERIFY(writeFile(note, QJsonDocument(fields).toJson()));
    QVERIFY2(catalog.open(path, &error), qPrintable(error));
    QVERIFY(catalog.checkedOnOpen());
    QStringList problems;
    QVERIFY2(catalog.checkIntegrity(&problems, &error), qPrintable(error));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The list of readings must not read their texts (230 ms at 10,000 readings): every column it
// reads is in the index readings_entries, so SQLite never touches the table's rows.
void TestCatalog::entries_readFromTheIndexAlone()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReadings({sampleReading(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("Text.")),
                                     sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("Text."))},
                                    false, &error),
             qPrintable(error));
    QSqlQuery plan(QSqlDatabase::database(catalog.connectionName(), false));
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 FROM readings ORDER BY id").arg(migrations::entryIndexColumns())));
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    QCOMPARE(steps, QStringList{QStringLiteral("SCAN readings USING COVERING INDEX readings_entries")});
    QCOMPARE(catalog.entries().size(), 2);
    QCOMPARE(catalog.entries().first().id, QStringLiteral("a"));
}

// SQLite treats a zero-byte file as an empty database; `touch catalog.sqlite` is harmless.
void TestCatalog::open_emptyFile_becomesACatalog()
{
    QVERIFY(writeFile(catalogPath(), QByteArray()));
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QCOMPARE(catalog.schemaVersion(), Catalog::latestSchemaVersion());
}

void TestCatalog::closed_catalogAnswersEmptyAndRefusesWrites()
{
    Catalog catalog;
    QVERIFY(!catalog.isOpen());
    QCOMPARE(catalog.readingCount(), 0);
    QVERIFY(catalog.entries().isEmpty());
    QVERIFY(catalog.history().isEmpty());
    QVERIFY(!catalog.reading(QStringLiteral("a")).has_value());
    QVERIFY(catalog.search(QStringLiteral("a")).isEmpty());
    QString error;
    QVERIFY(!catalog.recordServed(QDate(2026, 1, 1), QStringLiteral("a"), QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(error.contains(QLatin1String("not open")));
    Catalog::ImportOutcome outcome;
    QVERIFY(!catalog.importReading(sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("x")),
                                   QString(), false, &outcome, &error));
}

// ---- importing ----------------------------------------------------------------------------------

void TestCatalog::importReading_added_storesEntryWordsAndMinutes()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));

    Reading reading = sampleReading(QStringLiteral("luxemburg--reform"), QStringLiteral("Reform or Revolution"),
                                    QStringLiteral("Die Sozialdemokratie ist eine Bewegung."));
    reading.author = QStringLiteral("Rosa Luxemburg");
    reading.language = QStringLiteral("de");
    reading.curatedDate = QDate(2026, 3, 5);
    reading.source = QUrl(QStringLiteral("https://example.org/luxemburg/reform.htm"));

    Catalog::ImportOutcome outcome = Catalog::ImportOutcome::Unchanged;
    QVERIFY2(catalog.importReading(reading, QStringLiteral("/some/where/reform.md"), true, &outcome, &error),
             qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Added);
    QCOMPARE(catalog.readingCount(), 1);

    const std::optional<Reading> back = catalog.reading(reading.id);
    QVERIFY(back.has_value());
    QVERIFY(*back == reading);

    const ReadingTime time = ReadingTimeEstimator().estimate(reading);
    const std::optional<CatalogEntry> entry = catalog.entry(reading.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->id, reading.id);
    QCOMPARE(entry->title, reading.title);
    QCOMPARE(entry->author, reading.author);
    QCOMPARE(entry->work, reading.work);
    QCOMPARE(entry->year, reading.year);
    QCOMPARE(entry->language, reading.language);
    QCOMPARE(entry->curatedDate, reading.curatedDate);
    QCOMPARE(entry->minutes, time.minutes);
    QVERIFY(entry->builtin);

    const QString connection = catalog.connectionName();
    const QString row = QStringLiteral(" FROM readings WHERE id = 'luxemburg--reform'");
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT text_words") + row).toInt(), time.textWords);
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT introduction_words") + row).toInt(), time.introductionWords);
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT note_words") + row).toInt(), time.noteWords);
    QVERIFY(queryValue(connection, QStringLiteral("SELECT editor_minutes") + row).isNull());
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT source_file") + row).toString(), QStringLiteral("/some/where/reform.md"));
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT tags") + row).toString(), QStringLiteral("[\"state\",\"class\"]"));
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT curated_date") + row).toString(), QStringLiteral("2026-03-05"));
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT length(content_sha256)") + row).toInt(), 64);
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT imported_at = updated_at") + row).toInt(), 1);
    QVERIFY(!catalog.entry(QStringLiteral("luxemburg")).has_value());
}

void TestCatalog::importReading_editorMinutesOverrideTheEstimate()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    Reading reading = sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("Short."));
    reading.editorMinutes = 42; // far from anything a short text is estimated at
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(reading, QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(catalog.entry(QStringLiteral("a"))->minutes, 42);
    QCOMPARE(queryValue(catalog.connectionName(), QStringLiteral("SELECT editor_minutes FROM readings")).toInt(), 42);
    QCOMPARE(queryValue(catalog.connectionName(), QStringLiteral("SELECT text_words FROM readings")).toInt(),
             ReadingTimeEstimator().estimate(reading).textWords);
}

void TestCatalog::importReading_withoutAuthorOrWork_isStoredAsEmpty()
{
    // Regression: null QStrings were bound as SQL NULL into NOT NULL columns, so a reading file
    // without `work:` or `author:` (both optional in the format) could not be imported.
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    Reading reading;
    reading.id = QStringLiteral("bare");
    reading.title = QStringLiteral("Only a Title");
    Block block;
    block.text = QStringLiteral("Some text.");
    reading.body.append(block);
    QVERIFY(reading.author.isNull() && reading.work.isNull());
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(reading, QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Added);
    QCOMPARE(catalog.entry(QStringLiteral("bare"))->work, QString());
    QCOMPARE(catalog.reading(QStringLiteral("bare"))->title, reading.title);
}

void TestCatalog::importReading_sameIdAgain_updatesInPlace()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    Reading reading = sampleReading(QStringLiteral("a"), QStringLiteral("First edition"), QStringLiteral("Old text."));
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(reading, QStringLiteral("a.md"), false, &outcome, &error), qPrintable(error));
    const QString importedAt = queryValue(catalog.connectionName(), QStringLiteral("SELECT imported_at FROM readings")).toString();

    reading.title = QStringLiteral("Corrected edition");
    reading.body[0].text = QStringLiteral("New text, longer than the old one.");
    QVERIFY2(catalog.importReading(reading, QStringLiteral("a.md"), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QCOMPARE(catalog.readingCount(), 1);
    QCOMPARE(catalog.entries().size(), 1);
    QCOMPARE(catalog.entry(QStringLiteral("a"))->title, QStringLiteral("Corrected edition"));
    QVERIFY(*catalog.reading(QStringLiteral("a")) == reading);
    QCOMPARE(queryValue(catalog.connectionName(), QStringLiteral("SELECT imported_at FROM readings")).toString(), importedAt);
    QVERIFY(queryValue(catalog.connectionName(), QStringLiteral("SELECT updated_at >= imported_at FROM readings")).toBool());
    QCOMPARE(queryValue(catalog.connectionName(), QStringLiteral("SELECT text_words FROM readings")).toInt(),
             ReadingTimeEstimator().estimate(reading).textWords);
}

void TestCatalog::importReading_identicalAgain_unchangedAndUntouched()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    const Reading reading = sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("Text."));
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(reading, QStringLiteral("a.md"), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Added);
    // Backdate the bookkeeping so that any rewrite of the row would show.
    QVERIFY(execSql(catalog.connectionName(),
                    QStringLiteral("UPDATE readings SET imported_at = '2000-01-01T00:00:00.000Z', updated_at = '2000-01-01T00:00:00.000Z'")));
    const QString before = dumpDatabase(catalog.connectionName());

    for (int i = 0; i < 2; ++i) {
        QVERIFY2(catalog.importReading(reading, QStringLiteral("a.md"), false, &outcome, &error), qPrintable(error));
        QCOMPARE(outcome, Catalog::ImportOutcome::Unchanged);
    }
    QCOMPARE(catalog.readingCount(), 1);
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);
}

void TestCatalog::importReading_differentSourceFile_isAnUpdate()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    const Reading reading = sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("Text."));
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(reading, QStringLiteral("a.md"), false, &outcome, &error), qPrintable(error));
    QVERIFY2(catalog.importReading(reading, QStringLiteral("moved/a.md"), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QCOMPARE(queryValue(catalog.connectionName(), QStringLiteral("SELECT source_file FROM readings")).toString(),
             QStringLiteral("moved/a.md"));
    QVERIFY2(catalog.importReading(reading, QStringLiteral("moved/a.md"), true, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QVERIFY(catalog.entry(QStringLiteral("a"))->builtin);
    QCOMPARE(catalog.readingCount(), 1);
}

void TestCatalog::importReading_invalid_data()
{
    QTest::addColumn<Reading>("reading");
    QTest::addColumn<QString>("expectedError");

    Reading noId = sampleReading(QString(), QStringLiteral("Untitled id"), QStringLiteral("x"));
    QTest::newRow("empty id") << noId << QStringLiteral("\"Untitled id\": it has no id");
    Reading noTitle = sampleReading(QStringLiteral("no-title"), QString(), QStringLiteral("x"));
    QTest::newRow("empty title") << noTitle << QStringLiteral("\"no-title\": it has no title");
    Reading badAnchor = sampleReading(QStringLiteral("bad-anchor"), QStringLiteral("B"), QStringLiteral("x"));
    badAnchor.body[1].anchors[0].index = 5;
    QTest::newRow("anchor to a missing footnote") << badAnchor << QStringLiteral("body[1].anchors[0].index");
    Reading badStyle = sampleReading(QStringLiteral("bad-style"), QStringLiteral("B"), QStringLiteral("short"));
    StyleRange range;
    range.start = 2;
    range.end = 99;
    badStyle.body[0].styles = {range};
    QTest::newRow("style past the end of its text") << badStyle << QStringLiteral("body[0].styles[0]");
}

void TestCatalog::importReading_invalid()
{
    QFETCH(Reading, reading);
    QFETCH(QString, expectedError);

    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReading(sampleReading(QStringLiteral("kept"), QStringLiteral("Kept"), QStringLiteral("x")),
                                   QString(), false, nullptr, &error),
             qPrintable(error));
    const QString before = dumpDatabase(catalog.connectionName());

    Catalog::ImportOutcome outcome;
    QVERIFY(!catalog.importReading(reading, QString(), false, &outcome, &error));
    QVERIFY2(error.startsWith(catalogPath() + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);
}

void TestCatalog::importReadings_storesAllOrderedById()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    const QVector<Reading> readings{
        sampleReading(QStringLiteral("lenin--state"), QStringLiteral("State"), QStringLiteral("x")),
        sampleReading(QStringLiteral("engels--origin"), QStringLiteral("Origin"), QStringLiteral("y")),
        sampleReading(QStringLiteral("marx--wage"), QStringLiteral("Wage"), QStringLiteral("z")),
    };
    QVERIFY2(catalog.importReadings(readings, true, &error), qPrintable(error));
    QCOMPARE(catalog.readingCount(), 3);
    const QVector<CatalogEntry> entries = catalog.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).id, QStringLiteral("engels--origin"));
    QCOMPARE(entries.at(1).id, QStringLiteral("lenin--state"));
    QCOMPARE(entries.at(2).id, QStringLiteral("marx--wage"));
    for (const CatalogEntry &entry : entries)
        QVERIFY(entry.builtin);
    for (const Reading &reading : readings)
        QVERIFY(*catalog.reading(reading.id) == reading);

    // Twice: still three, not six.
    QVERIFY2(catalog.importReadings(readings, true, &error), qPrintable(error));
    QCOMPARE(catalog.readingCount(), 3);
    QCOMPARE(queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM readings_fts")).toInt(), 3);
}

void TestCatalog::importReadings_secondInvalid_rollsBackTheFirst()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    const Reading existing = sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("Old alpha text."));
    QVERIFY2(catalog.importReading(existing, QString(), false, nullptr, &error), qPrintable(error));
    QVERIFY2(catalog.recordServed(QDate(2026, 1, 1), QStringLiteral("a"), QDateTime::currentDateTimeUtc(), &error),
             qPrintable(error));
    const QString before = dumpDatabase(catalog.connectionName());

    Reading changed = existing;
    changed.title = QStringLiteral("Alpha, changed");
    changed.body[0].text = QStringLiteral("Replacement words.");
    const Reading added = sampleReading(QStringLiteral("b"), QStringLiteral("Beta"), QStringLiteral("Beta text."));
    const Reading invalid = sampleReading(QStringLiteral("c"), QString(), QStringLiteral("No title."));
    QVERIFY(!catalog.importReadings({changed, added, invalid}, false, &error));
    QVERIFY2(error.startsWith(catalogPath() + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("\"c\"")), qPrintable(error));

    QCOMPARE(dumpDatabase(catalog.connectionName()), before);
    QCOMPARE(catalog.readingCount(), 1);
    QVERIFY(*catalog.reading(QStringLiteral("a")) == existing);
    QVERIFY(catalog.search(QStringLiteral("replacement")).isEmpty());
    QCOMPARE(catalog.search(QStringLiteral("alpha")), QStringList{QStringLiteral("a")});
}

void TestCatalog::importTransaction_workKeepsItsPartsInOrder()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    auto transaction = catalog.beginImport(&error);
    QVERIFY2(transaction, qPrintable(error));
    // Stored out of id order: the work's order is the contents, not the ids.
    const QStringList ids{QStringLiteral("w--preface"), QStringLiteral("w--ch01"), QStringLiteral("w--appendix")};
    for (const QString &id : ids) {
        Catalog::ImportOutcome outcome = Catalog::ImportOutcome::Unchanged;
        QVERIFY2(transaction->storeReading(sampleReading(id, id.toUpper(), QStringLiteral("Words of %1.").arg(id)),
                                           QString(), &outcome, &error),
                 qPrintable(error));
        QCOMPARE(outcome, Catalog::ImportOutcome::Added);
    }
    const WorkInfo work{QStringLiteral("w"), QStringLiteral("The Work"), QStringLiteral("An Author"),
                        QUrl(QStringLiteral("https://example.org/w/index.htm"))};
    QVERIFY2(transaction->storeWork(work, ids, &error), qPrintable(error));
    QVERIFY2(transaction->commit(&error), qPrintable(error));
    transaction.reset();

    const QVector<CatalogEntry> parts = catalog.workEntries(QStringLiteral("w"));
    QCOMPARE(parts.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(parts.at(i).id, ids.at(i));
        QCOMPARE(parts.at(i).workId, QStringLiteral("w"));
        QCOMPARE(parts.at(i).workPosition, i + 1);
    }
    const std::optional<WorkInfo> stored = catalog.work(QStringLiteral("w"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->title, work.title);
    QCOMPARE(stored->author, work.author);
    QCOMPARE(stored->source, work.source);
    QCOMPARE(catalog.search(QStringLiteral("ch01")), QStringList{QStringLiteral("w--ch01")});
}

void TestCatalog::importTransaction_withoutCommit_leavesTheCatalogAsItWas()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReading(sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("Alpha text.")),
                                   QString(), false, nullptr, &error),
             qPrintable(error));
    const QString before = dumpDatabase(catalog.connectionName());
    {
        auto transaction = catalog.beginImport(&error);
        QVERIFY2(transaction, qPrintable(error));
        Reading changed = sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("Changed text."));
        QVERIFY(transaction->storeReading(changed, QString(), nullptr, &error));
        QVERIFY(transaction->storeReading(sampleReading(QStringLiteral("b"), QStringLiteral("Beta"), QStringLiteral("B.")),
                                          QString(), nullptr, &error));
        QVERIFY(transaction->storeWork(WorkInfo{QStringLiteral("w"), QStringLiteral("W"), {}, {}},
                                       {QStringLiteral("a"), QStringLiteral("b")}, &error));
        // Destroyed without commit: a chapter that could not be fetched, a cancelled import.
    }
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);
    // And the catalog takes the next import.
    auto again = catalog.beginImport(&error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->commit(&error));
}

void TestCatalog::importTransaction_failureStopsEverythingAfterIt()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    const QString before = dumpDatabase(catalog.connectionName());
    auto transaction = catalog.beginImport(&error);
    QVERIFY2(transaction, qPrintable(error));
    QVERIFY(transaction->storeReading(sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("A.")),
                                      QString(), nullptr, &error));
    QVERIFY(!transaction->storeReading(sampleReading(QStringLiteral("b"), QString(), QStringLiteral("No title.")),
                                       QString(), nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("no title")), qPrintable(error));
    QVERIFY(!transaction->storeWork(WorkInfo{QStringLiteral("w"), QStringLiteral("W"), {}, {}}, {QStringLiteral("a")},
                                    &error));
    QVERIFY(!transaction->commit(&error));
    QVERIFY2(error.contains(QLatin1String("no title")), qPrintable(error));
    transaction.reset();
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);

    // A part that is not in the catalog is refused by name.
    auto second = catalog.beginImport(&error);
    QVERIFY(second);
    QVERIFY(!second->storeWork(WorkInfo{QStringLiteral("w"), QStringLiteral("W"), {}, {}}, {QStringLiteral("ghost")},
                               &error));
    QVERIFY2(error.contains(QLatin1String("\"ghost\" is not in the catalog")), qPrintable(error));
}

void TestCatalog::importTransaction_workAgain_dropsPartsNoLongerInIt()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    const auto importWork = [&](const QStringList &ids) {
        auto transaction = catalog.beginImport(&error);
        bool ok = transaction != nullptr;
        for (const QString &id : ids)
            ok = ok && transaction->storeReading(sampleReading(id, id, QStringLiteral("Text.")), QString(), nullptr, &error);
        return ok && transaction->storeWork(WorkInfo{QStringLiteral("w"), QStringLiteral("W"), {}, {}}, ids, &error)
            && transaction->commit(&error);
    };
    QVERIFY2(importWork({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}), qPrintable(error));
    QVERIFY2(importWork({QStringLiteral("three"), QStringLiteral("one")}), qPrintable(error));
    const QVector<CatalogEntry> parts = catalog.workEntries(QStringLiteral("w"));
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).id, QStringLiteral("three"));
    QCOMPARE(parts.at(1).id, QStringLiteral("one"));
    // "two" is kept (my notes may be on it), as a reading on its own.
    QVERIFY(catalog.entry(QStringLiteral("two")).has_value());
    QVERIFY(catalog.entry(QStringLiteral("two"))->workId.isEmpty());
    QCOMPARE(catalog.entry(QStringLiteral("two"))->workPosition, 0);
}

void TestCatalog::importReadings_sqlFailureMidway_rollsBackEverything()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReading(sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("x")),
                                   QString(), false, nullptr, &error),
             qPrintable(error));
    // A valid reading the database itself refuses, after earlier rows of the same import were
    // written: the failure happens inside SQLite, not in our checks before it.
    QVERIFY(execSql(catalog.connectionName(),
                    QStringLiteral("CREATE TRIGGER refuse_boom BEFORE INSERT ON readings WHEN NEW.id = 'boom'"
                                   " BEGIN SELECT RAISE(ABORT, 'forced failure'); END")));
    const QString before = dumpDatabase(catalog.connectionName());

    const QVector<Reading> readings{
        sampleReading(QStringLiteral("b"), QStringLiteral("Beta"), QStringLiteral("y")),
        sampleReading(QStringLiteral("a"), QStringLiteral("Alpha updated"), QStringLiteral("z")),
        sampleReading(QStringLiteral("boom"), QStringLiteral("Boom"), QStringLiteral("w")),
    };
    QVERIFY(!catalog.importReadings(readings, false, &error));
    QVERIFY2(error.startsWith(catalogPath() + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("forced failure")), qPrintable(error));
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);

    // The same through importReading, where the failing statement is the first of the transaction.
    Catalog::ImportOutcome outcome;
    QVERIFY(!catalog.importReading(readings.at(2), QString(), false, &outcome, &error));
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);

    // And the connection is usable afterwards: no transaction was left open.
    QVERIFY2(catalog.importReading(readings.at(0), QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Added);
    QCOMPARE(catalog.readingCount(), 2);
}

// ---- reading back -------------------------------------------------------------------------------

void TestCatalog::reading_unknownId_isNullopt()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY(!catalog.reading(QStringLiteral("nothing")).has_value());
    QVERIFY(!catalog.entry(QStringLiteral("nothing")).has_value());
    QVERIFY(!catalog.reading(QString()).has_value());
}

void TestCatalog::reading_damagedStoredContent_logsAndReturnsNullopt()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReadings({sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("x")),
                                     sampleReading(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("y")),
                                     sampleReading(QStringLiteral("c"), QStringLiteral("C"), QStringLiteral("z"))},
                                    false, &error),
             qPrintable(error));
    QVERIFY(execSql(catalog.connectionName(), QStringLiteral("UPDATE readings SET content = '{\"format\": 1, \"body\": [' WHERE id = 'a'")));
    QVERIFY(execSql(catalog.connectionName(), QStringLiteral("UPDATE readings SET content = '{\"format\": 7}' WHERE id = 'b'")));
    QVERIFY(execSql(catalog.connectionName(), QStringLiteral("UPDATE readings SET content = '[1, 2]' WHERE id = 'c'")));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("reading a has damaged content")));
    QVERIFY(!catalog.reading(QStringLiteral("a")).has_value());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("reading b has damaged content: unsupported content format 7")));
    QVERIFY(!catalog.reading(QStringLiteral("b")).has_value());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("reading c has damaged content: not a JSON object")));
    QVERIFY(!catalog.reading(QStringLiteral("c")).has_value());
    // The entry (metadata columns) is still there for lists.
    QVERIFY(catalog.entry(QStringLiteral("a")).has_value());
}

// ---- schedule history ---------------------------------------------------------------------------

void TestCatalog::recordServed_historyOrderedByDay()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReadings({sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("x")),
                                     sampleReading(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("y"))},
                                    false, &error),
             qPrintable(error));

    const QDateTime servedAt(QDate(2026, 3, 29), QTime(1, 30, 15, 250), Qt::UTC);
    QVERIFY2(catalog.recordServed(QDate(2026, 3, 29), QStringLiteral("b"), servedAt, &error), qPrintable(error));
    QVERIFY2(catalog.recordServed(QDate(2025, 12, 31), QStringLiteral("a"), servedAt.addDays(-88), &error), qPrintable(error));
    // A local time is stored as the same instant in UTC.
    const QDateTime local(QDate(2026, 1, 10), QTime(0, 0, 5), Qt::LocalTime);
    QVERIFY2(catalog.recordServed(QDate(2026, 1, 10), QStringLiteral("a"), local, &error), qPrintable(error));

    const QVector<ServedDay> history = catalog.history();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).day, QDate(2025, 12, 31));
    QCOMPARE(history.at(1).day, QDate(2026, 1, 10));
    QCOMPARE(history.at(2).day, QDate(2026, 3, 29));
    QCOMPARE(history.at(2).readingId, QStringLiteral("b"));
    QCOMPARE(history.at(2).servedAt, servedAt);
    QCOMPARE(history.at(2).servedAt.timeSpec(), Qt::UTC);
    QCOMPARE(history.at(1).servedAt, local);
    QCOMPARE(history.at(1).servedAt.timeSpec(), Qt::UTC);

    const std::optional<ServedDay> day = catalog.servedOn(QDate(2026, 1, 10));
    QVERIFY(day.has_value());
    QCOMPARE(day->readingId, QStringLiteral("a"));
    QVERIFY(!catalog.servedOn(QDate(2026, 1, 11)).has_value());
    QVERIFY(!catalog.servedOn(QDate()).has_value());
}

void TestCatalog::recordServed_existingDay_neverOverwritten()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReadings({sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("x")),
                                     sampleReading(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("y"))},
                                    false, &error),
             qPrintable(error));
    const QDate day(2026, 11, 24);
    const QDateTime first(day, QTime(0, 0, 1), Qt::UTC);
    QVERIFY2(catalog.recordServed(day, QStringLiteral("a"), first, &error), qPrintable(error));
    const QString before = dumpDatabase(catalog.connectionName());

    QVERIFY2(catalog.recordServed(day, QStringLiteral("b"), first.addSecs(3600), &error), qPrintable(error));
    QVERIFY2(catalog.recordServed(day, QStringLiteral("a"), first.addSecs(60), &error), qPrintable(error));
    // Even a reading that does not exist: the day is taken, nothing is inserted, nothing fails.
    QVERIFY2(catalog.recordServed(day, QStringLiteral("missing"), first, &error), qPrintable(error));

    QCOMPARE(dumpDatabase(catalog.connectionName()), before);
    QCOMPARE(catalog.servedOn(day)->readingId, QStringLiteral("a"));
    QCOMPARE(catalog.servedOn(day)->servedAt, first);
    QCOMPARE(catalog.history().size(), 1);
}

void TestCatalog::recordServed_unknownReading_failsNamingIt()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY(!catalog.recordServed(QDate(2026, 2, 1), QStringLiteral("no-such-reading"), QDateTime::currentDateTimeUtc(), &error));
    QCOMPARE(error, QStringLiteral("%1: cannot record 2026-02-01 as served: there is no reading \"no-such-reading\" in the catalog")
                        .arg(catalogPath()));
    QCOMPARE(catalog.lastError(), error);
    QVERIFY(catalog.history().isEmpty());

    QVERIFY(!catalog.recordServed(QDate(), QStringLiteral("a"), QDateTime::currentDateTimeUtc(), &error));
    QVERIFY2(error.startsWith(catalogPath() + QStringLiteral(": ")), qPrintable(error));
}

void TestCatalog::schedule_foreignKeyProtectsServedReadings()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReading(sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("x")),
                                   QString(), false, nullptr, &error),
             qPrintable(error));
    QVERIFY2(catalog.recordServed(QDate(2026, 2, 1), QStringLiteral("a"), QDateTime::currentDateTimeUtc(), &error),
             qPrintable(error));
    // Enforced by SQLite on this connection, not only by recordServed()'s check.
    QString sqlError;
    QVERIFY(!execSql(catalog.connectionName(), QStringLiteral("DELETE FROM readings WHERE id = 'a'"), &sqlError));
    QVERIFY2(sqlError.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(sqlError));
    QVERIFY(!execSql(catalog.connectionName(),
                     QStringLiteral("INSERT INTO schedule VALUES ('2026-02-02', 'ghost', '2026-02-02T00:00:00Z')"), &sqlError));
    QCOMPARE(catalog.readingCount(), 1);
    QCOMPARE(catalog.history().size(), 1);
}

void TestCatalog::reopen_keepsReadingsAndHistory()
{
    const Reading reading = sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("Persistent words."));
    const QDateTime servedAt(QDate(2026, 1, 1), QTime(0, 0, 2), Qt::UTC);
    QString error;
    {
        Catalog catalog;
        QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
        QVERIFY2(catalog.importReading(reading, QStringLiteral("a.md"), false, nullptr, &error), qPrintable(error));
        QVERIFY2(catalog.recordServed(QDate(2026, 1, 1), QStringLiteral("a"), servedAt, &error), qPrintable(error));
    }
    Catalog catalog;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QCOMPARE(catalog.readingCount(), 1);
    QVERIFY(*catalog.reading(QStringLiteral("a")) == reading);
    QCOMPARE(catalog.history(), (QVector<ServedDay>{ServedDay{QDate(2026, 1, 1), QStringLiteral("a"), servedAt}}));
    QCOMPARE(catalog.history().at(0).servedAt, servedAt);
    QCOMPARE(catalog.search(QStringLiteral("persistent")), QStringList{QStringLiteral("a")});
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(reading, QStringLiteral("a.md"), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Unchanged);
}

// ---- search -------------------------------------------------------------------------------------

namespace {

// Three readings in three languages, with words of our own.
QVector<Reading> searchReadings()
{
    Reading german = sampleReading(QStringLiteral("de"), QStringLiteral("Über die Gewerkschaften"),
                                   QStringLiteral("Der Führer der Arbeiterbewegung spricht über Löhne und Straßen."));
    german.author = QStringLiteral("Clara Zetkin");
    german.language = QStringLiteral("de");
    Reading english = sampleReading(QStringLiteral("en"), QStringLiteral("Wage Labour"),
                                    QStringLiteral("Capital is not a thing but a social relation between persons."));
    english.author = QStringLiteral("Karl Marx");
    Reading russian = sampleReading(QStringLiteral("ru"), QStringLiteral("Государство и революция"),
                                    QStringLiteral("Государство есть продукт непримиримости классовых противоречий."));
    russian.author = QStringLiteral("Ленин");
    russian.language = QStringLiteral("ru");
    russian.introduction = {textBlock(QStringLiteral("Café society reads it too."))};
    return {german, english, russian};
}

} // namespace

void TestCatalog::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("umlaut as written") << QStringLiteral("Führer") << QStringList{QStringLiteral("de")};
    QTest::newRow("umlaut without diacritics") << QStringLiteral("Fuhrer") << QStringList{QStringLiteral("de")};
    QTest::newRow("upper case umlaut") << QStringLiteral("FÜHRER") << QStringList{QStringLiteral("de")};
    QTest::newRow("umlaut in the title, typed plain") << QStringLiteral("uber gewerkschaften") << QStringList{QStringLiteral("de")};
    QTest::newRow("eszett as written") << QStringLiteral("Straßen") << QStringList{QStringLiteral("de")};
    QTest::newRow("decomposed umlaut (NFD) finds the composed one")
        << (QStringLiteral("Lo") + QChar(0x0308) + QStringLiteral("hne")) << QStringList{QStringLiteral("de")};
    QTest::newRow("accent in the introduction, typed plain") << QStringLiteral("cafe") << QStringList{QStringLiteral("ru")};
    QTest::newRow("author") << QStringLiteral("zetkin") << QStringList{QStringLiteral("de")};
    QTest::newRow("cyrillic, other case") << QStringLiteral("государство") << QStringList{QStringLiteral("ru")};
    QTest::newRow("cyrillic author") << QStringLiteral("Ленин") << QStringList{QStringLiteral("ru")};
    QTest::newRow("all words must match") << QStringLiteral("capital relation") << QStringList{QStringLiteral("en")};
    QTest::newRow("words from different readings match none") << QStringLiteral("capital führer") << QStringList();
    QTest::newRow("word in every reading") << QStringLiteral("paragraph")
                                                                  << QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("ru")};
    QTest::newRow("no such word") << QStringLiteral("bourgeoisie") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only spaces") << QStringLiteral("   \t ") << QStringList();
}

void TestCatalog::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReadings(searchReadings(), false, &error), qPrintable(error));

    QStringList found = catalog.search(query);
    found.sort(); // ranking is tested separately
    QCOMPARE(found, expected);
    QVERIFY2(capturedWarnings.isEmpty(), qPrintable(capturedWarnings.join(QLatin1Char('\n'))));
}

void TestCatalog::search_hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    // Taken as plain words: operators would give other results (or syntax errors).
    QTest::newRow("lone double quote") << QStringLiteral("\"") << QStringList();
    QTest::newRow("unbalanced quote before a word") << QStringLiteral("\"capital") << QStringList{QStringLiteral("en")};
    QTest::newRow("doubled quotes") << QStringLiteral("\"\"\"\"") << QStringList();
    QTest::newRow("AND with open parenthesis") << QStringLiteral("AND(") << QStringList();
    QTest::newRow("star alone") << QStringLiteral("*") << QStringList();
    QTest::newRow("star is not a prefix operator") << QStringLiteral("capit*") << QStringList();
    QTest::newRow("NOT is a word, not an operator") << QStringLiteral("NOT capital") << QStringList{QStringLiteral("en")};
    QTest::newRow("OR is a word, not an operator") << QStringLiteral("capital OR führer") << QStringList();
    QTest::newRow("column filter syntax") << QStringLiteral("title:wage") << QStringList();
    QTest::newRow("NEAR group: each piece is a phrase") << QStringLiteral("NEAR(capital relation)") << QStringList();
    QTest::newRow("caret and minus") << QStringLiteral("^capital -relation") << QStringList{QStringLiteral("en")};
    QTest::newRow("braces and colon") << QStringLiteral("{title author}: capital") << QStringList();
    QTest::newRow("SQL injection attempt") << QStringLiteral("'); DROP TABLE readings; --") << QStringList();
    QTest::newRow("single quotes around a word") << QStringLiteral("'capital'") << QStringList{QStringLiteral("en")};
    QTest::newRow("backslashes") << QStringLiteral("\\capital\\") << QStringList{QStringLiteral("en")};
    QTest::newRow("NUL character") << (QStringLiteral("capital") + QChar(0) + QStringLiteral("x")) << QStringList();
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QStringList();
    QStringList manyWords{QStringLiteral("capital")};
    for (int i = 0; i < 300; ++i)
        manyWords.append(QStringLiteral("w%1").arg(i));
    QTest::newRow("300 different words") << manyWords.join(QLatin1Char(' ')) << QStringList();
    QTest::newRow("very long query") << QString(QStringLiteral("capital ")).repeated(2000) << QStringList{QStringLiteral("en")};
}

void TestCatalog::search_hostileQueries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReadings(searchReadings(), false, &error), qPrintable(error));

    QStringList found = catalog.search(query);
    found.sort();
    QCOMPARE(found, expected);
    QVERIFY2(capturedWarnings.isEmpty(), qPrintable(capturedWarnings.join(QLatin1Char('\n'))));
    QCOMPARE(catalog.readingCount(), 3);
}

void TestCatalog::search_titleRanksAboveBody()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    // Imported in the opposite order of the expected ranking, and ids sort the other way too.
    QVERIFY2(catalog.importReadings({sampleReading(QStringLiteral("a-body"), QStringLiteral("Something else"),
                                                   QStringLiteral("Here imperialism appears once in a long sentence about other matters.")),
                                     sampleReading(QStringLiteral("b-title"), QStringLiteral("Imperialism"),
                                                   QStringLiteral("A text about other matters."))},
                                    false, &error),
             qPrintable(error));
    QCOMPARE(catalog.search(QStringLiteral("imperialism")), (QStringList{QStringLiteral("b-title"), QStringLiteral("a-body")}));
}

void TestCatalog::search_followsUpdatesWithoutDuplicates()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    Reading reading = sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("Original wording."));
    QVERIFY2(catalog.importReading(reading, QString(), false, nullptr, &error), qPrintable(error));
    QCOMPARE(catalog.search(QStringLiteral("original")), QStringList{QStringLiteral("a")});

    reading.body[0].text = QStringLiteral("Revised wording.");
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(reading, QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QVERIFY(catalog.search(QStringLiteral("original")).isEmpty());
    QCOMPARE(catalog.search(QStringLiteral("revised")), QStringList{QStringLiteral("a")});
    QCOMPARE(catalog.search(QStringLiteral("wording")), QStringList{QStringLiteral("a")});
    QCOMPARE(queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM readings_fts")).toInt(), 1);
}

void TestCatalog::search_limit()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVector<Reading> readings;
    for (int i = 0; i < 12; ++i) {
        readings.append(sampleReading(QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Reading %1").arg(i),
                                      QStringLiteral("Common words.")));
    }
    QVERIFY2(catalog.importReadings(readings, false, &error), qPrintable(error));
    QCOMPARE(catalog.search(QStringLiteral("common")).size(), 12);
    QCOMPARE(catalog.search(QStringLiteral("common"), 5).size(), 5);
    QVERIFY(catalog.search(QStringLiteral("common"), 0).isEmpty());
    QVERIFY(catalog.search(QStringLiteral("common"), -1).isEmpty());
}

// ---- the real sample ----------------------------------------------------------------------------

void TestCatalog::corpusSample_importsThroughImporterAndReadsBackEqual()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString file = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    Reading reading;
    SourceError sourceError;
    QVERIFY2(Importer::importFile(file, &reading, &sourceError), qPrintable(sourceError.toString()));
    QVERIFY(!reading.id.isEmpty());

    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(reading, file, true, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Added);

    const std::optional<Reading> back = catalog.reading(reading.id);
    QVERIFY(back.has_value());
    QVERIFY(*back == reading);

    const std::optional<CatalogEntry> entry = catalog.entry(reading.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->title, reading.title);
    QCOMPARE(entry->curatedDate, reading.curatedDate);
    QCOMPARE(entry->minutes, reading.editorMinutes > 0 ? reading.editorMinutes : ReadingTimeEstimator().estimate(reading).minutes);
    QVERIFY(catalog.search(QStringLiteral("proletariat")).contains(reading.id));

    // The same file again changes nothing.
    QVERIFY2(catalog.importReading(reading, file, true, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Unchanged);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
