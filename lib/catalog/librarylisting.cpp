// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/librarylisting.h"

#include "catalog/catalog.h"
#include "catalog/migrations.h"
#include "catalog/sqlutil.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <utility>

namespace redletter {

namespace {

// The columns of a row, in the order rowFromQuery() reads them: is_work, id, title, author, year,
// language, minutes, builtin, source, source_file, chapters, matching.
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

QString LibraryListing::matchSql(const QString &language, const QString &titleKey, const QString &authorKey,
                                 QVariantList *values) const
{
    // The filter as SQL over a row's language and keys, its values appended in their order.
    QStringList conditions;
    if (!m_language.isEmpty()) {
        conditions.append(QStringLiteral("%1 = ?").arg(language));
        values->append(m_language);
    }
    for (const QString &word : m_words) {
        conditions.append(QStringLiteral("(instr(%1, ?) > 0 OR instr(%2, ?) > 0)").arg(titleKey, authorKey));
        *values << word << word;
    }
    return conditions.isEmpty() ? QStringLiteral("1") : QStringLiteral("(%1)").arg(conditions.join(QLatin1String(" AND ")));
}

QString LibraryListing::orderSql(QVariantList *values) const
{
    // What each kind of row sorts by. A work takes from its first chapter in id order what it
    // has not of its own (SQLite gives the bare columns of a min() query the values of the row
    // min() chose); the State column's keys are joined after the union.
    QString readingKey;
    QString workKey;
    switch (m_column) {
    case SortColumn::Title:
        readingKey = QStringLiteral("coalesce(r.title_key, '')");
        workKey = QStringLiteral("coalesce(w.title_key, '')");
        break;
    case SortColumn::Author:
        readingKey = QStringLiteral("coalesce(r.author_key, '')");
        workKey = QStringLiteral("CASE WHEN coalesce(w.author, '') <> '' THEN coalesce(w.author_key, '') ELSE g.author_key END");
        break;
    case SortColumn::Year:
        readingKey = QStringLiteral("coalesce(r.year, 0)");
        workKey = QStringLiteral("g.year");
        break;
    case SortColumn::Language:
        readingKey = QStringLiteral("r.language");
        workKey = QStringLiteral("g.language");
        break;
    case SortColumn::Length:
        readingKey = QStringLiteral("r.minutes");
        workKey = QStringLiteral("g.minutes");
        break;
    case SortColumn::State:
        readingKey = QStringLiteral("0");
        workKey = QStringLiteral("0");
        break;
    case SortColumn::Source:
        readingKey = QStringLiteral("coalesce(r.source, '')");
        workKey = QStringLiteral("CASE WHEN coalesce(w.source, '') <> '' THEN w.source ELSE g.source END");
        break;
    }
    // Only the keys go through the sort: a row's other columns are read for the rows of the page.
    const QString readings = QStringLiteral(
        "SELECT 0 AS is_work, r.id AS id, %1 AS sort_key, r.id AS tie FROM readings r INDEXED BY readings_listing"
        " WHERE r.work_id IS NULL AND %2")
        .arg(readingKey, matchSql(QStringLiteral("r.language"), QStringLiteral("r.title_key"),
                                  QStringLiteral("r.author_key"), values));
    const QString chapterMatches = matchSql(QStringLiteral("c.language"), QStringLiteral("c.title_key"),
                                            QStringLiteral("c.author_key"), values);
    const QString workMatches = matchSql(
        QStringLiteral("g.language"), QStringLiteral("coalesce(w.title_key, '')"),
        QStringLiteral("CASE WHEN coalesce(w.author, '') <> '' THEN coalesce(w.author_key, '') ELSE g.author_key END"),
        values);
    const QString works = QStringLiteral(
        "SELECT 1, g.work_id, %1, g.tie FROM (SELECT c.work_id AS work_id, min(c.id) AS tie,"
        " coalesce(c.author_key, '') AS author_key, coalesce(c.year, 0) AS year, c.language AS language,"
        " coalesce(c.source, '') AS source, sum(c.minutes) AS minutes, sum(%2) AS matching"
        " FROM readings c INDEXED BY readings_listing WHERE c.work_id IS NOT NULL GROUP BY c.work_id) g"
        " LEFT JOIN works w ON w.id = g.work_id WHERE %3 OR g.matching > 0")
        .arg(workKey, chapterMatches, workMatches);
    return QStringLiteral("%1 UNION ALL %2").arg(readings, works);
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

    // 1. The page: which rows, in order. Rows that sort the same keep catalog order in both
    // directions, as a stable sort leaves them.
    QVariantList values;
    const QString units = orderSql(&values);
    const QString key = byState ? QStringLiteral("coalesce(s.sort_key, 0)") : QStringLiteral("u.sort_key");
    QSqlQuery page(db);
    page.setForwardOnly(true);
    if (!sql::exec(page,
                   QStringLiteral("SELECT u.is_work, u.id FROM (%1) u%2 ORDER BY %3 %4, u.tie LIMIT ? OFFSET ?")
                       .arg(units,
                            byState ? QStringLiteral(" LEFT JOIN temp.library_states s ON s.is_work = u.is_work AND s.id = u.id")
                                    : QString(),
                            key, m_descending ? QStringLiteral("DESC") : QStringLiteral("ASC")),
                   values + QVariantList{count, offset}, error)) {
        return false;
    }
    QVector<QPair<bool, QString>> order;
    QStringList readingIds;
    QStringList workIds;
    while (page.next()) {
        const bool isWork = page.value(0).toInt() != 0;
        order.append({isWork, page.value(1).toString()});
        (isWork ? workIds : readingIds).append(order.last().second);
    }
    if (page.lastError().isValid()) {
        *error = sql::errorText(page.lastError());
        return false;
    }
    page.finish();

    // 2. The page's rows, whole.
    QHash<QString, LibraryRow> readings;
    QHash<QString, LibraryRow> works;
    const auto readRows = [&](const QString &sql, const QVariantList &rowValues, QHash<QString, LibraryRow> *found) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!sql::exec(query, sql, rowValues, error))
            return false;
        while (query.next()) {
            const LibraryRow row = rowFromQuery(query);
            found->insert(row.id, row);
        }
        if (query.lastError().isValid()) {
            *error = sql::errorText(query.lastError());
            return false;
        }
        return true;
    };
    const auto jsonList = [](const QStringList &ids) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    };
    if (!readingIds.isEmpty()
        && !readRows(QStringLiteral("SELECT 0, r.id, r.title, r.author, coalesce(r.year, 0), r.language, r.minutes,"
                                    " r.builtin, coalesce(r.source, ''), coalesce(r.source_file, ''), 0, 0"
                                    // The index covering the entries (v7) has them all: the table's
                                    // row would be read past the content to its last columns.
                                    " FROM readings r INDEXED BY readings_entries"
                                    " WHERE r.id IN (SELECT value FROM json_each(?))"),
                     {jsonList(readingIds)}, &readings)) {
        return false;
    }
    if (!workIds.isEmpty()) {
        QVariantList workValues{};
        const QString chapterMatches = matchSql(QStringLiteral("c.language"), QStringLiteral("c.title_key"),
                                                QStringLiteral("c.author_key"), &workValues);
        workValues.append(jsonList(workIds));
        if (!readRows(QStringLiteral(
                          "SELECT 1, g.work_id, coalesce(w.title, g.work_id),"
                          " CASE WHEN coalesce(w.author, '') <> '' THEN w.author ELSE g.author END, g.year, g.language,"
                          " g.minutes, CASE WHEN coalesce(w.source, '') <> '' THEN 0 ELSE g.builtin END,"
                          " CASE WHEN coalesce(w.source, '') <> '' THEN w.source ELSE g.source END, g.source_file,"
                          " g.chapters, g.matching"
                          " FROM (SELECT c.work_id AS work_id, min(c.id) AS tie, c.author AS author,"
                          " coalesce(c.year, 0) AS year, c.language AS language, c.builtin AS builtin,"
                          " coalesce(c.source, '') AS source, coalesce(c.source_file, '') AS source_file,"
                          " sum(c.minutes) AS minutes, count(*) AS chapters, sum(%1) AS matching"
                          " FROM readings c INDEXED BY readings_listing"
                          " WHERE c.work_id IN (SELECT value FROM json_each(?)) GROUP BY c.work_id) g"
                          " LEFT JOIN works w ON w.id = g.work_id")
                          .arg(chapterMatches),
                      workValues, &works)) {
            return false;
        }
    }
    rows->reserve(order.size());
    for (const QPair<bool, QString> &unit : std::as_const(order)) {
        const QHash<QString, LibraryRow> &found = unit.first ? works : readings;
        const auto row = found.constFind(unit.second);
        if (row != found.constEnd())
            rows->append(*row);
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
    QVariantList values;
    const QString units = orderSql(&values);
    QSqlQuery query(db);
    if (!sql::exec(query, QStringLiteral("SELECT count(*) FROM (%1)").arg(units), values, error))
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
                                  // The covering index (v12): a chapter's last columns in the table
                                  // lie past its content.
                                  " FROM readings INDEXED BY readings_listing WHERE %1 ORDER BY work_position, id")
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
    // One seek in the index readings_languages per language, not a scan of 10,000 rows for the
    // few distinct ones (SQLite skips duplicates on its own only with ANALYZE's statistics).
    QStringList languages;
    QSqlDatabase db = QSqlDatabase::database(m_catalog.connectionName(), false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString error;
    if (!db.isOpen()
        || !sql::exec(query, QStringLiteral("WITH RECURSIVE next(language) AS (SELECT min(language || '') FROM readings UNION ALL"
                                                  " SELECT (SELECT min(language || '') FROM readings"
                                                  " WHERE language || '' > next.language)"
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
                                  " FROM readings INDEXED BY readings_entries WHERE id IN (SELECT value FROM json_each(?))"),
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
