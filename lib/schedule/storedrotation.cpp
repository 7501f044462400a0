// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/storedrotation.h"

#include "catalog/catalog.h"
#include "catalog/catalogrows.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace redletter {

namespace {

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

//! The languages as pick_state keeps them: the positions are good for this list only.
QString languagesKey(const QStringList &languages)
{
    return languages.join(QLatin1Char(','));
}

//! Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one statement for any number.
QString jsonArray(const QSet<QString> &ids)
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

RotationUnit unitFromQuery(const QSqlQuery &query)
{
    RotationUnit unit;
    unit.id = query.value(0).toString();
    unit.series = query.value(1).toInt() != 0;
    unit.language = query.value(2).toString();
    const QString held = query.value(3).toString();
    if (!held.isEmpty())
        unit.heldUntil = QDate::fromString(held, Qt::ISODate);
    return unit;
}

const QString UnitColumns = QStringLiteral("id, series, language, held_until");

} // namespace

StoredRotation::StoredRotation(Catalog &catalog)
    : m_catalog(catalog)
{
}

qint64 StoredRotation::generation() const
{
    const std::optional<QVariant> value = sql::firstValue(m_catalog, QStringLiteral("SELECT generation FROM catalog_generation"));
    return value ? value->toLongLong() : -1;
}

bool StoredRotation::isCurrent() const
{
    const std::optional<QVariant> value = sql::firstValue(
        m_catalog, QStringLiteral("SELECT s.generation = g.generation FROM pick_state s, catalog_generation g"));
    return value && value->toInt() == 1;
}

bool StoredRotation::writeOrder(const QVector<RotationUnit> &units, const QStringList &languages, int round,
                                QString *error)
{
    // The order first() walks: the best rank of the language, then the round's key, then the id.
    struct Ordered
    {
        int rank;
        quint64 key;
        const RotationUnit *unit;
    };
    const LanguageRanks ranks(languages);
    QVector<Ordered> order;
    order.reserve(units.size());
    for (const RotationUnit &unit : units)
        order.append(Ordered{ranks.of(unit.language), rotationKey(unit.id, round), &unit});
    std::sort(order.begin(), order.end(), [](const Ordered &a, const Ordered &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.key != b.key)
            return a.key < b.key;
        return a.unit->id < b.unit->id;
    });
    // One statement over a JSON array instead of 10,000 inserts through Qt Sql.
    QJsonArray rows;
    for (int position = 0; position < int(order.size()); ++position) {
        const RotationUnit &unit = *order.at(position).unit;
        rows.append(QJsonArray{unit.id, unit.series ? 1 : 0, unit.language,
                               unit.heldUntil.isValid() ? QJsonValue(iso(unit.heldUntil)) : QJsonValue(), position});
    }
    QSqlDatabase db = sql::connectionOf(m_catalog);
    QString message;
    const bool ok = sql::exec(db, QStringLiteral("DELETE FROM pick_units"), {}, &message)
        && sql::exec(db,
                     QStringLiteral("INSERT OR IGNORE INTO pick_units (id, series, language, held_until, position)"
                                    " SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
                                    " json_extract(value, '$[2]'), json_extract(value, '$[3]'),"
                                    " json_extract(value, '$[4]') FROM json_each(?)"),
                     {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))}, &message)
        // Counted as stored: a work and a reading of the same id are one row, as one unit.
        && sql::exec(db,
                     QStringLiteral("UPDATE pick_state SET units = (SELECT count(*) FROM pick_units), languages = ?,"
                                    " round = ?"),
                     {languagesKey(languages), round}, &message);
    if (!ok && error)
        *error = message;
    return ok;
}

bool StoredRotation::store(const QVector<CatalogEntry> &entries, qint64 generation, const QStringList &languages,
                           int round, QString *error)
{
    QSqlDatabase db = sql::connectionOf(m_catalog);
    sql::Transaction transaction(db);
    QString message;
    const bool ok = m_catalog.isOpen() && generation >= 0 && transaction.begin(&message)
        && sql::exec(db,
                     QStringLiteral("INSERT OR REPLACE INTO pick_state (id, generation, units, languages, round)"
                                    " VALUES (1, ?, 0, '', 0)"),
                     {generation}, &message)
        && writeOrder(rotationUnits(entries), languages, round, &message) && transaction.commit(&message);
    if (!ok && error)
        *error = m_catalog.path() + QLatin1String(": cannot store the rotation: ") + message;
    if (ok)
        m_wanted.reset();
    return ok;
}

bool StoredRotation::reorder(const QStringList &languages, int round, QString *error)
{
    QSqlDatabase db = sql::connectionOf(m_catalog);
    sql::Transaction transaction(db);
    QString message;
    const bool ok = m_catalog.isOpen() && transaction.begin(&message)
        && writeOrder(allUnits(), languages, round, &message) && transaction.commit(&message);
    if (!ok && error)
        *error = m_catalog.path() + QLatin1String(": cannot order the rotation: ") + message;
    if (ok)
        m_wanted.reset();
    return ok;
}

QVector<RotationUnit> StoredRotation::allUnits() const
{
    QVector<RotationUnit> result;
    sql::forEachRow(m_catalog, QStringLiteral("SELECT %1 FROM pick_units ORDER BY id").arg(UnitColumns), {},
                    [&result](const QSqlQuery &query) { result.append(unitFromQuery(query)); });
    return result;
}

bool StoredRotation::isWork(const QString &id) const
{
    return sql::firstValue(m_catalog, QStringLiteral("SELECT 1 FROM readings WHERE work_id = ? LIMIT 1"), {id}).has_value();
}

std::optional<int> StoredRotation::minutes(const QString &id) const
{
    const std::optional<QVariant> value = sql::firstValue(m_catalog, QStringLiteral("SELECT minutes FROM readings WHERE id = ?"), {id});
    if (!value)
        return std::nullopt;
    return value->toInt();
}

QStringList StoredRotation::curatedFor(const QDate &day) const
{
    // The index on curated_date (schema v1) finds the day's few readings.
    QStringList result;
    sql::forEachRow(m_catalog,
                    QStringLiteral("SELECT id FROM readings WHERE curated_date = ? AND minutes BETWEEN 1 AND ?"),
                    {iso(day), MaximumDailyMinutes},
                    [&result](const QSqlQuery &query) { result.append(query.value(0).toString()); });
    return result;
}

QHash<QString, RotationUnit> StoredRotation::units(const QSet<QString> &ids) const
{
    QHash<QString, RotationUnit> result;
    if (ids.isEmpty())
        return result;
    sql::forEachRow(m_catalog,
                    QStringLiteral("SELECT %1 FROM pick_units WHERE id IN (SELECT value FROM json_each(?))").arg(UnitColumns),
                    {jsonArray(ids)}, [&result](const QSqlQuery &query) {
                        const RotationUnit unit = unitFromQuery(query);
                        result.insert(unit.id, unit);
                    });
    return result;
}

int StoredRotation::unitCount(const QDate &day) const
{
    // All of them but those held back on the day: few rows, through the partial index on held_until.
    const std::optional<QVariant> value = sql::firstValue(
        m_catalog,
        QStringLiteral("SELECT (SELECT units FROM pick_state)"
                       " - (SELECT count(*) FROM pick_units WHERE held_until IS NOT NULL AND held_until >= ?)"),
        {iso(day)});
    return value ? value->toInt() : 0;
}

std::optional<RotationUnit> StoredRotation::first(const QDate &day, int round, const QStringList &languages,
                                                  const std::function<bool(const RotationUnit &)> &accept) const
{
    const std::optional<QVariant> order =
        sql::firstValue(m_catalog, QStringLiteral("SELECT languages || '|' || round FROM pick_state"));
    if (order && order->toString() == languagesKey(languages) + QLatin1Char('|') + QString::number(round)) {
        // The stored order is this round's: the first row taken is the answer. The units served
        // this round come first, so a pick reads about as many rows as days of the round so far.
        m_wanted.reset();
        QSqlDatabase db = sql::connectionOf(m_catalog);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QString message;
        if (!sql::exec(query,
                       QStringLiteral("SELECT %1 FROM pick_units ORDER BY position").arg(UnitColumns), {}, &message))
            return std::nullopt;
        while (query.next()) {
            const RotationUnit unit = unitFromQuery(query);
            if (!unit.heldOn(day) && accept(unit))
                return unit;
        }
        return std::nullopt;
    }
    m_wanted = qMakePair(languages, round);
    return firstInRotation(allUnits(), day, round, languages, accept);
}

} // namespace redletter
