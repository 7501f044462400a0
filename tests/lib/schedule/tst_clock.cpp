// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/clock.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace redletter;

namespace {

//! "2026-03-29T12:00:00+02:00": an instant with the offset spelled out, unambiguous in repeated hours.
QDateTime instant(const QString &isoWithOffset)
{
    const QDateTime parsed = QDateTime::fromString(isoWithOffset, Qt::ISODate);
    if (!parsed.isValid())
        qFatal("bad date-time in test data: %s", qPrintable(isoWithOffset));
    return parsed;
}

//! The wall time in @p zone with its offset, as the expected values are written.
QString local(const QDateTime &dateTime, const QTimeZone &zone)
{
    return dateTime.toTimeZone(zone).toString(Qt::ISODate);
}

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nextMidnight_data();
    void nextMidnight();
    void today_data();
    void today();
    void nextOccurrence_data();
    void nextOccurrence();
    void manualClock_keepsInstantAcrossZoneChange();
    void offsetClock_runsOnFromThePretendedStart();
    void offsetClock_forDate_keepsTheRealTimeOfDay();
    void systemClock_isTheMachinesClock();
};

void TestClock::nextMidnight_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("expectedMidnight");
    QTest::addColumn<qint64>("expectedSecondsAway");

    const qint64 hour = 3600;
    // Europe/Berlin, 2026: clocks go forward on 29 March (02:00 → 03:00), back on 25 October.
    QTest::newRow("Berlin, ordinary day, 23:30")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-27T23:30:00+01:00")
        << QStringLiteral("2026-03-28T00:00:00+01:00") << hour / 2;
    QTest::newRow("Berlin, eve of the 23-hour day, 23:30")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-28T23:30:00+01:00")
        << QStringLiteral("2026-03-29T00:00:00+01:00") << hour / 2;
    QTest::newRow("Berlin, 23-hour day, 00:30")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-29T00:30:00+01:00")
        << QStringLiteral("2026-03-30T00:00:00+02:00") << 22 * hour + hour / 2;
    QTest::newRow("Berlin, 23-hour day, 12:00")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-29T12:00:00+02:00")
        << QStringLiteral("2026-03-30T00:00:00+02:00") << 12 * hour;
    QTest::newRow("Berlin, 23-hour day, 23:30")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-29T23:30:00+02:00")
        << QStringLiteral("2026-03-30T00:00:00+02:00") << hour / 2;
    QTest::newRow("Berlin, 25-hour day, 00:30")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T00:30:00+02:00")
        << QStringLiteral("2026-10-26T00:00:00+01:00") << 24 * hour + hour / 2;
    QTest::newRow("Berlin, 25-hour day, first 02:30")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T02:30:00+02:00")
        << QStringLiteral("2026-10-26T00:00:00+01:00") << 22 * hour + hour / 2;
    QTest::newRow("Berlin, 25-hour day, 12:00")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T12:00:00+01:00")
        << QStringLiteral("2026-10-26T00:00:00+01:00") << 12 * hour;
    QTest::newRow("Berlin, 25-hour day, 23:30")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T23:30:00+01:00")
        << QStringLiteral("2026-10-26T00:00:00+01:00") << hour / 2;

    // America/New_York, 2026: forward on 8 March, back on 1 November, both at 02:00.
    QTest::newRow("New York, ordinary day, 23:30")
        << QByteArray("America/New_York") << QStringLiteral("2026-03-07T23:30:00-05:00")
        << QStringLiteral("2026-03-08T00:00:00-05:00") << hour / 2;
    QTest::newRow("New York, 23-hour day, 00:30")
        << QByteArray("America/New_York") << QStringLiteral("2026-03-08T00:30:00-05:00")
        << QStringLiteral("2026-03-09T00:00:00-04:00") << 22 * hour + hour / 2;
    QTest::newRow("New York, 23-hour day, 12:00")
        << QByteArray("America/New_York") << QStringLiteral("2026-03-08T12:00:00-04:00")
        << QStringLiteral("2026-03-09T00:00:00-04:00") << 12 * hour;
    QTest::newRow("New York, 25-hour day, 00:30")
        << QByteArray("America/New_York") << QStringLiteral("2026-11-01T00:30:00-04:00")
        << QStringLiteral("2026-11-02T00:00:00-05:00") << 24 * hour + hour / 2;
    QTest::newRow("New York, 25-hour day, 12:00")
        << QByteArray("America/New_York") << QStringLiteral("2026-11-01T12:00:00-05:00")
        << QStringLiteral("2026-11-02T00:00:00-05:00") << 12 * hour;

    // Zones that change their clocks at midnight itself (tzdata 2025b): on these days 00:00 never
    // happens and the day starts at 01:00.
    QTest::newRow("Havana, midnight skipped on 8 March")
        << QByteArray("America/Havana") << QStringLiteral("2026-03-07T23:30:00-05:00")
        << QStringLiteral("2026-03-08T01:00:00-04:00") << hour / 2;
    QTest::newRow("Santiago, midnight skipped on 6 September")
        << QByteArray("America/Santiago") << QStringLiteral("2026-09-05T12:00:00-04:00")
        << QStringLiteral("2026-09-06T01:00:00-03:00") << 12 * hour;
    QTest::newRow("Beirut, midnight skipped on 29 March")
        << QByteArray("Asia/Beirut") << QStringLiteral("2026-03-28T23:30:00+02:00")
        << QStringLiteral("2026-03-29T01:00:00+03:00") << hour / 2;
    // Havana turns back from 01:00 to 00:00: midnight happens twice, the day starts at the first.
    QTest::newRow("Havana, midnight repeated on 1 November")
        << QByteArray("America/Havana") << QStringLiteral("2026-10-31T23:30:00-04:00")
        << QStringLiteral("2026-11-01T00:00:00-04:00") << hour / 2;
    // Samoa skipped a whole day to cross the date line: after the 29th came the 31st.
    QTest::newRow("Apia, 30 December 2011 never happened")
        << QByteArray("Pacific/Apia") << QStringLiteral("2011-12-29T12:00:00-10:00")
        << QStringLiteral("2011-12-31T00:00:00+14:00") << 12 * hour;
}

void TestClock::nextMidnight()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, now);
    QFETCH(QString, expectedMidnight);
    QFETCH(qint64, expectedSecondsAway);

    const QTimeZone timeZone(zone);
    QVERIFY2(timeZone.isValid(), zone.constData());
    const ManualClock clock(instant(now), timeZone);

    const QDateTime midnight = clock.nextMidnight();
    QCOMPARE(local(midnight, timeZone), expectedMidnight);
    QCOMPARE(clock.now().secsTo(midnight), expectedSecondsAway);

    // It is the first instant of a new date: a moment before, the old date is still on the clock.
    const QDate today = clock.today();
    ManualClock atMidnight(midnight, timeZone);
    QVERIFY(atMidnight.today() > today);
    atMidnight.setNow(midnight.addMSecs(-1));
    QCOMPARE(atMidnight.today(), today);
}

void TestClock::today_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("advanceSeconds");
    QTest::addColumn<QString>("expectedLocal");
    QTest::addColumn<QDate>("expectedToday");

    const qint64 hour = 3600;
    QTest::newRow("Berlin, an hour past midnight into the 23-hour day")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-28T23:30:00+01:00") << hour
        << QStringLiteral("2026-03-29T00:30:00+01:00") << QDate(2026, 3, 29);
    QTest::newRow("Berlin, 00:30 the day after the 23-hour day")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-29T23:30:00+02:00") << hour
        << QStringLiteral("2026-03-30T00:30:00+02:00") << QDate(2026, 3, 30);
    QTest::newRow("Berlin, 24 hours from 00:30 across the 23-hour day is 01:30")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-29T00:30:00+01:00") << 24 * hour
        << QStringLiteral("2026-03-30T01:30:00+02:00") << QDate(2026, 3, 30);
    QTest::newRow("Berlin, 00:30 the day after the 25-hour day")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T23:30:00+01:00") << hour
        << QStringLiteral("2026-10-26T00:30:00+01:00") << QDate(2026, 10, 26);
    QTest::newRow("Berlin, 24 hours from 00:30 on the 25-hour day is still that day")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T00:30:00+02:00") << 24 * hour
        << QStringLiteral("2026-10-25T23:30:00+01:00") << QDate(2026, 10, 25);
    QTest::newRow("Berlin, the repeated 02:30 is the same day")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T02:30:00+02:00") << hour
        << QStringLiteral("2026-10-25T02:30:00+01:00") << QDate(2026, 10, 25);
    QTest::newRow("New York, 00:30 the day after the 23-hour day")
        << QByteArray("America/New_York") << QStringLiteral("2026-03-08T23:30:00-04:00") << hour
        << QStringLiteral("2026-03-09T00:30:00-04:00") << QDate(2026, 3, 9);
    QTest::newRow("New York, 00:30 the day after the 25-hour day")
        << QByteArray("America/New_York") << QStringLiteral("2026-11-01T23:30:00-05:00") << hour
        << QStringLiteral("2026-11-02T00:30:00-05:00") << QDate(2026, 11, 2);
    QTest::newRow("New York, 24 hours from 00:30 on the 25-hour day is still that day")
        << QByteArray("America/New_York") << QStringLiteral("2026-11-01T00:30:00-04:00") << 24 * hour
        << QStringLiteral("2026-11-01T23:30:00-05:00") << QDate(2026, 11, 1);
    QTest::newRow("Havana, half an hour before the skipped midnight")
        << QByteArray("America/Havana") << QStringLiteral("2026-03-07T23:00:00-05:00") << hour / 2
        << QStringLiteral("2026-03-07T23:30:00-05:00") << QDate(2026, 3, 7);
    QTest::newRow("Havana, half an hour after the skipped midnight")
        << QByteArray("America/Havana") << QStringLiteral("2026-03-07T23:30:00-05:00") << hour
        << QStringLiteral("2026-03-08T01:30:00-04:00") << QDate(2026, 3, 8);
}

void TestClock::today()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, start);
    QFETCH(qint64, advanceSeconds);
    QFETCH(QString, expectedLocal);
    QFETCH(QDate, expectedToday);

    const QTimeZone timeZone(zone);
    ManualClock clock(instant(start), timeZone);
    clock.advance(advanceSeconds);
    QCOMPARE(clock.localNow().toString(Qt::ISODate), expectedLocal);
    QCOMPARE(clock.today(), expectedToday);
}

void TestClock::nextOccurrence_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QTime>("timeOfDay");
    QTest::addColumn<QString>("expected");

    const QTime seven(7, 0);
    QTest::newRow("Berlin, later today")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-06-10T06:59:00+02:00") << seven
        << QStringLiteral("2026-06-10T07:00:00+02:00");
    QTest::newRow("Berlin, exactly now is not after now: tomorrow")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-06-10T07:00:00+02:00") << seven
        << QStringLiteral("2026-06-11T07:00:00+02:00");
    QTest::newRow("Berlin, 07:00 on the 23-hour day, from 00:30 (5.5 hours)")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-29T00:30:00+01:00") << seven
        << QStringLiteral("2026-03-29T07:00:00+02:00");
    QTest::newRow("Berlin, 07:00 on the 23-hour day, from the day before (22 hours)")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-28T08:00:00+01:00") << seven
        << QStringLiteral("2026-03-29T07:00:00+02:00");
    QTest::newRow("Berlin, 02:30 does not exist on the 23-hour day: the end of the gap")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-29T00:30:00+01:00") << QTime(2, 30)
        << QStringLiteral("2026-03-29T03:00:00+02:00");
    QTest::newRow("Berlin, 02:30 happens twice on the 25-hour day: the first")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T00:30:00+02:00") << QTime(2, 30)
        << QStringLiteral("2026-10-25T02:30:00+02:00");
    QTest::newRow("Berlin, the repeated 02:30 does not come twice in a day")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T02:45:00+02:00") << QTime(2, 30)
        << QStringLiteral("2026-10-26T02:30:00+01:00");
    QTest::newRow("Berlin, 07:00 on the 25-hour day")
        << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T00:30:00+02:00") << seven
        << QStringLiteral("2026-10-25T07:00:00+01:00");
    QTest::newRow("New York, 07:00 on the 23-hour day")
        << QByteArray("America/New_York") << QStringLiteral("2026-03-08T00:30:00-05:00") << seven
        << QStringLiteral("2026-03-08T07:00:00-04:00");
    QTest::newRow("New York, 07:00 on the 25-hour day")
        << QByteArray("America/New_York") << QStringLiteral("2026-11-01T00:30:00-04:00") << seven
        << QStringLiteral("2026-11-01T07:00:00-05:00");
    QTest::newRow("Havana, midnight that does not exist: 01:00")
        << QByteArray("America/Havana") << QStringLiteral("2026-03-07T12:00:00-05:00") << QTime(0, 0)
        << QStringLiteral("2026-03-08T01:00:00-04:00");
}

void TestClock::nextOccurrence()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, now);
    QFETCH(QTime, timeOfDay);
    QFETCH(QString, expected);

    const QTimeZone timeZone(zone);
    const ManualClock clock(instant(now), timeZone);
    const QDateTime occurrence = clock.nextOccurrence(timeOfDay);
    QCOMPARE(local(occurrence, timeZone), expected);
    QVERIFY(occurrence > clock.now());
}

void TestClock::manualClock_keepsInstantAcrossZoneChange()
{
    // Flying from Berlin to New York: the instant stays, the local date and midnight move.
    ManualClock clock(instant(QStringLiteral("2026-06-15T01:00:00+02:00")), QTimeZone("Europe/Berlin"));
    const QDateTime before = clock.now();
    QCOMPARE(clock.today(), QDate(2026, 6, 15));
    clock.setTimeZone(QTimeZone("America/New_York"));
    QCOMPARE(clock.now(), before);
    QCOMPARE(clock.today(), QDate(2026, 6, 14));
    QCOMPARE(local(clock.nextMidnight(), clock.timeZone()), QStringLiteral("2026-06-15T00:00:00-04:00"));
}

void TestClock::offsetClock_runsOnFromThePretendedStart()
{
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime pretended = instant(QStringLiteral("2026-10-24T23:59:00+02:00"));
    QElapsedTimer elapsed;
    elapsed.start();
    const OffsetClock clock(pretended, berlin);

    const QDateTime first = clock.now();
    QVERIFY(first >= pretended);
    QVERIFY2(pretended.msecsTo(first) <= elapsed.elapsed() + 1,
             qPrintable(QStringLiteral("%1 ms ahead").arg(pretended.msecsTo(first))));
    QCOMPARE(clock.today(), QDate(2026, 10, 24));
    QCOMPARE(clock.timeZone(), berlin);

    // It runs with real time.
    QTRY_VERIFY2(clock.now() > first, "the offset clock does not move");
}

void TestClock::offsetClock_forDate_keepsTheRealTimeOfDay()
{
    const QTimeZone zone("Asia/Tokyo"); // no DST: every real time of day exists on every date
    const QDate pretendedDate(2030, 1, 15);
    const QDateTime realBefore = QDateTime::currentDateTimeUtc().toTimeZone(zone);
    const OffsetClock clock = OffsetClock::forDate(pretendedDate, zone);
    const QDateTime pretendedNow = clock.localNow();
    const QDateTime realAfter = QDateTime::currentDateTimeUtc().toTimeZone(zone);

    if (realBefore.date() != realAfter.date())
        QSKIP("the real date changed while the test ran");
    QCOMPARE(clock.today(), pretendedDate);
    QVERIFY(pretendedNow.time() >= realBefore.time());
    QVERIFY(pretendedNow.time() <= realAfter.time());
}

void TestClock::systemClock_isTheMachinesClock()
{
    const SystemClock clock;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock.now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(before <= now && now <= after);
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QCOMPARE(clock.timeZone(), QTimeZone::systemTimeZone());
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
