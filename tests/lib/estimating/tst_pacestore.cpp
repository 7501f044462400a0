// SPDX-License-Identifier: GPL-3.0-or-later
// The learned pace in the catalog: sittings stored raw (schema version 9), the estimate read back,
// a reset that forgets, and installments that do not move whatever the reader's pace.
#include "catalog/catalog.h"
#include "catalog/migrations.h"
#include "estimating/pacestore.h"
#include "estimating/readingtime.h"
#include "schedule/clock.h"
#include "schedule/dailyschedule.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

namespace {

ReadingSession sitting(int wordsPerMinute, int day, double seconds = 600)
{
    ReadingSession session;
    session.readingId = QStringLiteral("reading-%1").arg(day);
    session.day = QDate(2026, 11, 1).addDays(day);
    session.recordedAt = QDateTime(session.day, QTime(21, 30), QTimeZone::utc());
    session.sample = {int(wordsPerMinute * seconds / 60), seconds};
    return session;
}

//! A reading of @p paragraphs paragraphs of 150 words each.
Reading longReading(const QString &id, int paragraphs)
{
    Reading reading;
    reading.id = id;
    reading.title = QStringLiteral("A long essay");
    reading.author = QStringLiteral("Test Author");
    reading.language = QStringLiteral("en");
    for (int i = 0; i < paragraphs; ++i) {
        Block paragraph;
        paragraph.text = QStringLiteral("Paragraph %1 ").arg(i) + QStringLiteral("of the long essay on the commune. ").repeated(21)
            + QStringLiteral("It ends.");
        reading.body.append(paragraph);
    }
    return reading;
}

} // namespace

class TestPaceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void record_keepsTheRawSittingsInOrder();
    void record_nothingMeasured_storesNothing();
    void estimate_learnedAfterEnoughSittings_andKeptAcrossReopening();
    void clear_forgetsEverySitting();
    void version8Catalog_gainsTheTable_keepingItsData();
    void installments_doNotMoveWhenThePaceIsLearned();
    void personalMinutes_followThePace_data();
    void personalMinutes_followThePace();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestPaceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>();
    QString error;
    QVERIFY2(m_catalog->open(path(), &error), qPrintable(error));
}

void TestPaceStore::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestPaceStore::record_keepsTheRawSittingsInOrder()
{
    PaceStore store(*m_catalog);
    QVERIFY(store.sessions().isEmpty());
    QString error;
    const QVector<ReadingSession> sittings{sitting(240, 1, 312.5), sitting(260, 2), sitting(180, 3, 95)};
    for (const ReadingSession &session : sittings)
        QVERIFY2(store.record(session, &error), qPrintable(error));
    QCOMPARE(store.sessions(), sittings);
}

void TestPaceStore::record_nothingMeasured_storesNothing()
{
    PaceStore store(*m_catalog);
    QString error;
    ReadingSession empty = sitting(250, 1);
    empty.sample = PaceSample();
    QVERIFY(store.record(empty, &error));
    empty.sample = {300, 0};
    QVERIFY(store.record(empty, &error));
    empty.sample = {300, qInf()};
    QVERIFY(store.record(empty, &error));
    QVERIFY(store.sessions().isEmpty());
}

void TestPaceStore::estimate_learnedAfterEnoughSittings_andKeptAcrossReopening()
{
    PaceStore store(*m_catalog);
    QString error;
    const QVector<int> paces{250, 240, 260, 255, 900 /* a skim the session rule let through */};
    for (int i = 0; i < paces.size(); ++i) {
        QVERIFY(!store.estimate().isLearned());
        QVERIFY2(store.record(sitting(paces[i], i), &error), qPrintable(error));
    }
    // Five sittings, but one is an outlier: four are too few to go by.
    QVERIFY(!store.estimate().isLearned());
    QVERIFY2(store.record(sitting(245, 6), &error), qPrintable(error));
    PaceEstimate estimate = store.estimate();
    QCOMPARE(estimate.wordsPerMinute, 250);
    QCOMPARE(estimate.sessionsUsed, 5);
    QCOMPARE(estimate.sessionsRejected, 1);

    m_catalog = std::make_unique<Catalog>();
    QVERIFY2(m_catalog->open(path(), &error), qPrintable(error));
    estimate = PaceStore(*m_catalog).estimate();
    QCOMPARE(estimate.wordsPerMinute, 250);
}

void TestPaceStore::clear_forgetsEverySitting()
{
    PaceStore store(*m_catalog);
    QString error;
    for (int i = 0; i < 6; ++i)
        QVERIFY2(store.record(sitting(300, i), &error), qPrintable(error));
    QVERIFY(store.estimate().isLearned());
    QVERIFY2(store.clear(&error), qPrintable(error));
    QVERIFY(store.sessions().isEmpty());
    QVERIFY(!store.estimate().isLearned());
    QSqlQuery count(QSqlDatabase::database(m_catalog->connectionName(), false));
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM reading_sessions")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void TestPaceStore::version8Catalog_gainsTheTable_keepingItsData()
{
    m_catalog.reset();
    QFile::remove(path());
    const QString connection = QStringLiteral("tst_pacestore_v8");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 8), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO finished_readings (target_id, run, part, day, finished_at)"
                                          " VALUES ('kept', 0, 0, '2026-11-30', '2026-11-30T20:00:00.000Z')")));
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM reading_sessions")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    m_catalog = std::make_unique<Catalog>();
    QString error;
    QVERIFY2(m_catalog->open(path(), &error), qPrintable(error));
    QVERIFY(m_catalog->schemaVersion() >= 9);
    QSqlQuery query(QSqlDatabase::database(m_catalog->connectionName(), false));
    QVERIFY(query.exec(QStringLiteral("SELECT target_id FROM finished_readings")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
    PaceStore store(*m_catalog);
    QVERIFY2(store.record(sitting(250, 1), &error), qPrintable(error));
    QCOMPARE(store.sessions().size(), 1);
    // The table refuses what no sitting can be.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO reading_sessions (reading_id, day, words, active_seconds, recorded_at)"
                                       " VALUES ('x', '2026-12-01', -5, 10, '')")));
}

void TestPaceStore::installments_doNotMoveWhenThePaceIsLearned()
{
    // 60 paragraphs of 150 words: 9,000 words, several parts at the house pace.
    QString error;
    QVERIFY2(m_catalog->importReadings({longReading(QStringLiteral("long-essay"), 60)}, false, &error), qPrintable(error));
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(9, 0), QTimeZone("Europe/Berlin")));
    DailySchedule schedule(*m_catalog, clock);
    const auto before = schedule.plan(QStringLiteral("long-essay"), &error);
    QVERIFY2(before, qPrintable(error));
    QVERIFY(before->parts.size() > 1);
    QCOMPARE(before->wordsPerMinute, ReadingTimeEstimator::DefaultWordsPerMinute);

    // A slow reader: 120 words a minute learned, a third of the house pace.
    PaceStore store(*m_catalog);
    for (int i = 0; i < 8; ++i)
        QVERIFY2(store.record(sitting(120, i), &error), qPrintable(error));
    QCOMPARE(store.estimate().wordsPerMinute, 120);

    const auto after = DailySchedule(*m_catalog, clock).plan(QStringLiteral("long-essay"), &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->wordsPerMinute, ReadingTimeEstimator::DefaultWordsPerMinute);
    QCOMPARE(after->parts.size(), before->parts.size());
    for (int i = 0; i < before->parts.size(); ++i) {
        QCOMPARE(after->parts[i].segments, before->parts[i].segments);
        QCOMPARE(after->parts[i].words, before->parts[i].words);
    }
}

void TestPaceStore::personalMinutes_followThePace_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("editorMinutes");
    QTest::addColumn<int>("pace");
    QTest::addColumn<int>("houseMinutes");
    QTest::addColumn<int>("personalMinutes");

    // 4,484 words: the Red Letter sample, "12 min" at the house pace of 390.
    QTest::newRow("no own pace") << 4484 << 0 << 0 << 12 << 0;
    QTest::newRow("slower than the house") << 4484 << 0 << 250 << 12 << 18;
    QTest::newRow("faster than the house") << 4484 << 0 << 500 << 12 << 9;
    QTest::newRow("the house pace itself") << 4484 << 0 << 390 << 12 << 12;
    QTest::newRow("the editor's figure, scaled") << 4484 << 10 << 195 << 10 << 20;
}

void TestPaceStore::personalMinutes_followThePace()
{
    QFETCH(int, words);
    QFETCH(int, editorMinutes);
    QFETCH(int, pace);
    QFETCH(int, houseMinutes);
    QFETCH(int, personalMinutes);
    Reading reading;
    Block paragraph;
    paragraph.text = QStringLiteral("word ").repeated(words);
    reading.body = {paragraph};
    reading.editorMinutes = editorMinutes;
    const ReadingTime house = ReadingTimeEstimator().estimate(reading);
    QCOMPARE(house.minutes, houseMinutes);
    const ReadingTime mine = ReadingTimeEstimator::withPersonalPace(house, pace);
    QCOMPARE(mine.minutes, houseMinutes); // the house figure stays
    QCOMPARE(mine.personalMinutes, personalMinutes);
    QCOMPARE(mine.personalWordsPerMinute, pace > 0 ? pace : 0);
}

QTEST_GUILESS_MAIN(TestPaceStore)
#include "tst_pacestore.moc"
