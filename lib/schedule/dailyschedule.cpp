// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/dailyschedule.h"

namespace redletter {

// PLACEHOLDER: being written (schedule).
DailySchedule::DailySchedule(Catalog &catalog, const Clock &clock) : m_catalog(catalog), m_clock(clock) {}
std::optional<ServedDay> DailySchedule::serveToday(QString *) { return std::nullopt; }
std::optional<ServedDay> DailySchedule::serve(const QDate &, QString *) { return std::nullopt; }

} // namespace redletter
