// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimating/pacestore.h"

#include "catalog/catalog.h"
#include "catalog/sqlutil.h"
#include "util/logging.h"

#include <cmath>

namespace redletter {

namespace {

QSqlDatabase connection(const Catalog &catalog)
{
    return QSqlDatabase::database(catalog.connectionName(), false);
}

} // namespace

PaceStore::PaceStore(Catalog &catalog)
    : m_catalog(catalog)
{
}

bool PaceStore::record(const ReadingSession &session, QString *error)
{
    const PaceSample &sample = session.sample;
    if (sample.words <= 0 || !(sample.seconds > 0) || !std::isfinite(sample.seconds))
        return true; // nothing was read: nothing to learn from
    QSqlDatabase db = connection(m_catalog);
    QString message;
    if (!sql::exec(db,
                   QStringLiteral("INSERT INTO reading_sessions (reading_id, day, words, active_seconds, recorded_at)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                   {session.readingId, session.day.toString(Qt::ISODate), sample.words, sample.seconds,
                    session.recordedAt.toUTC().toString(Qt::ISODateWithMs)},
                   &message)) {
        if (error)
            *error = m_catalog.path() + QLatin1String(": cannot store a reading session: ") + message;
        return false;
    }
    return true;
}

QVector<ReadingSession> PaceStore::sessions() const
{
    QVector<ReadingSession> sessions;
    QSqlDatabase db = connection(m_catalog);
    QSqlQuery query(db);
    QString message;
    if (!sql::exec(query,
                   QStringLiteral("SELECT reading_id, day, words, active_seconds, recorded_at FROM reading_sessions"
                                  " ORDER BY id"),
                   {}, &message)) {
        qCWarning(lcCatalog) << m_catalog.path() << "cannot read the reading sessions:" << message;
        return sessions;
    }
    while (query.next()) {
        ReadingSession session;
        session.readingId = query.value(0).toString();
        session.day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        session.sample.words = query.value(2).toInt();
        session.sample.seconds = query.value(3).toDouble();
        session.recordedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toUTC();
        sessions.append(session);
    }
    return sessions;
}

PaceEstimate PaceStore::estimate() const
{
    QVector<PaceSample> samples;
    for (const ReadingSession &session : sessions())
        samples.append(session.sample);
    return pace::estimatePace(samples);
}

bool PaceStore::clear(QString *error)
{
    QSqlDatabase db = connection(m_catalog);
    QString message;
    if (!sql::exec(db, QStringLiteral("DELETE FROM reading_sessions"), {}, &message)) {
        if (error)
            *error = m_catalog.path() + QLatin1String(": cannot forget the reading sessions: ") + message;
        return false;
    }
    return true;
}

} // namespace redletter
