// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace redletter {

class Catalog;

//! One backup of the catalog, as CatalogBackups::list() finds it.
struct BackupInfo
{
    QString file;       //!< absolute path of the copy
    QDate day;          //!< the local day it was made for (from its name)
    QDateTime made;     //!< when it was written (the file's modification time), UTC
    qint64 bytes = 0;
    bool readable = false; //!< opened as a Red Letter catalog and counted
    int readings = 0;
    int annotations = 0;
    int servedDays = 0;
    QString problem;    //!< why it is not readable ("" when it is)
};

/*!
 * Daily copies of the catalog, kept beside it in the data directory ("backups/catalog-YYYY-MM-DD.sqlite").
 *
 * A copy is made with SQLite's VACUUM INTO through the catalog's own connection: a consistent
 * snapshot of the last committed state (a transaction of another connection is either in it whole
 * or not at all), written to a temporary name and renamed into place, so a crash or a full disk
 * never leaves a half copy under a backup's name. At most one a day; copies older than KeptDays are
 * removed after a new one was written, and never the last good one.
 */
class CatalogBackups
{
    Q_DECLARE_TR_FUNCTIONS(redletter::CatalogBackups)

public:
    //! How many days of copies are kept.
    static constexpr int KeptDays = 7;

    //! The backups of the catalog file @p catalogPath (in "backups" beside it).
    explicit CatalogBackups(const QString &catalogPath);

    QString folder() const { return m_folder; }
    //! The file of the backup for @p day.
    QString fileFor(const QDate &day) const;

    enum class Outcome { Made, AlreadyMadeToday, Failed, Cancelled };

    /*!
     * Makes the backup of @p today from the open @p catalog unless one exists for that day, then
     * removes the copies from before today − KeptDays + 1. Failed (with @p error) leaves every
     * earlier backup in place. @p today comes from the app's clock (injectable in tests).
     */
    Outcome makeDailyBackup(Catalog &catalog, const QDate &today, QString *error);

    /*!
     * The same from the catalog file @p catalogFile through a connection of its own, opened and
     * closed in the calling thread: for a worker thread (BackgroundBackup) while the app's own
     * connection keeps reading and writing. VACUUM INTO runs in one read transaction, so the copy
     * is the last committed state when it began (the catalog is in WAL mode: writers are not
     * blocked meanwhile). When @p cancelled is set, the copy stops at the next step (SQLite's
     * VACUUM itself cannot be interrupted through Qt) and the partial file is removed: Cancelled.
     */
    Outcome makeDailyBackupFrom(const QString &catalogFile, const QDate &today, const std::atomic<bool> &cancelled,
                                QString *error);

    //! The backups there are, newest day first, each opened read-only and counted.
    QVector<BackupInfo> list() const;

    /*!
     * Counts what the catalog file @p file holds (readings, annotations, served days), read-only:
     * the file is not changed, not even its journal. For the list and for recovery.
     */
    static BackupInfo inspect(const QString &file);

    /*!
     * Replaces the open @p catalog's file by the backup @p backupFile and opens it again. The
     * current file is first closed and kept aside as "catalog.sqlite.before-restore-<local time>"
     * (@p keptAside), never deleted; if the backup cannot be opened as a catalog, that file is put
     * back and opened again. @p localNow names the file kept aside.
     */
    [[nodiscard]] static bool restore(Catalog &catalog, const QString &backupFile, const QDateTime &localNow,
                                      QString *keptAside, QString *error);

    /*!
     * Moves @p catalogPath (and its -wal and -shm files) to a free name "<catalogPath>.<label>-<local
     * time>"; returns it, or "" with @p error. What is moved aside is never deleted.
     */
    static QString moveAside(const QString &catalogPath, const QString &label, const QDateTime &localNow,
                             QString *error);

    /*!
     * Copies @p from to @p to through a temporary file, synced and renamed into place: @p to is
     * either the whole copy or as it was.
     */
    [[nodiscard]] static bool copyFileSafely(const QString &from, const QString &to, QString *error);

private:
    //! Writes @p partial with a consistent copy of the catalog; false with SQLite's words in @p message.
    using CopyFunction = std::function<bool(const QString &partial, QString *message)>;
    Outcome writeDailyBackup(const QDate &today, const CopyFunction &copy, const std::atomic<bool> *cancelled,
                             QString *error);
    void removeOldBackups(const QDate &today) const;

    QString m_folder;
};

} // namespace redletter
