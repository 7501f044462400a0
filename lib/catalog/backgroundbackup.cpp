// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/backgroundbackup.h"

#include "util/logging.h"

#include <QThread>

namespace redletter {

BackgroundBackup::BackgroundBackup(QObject *parent)
    : QObject(parent),
      m_job([](const QString &catalogFile, const QDate &day, const std::atomic<bool> &cancelled, QString *error) {
          return CatalogBackups(catalogFile).makeDailyBackupFrom(catalogFile, day, cancelled, error);
      })
{
    qRegisterMetaType<CatalogBackups::Outcome>(); // for queued connections and QSignalSpy, in Qt 5 too
}

BackgroundBackup::~BackgroundBackup()
{
    cancelAndWait();
}

bool BackgroundBackup::start(const QString &catalogFile, const QDate &day)
{
    if (m_thread)
        return false;
    m_cancelled = false;
    const Job job = m_job;
    const quint64 run = ++m_run;
    m_thread.reset(QThread::create([this, job, run, catalogFile, day] {
        QString error;
        const CatalogBackups::Outcome outcome = job(catalogFile, day, m_cancelled, &error);
        // Back to the owner's thread; dropped if the owner is gone by then.
        QMetaObject::invokeMethod(this, [this, run, outcome, error] { onJobDone(run, outcome, error); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("redletter-backup"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackgroundBackup::cancelAndWait()
{
    if (!m_thread)
        return;
    m_cancelled = true;
    m_thread->wait();
    m_thread.reset();
    // The job's queued report has nothing left to say: the copy was stopped on purpose.
}

void BackgroundBackup::onJobDone(quint64 run, CatalogBackups::Outcome outcome, const QString &error)
{
    if (run != m_run || !m_thread)
        return; // cancelled meanwhile: cancelAndWait() already joined it
    m_thread->wait();
    m_thread.reset();
    if (outcome == CatalogBackups::Outcome::Failed)
        qCWarning(lcCatalog).noquote() << error; // never fatal: the catalog itself is untouched
    Q_EMIT finished(outcome, error);
}

} // namespace redletter
