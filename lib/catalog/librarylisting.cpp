// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/librarylisting.h"

#include "catalog/catalog.h"
#include "catalog/migrations.h"
#include "catalog/sqlutil.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace redletter {

namespace {

// The top-level rows' columns, in the order rowFromQuery() reads them.
const QString unitColumns = QStringLiteral(
    "u.is_work, u.id, u.title, u.author, u.year, u.language, u.minutes, u.builtin, u.source, u.source_file,"
    " u.chapters, u.matching");

LibraryRow rowFromQuery(const QSqlQuery &query)
{
    LibraryRow row;
    row.isWork = query.value(0).toInt() != 0;
    row.id = query.value(1).toString();
    row.title = query.value(2).toString();
    row.author = query.value(3).toString();
    row.year = query.value(4).toInt();
    row.language = query.value(5).toString();
    row.minutes = query.value(6).toInt();
    row.builtin = query.value(7).toInt() != 0;
    row.source = query.value(8).toString();
    row.sourceFile = query.value(9).toString();
    row.chapters = query.value(10).toInt();
    row.matchingChapters = query.value(11).toInt();
    return row;
}

// The State column's keys live in the connection's temporary database, which can be written
// even when the catalog is opened read-only.
const QString createStateTable = QStringLiteral(
    "CREATE TEMP TABLE IF NOT EXISTS library_states (is_work INTEGER NOT NULL, id TEXT NOT NULL,"
    " sort_key REAL NOT NULL, PRIMARY KEY (is_work, id)) WITHOUT ROWID");

} // namespace

LibraryListing::LibraryListing(const Catalog &catalog)
    : m_catalog(catalog)
{
}

void LibraryListing::setFilter(const QStringList &words, const QString &language)
{
    m_words.clear();
    for (const QString &word : words) {
        if (!word.isEmpty())
            m_words.append(migrations::listingKey(word));
    }
    m_language = language;
}

void LibraryListing::setOrder(SortColumn column, bool descending)
{
    m_column = column;
    m_descending = descending;
}

bool LibraryListing::setStateKeys(const QHash<QString, double> &readings, const QHash<QString, double> &works,
                                  QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_catalog.connectionName(), false);
    if (!db.isOpen()) {
        *error = QStringLiteral("the catalog is not open");
        return false;
    }
    if (!sql::exec(db, createStateTable, {}, error) || !sql::exec(db, QStringLiteral("DELETE FROM temp.library_states"), {}, error))
        return false;
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO temp.library_states (is_work, id, sort_key) VALUES (?, ?, ?)"))) {
        *error = sql::errorText(insert.lastError());
        return false;
    }
    for (const bool isWork : {false, true}) {
        const QHash<QString, double> &keys = isWork ? works : readings;
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            insert.addBindValue(isWork ? 1 : 0);
            insert.addBindValue(it.key());
            insert.addBindValue(it.value());
            if (!insert.exec()) {
                *error = sql::errorText(insert.lastError());
                return false;
            }
        }
    }
    return true;
}

QVariantList LibraryListing::filterValues() const
{
    // In the order unitsSql() places them: the chapters' test inside, then the rows' own.
    QVariantList values;
    for (int pass = 0; pass < 2; ++pass) {
        if (!m_language.isEmpty())
            values.append(m_language);
        for (const QString &word : m_words)
            values << word << word;
    }
    return values;
}

QString LibraryListing::unitsSql(bool withState) const
{
    // Whether the row (alias) matches the filter: its language, and every word in its title or
    // author key. Positional parameters, filled by filterValues().
    const auto matches = [this](const QString &row) {
        QStringList conditions;
        if (!m_language.isEmpty())
            conditions.append(QStringLiteral("%1.language = ?").arg(row));
        for (int i = 0; i < int(m_words.size()); ++i)
            conditions.append(QStringLiteral("(instr(%1.title_key, ?) > 0 OR instr(%1.author_key, ?) > 0)").arg(row));
        return conditions.isEmpty() ? QStringLiteral("1") : QStringLiteral("(%1)").arg(conditions.join(QLatin1String(" AND ")));
    };
    // Readings on their own, and works with what they take from their first chapter in id order
    // (SQLite gives a bare column the values of the row min() chose), their chapters' minutes
    // summed and how many chapters match. Everything read from the index readings_listing.
    const QString units = QStringLiteral(
        "SELECT 0 AS is_work, r.id AS id, r.title AS title, r.author AS author, coalesce(r.year, 0) AS year,"
        " r.language AS language, r.minutes AS minutes, r.builtin AS builtin, coalesce(r.source, '') AS source,"
        " coalesce(r.source_file, '') AS source_file, 0 AS chapters, 0 AS matching,"
        " coalesce(r.title_key, '') AS title_key, coalesce(r.author_key, '') AS author_key, r.id AS tie"
        " FROM readings r WHERE r.work_id IS NULL"
        " UNION ALL"
        " SELECT 1, g.work_id, coalesce(w.title, g.work_id),"
        " CASE WHEN coalesce(w.author, '') <> '' THEN w.author ELSE g.author END, g.year, g.language, g.minutes,"
        " CASE WHEN coalesce(w.source, '') <> '' THEN 0 ELSE g.builtin END,"
        " CASE WHEN coalesce(w.source, '') <> '' THEN w.source ELSE g.source END, g.source_file, g.chapters,"
        " g.matching, coalesce(w.title_key, ''),"
        " CASE WHEN coalesce(w.author, '') <> '' THEN coalesce(w.author_key, '') ELSE g.author_key END, g.tie"
        " FROM (SELECT c.work_id AS work_id, min(c.id) AS tie, c.author AS author,"
        " coalesce(c.author_key, '') AS author_key, coalesce(c.year, 0) AS year, c.language AS language,"
        " c.builtin AS builtin, coalesce(c.source, '') AS source, coalesce(c.source_file, '') AS source_file,"
        " sum(c.minutes) AS minutes, count(*) AS chapters, sum(%1) AS matching"
        " FROM readings c WHERE c.work_id IS NOT NULL GROUP BY c.work_id) g"
        " LEFT JOIN works w ON w.id = g.work_id")
                              .arg(matches(QStringLiteral("c")));
    return QStringLiteral("WITH u AS (%1) SELECT %2 FROM u%3 WHERE %4 OR u.matching > 0")
        .arg(units, unitColumns,
             withState ? QStringLiteral(" LEFT JOIN temp.library_states s ON s.is_work = u.is_work AND s.id = u.id")
                       : QString(),
             matches(QStringLiteral("u")));
}

bool LibraryListing::rows(int offset, int count, QVector<LibraryRow> *rows, QString *error) const
{
    rows->clear();
    QSqlDatabase db = QSqlDatabase::database(m_catalog.connectionName(), false);
    if (!db.isOpen()) {
        *error = QStringLiteral("the catalog is not open");
        return false;
    }
    const bool byState = m_column == SortColumn::State;
    if (byState && !sql::exec(db, createStateTable, {}, error))
        return false;
    QString key;
    switch (m_column) {
    case SortColumn::Title:
        key = QStringLiteral("u.title_key");
        break;
    case SortColumn::Author:
        key = QStringLiteral("u.author_key");
        break;
    case SortColumn::Year:
        key = QStringLiteral("u.year");
        break;
    case SortColumn::Language:
        key = QStringLiteral("u.language");
        break;
    case SortColumn::Length:
        key = QStringLiteral("u.minutes");
        break;
    case SortColumn::State:
        key = QStringLiteral("coalesce(s.sort_key, 0)");
        break;
    case SortColumn::Source:
        key = QStringLiteral("u.source");
        break;
    }
    // Rows that sort the same keep catalog order in both directions, as a stable sort leaves them.
    const QString sql = unitsSql(byState)
        + QStringLiteral(" ORDER BY %1 %2, u.tie LIMIT ? OFFSET ?")
              .arg(key, m_descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::exec(query, sql, filterValues() + QVariantList{count, offset}, error))
        return false;
    while (query.next())
        rows->append(rowFromQuery(query));
    if (query.lastError().isValid()) {
        *error = sql::errorText(query.lastError());
        return false;
    }
    return true;
}

bool LibraryListing::count(int *rows, QString *error) const
{
    *rows = 0;
    QSqlDatabase db = QSqlDatabase::database(m_catalog.connectionName(), false);
    if (!db.isOpen()) {
        *error = QStringLiteral("the catalog is not open");
        return false;
    }
    QSqlQuery query(db);
    if (!sql::exec(query, QStringLiteral("SELECT count(*) FROM (%1)").arg(unitsSql(false)), filterValues(), error))
        return false;
    if (!query.next()) {
        *error = sql::errorText(query.lastError());
        return false;
    }
    *rows = query.value(0).toInt();
    return true;
}

bool LibraryListing::chapters(const QString &workId, QVector<LibraryRow> *chapters, QString *error) const
{
    chapters->clear();
    QSqlDatabase db = QSqlDatabase::database(m_catalog.connectionName(), false);
    if (!db.isOpen()) {
        *error = QStringLiteral("the catalog is not open");
        return false;
    }
    QStringList conditions{QStringLiteral("work_id = ?")};
    QVariantList values{workId};
    if (!m_language.isEmpty()) {
        conditions.append(QStringLiteral("language = ?"));
        values.append(m_language);
    }
    for (const QString &word : m_words) {
        conditions.append(QStringLiteral("(instr(title_key, ?) > 0 OR instr(author_key, ?) > 0)"));
        values << word << word;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::exec(query,
                   QStringLiteral("SELECT 0, id, title, author, coalesce(year, 0), language, minutes, builtin,"
                                  " coalesce(source, ''), coalesce(source_file, ''), 0, 0, work_position"
                                  " FROM readings WHERE %1 ORDER BY work_position, id")
                       .arg(conditions.join(QLatin1String(" AND "))),
                   values, error)) {
        return false;
    }
    while (query.next()) {
        LibraryRow chapter = rowFromQuery(query);
        chapter.workId = workId;
        chapter.workPosition = query.value(12).toInt();
        chapters->append(chapter);
    }
    if (query.lastError().isValid()) {
        *error = sql::errorText(query.lastError());
        return false;
    }
    return true;
}

QStringList LibraryListing::languages() const
{
    // One seek in the index readings_language per language, not a scan of 10,000 rows for the
    // few distinct ones (SQLite skips duplicates on its own only with ANALYZE's statistics).
    QStringList languages;
    QSqlDatabase db = QSqlDatabase::database(m_catalog.connectionName(), false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString error;
    if (!db.isOpen()
        || !sql::exec(query, QStringLiteral("WITH RECURSIVE next(language) AS (SELECT min(language) FROM readings UNION ALL"
                                                  " SELECT (SELECT min(language) FROM readings WHERE language > next.language)"
                                                  " FROM next WHERE next.language IS NOT NULL)"
                                                  " SELECT language FROM next WHERE language IS NOT NULL"), {}, &error)) {
        qCWarning(lcCatalog).noquote() << "cannot list the readings' languages:" << error;
        return languages;
    }
    while (query.next())
        languages.append(query.value(0).toString());
    return languages;
}

QHash<QString, LibraryRow> LibraryListing::readings(const QStringList &ids) const
{
    QHash<QString, LibraryRow> found;
    QSqlDatabase db = QSqlDatabase::database(m_catalog.connectionName(), false);
    if (ids.isEmpty() || !db.isOpen())
        return found;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString error;
    const QString list = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, title, author, minutes, coalesce(work_id, ''), coalesce(work_position, 0)"
                                  " FROM readings WHERE id IN (SELECT value FROM json_each(?))"),
                   {list}, &error)) {
        qCWarning(lcCatalog).noquote() << "cannot read the readings served:" << error;
        return found;
    }
    while (query.next()) {
        LibraryRow row;
        row.id = query.value(0).toString();
        row.title = query.value(1).toString();
        row.author = query.value(2).toString();
        row.minutes = query.value(3).toInt();
        row.workId = query.value(4).toString();
        row.workPosition = query.value(5).toInt();
        found.insert(row.id, row);
    }
    return found;
}

} // namespace redletter
