// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/recovery.h"

#include "annotations/annotationjson.h"
#include "catalog/backups.h"
#include "catalog/catalog.h"
#include "catalog/sqlutil.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <limits>

namespace redletter {

namespace {

std::atomic<int> recoveryCounter{0};

//! A raw connection for the duration of one recovery; removed with it.
class Connection
{
public:
    explicit Connection(const QString &file)
        : m_name(QStringLiteral("redletter-recovery-%1").arg(++recoveryCounter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        m_open = db.open();
        if (!m_open)
            m_error = sql::errorText(db.lastError());
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

QStringList tableColumns(QSqlDatabase db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        return columns;
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

QString quotedList(const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(QLatin1Char('"') + column + QLatin1Char('"'));
    return quoted.join(QLatin1String(", "));
}

using Row = QVariantList;

/*!
 * Calls @p take for every row of @p table that SQLite can read, in rowid order. After a row it
 * cannot read, it looks for the next rowid whose row it can (1, 2, 4, … rowids further where even
 * the rowids cannot be read), so one damaged page costs the rows on it and not the rest of the
 * table. What was skipped goes to @p problems, one line per gap.
 */
void scanTable(QSqlDatabase db, const QString &table, const QStringList &columns,
               const std::function<void(const Row &)> &take, QStringList *problems)
{
    const QString select = QStringLiteral("SELECT rowid, %1 FROM \"%2\" WHERE rowid > ? ORDER BY rowid")
                               .arg(quotedList(columns), table);
    const QString nextRowid = QStringLiteral("SELECT rowid FROM \"%1\" WHERE rowid >= ? ORDER BY rowid LIMIT 1").arg(table);
    const QString oneRow = QStringLiteral("SELECT %1 FROM \"%2\" WHERE rowid = ?").arg(quotedList(columns), table);
    constexpr qint64 none = std::numeric_limits<qint64>::min();
    qint64 after = none;
    int probes = 0;
    while (true) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QString message;
        const bool started = sql::exec(query, select, {after}, &message);
        while (started && query.next()) {
            after = query.value(0).toLongLong();
            Row row;
            row.reserve(columns.size());
            for (int i = 1; i <= int(columns.size()); ++i)
                row.append(query.value(i));
            take(row);
        }
        if (started && !query.lastError().isValid())
            return; // to the end
        if (message.isEmpty())
            message = sql::errorText(query.lastError());
        query.finish();

        // Where can reading go on? Rowids SQLite gives are positive.
        const qint64 failedAfter = after;
        qint64 probe = after == none ? 1 : after + 1;
        qint64 step = 1;
        bool resumed = false;
        bool atEnd = false;
        while (!resumed && !atEnd && ++probes < 100000) {
            QSqlQuery next(db);
            QString ignored;
            if (sql::exec(next, nextRowid, {probe}, &ignored) && !next.lastError().isValid()) {
                if (!next.next()) {
                    atEnd = !next.lastError().isValid();
                    if (atEnd)
                        break;
                } else {
                    const qint64 rowid = next.value(0).toLongLong();
                    QSqlQuery whole(db);
                    if (sql::exec(whole, oneRow, {rowid}, &ignored) && whole.next()) {
                        // Taken here: a scan from just before it may fail on the damaged page again.
                        Row row;
                        row.reserve(columns.size());
                        for (int i = 0; i < int(columns.size()); ++i)
                            row.append(whole.value(i));
                        take(row);
                        after = rowid;
                        resumed = true;
                    } else {
                        probe = rowid + 1; // this row is damaged; the next one may not be
                        step = 1;
                    }
                    continue;
                }
            }
            if (probe > std::numeric_limits<qint64>::max() / 4)
                break;
            probe += step;
            step *= 2;
        }
        const QString from = failedAfter == none ? QStringLiteral("the first row") : QStringLiteral("rowid %1").arg(failedAfter);
        // Resumed at the very next rowid: only the way there was damaged, no row was skipped.
        const bool skipped = !resumed || failedAfter == none || after > failedAfter + 1;
        if (skipped) {
            problems->append(resumed ? QStringLiteral("%1: rows after %2 before rowid %3 could not be read (%4)")
                                           .arg(table, from)
                                           .arg(after)
                                           .arg(message)
                                     : QStringLiteral("%1: rows after %2 could not be read (%3)").arg(table, from, message));
        }
        if (!resumed)
            return;
    }
}

//! The ids a table's primary-key index still names: what it held, even where its rows are lost.
QSet<QString> idsInIndex(QSqlDatabase db, const QString &table)
{
    QSet<QString> ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM \"%1\" INDEXED BY sqlite_autoindex_%1_1").arg(table)))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

//! A table as read: its columns (those both files have) and rows.
struct TableRows
{
    QString table;
    QStringList columns;
    QVector<Row> rows;
};

struct Insert
{
    int stored = 0;
    int refused = 0;
    QStringList refusedKeys; //!< the first column of refused rows
};

Insert insertRows(QSqlDatabase db, const TableRows &data, const QString &onConflict, QStringList *problems)
{
    Insert result;
    if (data.rows.isEmpty())
        return result;
    QStringList placeholders;
    for (int i = 0; i < int(data.columns.size()); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3) %4")
                            .arg(data.table, quotedList(data.columns), placeholders.join(QLatin1String(", ")),
                                 onConflict))) {
        problems->append(QStringLiteral("%1: %2").arg(data.table, sql::errorText(insert.lastError())));
        result.refused = int(data.rows.size());
        return result;
    }
    QString firstError;
    for (const Row &row : data.rows) {
        for (int i = 0; i < int(row.size()); ++i)
            insert.bindValue(i, row.at(i));
        if (insert.exec()) {
            ++result.stored;
        } else {
            ++result.refused;
            result.refusedKeys.append(row.value(0).toString());
            if (firstError.isEmpty())
                firstError = sql::errorText(insert.lastError());
        }
    }
    if (result.refused > 0)
        problems->append(QStringLiteral("%1: %2 rows read could not be stored (%3)")
                             .arg(data.table)
                             .arg(result.refused)
                             .arg(firstError));
    return result;
}

int countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !query.next())
        return 0;
    return query.value(0).toInt();
}

// The reader's history: every table the serving keeps, the days first (served content before
// the days and parts that point at it), then what was read to its end and the sittings the
// learned pace comes from.
const QStringList historyTables{
    QStringLiteral("served_content"), QStringLiteral("schedule"),       QStringLiteral("served_parts"),
    QStringLiteral("schedule_skips"), QStringLiteral("schedule_queue"), QStringLiteral("paused_series"),
    QStringLiteral("finished_readings"), QStringLiteral("reading_sessions"),
};

} // namespace

QString CatalogRecovery::damageOf(const QString &catalogPath)
{
    const QFileInfo file(catalogPath);
    const QFileInfo wal(catalogPath + QLatin1String("-wal"));
    if (file.isFile() && file.size() == 0 && !(wal.isFile() && wal.size() > 0))
        return tr("the file is empty (0 bytes)");
    return QString();
}

bool CatalogRecovery::recover(const QString &catalogPath, const QString &damage,
                              const QVector<Reading> &builtinReadings, const QDateTime &localNow,
                              RecoveryReport *report, QString *error)
{
    *report = RecoveryReport();
    report->catalogFile = catalogPath;
    report->damage = damage;
    const QFileInfo catalogInfo(catalogPath);
    const QDir folder = catalogInfo.absoluteDir();

    // 1. The damaged file goes aside, with what a crash left beside it; it is never changed.
    QString message;
    const QString aside = CatalogBackups::moveAside(catalogPath, QStringLiteral("damaged"), localNow, &message);
    if (aside.isEmpty()) {
        *error = message;
        return false;
    }
    report->keptAside = aside;
    qCWarning(lcCatalog).noquote() << catalogPath << "is damaged (" << damage << "); kept as" << aside;

    // 2. Read from a copy: SQLite may write to a file it opens (a WAL to fold in, a hot journal).
    QTemporaryDir work(folder.filePath(QStringLiteral(".recovery-XXXXXX")));
    if (!work.isValid()) {
        *error = tr("Cannot make a working folder in %1: %2").arg(QDir::toNativeSeparators(folder.path()), work.errorString());
        return false;
    }
    const QString copy = work.filePath(QStringLiteral("damaged.sqlite"));
    if (!QFile::copy(aside, copy)) {
        *error = tr("Cannot copy %1 to read it (is the disk full?).").arg(QDir::toNativeSeparators(aside));
        return false;
    }
    if (QFileInfo::exists(aside + QLatin1String("-wal")))
        QFile::copy(aside + QLatin1String("-wal"), copy + QLatin1String("-wal"));

    TableRows annotations{QStringLiteral("annotations"), {}, {}};
    // The other versions of notes an import brought (schema v10): after the notes they belong to.
    TableRows conflicts{QStringLiteral("annotation_conflicts"), {}, {}};
    QVector<TableRows> history;
    TableRows works{QStringLiteral("works"), {}, {}};
    QSet<QString> annotationIdsInIndex;
    QSet<QString> readingIdsInIndex;

    // 3. A fresh catalog, or the newest good backup, to put what can be read into.
    const QString target = work.filePath(QStringLiteral("recovered.sqlite"));
    {
        Catalog fresh;
        if (!fresh.open(target, &message)) {
            *error = tr("Cannot make a new catalog: %1").arg(message);
            return false;
        }
    }

    {
        Connection source(copy);
        QSqlDatabase src = source.db();
        Connection destination(target);
        QSqlDatabase dst = destination.db();
        if (!destination.isOpen()) {
            *error = tr("Cannot make a new catalog: %1").arg(destination.error());
            return false;
        }
        const auto columnsFor = [&](const QString &table) {
            const QStringList theirs = tableColumns(src, table);
            QStringList both;
            for (const QString &column : tableColumns(dst, table)) {
                if (theirs.contains(column))
                    both.append(column);
            }
            return both;
        };
        const auto readAll = [&](TableRows *data) {
            data->columns = columnsFor(data->table);
            if (data->columns.isEmpty())
                return; // not in that file (an older schema), or its schema is unreadable
            scanTable(src, data->table, data->columns, [data](const Row &row) { data->rows.append(row); },
                      &report->problems);
        };

        bool readable = source.isOpen();
        if (readable) {
            // A schema naming pages past the end of a truncated file is refused as corrupt unless
            // the schema is "writable"; nothing is written to this copy either way.
            QString ignored;
            (void)sql::exec(src, QStringLiteral("PRAGMA writable_schema = ON"), {}, &ignored);
            QSqlQuery contents(src);
            if (!contents.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !contents.next()) {
                readable = false;
                report->problems.append(QStringLiteral("its table of contents cannot be read (%1)")
                                            .arg(sql::errorText(contents.lastError())));
            }
        } else {
            report->problems.append(QStringLiteral("cannot open: %1").arg(source.error()));
        }
        if (readable) {
            // In order of what matters most to the reader: the notes, the history, the texts.
            readAll(&annotations);
            readAll(&conflicts);
            annotationIdsInIndex = idsInIndex(src, QStringLiteral("annotations"));
            for (const QString &table : historyTables) {
                history.append(TableRows{table, {}, {}});
                readAll(&history.last());
            }
            readAll(&works);
            readingIdsInIndex = idsInIndex(src, QStringLiteral("readings"));
        }

        QString sqlError;
        if (!sql::exec(dst, QStringLiteral("PRAGMA foreign_keys = ON"), {}, &sqlError)
            || !sql::exec(dst, QStringLiteral("BEGIN IMMEDIATE"), {}, &sqlError)) {
            *error = tr("Cannot write the recovered catalog: %1").arg(sqlError);
            return false;
        }
        insertRows(dst, works, QStringLiteral("ON CONFLICT DO NOTHING"), &report->problems);

        // Readings are streamed (they are most of the file), each stored as read.
        TableRows readings{QStringLiteral("readings"), columnsFor(QStringLiteral("readings")), {}};
        QSet<QString> readingIdsRead;
        if (readable && !readings.columns.isEmpty()) {
            const int workColumn = int(readings.columns.indexOf(QStringLiteral("work_id")));
            const int positionColumn = int(readings.columns.indexOf(QStringLiteral("work_position")));
            TableRows one{readings.table, readings.columns, {Row()}};
            QStringList ignored;
            scanTable(src, readings.table, readings.columns,
                      [&](const Row &row) {
                          one.rows[0] = row;
                          Insert stored = insertRows(dst, one, QStringLiteral("ON CONFLICT DO NOTHING"), &ignored);
                          if (stored.refused > 0 && workColumn >= 0) {
                              // Its work was lost: the reading stands on its own.
                              one.rows[0][workColumn] = QVariant();
                              if (positionColumn >= 0)
                                  one.rows[0][positionColumn] = QVariant();
                              stored = insertRows(dst, one, QStringLiteral("ON CONFLICT DO NOTHING"), &ignored);
                          }
                          if (stored.stored > 0) {
                              ++report->readings;
                              readingIdsRead.insert(row.value(0).toString());
                          } else {
                              report->problems.append(QStringLiteral("readings: %1 could not be stored (%2)")
                                                          .arg(row.value(0).toString(), ignored.value(0)));
                          }
                      },
                      &report->problems);
        }
        if (!sql::exec(dst, QStringLiteral("COMMIT"), {}, &sqlError)) {
            *error = tr("Cannot write the recovered catalog: %1").arg(sqlError);
            return false;
        }
        const QSet<QString> lostReadings = readingIdsInIndex - readingIdsRead;
        report->lostReadingIds = lostReadings.values();
        report->lostReadingIds.sort();
        const QSet<QString> annotationIdsRead = [&annotations] {
            QSet<QString> ids;
            for (const Row &row : qAsConst(annotations.rows))
                ids.insert(row.value(annotations.columns.indexOf(QStringLiteral("id"))).toString());
            return ids;
        }();
        const QSet<QString> lostNotes = annotationIdsInIndex - annotationIdsRead;
        report->lostAnnotationIds = lostNotes.values();
        report->lostAnnotationIds.sort();
    }

    // 4. The built-in readings, as the app stores them at every start: their notes find them.
    if (!builtinReadings.isEmpty()) {
        Catalog catalog;
        if (!catalog.open(target, &message) || !catalog.importReadings(builtinReadings, /*builtin=*/true, &message)) {
            *error = tr("Cannot write the recovered catalog: %1").arg(message);
            return false;
        }
    }

    // 5. The newest good backup, if it holds more than could be read: the rows read go into it.
    QString base = target;
    for (const BackupInfo &backup : CatalogBackups(catalogPath).list()) {
        if (!backup.readable)
            continue;
        const int readAnnotations = int(annotations.rows.size());
        const int readDays = history.isEmpty() ? 0 : int(history.at(1).rows.size());
        const bool holdsMore = backup.annotations > readAnnotations
            || (backup.annotations == readAnnotations && backup.servedDays + backup.readings > readDays + report->readings);
        if (holdsMore) {
            const QString restored = work.filePath(QStringLiteral("from-backup.sqlite"));
            Catalog catalog; // migrates a backup made by an earlier version
            if (CatalogBackups::copyFileSafely(backup.file, restored, &message) && catalog.open(restored, &message)
                && catalog.importReadings(builtinReadings, /*builtin=*/true, &message)) {
                catalog.close();
                base = restored;
                report->backupFile = backup.file;
                report->backupDay = backup.day;
                // The readings read from the damaged file that the backup lacks.
                Connection from(target);
                Connection into(restored);
                QSqlDatabase dst = into.db();
                QString sqlError;
                (void)sql::exec(dst, QStringLiteral("PRAGMA foreign_keys = ON"), {}, &sqlError);
                TableRows readingRows{QStringLiteral("readings"), tableColumns(from.db(), QStringLiteral("readings")), {}};
                TableRows workRows{QStringLiteral("works"), tableColumns(from.db(), QStringLiteral("works")), {}};
                QStringList ignored;
                scanTable(from.db(), workRows.table, workRows.columns, [&](const Row &row) { workRows.rows.append(row); }, &ignored);
                insertRows(dst, workRows, QStringLiteral("ON CONFLICT DO NOTHING"), &ignored);
                scanTable(from.db(), readingRows.table, readingRows.columns,
                          [&](const Row &row) { readingRows.rows.append(row); }, &ignored);
                insertRows(dst, readingRows, QStringLiteral("ON CONFLICT DO NOTHING"), &ignored);
                // A reading the backup has is lost no more.
                QStringList stillLost;
                for (const QString &id : qAsConst(report->lostReadingIds)) {
                    QSqlQuery has(dst);
                    if (!sql::exec(has, QStringLiteral("SELECT 1 FROM readings WHERE id = ?"), {id}, &sqlError) || !has.next())
                        stillLost.append(id);
                }
                report->lostReadingIds = stillLost;
            } else {
                report->problems.append(QStringLiteral("backup %1: %2").arg(backup.file, message));
            }
        }
        break; // only the newest readable one
    }

    // 6. The history and the notes, into whatever base holds the readings now.
    {
        Connection into(base);
        QSqlDatabase dst = into.db();
        QString sqlError;
        if (!into.isOpen() || !sql::exec(dst, QStringLiteral("PRAGMA foreign_keys = ON"), {}, &sqlError)
            || !sql::exec(dst, QStringLiteral("BEGIN IMMEDIATE"), {}, &sqlError)) {
            *error = tr("Cannot write the recovered catalog: %1").arg(into.isOpen() ? sqlError : into.error());
            return false;
        }
        for (const TableRows &table : qAsConst(history)) {
            const Insert stored = insertRows(dst, table, QStringLiteral("ON CONFLICT DO NOTHING"), &report->problems);
            if (table.table == QLatin1String("schedule"))
                report->servedDays = stored.stored;
        }
        // An annotation the backup has too: the newer modification wins.
        QString onConflict = QStringLiteral("ON CONFLICT(id) DO UPDATE SET ");
        QStringList assignments;
        for (const QString &column : qAsConst(annotations.columns)) {
            if (column != QLatin1String("id"))
                assignments.append(QStringLiteral("\"%1\" = excluded.\"%1\"").arg(column));
        }
        onConflict += assignments.join(QLatin1String(", ")) + QLatin1String(" WHERE excluded.modified > annotations.modified");
        QStringList noteProblems;
        const Insert stored = insertRows(dst, annotations, assignments.isEmpty() ? QString() : onConflict, &noteProblems);
        report->annotations = stored.stored;
        insertRows(dst, conflicts, QStringLiteral("ON CONFLICT DO NOTHING"), &report->problems);

        // Notes whose reading is gone are written to a file of their own, never dropped.
        if (stored.refused > 0) {
            QJsonArray orphans;
            for (const Row &row : qAsConst(annotations.rows)) {
                if (!stored.refusedKeys.contains(row.value(0).toString()))
                    continue;
                Annotation note;
                const auto value = [&](const char *column) {
                    return row.value(annotations.columns.indexOf(QLatin1String(column)));
                };
                note.id = value("id").toString();
                note.readingId = value("reading_id").toString();
                note.quote.exact = value("exact").toString();
                note.quote.prefix = value("prefix").toString();
                note.quote.suffix = value("suffix").toString();
                if (!value("position_start").isNull() && !value("position_end").isNull()) {
                    note.position.start = value("position_start").toInt();
                    note.position.end = value("position_end").toInt();
                }
                note.note = value("note").toString();
                note.color = value("color").toString();
                const QJsonDocument tags = QJsonDocument::fromJson(value("tags").toString().toUtf8());
                for (const QJsonValue &tag : tags.array())
                    note.tags.append(tag.toString());
                note.created = QDateTime::fromString(value("created").toString(), Qt::ISODateWithMs).toUTC();
                note.modified = QDateTime::fromString(value("modified").toString(), Qt::ISODateWithMs).toUTC();
                orphans.append(toW3cJson(note, readingUrn(note.readingId)));
            }
            report->notesWithoutReading = int(orphans.size());
            report->notesFile = aside + QLatin1String("-notes.json");
            QSaveFile file(report->notesFile);
            if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(orphans).toJson()) < 0 || !file.commit()) {
                *error = tr("Cannot save the notes of lost readings to %1: %2")
                             .arg(QDir::toNativeSeparators(report->notesFile), file.errorString());
                return false;
            }
        }
        if (!sql::exec(dst, QStringLiteral("COMMIT"), {}, &sqlError)) {
            *error = tr("Cannot write the recovered catalog: %1").arg(sqlError);
            return false;
        }
        // A note the backup has is lost no more.
        QStringList stillLost;
        for (const QString &id : qAsConst(report->lostAnnotationIds)) {
            QSqlQuery has(dst);
            if (!sql::exec(has, QStringLiteral("SELECT 1 FROM annotations WHERE id = ?"), {id}, &sqlError) || !has.next())
                stillLost.append(id);
        }
        report->lostAnnotationIds = stillLost;
        report->totalAnnotations = countRows(dst, QStringLiteral("annotations"));
        report->totalServedDays = countRows(dst, QStringLiteral("schedule"));
        report->totalReadings = countRows(dst, QStringLiteral("readings"));
    }

    // 7. Into place: the recovered catalog is the catalog from now on.
    if (!CatalogBackups::copyFileSafely(base, catalogPath, &message)) {
        *error = message;
        return false;
    }
    qCWarning(lcCatalog).noquote() << "recovered" << catalogPath << ":" << report->annotations << "notes,"
                                   << report->servedDays << "served days," << report->readings << "readings read;"
                                   << report->problems.join(QLatin1String("; "));
    return true;
}

QString RecoveryReport::toText() const
{
    QStringList lines;
    lines.append(CatalogRecovery::tr("The catalog %1 was damaged (%2).")
                     .arg(QDir::toNativeSeparators(catalogFile), damage));
    lines.append(CatalogRecovery::tr("The damaged file is kept, unchanged, as %1.").arg(QDir::toNativeSeparators(keptAside)));
    if (startedEmpty()) {
        lines.append(CatalogRecovery::tr("Nothing in it could be read, and there is no backup: Red Letter starts with a new, "
                                         "empty catalog."));
    } else {
        lines.append(CatalogRecovery::tr("Recovered from it — notes: %1, days of the reading history: %2, readings: %3.")
                         .arg(annotations)
                         .arg(servedDays)
                         .arg(readings));
        if (!backupFile.isEmpty())
            lines.append(CatalogRecovery::tr("They were added to the backup of %1 (%2), which held more.")
                             .arg(QLocale().toString(backupDay, QLocale::LongFormat), QDir::toNativeSeparators(backupFile)));
        lines.append(CatalogRecovery::tr("The catalog now holds — notes: %1, days of the reading history: %2, readings: %3.")
                         .arg(totalAnnotations)
                         .arg(totalServedDays)
                         .arg(totalReadings));
    }
    if (!lostAnnotationIds.isEmpty())
        lines.append(CatalogRecovery::tr("Not recovered — notes: %1 (%2).")
                         .arg(lostAnnotationIds.size())
                         .arg(lostAnnotationIds.join(QLatin1String(", "))));
    if (!lostReadingIds.isEmpty())
        lines.append(CatalogRecovery::tr("Not recovered — readings: %1 (%2); import them again.")
                         .arg(lostReadingIds.size())
                         .arg(lostReadingIds.join(QLatin1String(", "))));
    if (notesWithoutReading > 0)
        lines.append(CatalogRecovery::tr("Notes of readings that were not recovered: %1; they are saved in %2. "
                                         "Import those readings again, then that file with File › Import Notes.")
                         .arg(notesWithoutReading)
                         .arg(QDir::toNativeSeparators(notesFile)));
    if (lostAnnotationIds.isEmpty() && lostReadingIds.isEmpty() && notesWithoutReading == 0 && !startedEmpty())
        lines.append(CatalogRecovery::tr("Every note and reading the damaged file still names was recovered."));
    if (!problems.isEmpty())
        lines.append(CatalogRecovery::tr("Details: %1").arg(problems.join(QLatin1String("; "))));
    return lines.join(QLatin1Char('\n'));
}

} // namespace redletter
