// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "annotations/annotationmerge.h"
#include "estimating/readingtime.h"
#include "reading/reading.h"

#include <QDate>
#include <QDateTime>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <memory>
#include <optional>

namespace redletter {

//! What the schedule, the archive and lists need of a reading, without its text.
struct CatalogEntry
{
    QString id;
    QString title;
    QString author;
    QString work;
    int year = 0;
    QString language;
    int minutes = 0; //!< estimated (or the editor's) reading time at the default pace
    QDate curatedDate;
    bool builtin = false; //!< came with the app's embedded catalog
    int words = 0;          //!< words of the author's text (not the introduction or notes)
    int footnotes = 0;      //!< the author's footnotes
    int editorialNotes = 0; //!< the editor's margin notes
    QUrl source;            //!< where the text came from (front matter `source`, or the page's URL)
    QString workId;         //!< the work this reading is a part of ("" for a reading on its own)
    int workPosition = 0;   //!< 1-based place in the work's contents (0 without a work)
    QString sourceFile;     //!< the file it was imported from ("" for links and the embedded catalog)
};

//! A work: readings kept together in contents order (a whole work's chapters, a book's chapters).
struct WorkInfo
{
    QString id;
    QString title;
    QString author;
    QUrl source; //!< the contents page or book it was imported from
};

//! One day of the schedule history: which reading was served, and when that was decided.
struct ServedDay
{
    QDate day;
    QString readingId;
    QDateTime servedAt; //!< UTC

    friend bool operator==(const ServedDay &a, const ServedDay &b)
    {
        return a.day == b.day && a.readingId == b.readingId;
    }
};

/*!
 * One result of Catalog::searchWithSnippets(): a reading whose title, author, work or text
 * matches, or one of the reader's notes (quote, note or tags) on a reading.
 */
struct SearchHit
{
    enum Kind : quint8 {
        ReadingText, //!< the reading itself matched
        Note,        //!< a note on the reading matched
    };
    Kind kind = ReadingText;
    QString readingId;
    QString title;        //!< the reading's title
    QString annotationId; //!< Note: which note
    /*!
     * A passage of at most 16 words around the matches (searchtext::snippetAround()), as plain
     * text, with "…" where it was cut; from the text, or from the title, author or work if that
     * is where the words are.
     */
    QString snippet;
    QVector<QPair<int, int>> highlights; //!< [start, end) UTF-16 ranges of snippet that matched
    double score = 0;  //!< bm25 relevance, higher is better (for ordering, not for showing)
    int position = -1; //!< Note: code point where its passage starts in the reading; -1 unknown
};

/*!
 * Where the reader opens for @p hit: the UTF-16 offset in @p text (the reading's annotatable
 * text, see AnnotatableText) of the hit's first highlighted word, found by the snippet's words
 * around it; -1 when the snippet is from the title, author or work, or is not found word for word.
 * A note opens at its position instead.
 */
int searchHitOffset(const SearchHit &hit, const QString &text);

/*!
 * What re-anchoring did to the annotations of readings whose text changed on import (see
 * Catalog::importReading()), for telling the reader. Readings whose annotatable text stayed the
 * same (only metadata, footnotes or editorial notes changed) are not re-anchored and not counted.
 */
struct ReanchorSummary
{
    int exact = 0;    //!< found word for word (perhaps elsewhere); selectors follow the new text
    int fuzzy = 0;    //!< found approximately; selectors now quote the passage as it reads now
    int orphaned = 0; //!< not found: kept with their old quote and listed as orphaned
    int restored = 0; //!< of exact + fuzzy: how many had been orphaned before this import
    QStringList orphanedIds; //!< the annotations counted in orphaned, reading by reading in text order

    int total() const { return exact + fuzzy + orphaned; }
};

/*!
 * The other version of a note: an import brought a version that differs from the stored one,
 * and the older of the two is kept here until the reader keeps one (see
 * Catalog::importAnnotations() and Catalog::resolveAnnotationConflict()).
 */
struct AnnotationConflict
{
    qint64 id = 0;        //!< of the conflict, for resolving it
    Annotation other;     //!< the version not in force (same id and reading as the stored note)
    QString origin;       //!< the file the imported version came from ("" if unknown)
    QDateTime recorded;   //!< UTC, when the import found the conflict
};

/*!
 * The catalog: one SQLite database (Qt Sql) holding the readings with their parsed content, the
 * schedule history and the reader's annotations. WAL journal, foreign keys on, schema version in
 * PRAGMA user_version with forward migrations (lib/catalog/migrations.cpp), every multi-row change
 * in one transaction: a failed import leaves the database exactly as it was.
 *
 * One Catalog per thread; each opens its own connection.
 */
class Catalog
{
public:
    Catalog();
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    //! The catalog file in the user's data directory (XDG_DATA_HOME/redletter/catalog.sqlite).
    static QString defaultPath();

    /*!
     * Opens (creating if needed) and migrates the database at @p path. A file that is not a
     * SQLite database, or one from a newer version of the app, is left untouched and reported.
     */
    [[nodiscard]] bool open(const QString &path, QString *error);

    /*!
     * Opens the existing catalog at @p path for reading only, when open() cannot write it now
     * (a read-only file or folder, a full disk, a write lock held by another process): reading,
     * search and exports work, every write fails with SQLite's "attempt to write a readonly
     * database". Nothing is migrated or written, not even a journal: the file must already be at
     * latestSchemaVersion(). Where SQLite cannot even keep its WAL index beside the file (a folder
     * that cannot be written, a full disk) the file is read as it is (immutable), which is safe
     * because nobody can be writing it there either.
     */
    [[nodiscard]] bool openReadOnly(const QString &path, QString *error);
    //! Whether the catalog was opened with openReadOnly().
    bool isReadOnly() const;
    /*!
     * For a catalog opened with openReadOnly(): opens it for writing again if it can be written
     * now (open()), else opens it for reading again and returns false with @p error saying why.
     * True at once for a catalog that is open for writing.
     */
    [[nodiscard]] bool reopenForWriting(QString *error);

    //! Why the last open() failed, so that only real damage leads to recovery.
    enum class OpenProblem {
        None,
        Damaged,     //!< SQLite finds the file malformed, not a database, or quick_check fails
        NotOurs,     //!< a SQLite database of another application
        Newer,       //!< a schema version newer than this build
        Unavailable, //!< cannot be read or written now: permissions, a lock, a full disk, I/O
    };
    OpenProblem openProblem() const;
    //! What the last failed open() found, in SQLite's words ("database disk image is malformed").
    QString openProblemDetail() const;
    //! Closes; when this was the last connection to the file, notes that it closed cleanly.
    void close();

    /*!
     * Whether open() ran PRAGMA quick_check over the whole file. It does unless the file was
     * closed cleanly by close() and has not changed since (size, modification time, no journal
     * beside it), and a check passed within the last 7 days (see catalog.cpp for why).
     */
    bool checkedOnOpen() const;

    /*!
     * PRAGMA integrity_check over the whole file and FTS5's own check of both search indexes
     * against the rows they index: slow (seconds on a large catalog), for the reader who asks.
     * @p problems gets what is wrong (empty: nothing); false only if the check could not run.
     */
    [[nodiscard]] bool checkIntegrity(QStringList *problems, QString *error);
    bool isOpen() const;
    QString path() const;

    /*!
     * Writes a consistent copy of the catalog as last committed to @p file (VACUUM INTO: compact,
     * every committed transaction whole or not at all, nothing of one in progress). @p file must
     * not exist. The copy keeps rowids, so its search indexes stay valid.
     */
    [[nodiscard]] bool copyTo(const QString &file, QString *error);

    //! The schema version this build writes, and the one the open database has.
    static int latestSchemaVersion();
    int schemaVersion() const;

    enum class ImportOutcome { Added, Updated, Unchanged };

    class ImportTransaction;

    /*!
     * Starts an import: everything stored through the returned transaction (readings, with their
     * reading time, search index and re-anchored annotations; works) becomes visible at once on
     * commit(), or not at all — a transaction destroyed without commit() leaves the catalog exactly
     * as it was. Null, with @p error set, when the catalog is closed or busy. One at a time.
     */
    [[nodiscard]] std::unique_ptr<ImportTransaction> beginImport(QString *error);

    /*!
     * Adds @p reading, or updates the reading with the same id in place (same file imported again,
     * or a corrected edition). Computes and stores its reading time. One transaction.
     *
     * When an update changes the reading's annotatable text (see AnnotatableText) and the reading
     * has annotations, every one of them, orphans included, is re-anchored in the new text
     * (reanchorAll()) in the same transaction: the ones found get selectors describing where they
     * are now (withUpdatedSelectors(); their modification time stays) and stop being orphaned; the
     * ones not found keep their selectors and quote and are marked orphaned (orphanedAnnotations()),
     * never deleted. If any of this fails, nothing of the import is stored. @p reanchored (may be
     * null) gets the counts added to it.
     */
    [[nodiscard]] bool importReading(const Reading &reading, const QString &sourceFile, bool builtin,
                                     ImportOutcome *outcome, QString *error,
                                     ReanchorSummary *reanchored = nullptr);

    /*!
     * Several readings in one transaction: all are stored, or none. Annotations are re-anchored
     * as by importReading(); @p reanchored (may be null) gets the counts of all readings added.
     */
    [[nodiscard]] bool importReadings(const QVector<Reading> &readings, bool builtin, QString *error,
                                      ReanchorSummary *reanchored = nullptr);

    std::optional<Reading> reading(const QString &id) const;
    std::optional<WorkInfo> work(const QString &id) const;
    //! Every work, ordered by id: one query where a list would otherwise ask work() per row.
    QVector<WorkInfo> works() const;
    //! The readings of work @p workId in contents order.
    QVector<CatalogEntry> workEntries(const QString &workId) const;
    std::optional<CatalogEntry> entry(const QString &id) const;
    QVector<CatalogEntry> entries() const; //!< ordered by id
    int readingCount() const;

    /*!
     * Ids of the readings matching every word of @p query in title, author, work, introduction or
     * text, best match first (bm25; title and author weigh more than the text). Accents are
     * ignored ("Fuhrer" finds "Führer"). The query is taken as plain words: quotes, AND/OR/NOT,
     * parentheses and '*' have no special meaning. At most @p limit ids.
     */
    QStringList search(const QString &query, int limit = 50) const;

    /*!
     * search() over readings and the reader's notes together, best first, with a snippet of
     * each hit: at most @p limit hits. Readings rank as search() ranks them, notes as
     * searchAnnotations() does; the two lists are merged by their bm25 scores. The query is taken
     * as plain words, as search() takes it: no input is an error.
     */
    QVector<SearchHit> searchWithSnippets(const QString &query, int limit = 20) const;

    //! Served days, oldest first.
    QVector<ServedDay> history() const;
    std::optional<ServedDay> servedOn(const QDate &day) const;

    /*!
     * Records that @p readingId was served on @p day. A day already recorded keeps its reading
     * (the archive never changes under the user); then this returns true and does nothing.
     */
    [[nodiscard]] bool recordServed(const QDate &day, const QString &readingId,
                                    const QDateTime &servedAtUtc, QString *error);

    // ---- Annotations ----------------------------------------------------------------------------
    //
    // Every write is its own committed transaction: once a call returns true the annotation is in
    // the file, whatever happens to the app a moment later, and (synchronous = FULL for these
    // transactions: the WAL is synced before the commit returns) a power cut or an OS crash too. Annotations are returned as stored,
    // the same value that was saved (an invalid created/modified time stays invalid).
    //
    // Besides the Annotation itself the catalog keeps whether it is orphaned: its passage could
    // not be found in the reading's current text. That is decided when the annotation is first
    // saved or its selectors change (anchor() in the reading's stored text) and again whenever an
    // import changes the reading's text (see importReading()).

    /*!
     * Inserts @p annotation, or updates the one with the same id (all of its fields). Refuses, with
     * an error naming the catalog file and the annotation: an empty id, quote or reading id, a
     * reading that is not in the catalog, a colour that is not one of annotationColors(), and a
     * position that is neither valid nor unknown (-1, -1). The search index follows.
     */
    [[nodiscard]] bool saveAnnotation(const Annotation &annotation, QString *error);

    /*!
     * saveAnnotation() for each of @p annotations in one transaction (a W3C import): all are
     * saved, or none, and the error names the first bad one ("annotation 3 (<id>): ...").
     */
    [[nodiscard]] bool saveAnnotations(const QVector<Annotation> &annotations, QString *error);

    /*!
     * Merges annotations read from a file (@p origin, for the report and the conflicts) into the
     * catalog, all or nothing in one transaction. Refused as a whole, with an error naming the
     * annotation ("annotation 3 (<id>): …; nothing was imported"): two annotations with the same
     * id, one larger than AnnotationLimits, one on a reading not in the catalog, a position past
     * the end of its reading's text, and whatever saveAnnotation() refuses. Otherwise each is, as
     * @p report (may be null) says in file order: added; added under a new id when its id belongs
     * to a note on another reading (skipped if that reading already has the same note); skipped
     * when unchanged; or, when the stored note differs, the newer one (compareAnnotationVersions())
     * is the note and the older is kept as an AnnotationConflict recorded at @p nowUtc.
     */
    [[nodiscard]] bool importAnnotations(const QVector<Annotation> &annotations, const QString &origin,
                                         const QDateTime &nowUtc, AnnotationMergeReport *report, QString *error);

    //! The open conflicts of the notes of @p readingId (of every reading if empty), oldest first.
    QVector<AnnotationConflict> annotationConflicts(const QString &readingId) const;

    /*!
     * Ends conflict @p conflictId: with @p keepOther the other version becomes the note (modified
     * @p nowUtc, the reader's choice being the latest change), otherwise the stored note stays.
     * Either way the conflict is gone.
     */
    [[nodiscard]] bool resolveAnnotationConflict(qint64 conflictId, bool keepOther, const QDateTime &nowUtc,
                                                 QString *error);
    /*!
     * Undoes resolveAnnotationConflict(): stores @p note as it was before (the version that was
     * in force) and @p conflict again, under its own id, in one durable transaction.
     */
    [[nodiscard]] bool restoreAnnotationConflict(const AnnotationConflict &conflict, const Annotation &note,
                                                 QString *error);

    //! Deletes the annotation @p id; an id that is not stored is an error.
    [[nodiscard]] bool deleteAnnotation(const QString &id, QString *error);

    std::optional<Annotation> annotation(const QString &id) const;

    /*!
     * The annotations of one reading in reading order: by position start (unknown positions
     * last), then creation time, then id. Orphans are included, at their old position.
     */
    QVector<Annotation> annotations(const QString &readingId) const;

    //! Every annotation, by reading id and then as annotations() orders them.
    QVector<Annotation> allAnnotations() const;

    /*!
     * The annotations of reading @p readingId (of all readings if it is empty) whose passage was
     * not found in the reading's current text, ordered as annotations() orders them.
     */
    QVector<Annotation> orphanedAnnotations(const QString &readingId) const;
    //! The ids of orphanedAnnotations(@p readingId), for marking them in a list of all.
    QSet<QString> orphanedAnnotationIds(const QString &readingId) const;

    /*!
     * Annotations matching every word of @p query in their quote, note or tags, best match first
     * (bm25; a tag counts more than a word of the quote or note). Plain words, accents ignored,
     * as search() takes them. At most @p limit annotations.
     */
    QVector<Annotation> searchAnnotations(const QString &query, int limit = 100) const;

    /*!
     * The annotations tagged @p tag (ignoring case and surrounding spaces), ordered as
     * allAnnotations() orders them. An empty tag matches nothing.
     */
    QVector<Annotation> annotationsWithTag(const QString &tag) const;

    /*!
     * The annotations of the readings served on a day from @p from to @p to (both included), each
     * once: by the first day in the range its reading was served, then as annotations() orders
     * them. For study packets. An invalid or reversed range gives nothing.
     */
    QVector<Annotation> annotationsServedBetween(const QDate &from, const QDate &to) const;

    /*!
     * Whether the last failed annotation write failed because the catalog cannot be written now
     * (opened read-only, a write lock held by another process, a full disk, an I/O error) rather
     * than because of what was written: a change worth keeping and trying again later.
     */
    bool lastWriteFailedForNow() const;

    //! How long a write waits, unless told otherwise, for another connection's write lock.
    static constexpr int DefaultBusyTimeoutMilliseconds = 5000;
    /*!
     * Sets how long a write waits for another connection's write lock before it fails as locked
     * (lastWriteFailedForNow()); kept across reopening. Returns the previous wait. An import can
     * afford to wait; the window's note edits wait less, because they run on the UI thread and
     * a change that fails for now is kept in memory anyway (AnnotationController).
     */
    int setBusyTimeout(int milliseconds);
    int busyTimeout() const;

    //! The last error of the underlying connection, for logs.
    QString lastError() const;

    //! For tests and tools: the Qt Sql connection name of this catalog.
    QString connectionName() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

/*!
 * One import in one SQLite transaction (see Catalog::beginImport()). Parse first, then store:
 * storeReading() estimates, stores, indexes and re-anchors; storeWork() groups stored readings.
 * The first failure makes every later call fail too, so a caller can check once at commit().
 */
class Catalog::ImportTransaction
{
public:
    ~ImportTransaction(); //!< rolls back unless committed
    ImportTransaction(const ImportTransaction &) = delete;
    ImportTransaction &operator=(const ImportTransaction &) = delete;

    //! As Catalog::importReading(), inside this transaction; @p sourceFile may be empty.
    [[nodiscard]] bool storeReading(const Reading &reading, const QString &sourceFile, ImportOutcome *outcome,
                                    QString *error);
    /*!
     * Stores @p work (adding or updating it) and makes @p readingIds, already stored in this
     * transaction or before, its parts in that order. Parts it had before and no longer has
     * become readings on their own again.
     */
    [[nodiscard]] bool storeWork(const WorkInfo &work, const QStringList &readingIds, QString *error);
    [[nodiscard]] bool commit(QString *error);
    //! What re-anchoring did so far (counted on commit only by Catalog::importReading()).
    ReanchorSummary reanchored() const;

private:
    friend class Catalog;
    explicit ImportTransaction(Catalog::Private *catalog);
    struct State;
    std::unique_ptr<State> m;
};

} // namespace redletter
