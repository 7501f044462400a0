// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/reminder.h"

#include "schedule/clock.h"
#include "settings/settings.h"
#include "util/logging.h"

namespace redletter {

namespace {

constexpr int DefaultBackstopMsecs = 60 * 1000;
//! Fire just after the reminder instant, not on it: a timer that wakes a hair early finds nothing due.
constexpr qint64 DeadlineSlackMsecs = 5;

} // namespace

// ---- ReminderPolicy ----------------------------------------------------------------------------

bool ReminderPolicy::hasReminded(const QDate &day, const QDate &today) const
{
    return lastReminded.isValid() && lastReminded >= day && lastReminded <= today.addDays(MaxDaysAhead);
}

void ReminderPolicy::markReminded(const QDate &day, const QDate &today)
{
    if (!hasReminded(day, today))
        lastReminded = day;
}

QDate ReminderPolicy::dueDay(const Clock &clock) const
{
    const QDate today = clock.today();
    if (clock.now() < clock.instantAt(today, timeOfDay))
        return {}; // today's reminder time is still ahead; yesterday's was dealt with or is moot
    if (hasReminded(today, today))
        return {};
    return today;
}

QDateTime ReminderPolicy::nextDeadline(const Clock &clock) const
{
    return clock.nextOccurrence(timeOfDay);
}

// ---- SettingsReminderStore ---------------------------------------------------------------------

ReminderPolicy SettingsReminderStore::load() const
{
    const Settings &settings = m_settings.settings();
    ReminderPolicy policy;
    policy.timeOfDay = settings.reminderTime;
    policy.paused = settings.remindersPaused;
    policy.lastReminded = settings.lastReminded;
    return policy;
}

void SettingsReminderStore::save(const ReminderPolicy &policy)
{
    // Written at once by the store: a crash or a power cut after a reminder must not repeat it.
    Settings settings = m_settings.settings();
    settings.reminderTime = policy.timeOfDay;
    settings.remindersPaused = policy.paused;
    settings.lastReminded = policy.lastReminded;
    m_settings.update(settings);
}

// ---- ReminderScheduler -------------------------------------------------------------------------

ReminderScheduler::ReminderScheduler(const Clock &clock, ReminderStore &store, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_store(store)
    , m_policy(store.load())
{
    connect(&m_deadlineTimer, &WallClockTimer::fired, this, &ReminderScheduler::checkNow);
    connect(&m_deadlineTimer, &WallClockTimer::clockChanged, this, &ReminderScheduler::checkNow);

    m_backstopTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_backstopTimer, &QTimer::timeout, this, &ReminderScheduler::checkNow);
    m_backstopTimer.start(DefaultBackstopMsecs);

    arm();
}

void ReminderScheduler::setTimeOfDay(const QTime &timeOfDay)
{
    if (!timeOfDay.isValid() || timeOfDay == m_policy.timeOfDay)
        return;
    m_policy.timeOfDay = QTime(timeOfDay.hour(), timeOfDay.minute());
    // Moving 07:00 to 06:00 at 06:30 is a choice for tomorrow, not a request for a reminder now.
    const QDate today = m_clock.today();
    if (m_clock.now() >= m_clock.instantAt(today, m_policy.timeOfDay))
        m_policy.markReminded(today, today);
    save();
    arm();
    Q_EMIT policyChanged();
}

void ReminderScheduler::setPaused(bool paused)
{
    if (paused == m_policy.paused)
        return;
    m_policy.paused = paused;
    save();
    qCInfo(lcSchedule) << (paused ? "reminders paused" : "reminders resumed");
    Q_EMIT policyChanged();
}

void ReminderScheduler::acknowledge(const QDate &day)
{
    const ReminderPolicy before = m_policy;
    m_policy.markReminded(day, m_clock.today());
    if (m_policy != before)
        save();
}

void ReminderScheduler::setBackstopInterval(int msecs)
{
    if (msecs > 0)
        m_backstopTimer.start(msecs);
    else
        m_backstopTimer.stop();
}

void ReminderScheduler::checkNow()
{
    const QDate due = m_policy.dueDay(m_clock);
    if (due.isValid()) {
        m_policy.lastReminded = due;
        save();
    }
    // Always: the zone may have changed, or the clock jumped, without anything being due.
    arm();
    if (!due.isValid())
        return;
    if (m_policy.paused) {
        qCInfo(lcSchedule) << "reminder for" << due.toString(Qt::ISODate) << "skipped: paused";
        return;
    }
    qCInfo(lcSchedule) << "reminder due for" << due.toString(Qt::ISODate);
    Q_EMIT reminderDue(due);
}

void ReminderScheduler::arm()
{
    m_deadline = m_policy.nextDeadline(m_clock);
    m_deadlineTimer.start(m_deadline.addMSecs(DeadlineSlackMsecs), m_clock);
}

void ReminderScheduler::save()
{
    m_store.save(m_policy);
}

} // namespace redletter
