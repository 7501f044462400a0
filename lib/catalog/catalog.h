// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimating/readingtime.h"
#include "reading/reading.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
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
 * The catalog: one SQLite database (Qt Sql) holding the readings with their parsed content, and
 * the schedule history. WAL journal, foreign keys on, schema version in PRAGMA user_version with
 * forward migrations (lib/catalog/migrations.cpp), every multi-row change in one transaction: a
 * failed import leaves the database exactly as it was.
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
    void close();
    bool isOpen() const;
    QString path() const;

    //! The schema version this build writes, and the one the open database has.
    static int latestSchemaVersion();
    int schemaVersion() const;

    enum class ImportOutcome { Added, Updated, Unchanged };

    /*!
     * Adds @p reading, or updates the reading with the same id in place (same file imported again,
     * or a corrected edition). Computes and stores its reading time. One transaction.
     */
    [[nodiscard]] bool importReading(const Reading &reading, const QString &sourceFile, bool builtin,
                                     ImportOutcome *outcome, QString *error);

    //! Several readings in one transaction: all are stored, or none.
    [[nodiscard]] bool importReadings(const QVector<Reading> &readings, bool builtin, QString *error);

    std::optional<Reading> reading(const QString &id) const;
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

    //! Served days, oldest first.
    QVector<ServedDay> history() const;
    std::optional<ServedDay> servedOn(const QDate &day) const;

    /*!
     * Records that @p readingId was served on @p day. A day already recorded keeps its reading
     * (the archive never changes under the user); then this returns true and does nothing.
     */
    [[nodiscard]] bool recordServed(const QDate &day, const QString &readingId,
                                    const QDateTime &servedAtUtc, QString *error);

    //! The last error of the underlying connection, for logs.
    QString lastError() const;

    //! For tests and tools: the Qt Sql connection name of this catalog.
    QString connectionName() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace redletter
