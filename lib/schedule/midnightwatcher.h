// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QTime>
#include <QTimer>

#include "schedule/wallclocktimer.h"

namespace redletter {

class Clock;

/*!
 * Tells when the local date changes (dayChanged) while the app runs.
 *
 * Arms a timer for the absolute wall-clock deadline of the next local midnight, recomputed from the
 * Clock in its time zone on every arm (DST days are 23 or 25 hours long). The deadline waits on the
 * real-time clock (WallClockTimer: a timerfd on Linux, which also reports clock changes); a relative
 * timer alone drifts across suspend, so a coarse backstop tick also compares the date, and
 * checkNow() can be called on any hint that time jumped (resume from sleep, clock or zone change).
 */
class MidnightWatcher : public QObject
{
    Q_OBJECT
public:
    explicit MidnightWatcher(const Clock &clock, QObject *parent = nullptr);

    QDate currentDay() const { return m_day; }
    //! When the next check is due (the next local midnight), UTC.
    QDateTime nextDeadline() const { return m_deadline; }

    //! How often the backstop compares the date, in milliseconds (60 s by default; 0 turns it off).
    void setBackstopInterval(int msecs);

public Q_SLOTS:
    //! Compares the clock's local date with the last one seen; emits dayChanged once if it moved.
    void checkNow();

Q_SIGNALS:
    void dayChanged(const QDate &newDay);

private:
    void arm();

    const Clock &m_clock;
    QDate m_day;
    QDateTime m_deadline;
    WallClockTimer m_deadlineTimer;
    QTimer m_backstopTimer;
};

} // namespace redletter
