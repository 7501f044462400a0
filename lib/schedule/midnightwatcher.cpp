// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/midnightwatcher.h"

#include "schedule/clock.h"
#include "util/logging.h"

#include <algorithm>

namespace redletter {

namespace {

constexpr int DefaultBackstopMsecs = 60 * 1000;
//! Longer waits are cut to this; the timer then fires early, finds the same day and re-arms.
constexpr qint64 LongestWaitMsecs = 24 * 60 * 60 * 1000;
//! Fire just after midnight, not on it: a timer that wakes a hair early would see the old day.
constexpr qint64 DeadlineSlackMsecs = 5;

} // namespace

MidnightWatcher::MidnightWatcher(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_day(clock.today())
{
    m_deadlineTimer.setSingleShot(true);
    // A coarse timer may be late by 5 % of its interval: over an 18-hour wait, almost an hour.
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &MidnightWatcher::checkNow);

    m_backstopTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_backstopTimer, &QTimer::timeout, this, &MidnightWatcher::checkNow);
    m_backstopTimer.start(DefaultBackstopMsecs);

    arm();
}

void MidnightWatcher::setBackstopInterval(int msecs)
{
    if (msecs > 0)
        m_backstopTimer.start(msecs);
    else
        m_backstopTimer.stop();
}

void MidnightWatcher::checkNow()
{
    const QDate today = m_clock.today();
    const bool changed = today != m_day;
    if (changed) {
        qCInfo(lcSchedule) << "the day changed from" << m_day.toString(Qt::ISODate) << "to"
                           << today.toString(Qt::ISODate);
        m_day = today;
    }
    // Always: the zone may have changed, or the clock jumped, without the date changing.
    arm();
    if (changed)
        Q_EMIT dayChanged(today);
}

void MidnightWatcher::arm()
{
    m_deadline = m_clock.nextMidnight();
    const qint64 wait = std::clamp(m_clock.now().msecsTo(m_deadline), qint64(0), LongestWaitMsecs);
    m_deadlineTimer.start(static_cast<int>(wait + DeadlineSlackMsecs));
}

} // namespace redletter
