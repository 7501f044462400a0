// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"
#include "schedule/clock.h"
#include "schedule/dailypick.h"
#include "schedule/dailyschedule.h"

#include "testsupport.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;

namespace {

//! A reading with just enough to be stored; @p minutes goes in as the editor's figure.
Reading makeReading(const QString &id, int minutes = 10, const QDate &curatedDate = {})
{
    Reading reading;
    reading.id = id;
    reading.title = QStringLiteral("Reading %1").arg(id);
    reading.author = QStringLiteral("Test Author");
    reading.work = QStringLiteral("Test Work");
    reading.editorMinutes = minutes;
    reading.curatedDate = curatedDate;
    Block paragraph;
    paragraph.text = QStringLiteral("A few words of text for %1.").arg(id);
    reading.body = {paragraph};
    return reading;
}

QDateTime berlinTime(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone("Europe/Berlin"));
}

} // namespace

class TestDailySchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void serveToday_emptyCatalog_saysWhyNothingIsServed();
    void serveToday_onlyLongReadings_servedInParts();
    void serveToday_recordsTheDayOnce();
    void serveToday_nextDayAfterMidnight_isAnotherReading();
    void serve_curatedReadingOnItsDay();
    void serve_servedDayKeepsItsReading_afterCatalogChanges();
    void serve_pastDayNeverServed_isPickedAndRecorded();
    void serve_survivesReopeningTheCatalog();
    void serveToday_twentyFourHourStepsAcrossFallBack_recordConsecutiveDays();
    void serve_aWeekOfSevenReadings_servesEachOnce();

private:
    void importReadings(const QVector<Reading> &readings);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestDailySchedule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = test::openCatalogIn(*m_dir);
    QVERIFY(m_catalog);
}

void TestDailySchedule::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestDailySchedule::importReadings(const QVector<Reading> &readings)
{
    QString error;
    QVERIFY2(m_catalog->importReadings(readings, false, &error), qPrintable(error));
}

void TestDailySchedule::serveToday_emptyCatalog_saysWhyNothingIsServed()
{
    const ManualClock clock(berlinTime(QDate(2026, 5, 1), QTime(9, 0)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    QVERIFY(!schedule.serveToday(&error));
    QCOMPARE(error, QStringLiteral("nothing to serve on 2026-05-01: the catalog has no reading of"
                                   " 15 minutes or less"));
    QVERIFY(m_catalog->history().isEmpty());
}

void TestDailySchedule::serveToday_onlyLongReadings_servedInParts()
{
    // Long by the editor's figure, but one sentence of text each: the plan goes by the words the
    // page holds, so each is a series of one part. (tst_serving has the real long texts.)
    importReadings({makeReading(QStringLiteral("capital-volume-one"), 600),
                    makeReading(QStringLiteral("long-essay"), MaximumDailyMinutes + 1)});
    const ManualClock clock(berlinTime(QDate(2026, 5, 1), QTime(9, 0)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    const std::optional<DayPage> page = schedule.servePage(clock.today(), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->served.seriesId, page->served.readingId);
    QCOMPARE(page->served.part, 1);
    QCOMPARE(page->served.parts, 1);
    QCOMPARE(page->text.labels().partLabel(), QStringLiteral("Part 1 of 1"));
    QCOMPARE(m_catalog->history().size(), 1);
}

void TestDailySchedule::serveToday_recordsTheDayOnce()
{
    importReadings({makeReading(QStringLiteral("a")), makeReading(QStringLiteral("b")),
                    makeReading(QStringLiteral("c"))});
    ManualClock clock(berlinTime(QDate(2026, 5, 1), QTime(9, 0)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);

    QString error;
    const std::optional<ServedDay> first = schedule.serveToday(&error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->day, QDate(2026, 5, 1));
    const QStringList imported{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QVERIFY(imported.contains(first->readingId));
    QCOMPARE(first->servedAt, clock.now());

    clock.advance(5 * 3600); // later the same day
    const std::optional<ServedDay> again = schedule.serveToday(&error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *first);
    QCOMPARE(again->servedAt, first->servedAt); // decided once, in the morning
    QCOMPARE(m_catalog->history().size(), 1);
}

void TestDailySchedule::serveToday_nextDayAfterMidnight_isAnotherReading()
{
    importReadings({makeReading(QStringLiteral("a")), makeReading(QStringLiteral("b")),
                    makeReading(QStringLiteral("c"))});
    ManualClock clock(berlinTime(QDate(2026, 5, 1), QTime(23, 59, 59)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    const std::optional<ServedDay> today = schedule.serveToday(&error);
    QVERIFY2(today, qPrintable(error));
    clock.advance(2);
    const std::optional<ServedDay> tomorrow = schedule.serveToday(&error);
    QVERIFY2(tomorrow, qPrintable(error));
    QCOMPARE(tomorrow->day, QDate(2026, 5, 2));
    QVERIFY(tomorrow->readingId != today->readingId);
    QCOMPARE(m_catalog->history(), (QVector<ServedDay>{*today, *tomorrow}));
}

void TestDailySchedule::serve_curatedReadingOnItsDay()
{
    const QDate mayDay(2026, 5, 1);
    importReadings({makeReading(QStringLiteral("a")), makeReading(QStringLiteral("b")),
                    makeReading(QStringLiteral("manifesto"), 12, mayDay)});
    const ManualClock clock(berlinTime(mayDay.addDays(-3), QTime(9, 0)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    for (int i = 3; i > 0; --i) {
        const std::optional<ServedDay> before = schedule.serve(mayDay.addDays(-i), &error);
        QVERIFY2(before, qPrintable(error));
        QVERIFY(before->readingId != QLatin1String("manifesto"));
    }
    const std::optional<ServedDay> served = schedule.serve(mayDay, &error);
    QVERIFY2(served, qPrintable(error));
    QCOMPARE(served->readingId, QStringLiteral("manifesto"));
}

void TestDailySchedule::serve_servedDayKeepsItsReading_afterCatalogChanges()
{
    const QDate day(2026, 5, 1);
    importReadings({makeReading(QStringLiteral("a")), makeReading(QStringLiteral("b"))});
    const ManualClock clock(berlinTime(day, QTime(9, 0)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    const std::optional<ServedDay> served = schedule.serveToday(&error);
    QVERIFY2(served, qPrintable(error));

    // The editor now curates another reading for that very day, and the served one gets long.
    importReadings({makeReading(QStringLiteral("late-curated"), 5, day), makeReading(served->readingId, 40)});
    const std::optional<ServedDay> again = schedule.serve(day, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->readingId, served->readingId);
}

void TestDailySchedule::serve_pastDayNeverServed_isPickedAndRecorded()
{
    importReadings({makeReading(QStringLiteral("a")), makeReading(QStringLiteral("b")),
                    makeReading(QStringLiteral("c"))});
    const ManualClock clock(berlinTime(QDate(2026, 5, 10), QTime(9, 0)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    const QDate past(2026, 4, 20); // the archive asks for a day the app was not run
    const QString expected = pickForDay(schedule.pickInput(past)).id;
    QVERIFY(!expected.isEmpty());
    const std::optional<ServedDay> served = schedule.serve(past, &error);
    QVERIFY2(served, qPrintable(error));
    QCOMPARE(served->readingId, expected);
    QCOMPARE(m_catalog->servedOn(past), served);
}

void TestDailySchedule::serve_survivesReopeningTheCatalog()
{
    importReadings({makeReading(QStringLiteral("a")), makeReading(QStringLiteral("b")),
                    makeReading(QStringLiteral("c")), makeReading(QStringLiteral("d"))});
    ManualClock clock(berlinTime(QDate(2026, 5, 1), QTime(9, 0)), QTimeZone("Europe/Berlin"));
    QString error;
    std::optional<ServedDay> served;
    {
        DailySchedule schedule(*m_catalog, clock);
        served = schedule.serveToday(&error);
        QVERIFY2(served, qPrintable(error));
    }
    const QString path = m_catalog->path();
    m_catalog->close();
    // As after a restart of the app: the recorded day does not move.
    m_catalog = std::make_unique<Catalog>();
    QVERIFY2(m_catalog->open(path, &error), qPrintable(error));
    DailySchedule reopened(*m_catalog, clock);
    const std::optional<ServedDay> again = reopened.serveToday(&error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *served);
}

void TestDailySchedule::serveToday_twentyFourHourStepsAcrossFallBack_recordConsecutiveDays()
{
    // Opened every 24 hours from 00:30: on 25 October 2026 (25 hours long) the next opening is at
    // 23:30 the same day, and the date must neither be served twice nor skipped.
    QVector<Reading> readings;
    for (const char *id : {"a", "b", "c", "d", "e", "f"})
        readings.append(makeReading(QString::fromLatin1(id)));
    importReadings(readings);
    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-10-23T00:30:00+02:00"), Qt::ISODate),
                      QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(schedule.serveToday(&error), qPrintable(error));
        clock.advance(24 * 3600);
    }

    const QVector<ServedDay> history = m_catalog->history();
    QCOMPARE(history.size(), 5); // 23, 24, 25 (twice), 26, 27
    QSet<QString> readingIds;
    for (int i = 0; i < history.size(); ++i) {
        QCOMPARE(history.at(i).day, QDate(2026, 10, 23).addDays(i));
        readingIds.insert(history.at(i).readingId);
    }
    QCOMPARE(readingIds.size(), 5);
}

void TestDailySchedule::serve_aWeekOfSevenReadings_servesEachOnce()
{
    QVector<Reading> readings;
    for (int i = 1; i <= 7; ++i)
        readings.append(makeReading(QStringLiteral("r%1").arg(i)));
    importReadings(readings);
    ManualClock clock(berlinTime(QDate(2026, 3, 25), QTime(7, 15)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    QSet<QString> served;
    for (int day = 0; day < 7; ++day) {
        const std::optional<ServedDay> today = schedule.serveToday(&error);
        QVERIFY2(today, qPrintable(error));
        QCOMPARE(today->day, QDate(2026, 3, 25).addDays(day));
        served.insert(today->readingId);
        clock.setNow(berlinTime(clock.today().addDays(1), QTime(7, 15))); // across 29 March too
    }
    QCOMPARE(served.size(), 7);
}

QTEST_GUILESS_MAIN(TestDailySchedule)
#include "tst_dailyschedule.moc"
