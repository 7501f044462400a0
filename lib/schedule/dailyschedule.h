// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QDate>
#include <QString>

#include <optional>

namespace redletter {

class Clock;

/*!
 * Serves the day's reading: picks it with pickReadingForDay() and records it in the catalog's
 * history, so that a served day never changes afterwards (even when the catalog does).
 */
class DailySchedule
{
public:
    DailySchedule(Catalog &catalog, const Clock &clock);

    //! The reading for the clock's local today, serving (and recording) it if needed.
    std::optional<ServedDay> serveToday(QString *error);
    //! The same for any @p day.
    std::optional<ServedDay> serve(const QDate &day, QString *error);

    const Clock &clock() const { return m_clock; }

private:
    Catalog &m_catalog;
    const Clock &m_clock;
};

} // namespace redletter
