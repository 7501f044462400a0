// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/dailyschedule.h"

#include "schedule/clock.h"
#include "schedule/dailypick.h"
#include "util/logging.h"

namespace redletter {

DailySchedule::DailySchedule(Catalog &catalog, const Clock &clock)
    : m_catalog(catalog)
    , m_clock(clock)
{
}

std::optional<ServedDay> DailySchedule::serveToday(QString *error)
{
    return serve(m_clock.today(), error);
}

std::optional<ServedDay> DailySchedule::serve(const QDate &day, QString *error)
{
    if (std::optional<ServedDay> served = m_catalog.servedOn(day))
        return served;

    const QString readingId = pickReadingForDay(day, m_catalog.entries(), m_catalog.history());
    if (readingId.isEmpty()) {
        if (error) {
            *error = QStringLiteral("nothing to serve on %1: the catalog has no reading of %2 minutes"
                                    " or less")
                         .arg(day.toString(Qt::ISODate))
                         .arg(MaximumDailyMinutes);
        }
        return std::nullopt;
    }

    const QDateTime servedAt = m_clock.now();
    QString recordError;
    if (!m_catalog.recordServed(day, readingId, servedAt, &recordError)) {
        if (error)
            *error = QStringLiteral("could not record the reading of %1: %2")
                         .arg(day.toString(Qt::ISODate), recordError);
        return std::nullopt;
    }
    qCInfo(lcSchedule) << "served" << readingId << "on" << day.toString(Qt::ISODate);

    // Another instance may have recorded the day between our look and our write; the catalog kept
    // its choice, so report what is recorded rather than what we picked.
    if (std::optional<ServedDay> recorded = m_catalog.servedOn(day))
        return recorded;
    return ServedDay{day, readingId, servedAt};
}

} // namespace redletter
