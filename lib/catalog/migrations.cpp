// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/migrations.h"

#include "catalog/sqlutil.h"
#include "reading/readingjson.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace redletter::migrations {

namespace {

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
        QString body;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(rows.value(4).toString().toUtf8(), &parseError);
        Reading reading;
        QString readingError;
        if (document.isObject() && readingFromJson(document.object(), &reading, &readingError)) {
            body = searchableBody(reading);
        } else {
            // One damaged row must not keep the whole catalog from opening: search then finds
            // it by its metadata only, and Catalog::reading() reports the damage when asked.
            qCWarning(lcCatalog).noquote() << "reading" << id << "has unreadable content; indexing its metadata only:"
                                 << (document.isObject() ? readingError : parseError.errorString());
        }
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

} // namespace

const QVector<Step> &steps()
{
    // Adding a schema version is one entry here (and its function above).
    static const QVector<Step> all{
        {1, QStringLiteral("readings and schedule"), createReadingsAndSchedule},
        {2, QStringLiteral("full-text search"), addFullTextSearch},
        {3, QStringLiteral("annotations"), addAnnotations},
        {4, QStringLiteral("works and note counts"), addWorksAndNoteCounts},
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
