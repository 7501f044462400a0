// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/midnightwatcher.h"

#include "schedule/clock.h"
#include "util/logging.h"

namespace redletter {

namespace {

constexpr int DefaultBackstopMsecs = 60 * 1000;
//! Fire just after midnight, not on it: a timer that wakes a hair early would see the old day.
constexpr qint64 DeadlineSlackMsecs = 5;

} // namespace

MidnightWatcher::MidnightWatcher(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_day(clock.today())
{
    connect(&m_deadlineTimer, &WallClockTimer::fired, this, &MidnightWatcher::checkNow);
    connect(&m_deadlineTimer, &WallClockTimer::clockChanged, this, &MidnightWatcher::checkNow);

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
    m_deadlineTimer.start(m_deadline.addMSecs(DeadlineSlackMsecs), m_clock);
}

} // namespace redletter
