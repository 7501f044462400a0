// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/clock.h"

namespace redletter {

// PLACEHOLDER: being written (schedule).
QDateTime Clock::nextMidnight() const { return {}; }
QDateTime Clock::nextOccurrence(const QTime &) const { return {}; }
QDateTime SystemClock::now() const { return QDateTime::currentDateTimeUtc(); }
QTimeZone SystemClock::timeZone() const { return QTimeZone::systemTimeZone(); }
ManualClock::ManualClock(const QDateTime &start, const QTimeZone &zone) : m_now(start.toUTC()), m_zone(zone) {}
OffsetClock::OffsetClock(const QDateTime &, const QTimeZone &zone) : m_zone(zone) {}
OffsetClock OffsetClock::forDate(const QDate &, const QTimeZone &zone) { return OffsetClock({}, zone); }
QDateTime OffsetClock::now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMsecs); }

} // namespace redletter
