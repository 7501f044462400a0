// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/backgroundbackup.h"
#include "catalog/catalog.h"
#include "catalog/recovery.h"
#include "schedule/clock.h"
#include "schedule/dailyschedule.h"
#include "settings/settings.h"

#include <memory>
#include <optional>

namespace redletter {

/*!
 * What the window and the commands share: the open catalog (with the embedded default catalog
 * imported into it), the clock, and the schedule that serves each day's reading.
 */
class AppContext
{
public:
    //! Uses @p clock (which must outlive the context); the context owns the catalog.
    explicit AppContext(std::unique_ptr<Clock> clock);
    ~AppContext();

    /*!
     * Opens the catalog at @p catalogPath and brings the default catalog up to date in it: the
     * installed reading files (share/redletter/catalog, see DataLocations), else the embedded
     * ones (":/catalog"). On failure, @p error names the file and what is wrong.
     *
     * A damaged catalog (or one of 0 bytes) is recovered first (CatalogRecovery: kept aside,
     * every readable row copied into a new one, or merged into the newest good backup); then
     * recoveryReport() says what was recovered and what was not. Any other failure (locked,
     * unreadable, a full disk, another application's database) changes nothing; a catalog that
     * cannot be written now but can be read is opened for reading (see writeProblem()).
     */
    [[nodiscard]] bool open(const QString &catalogPath, QString *error);

    /*!
     * Why the catalog cannot be written now, when open() still opened it for reading (a read-only
     * file or folder, a full disk, a write lock held by another process: Catalog::openReadOnly(),
     * or a catalog whose built-in readings could not be brought up to date); empty otherwise.
     * Reading, search and exports work; notes are kept in memory until they can be saved.
     */
    QString writeProblem() const { return m_writeProblem; }

    //! What opening recovered from a damaged catalog; empty when it was not damaged.
    std::optional<RecoveryReport> recoveryReport() const { return m_recovery; }

    /*!
     * Makes today's backup of the catalog (CatalogBackups) unless there is one for the clock's
     * date: when the app starts and when the day turns. A failure is logged and returned, never
     * fatal: the catalog itself is untouched by it.
     */
    bool backUpIfDue(QString *error = nullptr);

    /*!
     * The same in a worker thread (BackgroundBackup), for the window: started once the day's text
     * is shown, so a large catalog's copy never delays it nor freezes the window. Does nothing
     * when today's backup exists or one is running. backgroundBackup() reports when it is done;
     * it is stopped (and its partial file removed) before the catalog is closed or replaced.
     */
    void startBackupIfDue();
    BackgroundBackup &backgroundBackup() { return m_backgroundBackup; }

    /*!
     * Where the reader's settings live (theme, zoom, reading positions, reminders):
     * XDG_CONFIG_HOME/redletter/redletter.conf, or "redletter.conf" in the data directory given
     * with --data-dir, so a separate catalog keeps separate settings (and tests never touch the
     * user's). Set it before settings() is first used.
     */
    QString settingsFile() const;
    void setSettingsFile(const QString &file) { m_settingsFile = file; }
    /*!
     * The reader's settings, opened from settingsFile() on first use. The schedule follows their
     * reading languages (the desktop's when none are chosen).
     */
    SettingsStore &settings();

    Catalog &catalog() { return m_catalog; }
    const Clock &clock() const { return *m_clock; }
    DailySchedule &schedule() { return *m_schedule; }

    /*!
     * Imports the reading files in @p directory as built-in, in one transaction: those not yet
     * imported as they are by this build, or whose reading changed in the catalog since
     * (BuiltinFiles); the others are not even parsed.
     */
    [[nodiscard]] static bool importBuiltinCatalog(Catalog &catalog, const QString &directory,
                                                   QString *error);
    //! The reading files of @p directory, parsed (DataLocations::defaultCatalogDirectory(); none if empty).
    [[nodiscard]] static bool builtinReadings(const QString &directory, QVector<Reading> *readings, QString *error);

private:
    bool openForReading(const QString &catalogPath, QString *error);
    bool bringBuiltinUpToDate(const QString &builtinDirectory, QString *error);

    std::unique_ptr<Clock> m_clock;
    Catalog m_catalog;
    std::unique_ptr<DailySchedule> m_schedule;
    QString m_settingsFile;
    std::optional<RecoveryReport> m_recovery;
    QString m_writeProblem;
    std::unique_ptr<SettingsStore> m_settings;
    // Last, so it is destroyed first: its thread is stopped before the catalog closes.
    BackgroundBackup m_backgroundBackup;
};

} // namespace redletter
