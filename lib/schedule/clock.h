// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <optional>

namespace redletter {

/*!
 * The seam through which everything asks what time it is. Production code uses SystemClock;
 * tests use ManualClock, which can jump days, cross daylight-saving changes and "sleep";
 * `--date` and `--pretend-now` use OffsetClock.
 */
class Clock
{
public:
    virtual ~Clock() = default;

    //! The current instant, in UTC.
    virtual QDateTime now() const = 0;
    //! The zone that decides what "today" and "midnight" mean.
    virtual QTimeZone timeZone() const = 0;

    //! The current local time.
    QDateTime localNow() const { return now().toTimeZone(timeZone()); }
    //! The current local date: the day whose reading is served.
    QDate today() const { return localNow().date(); }
    //! The first instant of the day after the current local date (23 or 25 hours away on DST days;
    //! 01:00 where that midnight is skipped), in UTC.
    QDateTime nextMidnight() const;
    //! The first instant at local time @p timeOfDay after now (a reminder at 07:00, say), in UTC.
    //! A wall time skipped by DST gives the end of the gap; a repeated one its first occurrence
    //! only, so a daily reminder fires once on that day too.
    QDateTime nextOccurrence(const QTime &timeOfDay) const;
    //! The first instant at which the local wall clock shows @p timeOfDay on @p date, in UTC (the
    //! same rules for skipped and repeated wall times as nextOccurrence()).
    QDateTime instantAt(const QDate &date, const QTime &timeOfDay) const;

    /*!
     * The instant of the machine's real-time clock at which this clock shows @p instant, so a
     * kernel timer can wait for it (WallClockTimer). None for a clock that does not follow real
     * time (ManualClock): callers then wait relatively and ask the clock again.
     */
    virtual std::optional<QDateTime> toSystemTime(const QDateTime &instant) const
    {
        Q_UNUSED(instant);
        return std::nullopt;
    }
};

//! The machine's real clock and time zone. Looks the zone up anew on each call, so a zone change
//! in the system settings is seen at once.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    QTimeZone timeZone() const override;
    std::optional<QDateTime> toSystemTime(const QDateTime &instant) const override { return instant.toUTC(); }
};

//! A clock that only moves when told to. For tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start, const QTimeZone &zone = QTimeZone::systemTimeZone());

    QDateTime now() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }

    void setNow(const QDateTime &instant) { m_now = instant.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

/*!
 * Real time that started at a pretended instant and runs on from there (`--pretend-now`), or a
 * pretended date at the real time of day (`--date`).
 */
class OffsetClock final : public Clock
{
public:
    OffsetClock(const QDateTime &pretendedStart, const QTimeZone &zone = QTimeZone::systemTimeZone());
    //! Pretends today is @p date; the time of day is the real one.
    static OffsetClock forDate(const QDate &date, const QTimeZone &zone = QTimeZone::systemTimeZone());

    QDateTime now() const override;
    QTimeZone timeZone() const override { return m_zone; }
    std::optional<QDateTime> toSystemTime(const QDateTime &instant) const override
    {
        return instant.toUTC().addMSecs(-m_offsetMsecs);
    }

private:
    qint64 m_offsetMsecs = 0;
    QTimeZone m_zone;
};

} // namespace redletter
