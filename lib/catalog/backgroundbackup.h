// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/backups.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace redletter {

/*!
 * The day's backup of the catalog (CatalogBackups::makeDailyBackupFrom), made in a worker thread
 * with its own database connection, so that the reader sees the day's text at once and the window
 * stays responsive while a large catalog is copied (1.6 s for 271 MB).
 *
 * Why a thread and not SQLite's backup API stepped from the event loop: the copy's work (reading
 * and writing every page) then runs on the other core instead of in slices of the UI thread, and
 * VACUUM INTO in one read transaction of its own connection is a consistent snapshot even while the
 * app writes the catalog (WAL mode: readers and the writer do not block each other), where the
 * backup API restarts from the beginning whenever another connection writes.
 *
 * Destroying it (a quit) or cancelAndWait() stops a running copy at its next step and removes the
 * partial file: nothing half-written is ever named as a backup.
 */
class BackgroundBackup : public QObject
{
    Q_OBJECT

public:
    //! What the worker thread runs; tests put in one that waits or fails.
    using Job = std::function<CatalogBackups::Outcome(const QString &catalogFile, const QDate &day,
                                                      const std::atomic<bool> &cancelled, QString *error)>;

    explicit BackgroundBackup(QObject *parent = nullptr);
    ~BackgroundBackup() override;

    //! Replaces the job (by default CatalogBackups(catalogFile).makeDailyBackupFrom()).
    void setJob(Job job) { m_job = std::move(job); }

    //! Starts the backup of @p catalogFile for @p day; false (and nothing started) while one runs.
    bool start(const QString &catalogFile, const QDate &day);
    bool isRunning() const { return m_thread != nullptr; }
    //! Stops a running backup and waits for its thread: before the catalog file is closed or replaced.
    void cancelAndWait();

Q_SIGNALS:
    //! In the thread that started it, once the job is done; a failure is logged as well.
    void finished(redletter::CatalogBackups::Outcome outcome, const QString &error);

private:
    void onJobDone(quint64 run, CatalogBackups::Outcome outcome, const QString &error);

    Job m_job;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled{false};
    quint64 m_run = 0; //!< which start() a job's report belongs to: a cancelled one's is ignored
};

} // namespace redletter

Q_DECLARE_METATYPE(redletter::CatalogBackups::Outcome)
