// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/clock.h"
#include "schedule/midnightwatcher.h"

#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace redletter;

namespace {

const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

QDateTime berlinTime(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, berlin());
}

//! Turns the backstop off, so only the deadline timer or checkNow() can act.
constexpr int NoBackstop = 0;

} // namespace

class TestMidnightWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void construct_remembersTodayAndArmsForNextMidnight();
    void deadlineTimer_firesAtMidnight_emitsOnceWithTheNewDate();
    void deadlineTimer_firesAtMidnight_withARunningClock();
    void deadlineTimer_firingEarly_emitsNothingAndRearms();
    void checkNow_sameDay_emitsNothing();
    void checkNow_jumpThreeDaysForward_emitsOnce();
    void checkNow_clockSetBackToYesterday_emitsThePreviousDay();
    void checkNow_afterTimeZoneChange_rearmsForTheNewZonesMidnight();
    void checkNow_timeZoneChangeThatChangesTheDate_emits();
    void backstop_catchesAJumpWithoutCheckNow();
    void deadline_onTheTwentyThreeHourDay();
};

void TestMidnightWatcher::construct_remembersTodayAndArmsForNextMidnight()
{
    const ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(14, 0)), berlin());
    const MidnightWatcher watcher(clock);
    QCOMPARE(watcher.currentDay(), QDate(2026, 6, 15));
    QCOMPARE(watcher.nextDeadline(), berlinTime(QDate(2026, 6, 16), QTime(0, 0)));
    QCOMPARE(watcher.nextDeadline().timeSpec(), Qt::UTC);
}

void TestMidnightWatcher::deadlineTimer_firesAtMidnight_emitsOnceWithTheNewDate()
{
    const QDate day(2026, 6, 15);
    ManualClock clock(berlinTime(day, QTime(23, 59, 59, 900)), berlin());
    MidnightWatcher watcher(clock);
    watcher.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&watcher, &MidnightWatcher::dayChanged);
    QCOMPARE(clock.now().msecsTo(watcher.nextDeadline()), qint64(100));

    // The manual clock stands still, so move it as real time would have when the timer fires:
    // nothing is delivered before the event loop runs.
    clock.setNow(berlinTime(day.addDays(1), QTime(0, 0, 0, 10)));
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    QCOMPARE(spy.at(0).at(0).toDate(), day.addDays(1));
    QCOMPARE(watcher.currentDay(), day.addDays(1));
    QCOMPARE(watcher.nextDeadline(), berlinTime(day.addDays(2), QTime(0, 0)));

    // Re-armed for the next midnight, a day away: nothing more comes.
    QTest::qWait(300);
    QCOMPARE(spy.count(), 1);
}

void TestMidnightWatcher::deadlineTimer_firesAtMidnight_withARunningClock()
{
    // A clock that runs on by itself from 200 ms before midnight: nobody touches it.
    const QDate day(2026, 6, 15);
    const OffsetClock clock(berlinTime(day, QTime(23, 59, 59, 800)), berlin());
    MidnightWatcher watcher(clock);
    watcher.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&watcher, &MidnightWatcher::dayChanged);
    QCOMPARE(watcher.currentDay(), day);

    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
    QCOMPARE(spy.at(0).at(0).toDate(), day.addDays(1));
    QVERIFY(clock.localNow() >= berlinTime(day.addDays(1), QTime(0, 0)));
}

void TestMidnightWatcher::deadlineTimer_firingEarly_emitsNothingAndRearms()
{
    // The timer fires but the clock still shows the old day (it was suspended, or set back):
    // nothing is emitted and the watcher waits for the midnight ahead again.
    const QDate day(2026, 6, 15);
    ManualClock clock(berlinTime(day, QTime(23, 59, 59, 950)), berlin());
    MidnightWatcher watcher(clock);
    watcher.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&watcher, &MidnightWatcher::dayChanged);

    QTest::qWait(200); // the 50 ms timer has fired and found the same day
    QCOMPARE(spy.count(), 0);
    QCOMPARE(watcher.currentDay(), day);
    QCOMPARE(watcher.nextDeadline(), berlinTime(day.addDays(1), QTime(0, 0)));

    clock.setNow(berlinTime(day.addDays(1), QTime(0, 0, 1)));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000); // the re-armed timer sees the new day
    QCOMPARE(spy.at(0).at(0).toDate(), day.addDays(1));
}

void TestMidnightWatcher::checkNow_sameDay_emitsNothing()
{
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(8, 0)), berlin());
    MidnightWatcher watcher(clock);
    QSignalSpy spy(&watcher, &MidnightWatcher::dayChanged);
    clock.advance(15 * 3600 + 59 * 60); // 23:59
    watcher.checkNow();
    watcher.checkNow();
    QCOMPARE(spy.count(), 0);
    QCOMPARE(watcher.currentDay(), QDate(2026, 6, 15));
}

void TestMidnightWatcher::checkNow_jumpThreeDaysForward_emitsOnce()
{
    // Resume after a long suspend: one change, to the day it is now, not one per missed day.
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(22, 0)), berlin());
    MidnightWatcher watcher(clock);
    watcher.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&watcher, &MidnightWatcher::dayChanged);

    clock.advance(3 * 24 * 3600);
    watcher.checkNow();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 18));
    QCOMPARE(watcher.currentDay(), QDate(2026, 6, 18));
    QCOMPARE(watcher.nextDeadline(), berlinTime(QDate(2026, 6, 19), QTime(0, 0)));

    watcher.checkNow();
    QCOMPARE(spy.count(), 1);
}

void TestMidnightWatcher::checkNow_clockSetBackToYesterday_emitsThePreviousDay()
{
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(0, 10)), berlin());
    MidnightWatcher watcher(clock);
    QSignalSpy spy(&watcher, &MidnightWatcher::dayChanged);

    clock.setNow(berlinTime(QDate(2026, 6, 14), QTime(23, 50)));
    watcher.checkNow();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 14));
    QCOMPARE(watcher.nextDeadline(), berlinTime(QDate(2026, 6, 15), QTime(0, 0)));
}

void TestMidnightWatcher::checkNow_afterTimeZoneChange_rearmsForTheNewZonesMidnight()
{
    // Noon in Berlin is 06:00 in New York, the same date: no signal, but midnight moved by six hours.
    const QTimeZone newYork("America/New_York");
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(12, 0)), berlin());
    MidnightWatcher watcher(clock);
    QSignalSpy spy(&watcher, &MidnightWatcher::dayChanged);
    QCOMPARE(watcher.nextDeadline(), berlinTime(QDate(2026, 6, 16), QTime(0, 0)));

    clock.setTimeZone(newYork);
    watcher.checkNow();
    QCOMPARE(spy.count(), 0);
    QCOMPARE(watcher.nextDeadline(), QDateTime(QDate(2026, 6, 16), QTime(0, 0), newYork));
    QCOMPARE(watcher.nextDeadline().toTimeZone(berlin()).time(), QTime(6, 0));
}

void TestMidnightWatcher::checkNow_timeZoneChangeThatChangesTheDate_emits()
{
    // 01:00 in Berlin is 19:00 the evening before in New York.
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(1, 0)), berlin());
    MidnightWatcher watcher(clock);
    QSignalSpy spy(&watcher, &MidnightWatcher::dayChanged);
    clock.setTimeZone(QTimeZone("America/New_York"));
    watcher.checkNow();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 14));
}

void TestMidnightWatcher::backstop_catchesAJumpWithoutCheckNow()
{
    // The deadline is hours away; only the backstop notices that the clock jumped a day.
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(9, 0)), berlin());
    MidnightWatcher watcher(clock);
    QSignalSpy spy(&watcher, &MidnightWatcher::dayChanged);
    watcher.setBackstopInterval(20);
    clock.advance(24 * 3600);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 16));
}

void TestMidnightWatcher::deadline_onTheTwentyThreeHourDay()
{
    // From 00:30 on 29 March 2026 Berlin's next midnight is 22.5 hours away, not 23.5.
    const ManualClock clock(QDateTime::fromString(QStringLiteral("2026-03-29T00:30:00+01:00"), Qt::ISODate),
                            berlin());
    const MidnightWatcher watcher(clock);
    QCOMPARE(clock.now().secsTo(watcher.nextDeadline()), qint64(22 * 3600 + 1800));
}

QTEST_GUILESS_MAIN(TestMidnightWatcher)
#include "tst_midnightwatcher.moc"
