// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/clock.h"
#include "schedule/reminder.h"
#include "settings/settings.h"

#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

namespace {

//! "2026-03-29T12:00:00+02:00": an instant with its offset spelled out, unambiguous in repeated hours.
QDateTime instant(const QString &isoWithOffset)
{
    const QDateTime parsed = QDateTime::fromString(isoWithOffset, Qt::ISODate);
    if (!parsed.isValid())
        qFatal("bad date-time in test data: %s", qPrintable(isoWithOffset));
    return parsed.toUTC();
}

const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

QDateTime berlinTime(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, berlin()).toUTC();
}

ReminderPolicy remindedOn(const QDate &day, const QTime &timeOfDay = QTime(0, 0))
{
    ReminderPolicy policy;
    policy.timeOfDay = timeOfDay;
    policy.lastReminded = day;
    return policy;
}

//! Turns the backstop off, so only the deadline timer or checkNow() can act.
constexpr int NoBackstop = 0;

} // namespace

class TestReminder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dueDay_data();
    void dueDay();
    void deadlineTimer_remindsOnceAtTheReminderTime_data();
    void deadlineTimer_remindsOnceAtTheReminderTime();
    void nextDeadline_sevenOClockOnTheTwentyThreeHourDay_isAnHourCloser();
    void suspendAcrossMidnight_remindsOnceOnWake();
    void suspendAcrossThreeMidnights_remindsOnceForToday();
    void suspendAcrossMidnight_backstopCatchesItWithoutAWakeHint();
    void clockSetBackPastMidnight_noDuplicate();
    void timeZoneChange_rearmsForTheNewZonesMidnight();
    void timeZoneChangeEastPastMidnight_remindsForTheNewDate();
    void paused_consumesTheDaySilently_resumingDoesNotFireAtOnce();
    void acknowledged_noReminderForThatDay();
    void setTimeOfDay_laterToday_remindsToday();
    void setTimeOfDay_alreadyPastToday_appliesFromTomorrow();
    void restartSameDayAfterTheReminder_noDuplicate();
    void startedTheMorningAfterAMissedMidnight_remindsOnce();
    void lastRemindedFarAhead_fromAClockThatWasWrong_isIgnored();
    void settingsStore_roundTripsThePolicy();
    void settingsStore_missingOrGarbledValues_giveTheDefaults();
    void offsetClock_remindsAtItsMidnightThroughTheWallClockTimer();
};

// ---- the pure decision -------------------------------------------------------------------------

void TestReminder::dueDay_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QTime>("timeOfDay");
    QTest::addColumn<QDate>("lastReminded");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QDate>("expectedDue");

    const QTime midnight(0, 0);
    const QTime seven(7, 0);
    const QByteArray berlin("Europe/Berlin");
    const QByteArray newYork("America/New_York");
    QTest::newRow("never reminded, after midnight: today")
        << berlin << midnight << QDate() << QStringLiteral("2026-06-15T10:00:00+02:00") << QDate(2026, 6, 15);
    QTest::newRow("reminded today: nothing")
        << berlin << midnight << QDate(2026, 6, 15) << QStringLiteral("2026-06-15T10:00:00+02:00") << QDate();
    QTest::newRow("reminded yesterday, just after midnight: today")
        << berlin << midnight << QDate(2026, 6, 14) << QStringLiteral("2026-06-15T00:00:00.001+02:00")
        << QDate(2026, 6, 15);
    QTest::newRow("reminded three days ago: today only")
        << berlin << midnight << QDate(2026, 6, 12) << QStringLiteral("2026-06-15T08:00:00+02:00") << QDate(2026, 6, 15);
    QTest::newRow("07:00 reminder at 06:59: not yet")
        << berlin << seven << QDate(2026, 6, 14) << QStringLiteral("2026-06-15T06:59:59+02:00") << QDate();
    QTest::newRow("07:00 reminder at 07:00: today")
        << berlin << seven << QDate(2026, 6, 14) << QStringLiteral("2026-06-15T07:00:00+02:00") << QDate(2026, 6, 15);
    QTest::newRow("07:00 on the 23-hour day, 06:59 CEST: not yet")
        << berlin << seven << QDate(2026, 3, 28) << QStringLiteral("2026-03-29T06:59:00+02:00") << QDate();
    QTest::newRow("07:00 on the 23-hour day, 07:00 CEST: today")
        << berlin << seven << QDate(2026, 3, 28) << QStringLiteral("2026-03-29T07:00:00+02:00") << QDate(2026, 3, 29);
    QTest::newRow("07:00 on the 25-hour day, 07:00 CET: today")
        << berlin << seven << QDate(2026, 10, 24) << QStringLiteral("2026-10-25T07:00:00+01:00") << QDate(2026, 10, 25);
    QTest::newRow("clock set back past midnight, tomorrow already reminded: nothing")
        << berlin << midnight << QDate(2026, 6, 16) << QStringLiteral("2026-06-15T23:58:00+02:00") << QDate();
    QTest::newRow("remembered date a year ahead (clock was wrong): ignored")
        << berlin << midnight << QDate(2027, 6, 16) << QStringLiteral("2026-06-15T09:00:00+02:00") << QDate(2026, 6, 15);
    QTest::newRow("New York, midnight starting the 23-hour day")
        << newYork << midnight << QDate(2026, 3, 7) << QStringLiteral("2026-03-08T00:00:00-05:00") << QDate(2026, 3, 8);
    QTest::newRow("New York, the repeated 01:30 on the 25-hour day, already reminded")
        << newYork << midnight << QDate(2026, 11, 1) << QStringLiteral("2026-11-01T01:30:00-05:00") << QDate();
}

void TestReminder::dueDay()
{
    QFETCH(QByteArray, zone);
    QFETCH(QTime, timeOfDay);
    QFETCH(QDate, lastReminded);
    QFETCH(QString, now);
    QFETCH(QDate, expectedDue);
    const ManualClock clock(instant(now), QTimeZone(zone));
    ReminderPolicy policy = remindedOn(lastReminded, timeOfDay);
    QCOMPARE(policy.dueDay(clock), expectedDue);
    policy.paused = true; // the decision is the same; the scheduler keeps quiet about it
    QCOMPARE(policy.dueDay(clock), expectedDue);
}

// ---- the scheduler on the nights that trip naive timers ----------------------------------------

void TestReminder::deadlineTimer_remindsOnceAtTheReminderTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QTime>("timeOfDay");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("expectedDeadline");
    QTest::addColumn<QDate>("expectedDay");
    QTest::addColumn<QString>("expectedFollowingDeadline");

    const QTime midnight(0, 0);
    // Europe/Berlin, 2026: forward on 29 March (02:00 → 03:00), back on 25 October (03:00 → 02:00).
    QTest::newRow("Berlin, midnight starting the 23-hour day")
        << QByteArray("Europe/Berlin") << midnight << QStringLiteral("2026-03-28T23:59:59.900+01:00")
        << QStringLiteral("2026-03-29T00:00:00+01:00") << QDate(2026, 3, 29) << QStringLiteral("2026-03-30T00:00:00+02:00");
    QTest::newRow("Berlin, midnight ending the 23-hour day")
        << QByteArray("Europe/Berlin") << midnight << QStringLiteral("2026-03-29T23:59:59.900+02:00")
        << QStringLiteral("2026-03-30T00:00:00+02:00") << QDate(2026, 3, 30) << QStringLiteral("2026-03-31T00:00:00+02:00");
    QTest::newRow("Berlin, midnight starting the 25-hour day")
        << QByteArray("Europe/Berlin") << midnight << QStringLiteral("2026-10-24T23:59:59.900+02:00")
        << QStringLiteral("2026-10-25T00:00:00+02:00") << QDate(2026, 10, 25) << QStringLiteral("2026-10-26T00:00:00+01:00");
    QTest::newRow("Berlin, midnight ending the 25-hour day")
        << QByteArray("Europe/Berlin") << midnight << QStringLiteral("2026-10-25T23:59:59.900+01:00")
        << QStringLiteral("2026-10-26T00:00:00+01:00") << QDate(2026, 10, 26) << QStringLiteral("2026-10-27T00:00:00+01:00");
    // America/New_York, 2026: forward on 8 March, back on 1 November, both at 02:00.
    QTest::newRow("New York, midnight starting the 23-hour day")
        << QByteArray("America/New_York") << midnight << QStringLiteral("2026-03-07T23:59:59.900-05:00")
        << QStringLiteral("2026-03-08T00:00:00-05:00") << QDate(2026, 3, 8) << QStringLiteral("2026-03-09T00:00:00-04:00");
    QTest::newRow("New York, midnight ending the 23-hour day")
        << QByteArray("America/New_York") << midnight << QStringLiteral("2026-03-08T23:59:59.900-04:00")
        << QStringLiteral("2026-03-09T00:00:00-04:00") << QDate(2026, 3, 9) << QStringLiteral("2026-03-10T00:00:00-04:00");
    QTest::newRow("New York, midnight starting the 25-hour day")
        << QByteArray("America/New_York") << midnight << QStringLiteral("2026-10-31T23:59:59.900-04:00")
        << QStringLiteral("2026-11-01T00:00:00-04:00") << QDate(2026, 11, 1) << QStringLiteral("2026-11-02T00:00:00-05:00");
    QTest::newRow("New York, midnight ending the 25-hour day")
        << QByteArray("America/New_York") << midnight << QStringLiteral("2026-11-01T23:59:59.900-05:00")
        << QStringLiteral("2026-11-02T00:00:00-05:00") << QDate(2026, 11, 2) << QStringLiteral("2026-11-03T00:00:00-05:00");
    QTest::newRow("Berlin, 07:00 on the 23-hour day")
        << QByteArray("Europe/Berlin") << QTime(7, 0) << QStringLiteral("2026-03-29T06:59:59.900+02:00")
        << QStringLiteral("2026-03-29T07:00:00+02:00") << QDate(2026, 3, 29) << QStringLiteral("2026-03-30T07:00:00+02:00");
    QTest::newRow("New York, 07:00 on the 23-hour day")
        << QByteArray("America/New_York") << QTime(7, 0) << QStringLiteral("2026-03-08T06:59:59.900-04:00")
        << QStringLiteral("2026-03-08T07:00:00-04:00") << QDate(2026, 3, 8) << QStringLiteral("2026-03-09T07:00:00-04:00");
}

void TestReminder::deadlineTimer_remindsOnceAtTheReminderTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QTime, timeOfDay);
    QFETCH(QString, start);
    QFETCH(QString, expectedDeadline);
    QFETCH(QDate, expectedDay);
    QFETCH(QString, expectedFollowingDeadline);

    ManualClock clock(instant(start), QTimeZone(zone));
    MemoryReminderStore store(remindedOn(expectedDay.addDays(-1), timeOfDay));
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    QCOMPARE(scheduler.nextDeadline(), instant(expectedDeadline));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 0);

    // The manual clock stands still: move it as real time would have by the time the timer fires.
    clock.setNow(instant(expectedDeadline).addMSecs(10));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    QCOMPARE(spy.at(0).at(0).toDate(), expectedDay);
    QCOMPARE(store.load().lastReminded, expectedDay);
    QCOMPARE(scheduler.nextDeadline(), instant(expectedFollowingDeadline));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 1);
}

void TestReminder::nextDeadline_sevenOClockOnTheTwentyThreeHourDay_isAnHourCloser()
{
    // Half a minute after the midnight that starts Berlin's 23-hour day, 07:00 is 6 hours away, not 7.
    const ManualClock clock(instant(QStringLiteral("2026-03-29T00:00:30+01:00")), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 3, 28), QTime(7, 0)));
    const ReminderScheduler scheduler(clock, store);
    QCOMPARE(clock.now().secsTo(scheduler.nextDeadline()), qint64(6 * 3600 - 30));
}

void TestReminder::suspendAcrossMidnight_remindsOnceOnWake()
{
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(23, 0)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 6, 15)));
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);

    clock.setNow(berlinTime(QDate(2026, 6, 16), QTime(7, 30))); // the lid opens in the morning
    scheduler.checkNow(); // what logind's PrepareForSleep(false) triggers
    scheduler.checkNow(); // and the wall-clock timer, which fires late on resume
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 16));
    QCOMPARE(scheduler.nextDeadline(), berlinTime(QDate(2026, 6, 17), QTime(0, 0)));
}

void TestReminder::suspendAcrossThreeMidnights_remindsOnceForToday()
{
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(22, 0)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 6, 15)));
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);

    clock.advance(3 * 24 * 3600);
    scheduler.checkNow();
    scheduler.checkNow();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 18));
    QCOMPARE(store.load().lastReminded, QDate(2026, 6, 18));
}

void TestReminder::suspendAcrossMidnight_backstopCatchesItWithoutAWakeHint()
{
    // No logind, and the deadline timer armed relatively is still counting: the backstop notices.
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(20, 0)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 6, 15)));
    ReminderScheduler scheduler(clock, store);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.setBackstopInterval(20);
    clock.advance(12 * 3600);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 16));
    QTest::qWait(100); // several more backstop ticks
    QCOMPARE(spy.count(), 1);
}

void TestReminder::clockSetBackPastMidnight_noDuplicate()
{
    ManualClock clock(berlinTime(QDate(2026, 6, 16), QTime(0, 0, 1)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 6, 15)));
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.checkNow();
    QCOMPARE(spy.count(), 1); // the reminder for the 16th

    // NTP finds the clock was two minutes fast and steps it back across midnight.
    clock.setNow(berlinTime(QDate(2026, 6, 15), QTime(23, 58, 1)));
    scheduler.checkNow();
    QCOMPARE(scheduler.nextDeadline(), berlinTime(QDate(2026, 6, 16), QTime(0, 0)));
    clock.setNow(berlinTime(QDate(2026, 6, 16), QTime(0, 0, 1)));
    scheduler.checkNow(); // the same midnight, passed a second time
    QCOMPARE(spy.count(), 1);

    clock.setNow(berlinTime(QDate(2026, 6, 17), QTime(0, 0, 1)));
    scheduler.checkNow(); // the next one is reminded as usual
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toDate(), QDate(2026, 6, 17));
}

void TestReminder::timeZoneChange_rearmsForTheNewZonesMidnight()
{
    // Noon in Berlin is 06:00 in New York on the same date: nothing due, but midnight moved.
    const QTimeZone newYork("America/New_York");
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(12, 0)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 6, 15)));
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    QCOMPARE(scheduler.nextDeadline(), berlinTime(QDate(2026, 6, 16), QTime(0, 0)));

    clock.setTimeZone(newYork);
    scheduler.checkNow();
    QCOMPARE(spy.count(), 0);
    const QDateTime newYorkMidnight = QDateTime(QDate(2026, 6, 16), QTime(0, 0), newYork).toUTC();
    QCOMPARE(scheduler.nextDeadline(), newYorkMidnight);

    clock.setNow(berlinTime(QDate(2026, 6, 16), QTime(0, 0, 1))); // Berlin's midnight: not New York's
    scheduler.checkNow();
    QCOMPARE(spy.count(), 0);
    clock.setNow(newYorkMidnight.addSecs(1));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 16));
}

void TestReminder::timeZoneChangeEastPastMidnight_remindsForTheNewDate()
{
    // 23:00 in Berlin is 06:00 the next morning in Tokyo, where that day's midnight has passed.
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(23, 0)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 6, 15)));
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    clock.setTimeZone(QTimeZone("Asia/Tokyo"));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 16));
}

void TestReminder::paused_consumesTheDaySilently_resumingDoesNotFireAtOnce()
{
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(23, 0)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 6, 15)));
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    QSignalSpy changed(&scheduler, &ReminderScheduler::policyChanged);
    scheduler.setPaused(true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.load().paused);

    clock.setNow(berlinTime(QDate(2026, 6, 16), QTime(0, 0, 1)));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 0);

    clock.setNow(berlinTime(QDate(2026, 6, 16), QTime(10, 0)));
    scheduler.setPaused(false);
    scheduler.checkNow();
    QCOMPARE(spy.count(), 0); // the 16th went by while paused

    clock.setNow(berlinTime(QDate(2026, 6, 17), QTime(0, 0, 1)));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 1);
}

void TestReminder::acknowledged_noReminderForThatDay()
{
    // The window opened on the 15th's reading at 23:59: its midnight reminder is for the 16th only.
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(23, 59)), berlin());
    MemoryReminderStore store;
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.acknowledge(QDate(2026, 6, 15));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 0);
    QCOMPARE(store.load().lastReminded, QDate(2026, 6, 15));

    scheduler.acknowledge(QDate(2026, 6, 14)); // an older day never moves it back
    QCOMPARE(store.load().lastReminded, QDate(2026, 6, 15));

    clock.setNow(berlinTime(QDate(2026, 6, 16), QTime(0, 0, 1)));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 16));
}

void TestReminder::setTimeOfDay_laterToday_remindsToday()
{
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(5, 0)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 6, 14)));
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    // Midnight has passed but the reminder for the 15th is still owed: it would be due now.
    QCOMPARE(store.load().dueDay(clock), QDate(2026, 6, 15));
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.setTimeOfDay(QTime(7, 0));
    QCOMPARE(store.load().timeOfDay, QTime(7, 0));
    QCOMPARE(scheduler.nextDeadline(), berlinTime(QDate(2026, 6, 15), QTime(7, 0)));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 0);
    clock.setNow(berlinTime(QDate(2026, 6, 15), QTime(7, 0, 1)));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 1);
}

void TestReminder::setTimeOfDay_alreadyPastToday_appliesFromTomorrow()
{
    ManualClock clock(berlinTime(QDate(2026, 6, 15), QTime(6, 30)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 6, 14), QTime(7, 0)));
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.setTimeOfDay(QTime(6, 0));
    scheduler.checkNow();
    QCOMPARE(spy.count(), 0);
    QCOMPARE(scheduler.nextDeadline(), berlinTime(QDate(2026, 6, 16), QTime(6, 0)));
}

void TestReminder::restartSameDayAfterTheReminder_noDuplicate()
{
    QTemporaryDir dir;
    SettingsStore settings(dir.filePath(QStringLiteral("redletter.conf")));
    SettingsReminderStore store(settings);
    ManualClock clock(berlinTime(QDate(2026, 6, 16), QTime(0, 0, 1)), berlin());
    {
        ReminderScheduler first(clock, store);
        QSignalSpy spy(&first, &ReminderScheduler::reminderDue);
        first.checkNow();
        QCOMPARE(spy.count(), 1);
    }
    clock.advance(3600);
    SettingsStore reopened(dir.filePath(QStringLiteral("redletter.conf")));
    SettingsReminderStore reopenedStore(reopened);
    ReminderScheduler second(clock, reopenedStore);
    QSignalSpy spy(&second, &ReminderScheduler::reminderDue);
    second.checkNow();
    QCOMPARE(spy.count(), 0);
}

void TestReminder::startedTheMorningAfterAMissedMidnight_remindsOnce()
{
    // Started at login (minimized) the morning after the machine was off at midnight.
    ManualClock clock(berlinTime(QDate(2026, 6, 16), QTime(8, 15)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2026, 6, 14)));
    ReminderScheduler scheduler(clock, store);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.checkNow();
    scheduler.checkNow();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 6, 16));
}

void TestReminder::lastRemindedFarAhead_fromAClockThatWasWrong_isIgnored()
{
    // The clock once said 2031 and a reminder went out; reminders must not stay silent until then.
    ManualClock clock(berlinTime(QDate(2026, 6, 16), QTime(0, 0, 1)), berlin());
    MemoryReminderStore store(remindedOn(QDate(2031, 6, 16)));
    ReminderScheduler scheduler(clock, store);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.checkNow();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(store.load().lastReminded, QDate(2026, 6, 16));
}

void TestReminder::settingsStore_roundTripsThePolicy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("redletter.conf"));
    ReminderPolicy policy;
    policy.timeOfDay = QTime(7, 30);
    policy.paused = true;
    policy.lastReminded = QDate(2026, 6, 16);
    {
        SettingsStore settings(path);
        SettingsReminderStore(settings).save(policy);
    }
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("reminder/time")).toString(),
             QStringLiteral("07:30"));
    SettingsStore settings(path);
    QCOMPARE(SettingsReminderStore(settings).load(), policy);

    policy.lastReminded = QDate();
    SettingsReminderStore(settings).save(policy);
    QVERIFY(!QSettings(path, QSettings::IniFormat).contains(QStringLiteral("reminder/lastReminded")));
    QCOMPARE(SettingsReminderStore(settings).load(), policy);
    // The other settings in the file are left as they were.
    QCOMPARE(settings.settings().theme, Settings().theme);
}

void TestReminder::settingsStore_missingOrGarbledValues_giveTheDefaults()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("redletter.conf"));
    {
        SettingsStore settings(path);
        QCOMPARE(SettingsReminderStore(settings).load(), ReminderPolicy());
    }
    {
        QSettings file(path, QSettings::IniFormat);
        file.setValue(QStringLiteral("reminder/time"), QStringLiteral("half past seven"));
        file.setValue(QStringLiteral("reminder/lastReminded"), QStringLiteral("yesterday"));
    }
    SettingsStore settings(path);
    const ReminderPolicy loaded = SettingsReminderStore(settings).load();
    QCOMPARE(loaded.timeOfDay, QTime(0, 0));
    QVERIFY(!loaded.lastReminded.isValid());
}

void TestReminder::offsetClock_remindsAtItsMidnightThroughTheWallClockTimer()
{
    // A clock that runs on by itself from 300 ms before midnight (what --pretend-now does).
    const QDate day(2026, 6, 15);
    const OffsetClock clock(berlinTime(day, QTime(23, 59, 59, 700)), berlin());
    MemoryReminderStore store(remindedOn(day));
    ReminderScheduler scheduler(clock, store);
    scheduler.setBackstopInterval(NoBackstop);
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
    QCOMPARE(spy.at(0).at(0).toDate(), day.addDays(1));
    QVERIFY(clock.now() >= berlinTime(day.addDays(1), QTime(0, 0)));
}

QTEST_GUILESS_MAIN(TestReminder)
#include "tst_reminder.moc"
