// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace redletter {

class Clock;

/*!
 * A one-shot timer for an absolute wall-clock instant ("the next local midnight"), not for an
 * amount of time.
 *
 * A relative timer counts on the monotonic clock, which stands still while the machine sleeps and
 * ignores changes of the wall clock: armed for "in 8 hours" at 16:00, it fires hours late after a
 * suspend. On Linux this waits in the kernel instead (timerfd on CLOCK_REALTIME with
 * TFD_TIMER_ABSTIME): it fires on time, or at once on resume when the instant passed during sleep,
 * and TFD_TIMER_CANCEL_ON_SET reports every step of the wall clock (clockChanged()). Elsewhere, or
 * when the kernel refuses, a relative QTimer stands in; owners keep a coarse backstop for that case.
 *
 * fired() means "the deadline has come, by the real-time clock". Owners ask their Clock what day it
 * is anyway, so a timer that fires for an instant that no longer matters does no harm.
 */
class WallClockTimer : public QObject
{
    Q_OBJECT
public:
    explicit WallClockTimer(QObject *parent = nullptr);
    ~WallClockTimer() override;

    /*!
     * Fires when @p clock shows @p deadline. A clock that maps to the real-time clock
     * (Clock::toSystemTime) is waited for there; one that does not (ManualClock) is waited for
     * relatively, clock.now().msecsTo(deadline) from now, in steps of at most a day.
     */
    void start(const QDateTime &deadline, const Clock &clock);
    //! Fires when the machine's real-time clock reaches @p systemDeadline.
    void startAtSystemTime(const QDateTime &systemDeadline);
    void stop();

    bool isActive() const { return m_active; }
    //! The instant waited for on the real-time clock (invalid when stopped or waiting for a clock
    //! that does not follow real time).
    QDateTime systemDeadline() const { return m_systemDeadline; }
    //! True when the kernel watches the wall clock for us (Linux timerfd); false with the QTimer stand-in.
    bool watchesWallClock() const { return m_timerFd >= 0; }

    //! What a read() of the timerfd said.
    enum class ReadOutcome {
        Expired,     //!< the deadline has passed
        ClockWasSet, //!< ECANCELED: the wall clock jumped (set by hand, NTP step, resume on some systems)
        Nothing,     //!< EAGAIN or a short read: a spurious wake-up
    };
    //! Classifies the result of read() on the timerfd: @p result bytes or -1 with @p errorNumber.
    static ReadOutcome classifyRead(qint64 result, int errorNumber);
    /*!
     * Acts on a read outcome: Expired emits fired(); ClockWasSet re-arms for the same deadline and
     * emits clockChanged(). Public so tests can feed ClockWasSet, which only setting the machine's
     * clock could provoke.
     */
    void handleReadOutcome(ReadOutcome outcome);

Q_SIGNALS:
    void fired();
    //! The wall clock was set (not merely advanced): deadlines computed from it may be stale.
    void clockChanged();

private:
    void readTimerFd();
    bool armTimerFd(const QDateTime &systemDeadline);
    void disarmTimerFd();
    void startRelative(qint64 msecs);
    void onRelativeTimeout();

    int m_timerFd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_relativeTimer;
    QDateTime m_systemDeadline;
    bool m_active = false;
};

} // namespace redletter
