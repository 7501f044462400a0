// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/wallclocktimer.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTime>
#include <QTimer>

namespace redletter {

class Clock;
class SettingsStore;

/*!
 * When the daily reminder ("Today's reading: …") is due: a pure decision over the clock and what
 * was remembered, so every awkward night can be tested with a ManualClock.
 *
 * A reminder is due for the local today once the clock has passed today's reminder time and no
 * reminder was due for today or a later day yet. That one rule covers the nights that trip naive
 * timers: after a suspend across one or three midnights exactly one reminder comes, for today; a
 * clock set back past midnight finds today already reminded; a zone change moves "today" and the
 * reminder time with it.
 */
struct ReminderPolicy
{
    //! Local time of day of the reminder; midnight by default (the day's reading changes then).
    QTime timeOfDay = QTime(0, 0);
    //! A paused reminder is still consumed each day, silently, so resuming does not fire at once.
    bool paused = false;
    //! The last local date a reminder was due for (shown, skipped while paused, or acknowledged).
    QDate lastReminded;

    /*!
     * A remembered date further ahead of today than this came from a clock that was wrong (set to
     * next year by mistake, then corrected) and is ignored; closer ones are legitimate (a clock set
     * back past midnight, a flight west across the date line).
     */
    static constexpr int MaxDaysAhead = 2;

    //! The local date whose reminder is due now on @p clock, or an invalid date. Ignores paused.
    QDate dueDay(const Clock &clock) const;
    //! When to look again: the next instant at timeOfDay after now, UTC (Clock::nextOccurrence).
    QDateTime nextDeadline(const Clock &clock) const;
    //! Whether a reminder for @p day counts as done, seen from the local date @p today.
    bool hasReminded(const QDate &day, const QDate &today) const;
    //! Remembers that @p day needs no reminder any more (never moves lastReminded backwards,
    //! except away from a date ignored as too far ahead).
    void markReminded(const QDate &day, const QDate &today);

    friend bool operator==(const ReminderPolicy &a, const ReminderPolicy &b)
    {
        return a.timeOfDay == b.timeOfDay && a.paused == b.paused && a.lastReminded == b.lastReminded;
    }
    friend bool operator!=(const ReminderPolicy &a, const ReminderPolicy &b) { return !(a == b); }
};

//! Where the reminder policy is kept between runs. The app keeps it in its settings; tests in memory.
class ReminderStore
{
public:
    virtual ~ReminderStore() = default;
    virtual ReminderPolicy load() const = 0;
    virtual void save(const ReminderPolicy &policy) = 0;
};

class MemoryReminderStore final : public ReminderStore
{
public:
    explicit MemoryReminderStore(const ReminderPolicy &policy = {}) : m_policy(policy) {}
    ReminderPolicy load() const override { return m_policy; }
    void save(const ReminderPolicy &policy) override { m_policy = policy; }

private:
    ReminderPolicy m_policy;
};

/*!
 * Keeps the policy in the reader's settings (Settings::reminderTime, remindersPaused,
 * lastReminded; @p settings must outlive the store), so Preferences and the tray change one value.
 */
class SettingsReminderStore final : public ReminderStore
{
public:
    explicit SettingsReminderStore(SettingsStore &settings) : m_settings(settings) {}
    ReminderPolicy load() const override;
    void save(const ReminderPolicy &policy) override;

private:
    SettingsStore &m_settings;
};

/*!
 * Runs the policy: waits for the next reminder instant on the wall clock (WallClockTimer, so a
 * suspend or a clock change cannot make it late or early), checks again on a coarse backstop tick
 * and whenever checkNow() is called (resume from sleep, clock or zone change), and emits
 * reminderDue() once per due day. Every change is saved to the store at once, so a restart on the
 * same day does not remind again.
 *
 * Nothing is checked on construction: connect reminderDue(), then call checkNow().
 */
class ReminderScheduler : public QObject
{
    Q_OBJECT
public:
    //! @p clock and @p store must outlive the scheduler.
    ReminderScheduler(const Clock &clock, ReminderStore &store, QObject *parent = nullptr);

    ReminderPolicy policy() const { return m_policy; }
    QTime timeOfDay() const { return m_policy.timeOfDay; }
    bool isPaused() const { return m_policy.paused; }
    //! The next instant checked by the deadline timer, UTC.
    QDateTime nextDeadline() const { return m_deadline; }

    /*!
     * Moves the reminder to @p timeOfDay. It applies from its next occurrence: a time already
     * past today does not fire at once for today.
     */
    void setTimeOfDay(const QTime &timeOfDay);
    void setPaused(bool paused);
    //! The user has seen @p day's reading (the window showed it): no reminder for that day.
    void acknowledge(const QDate &day);

    //! How often the backstop checks, in milliseconds (60 s by default; 0 turns it off).
    void setBackstopInterval(int msecs);

public Q_SLOTS:
    //! Emits reminderDue() if a reminder is due now, and arms for the next one.
    void checkNow();

Q_SIGNALS:
    //! Time to remind the user of @p day's reading. Not emitted while paused.
    void reminderDue(const QDate &day);
    //! The time of day or the pause changed.
    void policyChanged();

private:
    void arm();
    void save();

    const Clock &m_clock;
    ReminderStore &m_store;
    ReminderPolicy m_policy;
    QDateTime m_deadline;
    WallClockTimer m_deadlineTimer;
    QTimer m_backstopTimer;
};

} // namespace redletter
