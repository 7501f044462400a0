// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/migrations.h"

#include "catalog/servingmigration.h"
#include "catalog/sqlutil.h"
#include "reading/readingjson.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>
#include <QSqlQuery>

#include <functional>
#include <utility>

namespace redletter::migrations {

namespace {

/*!
 * searchableBody() of the reading stored as @p content (its JSON); "" when the content cannot be
 * read: one damaged row must not keep the whole catalog from opening — search then finds it by its
 * metadata only, and Catalog::reading() reports the damage when asked.
 */
QString searchableBodyOfContent(const QString &id, const QString &content)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content.toUtf8(), &parseError);
    Reading reading;
    QString readingError;
    if (document.isObject() && readingFromJson(document.object(), &reading, &readingError))
        return searchableBody(reading);
    qCWarning(lcCatalog).noquote() << "reading" << id << "has unreadable content; indexing its metadata only:"
                                   << (document.isObject() ? readingError : parseError.errorString());
    return QString();
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        if (!sql::exec(db, statement, {}, error))
            return false;
    }
    return true;
}

// v1: the readings with their parsed content, and the schedule history.
bool createReadingsAndSchedule(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral(
                           "CREATE TABLE readings ("
                           " id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),"
                           " title TEXT NOT NULL CHECK (title <> ''),"
                           " author TEXT NOT NULL DEFAULT '',"
                           " work TEXT NOT NULL DEFAULT '',"
                           " year INTEGER," // NULL: unknown
                           " language TEXT NOT NULL DEFAULT 'en',"
                           " source TEXT,"
                           " tags TEXT NOT NULL DEFAULT '[]'," // JSON array of strings
                           " curated_date TEXT," // YYYY-MM-DD
                           " editor_minutes INTEGER,"
                           " text_words INTEGER NOT NULL DEFAULT 0,"
                           " introduction_words INTEGER NOT NULL DEFAULT 0,"
                           " note_words INTEGER NOT NULL DEFAULT 0,"
                           " minutes INTEGER NOT NULL,"
                           " content TEXT NOT NULL," // readingToJson()
                           " content_sha256 TEXT NOT NULL,"
                           " source_file TEXT,"
                           " builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),"
                           " imported_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
                       QStringLiteral("CREATE INDEX readings_curated_date ON readings(curated_date)"),
                       QStringLiteral(
                           "CREATE TABLE schedule ("
                           " day TEXT PRIMARY KEY NOT NULL," // YYYY-MM-DD, local date
                           " reading_id TEXT NOT NULL REFERENCES readings(id) ON DELETE RESTRICT,"
                           " served_at TEXT NOT NULL)"), // ISO 8601, UTC
                       // SQLite looks up child rows on every change of a parent key; without an
                       // index on the child column that is a full scan of the history.
                       QStringLiteral("CREATE INDEX schedule_reading_id ON schedule(reading_id)"),
                       QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
                   },
                   error);
}

// v2: full-text search over metadata and text, filled from the readings already stored.
bool addFullTextSearch(QSqlDatabase &db, QString *error)
{
    if (!sql::exec(db,
                   QStringLiteral("CREATE VIRTUAL TABLE readings_fts USING fts5("
                                  "id UNINDEXED, title, author, work, body,"
                                  " tokenize = 'unicode61 remove_diacritics 2')"),
                   {}, error)) {
        return false;
    }

    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!sql::exec(rows, QStringLiteral("SELECT id, title, author, work, content FROM readings ORDER BY id"),
                   {}, error)) {
        return false;
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO readings_fts (id, title, author, work, body) VALUES (?, ?, ?, ?, ?)"))) {
        *error = sql::errorText(insert.lastError());
        return false;
    }
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        const QString body = searchableBodyOfContent(id, rows.value(4).toString());
        insert.addBindValue(id);
        insert.addBindValue(rows.value(1).toString());
        insert.addBindValue(rows.value(2).toString());
        insert.addBindValue(rows.value(3).toString());
        insert.addBindValue(body);
        if (!insert.exec()) {
            *error = sql::errorText(insert.lastError());
            return false;
        }
    }
    if (rows.lastError().isValid()) {
        *error = sql::errorText(rows.lastError());
        return false;
    }
    return true;
}

// v3: the reader's annotations (W3C selectors, see lib/annotations/annotation.h) and their
// full-text index. Nothing to fill: no earlier version stored annotations.
bool addAnnotations(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral(
                           "CREATE TABLE annotations ("
                           " id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),"
                           " reading_id TEXT NOT NULL REFERENCES readings(id) ON DELETE RESTRICT,"
                           " exact TEXT NOT NULL CHECK (exact <> ''),"
                           " prefix TEXT NOT NULL DEFAULT '',"
                           " suffix TEXT NOT NULL DEFAULT '',"
                           // Code points, as the W3C TextPositionSelector counts; NULL: unknown.
                           " position_start INTEGER,"
                           " position_end INTEGER,"
                           " note TEXT NOT NULL DEFAULT '',"
                           // Not checked here: the list of colours may grow without a migration.
                           " color TEXT NOT NULL,"
                           " tags TEXT NOT NULL DEFAULT '[]'," // JSON array of strings
                           " created TEXT NOT NULL," // ISO 8601 UTC with milliseconds; '' unknown
                           " modified TEXT NOT NULL,"
                           " orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),"
                           " CHECK ((position_start IS NULL) = (position_end IS NULL)),"
                           " CHECK (position_start IS NULL OR (position_start >= 0 AND position_end >= position_start)))"),
                       QStringLiteral("CREATE INDEX annotations_reading_id ON annotations(reading_id)"),
                       QStringLiteral("CREATE VIRTUAL TABLE annotations_fts USING fts5("
                                      "id UNINDEXED, exact, note, tags,"
                                      " tokenize = 'unicode61 remove_diacritics 2')"),
                       // Triggers rather than code in Catalog: every column comes straight from the
                       // row, so no write path (or later tool) can leave the index stale. The tags
                       // column is indexed as its JSON text; the tokenizer drops [ " , ] anyway.
                       QStringLiteral("CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN"
                                      " INSERT INTO annotations_fts (id, exact, note, tags)"
                                      " VALUES (NEW.id, NEW.exact, NEW.note, NEW.tags); END"),
                       QStringLiteral("CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN"
                                      " DELETE FROM annotations_fts WHERE id = OLD.id; END"),
                       // Only the indexed columns: marking an annotation orphaned, or moving it,
                       // leaves the index alone.
                       QStringLiteral("CREATE TRIGGER annotations_fts_update AFTER UPDATE OF id, exact, note, tags"
                                      " ON annotations BEGIN"
                                      " DELETE FROM annotations_fts WHERE id = OLD.id;"
                                      " INSERT INTO annotations_fts (id, exact, note, tags)"
                                      " VALUES (NEW.id, NEW.exact, NEW.note, NEW.tags); END"),
                   },
                   error);
}

// v4: works — readings that belong together in contents order (a whole work's chapters, a book's
// parts) — and the note counts that lists show without parsing every reading's content.
bool addWorksAndNoteCounts(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE works ("
                                      " id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),"
                                      " title TEXT NOT NULL CHECK (title <> ''),"
                                      " author TEXT NOT NULL DEFAULT '',"
                                      " source TEXT," // the contents page, file or URL
                                      " imported_at TEXT NOT NULL,"
                                      " updated_at TEXT NOT NULL)"),
                       QStringLiteral("ALTER TABLE readings ADD COLUMN work_id TEXT"
                                      " REFERENCES works(id) ON DELETE RESTRICT"),
                       // 1-based place in the work's contents; NULL with work_id NULL.
                       QStringLiteral("ALTER TABLE readings ADD COLUMN work_position INTEGER"),
                       QStringLiteral("ALTER TABLE readings ADD COLUMN footnote_count INTEGER NOT NULL DEFAULT 0"),
                       QStringLiteral("ALTER TABLE readings ADD COLUMN editor_note_count INTEGER NOT NULL DEFAULT 0"),
                       QStringLiteral("CREATE INDEX readings_work_id ON readings(work_id, work_position)"),
                       // The stored content is readingToJson(): its arrays are the notes.
                       QStringLiteral("UPDATE readings SET"
                                      " footnote_count = coalesce(json_array_length(content, '$.footnotes'), 0),"
                                      " editor_note_count = coalesce(json_array_length(content, '$.editorialNotes'), 0)"
                                      " WHERE json_valid(content)"),
                   },
                   error);
}

/*!
 * The view readings_search, which FTS5 reads a reading's indexed values from, and the three
 * triggers that keep readings_fts in step with the readings table, with @p body(row) as the text
 * of row "r", "NEW" or "OLD" and @p changed as the condition for re-indexing an update. The view
 * and the triggers must give the same values (FTS5's 'delete' needs exactly what was indexed),
 * hence one place for them; versions 5 and 11 differ only in where the body comes from.
 */
struct ReadingsSearchSql
{
    QString view;
    QStringList triggers;
};

ReadingsSearchSql readingsSearchSql(const std::function<QString(const QString &)> &body, const QString &changed)
{
    const auto readingEntry = [&body](const QString &row) {
        return QStringLiteral("%1.rowid, %1.title, %1.author, %1.work, %2").arg(row, body(row));
    };
    return {
        QStringLiteral("CREATE VIEW readings_search (reading_rowid, title, author, work, body) AS"
                       " SELECT r.rowid, r.title, r.author, r.work, %1 FROM readings r")
            .arg(body(QStringLiteral("r"))),
        {
            QStringLiteral("CREATE TRIGGER readings_fts_insert AFTER INSERT ON readings BEGIN"
                           " INSERT INTO readings_fts (rowid, title, author, work, body) VALUES (%1); END")
                .arg(readingEntry(QStringLiteral("NEW"))),
            QStringLiteral("CREATE TRIGGER readings_fts_delete AFTER DELETE ON readings BEGIN"
                           " INSERT INTO readings_fts (readings_fts, rowid, title, author, work, body)"
                           " VALUES ('delete', %1); END")
                .arg(readingEntry(QStringLiteral("OLD"))),
            // Only when an indexed value changed: a work taking the reading as its part, or an
            // import that changes only its source file, leaves the index alone. (The content
            // holds all metadata, so a corrected year does replace the entry: one entry's work.)
            QStringLiteral("CREATE TRIGGER readings_fts_update AFTER UPDATE ON readings WHEN %1 BEGIN"
                           " INSERT INTO readings_fts (readings_fts, rowid, title, author, work, body)"
                           " VALUES ('delete', %2);"
                           " INSERT INTO readings_fts (rowid, title, author, work, body) VALUES (%3); END")
                .arg(changed, readingEntry(QStringLiteral("OLD")), readingEntry(QStringLiteral("NEW"))),
        },
    };
}

// v5: both full-text indexes become external-content FTS5 tables keyed by the rowid of the rows
// they index. Before, each kept its own copy of every indexed text (a second copy of all the
// readings' text, as large as the JSON content) and an "id" column that no index covers, so
// that replacing one entry — `DELETE FROM readings_fts WHERE id = ?`, on every import and every
// changed note — scanned the whole index: imports slowed down with the size of the catalog,
// re-anchoring 10,000 notes took 34 s. Now FTS5 keeps only its index; it reads the text, for
// snippet() and highlight(), from the rows themselves: the annotations table, and for readings
// the view readings_search, which takes the text from the stored JSON content (readingsBodySql()).
//
// External content means FTS5 cannot see changes to those rows: the triggers below tell it, and
// the 'delete' command must be given exactly the values that were indexed, hence one SQL
// expression for the view and the triggers. Rowids: these tables have TEXT primary keys, so
// their rowids are implicit, and VACUUM may renumber them; Red Letter never runs VACUUM, and
// after one (by hand) `INSERT INTO readings_fts(readings_fts) VALUES ('rebuild')` (and the same
// for annotations_fts) repairs the indexes, as this migration builds them.
bool useExternalContentSearch(QSqlDatabase &db, QString *error)
{
    const QString tokenizer = QStringLiteral(" tokenize = 'unicode61 remove_diacritics 2')");
    const QString readingChanged = QStringLiteral(
        "OLD.title IS NOT NEW.title OR OLD.author IS NOT NEW.author OR OLD.work IS NOT NEW.work"
        " OR OLD.content IS NOT NEW.content");
    const QString annotationChanged = QStringLiteral(
        "OLD.exact IS NOT NEW.exact OR OLD.note IS NOT NEW.note OR OLD.tags IS NOT NEW.tags");
    const ReadingsSearchSql search = readingsSearchSql(readingsBodySql, readingChanged);
    QStringList statements{
        QStringLiteral("DROP TABLE readings_fts"),
        QStringLiteral("DROP TRIGGER annotations_fts_insert"),
        QStringLiteral("DROP TRIGGER annotations_fts_delete"),
        QStringLiteral("DROP TRIGGER annotations_fts_update"),
        QStringLiteral("DROP TABLE annotations_fts"),
        search.view,
        QStringLiteral("CREATE VIRTUAL TABLE readings_fts USING fts5(title, author, work, body,"
                       " content = 'readings_search', content_rowid = 'reading_rowid',")
            + tokenizer,
    };
    statements += search.triggers;
    statements += QStringList{
        // The tags column is indexed as its JSON text; the tokenizer drops [ " , ] anyway.
        QStringLiteral("CREATE VIRTUAL TABLE annotations_fts USING fts5(exact, note, tags,"
                       " content = 'annotations', content_rowid = 'rowid',")
            + tokenizer,
        QStringLiteral("CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN"
                       " INSERT INTO annotations_fts (rowid, exact, note, tags)"
                       " VALUES (NEW.rowid, NEW.exact, NEW.note, NEW.tags); END"),
        QStringLiteral("CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN"
                       " INSERT INTO annotations_fts (annotations_fts, rowid, exact, note, tags)"
                       " VALUES ('delete', OLD.rowid, OLD.exact, OLD.note, OLD.tags); END"),
        // Marking a note orphaned, or moving it without changing its quote, leaves the index alone.
        QStringLiteral("CREATE TRIGGER annotations_fts_update AFTER UPDATE ON annotations WHEN %1 BEGIN"
                       " INSERT INTO annotations_fts (annotations_fts, rowid, exact, note, tags)"
                       " VALUES ('delete', OLD.rowid, OLD.exact, OLD.note, OLD.tags);"
                       " INSERT INTO annotations_fts (rowid, exact, note, tags)"
                       " VALUES (NEW.rowid, NEW.exact, NEW.note, NEW.tags); END")
            .arg(annotationChanged),
        QStringLiteral("INSERT INTO readings_fts (readings_fts) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO annotations_fts (annotations_fts) VALUES ('rebuild')"),
    };
    return execAll(db, statements, error);
}

// v7: an index that holds every column of a catalog entry (Catalog::entries(), what the day's
// pick and the lists read). The columns that version 4 added (work, note counts) are stored
// after the content, so reading them from the table walks the overflow pages of every reading's
// text: 230 ms for 10,000 readings, for a few hundred kilobytes of entries. The index is about
// as large as those entries, and SQLite reads the list from it alone.
bool addEntriesIndex(QSqlDatabase &db, QString *error)
{
    return sql::exec(db,
                     QStringLiteral("CREATE INDEX readings_entries ON readings (%1)").arg(entryIndexColumns()),
                     {}, error);
}

// v9: the reader's sittings with a reading, what the learned pace is computed from (PaceStore).
// Raw sittings, not a running figure, so the estimate can be recomputed under a better rule and a
// reset leaves nothing behind. No reference to readings: a reading removed later still taught
// the reader's pace.
bool addReadingSessions(QSqlDatabase &db, QString *error)
{
    return sql::exec(db,
                     QStringLiteral("CREATE TABLE reading_sessions ("
                                    " id INTEGER PRIMARY KEY,"
                                    " reading_id TEXT NOT NULL,"
                                    " day TEXT NOT NULL," // the local day of the sitting
                                    " words INTEGER NOT NULL CHECK (words >= 0),"
                                    " active_seconds REAL NOT NULL CHECK (active_seconds >= 0),"
                                    " recorded_at TEXT NOT NULL)"), // UTC, when the sitting ended
                     {}, error);
}

// v10: the other version of a note when an import brought one that differs from the stored one
// (see Catalog::importAnnotations()): the newer one is the note, the older is kept here, whole,
// as W3C JSON (lib/annotations/annotationjson.h), until the reader keeps one of the two. Deleting
// the note deletes its conflicts.
bool addAnnotationConflicts(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE annotation_conflicts ("
                                      " id INTEGER PRIMARY KEY,"
                                      " annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
                                      " other TEXT NOT NULL," // the other version, W3C JSON
                                      " origin TEXT NOT NULL DEFAULT ''," // the file it came from, or ''
                                      " recorded TEXT NOT NULL)"), // ISO 8601 UTC
                       QStringLiteral("CREATE INDEX annotation_conflicts_annotation"
                                      " ON annotation_conflicts(annotation_id)"),
                   },
                   error);
}

// v11: what start-up needs so that it reads no whole catalog (issue 9: start-up on 10,000
// readings within 10 % of the default catalog's).
// - catalog_generation: a counter that triggers move on every change of readings a pick reads
//   (a reading added, removed, or updated in its id, language, minutes, curated day or work), by
//   any connection; the stored rotation below is good while it has not moved.
// - pick_units, pick_state: the rotation's units (a work, a long reading, a short reading with the
//   day it is held back for) in the rotation's order for one round and one list of the reader's
//   languages (lib/schedule/storedrotation.h). A cache: rebuilt from readings whenever the
//   generation, the round or the languages differ, so it can never serve a stale pick.
// - builtin_files: which built-in reading file (by name and SHA-256) was imported by which build
//   as which stored content, so that an unchanged file is not parsed and imported again at every
//   start (AppContext::importBuiltinCatalog()).
bool addStoredRotation(QSqlDatabase &db, QString *error)
{
    QStringList statements{
        QStringLiteral("CREATE TABLE catalog_generation (id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " generation INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO catalog_generation (id, generation) VALUES (1, 0)"),
        QStringLiteral("CREATE TRIGGER readings_generation_insert AFTER INSERT ON readings BEGIN"
                       " UPDATE catalog_generation SET generation = generation + 1; END"),
        QStringLiteral("CREATE TRIGGER readings_generation_delete AFTER DELETE ON readings BEGIN"
                       " UPDATE catalog_generation SET generation = generation + 1; END"),
        // A re-import rewrites every column; one that changes only the text leaves the pick as it was.
        QStringLiteral("CREATE TRIGGER readings_generation_update AFTER UPDATE ON readings"
                       " WHEN OLD.id IS NOT NEW.id OR OLD.language IS NOT NEW.language"
                       " OR OLD.minutes IS NOT NEW.minutes OR OLD.curated_date IS NOT NEW.curated_date"
                       " OR OLD.work_id IS NOT NEW.work_id OR OLD.work_position IS NOT NEW.work_position BEGIN"
                       " UPDATE catalog_generation SET generation = generation + 1; END"),
        QStringLiteral("CREATE TABLE pick_units ("
                       " id TEXT PRIMARY KEY,"
                       " series INTEGER NOT NULL CHECK (series IN (0, 1)),"
                       " language TEXT NOT NULL," // the reading's, or a work's first chapter's
                       " held_until TEXT," // a short reading curated for this day: rotates only after it
                       " position INTEGER NOT NULL)" // in the order of pick_state's round and languages
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX pick_units_position ON pick_units(position)"),
        QStringLiteral("CREATE INDEX pick_units_held ON pick_units(held_until) WHERE held_until IS NOT NULL"),
        QStringLiteral("CREATE TABLE pick_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " generation INTEGER NOT NULL," // catalog_generation's when the units were stored
                       " units INTEGER NOT NULL,"
                       " languages TEXT NOT NULL," // the positions' languages, comma-separated
                       " round INTEGER NOT NULL)"), // the positions' round
        QStringLiteral("CREATE TABLE builtin_files ("
                       " name TEXT PRIMARY KEY,"
                       " file_sha256 TEXT NOT NULL,"
                       " build TEXT NOT NULL," // the app version and schema that parsed it
                       " reading_id TEXT NOT NULL,"
                       " content_sha256 TEXT NOT NULL)"), // readings.content_sha256 as imported
    };
    return execAll(db, statements, error);
}

// v12: the library's sort and filter keys. The library window sorts and filters the whole catalog
// in SQLite, a page at a time (lib/catalog/librarylisting.h), case-insensitively in every script;
// SQLite's own NOCASE and lower() fold ASCII only, so each title and author is stored folded as
// Qt folds it (listingKey()) beside itself, for readings and works, and an index covers what the
// list shows, so the list reads no reading's text. Rows written without keys (by a recovery, or by
// hand) get them when the catalog is next opened (fillListingKeys()).
bool addListingKeys(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral("ALTER TABLE readings ADD COLUMN title_key TEXT"),
                       QStringLiteral("ALTER TABLE readings ADD COLUMN author_key TEXT"),
                       QStringLiteral("ALTER TABLE works ADD COLUMN title_key TEXT"),
                       QStringLiteral("ALTER TABLE works ADD COLUMN author_key TEXT"),
                       QStringLiteral("CREATE INDEX readings_listing ON readings (%1)").arg(listingIndexColumns()),
                       // The languages the filter offers, found by a seek per language
                       // (LibraryListing::languages()). On an expression, so that only that query
                       // uses it: a query by language that took it would read each row's content.
                       QStringLiteral("CREATE INDEX readings_languages ON readings (language || '')"),
                       // Rows without keys, found without reading the table; empty but for a moment.
                       QStringLiteral("CREATE INDEX readings_unkeyed ON readings (id) WHERE title_key IS NULL"),
                       QStringLiteral("CREATE INDEX works_unkeyed ON works (id) WHERE title_key IS NULL"),
                   },
                   error)
        && fillListingKeys(db, error, /*inTransaction=*/true);
}

// v13: the search index reads a long reading's text from a column computed once, in C++, when
// the reading is stored (readings.search_body: storedSearchBody()), instead of gathering it from
// the JSON content inside SQLite. That gathering (readingsBodySql(): json_extract() of
// '$.body[n].text' for each n) reads the whole content again, compares it with the cached parse
// and walks the array from its start for every block, so indexing a reading cost the square of
// its blocks — 10,000 paragraphs 2.3 s, 100,000 minutes, which is why imports were capped at
// 10,000 — and so did every search snippet of it. Only readings past
// StoredSearchTextMinimumBlocks keep the column: for the others the gathering costs a few
// milliseconds, and a second copy of their text would make the catalog larger by about the size
// of its text. A NULL column means "gather it from the content", so a row written by a tool that
// does not know the column is still indexed right.
bool indexStoredSearchBodies(QSqlDatabase &db, QString *error)
{
    const QString readingChanged = QStringLiteral(
        "OLD.title IS NOT NEW.title OR OLD.author IS NOT NEW.author OR OLD.work IS NOT NEW.work"
        " OR OLD.content IS NOT NEW.content OR OLD.search_body IS NOT NEW.search_body");
    const auto body = [](const QString &row) {
        return QStringLiteral("CASE WHEN %1.search_body IS NULL THEN %2 ELSE %1.search_body END")
            .arg(row, readingsBodySql(row));
    };
    const ReadingsSearchSql search = readingsSearchSql(body, readingChanged);
    // With the column NULL everywhere the new view and triggers give FTS5 exactly what it holds,
    // so the index stays as it is; the long readings are then stored one by one, and the update
    // trigger moves each one's entry from the gathered text to the stored one.
    if (!execAll(db,
                 QStringList{
                     QStringLiteral("DROP TRIGGER readings_fts_insert"),
                     QStringLiteral("DROP TRIGGER readings_fts_delete"),
                     QStringLiteral("DROP TRIGGER readings_fts_update"),
                     QStringLiteral("DROP VIEW readings_search"),
                     QStringLiteral("ALTER TABLE readings ADD COLUMN search_body TEXT"),
                     search.view,
                 } + search.triggers,
                 error)) {
        return false;
    }
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!sql::exec(rows,
                   QStringLiteral("SELECT rowid, content FROM readings WHERE json_valid(content)"
                                  " AND ifnull(json_array_length(content, '$.introduction'), 0)"
                                  " + ifnull(json_array_length(content, '$.body'), 0) > ?"),
                   {StoredSearchTextMinimumBlocks}, error)) {
        return false;
    }
    QVector<QPair<QVariant, QString>> longReadings;
    while (rows.next()) {
        Reading reading;
        QString readingError;
        const QJsonDocument document = QJsonDocument::fromJson(rows.value(1).toString().toUtf8());
        // One that cannot be read keeps the gathered text, as before.
        if (document.isObject() && readingFromJson(document.object(), &reading, &readingError))
            longReadings.append({rows.value(0), searchableBody(reading)});
    }
    if (rows.lastError().isValid()) {
        *error = sql::errorText(rows.lastError());
        return false;
    }
    rows.finish();
    for (const auto &row : qAsConst(longReadings)) {
        if (!sql::exec(db, QStringLiteral("UPDATE readings SET search_body = ? WHERE rowid = ?"), {row.second, row.first},
                       error)) {
            return false;
        }
    }
    return true;
}

} // namespace

const QVector<Step> &steps()
{
    // Adding a schema version is one entry here (and its function above).
    static const QVector<Step> all{
        {1, QStringLiteral("readings and schedule"), createReadingsAndSchedule},
        {2, QStringLiteral("full-text search"), addFullTextSearch},
        {3, QStringLiteral("annotations"), addAnnotations},
        {4, QStringLiteral("works and note counts"), addWorksAndNoteCounts},
        {5, QStringLiteral("external-content search indexes"), useExternalContentSearch},
        {6, QStringLiteral("served parts and content versions"), addServedParts},
        {7, QStringLiteral("an index covering the list of readings"), addEntriesIndex},
        {8, QStringLiteral("readings read to their end"), addFinishedReadings},
        {9, QStringLiteral("reading sessions for the learned pace"), addReadingSessions},
        {10, QStringLiteral("conflicting versions of imported notes"), addAnnotationConflicts},
        {11, QStringLiteral("the stored rotation and the built-in files imported"), addStoredRotation},
        {12, QStringLiteral("the library's sort and filter keys"), addListingKeys},
        {13, QStringLiteral("search text stored with long readings"), indexStoredSearchBodies},
    };
    return all;
}

int latestVersion()
{
    return steps().isEmpty() ? 0 : steps().last().version;
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    bool ok = false;
    const int version = query.value(0).toInt(&ok);
    return ok ? version : -1;
}

bool migrate(QSqlDatabase &db, QString *error, int targetVersion)
{
    return migrate(db, steps(), error, targetVersion);
}

bool migrate(QSqlDatabase &db, const QVector<Step> &steps, QString *error, int targetVersion)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    for (int i = 0; i < int(steps.size()); ++i) {
        if (steps.at(i).version != i + 1 || !steps.at(i).apply)
            return failWith(QStringLiteral("internal error: migration steps must be numbered 1, 2, 3, ..."));
    }
    const int latest = int(steps.size());
    const int target = targetVersion < 0 ? latest : targetVersion;
    if (target > latest)
        return failWith(QStringLiteral("no migration to schema version %1 (latest is %2)").arg(target).arg(latest));

    const int current = currentVersion(db);
    if (current < 0)
        return failWith(QStringLiteral("cannot read the schema version: %1").arg(sql::errorText(db.lastError())));
    if (current > latest) {
        return failWith(QStringLiteral("catalog schema version %1 is newer than this Red Letter (%2); update the app")
                            .arg(current)
                            .arg(latest));
    }
    if (current > target) {
        return failWith(QStringLiteral("catalog schema version %1 is newer than the requested %2; migrations only go forward")
                            .arg(current)
                            .arg(target));
    }

    for (const Step &step : steps) {
        if (step.version <= current || step.version > target)
            continue;
        QString stepError;
        sql::Transaction transaction(db);
        const bool ok = transaction.begin(&stepError) && step.apply(db, &stepError)
            // PRAGMA takes no bound parameters; the version is our own integer.
            && sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), {}, &stepError)
            && transaction.commit(&stepError);
        if (!ok) {
            transaction.rollback();
            return failWith(QStringLiteral("cannot update the catalog to schema version %1 (%2): %3")
                                .arg(step.version)
                                .arg(step.description, stepError));
        }
        qCInfo(lcCatalog) << "catalog schema migrated to version" << step.version << step.description;
    }
    return true;
}

QString entryIndexColumns()
{
    return QStringLiteral("id, title, author, work, year, language, minutes, curated_date, builtin, text_words,"
                          " footnote_count, editor_note_count, source, work_id, work_position, source_file");
}

QString listingIndexColumns()
{
    return QStringLiteral("work_id, title_key, author_key, id, title, author, year, language, minutes, builtin,"
                          " source, work_position, source_file");
}

QString listingKey(const QString &text)
{
    // Code point by code point as QString::compare(Qt::CaseInsensitive) and contains() fold
    // (simple case folding, one code point for one), so that comparing keys byte by byte in
    // SQLite (UTF-8: code point order) orders as that compare does, and a folded word is in a key
    // exactly where contains() finds it.
    QString folded;
    folded.reserve(text.size());
    const auto *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t codePoint = units[i];
        if (QChar::isHighSurrogate(codePoint) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            codePoint = QChar::surrogateToUcs4(char16_t(codePoint), units[i + 1]);
            ++i;
        }
        codePoint = QChar::toCaseFolded(codePoint);
        if (QChar::requiresSurrogates(codePoint)) {
            folded.append(QChar(QChar::highSurrogate(codePoint)));
            folded.append(QChar(QChar::lowSurrogate(codePoint)));
        } else {
            folded.append(QChar(char16_t(codePoint)));
        }
    }
    return folded;
}

bool fillListingKeys(QSqlDatabase &db, QString *error, bool inTransaction)
{
    struct Unkeyed
    {
        QString table;
        QVector<QVariantList> keys; // title key, author key, id
    };
    QVector<Unkeyed> unkeyed{{QStringLiteral("readings"), {}}, {QStringLiteral("works"), {}}};
    bool any = false;
    for (Unkeyed &rows : unkeyed) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!sql::exec(query, QStringLiteral("SELECT id, title, author FROM %1 WHERE title_key IS NULL").arg(rows.table),
                       {}, error)) {
            return false;
        }
        while (query.next()) {
            rows.keys.append({listingKey(query.value(1).toString()), listingKey(query.value(2).toString()),
                              query.value(0).toString()});
        }
        if (query.lastError().isValid()) {
            *error = sql::errorText(query.lastError());
            return false;
        }
        any = any || !rows.keys.isEmpty();
    }
    if (!any)
        return true; // the usual case: one look at two empty partial indexes
    sql::Transaction transaction(db);
    if (!inTransaction && !transaction.begin(error))
        return false;
    for (const Unkeyed &rows : std::as_const(unkeyed)) {
        QSqlQuery update(db);
        if (!update.prepare(QStringLiteral("UPDATE %1 SET title_key = ?, author_key = ? WHERE id = ?").arg(rows.table))) {
            *error = sql::errorText(update.lastError());
            return false;
        }
        for (const QVariantList &row : rows.keys) {
            for (const QVariant &value : row)
                update.addBindValue(value);
            if (!update.exec()) {
                *error = sql::errorText(update.lastError());
                return false;
            }
        }
    }
    return inTransaction || transaction.commit(error);
}

QString readingsBodySql(const QString &row)
{
    // Blocks in order, introduction first, one per line, as searchableBody() joins them. Not
    // json_each(): FTS5 reads its external content with SQLITE_PREPARE_NO_VTAB, which refuses the
    // table-valued JSON functions, so a recursive CTE counts through the arrays instead (SQLite
    // parses the content once per statement and caches it for the json_extract() calls).
    // Damaged content (not JSON) is indexed by its metadata only, as version 2 did, rather than
    // failing every write to that row.
    return QStringLiteral("CASE WHEN json_valid(%1.content) THEN (WITH RECURSIVE block(part, n) AS"
                          " (SELECT '$.introduction', 0 UNION ALL SELECT '$.body', 0"
                          " UNION ALL SELECT part, n + 1 FROM block WHERE n + 1 < json_array_length(%1.content, part))"
                          " SELECT group_concat(json_extract(%1.content, part || '[' || n || '].text'), char(10))"
                          " FROM (SELECT part, n FROM block ORDER BY part = '$.body', n)) ELSE '' END")
        .arg(row);
}

QVariant storedSearchBody(const Reading &reading)
{
    if (reading.introduction.size() + reading.body.size() <= StoredSearchTextMinimumBlocks)
        return QVariant(); // NULL: the index gathers it from the content
    return searchableBody(reading);
}

QString searchableBody(const Reading &reading)
{
    const QString introduction = plainText(reading.introduction);
    const QString body = plainText(reading.body);
    if (introduction.isEmpty())
        return body;
    if (body.isEmpty())
        return introduction;
    return introduction + QLatin1Char('\n') + body;
}

} // namespace redletter::migrations
