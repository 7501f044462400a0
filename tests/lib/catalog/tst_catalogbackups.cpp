// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/backups.h"

#include "catalog/backgroundbackup.h"

#include "catalog/catalog.h"
#include "catalogtestutil.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <memory>

using namespace redletter;
using redletter::test::sampleNote;
using redletter::test::sampleReading;

class TestCatalogBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dailyBackup_isAWholeCatalogWithItsNotesAndValidIndexes();
    void dailyBackup_atMostOnceADay();
    void dailyBackup_leavesOutAnUncommittedTransaction_data();
    void dailyBackup_leavesOutAnUncommittedTransaction();
    void dailyBackup_keepsSevenDays();
    void backupFromItsOwnConnection_cancelled_leavesNoFile();
    void backgroundBackup_makesTheDaysCopyOnceThenReportsItMade();
    void backgroundBackup_destroyedWhileRunning_leavesNoPartialCopy();
    void backgroundBackup_failure_isLoggedAndTheCatalogStaysAsItWas();
    void dailyBackup_failureLeavesNoPartialCopyAndTheCatalogAsItWas();
    void list_newestFirstWithCountsAndUnreadableOnesSaySo();
    void restore_replacesTheCatalogAndKeepsTheCurrentAside();
    void restore_unreadableBackup_changesNothing();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    void fillCatalog(int notes);
    //! A file where the backup folder should be: nothing can be written there, as root too.
    static void blockTheBackupFolder(const CatalogBackups &backups)
    {
        QFile blocker(backups.folder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestCatalogBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_catalog = std::make_unique<Catalog>();
    QString error;
    QVERIFY2(m_catalog->open(catalogPath(), &error), qPrintable(error));
}

void TestCatalogBackups::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestCatalogBackups::fillCatalog(int notes)
{
    QString error;
    QVERIFY2(m_catalog->importReadings({sampleReading(QStringLiteral("state"), QStringLiteral("The State"),
                                                      QStringLiteral("The state is an organ of class rule.")),
                                        sampleReading(QStringLiteral("capital"), QStringLiteral("Capital"),
                                                      QStringLiteral("Commodities come into the world."))},
                                       false, &error),
             qPrintable(error));
    for (int i = 0; i < notes; ++i) {
        QVERIFY2(m_catalog->saveAnnotation(sampleNote(QStringLiteral("note-%1").arg(i), QStringLiteral("state"),
                                                      QStringLiteral("organ of class rule"),
                                                      QStringLiteral("my thought number %1").arg(i)),
                                           &error),
                 qPrintable(error));
    }
    QVERIFY2(m_catalog->recordServed(QDate(2026, 3, 1), QStringLiteral("state"), QDateTime::currentDateTimeUtc(),
                                     &error),
             qPrintable(error));
}

void TestCatalogBackups::dailyBackup_isAWholeCatalogWithItsNotesAndValidIndexes()
{
    fillCatalog(3);
    CatalogBackups backups(catalogPath());
    QString error;
    const QDate today(2026, 3, 2);
    QCOMPARE(backups.makeDailyBackup(*m_catalog, today, &error), CatalogBackups::Outcome::Made);
    const QString file = m_dir->filePath(QStringLiteral("backups/catalog-2026-03-02.sqlite"));
    QCOMPARE(backups.fileFor(today), file);
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
    QVERIFY2(!QFileInfo::exists(file + QStringLiteral("-wal")), "a backup is a plain file, not a WAL database");

    // Opened as a catalog of its own (a copy of it: opening writes), it holds everything, and its
    // search indexes still point at the right rows (VACUUM INTO keeps rowids).
    const QString copy = m_dir->filePath(QStringLiteral("opened.sqlite"));
    QVERIFY(QFile::copy(file, copy));
    Catalog restored;
    QVERIFY2(restored.open(copy, &error), qPrintable(error));
    QCOMPARE(restored.readingCount(), 2);
    QCOMPARE(restored.allAnnotations(), m_catalog->allAnnotations());
    QCOMPARE(restored.history(), m_catalog->history());
    QStringList problems;
    QVERIFY2(restored.checkIntegrity(&problems, &error), qPrintable(error));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(restored.search(QStringLiteral("commodities")), QStringList{QStringLiteral("capital")});
    QCOMPARE(restored.searchAnnotations(QStringLiteral("thought number 2")).size(), 1);
}

void TestCatalogBackups::dailyBackup_atMostOnceADay()
{
    fillCatalog(1);
    CatalogBackups backups(catalogPath());
    QString error;
    const QDate today(2026, 3, 2);
    QCOMPARE(backups.makeDailyBackup(*m_catalog, today, &error), CatalogBackups::Outcome::Made);
    const QByteArray first = test::readFile(backups.fileFor(today));
    fillCatalog(5); // more notes later the same day
    QCOMPARE(backups.makeDailyBackup(*m_catalog, today, &error), CatalogBackups::Outcome::AlreadyMadeToday);
    QCOMPARE(test::readFile(backups.fileFor(today)), first);
    QCOMPARE(backups.makeDailyBackup(*m_catalog, today.addDays(1), &error), CatalogBackups::Outcome::Made);
    const QVector<BackupInfo> list = backups.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).annotations, 5);
    QCOMPARE(list.at(1).annotations, 1);
}

void TestCatalogBackups::dailyBackup_leavesOutAnUncommittedTransaction_data()
{
    QTest::addColumn<bool>("ownConnection");
    QTest::newRow("through the catalog's connection") << false;
    // What the worker thread does (BackgroundBackup) while the app's connection writes.
    QTest::newRow("through a connection of its own") << true;
}

void TestCatalogBackups::dailyBackup_leavesOutAnUncommittedTransaction()
{
    QFETCH(bool, ownConnection);
    fillCatalog(2);
    // Another connection (another process, say) is halfway through a write.
    const QString name = QStringLiteral("other-writer");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(catalogPath());
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout = 2000")));
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM annotations")), qPrintable(query.lastError().text()));

        CatalogBackups backups(catalogPath());
        QString error;
        const std::atomic<bool> notCancelled{false};
        QCOMPARE(ownConnection ? backups.makeDailyBackupFrom(catalogPath(), QDate(2026, 3, 2), notCancelled, &error)
                               : backups.makeDailyBackup(*m_catalog, QDate(2026, 3, 2), &error),
                 CatalogBackups::Outcome::Made);
        // The writer was not blocked by the copy: its transaction still commits.
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
        QCOMPARE(m_catalog->allAnnotations().size(), 0);
        const QVector<BackupInfo> list = backups.list();
        QCOMPARE(list.size(), 1);
        QVERIFY2(list.first().readable, qPrintable(list.first().problem));
        QCOMPARE(list.first().annotations, 2);
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestCatalogBackups::backupFromItsOwnConnection_cancelled_leavesNoFile()
{
    fillCatalog(1);
    CatalogBackups backups(catalogPath());
    const std::atomic<bool> cancelled{true};
    QString error;
    QCOMPARE(backups.makeDailyBackupFrom(catalogPath(), QDate(2026, 3, 2), cancelled, &error),
             CatalogBackups::Outcome::Cancelled);
    QVERIFY(!QFileInfo::exists(backups.fileFor(QDate(2026, 3, 2))));
    QVERIFY(!QFileInfo::exists(backups.fileFor(QDate(2026, 3, 2)) + QLatin1String(".part")));
    QVERIFY(backups.list().isEmpty());
}

void TestCatalogBackups::backgroundBackup_makesTheDaysCopyOnceThenReportsItMade()
{
    fillCatalog(3);
    BackgroundBackup background;
    QSignalSpy finished(&background, &BackgroundBackup::finished);
    const QDate today(2026, 3, 2);
    QVERIFY(background.start(catalogPath(), today));
    QVERIFY(background.isRunning());
    QVERIFY(!background.start(catalogPath(), today)); // one at a time
    QVERIFY(finished.wait(30000));
    QVERIFY(!background.isRunning());
    QCOMPARE(finished.first().at(0).value<CatalogBackups::Outcome>(), CatalogBackups::Outcome::Made);
    CatalogBackups backups(catalogPath());
    const QByteArray first = test::readFile(backups.fileFor(today));
    QVERIFY(!first.isEmpty());

    fillCatalog(5); // later the same day: the day's copy stands
    QVERIFY(background.start(catalogPath(), today));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(1).at(0).value<CatalogBackups::Outcome>(), CatalogBackups::Outcome::AlreadyMadeToday);
    QCOMPARE(test::readFile(backups.fileFor(today)), first);
    QCOMPARE(backups.list().size(), 1);
    QCOMPARE(backups.list().first().annotations, 3);
}

void TestCatalogBackups::backgroundBackup_destroyedWhileRunning_leavesNoPartialCopy()
{
    fillCatalog(2);
    CatalogBackups backups(catalogPath());
    const QDate today(2026, 3, 2);
    QSemaphore copying;
    bool finishedReported = false;
    {
        BackgroundBackup background;
        connect(&background, &BackgroundBackup::finished, this, [&finishedReported] { finishedReported = true; });
        // The job is caught in the middle: it has begun, and goes on with the real copy only
        // when told to stop (as a quit does), so the stop meets it half-way every time.
        background.setJob([&copying](const QString &file, const QDate &day, const std::atomic<bool> &cancelled,
                                     QString *error) {
            CatalogBackups target(file);
            QFile partial(target.fileFor(day) + QLatin1String(".part"));
            if (!QDir().mkpath(target.folder()) || !partial.open(QIODevice::WriteOnly) || partial.write("half") != 4)
                return CatalogBackups::Outcome::Failed;
            partial.close();
            copying.release();
            for (int waited = 0; !cancelled && waited < 10000; waited += 10)
                QThread::msleep(10);
            return target.makeDailyBackupFrom(file, day, cancelled, error);
        });
        QVERIFY(background.start(catalogPath(), today));
        QVERIFY(copying.tryAcquire(1, 10000));
        QVERIFY(QFileInfo::exists(backups.fileFor(today) + QLatin1String(".part")));
    } // destroyed: the quit
    QCoreApplication::processEvents();
    QVERIFY(!finishedReported);
    QVERIFY(!QFileInfo::exists(backups.fileFor(today) + QLatin1String(".part")));
    QVERIFY(!QFileInfo::exists(backups.fileFor(today)));
    QVERIFY(backups.list().isEmpty());
}

void TestCatalogBackups::backgroundBackup_failure_isLoggedAndTheCatalogStaysAsItWas()
{
    fillCatalog(2);
    CatalogBackups backups(catalogPath());
    blockTheBackupFolder(backups); // the copy cannot be written, as on a full disk
    BackgroundBackup background;
    QSignalSpy finished(&background, &BackgroundBackup::finished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot create the backup folder .*backups")));
    QVERIFY(background.start(catalogPath(), QDate(2026, 3, 2)));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<CatalogBackups::Outcome>(), CatalogBackups::Outcome::Failed);
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("backup folder")));
    QCOMPARE(m_catalog->allAnnotations().size(), 2);
    QString error;
    QVERIFY2(m_catalog->saveAnnotation(sampleNote(QStringLiteral("after"), QStringLiteral("state"),
                                                  QStringLiteral("organ of class rule"), QStringLiteral("still saved")),
                                       &error),
             qPrintable(error));
}

void TestCatalogBackups::dailyBackup_keepsSevenDays()
{
    fillCatalog(1);
    CatalogBackups backups(catalogPath());
    QString error;
    // A copy dated after the days below (the clock was set back since): kept, it may be the newest.
    const QDate later(2026, 4, 30);
    QCOMPARE(backups.makeDailyBackup(*m_catalog, later, &error), CatalogBackups::Outcome::Made);
    const QDate first(2026, 3, 1);
    for (int day = 0; day < 10; ++day)
        QCOMPARE(backups.makeDailyBackup(*m_catalog, first.addDays(day), &error), CatalogBackups::Outcome::Made);
    QVector<QDate> days;
    for (const BackupInfo &info : backups.list())
        days.append(info.day);
    QVector<QDate> expected{later};
    for (int day = 9; day >= 9 - (CatalogBackups::KeptDays - 1); --day)
        expected.append(first.addDays(day));
    QCOMPARE(days, expected);
}

void TestCatalogBackups::dailyBackup_failureLeavesNoPartialCopyAndTheCatalogAsItWas()
{
    fillCatalog(2);
    CatalogBackups backups(catalogPath());
    blockTheBackupFolder(backups);
    QString error;
    QCOMPARE(backups.makeDailyBackup(*m_catalog, QDate(2026, 3, 2), &error), CatalogBackups::Outcome::Failed);
    QVERIFY2(error.contains(QDir::toNativeSeparators(backups.folder())), qPrintable(error));
    QCOMPARE(m_catalog->allAnnotations().size(), 2);
    QVERIFY(m_catalog->isOpen());

    // A target that exists but is no backup (a folder of that name): VACUUM INTO fails, no .part stays.
    QVERIFY(QFile::remove(backups.folder()));
    QVERIFY(QDir().mkpath(backups.folder()));
    const QString target = backups.fileFor(QDate(2026, 3, 3));
    QVERIFY(QDir().mkpath(target + QStringLiteral(".part/x")));
    QCOMPARE(backups.makeDailyBackup(*m_catalog, QDate(2026, 3, 3), &error), CatalogBackups::Outcome::Failed);
    QVERIFY2(error.startsWith(QStringLiteral("Cannot back up the catalog: ")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(backups.list().isEmpty());
    QCOMPARE(m_catalog->allAnnotations().size(), 2);
}

void TestCatalogBackups::list_newestFirstWithCountsAndUnreadableOnesSaySo()
{
    fillCatalog(4);
    CatalogBackups backups(catalogPath());
    QString error;
    QCOMPARE(backups.makeDailyBackup(*m_catalog, QDate(2026, 3, 5), &error), CatalogBackups::Outcome::Made);
    {
        QFile garbage(backups.fileFor(QDate(2026, 3, 6)));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
    }
    {
        QFile unrelated(QDir(backups.folder()).filePath(QStringLiteral("notes.txt")));
        QVERIFY(unrelated.open(QIODevice::WriteOnly));
    }
    const QVector<BackupInfo> list = backups.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).day, QDate(2026, 3, 6));
    QVERIFY(!list.at(0).readable);
    QVERIFY2(list.at(0).problem.contains(QStringLiteral("not a database")), qPrintable(list.at(0).problem));
    QCOMPARE(list.at(1).day, QDate(2026, 3, 5));
    QVERIFY(list.at(1).readable);
    QCOMPARE(list.at(1).readings, 2);
    QCOMPARE(list.at(1).annotations, 4);
    QCOMPARE(list.at(1).servedDays, 1);
    QVERIFY(list.at(1).bytes > 0);
    QVERIFY(list.at(1).made.isValid());
    // Listing read the copies without writing anything beside them.
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files).size(), 3);
}

void TestCatalogBackups::restore_replacesTheCatalogAndKeepsTheCurrentAside()
{
    fillCatalog(2);
    CatalogBackups backups(catalogPath());
    QString error;
    QCOMPARE(backups.makeDailyBackup(*m_catalog, QDate(2026, 3, 2), &error), CatalogBackups::Outcome::Made);
    QVERIFY2(m_catalog->saveAnnotation(sampleNote(QStringLiteral("later"), QStringLiteral("capital"),
                                                  QStringLiteral("Commodities"), QStringLiteral("after the backup")),
                                       &error),
             qPrintable(error));
    QCOMPARE(m_catalog->allAnnotations().size(), 3);

    QString aside;
    const QDateTime now(QDate(2026, 3, 2), QTime(14, 30, 5));
    QVERIFY2(CatalogBackups::restore(*m_catalog, backups.fileFor(QDate(2026, 3, 2)), now, &aside, &error),
             qPrintable(error));
    QVERIFY(m_catalog->isOpen());
    QCOMPARE(m_catalog->path(), catalogPath());
    QCOMPARE(m_catalog->allAnnotations().size(), 2);
    QVERIFY(!m_catalog->annotation(QStringLiteral("later")));
    QCOMPARE(aside, catalogPath() + QStringLiteral(".before-restore-2026-03-02T143005"));
    const BackupInfo kept = CatalogBackups::inspect(aside);
    QVERIFY2(kept.readable, qPrintable(kept.problem));
    QCOMPARE(kept.annotations, 3);

    // A second restore in the same second keeps that file too.
    QString secondAside;
    QVERIFY2(CatalogBackups::restore(*m_catalog, backups.fileFor(QDate(2026, 3, 2)), now, &secondAside, &error),
             qPrintable(error));
    QCOMPARE(secondAside, aside + QStringLiteral("-2"));
    QVERIFY(QFileInfo::exists(aside));
}

void TestCatalogBackups::restore_unreadableBackup_changesNothing()
{
    fillCatalog(2);
    const QString bogus = m_dir->filePath(QStringLiteral("bogus.sqlite"));
    {
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3 but not really");
    }
    QString aside;
    QString error;
    QVERIFY(!CatalogBackups::restore(*m_catalog, bogus, QDateTime::currentDateTime(), &aside, &error));
    QVERIFY2(error.startsWith(QStringLiteral("The backup ")), qPrintable(error));
    QVERIFY(aside.isEmpty());
    QVERIFY(m_catalog->isOpen());
    QCOMPARE(m_catalog->allAnnotations().size(), 2);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("catalog.sqlite.*")}, QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestCatalogBackups)
#include "tst_catalogbackups.moc"
