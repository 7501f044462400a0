// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"

#include "annotations/anchoring.h"
#include "annotations/annotatabletext.h"
#include "annotations/annotationjson.h"
#include "catalog/migrations.h"
#include "catalog/searchtext.h"
#include "catalog/sqlutil.h"
#include "reading/readingjson.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <utility>

namespace redletter {

namespace {

std::atomic<int> connectionCounter{0};

// Below this much free space SQLite cannot create the WAL index (32 KiB) beside a catalog it reads.
constexpr qint64 MinimumFreeBytes = 1024 * 1024;


const QString readingColumns = QStringLiteral(
    "title, author, work, year, language, source, tags, curated_date, editor_minutes, text_words,"
    " introduction_words, note_words, minutes, content, content_sha256, source_file, builtin,"
    " footnote_count, editor_note_count, title_key, author_key, search_body");

// All in the index readings_entries (migrations::entryIndexColumns()): lists read no text.
const QString entryColumns = migrations::entryIndexColumns();

// Where importOne() finds the stored content among readingColumns.
constexpr int contentColumn = 13;

// Every annotation query names the table "a", so that joins can use the same lists.
const QString annotationColumns = QStringLiteral(
    "a.id, a.reading_id, a.exact, a.prefix, a.suffix, a.position_start, a.position_end, a.note,"
    " a.color, a.tags, a.created, a.modified, a.orphaned");

// Reading order within one reading; annotations without a known position (imported ones) last.
const QString readingOrder = QStringLiteral("a.position_start IS NULL, a.position_start, a.created, a.id");

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullIfZero(int number)
{
    return number == 0 ? QVariant() : QVariant(number);
}

// Values read back from SQLite come as qlonglong/QString/null; the ones about to be written are
// int/QString/null. Comparing their text is exact for both and independent of the QVariant type.
bool sameValue(const QVariant &stored, const QVariant &wanted)
{
    if (stored.isNull() || wanted.isNull())
        return stored.isNull() == wanted.isNull();
    return stored.toString() == wanted.toString();
}

//! The columns every list of entries begins with: id, title, author, work, year, language, minutes.
CatalogEntry entryHeadFromQuery(const QSqlQuery &query)
{
    CatalogEntry entry;
    entry.id = query.value(0).toString();
    entry.title = query.value(1).toString();
    entry.author = query.value(2).toString();
    entry.work = query.value(3).toString();
    entry.year = query.value(4).toInt();
    entry.language = query.value(5).toString();
    entry.minutes = query.value(6).toInt();
    return entry;
}

//! source, work_id, work_position, source_file from @p first on: where an entry came from.
void readEntryOrigin(const QSqlQuery &query, int first, CatalogEntry *entry)
{
    const QString source = query.value(first).toString();
    if (!source.isEmpty())
        entry->source = QUrl(source);
    entry->workId = query.value(first + 1).toString();
    entry->workPosition = query.value(first + 2).toInt();
    entry->sourceFile = query.value(first + 3).toString();
}

CatalogEntry entryFromQuery(const QSqlQuery &query)
{
    CatalogEntry entry = entryHeadFromQuery(query);
    // Parsed only when there is one: most readings have no curated day and no address, and a
    // list of the whole catalog parses 10,000 of each.
    const QString curated = query.value(7).toString();
    if (!curated.isEmpty())
        entry.curatedDate = QDate::fromString(curated, Qt::ISODate);
    entry.builtin = query.value(8).toInt() != 0;
    entry.words = query.value(9).toInt();
    entry.footnotes = query.value(10).toInt();
    entry.editorialNotes = query.value(11).toInt();
    readEntryOrigin(query, 12, &entry);
    return entry;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

// '' for an unknown time: the column is NOT NULL, and inventing a time would change the value.
QString timestampText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime timestampFromText(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QVariant positionValue(int codePoint, const TextPositionSelector &position)
{
    return position.isValid() ? QVariant(codePoint) : QVariant();
}

//! An annotation row as the catalog keeps it: the value and whether its passage was found.
struct StoredAnnotation
{
    Annotation annotation;
    bool orphaned = false;
};

bool sameSelectors(const Annotation &a, const Annotation &b)
{
    return a.readingId == b.readingId && a.quote == b.quote && a.position == b.position;
}

/*!
 * The reading stored as readingToJson() text in the content column. Fills @p error with what is
 * wrong (as Catalog::reading() logs it).
 */
bool readingFromContent(const QString &content, Reading *reading, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content.toUtf8(), &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a JSON object");
        return false;
    }
    return readingFromJson(document.object(), reading, error);
}

void addReanchorSummary(ReanchorSummary *total, const ReanchorSummary &part)
{
    if (!total)
        return;
    total->exact += part.exact;
    total->fuzzy += part.fuzzy;
    total->orphaned += part.orphaned;
    total->restored += part.restored;
    total->orphanedIds += part.orphanedIds;
}

ServedDay servedDayFromQuery(const QSqlQuery &query)
{
    ServedDay served;
    served.day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    served.readingId = query.value(1).toString();
    served.servedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
    return served;
}

// More words than anyone types into a search box; FTS5 also limits the depth of its query tree.
constexpr int MaximumSearchWords = 64;

//! The words of the user's query that ftsQuery() makes phrases of, in order.
QStringList searchWords(const QString &userQuery)
{
    QString cleaned = userQuery;
    for (QChar &c : cleaned) {
        // FTS5 reads its query as a C string: a NUL would cut it inside a quoted word.
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    QStringList words = cleaned.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeDuplicates();
    while (words.size() > MaximumSearchWords)
        words.removeLast();
    QStringList withTokens;
    for (const QString &word : qAsConst(words)) {
        // A word without letters or digits has no tokens; FTS5 would match nothing for it.
        bool hasToken = false;
        for (const QChar c : word)
            hasToken = hasToken || c.isLetterOrNumber();
        if (hasToken)
            withTokens.append(word);
    }
    return withTokens;
}

/*!
 * Every word of the user's query as an FTS5 string ("a""b" for a"b): operators, column filters,
 * '*' and parentheses lose their meaning, and no input can be a syntax error. A word with
 * punctuation inside stays one phrase, so "don't" matches the text "don't" and nothing else.
 */
QString ftsQuery(const QString &userQuery)
{
    QStringList phrases;
    for (QString word : searchWords(userQuery)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + word + QLatin1Char('"'));
    }
    return phrases.join(QLatin1Char(' '));
}


/*
 * When opening runs PRAGMA quick_check. It reads every page of the file: 333 ms for a catalog
 * of 10,000 readings, most of what `--today` took there. A damaged file must still be refused
 * before anything is written to it (tst_catalog's damaged catalogs), so the check is skipped
 * only when it cannot find anything new: Catalog::close() leaves a note beside the file (the
 * "-closed" file) with the file's size and modification time once the last connection has
 * closed cleanly (SQLite then has folded the WAL in and removed it). If at the next open that
 * note is there, the file has exactly that size and time, and no -wal or -journal file is
 * beside it, nothing has written to the file since a clean close: not a crash (the note is
 * removed while the catalog is open), not a copy or restore, not another program. Damage that
 * leaves both unchanged (a failing disk) is found by the weekly check the note also schedules,
 * and on demand by Catalog::checkIntegrity().
 */
constexpr int DaysBetweenChecks = 7;

QString closedNotePath(const QString &path)
{
    return path + QLatin1String("-closed");
}

struct ClosedNote
{
    bool valid = false;
    qint64 size = -1;
    qint64 modifiedMs = -1;
    QDateTime checked; //!< UTC: the last quick_check or integrity_check that passed
};

ClosedNote readClosedNote(const QString &path)
{
    ClosedNote note;
    QFile file(closedNotePath(path));
    if (!file.open(QIODevice::ReadOnly))
        return note;
    const QJsonObject object = QJsonDocument::fromJson(file.read(4096)).object();
    note.size = qint64(object.value(QLatin1String("size")).toDouble(-1));
    note.modifiedMs = qint64(object.value(QLatin1String("modified")).toDouble(-1));
    note.checked = QDateTime::fromString(object.value(QLatin1String("checked")).toString(), Qt::ISODateWithMs);
    note.valid = note.size >= 0 && note.modifiedMs >= 0 && note.checked.isValid();
    return note;
}

qint64 modifiedMs(const QFileInfo &file)
{
    return file.lastModified().toMSecsSinceEpoch();
}

//! Why opening @p path must run quick_check, or an empty string when it need not.
QString reasonToCheck(const QString &path, const QDateTime &nowUtc)
{
    const QFileInfo file(path);
    if (!file.exists() || file.size() == 0)
        return {}; // a new catalog: nothing to check
    if (QFileInfo::exists(path + QLatin1String("-wal")) || QFileInfo::exists(path + QLatin1String("-journal")))
        return QStringLiteral("the catalog is open elsewhere or was not closed cleanly");
    const ClosedNote note = readClosedNote(path);
    if (!note.valid)
        return QStringLiteral("the catalog was not closed cleanly");
    if (note.size != file.size() || note.modifiedMs != modifiedMs(file))
        return QStringLiteral("the catalog file changed after it was closed");
    if (note.checked.daysTo(nowUtc) >= DaysBetweenChecks)
        return QStringLiteral("the last check was %1 days ago").arg(note.checked.daysTo(nowUtc));
    return {};
}

} // namespace

/*!
 * PRAGMA synchronous = FULL for the transactions of the reader's annotations, NORMAL again after.
 * In WAL mode NORMAL syncs only at checkpoints: a commit survives the app crashing, but a power
 * cut or an OS crash may lose the last ones. A note is typed once and cannot be imported again,
 * so its commit waits for the WAL to reach the disk (one fsync, about a millisecond on an SSD);
 * imports, which can always be repeated, keep NORMAL.
 */
class FullSync
{
public:
    explicit FullSync(QSqlDatabase &db) : m_db(db)
    {
        QString error;
        m_set = sql::exec(m_db, QStringLiteral("PRAGMA synchronous = FULL"), {}, &error);
        if (!m_set)
            qCWarning(lcCatalog).noquote() << "cannot make the annotation's commit durable:" << error;
    }
    ~FullSync()
    {
        QString error;
        if (m_set && !sql::exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"), {}, &error))
            qCWarning(lcCatalog).noquote() << "cannot set synchronous back to NORMAL:" << error;
    }
    FullSync(const FullSync &) = delete;
    FullSync &operator=(const FullSync &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_set = false;
};

class Catalog::Private
{
public:
    QString path;
    QString connectionName;
    bool open = false;
    bool checkedOnOpen = false;
    bool readOnly = false; // opened by openReadOnly()
    bool lastWriteFailedForNow = false; // see Catalog::lastWriteFailedForNow()
    int busyTimeoutMilliseconds = Catalog::DefaultBusyTimeoutMilliseconds; // see setBusyTimeout()
    mutable OpenProblem openProblem = OpenProblem::None; // set by open() and prepareConnection()
    mutable QString openProblemDetail;
    QDateTime lastChecked; // UTC; for the note close() leaves (see reasonToCheck())
    mutable QString lastError; // also set by the const readers, which only log

    // Never stored: QSqlDatabase::removeDatabase() needs every copy gone.
    QSqlDatabase database() const { return QSqlDatabase::database(connectionName, false); }

    bool fail(QString *error, const QString &message)
    {
        lastWriteFailedForNow = readOnly || sql::saysCannotWriteNow(message);
        lastError = path + QLatin1String(": ") + message;
        if (error)
            *error = lastError;
        return false;
    }

    // For const readers: the failure goes to the log, the caller gets an empty result.
    void warn(const QString &what, const QSqlQuery &query) const
    {
        lastError = path + QLatin1String(": ") + what + QLatin1Char(' ') + sql::errorText(query.lastError());
        qCWarning(lcCatalog).noquote() << lastError;
    }

    /*!
     * Every row of @p select made into a T by @p fromRow: the lists of the catalog (entries,
     * works, a work's chapters). Empty, with @p what in the log, when the query fails.
     */
    template<typename T, typename FromRow>
    QVector<T> list(const QString &select, const QVariantList &values, const QString &what, FromRow fromRow) const
    {
        QVector<T> result;
        if (!open)
            return result;
        QSqlDatabase db = database();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QString message;
        if (!sql::exec(query, select, values, &message)) {
            warn(what, query);
            return result;
        }
        while (query.next())
            result.append(fromRow(query));
        return result;
    }

    void dropConnection()
    {
        if (connectionName.isEmpty())
            return;
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
    }

    //! The annotatable text of one stored reading, as saving annotations needs it.
    struct ReadingText
    {
        bool exists = false;
        bool readable = false; //!< false: damaged content, nothing to anchor in
        QString text;
    };

    bool checkFileAccess(QString *message) const;
    bool prepareConnection(QSqlDatabase &db, QString *message, bool readOnly = false) const;
    //! A new connection (connectionName) to @p databaseName with the driver's @p options, prepared.
    bool connect(const QString &databaseName, const QString &options, bool readOnly, QString *message);
    static bool integrityProblems(QSqlDatabase &db, const QString &pragma, int limit, QStringList *problems,
                                  QString *message, QSqlError *cause = nullptr);
    bool importOne(QSqlDatabase &db, const Reading &reading, const QString &sourceFile, bool builtin,
                   ImportOutcome *outcome, ReanchorSummary *reanchored, QString *message) const;
    bool reanchorAnnotations(QSqlDatabase &db, const Reading &reading, const QString &oldContent,
                             ReanchorSummary *reanchored, QString *message) const;

    StoredAnnotation annotationFromQuery(const QSqlQuery &query) const;
    bool selectAnnotations(QSqlDatabase &db, const QString &sqlTail, const QVariantList &values,
                           QVector<StoredAnnotation> *result, QString *message) const;
    //! For the const readers: failures are logged and give an empty list.
    QVector<StoredAnnotation> readAnnotations(const QString &what, const QString &sqlTail,
                                              const QVariantList &values) const;
    bool readingText(QSqlDatabase &db, const QString &readingId, QHash<QString, ReadingText> *cache,
                     ReadingText *result, QString *message) const;
    bool saveOne(QSqlDatabase &db, const Annotation &annotation, QHash<QString, ReadingText> *cache,
                 QString *message) const;
    //! Keeps @p other as a conflict of the stored note with its id, unless the same is kept already.
    bool recordConflict(QSqlDatabase &db, const Annotation &other, const QString &origin, const QDateTime &nowUtc,
                        QString *message) const;
    bool mergeOne(QSqlDatabase &db, const Annotation &incoming, const QString &origin, const QDateTime &nowUtc,
                  QHash<QString, ReadingText> *cache, AnnotationMergeItem *item, QString *message) const;

    class AnnotationWrite; //!< the scope every write of the reader's annotations runs in (below)
};

/*!
 * The one way the reader's annotations are written: a transaction committed with synchronous =
 * FULL (see FullSync), so a note is on the disk whole or not at all, even after a kill -9 or a power
 * cut. begun() is false when the catalog is not open or the transaction cannot start; the error is
 * then reported (Private::fail). Rolled back on leaving the scope unless commit() succeeded.
 */
class Catalog::Private::AnnotationWrite
{
public:
    AnnotationWrite(Catalog::Private &catalog, QString *error)
    {
        if (!catalog.open) {
            catalog.fail(error, QStringLiteral("the catalog is not open"));
            return;
        }
        m_db = catalog.database();
        m_durable.emplace(m_db);
        m_transaction.emplace(m_db);
        QString message;
        m_begun = m_transaction->begin(&message);
        if (!m_begun)
            catalog.fail(error, QStringLiteral("cannot start a transaction: %1").arg(message));
    }

    bool begun() const { return m_begun; }
    QSqlDatabase &db() { return m_db; }
    [[nodiscard]] bool commit(QString *message) { return m_transaction->commit(message); }

private:
    // Destroyed in reverse: the transaction rolls back (unless committed) before synchronous is NORMAL again.
    QSqlDatabase m_db;
    std::optional<FullSync> m_durable;
    std::optional<sql::Transaction> m_transaction;
    bool m_begun = false;
};

bool Catalog::Private::connect(const QString &databaseName, const QString &options, bool readOnly, QString *message)
{
    connectionName = QStringLiteral("redletter-catalog-%1").arg(++connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid()) {
        *message = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
        return false;
    }
    db.setConnectOptions(options);
    db.setDatabaseName(databaseName);
    if (!db.open()) {
        *message = QStringLiteral("cannot open: %1").arg(sql::errorText(db.lastError()));
        return false;
    }
    return prepareConnection(db, message, readOnly);
}

bool Catalog::Private::checkFileAccess(QString *message) const
{
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (!QDir().mkpath(folder)) {
        *message = QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (file.exists() && !file.isFile()) {
        *message = QStringLiteral("is not a file");
        return false;
    }
    if (file.exists() && !file.isWritable()) {
        *message = QStringLiteral("the catalog file is read-only; Red Letter needs to write to it "
                                  "(check its permissions)");
        return false;
    }
    // SQLite creates the database, and its -wal and -shm files, next to it.
    if (!QFileInfo(folder).isWritable()) {
        *message = QStringLiteral("the folder %1 is not writable; Red Letter needs to create the "
                                  "catalog and its journal files there")
                       .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    return true;
}

//! The lines of @p pragma (quick_check or integrity_check) other than "ok", at most @p limit.
bool Catalog::Private::integrityProblems(QSqlDatabase &db, const QString &pragma, int limit, QStringList *problems,
                                         QString *message, QSqlError *cause)
{
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!sql::exec(check, pragma, {}, message)) {
        if (cause)
            *cause = check.lastError();
        return false;
    }
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok") && problems->size() < limit)
            problems->append(line);
    }
    if (check.lastError().isValid()) {
        *message = sql::errorText(check.lastError());
        if (cause)
            *cause = check.lastError();
        return false;
    }
    return true;
}

/*!
 * Everything up to the first write only reads, so a file that turns out not to be ours (or to be
 * damaged, or newer) is left byte for byte as it was.
 */
bool Catalog::Private::prepareConnection(QSqlDatabase &db, QString *message, bool readOnly) const
{
    // Damage (SQLite finds the file malformed, or not a database) is told apart from a file that
    // cannot be read now (locked, unreadable, a full disk): only damage is a case for recovery.
    const auto notACatalog = [this, message](const QString &why, const QSqlError &cause = QSqlError()) {
        openProblemDetail = why;
        if (cause.isValid() && !sql::isDamage(cause)) {
            openProblem = OpenProblem::Unavailable;
            *message = QStringLiteral("cannot read the catalog (%1); it was left untouched").arg(why);
            return false;
        }
        openProblem = OpenProblem::Damaged;
        *message = QStringLiteral("not a Red Letter catalog or damaged (%1); it was left untouched").arg(why);
        return false;
    };

    QString sqlError;
    // Connection settings only; neither reads nor writes the file.
    if (!sql::exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMilliseconds), {}, &sqlError)
        || !sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), {}, &sqlError)) {
        *message = QStringLiteral("cannot configure the connection: %1").arg(sqlError);
        return false;
    }

    // The first real read: SQLite only now looks at the file header.
    QSqlQuery probe(db);
    if (!sql::exec(probe, QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, &sqlError))
        return notACatalog(sqlError, probe.lastError());
    if (!probe.next())
        return notACatalog(sql::errorText(probe.lastError()), probe.lastError());
    const int schemaObjects = probe.value(0).toInt();
    probe.finish();

    if (checkedOnOpen) {
        QStringList problems;
        QSqlError checkError;
        if (!integrityProblems(db, QStringLiteral("PRAGMA quick_check"), 3, &problems, &sqlError, &checkError))
            return notACatalog(sqlError, checkError);
        if (!problems.isEmpty())
            return notACatalog(problems.join(QLatin1String("; ")));
    }

    QSqlQuery header(db);
    if (!sql::exec(header, QStringLiteral("PRAGMA application_id"), {}, &sqlError) || !header.next())
        return notACatalog(sqlError, header.lastError());
    const int applicationId = header.value(0).toInt();
    header.finish();
    const int version = migrations::currentVersion(db);
    if (version < 0)
        return notACatalog(sql::errorText(db.lastError()), db.lastError());

    const bool empty = schemaObjects == 0 && version == 0 && applicationId == 0;
    if (!empty && applicationId != migrations::ApplicationId) {
        notACatalog(QStringLiteral("a SQLite database of another application"));
        openProblem = OpenProblem::NotOurs;
        return false;
    }
    if (version > migrations::latestVersion()) {
        openProblem = OpenProblem::Newer;
        *message = QStringLiteral("catalog schema version %1 is newer than this Red Letter (%2); update the app")
                       .arg(version)
                       .arg(migrations::latestVersion());
        return false;
    }

    if (readOnly) {
        if (version < migrations::latestVersion()) {
            *message = QStringLiteral("catalog schema version %1 must be updated to %2 before it can be read, "
                                      "and it cannot be written now")
                           .arg(version)
                           .arg(migrations::latestVersion());
            return false;
        }
        return true;
    }

    // From here on the file is ours and gets written.
    QSqlQuery journal(db);
    if (!sql::exec(journal, QStringLiteral("PRAGMA journal_mode = WAL"), {}, &sqlError)) {
        *message = QStringLiteral("cannot write to the catalog: %1").arg(sqlError);
        return false;
    }
    if (journal.next() && journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // Some file systems (network shares) cannot do WAL; SQLite keeps its rollback journal,
        // which is slower but as safe.
        qCWarning(lcCatalog).noquote() << path << "stays in journal mode" << journal.value(0).toString();
    }
    journal.finish();
    if (!sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), {}, &sqlError)) {
        *message = QStringLiteral("cannot configure the connection: %1").arg(sqlError);
        return false;
    }

    if (!migrations::migrate(db, message))
        return false;
    QString keysError;
    if (!migrations::fillListingKeys(db, &keysError)) {
        *message = QStringLiteral("cannot give the library's keys to the readings: %1").arg(keysError);
        return false;
    }
    return true;
}

bool Catalog::Private::importOne(QSqlDatabase &db, const Reading &reading, const QString &sourceFile,
                                 bool builtin, ImportOutcome *outcome, ReanchorSummary *reanchored,
                                 QString *message) const
{
    if (reading.id.isEmpty()) {
        *message = QStringLiteral("cannot store the reading \"%1\": it has no id").arg(reading.title);
        return false;
    }
    if (reading.title.isEmpty()) {
        *message = QStringLiteral("cannot store the reading \"%1\": it has no title").arg(reading.id);
        return false;
    }

    const QJsonObject json = readingToJson(reading);
    // Refuse what reading() could not give back (an anchor past its text, say), rather than
    // store a row that fails later, far from its cause.
    Reading readBack;
    QString jsonError;
    if (!readingFromJson(json, &readBack, &jsonError)) {
        *message = QStringLiteral("cannot store the reading \"%1\": %2").arg(reading.id, jsonError);
        return false;
    }
    const QByteArray content = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());

    const ReadingTime time = ReadingTimeEstimator().estimate(reading);
    const int minutes = reading.editorMinutes > 0 ? reading.editorMinutes : time.minutes;

    // In the order of readingColumns.
    const QVariantList values{
        notNull(reading.title),
        notNull(reading.author),
        notNull(reading.work),
        nullIfZero(reading.year),
        notNull(reading.language),
        nullIfEmpty(reading.source.toString(QUrl::FullyEncoded)),
        tagsJson(reading.tags),
        reading.curatedDate.isValid() ? QVariant(reading.curatedDate.toString(Qt::ISODate)) : QVariant(),
        nullIfZero(reading.editorMinutes),
        time.textWords,
        time.introductionWords,
        time.noteWords,
        minutes,
        QString::fromUtf8(content),
        sha256,
        nullIfEmpty(sourceFile),
        builtin ? 1 : 0,
        int(reading.footnotes.size()),
        int(reading.editorialNotes.size()),
        migrations::listingKey(notNull(reading.title)),
        migrations::listingKey(notNull(reading.author)),
        // What the search index reads of a long reading (schema version 13): computed here, once.
        migrations::storedSearchBody(readBack),
    };
    const int shaColumn = 14;

    QSqlQuery existing(db);
    if (!sql::exec(existing, QStringLiteral("SELECT %1 FROM readings WHERE id = ?").arg(readingColumns),
                   {reading.id}, message)) {
        return false;
    }
    const bool exists = existing.next();
    bool unchanged = exists;
    bool contentChanged = !exists;
    const QString oldContent = exists ? existing.value(contentColumn).toString() : QString();
    if (exists) {
        for (int column = 0; column < int(values.size()); ++column) {
            if (!sameValue(existing.value(column), values.at(column))) {
                unchanged = false;
                contentChanged = contentChanged || column == shaColumn;
            }
        }
    }
    existing.finish();

    if (unchanged) {
        *outcome = ImportOutcome::Unchanged;
        return true;
    }

    const QString now = nowUtc();
    if (exists) {
        QStringList assignments;
        for (const QString &column : readingColumns.split(QLatin1Char(',')))
            assignments.append(column.trimmed() + QLatin1String(" = ?"));
        if (!sql::exec(db,
                       QStringLiteral("UPDATE readings SET %1, updated_at = ? WHERE id = ?")
                           .arg(assignments.join(QLatin1String(", "))),
                       values + QVariantList{now, reading.id}, message)) {
            return false;
        }
    } else {
        QStringList placeholders;
        for (int i = 0; i < int(values.size()) + 3; ++i)
            placeholders.append(QStringLiteral("?"));
        if (!sql::exec(db,
                       QStringLiteral("INSERT INTO readings (id, %1, imported_at, updated_at) VALUES (%2)")
                           .arg(readingColumns, placeholders.join(QLatin1String(", "))),
                       QVariantList{reading.id} + values + QVariantList{now, now}, message)) {
            return false;
        }
    }

    // The search index follows the row by itself (triggers, see migrations.cpp, version 5). Only
    // a changed text can move the passages notes are anchored to; the hash says whether it did.
    if (contentChanged && exists && !reanchorAnnotations(db, reading, oldContent, reanchored, message))
        return false;
    *outcome = exists ? ImportOutcome::Updated : ImportOutcome::Added;
    return true;
}

bool Catalog::Private::reanchorAnnotations(QSqlDatabase &db, const Reading &reading, const QString &oldContent,
                                           ReanchorSummary *reanchored, QString *message) const
{
    // Only what anchoring reads and writes: the selectors. A note's text, tags and times stay as
    // they are, and 10,000 notes read whole through Qt Sql cost a quarter of a re-import.
    QVector<StoredAnnotation> stored;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!sql::exec(query,
                       QStringLiteral("SELECT a.id, a.exact, a.prefix, a.suffix, a.position_start, a.position_end,"
                                      " a.orphaned FROM annotations a WHERE a.reading_id = ? ORDER BY ")
                           + readingOrder,
                       {reading.id}, message)) {
            *message = QStringLiteral("cannot re-anchor the annotations of \"%1\": %2").arg(reading.id, *message);
            return false;
        }
        while (query.next()) {
            StoredAnnotation row;
            row.annotation.id = query.value(0).toString();
            row.annotation.readingId = reading.id;
            row.annotation.quote.exact = query.value(1).toString();
            row.annotation.quote.prefix = query.value(2).toString();
            row.annotation.quote.suffix = query.value(3).toString();
            if (!query.value(4).isNull() && !query.value(5).isNull()) {
                row.annotation.position.start = query.value(4).toInt();
                row.annotation.position.end = query.value(5).toInt();
            }
            row.orphaned = query.value(6).toInt() != 0;
            stored.append(row);
        }
        if (query.lastError().isValid()) {
            *message = QStringLiteral("cannot re-anchor the annotations of \"%1\": %2")
                           .arg(reading.id, sql::errorText(query.lastError()));
            return false;
        }
    }
    if (stored.isEmpty())
        return true;

    const QString newText = annotatableText(reading);
    // A new footnote or corrected metadata moves no passage; anchoring again would only repeat
    // what is stored. Damaged old content cannot tell, so then everything is anchored again.
    Reading oldReading;
    QString ignored;
    const bool oldReadable = readingFromContent(oldContent, &oldReading, &ignored);
    const QString oldText = oldReadable ? annotatableText(oldReading) : QString();
    if (oldReadable && oldText == newText)
        return true;

    QVector<Annotation> annotations;
    annotations.reserve(stored.size());
    for (const StoredAnnotation &row : qAsConst(stored))
        annotations.append(row.annotation);
    // Knowing the old text, passages that only moved are found where the edit moved them.
    const ReanchorReport report
        = oldReadable ? reanchorAll(oldText, newText, annotations) : reanchorAll(newText, annotations);
    const CodePointIndex codePoints(newText);

    // Prepared once for all of them: 10,000 notes moved by an inserted paragraph are 10,000
    // updates, most of them of the position alone (the quote and its surroundings the same).
    QSqlQuery moved(db);
    QSqlQuery shifted(db);
    QSqlQuery lost(db);
    if (!moved.prepare(QStringLiteral("UPDATE annotations SET exact = ?, prefix = ?, suffix = ?,"
                                      " position_start = ?, position_end = ?, orphaned = 0 WHERE id = ?"))
        || !shifted.prepare(QStringLiteral("UPDATE annotations SET position_start = ?, position_end = ?, orphaned = 0"
                                           " WHERE id = ?"))
        || !lost.prepare(QStringLiteral("UPDATE annotations SET orphaned = 1 WHERE id = ?"))) {
        const QSqlError error = moved.lastError().isValid() ? moved.lastError()
            : shifted.lastError().isValid()                 ? shifted.lastError()
                                                            : lost.lastError();
        *message = QStringLiteral("cannot re-anchor the annotations of \"%1\": %2").arg(reading.id, sql::errorText(error));
        return false;
    }
    const auto execPrepared = [message](QSqlQuery *query, const QVariantList &values) {
        for (int i = 0; i < int(values.size()); ++i)
            query->bindValue(i, values.at(i));
        if (query->exec())
            return true;
        *message = sql::errorText(query->lastError());
        return false;
    };

    ReanchorSummary summary;
    summary.exact = report.exact;
    summary.fuzzy = report.fuzzy;
    summary.orphaned = report.orphaned;
    for (int i = 0; i < int(stored.size()); ++i) {
        const StoredAnnotation &row = stored.at(i);
        const AnchorResult &result = report.results.at(i);
        bool ok = true;
        if (result.isAnchored()) {
            const Annotation updated = withUpdatedSelectors(row.annotation, newText, codePoints, result);
            if (row.orphaned)
                ++summary.restored;
            if (updated.quote == row.annotation.quote && (row.orphaned || updated.position != row.annotation.position)) {
                ok = execPrepared(&shifted, {positionValue(updated.position.start, updated.position),
                                             positionValue(updated.position.end, updated.position), updated.id});
            } else if (row.orphaned || !sameSelectors(updated, row.annotation)) {
                ok = execPrepared(&moved,
                                  {updated.quote.exact, notNull(updated.quote.prefix), notNull(updated.quote.suffix),
                                   positionValue(updated.position.start, updated.position),
                                   positionValue(updated.position.end, updated.position), updated.id});
            }
        } else {
            // The old selectors and quote stay: they are what the reader recognises the note by,
            // and what may find the passage again after a later correction.
            summary.orphanedIds.append(row.annotation.id);
            if (!row.orphaned)
                ok = execPrepared(&lost, {row.annotation.id});
        }
        if (!ok) {
            *message = QStringLiteral("cannot re-anchor the annotation %1 of \"%2\": %3")
                           .arg(row.annotation.id, reading.id, *message);
            return false;
        }
    }
    qCInfo(lcCatalog).noquote() << QStringLiteral("re-anchored the annotations of %1 in its new text: %2 exact,"
                                                  " %3 fuzzy, %4 orphaned (%5 found again)")
                                       .arg(reading.id)
                                       .arg(summary.exact)
                                       .arg(summary.fuzzy)
                                       .arg(summary.orphaned)
                                       .arg(summary.restored);
    addReanchorSummary(reanchored, summary);
    return true;
}

StoredAnnotation Catalog::Private::annotationFromQuery(const QSqlQuery &query) const
{
    StoredAnnotation row;
    Annotation &annotation = row.annotation;
    annotation.id = query.value(0).toString();
    annotation.readingId = query.value(1).toString();
    annotation.quote.exact = query.value(2).toString();
    annotation.quote.prefix = query.value(3).toString();
    annotation.quote.suffix = query.value(4).toString();
    if (!query.value(5).isNull() && !query.value(6).isNull()) {
        annotation.position.start = query.value(5).toInt();
        annotation.position.end = query.value(6).toInt();
    }
    annotation.note = query.value(7).toString();
    annotation.color = query.value(8).toString();
    const QJsonDocument tags = QJsonDocument::fromJson(query.value(9).toString().toUtf8());
    if (tags.isArray()) {
        const QJsonArray array = tags.array();
        for (const QJsonValue &tag : array)
            annotation.tags.append(tag.toString());
    } else {
        // The note and quote matter more than its tags: show the annotation without them.
        qCWarning(lcCatalog).noquote() << path << "annotation" << annotation.id << "has damaged tags";
    }
    annotation.created = timestampFromText(query.value(10).toString());
    annotation.modified = timestampFromText(query.value(11).toString());
    row.orphaned = query.value(12).toInt() != 0;
    return row;
}

bool Catalog::Private::selectAnnotations(QSqlDatabase &db, const QString &sqlTail, const QVariantList &values,
                                         QVector<StoredAnnotation> *result, QString *message) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT %1 FROM annotations a %2").arg(annotationColumns, sqlTail), values,
                   message)) {
        return false;
    }
    while (query.next())
        result->append(annotationFromQuery(query));
    if (query.lastError().isValid()) {
        *message = sql::errorText(query.lastError());
        return false;
    }
    return true;
}

QVector<StoredAnnotation> Catalog::Private::readAnnotations(const QString &what, const QString &sqlTail,
                                                            const QVariantList &values) const
{
    QVector<StoredAnnotation> result;
    if (!open)
        return result;
    QSqlDatabase db = database();
    QString message;
    if (!selectAnnotations(db, sqlTail, values, &result, &message)) {
        lastError = path + QLatin1String(": cannot read ") + what + QLatin1String(": ") + message;
        qCWarning(lcCatalog).noquote() << lastError;
        result.clear();
    }
    return result;
}

bool Catalog::Private::readingText(QSqlDatabase &db, const QString &readingId, QHash<QString, ReadingText> *cache,
                                   ReadingText *result, QString *message) const
{
    const auto cached = cache->constFind(readingId);
    if (cached != cache->constEnd()) {
        *result = cached.value();
        return true;
    }
    QSqlQuery query(db);
    if (!sql::exec(query, QStringLiteral("SELECT content FROM readings WHERE id = ?"), {readingId}, message))
        return false;
    ReadingText text;
    if (query.next()) {
        text.exists = true;
        Reading reading;
        QString contentError;
        text.readable = readingFromContent(query.value(0).toString(), &reading, &contentError);
        if (text.readable) {
            text.text = annotatableText(reading);
        } else {
            qCWarning(lcCatalog).noquote() << path << "reading" << readingId << "has damaged content;"
                                           << "its annotations are saved without checking their passage:"
                                           << contentError;
        }
    } else if (query.lastError().isValid()) {
        *message = sql::errorText(query.lastError());
        return false;
    }
    cache->insert(readingId, text);
    *result = text;
    return true;
}

bool Catalog::Private::saveOne(QSqlDatabase &db, const Annotation &annotation, QHash<QString, ReadingText> *cache,
                               QString *message) const
{
    const auto refuse = [&](const QString &why) {
        *message = QStringLiteral("cannot save the annotation %1: %2").arg(annotation.id, why);
        return false;
    };
    if (annotation.id.isEmpty()) {
        *message = QStringLiteral("cannot save an annotation without an id");
        return false;
    }
    if (annotation.readingId.isEmpty())
        return refuse(QStringLiteral("it names no reading"));
    if (annotation.quote.exact.isEmpty())
        return refuse(QStringLiteral("it quotes no text"));
    if (!isAnnotationColor(annotation.color)) {
        return refuse(QStringLiteral("\"%1\" is not a highlight colour (%2)")
                          .arg(annotation.color, annotationColors().join(QLatin1String(", "))));
    }
    const TextPositionSelector unknownPosition;
    if (!annotation.position.isValid() && annotation.position != unknownPosition) {
        return refuse(QStringLiteral("invalid position %1–%2")
                          .arg(annotation.position.start)
                          .arg(annotation.position.end));
    }

    QVector<StoredAnnotation> existing;
    if (!selectAnnotations(db, QStringLiteral("WHERE a.id = ?"), {annotation.id}, &existing, message))
        return refuse(*message);
    const bool exists = !existing.isEmpty();

    // Whether the passage is in the reading is a property of the selectors: a changed note or
    // colour keeps what was found, new selectors (or a new annotation) are anchored now.
    bool orphaned = exists && existing.first().orphaned;
    if (!exists || !sameSelectors(existing.first().annotation, annotation)) {
        ReadingText text;
        if (!readingText(db, annotation.readingId, cache, &text, message))
            return refuse(*message);
        if (!text.exists)
            return refuse(QStringLiteral("there is no reading \"%1\" in the catalog").arg(annotation.readingId));
        orphaned = text.readable && !anchor(text.text, annotation.quote, annotation.position).isAnchored();
    }

    const QVariantList values{
        annotation.readingId,
        annotation.quote.exact,
        notNull(annotation.quote.prefix),
        notNull(annotation.quote.suffix),
        positionValue(annotation.position.start, annotation.position),
        positionValue(annotation.position.end, annotation.position),
        notNull(annotation.note),
        annotation.color,
        tagsJson(annotation.tags),
        timestampText(annotation.created),
        timestampText(annotation.modified),
        orphaned ? 1 : 0,
        annotation.id,
    };
    const QString sql = exists
        ? QStringLiteral("UPDATE annotations SET reading_id = ?, exact = ?, prefix = ?, suffix = ?,"
                         " position_start = ?, position_end = ?, note = ?, color = ?, tags = ?, created = ?,"
                         " modified = ?, orphaned = ? WHERE id = ?")
        : QStringLiteral("INSERT INTO annotations (reading_id, exact, prefix, suffix, position_start, position_end,"
                         " note, color, tags, created, modified, orphaned, id)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!sql::exec(db, sql, values, message))
        return refuse(*message);
    return true;
}

bool Catalog::Private::recordConflict(QSqlDatabase &db, const Annotation &other, const QString &origin,
                                      const QDateTime &nowUtc, QString *message) const
{
    const QString json = QString::fromUtf8(
        QJsonDocument(toW3cJson(other, readingUrn(other.readingId))).toJson(QJsonDocument::Compact));
    QSqlQuery known(db);
    if (!sql::exec(known, QStringLiteral("SELECT 1 FROM annotation_conflicts WHERE annotation_id = ? AND other = ?"),
                   {other.id, json}, message)) {
        return false;
    }
    if (known.next())
        return true; // the same file imported again: one conflict is enough
    return sql::exec(db,
                     QStringLiteral("INSERT INTO annotation_conflicts (annotation_id, other, origin, recorded)"
                                    " VALUES (?, ?, ?, ?)"),
                     {other.id, json, notNull(origin), timestampText(nowUtc)}, message);
}

bool Catalog::Private::mergeOne(QSqlDatabase &db, const Annotation &incoming, const QString &origin,
                                const QDateTime &nowUtc, QHash<QString, ReadingText> *cache,
                                AnnotationMergeItem *item, QString *message) const
{
    const QString sizeProblem = annotationSizeProblem(incoming);
    if (!sizeProblem.isEmpty()) {
        *message = sizeProblem;
        return false;
    }
    ReadingText text;
    if (!readingText(db, incoming.readingId, cache, &text, message))
        return false;
    if (!text.exists) {
        *message = QStringLiteral("there is no reading \"%1\" in the catalog").arg(incoming.readingId);
        return false;
    }
    if (text.readable) {
        const QString positionProblem = annotationPositionProblem(incoming, int(text.text.toUcs4().size()));
        if (!positionProblem.isEmpty()) {
            *message = positionProblem;
            return false;
        }
    }

    item->id = incoming.id;
    item->storedId = incoming.id;
    QVector<StoredAnnotation> existing;
    if (!selectAnnotations(db, QStringLiteral("WHERE a.id = ?"), {incoming.id}, &existing, message))
        return false;
    if (existing.isEmpty()) {
        item->outcome = AnnotationMergeOutcome::Added;
        return saveOne(db, incoming, cache, message);
    }
    const Annotation &stored = existing.first().annotation;
    if (stored.readingId != incoming.readingId) {
        // Ids are unique across readings, and a note never moves to another reading on import:
        // this one is a different note (copied by hand, or from another tool).
        item->otherReadingId = stored.readingId;
        QVector<StoredAnnotation> sameReading;
        if (!selectAnnotations(db, QStringLiteral("WHERE a.reading_id = ?"), {incoming.readingId}, &sameReading,
                               message)) {
            return false;
        }
        for (const StoredAnnotation &row : qAsConst(sameReading)) {
            if (sameAnnotationContent(row.annotation, incoming)) {
                // Imported under a new id before: importing the file again adds nothing.
                item->storedId = row.annotation.id;
                item->outcome = AnnotationMergeOutcome::Unchanged;
                return true;
            }
        }
        Annotation renamed = incoming;
        renamed.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        item->storedId = renamed.id;
        item->outcome = AnnotationMergeOutcome::AddedWithNewId;
        return saveOne(db, renamed, cache, message);
    }
    item->outcome = compareAnnotationVersions(stored, incoming);
    switch (item->outcome) {
    case AnnotationMergeOutcome::Updated:
        return recordConflict(db, stored, QString(), nowUtc, message) && saveOne(db, incoming, cache, message);
    case AnnotationMergeOutcome::KeptStored:
        return recordConflict(db, incoming, origin, nowUtc, message);
    default:
        return true;
    }
}

// ---- Catalog ------------------------------------------------------------------------------------

Catalog::Catalog() : d(new Private) {}

Catalog::~Catalog()
{
    close();
}

QString Catalog::defaultPath()
{
    // GenericDataLocation, not AppLocalDataLocation: the latter depends on the organisation and
    // application names, and the catalog must be found whatever those are set to.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/redletter/catalog.sqlite");
}

bool Catalog::open(const QString &path, QString *error)
{
    close();
    d->path = path;
    // Anything but damage, a foreign file or a newer one (set where found) is a file that
    // cannot be used now.
    d->openProblem = OpenProblem::Unavailable;
    d->openProblemDetail.clear();
    if (path.isEmpty())
        return d->fail(error, QStringLiteral("no catalog file given"));

    QString message;
    if (!d->checkFileAccess(&message)) {
        const bool result = d->fail(error, message);
        d->path.clear();
        return result;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString reason = reasonToCheck(path, now);
    d->checkedOnOpen = !reason.isEmpty();
    const ClosedNote note = readClosedNote(path);
    // A new catalog has nothing to check: it counts as checked now.
    d->lastChecked = d->checkedOnOpen || !note.valid ? now : note.checked;
    if (d->checkedOnOpen)
        qCInfo(lcCatalog).noquote() << "checking" << path << "before use:" << reason;

    const bool ok = d->connect(path, QString(), /*readOnly=*/false, &message);
    if (!ok) {
        d->dropConnection();
        // SQLite says "disk I/O error" when it cannot grow its WAL index on a full disk: name the cause.
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (d->openProblem == OpenProblem::Unavailable && storage.isValid()
            && storage.bytesAvailable() < MinimumFreeBytes) {
            message = QStringLiteral("the disk is full (%1 KiB free on %2): %3")
                          .arg(storage.bytesAvailable() / 1024)
                          .arg(QDir::toNativeSeparators(storage.rootPath()), message);
        }
        const bool result = d->fail(error, message);
        d->path.clear();
        return result;
    }
    // Open now: until close() says otherwise, the file counts as not closed cleanly.
    QFile::remove(closedNotePath(path));
    d->open = true;
    d->openProblem = OpenProblem::None;
    d->lastError.clear();
    return true;
}

bool Catalog::openReadOnly(const QString &path, QString *error)
{
    close();
    d->path = path;
    d->openProblem = OpenProblem::Unavailable;
    d->openProblemDetail.clear();
    d->checkedOnOpen = false;
    const QFileInfo file(path);
    if (!file.isFile()) {
        const bool result = d->fail(error, QStringLiteral("there is no catalog file to read"));
        d->path.clear();
        return result;
    }
    // SQLite reads a WAL database through an index it keeps in a file beside it (-shm), which it
    // must be able to create and grow. Where it cannot (a folder that cannot be written, a full
    // disk), the file is read as it is: immutable, which skips the index and locking, and is safe
    // only because no other process can write there either. Never for a lock: that writer is live.
    // A read-only file is read immutable too: SQLite would otherwise create the -wal and -shm
    // files with the file's read-only permissions, and they would stop writing once it is
    // writable again. With a -wal left beside it (a crash), the plain way first, to see what it holds.
    const QString folder = file.absolutePath();
    const QStorageInfo storage(folder);
    const bool nobodyCanWrite = !file.isWritable() || !QFileInfo(folder).isWritable() || storage.isReadOnly()
        || (storage.isValid() && storage.bytesAvailable() < MinimumFreeBytes);
    QVector<bool> attempts{false};
    if (nobodyCanWrite) {
        if (QFileInfo::exists(path + QLatin1String("-wal")))
            attempts.append(true);
        else
            attempts = QVector<bool>{true};
    }
    QString message;
    for (const bool immutable : qAsConst(attempts)) {
        const bool ok = immutable
            ? d->connect(QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded)
                             + QLatin1String("?immutable=1"),
                         QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"), /*readOnly=*/true, &message)
            : d->connect(path, QStringLiteral("QSQLITE_OPEN_READONLY"), /*readOnly=*/true, &message);
        if (ok) {
            d->open = true;
            d->readOnly = true;
            d->openProblem = OpenProblem::None;
            d->lastError.clear();
            qCWarning(lcCatalog).noquote() << path << "is open for reading only" << (immutable ? "(immutable)" : "");
            return true;
        }
        d->dropConnection();
        if (d->openProblem != OpenProblem::Unavailable)
            break; // damaged, another application's, or newer: reading it another way changes nothing
    }
    const bool result = d->fail(error, message);
    d->path.clear();
    return result;
}

bool Catalog::isReadOnly() const
{
    return d->open && d->readOnly;
}

bool Catalog::reopenForWriting(QString *error)
{
    if (!d->open)
        return d->fail(error, QStringLiteral("the catalog is not open"));
    if (!d->readOnly)
        return true;
    const QString path = d->path;
    if (open(path, error))
        return true;
    // Still not writable: go on reading as before. The error says why writing failed.
    QString readError;
    if (!openReadOnly(path, &readError))
        qCWarning(lcCatalog).noquote() << "cannot read" << path << "again:" << readError;
    d->lastWriteFailedForNow = true;
    return false;
}

void Catalog::close()
{
    const bool wasOpen = d->open;
    const bool wasReadOnly = d->readOnly;
    d->readOnly = false;
    d->dropConnection();
    d->open = false;
    // Only the last connection to close folds the WAL in and removes it; while another is open
    // (another instance, a second Catalog), that one leaves the note when it closes.
    const QString path = d->path;
    // A read-only connection changed nothing there is to note (and could not write the note).
    if (wasOpen && !wasReadOnly && !QFileInfo::exists(path + QLatin1String("-wal"))
        && !QFileInfo::exists(path + QLatin1String("-journal"))) {
        const QFileInfo file(path);
        QJsonObject note{{QStringLiteral("size"), double(file.size())},
                         {QStringLiteral("modified"), double(modifiedMs(file))},
                         {QStringLiteral("checked"), d->lastChecked.toUTC().toString(Qt::ISODateWithMs)}};
        QSaveFile save(closedNotePath(path));
        if (!save.open(QIODevice::WriteOnly) || save.write(QJsonDocument(note).toJson(QJsonDocument::Compact)) < 0
            || !save.commit()) {
            // Not an error: the next open checks the file, as after a crash.
            qCWarning(lcCatalog).noquote() << "cannot note that" << path << "was closed cleanly:" << save.errorString();
        }
    }
    d->path.clear();
}

Catalog::OpenProblem Catalog::openProblem() const
{
    return d->openProblem;
}

QString Catalog::openProblemDetail() const
{
    return d->openProblemDetail;
}

bool Catalog::checkedOnOpen() const
{
    return d->open && d->checkedOnOpen;
}

bool Catalog::checkIntegrity(QStringList *problems, QString *error)
{
    problems->clear();
    if (!d->open)
        return d->fail(error, QStringLiteral("the catalog is not open"));
    QSqlDatabase db = d->database();
    QString message;
    if (!Private::integrityProblems(db, QStringLiteral("PRAGMA integrity_check"), 100, problems, &message))
        return d->fail(error, QStringLiteral("cannot check the catalog: %1").arg(message));
    // The search indexes against the rows they index (external content, see migrations.cpp):
    // FTS5 reports a mismatch as SQLITE_CORRUPT_VTAB, i.e. as a failing statement.
    for (const QString &index : {QStringLiteral("readings_fts"), QStringLiteral("annotations_fts")}) {
        QString ftsError;
        if (!sql::exec(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(index), {}, &ftsError))
            problems->append(QStringLiteral("%1: %2").arg(index, ftsError));
    }
    if (problems->isEmpty())
        d->lastChecked = QDateTime::currentDateTimeUtc();
    return true;
}

bool Catalog::copyTo(const QString &file, QString *error)
{
    if (!d->open)
        return d->fail(error, QStringLiteral("the catalog is not open"));
    if (QFileInfo::exists(file))
        return d->fail(error, QStringLiteral("cannot copy the catalog to %1: the file exists").arg(file));
    QSqlDatabase db = d->database();
    QString message;
    if (!sql::vacuumInto(db, file, &message))
        return d->fail(error, QStringLiteral("cannot copy the catalog to %1: %2").arg(file, message));
    return true;
}

bool Catalog::isOpen() const
{
    return d->open;
}

QString Catalog::path() const
{
    return d->path;
}

int Catalog::latestSchemaVersion()
{
    return migrations::latestVersion();
}

int Catalog::schemaVersion() const
{
    if (!d->open)
        return 0;
    QSqlDatabase db = d->database();
    return migrations::currentVersion(db);
}

struct Catalog::ImportTransaction::State
{
    Catalog::Private *catalog = nullptr;
    QSqlDatabase db; // a copy of the connection handle, released with the transaction
    std::unique_ptr<sql::Transaction> transaction;
    QString failure; // the first error; once set, nothing more is stored
    ReanchorSummary reanchored;
};

Catalog::ImportTransaction::ImportTransaction(Catalog::Private *catalog) : m(std::make_unique<State>())
{
    m->catalog = catalog;
    m->db = catalog->database();
    m->transaction = std::make_unique<sql::Transaction>(m->db);
}

Catalog::ImportTransaction::~ImportTransaction()
{
    m->transaction.reset(); // rolls back unless committed
}

std::unique_ptr<Catalog::ImportTransaction> Catalog::beginImport(QString *error)
{
    if (!d->open) {
        d->fail(error, QStringLiteral("the catalog is not open"));
        return nullptr;
    }
    std::unique_ptr<ImportTransaction> transaction(new ImportTransaction(d.get()));
    QString message;
    if (!transaction->m->transaction->begin(&message)) {
        d->fail(error, QStringLiteral("cannot start a transaction: %1").arg(message));
        return nullptr;
    }
    return transaction;
}

bool Catalog::ImportTransaction::storeReading(const Reading &reading, const QString &sourceFile,
                                              ImportOutcome *outcome, QString *error)
{
    if (!m->failure.isEmpty())
        return m->catalog->fail(error, m->failure);
    ImportOutcome result = ImportOutcome::Unchanged;
    QString message;
    if (!m->catalog->importOne(m->db, reading, sourceFile, /*builtin=*/false, &result, &m->reanchored, &message)) {
        m->failure = message;
        return m->catalog->fail(error, message);
    }
    if (outcome)
        *outcome = result;
    return true;
}

bool Catalog::ImportTransaction::storeWork(const WorkInfo &work, const QStringList &readingIds, QString *error)
{
    if (!m->failure.isEmpty())
        return m->catalog->fail(error, m->failure);
    QString message;
    const auto failWith = [&](const QString &why) {
        m->failure = QStringLiteral("cannot store the work \"%1\": %2").arg(work.id, why);
        return m->catalog->fail(error, m->failure);
    };
    if (work.id.isEmpty() || work.title.isEmpty())
        return failWith(QStringLiteral("it has no id or title"));
    const QString now = nowUtc();
    const QVariant source = nullIfEmpty(work.source.toString(QUrl::FullyEncoded));
    if (!sql::exec(m->db,
                   QStringLiteral("INSERT INTO works (id, title, author, source, imported_at, updated_at,"
                                  " title_key, author_key)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                                  " title = excluded.title, author = excluded.author, source = excluded.source,"
                                  " updated_at = excluded.updated_at, title_key = excluded.title_key,"
                                  " author_key = excluded.author_key"),
                   {work.id, work.title, notNull(work.author), source, now, now, migrations::listingKey(work.title),
                    migrations::listingKey(notNull(work.author))},
                   &message)
        || !sql::exec(m->db,
                      QStringLiteral("UPDATE readings SET work_id = NULL, work_position = NULL WHERE work_id = ?"),
                      {work.id}, &message)) {
        return failWith(message);
    }
    for (int i = 0; i < int(readingIds.size()); ++i) {
        QSqlQuery update(m->db);
        if (!sql::exec(update, QStringLiteral("UPDATE readings SET work_id = ?, work_position = ? WHERE id = ?"),
                       {work.id, i + 1, readingIds.at(i)}, &message)) {
            return failWith(message);
        }
        if (update.numRowsAffected() != 1)
            return failWith(QStringLiteral("its part \"%1\" is not in the catalog").arg(readingIds.at(i)));
    }
    return true;
}

bool Catalog::ImportTransaction::commit(QString *error)
{
    if (!m->failure.isEmpty())
        return m->catalog->fail(error, m->failure);
    QString message;
    if (!m->transaction->commit(&message)) {
        m->failure = QStringLiteral("cannot save the import: %1").arg(message);
        return m->catalog->fail(error, m->failure);
    }
    return true;
}

ReanchorSummary Catalog::ImportTransaction::reanchored() const
{
    return m->reanchored;
}

bool Catalog::importReading(const Reading &reading, const QString &sourceFile, bool builtin,
                            ImportOutcome *outcome, QString *error, ReanchorSummary *reanchored)
{
    if (!d->open)
        return d->fail(error, QStringLiteral("the catalog is not open"));
    QSqlDatabase db = d->database();
    QString message;
    ImportOutcome result = ImportOutcome::Unchanged;
    sql::Transaction transaction(db);
    if (!transaction.begin(&message))
        return d->fail(error, QStringLiteral("cannot start a transaction: %1").arg(message));
    // Counted apart and added on success only: a failed import re-anchored nothing.
    ReanchorSummary summary;
    if (!d->importOne(db, reading, sourceFile, builtin, &result, &summary, &message))
        return d->fail(error, message);
    if (!transaction.commit(&message))
        return d->fail(error, QStringLiteral("cannot save the reading \"%1\": %2").arg(reading.id, message));
    if (outcome)
        *outcome = result;
    addReanchorSummary(reanchored, summary);
    return true;
}

bool Catalog::importReadings(const QVector<Reading> &readings, bool builtin, QString *error,
                             ReanchorSummary *reanchored)
{
    if (!d->open)
        return d->fail(error, QStringLiteral("the catalog is not open"));
    QSqlDatabase db = d->database();
    QString message;
    sql::Transaction transaction(db);
    if (!transaction.begin(&message))
        return d->fail(error, QStringLiteral("cannot start a transaction: %1").arg(message));
    ReanchorSummary summary;
    for (const Reading &reading : readings) {
        ImportOutcome ignored;
        if (!d->importOne(db, reading, QString(), builtin, &ignored, &summary, &message))
            return d->fail(error, message + QLatin1String("; nothing was imported"));
    }
    if (!transaction.commit(&message))
        return d->fail(error, QStringLiteral("cannot save the readings: %1").arg(message));
    addReanchorSummary(reanchored, summary);
    return true;
}

namespace {

const QString workColumns = QStringLiteral("id, title, author, source");

WorkInfo workFromQuery(const QSqlQuery &query)
{
    return WorkInfo{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    QUrl(query.value(3).toString())};
}

} // namespace

std::optional<WorkInfo> Catalog::work(const QString &id) const
{
    if (!d->open)
        return std::nullopt;
    QSqlDatabase db = d->database();
    QSqlQuery query(db);
    QString message;
    if (!sql::exec(query, QStringLiteral("SELECT %1 FROM works WHERE id = ?").arg(workColumns), {id}, &message)) {
        d->warn(QStringLiteral("cannot read work %1:").arg(id), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return workFromQuery(query);
}

QVector<WorkInfo> Catalog::works() const
{
    return d->list<WorkInfo>(QStringLiteral("SELECT %1 FROM works ORDER BY id").arg(workColumns), {},
                             QStringLiteral("cannot list the works:"), workFromQuery);
}

QVector<CatalogEntry> Catalog::workEntries(const QString &workId) const
{
    return d->list<CatalogEntry>(
        QStringLiteral("SELECT %1 FROM readings WHERE work_id = ? ORDER BY work_position").arg(entryColumns), {workId},
        QStringLiteral("cannot read the parts of work %1:").arg(workId), entryFromQuery);
}

std::optional<Reading> Catalog::reading(const QString &id) const
{
    if (!d->open)
        return std::nullopt;
    QSqlDatabase db = d->database();
    QSqlQuery query(db);
    QString message;
    if (!sql::exec(query, QStringLiteral("SELECT content FROM readings WHERE id = ?"), {id}, &message)) {
        d->warn(QStringLiteral("cannot read reading %1:").arg(id), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Reading result;
    if (!readingFromContent(query.value(0).toString(), &result, &message)) {
        qCWarning(lcCatalog).noquote() << d->path << "reading" << id << "has damaged content:" << message;
        return std::nullopt;
    }
    return result;
}

std::optional<CatalogEntry> Catalog::entry(const QString &id) const
{
    if (!d->open)
        return std::nullopt;
    QSqlDatabase db = d->database();
    QSqlQuery query(db);
    QString message;
    if (!sql::exec(query, QStringLiteral("SELECT %1 FROM readings WHERE id = ?").arg(entryColumns), {id}, &message)) {
        d->warn(QStringLiteral("cannot read entry %1:").arg(id), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return entryFromQuery(query);
}

QVector<CatalogEntry> Catalog::entries() const
{
    return d->list<CatalogEntry>(QStringLiteral("SELECT %1 FROM readings ORDER BY id").arg(entryColumns), {},
                                 QStringLiteral("cannot list the readings:"), entryFromQuery);
}

int Catalog::readingCount() const
{
    if (!d->open)
        return 0;
    QSqlDatabase db = d->database();
    QSqlQuery query(db);
    QString message;
    if (!sql::exec(query, QStringLiteral("SELECT count(*) FROM readings"), {}, &message) || !query.next()) {
        d->warn(QStringLiteral("cannot count the readings:"), query);
        return 0;
    }
    return query.value(0).toInt();
}

QStringList Catalog::search(const QString &query, int limit) const
{
    QStringList ids;
    const QString match = ftsQuery(query);
    if (!d->open || match.isEmpty() || limit <= 0)
        return ids;
    QSqlDatabase db = d->database();
    QSqlQuery select(db);
    select.setForwardOnly(true);
    QString message;
    // bm25 weights per column (title, author, work, body): a word in the title says more
    // about what a reading is than the same word somewhere in its text.
    if (!sql::exec(select,
                   // Ranked in the index alone, the ids read for the top rows only: a common word
                   // matches most readings, and a row lookup for each cost more than ranking them.
                   QStringLiteral("SELECT r.id FROM (SELECT rowid, bm25(readings_fts, 10.0, 5.0, 3.0, 1.0) AS score"
                                  " FROM readings_fts WHERE readings_fts MATCH ? ORDER BY score, rowid LIMIT ?) top"
                                  " CROSS JOIN readings r ON r.rowid = top.rowid ORDER BY top.score, r.id"),
                   {match, limit}, &message)) {
        d->warn(QStringLiteral("cannot search for %1:").arg(query), select);
        return ids;
    }
    while (select.next())
        ids.append(select.value(0).toString());
    return ids;
}

namespace {

// Private-use characters as snippet() markers: they do not occur in the texts, so the snippet
// can be taken apart into plain text and ranges whatever punctuation the text has.
constexpr char16_t HighlightOpen = 0xE000;
constexpr char16_t HighlightClose = 0xE001;

/*!
 * The text the index holds for a reading whose search text is not stored (readings_search:
 * migrations::readingsBodySql()): the "text" of each block of its introduction and body, one
 * per line, taken from the content's UTF-8 as it is stored. Read without the rest of the reading:
 * readingFromContent() converts the content to UTF-8 again and checks and converts every field,
 * twice the work of the parse alone (callgrind). Damaged content gives nothing, as the index
 * then holds nothing for the text.
 */
QString indexedBody(const QByteArray &content)
{
    const QJsonDocument document = QJsonDocument::fromJson(content);
    QString text;
    for (const QLatin1String part : {QLatin1String("introduction"), QLatin1String("body")}) {
        const QJsonArray blocks = document.object().value(part).toArray();
        for (const QJsonValue block : blocks) {
            const QJsonValue blockText = block.toObject().value(QLatin1String("text"));
            if (blockText.isUndefined() || blockText.isNull())
                continue; // group_concat() leaves out NULLs
            if (!text.isEmpty())
                text.append(QLatin1Char('\n'));
            text.append(blockText.toString());
        }
    }
    return text;
}

void takeHighlights(const QString &marked, SearchHit *hit)
{
    hit->snippet.reserve(marked.size());
    int start = -1;
    for (const QChar c : marked) {
        if (c.unicode() == HighlightOpen) {
            start = int(hit->snippet.size());
        } else if (c.unicode() == HighlightClose) {
            if (start >= 0 && start < hit->snippet.size())
                hit->highlights.append({start, int(hit->snippet.size())});
            start = -1;
        } else {
            hit->snippet.append(c);
        }
    }
}

} // namespace

/*
 * Notes have their own index (annotations_fts) rather than being searched with a query over the
 * annotations table: a note is a row of its own with its own columns and weights (a tag counts
 * more than a word of the quote), LIKE would scan every note and rank nothing, and putting the
 * notes into the reading's index entry would re-index the whole reading on every note edit.
 *
 * Both indexes use SQLite's unicode61 tokenizer with remove_diacritics 2 (SQLite 3.40 in
 * Debian 12). What it does: splits at every character that is not a letter or digit, folds case
 * for all scripts (Cyrillic too: "РЕВОЛЮЦИЯ" finds "революция") and removes diacritics from Latin
 * letters ("Kampfe" finds "Kämpfe", "etat" finds "État"). What it does not: no stemming or
 * inflection ("Revolution" does not find "Revolutionen", "революция" not "революции"; the porter
 * tokenizer would stem English only and mangle the rest), no splitting of compounds ("Kampf" does
 * not find "Klassenkampf"; only the trigram tokenizer would, at three times the index size and
 * without diacritic folding before SQLite 3.45), no Cyrillic folding (ё stays ё, й stays й) and
 * no ß → ss. Words are matched whole: the reader types a word as it stands in the text (the
 * accents may be left off), not its stem or a part of it.
 */
QVector<SearchHit> Catalog::searchWithSnippets(const QString &query, int limit) const
{
    QVector<SearchHit> hits;
    const QString match = ftsQuery(query);
    if (!d->open || match.isEmpty() || limit <= 0)
        return hits;
    QSqlDatabase db = d->database();
    QString message;

    // Ranked in the index, as before; the snippets are then made here from the text itself
    // (searchtext.h) rather than by FTS5's snippet(), which fetched each hit's whole text,
    // tokenized it twice and scored every match against every other: 5-15 ms of a common
    // word's 20 hits on a catalog of 10,000 readings. Only the text is read for the top rows:
    // the stored search text of a long reading, or the content of a short one.
    QSqlQuery readings(db);
    readings.setForwardOnly(true);
    if (!sql::exec(readings,
                   QStringLiteral("WITH top AS (SELECT rowid, bm25(readings_fts, 10.0, 5.0, 3.0, 1.0) AS score"
                                  " FROM readings_fts WHERE readings_fts MATCH ? ORDER BY score LIMIT ?)"
                                  " SELECT r.id, r.title, r.author, r.work, r.search_body,"
                                  " CASE WHEN r.search_body IS NULL THEN CAST(r.content AS BLOB) END, top.score, top.rowid"
                                  " FROM top CROSS JOIN readings r ON r.rowid = top.rowid ORDER BY top.score, r.id"),
                   {match, limit}, &message)) {
        d->warn(QStringLiteral("cannot search for %1:").arg(query), readings);
        return hits;
    }
    const QVector<QStringList> phrases = searchtext::queryPhrases(searchWords(query));
    // The passage FTS5's snippet() makes holds 16 tokens; so does this one.
    constexpr int SnippetTokens = 16;
    QVector<QPair<int, qint64>> unmatched; // hits (index, rowid) whose words were not found here
    while (readings.next()) {
        SearchHit hit;
        hit.kind = SearchHit::ReadingText;
        hit.readingId = readings.value(0).toString();
        hit.title = readings.value(1).toString();
        hit.score = -readings.value(6).toDouble();
        const QString body = readings.value(4).isNull() ? indexedBody(readings.value(5).toByteArray())
                                                        : readings.value(4).toString();
        // The text's words around the match, which the title beside it does not say already;
        // the title, author or work (in that order) where only they match.
        searchtext::Snippet snippet;
        bool found = searchtext::snippetAround(body, phrases, SnippetTokens, &snippet);
        for (int column = 1; column <= 3 && !found; ++column)
            found = searchtext::snippetAround(readings.value(column).toString(), phrases, SnippetTokens, &snippet);
        if (found) {
            hit.snippet = snippet.text;
            hit.highlights = snippet.highlights;
        } else {
            unmatched.append({int(hits.size()), readings.value(7).toLongLong()});
        }
        hits.append(hit);
    }
    // A word FTS5 matched that the rules here do not see the same (a letter newer than SQLite's
    // Unicode tables): FTS5's own snippet for that hit, slower but right.
    if (!unmatched.isEmpty()) {
        QSqlQuery best(db);
        best.setForwardOnly(true);
        if (!best.prepare(QStringLiteral("SELECT snippet(readings_fts, -1, char(57344), char(57345), '…', 16)"
                                         " FROM readings_fts WHERE readings_fts MATCH ? AND rowid = ?"))) {
            d->warn(QStringLiteral("cannot search for %1:").arg(query), best);
            return hits;
        }
        for (const QPair<int, qint64> &outside : std::as_const(unmatched)) {
            best.bindValue(0, match);
            best.bindValue(1, outside.second);
            if (best.exec() && best.next())
                takeHighlights(best.value(0).toString(), &hits[outside.first]);
            best.finish();
        }
    }

    QSqlQuery notes(db);
    notes.setForwardOnly(true);
    if (!sql::exec(notes,
                   QStringLiteral("WITH top AS (SELECT rowid, bm25(annotations_fts, 1.0, 1.0, 3.0) AS score"
                                  " FROM annotations_fts WHERE annotations_fts MATCH ? ORDER BY score LIMIT ?)"
                                  " SELECT a.id, a.reading_id, r.title,"
                                  " snippet(annotations_fts, -1, char(57344), char(57345), '…', 16), top.score,"
                                  " a.position_start FROM top CROSS JOIN annotations_fts ON annotations_fts.rowid = top.rowid"
                                  " CROSS JOIN annotations a ON a.rowid = top.rowid JOIN readings r ON r.id = a.reading_id"
                                  " WHERE annotations_fts MATCH ? ORDER BY top.score, a.id"),
                   {match, limit, match}, &message)) {
        d->warn(QStringLiteral("cannot search the notes for %1:").arg(query), notes);
        return hits;
    }
    while (notes.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Note;
        hit.annotationId = notes.value(0).toString();
        hit.readingId = notes.value(1).toString();
        hit.title = notes.value(2).toString();
        takeHighlights(notes.value(3).toString(), &hit);
        hit.score = -notes.value(4).toDouble();
        hit.position = notes.value(5).isNull() ? -1 : notes.value(5).toInt();
        hits.append(hit);
    }

    // bm25 of two indexes is on the same scale, not the same measure (each weighs a word by how
    // rare it is in its own collection); good enough to interleave, and stable: on equal scores
    // readings come before notes, in the order each query gave.
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

int searchHitOffset(const SearchHit &hit, const QString &text)
{
    if (hit.highlights.isEmpty())
        return -1;
    // The snippet is a piece of the indexed text, blocks joined by one newline where the
    // annotatable text has two, cut with "…": the stretch of one block around the first
    // highlight is found word for word. Several occurrences: the first, as the snippet's words
    // around the match make a repeat unlikely.
    const QString &snippet = hit.snippet;
    const auto isCut = [](QChar c) { return c == QLatin1Char('\n') || c == QChar(0x2026); };
    const int word = hit.highlights.first().first;
    int start = word;
    while (start > 0 && !isCut(snippet.at(start - 1)))
        --start;
    int end = hit.highlights.first().second;
    while (end < snippet.size() && !isCut(snippet.at(end)))
        ++end;
    const int found = int(text.indexOf(QStringView(snippet).mid(start, end - start)));
    return found < 0 ? -1 : found + (word - start);
}

QVector<ServedDay> Catalog::history() const
{
    QVector<ServedDay> result;
    if (!d->open)
        return result;
    QSqlDatabase db = d->database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString message;
    if (!sql::exec(query, QStringLiteral("SELECT day, reading_id, served_at FROM schedule ORDER BY day"), {},
                   &message)) {
        d->warn(QStringLiteral("cannot read the history:"), query);
        return result;
    }
    while (query.next())
        result.append(servedDayFromQuery(query));
    return result;
}

std::optional<ServedDay> Catalog::servedOn(const QDate &day) const
{
    if (!d->open || !day.isValid())
        return std::nullopt;
    QSqlDatabase db = d->database();
    QSqlQuery query(db);
    QString message;
    if (!sql::exec(query, QStringLiteral("SELECT day, reading_id, served_at FROM schedule WHERE day = ?"),
                   {day.toString(Qt::ISODate)}, &message)) {
        d->warn(QStringLiteral("cannot read the history:"), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return servedDayFromQuery(query);
}

bool Catalog::recordServed(const QDate &day, const QString &readingId, const QDateTime &servedAtUtc,
                           QString *error)
{
    if (!d->open)
        return d->fail(error, QStringLiteral("the catalog is not open"));
    if (!day.isValid())
        return d->fail(error, QStringLiteral("cannot record an invalid day as served"));
    const QString dayText = day.toString(Qt::ISODate);
    if (readingId.isEmpty())
        return d->fail(error, QStringLiteral("cannot record %1 as served: no reading given").arg(dayText));
    if (!servedAtUtc.isValid())
        return d->fail(error, QStringLiteral("cannot record %1 as served: invalid time").arg(dayText));

    QSqlDatabase db = d->database();
    QString message;
    // DO NOTHING on an existing day: the archive never changes under the user.
    if (sql::exec(db,
                  QStringLiteral("INSERT INTO schedule (day, reading_id, served_at) VALUES (?, ?, ?)"
                                 " ON CONFLICT (day) DO NOTHING"),
                  {dayText, readingId, servedAtUtc.toUTC().toString(Qt::ISODateWithMs)}, &message)) {
        return true;
    }
    QSqlQuery known(db);
    QString ignored;
    if (sql::exec(known, QStringLiteral("SELECT 1 FROM readings WHERE id = ?"), {readingId}, &ignored)
        && !known.next()) {
        return d->fail(error, QStringLiteral("cannot record %1 as served: there is no reading \"%2\" in the catalog")
                                  .arg(dayText, readingId));
    }
    return d->fail(error, QStringLiteral("cannot record %1 as served: %2").arg(dayText, message));
}

// ---- annotations --------------------------------------------------------------------------------

bool Catalog::saveAnnotation(const Annotation &annotation, QString *error)
{
    Private::AnnotationWrite write(*d, error);
    if (!write.begun())
        return false;
    QString message;
    QHash<QString, Private::ReadingText> readingTexts;
    if (!d->saveOne(write.db(), annotation, &readingTexts, &message))
        return d->fail(error, message);
    if (!write.commit(&message))
        return d->fail(error, QStringLiteral("cannot save the annotation %1: %2").arg(annotation.id, message));
    return true;
}

bool Catalog::saveAnnotations(const QVector<Annotation> &annotations, QString *error)
{
    Private::AnnotationWrite write(*d, error);
    if (!write.begun())
        return false;
    QString message;
    // An import brings many annotations on few readings: each reading's text is built once.
    QHash<QString, Private::ReadingText> readingTexts;
    for (int i = 0; i < int(annotations.size()); ++i) {
        if (!d->saveOne(write.db(), annotations.at(i), &readingTexts, &message)) {
            return d->fail(error, QStringLiteral("annotation %1 (%2): %3; nothing was saved")
                                      .arg(i + 1)
                                      .arg(annotations.at(i).id, message));
        }
    }
    if (!write.commit(&message))
        return d->fail(error, QStringLiteral("cannot save the annotations: %1").arg(message));
    return true;
}

bool Catalog::importAnnotations(const QVector<Annotation> &annotations, const QString &origin,
                                const QDateTime &nowUtc, AnnotationMergeReport *report, QString *error)
{
    if (!d->open)
        return d->fail(error, QStringLiteral("the catalog is not open"));
    const QString duplicate = duplicateAnnotationIdProblem(annotations);
    if (!duplicate.isEmpty())
        return d->fail(error, duplicate + QLatin1String("; nothing was imported"));
    Private::AnnotationWrite write(*d, error);
    if (!write.begun())
        return false;
    QString message;
    QHash<QString, Private::ReadingText> readingTexts;
    AnnotationMergeReport merged;
    for (int i = 0; i < int(annotations.size()); ++i) {
        AnnotationMergeItem item;
        item.index = i + 1;
        if (!d->mergeOne(write.db(), annotations.at(i), origin, nowUtc, &readingTexts, &item, &message)) {
            return d->fail(error, QStringLiteral("annotation %1 (%2): %3; nothing was imported")
                                      .arg(i + 1)
                                      .arg(annotations.at(i).id, message));
        }
        merged.items.append(item);
    }
    if (!write.commit(&message))
        return d->fail(error, QStringLiteral("cannot import the annotations: %1; nothing was imported").arg(message));
    if (report)
        *report = merged;
    return true;
}

QVector<AnnotationConflict> Catalog::annotationConflicts(const QString &readingId) const
{
    QVector<AnnotationConflict> result;
    if (!d->open)
        return result;
    QSqlQuery query(d->database());
    query.setForwardOnly(true);
    QString message;
    const QString sql = QStringLiteral("SELECT c.id, c.annotation_id, c.other, c.origin, c.recorded"
                                       " FROM annotation_conflicts c JOIN annotations a ON a.id = c.annotation_id")
        + (readingId.isEmpty() ? QString() : QStringLiteral(" WHERE a.reading_id = ?"))
        + QStringLiteral(" ORDER BY c.recorded, c.id");
    if (!sql::exec(query, sql, readingId.isEmpty() ? QVariantList() : QVariantList{readingId}, &message)) {
        d->lastError = d->path + QLatin1String(": cannot read the conflicting notes: ") + message;
        qCWarning(lcCatalog).noquote() << d->lastError;
        return result;
    }
    while (query.next()) {
        AnnotationConflict conflict;
        conflict.id = query.value(0).toLongLong();
        QString jsonError;
        const QJsonDocument json = QJsonDocument::fromJson(query.value(2).toString().toUtf8());
        if (!fromW3cJson(json.object(), &conflict.other, nullptr, &jsonError)) {
            qCWarning(lcCatalog).noquote() << d->path << "conflict" << conflict.id << "is damaged:" << jsonError;
            continue;
        }
        // The stored note's id and reading: the JSON says the same, unless edited by hand.
        conflict.other.id = query.value(1).toString();
        conflict.origin = query.value(3).toString();
        conflict.recorded = timestampFromText(query.value(4).toString());
        result.append(conflict);
    }
    return result;
}

bool Catalog::resolveAnnotationConflict(qint64 conflictId, bool keepOther, const QDateTime &nowUtc, QString *error)
{
    if (!d->open)
        return d->fail(error, QStringLiteral("the catalog is not open"));
    AnnotationConflict conflict;
    bool found = false;
    const QVector<AnnotationConflict> all = annotationConflicts(QString());
    for (const AnnotationConflict &candidate : all) {
        if (candidate.id == conflictId) {
            conflict = candidate;
            found = true;
        }
    }
    if (!found)
        return d->fail(error, QStringLiteral("there is no conflict %1 to resolve").arg(conflictId));
    Private::AnnotationWrite write(*d, error);
    if (!write.begun())
        return false;
    QString message;
    if (keepOther) {
        std::optional<Annotation> stored = annotation(conflict.other.id);
        Annotation chosen = conflict.other;
        chosen.readingId = stored ? stored->readingId : chosen.readingId;
        chosen.modified = nowUtc;
        QHash<QString, Private::ReadingText> readingTexts;
        if (!d->saveOne(write.db(), chosen, &readingTexts, &message))
            return d->fail(error, message);
    }
    if (!sql::exec(write.db(), QStringLiteral("DELETE FROM annotation_conflicts WHERE id = ?"), {conflictId}, &message)
        || !write.commit(&message)) {
        return d->fail(error, QStringLiteral("cannot resolve the conflict of the annotation %1: %2")
                                  .arg(conflict.other.id, message));
    }
    return true;
}

bool Catalog::restoreAnnotationConflict(const AnnotationConflict &conflict, const Annotation &note, QString *error)
{
    Private::AnnotationWrite write(*d, error);
    if (!write.begun())
        return false;
    QString message;
    QHash<QString, Private::ReadingText> readingTexts;
    if (!d->saveOne(write.db(), note, &readingTexts, &message))
        return d->fail(error, message);
    const QString json = QString::fromUtf8(
        QJsonDocument(toW3cJson(conflict.other, readingUrn(conflict.other.readingId))).toJson(QJsonDocument::Compact));
    if (!sql::exec(write.db(),
                   QStringLiteral("INSERT INTO annotation_conflicts (id, annotation_id, other, origin, recorded)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                   {conflict.id, note.id, json, notNull(conflict.origin), timestampText(conflict.recorded)}, &message)
        || !write.commit(&message)) {
        return d->fail(error, QStringLiteral("cannot restore the conflict of the annotation %1: %2").arg(note.id, message));
    }
    return true;
}

bool Catalog::deleteAnnotation(const QString &id, QString *error)
{
    Private::AnnotationWrite write(*d, error);
    if (!write.begun())
        return false;
    QString message;
    QSqlQuery remove(write.db());
    if (!sql::exec(remove, QStringLiteral("DELETE FROM annotations WHERE id = ?"), {id}, &message))
        return d->fail(error, QStringLiteral("cannot delete the annotation %1: %2").arg(id, message));
    if (remove.numRowsAffected() != 1)
        return d->fail(error, QStringLiteral("cannot delete the annotation %1: there is no such annotation").arg(id));
    if (!write.commit(&message))
        return d->fail(error, QStringLiteral("cannot delete the annotation %1: %2").arg(id, message));
    return true;
}

std::optional<Annotation> Catalog::annotation(const QString &id) const
{
    const QVector<StoredAnnotation> rows =
        d->readAnnotations(QStringLiteral("annotation %1").arg(id), QStringLiteral("WHERE a.id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().annotation;
}

namespace {

QVector<Annotation> valuesOf(const QVector<StoredAnnotation> &rows)
{
    QVector<Annotation> result;
    result.reserve(rows.size());
    for (const StoredAnnotation &row : rows)
        result.append(row.annotation);
    return result;
}

} // namespace

QVector<Annotation> Catalog::annotations(const QString &readingId) const
{
    return valuesOf(d->readAnnotations(QStringLiteral("the annotations of %1").arg(readingId),
                                       QStringLiteral("WHERE a.reading_id = ? ORDER BY ") + readingOrder, {readingId}));
}

QVector<Annotation> Catalog::allAnnotations() const
{
    return valuesOf(d->readAnnotations(QStringLiteral("the annotations"),
                                       QStringLiteral("ORDER BY a.reading_id, ") + readingOrder, {}));
}

QVector<Annotation> Catalog::orphanedAnnotations(const QString &readingId) const
{
    if (readingId.isEmpty()) {
        return valuesOf(d->readAnnotations(QStringLiteral("the orphaned annotations"),
                                           QStringLiteral("WHERE a.orphaned = 1 ORDER BY a.reading_id, ") + readingOrder,
                                           {}));
    }
    return valuesOf(d->readAnnotations(QStringLiteral("the orphaned annotations of %1").arg(readingId),
                                       QStringLiteral("WHERE a.reading_id = ? AND a.orphaned = 1 ORDER BY ") + readingOrder,
                                       {readingId}));
}

QSet<QString> Catalog::orphanedAnnotationIds(const QString &readingId) const
{
    QSet<QString> ids;
    const QVector<Annotation> orphans = orphanedAnnotations(readingId);
    for (const Annotation &orphan : orphans)
        ids.insert(orphan.id);
    return ids;
}

QVector<Annotation> Catalog::searchAnnotations(const QString &query, int limit) const
{
    const QString match = ftsQuery(query);
    if (match.isEmpty() || limit <= 0)
        return {};
    // bm25 weights per column (exact, note, tags): a tag is a deliberate label, a word in a
    // quote or note may be incidental.
    return valuesOf(d->readAnnotations(
        QStringLiteral("the annotations matching %1").arg(query),
        QStringLiteral("JOIN (SELECT rowid, bm25(annotations_fts, 1.0, 1.0, 3.0) AS rank FROM annotations_fts"
                       " WHERE annotations_fts MATCH ? ORDER BY rank LIMIT ?) found ON found.rowid = a.rowid"
                       " ORDER BY found.rank, a.reading_id, ")
            + readingOrder,
        {match, limit}));
}

QVector<Annotation> Catalog::annotationsWithTag(const QString &tag) const
{
    QVector<Annotation> result;
    const QString wanted = tag.trimmed().normalized(QString::NormalizationForm_C);
    if (wanted.isEmpty())
        return result;
    // Compared here, not in SQL: SQLite folds the case of ASCII letters only, and "Ökonomie"
    // should find "ökonomie".
    const QVector<StoredAnnotation> tagged =
        d->readAnnotations(QStringLiteral("the annotations tagged %1").arg(tag),
                           QStringLiteral("WHERE a.tags <> '[]' ORDER BY a.reading_id, ") + readingOrder, {});
    for (const StoredAnnotation &row : tagged) {
        for (const QString &candidate : row.annotation.tags) {
            if (candidate.trimmed().normalized(QString::NormalizationForm_C).compare(wanted, Qt::CaseInsensitive) == 0) {
                result.append(row.annotation);
                break;
            }
        }
    }
    return result;
}

QVector<Annotation> Catalog::annotationsServedBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return {};
    // ISO dates compare as text in calendar order.
    return valuesOf(d->readAnnotations(
        QStringLiteral("the annotations served from %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
        QStringLiteral("JOIN (SELECT reading_id, min(day) AS first_day FROM schedule WHERE day BETWEEN ? AND ?"
                       " GROUP BY reading_id) served ON served.reading_id = a.reading_id"
                       " ORDER BY served.first_day, ")
            + readingOrder,
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}));
}

bool Catalog::lastWriteFailedForNow() const
{
    return d->lastWriteFailedForNow;
}

int Catalog::setBusyTimeout(int milliseconds)
{
    const int previous = d->busyTimeoutMilliseconds;
    d->busyTimeoutMilliseconds = qMax(0, milliseconds);
    if (d->open) {
        QSqlDatabase db = d->database();
        QString sqlError;
        // A connection setting: it neither reads nor writes the file, so it cannot fail for the
        // catalog's state; a failure would only leave the old wait in force, which is logged.
        if (!sql::exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(d->busyTimeoutMilliseconds), {}, &sqlError))
            qCWarning(lcCatalog).noquote() << "cannot set the busy timeout:" << sqlError;
    }
    return previous;
}

int Catalog::busyTimeout() const
{
    return d->busyTimeoutMilliseconds;
}

QString Catalog::lastError() const
{
    return d->lastError;
}

QString Catalog::connectionName() const
{
    return d->connectionName;
}

} // namespace redletter
