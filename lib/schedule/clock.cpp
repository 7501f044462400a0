// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/clock.h"

#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <utility>

namespace redletter {

namespace {

/*!
 * The first instant at which the wall clock of @p zone shows @p date at @p timeOfDay, in UTC.
 * A wall time that happens twice (the hour repeated when DST ends) gives its first occurrence; one
 * that does not exist (the hour skipped when DST starts) gives the end of the gap, the first
 * instant after it that the wall clock does show. Written by hand instead of relying on
 * QDateTime(date, time, zone), whose answer for a time in a gap differs between Qt 5 and Qt 6.
 */
QDateTime firstInstantAtWallTime(const QDate &date, const QTime &timeOfDay, const QTimeZone &zone)
{
    // The wall time read as if it were UTC: the instant is this minus the zone's offset then.
    const QDateTime wallAsUtc(date, timeOfDay, Qt::UTC);
    // Offsets in force around that day; a zone changes its offset at most once in a day.
    QVector<int> offsets{zone.offsetFromUtc(wallAsUtc.addDays(-1)), zone.offsetFromUtc(wallAsUtc),
                         zone.offsetFromUtc(wallAsUtc.addDays(1))};
    // The larger offset gives the earlier instant: try it first.
    std::sort(offsets.begin(), offsets.end(), std::greater<int>());
    for (const int offset : std::as_const(offsets)) {
        const QDateTime instant = wallAsUtc.addSecs(-offset);
        if (zone.offsetFromUtc(instant) == offset)
            return instant;
    }
    // In a gap: the wall time lies between the transition read with the old offset and the
    // transition read with the new one, so the transition is the first one after the wall time read
    // with the new (largest) offset.
    const QTimeZone::OffsetData transition = zone.nextTransition(wallAsUtc.addSecs(-offsets.first()));
    if (transition.atUtc.isValid())
        return transition.atUtc.toUTC();
    return QDateTime(date, timeOfDay, zone).toUTC(); // a zone without transition data: trust Qt
}

} // namespace

QDateTime Clock::nextMidnight() const
{
    // Not QDate::startOfDay(): where midnight happens twice (America/Havana when DST ends) Qt 6.4
    // gives the second one, an hour after the date has changed. Where it is skipped (Havana and
    // America/Santiago when DST starts) the day starts at the end of the gap, 01:00.
    return firstInstantAtWallTime(today().addDays(1), QTime(0, 0), timeZone());
}

QDateTime Clock::nextOccurrence(const QTime &timeOfDay) const
{
    const QDateTime current = now();
    const QDate localToday = today();
    // Today's occurrence may already be past; tomorrow's always lies ahead. One occurrence per
    // local date, so a daily reminder at a repeated wall time does not fire twice on the night DST ends.
    for (int days = 0; days <= 2; ++days) {
        const QDateTime occurrence = firstInstantAtWallTime(localToday.addDays(days), timeOfDay, timeZone());
        if (occurrence > current)
            return occurrence;
    }
    return {}; // unreachable with sane zone data
}

QDateTime Clock::instantAt(const QDate &date, const QTime &timeOfDay) const
{
    return firstInstantAtWallTime(date, timeOfDay, timeZone());
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QTimeZone SystemClock::timeZone() const
{
    return QTimeZone::systemTimeZone();
}

ManualClock::ManualClock(const QDateTime &start, const QTimeZone &zone)
    : m_now(start.toUTC())
    , m_zone(zone)
{
}

OffsetClock::OffsetClock(const QDateTime &pretendedStart, const QTimeZone &zone)
    : m_offsetMsecs(QDateTime::currentDateTimeUtc().msecsTo(pretendedStart))
    , m_zone(zone)
{
}

OffsetClock OffsetClock::forDate(const QDate &date, const QTimeZone &zone)
{
    const QTime realTimeOfDay = QDateTime::currentDateTimeUtc().toTimeZone(zone).time();
    return OffsetClock(firstInstantAtWallTime(date, realTimeOfDay, zone), zone);
}

QDateTime OffsetClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMsecs);
}

} // namespace redletter
