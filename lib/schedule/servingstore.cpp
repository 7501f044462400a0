// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/servingstore.h"

#include "catalog/catalog.h"
#include "catalog/catalogrows.h"
#include "catalog/sqlutil.h"
#include "estimating/readingtime.h"
#include "reading/readingjson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace redletter {

// ---- ServedText ---------------------------------------------------------------------------------

ServedText ServedText::of(const Installment &installment)
{
    ServedText text;
    static_cast<Installment &>(text) = installment;
    text.minutes = 0; // not stored: the page as served and the same page read back say the same
    return text;
}

QByteArray ServedText::toJson() const
{
    // {"reading": readingToJson(), "part": {...}}; a whole reading has no "part" key, which is also
    // what the v6 migration wrote for days served before it.
    QJsonObject page;
    page.insert(QStringLiteral("reading"), readingToJson(reading));
    if (isPart()) {
        QJsonObject info;
        info.insert(QStringLiteral("part"), part);
        info.insert(QStringLiteral("parts"), parts);
        info.insert(QStringLiteral("workTitle"), workTitle);
        info.insert(QStringLiteral("chapters"), QJsonArray::fromStringList(chapters));
        info.insert(QStringLiteral("nextTitle"), nextTitle);
        info.insert(QStringLiteral("nextContinues"), nextContinues);
        info.insert(QStringLiteral("words"), words);
        // [reading index, reading id, block, offset] per body block: compact, and a page without
        // the key (served before it existed) still reads.
        QJsonArray origins;
        for (const BlockOrigin &origin : this->origins)
            origins.append(QJsonArray{origin.reading, origin.readingId, origin.block, origin.offset});
        if (!origins.isEmpty())
            info.insert(QStringLiteral("origins"), origins);
        page.insert(QStringLiteral("part"), info);
    }
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

bool ServedText::fromJson(const QByteArray &json, ServedText *text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject page = document.object();
    ServedText result;
    if (!readingFromJson(page.value(QStringLiteral("reading")).toObject(), &result.reading, error))
        return false;
    const QJsonObject info = page.value(QStringLiteral("part")).toObject();
    if (!info.isEmpty()) {
        result.part = info.value(QStringLiteral("part")).toInt();
        result.parts = info.value(QStringLiteral("parts")).toInt();
        result.workTitle = info.value(QStringLiteral("workTitle")).toString();
        for (const QJsonValue &chapter : info.value(QStringLiteral("chapters")).toArray())
            result.chapters.append(chapter.toString());
        result.nextTitle = info.value(QStringLiteral("nextTitle")).toString();
        result.nextContinues = info.value(QStringLiteral("nextContinues")).toBool();
        result.words = info.value(QStringLiteral("words")).toInt();
        for (const QJsonValue &value : info.value(QStringLiteral("origins")).toArray()) {
            const QJsonArray origin = value.toArray();
            result.origins.append(BlockOrigin{origin.at(0).toInt(), origin.at(1).toString(),
                                              origin.at(2).toInt(-1), origin.at(3).toInt()});
        }
        if (!result.origins.isEmpty() && result.origins.size() != result.reading.body.size())
            result.origins.clear(); // not this page's: better no notes than notes in the wrong place
        if (result.part < 1 || result.parts < result.part) {
            *error = QStringLiteral("part %1 of %2 is not a part").arg(result.part).arg(result.parts);
            return false;
        }
    } else {
        result.words = ReadingTimeEstimator::countWords(result.reading.body);
    }
    *text = result;
    return true;
}

QString ServedText::sha256(const QByteArray &json)
{
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

// ---- ServingStore -------------------------------------------------------------------------------

namespace {

const QString PageColumns = QStringLiteral("day, reading_id, served_at, series_id, part, parts, content_sha256");

ServedPage dayFromQuery(const QSqlQuery &query)
{
    ServedPage page;
    page.day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    page.readingId = query.value(1).toString();
    page.servedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
    page.seriesId = query.value(3).toString();
    page.part = query.value(4).toInt();
    page.parts = query.value(5).toInt();
    page.contentSha256 = query.value(6).toString();
    return page;
}

const QString PartColumns =
    QStringLiteral("day, reading_id, served_at, series_id, part, parts, content_sha256, run, ahead, cut");

ServedPage partFromQuery(const QSqlQuery &query)
{
    ServedPage page = dayFromQuery(query);
    page.run = query.value(7).toInt();
    page.ahead = query.value(8).toInt() != 0;
    page.cutJson = query.value(9).toString();
    return page;
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

ServingStore::ServingStore(Catalog &catalog)
    : m_catalog(catalog)
{
}

static QSqlDatabase connection(const Catalog &catalog)
{
    return sql::connectionOf(catalog);
}

bool ServingStore::record(ServedPage *given, const QByteArray &content, QString *error, bool *written)
{
    if (written)
        *written = false;
    // The content version first: a failure below leaves the page as it was but for it.
    given->contentSha256 = ServedText::sha256(content);
    const ServedPage &page = *given;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = m_catalog.path() + QLatin1String(": cannot record what %1 served: ").arg(iso(page.day)) + message;
        return false;
    };
    if (!m_catalog.isOpen())
        return fail(QStringLiteral("the catalog is not open"));
    if (!page.day.isValid() || page.readingId.isEmpty() || !page.servedAt.isValid())
        return fail(QStringLiteral("no day, reading or time given"));
    if (!page.seriesId.isEmpty() && (page.run < 1 || page.part < 1 || page.parts < page.part))
        return fail(QStringLiteral("part %1 of %2 (run %3) is not a part").arg(page.part).arg(page.parts).arg(page.run));

    QSqlDatabase db = connection(m_catalog);
    sql::Transaction transaction(db);
    QString message;
    if (!transaction.begin(&message))
        return fail(message);
    if (!page.ahead) {
        QSqlQuery known(db);
        if (!sql::exec(known, QStringLiteral("SELECT 1 FROM schedule WHERE day = ?"), {iso(page.day)}, &message))
            return fail(message);
        if (known.next())
            return true; // the archive never changes under the reader; the caller reads what is there
    }
    const QString &sha = page.contentSha256;
    const QString servedAt = page.servedAt.toUTC().toString(Qt::ISODateWithMs);
    if (!sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO served_content (sha256, content) VALUES (?, ?)"),
                   {sha, QString::fromUtf8(content)}, &message))
        return fail(message);
    if (!page.ahead
        && !sql::exec(db,
                      QStringLiteral("INSERT INTO schedule (day, reading_id, served_at, series_id, part, parts, content_sha256)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {iso(page.day), page.readingId, servedAt, nullIfEmpty(page.seriesId),
                       page.part > 0 ? QVariant(page.part) : QVariant(), page.parts > 0 ? QVariant(page.parts) : QVariant(),
                       sha},
                      &message))
        return fail(message);
    if (!page.seriesId.isEmpty()
        && !sql::exec(db,
                      QStringLiteral("INSERT INTO served_parts (series_id, run, part, parts, day, ahead, reading_id, cut,"
                                     " content_sha256, served_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {page.seriesId, page.run, page.part, page.parts, iso(page.day), page.ahead ? 1 : 0,
                       page.readingId, nullIfEmpty(page.cutJson), sha, servedAt},
                      &message))
        return fail(message);
    // Served: it is no longer waiting. Only the oldest entry, so queueing twice serves twice.
    if (!sql::exec(db,
                   QStringLiteral("DELETE FROM schedule_queue WHERE seq = (SELECT min(seq) FROM schedule_queue"
                                  " WHERE target_id = ?)"),
                   {page.target()}, &message))
        return fail(message);
    if (!transaction.commit(&message))
        return fail(message);
    if (written)
        *written = true;
    return true;
}

QVector<CatalogEntry> ServingStore::pickEntries() const
{
    QVector<CatalogEntry> result;
    QSqlDatabase db = connection(m_catalog);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString message;
    if (!m_catalog.isOpen()
        || !sql::exec(query,
                      // SQLite reads these from the index covering the entries (schema v7), not
                      // from the rows, whose work columns sit behind the content's overflow pages.
                      QStringLiteral("SELECT id, language, minutes, curated_date, work_id, work_position"
                                     " FROM readings"),
                      {}, &message))
        return result;
    result.reserve(m_catalog.readingCount());
    while (query.next()) {
        CatalogEntry entry;
        entry.id = query.value(0).toString();
        entry.language = query.value(1).toString();
        entry.minutes = query.value(2).toInt();
        const QString curated = query.value(3).toString();
        if (!curated.isEmpty())
            entry.curatedDate = QDate::fromString(curated, Qt::ISODate);
        entry.workId = query.value(4).toString();
        entry.workPosition = query.value(5).toInt();
        result.append(entry);
    }
    return result;
}

QPair<qint64, qint64> ServingStore::changeStamp() const
{
    QSqlDatabase db = connection(m_catalog);
    QSqlQuery query(db);
    QString message;
    if (!m_catalog.isOpen() || !sql::exec(query, QStringLiteral("PRAGMA data_version"), {}, &message) || !query.next())
        return {-1, -1};
    const qint64 others = query.value(0).toLongLong();
    if (!sql::exec(query, QStringLiteral("SELECT total_changes()"), {}, &message) || !query.next())
        return {-1, -1};
    return {others, query.value(0).toLongLong()};
}

std::optional<ServedPage> ServingStore::page(const QDate &day) const
{
    QSqlDatabase db = connection(m_catalog);
    QSqlQuery query(db);
    QString message;
    if (!m_catalog.isOpen()
        || !sql::exec(query, QStringLiteral("SELECT %1 FROM schedule WHERE day = ?").arg(PageColumns), {iso(day)},
                      &message)
        || !query.next())
        return std::nullopt;
    ServedPage page = dayFromQuery(query);
    if (!page.seriesId.isEmpty()) {
        // The run and the cut live with the part.
        QSqlQuery part(db);
        if (sql::exec(part,
                      QStringLiteral("SELECT run, cut FROM served_parts WHERE series_id = ? AND part = ? AND day = ?"
                                     " AND ahead = 0 ORDER BY run DESC LIMIT 1"),
                      {page.seriesId, page.part, iso(day)}, &message)
            && part.next()) {
            page.run = part.value(0).toInt();
            page.cutJson = part.value(1).toString();
        }
    }
    return page;
}

QVector<ServedPage> ServingStore::days() const
{
    QVector<ServedPage> result;
    // A part's run lives with the part (as in page()).
    sql::forEachRow(m_catalog,
               QStringLiteral("SELECT %1, (SELECT run FROM served_parts p WHERE p.series_id = s.series_id"
                              " AND p.part = s.part AND p.day = s.day AND p.ahead = 0"
                              " ORDER BY p.run DESC LIMIT 1) FROM schedule s ORDER BY day")
                   .arg(PageColumns),
               {}, [&result](const QSqlQuery &query) {
                   ServedPage page = dayFromQuery(query);
                   page.run = query.value(7).toInt();
                   result.append(page);
               });
    return result;
}

QVector<ServedPage> ServingStore::pickHistory() const
{
    QVector<ServedPage> result;
    sql::forEachRow(m_catalog, QStringLiteral("SELECT day, reading_id, series_id FROM schedule ORDER BY day"), {},
               [&result](const QSqlQuery &query) {
                   ServedPage page;
                   page.day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
                   page.readingId = query.value(1).toString();
                   page.seriesId = query.value(2).toString();
                   result.append(page);
               });
    return result;
}

QVector<ServedPage> ServingStore::partsGivenOn(const QDate &day) const
{
    QVector<ServedPage> result;
    sql::forEachRow(m_catalog,
               QStringLiteral("SELECT %1 FROM served_parts WHERE day = ? ORDER BY series_id, run, part").arg(PartColumns),
               {iso(day)}, [&result](const QSqlQuery &query) { result.append(partFromQuery(query)); });
    return result;
}

QVector<ServedPage> ServingStore::seriesParts(const QString &seriesId, int run) const
{
    QVector<ServedPage> result;
    sql::forEachRow(m_catalog,
               QStringLiteral("SELECT %1 FROM served_parts WHERE series_id = ? AND run = ? ORDER BY part").arg(PartColumns),
               {seriesId, run}, [&result](const QSqlQuery &query) { result.append(partFromQuery(query)); });
    return result;
}

QHash<QString, SeriesProgress> ServingStore::progress() const
{
    QHash<QString, SeriesProgress> result;
    // Rows in (series, run, part) order: the last row of a series is its latest run's highest part.
    sql::forEachRow(m_catalog,
               QStringLiteral("SELECT series_id, run, part, parts, day FROM served_parts ORDER BY series_id, run, part"),
               {}, [&result](const QSqlQuery &query) {
                   SeriesProgress progress;
                   progress.seriesId = query.value(0).toString();
                   progress.run = query.value(1).toInt();
                   progress.lastPart = query.value(2).toInt();
                   progress.parts = query.value(3).toInt();
                   const QDate day = QDate::fromString(query.value(4).toString(), Qt::ISODate);
                   const SeriesProgress previous = result.value(progress.seriesId);
                   progress.lastDay = previous.run == progress.run && previous.lastDay > day ? previous.lastDay : day;
                   result.insert(progress.seriesId, progress);
               });
    return result;
}

std::optional<ServedText> ServingStore::content(const QString &sha256) const
{
    QSqlDatabase db = connection(m_catalog);
    QSqlQuery query(db);
    QString message;
    if (!m_catalog.isOpen() || sha256.isEmpty()
        || !sql::exec(query, QStringLiteral("SELECT content FROM served_content WHERE sha256 = ?"), {sha256}, &message)
        || !query.next())
        return std::nullopt;
    ServedText text;
    if (!ServedText::fromJson(query.value(0).toString().toUtf8(), &text, &message))
        return std::nullopt;
    return text;
}

QHash<QString, ServedHeading> ServingStore::servedHeadings() const
{
    QHash<QString, ServedHeading> result;
    // Only the pages of parts served on their days (a whole reading's heading is the catalog's,
    // and each page json_extract opens is read whole, text and all); json_extract gives NULL (read as "" or 0) for a key a page
    // lacks, such as "part" on a whole reading, and a page that is not JSON fails the query: then
    // the archive shows the catalog's titles rather than none.
    sql::forEachRow(m_catalog,
               QStringLiteral("SELECT c.sha256, json_extract(c.content, '$.reading.title'),"
                              " json_extract(c.content, '$.part.workTitle'), json_extract(c.content, '$.reading.author'),"
                              " json_extract(c.content, '$.part.words')"
                              " FROM served_content c WHERE c.sha256 IN (SELECT content_sha256 FROM schedule WHERE part > 0)"),
               {}, [&result](const QSqlQuery &query) {
                   ServedHeading heading;
                   heading.title = query.value(1).toString();
                   heading.workTitle = query.value(2).toString();
                   heading.author = query.value(3).toString();
                   heading.words = query.value(4).toInt();
                   result.insert(query.value(0).toString(), heading);
               });
    return result;
}

bool ServingStore::skip(const QDate &day, const QDateTime &atUtc, QString *error)
{
    const std::optional<ServedPage> served = page(day);
    if (!served) {
        if (error)
            *error = m_catalog.path() + QLatin1String(": nothing was served on %1 to skip").arg(iso(day));
        return false;
    }
    QSqlDatabase db = connection(m_catalog);
    sql::Transaction transaction(db);
    QString message;
    const bool ok = transaction.begin(&message)
        && sql::exec(db, QStringLiteral("DELETE FROM schedule WHERE day = ?"), {iso(day)}, &message)
        && sql::exec(db, QStringLiteral("DELETE FROM served_parts WHERE day = ? AND ahead = 0 AND series_id = ?"),
                     {iso(day), served->seriesId}, &message)
        && sql::exec(db,
                     QStringLiteral("INSERT OR IGNORE INTO schedule_skips (day, target_id, skipped_at) VALUES (?, ?, ?)"),
                     {iso(day), served->target(), atUtc.toUTC().toString(Qt::ISODateWithMs)}, &message)
        && transaction.commit(&message);
    if (!ok && error)
        *error = m_catalog.path() + QLatin1String(": cannot skip %1: ").arg(iso(day)) + message;
    return ok;
}

QSet<QString> ServingStore::skippedOn(const QDate &day) const
{
    QSet<QString> result;
    sql::forEachRow(m_catalog, QStringLiteral("SELECT target_id FROM schedule_skips WHERE day = ?"), {iso(day)},
               [&result](const QSqlQuery &query) { result.insert(query.value(0).toString()); });
    return result;
}

bool ServingStore::enqueue(const QString &targetId, const QDateTime &atUtc, QString *error)
{
    QSqlDatabase db = connection(m_catalog);
    sql::Transaction transaction(db);
    QString message;
    // Queueing a paused series is asking for it: it is paused no longer.
    const bool ok = m_catalog.isOpen() && transaction.begin(&message)
        && sql::exec(db, QStringLiteral("INSERT INTO schedule_queue (target_id, queued_at) VALUES (?, ?)"),
                     {targetId, atUtc.toUTC().toString(Qt::ISODateWithMs)}, &message)
        && sql::exec(db, QStringLiteral("DELETE FROM paused_series WHERE series_id = ?"), {targetId}, &message)
        && transaction.commit(&message);
    if (!ok && error)
        *error = m_catalog.path() + QLatin1String(": cannot queue %1: ").arg(targetId) + message;
    return ok;
}

QStringList ServingStore::queue() const
{
    QStringList result;
    sql::forEachRow(m_catalog, QStringLiteral("SELECT target_id FROM schedule_queue ORDER BY seq"), {},
               [&result](const QSqlQuery &query) { result.append(query.value(0).toString()); });
    return result;
}

bool ServingStore::setPaused(const QString &seriesId, bool paused, const QDateTime &atUtc, QString *error)
{
    QSqlDatabase db = connection(m_catalog);
    QString message;
    const bool ok = m_catalog.isOpen()
        && (paused ? sql::exec(db,
                               QStringLiteral("INSERT OR IGNORE INTO paused_series (series_id, paused_at) VALUES (?, ?)"),
                               {seriesId, atUtc.toUTC().toString(Qt::ISODateWithMs)}, &message)
                   : sql::exec(db, QStringLiteral("DELETE FROM paused_series WHERE series_id = ?"), {seriesId}, &message));
    if (!ok && error)
        *error = m_catalog.path() + QLatin1String(": cannot pause %1: ").arg(seriesId) + message;
    return ok;
}

QSet<QString> ServingStore::paused() const
{
    QSet<QString> result;
    sql::forEachRow(m_catalog, QStringLiteral("SELECT series_id FROM paused_series"), {},
               [&result](const QSqlQuery &query) { result.insert(query.value(0).toString()); });
    return result;
}

bool ServingStore::recordFinished(const FinishedReading &finished, bool *isNew, QString *error)
{
    if (isNew)
        *isNew = false;
    QSqlDatabase db = connection(m_catalog);
    QSqlQuery query(db);
    QString message;
    const bool ok = m_catalog.isOpen() && !finished.targetId.isEmpty() && finished.day.isValid()
        && sql::exec(query,
                     QStringLiteral("INSERT OR IGNORE INTO finished_readings (target_id, run, part, day, finished_at)"
                                    " VALUES (?, ?, ?, ?, ?)"),
                     {finished.targetId, finished.run, finished.part, iso(finished.day),
                      finished.finishedAt.toUTC().toString(Qt::ISODateWithMs)},
                     &message);
    if (!ok) {
        if (error)
            *error = m_catalog.path() + QLatin1String(": cannot record that %1 was read: ").arg(finished.targetId)
                     + (message.isEmpty() ? QStringLiteral("no catalog, reading or day") : message);
        return false;
    }
    if (isNew)
        *isNew = query.numRowsAffected() > 0;
    return true;
}

QVector<FinishedReading> ServingStore::finished() const
{
    QVector<FinishedReading> result;
    sql::forEachRow(m_catalog,
               QStringLiteral("SELECT target_id, run, part, day, finished_at FROM finished_readings"
                              " ORDER BY target_id, run, part"),
               {}, [&result](const QSqlQuery &query) {
                   FinishedReading finished;
                   finished.targetId = query.value(0).toString();
                   finished.run = query.value(1).toInt();
                   finished.part = query.value(2).toInt();
                   finished.day = QDate::fromString(query.value(3).toString(), Qt::ISODate);
                   finished.finishedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
                   result.append(finished);
               });
    return result;
}

QSet<QDate> ServingStore::daysRead() const
{
    QSet<QDate> result;
    sql::forEachRow(m_catalog, QStringLiteral("SELECT DISTINCT day FROM finished_readings"), {},
               [&result](const QSqlQuery &query) {
                   const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
                   if (day.isValid())
                       result.insert(day);
               });
    return result;
}

int ServingStore::streak(const QSet<QDate> &daysRead, const QDate &today)
{
    QDate day = daysRead.contains(today) ? today : today.addDays(-1);
    int days = 0;
    while (daysRead.contains(day)) {
        ++days;
        day = day.addDays(-1);
    }
    return days;
}

} // namespace redletter
