// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace redletter {

//! What CatalogRecovery::recover() did, for telling the reader in plain words (toText()).
struct RecoveryReport
{
    QString catalogFile; //!< the catalog that was found damaged (now a recovered one)
    QString keptAside;   //!< where the damaged file is kept, untouched
    QString damage;      //!< what was wrong with it (SQLite's words)

    //! The newest good backup the recovered rows were merged into ("" when none was used).
    QString backupFile;
    QDate backupDay;

    // Rows read from the damaged file and kept in the recovered catalog.
    int annotations = 0;
    int servedDays = 0; //!< days of the schedule history
    int readings = 0;
    // What the recovered catalog holds in the end (with the backup's rows and the built-in readings).
    int totalAnnotations = 0;
    int totalServedDays = 0;
    int totalReadings = 0;

    //! Notes the damaged file's index names but whose rows could not be read: lost, by id.
    QStringList lostAnnotationIds;
    //! Readings the damaged file's index names but whose rows could not be read (and no backup had).
    QStringList lostReadingIds;
    //! Notes read whose reading was lost: saved to notesFile (W3C JSON) to import after re-importing it.
    int notesWithoutReading = 0;
    QString notesFile;
    //! Where reading stopped and what was skipped ("annotations: rows after row 57: …").
    QStringList problems;

    //! True when nothing at all could be read and no backup was there: the catalog starts empty.
    bool startedEmpty() const { return annotations == 0 && servedDays == 0 && readings == 0 && backupFile.isEmpty(); }

    //! The report in the reader's language, several lines, for a dialog or stderr.
    QString toText() const;
};

/*!
 * Recovery of a damaged catalog (one that Catalog::open() refused as Damaged, or a file of
 * 0 bytes). Never deletes anything: the damaged file is renamed aside with the date and time; a
 * fresh catalog is made; every row of the damaged file that SQLite can still read is copied into
 * it — the annotations first, then the schedule history, then the readings and works — skipping
 * over damaged pages (rows are read in rowid order, and after a page that cannot be read, from the
 * next rowid that can). When the newest readable backup holds more notes (or as many, and more
 * served days and readings) than could be read, the rows read are merged into a copy of that
 * backup instead: an annotation in both keeps the newer modification. The built-in readings are
 * stored again, so their notes find them.
 */
class CatalogRecovery
{
    Q_DECLARE_TR_FUNCTIONS(redletter::CatalogRecovery)

public:
    /*!
     * Whether the catalog file @p catalogPath needs recovering before Catalog::open() even
     * tries: a file of 0 bytes (with no WAL beside it holding its content), which SQLite would
     * take for a new database and silently start empty. Gives the damage in words, or "".
     */
    static QString damageOf(const QString &catalogPath);

    /*!
     * Recovers the catalog at @p catalogPath, which @p damage says is damaged. @p builtinReadings
     * are stored in the recovered catalog as built-in. @p localNow names the file kept aside. On
     * success the recovered catalog is at @p catalogPath (open it with Catalog::open()) and
     * @p report says what was recovered and what was not. On failure (the file cannot be moved
     * aside, the disk is full) @p error says why; the damaged file is then where it was, or aside.
     */
    [[nodiscard]] static bool recover(const QString &catalogPath, const QString &damage,
                                      const QVector<Reading> &builtinReadings, const QDateTime &localNow,
                                      RecoveryReport *report, QString *error);
};

} // namespace redletter
