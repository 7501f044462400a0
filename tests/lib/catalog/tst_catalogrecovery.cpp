// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/recovery.h"

#include "annotations/annotationjson.h"
#include "catalog/backups.h"
#include "catalog/catalog.h"
#include "catalogtestutil.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace redletter;
using redletter::test::sampleNote;
using redletter::test::sampleReading;

namespace {

constexpr int Readings = 40;
constexpr int NotesPerReading = 5;
constexpr int PageSize = 4096;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QString readingId(int i)
{
    return QStringLiteral("reading-%1").arg(i, 2, 10, QLatin1Char('0'));
}

//! Pages of @p table's b-tree of @p type ("leaf", "internal", "overflow"), from SQLite's dbstat.
QVector<int> pagesOf(const QString &file, const QString &table, const QString &type)
{
    QVector<int> pages;
    const QString name = QStringLiteral("dbstat-") + table + type;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno"));
            query.addBindValue(table);
            query.addBindValue(type);
            query.exec();
            while (query.next())
                pages.append(query.value(0).toInt());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return pages;
}

QByteArray withGarbagePage(QByteArray bytes, int page)
{
    for (int i = (page - 1) * PageSize; i < page * PageSize && i < bytes.size(); ++i)
        bytes[i] = char(0xA5);
    return bytes;
}

} // namespace

class TestCatalogRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void damagedTable_everyReadableRowRecoveredAndTheRestNamed_data();
    void damagedTable_everyReadableRowRecoveredAndTheRestNamed();
    void notADatabase_withoutBackup_startsEmptyAndSaysSo();
    void notADatabase_withBackup_restoresTheBackup();
    void emptyFile_isKeptAsideNotSilentlyReplaced();
    void notesOfLostReadings_areSavedToAFileTheImportReads();
    void openProblem_tellsDamageFromALockedCatalog();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    //! A closed catalog with Readings readings, NotesPerReading notes on each and 10 served days.
    QByteArray makeCatalog();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalogRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogRecovery::cleanup()
{
    m_dir.reset();
}

QByteArray TestCatalogRecovery::makeCatalog()
{
    Catalog catalog;
    QString error;
    if (!catalog.open(catalogPath(), &error))
        return QByteArray();
    QVector<Reading> readings;
    for (int i = 0; i < Readings; ++i) {
        // Long enough that the readings fill many pages, as real texts do.
        QString text;
        for (int w = 0; w < 300; ++w)
            text += QStringLiteral("word%1 ").arg((i * 7 + w) % 97);
        readings.append(sampleReading(readingId(i), QStringLiteral("Reading %1").arg(i),
                                      QStringLiteral("Passage %1 begins. ").arg(i) + text));
    }
    if (!catalog.importReadings(readings, false, &error))
        return QByteArray();
    for (int i = 0; i < Readings; ++i) {
        for (int n = 0; n < NotesPerReading; ++n) {
            if (!catalog.saveAnnotation(sampleNote(QStringLiteral("note-%1-%2").arg(i).arg(n), readingId(i),
                                                   QStringLiteral("Passage %1 begins.").arg(i),
                                                   QStringLiteral("my note %1 on reading %2 ").arg(n).arg(i)
                                                       + QString(200, QLatin1Char('x'))),
                                        &error))
                return QByteArray();
        }
    }
    for (int day = 0; day < 10; ++day) {
        if (!catalog.recordServed(QDate(2026, 3, 1).addDays(day), readingId(day), QDateTime::currentDateTimeUtc(), &error))
            return QByteArray();
    }
    catalog.close();
    // What else the reader's history holds: a reading read to its end, a sitting the learned pace
    // comes from, and the other version of a note an import brought.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("history"));
        raw.setDatabaseName(catalogPath());
        QSqlQuery query(raw);
        const bool ok = raw.open()
            && query.exec(QStringLiteral("INSERT INTO finished_readings (target_id, run, part, day, finished_at)"
                                         " VALUES ('%1', 0, 0, '2026-03-01', '2026-03-01T20:00:00Z')").arg(readingId(0)))
            && query.exec(QStringLiteral("INSERT INTO reading_sessions (reading_id, day, words, active_seconds, recorded_at)"
                                         " VALUES ('%1', '2026-03-01', 1200, 300, '2026-03-01T20:05:00Z')").arg(readingId(0)))
            && query.exec(QStringLiteral("INSERT INTO annotation_conflicts (annotation_id, other, origin, recorded)"
                                         " VALUES ('note-0-0', '{}', 'older.json', '2026-03-02T09:00:00Z')"));
        query = QSqlQuery();
        raw.close();
        if (!ok)
            return QByteArray();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("history"));
    return test::readFile(catalogPath());
}

//! Rows of @p table in the catalog at @p path (-1: not readable).
static int rowsIn(const QString &path, const QString &table)
{
    int rows = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        raw.setDatabaseName(path);
        QSqlQuery query(raw);
        if (raw.open() && query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && query.next())
            rows = query.value(0).toInt();
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return rows;
}

void TestCatalogRecovery::damagedTable_everyReadableRowRecoveredAndTheRestNamed_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("a page of garbage in the middle of the readings") << QStringLiteral("readings");
    QTest::newRow("a page of garbage among the notes") << QStringLiteral("annotations");
    QTest::newRow("the file truncated to 60 %") << QStringLiteral("truncated");
}

void TestCatalogRecovery::damagedTable_everyReadableRowRecoveredAndTheRestNamed()
{
    QFETCH(QString, damage);
    const QByteArray good = makeCatalog();
    QVERIFY(good.size() > 40 * PageSize);
    QByteArray bad;
    if (damage == QLatin1String("truncated")) {
        bad = good.left(good.size() * 6 / 10 / PageSize * PageSize);
    } else {
        const QVector<int> leaves = pagesOf(catalogPath(), damage, QStringLiteral("leaf"));
        QVERIFY2(leaves.size() >= 3, qPrintable(QString::number(leaves.size())));
        bad = withGarbagePage(good, leaves.at(leaves.size() / 2));
    }
    QVERIFY(writeFile(catalogPath(), bad));

    Catalog catalog;
    QString error;
    QVERIFY(!catalog.open(catalogPath(), &error));
    QCOMPARE(catalog.openProblem(), Catalog::OpenProblem::Damaged);

    RecoveryReport report;
    const QDateTime now(QDate(2026, 3, 12), QTime(8, 15, 0));
    QVERIFY2(CatalogRecovery::recover(catalogPath(), catalog.openProblemDetail(), {}, now, &report, &error),
             qPrintable(error));
    // The damaged file is kept byte for byte, named with the date.
    QCOMPARE(report.keptAside, catalogPath() + QStringLiteral(".damaged-2026-03-12T081500"));
    QCOMPARE(test::readFile(report.keptAside), bad);

    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QStringList problems;
    QVERIFY2(catalog.checkIntegrity(&problems, &error), qPrintable(error));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QString text = report.toText();
    qDebug().noquote() << text;

    const int notes = int(catalog.allAnnotations().size());
    QCOMPARE(report.annotations, notes);
    QCOMPARE(report.totalAnnotations, notes);
    QCOMPARE(report.readings, catalog.readingCount());
    // What was recovered is what was there: every note read is word for word its original.
    for (const Annotation &annotation : catalog.allAnnotations()) {
        QVERIFY(annotation.note.startsWith(QStringLiteral("my note ")));
        QVERIFY(annotation.note.endsWith(QString(200, QLatin1Char('x'))));
    }
    if (damage == QLatin1String("readings")) {
        // The notes do not share pages with the texts: all of them are back; of the readings,
        // the ones on the damaged page are lost, named, and their notes kept in a file.
        QCOMPARE(notes + report.notesWithoutReading, Readings * NotesPerReading);
        QVERIFY(report.readings < Readings);
        QVERIFY(report.readings > Readings / 2);
        QVERIFY(!report.lostReadingIds.isEmpty());
        QCOMPARE(report.readings + int(report.lostReadingIds.size()), Readings);
        QCOMPARE(report.notesWithoutReading, int(report.lostReadingIds.size()) * NotesPerReading);
        QVERIFY(report.lostAnnotationIds.isEmpty());
        QCOMPARE(report.servedDays + 0, int(catalog.history().size()));
        QVERIFY(text.contains(report.lostReadingIds.first()));
        // The rest of the history comes back with the days: finished readings, the pace's
        // sittings, and the other version of a note (its note is on a page of its own).
        QCOMPARE(rowsIn(catalogPath(), QStringLiteral("finished_readings")), 1);
        QCOMPARE(rowsIn(catalogPath(), QStringLiteral("reading_sessions")), 1);
        QCOMPARE(rowsIn(catalogPath(), QStringLiteral("annotation_conflicts")), catalog.annotation(QStringLiteral("note-0-0")) ? 1 : 0);
    } else if (damage == QLatin1String("annotations")) {
        QCOMPARE(report.readings, Readings);
        QCOMPARE(report.servedDays, 10);
        QCOMPARE(catalog.history().size(), 10);
        QVERIFY(!report.lostAnnotationIds.isEmpty());
        QCOMPARE(notes + int(report.lostAnnotationIds.size()), Readings * NotesPerReading);
        for (const QString &id : report.lostAnnotationIds)
            QVERIFY(!catalog.annotation(id));
        QVERIFY(text.contains(report.lostAnnotationIds.first()));
    } else {
        // What lay in the first 60 % of the file: the readings, imported first, are there.
        QVERIFY2(report.readings > 0, qPrintable(text));
        QCOMPARE(report.readings + int(report.lostReadingIds.size()), Readings);
    }
    QVERIFY(text.contains(report.keptAside));
    QVERIFY(!report.startedEmpty());
    // Nothing of the work is left behind in the data folder.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral(".recovery-*")}, QDir::Dirs | QDir::Hidden), QStringList());
}

void TestCatalogRecovery::notADatabase_withoutBackup_startsEmptyAndSaysSo()
{
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20261206);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    QVERIFY(writeFile(catalogPath(), bytes));
    Catalog catalog;
    QString error;
    QVERIFY(!catalog.open(catalogPath(), &error));
    QCOMPARE(catalog.openProblem(), Catalog::OpenProblem::Damaged);
    RecoveryReport report;
    QVERIFY2(CatalogRecovery::recover(catalogPath(), catalog.openProblemDetail(), {}, QDateTime::currentDateTime(),
                                      &report, &error),
             qPrintable(error));
    QVERIFY(report.startedEmpty());
    QCOMPARE(test::readFile(report.keptAside), bytes);
    QVERIFY2(report.toText().contains(QStringLiteral("new, empty catalog")), qPrintable(report.toText()));
    QVERIFY2(report.toText().contains(QStringLiteral("file is not a database")), qPrintable(report.toText()));
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QCOMPARE(catalog.readingCount(), 0);
}

void TestCatalogRecovery::notADatabase_withBackup_restoresTheBackup()
{
    QVERIFY(!makeCatalog().isEmpty());
    {
        Catalog catalog;
        QString error;
        QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
        QCOMPARE(CatalogBackups(catalogPath()).makeDailyBackup(catalog, QDate(2026, 3, 11), &error),
                 CatalogBackups::Outcome::Made);
    }
    QVERIFY(writeFile(catalogPath(), QByteArrayLiteral("This is not a database, whatever its name says.\n")));
    Catalog catalog;
    QString error;
    QVERIFY(!catalog.open(catalogPath(), &error));
    QCOMPARE(catalog.openProblem(), Catalog::OpenProblem::Damaged);
    RecoveryReport report;
    QVERIFY2(CatalogRecovery::recover(catalogPath(), catalog.openProblemDetail(), {}, QDateTime::currentDateTime(),
                                      &report, &error),
             qPrintable(error));
    QCOMPARE(report.backupDay, QDate(2026, 3, 11));
    QCOMPARE(report.annotations, 0);
    QCOMPARE(report.totalAnnotations, Readings * NotesPerReading);
    QVERIFY(!report.startedEmpty());
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QCOMPARE(catalog.allAnnotations().size(), Readings * NotesPerReading);
    QCOMPARE(catalog.readingCount(), Readings);
    QCOMPARE(catalog.history().size(), 10);
    QVERIFY2(report.toText().contains(QFileInfo(report.backupFile).fileName()), qPrintable(report.toText()));
}

void TestCatalogRecovery::emptyFile_isKeptAsideNotSilentlyReplaced()
{
    QVERIFY(writeFile(catalogPath(), QByteArray()));
    QCOMPARE(CatalogRecovery::damageOf(catalogPath()), QStringLiteral("the file is empty (0 bytes)"));
    RecoveryReport report;
    QString error;
    QVERIFY2(CatalogRecovery::recover(catalogPath(), CatalogRecovery::damageOf(catalogPath()), {},
                                      QDateTime::currentDateTime(), &report, &error),
             qPrintable(error));
    QVERIFY(QFileInfo::exists(report.keptAside));
    QCOMPARE(QFileInfo(report.keptAside).size(), 0);
    QVERIFY(report.startedEmpty());
    QVERIFY(QFileInfo(catalogPath()).size() > 0);
    // A new catalog (not there yet) and a good one are no case for recovery.
    QCOMPARE(CatalogRecovery::damageOf(m_dir->filePath(QStringLiteral("new.sqlite"))), QString());
    QCOMPARE(CatalogRecovery::damageOf(catalogPath()), QString());
}

void TestCatalogRecovery::notesOfLostReadings_areSavedToAFileTheImportReads()
{
    const QByteArray good = makeCatalog();
    const QVector<int> leaves = pagesOf(catalogPath(), QStringLiteral("readings"), QStringLiteral("leaf"));
    QVERIFY(leaves.size() >= 3);
    QVERIFY(writeFile(catalogPath(), withGarbagePage(good, leaves.at(1))));
    Catalog catalog;
    QString error;
    QVERIFY(!catalog.open(catalogPath(), &error));
    RecoveryReport report;
    QVERIFY2(CatalogRecovery::recover(catalogPath(), catalog.openProblemDetail(), {}, QDateTime::currentDateTime(),
                                      &report, &error),
             qPrintable(error));
    QVERIFY(report.notesWithoutReading > 0);
    QVector<Annotation> saved;
    QStringList sources;
    QVERIFY2(annotationsFromJson(test::readFile(report.notesFile), &saved, &sources, &error), qPrintable(error));
    QCOMPARE(int(saved.size()), report.notesWithoutReading);
    for (const Annotation &annotation : saved) {
        QVERIFY(report.lostReadingIds.contains(annotation.readingId));
        QVERIFY(annotation.note.startsWith(QStringLiteral("my note ")));
    }
}

void TestCatalogRecovery::openProblem_tellsDamageFromALockedCatalog()
{
    QVERIFY(!makeCatalog().isEmpty());
    const QString name = QStringLiteral("locker");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(catalogPath());
        QVERIFY(other.open());
        QSqlQuery query(other);
        // Another process holds the catalog exclusively (rollback journal: no reader gets in).
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM schedule")));
        Catalog catalog;
        QString error;
        QVERIFY(!catalog.open(catalogPath(), &error));
        QCOMPARE(catalog.openProblem(), Catalog::OpenProblem::Unavailable);
        QVERIFY2(error.contains(QStringLiteral("database is locked")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(CatalogRecovery::damageOf(catalogPath()), QString());
        query.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestCatalogRecovery)
#include "tst_catalogrecovery.moc"
