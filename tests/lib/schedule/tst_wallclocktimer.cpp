// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/clock.h"
#include "schedule/wallclocktimer.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>
#include <cstdint>

using namespace redletter;

Q_DECLARE_METATYPE(redletter::WallClockTimer::ReadOutcome)

class TestWallClockTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void onLinux_theKernelWatchesTheWallClock();
    void startAtSystemTime_firesAtTheAbsoluteInstantNotBefore();
    void startAtSystemTime_pastDeadline_firesAtOnce();
    void stop_nothingFires();
    void start_again_replacesTheDeadline();
    void start_offsetClock_waitsForThePretendedInstant();
    void start_manualClock_waitsRelatively();
    void classifyRead_data();
    void classifyRead();
    void clockWasSet_emitsClockChangedAndStillFiresAtTheDeadline();
};

void TestWallClockTimer::onLinux_theKernelWatchesTheWallClock()
{
#ifdef Q_OS_LINUX
    const WallClockTimer timer;
    QVERIFY2(timer.watchesWallClock(), "timerfd_create(CLOCK_REALTIME) failed");
#else
    QSKIP("the timerfd is Linux only");
#endif
}

void TestWallClockTimer::startAtSystemTime_firesAtTheAbsoluteInstantNotBefore()
{
    WallClockTimer timer;
    const QDateTime deadline = QDateTime::currentDateTimeUtc().addMSecs(300);
    QDateTime firedAt;
    connect(&timer, &WallClockTimer::fired, this, [&firedAt] { firedAt = QDateTime::currentDateTimeUtc(); });
    QSignalSpy spy(&timer, &WallClockTimer::fired);
    timer.startAtSystemTime(deadline);
    QVERIFY(timer.isActive());
    QCOMPARE(timer.systemDeadline(), deadline);

    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
    QVERIFY2(firedAt >= deadline, qPrintable(QStringLiteral("fired %1 ms early").arg(firedAt.msecsTo(deadline))));
    QVERIFY(!timer.isActive());
    QTest::qWait(100);
    QCOMPARE(spy.count(), 1); // one shot
}

void TestWallClockTimer::startAtSystemTime_pastDeadline_firesAtOnce()
{
    WallClockTimer timer;
    QSignalSpy spy(&timer, &WallClockTimer::fired);
    timer.startAtSystemTime(QDateTime::currentDateTimeUtc().addSecs(-3600));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 1000);
}

void TestWallClockTimer::stop_nothingFires()
{
    WallClockTimer timer;
    QSignalSpy spy(&timer, &WallClockTimer::fired);
    timer.startAtSystemTime(QDateTime::currentDateTimeUtc().addMSecs(50));
    timer.stop();
    QVERIFY(!timer.isActive());
    QTest::qWait(250);
    QCOMPARE(spy.count(), 0);
}

void TestWallClockTimer::start_again_replacesTheDeadline()
{
    WallClockTimer timer;
    QSignalSpy spy(&timer, &WallClockTimer::fired);
    timer.startAtSystemTime(QDateTime::currentDateTimeUtc().addMSecs(50));
    const QDateTime later = QDateTime::currentDateTimeUtc().addMSecs(400);
    timer.startAtSystemTime(later);
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0); // the first deadline no longer counts
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= later);
}

void TestWallClockTimer::start_offsetClock_waitsForThePretendedInstant()
{
    // A pretended midnight 250 ms from now maps to the real-time clock.
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime midnight(QDate(2031, 1, 1), QTime(0, 0), berlin);
    const OffsetClock clock(midnight.addMSecs(-250), berlin);
    WallClockTimer timer;
    QSignalSpy spy(&timer, &WallClockTimer::fired);
    timer.start(midnight, clock);
    QVERIFY(timer.systemDeadline().isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().msecsTo(timer.systemDeadline()) - 250) < 100);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
    QVERIFY(clock.now() >= midnight);
}

void TestWallClockTimer::start_manualClock_waitsRelatively()
{
    // A manual clock does not follow real time: the timer waits the difference, then fires.
    const ManualClock clock(QDateTime(QDate(2026, 6, 15), QTime(23, 59, 59, 800), QTimeZone("Europe/Berlin")));
    WallClockTimer timer;
    QSignalSpy spy(&timer, &WallClockTimer::fired);
    QElapsedTimer elapsed;
    elapsed.start();
    timer.start(clock.now().addMSecs(200), clock);
    QVERIFY(timer.isActive());
    QVERIFY(!timer.systemDeadline().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
    QVERIFY(elapsed.elapsed() >= 190);
}

void TestWallClockTimer::classifyRead_data()
{
    QTest::addColumn<qint64>("result");
    QTest::addColumn<int>("errorNumber");
    QTest::addColumn<WallClockTimer::ReadOutcome>("expected");
    QTest::newRow("eight bytes: the expiration count") << qint64(sizeof(std::uint64_t)) << 0
                                                       << WallClockTimer::ReadOutcome::Expired;
    QTest::newRow("ECANCELED: the wall clock was set") << qint64(-1) << int(ECANCELED)
                                                       << WallClockTimer::ReadOutcome::ClockWasSet;
    QTest::newRow("EAGAIN: nothing yet") << qint64(-1) << int(EAGAIN) << WallClockTimer::ReadOutcome::Nothing;
    QTest::newRow("EINTR: nothing yet") << qint64(-1) << int(EINTR) << WallClockTimer::ReadOutcome::Nothing;
    QTest::newRow("short read") << qint64(3) << 0 << WallClockTimer::ReadOutcome::Nothing;
}

void TestWallClockTimer::classifyRead()
{
    QFETCH(qint64, result);
    QFETCH(int, errorNumber);
    QFETCH(WallClockTimer::ReadOutcome, expected);
    QCOMPARE(WallClockTimer::classifyRead(result, errorNumber), expected);
}

void TestWallClockTimer::clockWasSet_emitsClockChangedAndStillFiresAtTheDeadline()
{
    // Setting the machine's clock would provoke ECANCELED for real; tests must not, so the outcome
    // of that read is fed in directly.
    WallClockTimer timer;
    QSignalSpy fired(&timer, &WallClockTimer::fired);
    QSignalSpy changed(&timer, &WallClockTimer::clockChanged);
    const QDateTime deadline = QDateTime::currentDateTimeUtc().addMSecs(300);
    timer.startAtSystemTime(deadline);

    timer.handleReadOutcome(WallClockTimer::ReadOutcome::ClockWasSet);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(fired.count(), 0);
    QVERIFY(timer.isActive());
    QCOMPARE(timer.systemDeadline(), deadline);

    QTRY_COMPARE_WITH_TIMEOUT(fired.count(), 1, 3000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= deadline);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestWallClockTimer)
#include "tst_wallclocktimer.moc"
