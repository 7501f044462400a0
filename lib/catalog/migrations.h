// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>

namespace redletter::migrations {

//! The schema version the newest migration produces.
int latestVersion();

//! The version recorded in the database (PRAGMA user_version); -1 if it cannot be read.
int currentVersion(QSqlDatabase &db);

/*!
 * Brings @p db forward from its current version to @p targetVersion (default: the latest), each
 * step in its own transaction that also bumps user_version. Never goes backwards: a database
 * newer than this build is an error. Tests pass a lower @p targetVersion to build an old schema.
 */
[[nodiscard]] bool migrate(QSqlDatabase &db, QString *error, int targetVersion = -1);

/*!
 * One forward step of the schema. @p apply runs inside the step's transaction; it returns false
 * with an error to have the whole step rolled back.
 */
struct Step
{
    int version = 0; //!< the schema version after this step; steps go 1, 2, 3, ...
    QString description;
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

//! The steps of this build, oldest first (what migrate() runs).
const QVector<Step> &steps();

/*!
 * migrate() with an explicit list of steps. For tests that need a step that fails halfway
 * (to show the rollback) without a hook inside the real migrations.
 */
[[nodiscard]] bool migrate(QSqlDatabase &db, const QVector<Step> &steps, QString *error,
                           int targetVersion = -1);

//! PRAGMA application_id of a Red Letter catalog: tells it from other SQLite files.
constexpr int ApplicationId = 0x52644c74; // "RdLt"

//! What full-text search indexes as a reading's text (the readings_fts "body" column).
QString searchableBody(const Reading &reading);

/*!
 * Readings with more blocks than this keep their searchableBody() in their row
 * (readings.search_body, schema version 13); for the others it is NULL and the index gathers
 * the text from the content in SQL (readingsBodySql()), at a cost of the square of the blocks:
 * a few milliseconds at 500 blocks, 2.3 s at 10,000. Storing it for every reading would make the
 * catalog larger by about the size of its text (70 % on bench_catalog's readings) to save
 * nothing that shows.
 */
constexpr int StoredSearchTextMinimumBlocks = 500;

//! What the readings row of @p reading keeps as search_body: searchableBody() past the threshold, else NULL.
QVariant storedSearchBody(const Reading &reading);

/*!
 * The columns of the index readings_entries (schema version 7), in its order: every column
 * Catalog::entries() reads, so that the list is read from the index alone. A column added to the
 * entries needs a migration that rebuilds the index (tst_catalog checks that it covers).
 */
QString entryIndexColumns();

/*!
 * The columns of the index readings_listing (schema version 12), in its order: every column the
 * library's list reads of a reading (LibraryListing), its sort and filter keys first.
 */
QString listingIndexColumns();

/*!
 * @p text folded for the library's sorting and filtering (the readings' and works' title_key and
 * author_key, schema version 12): each code point case-folded as QString::compare() with
 * Qt::CaseInsensitive folds it, so that keys compared byte by byte order as that compare does
 * and a folded word occurs in a key where QString::contains() finds it, ignoring case.
 */
QString listingKey(const QString &text);

/*!
 * Gives the readings and works stored without listing keys (title_key NULL: written by a
 * recovery, or by hand) their keys. Found through a partial index: no cost when there are none.
 * In a transaction of its own when there are some, unless @p inTransaction (a migration step).
 */
[[nodiscard]] bool fillListingKeys(QSqlDatabase &db, QString *error, bool inTransaction = false);

/*!
 * searchableBody() as an SQL expression over the content column of the readings row @p row
 * ("NEW", "OLD", a table alias): what the view readings_search gave FTS5 from schema version 5.
 * It gives the same tokens, in the same order, as searchableBody() of the stored reading, at a
 * cost that grows with the square of the reading's blocks; since version 13 the index reads the
 * column readings.search_body instead when it is not NULL (storedSearchBody(): long readings).
 */
QString readingsBodySql(const QString &row);

} // namespace redletter::migrations
