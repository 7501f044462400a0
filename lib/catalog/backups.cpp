// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/backups.h"

#include "catalog/catalog.h"
#include "catalog/migrations.h"
#include "catalog/sqlutil.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace redletter {

namespace {

std::atomic<int> inspectCounter{0};

const QString backupPrefix = QStringLiteral("catalog-");
const QString backupSuffix = QStringLiteral(".sqlite");

QDate dayOfBackup(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^catalog-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

//! Makes what was written to @p path durable before it is renamed into place.
bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

/*!
 * Opens @p file through a connection of its own with the driver's @p options and runs @p work on
 * it. @p error gets SQLite's words when the file cannot be opened.
 */
template<typename Work>
bool withConnection(const QString &file, const QString &options, QString *error, Work work)
{
    const QString name = QStringLiteral("redletter-inspect-%1").arg(++inspectCounter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(options);
        if (!db.open())
            *error = sql::errorText(db.lastError());
        else
            ok = work(db, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/*!
 * withConnection() read-only (SQLITE_OPEN_READONLY: no journal, no -shm, nothing written).
 */
template<typename Work>
bool withReadOnlyConnection(const QString &file, QString *error, Work work)
{
    return withConnection(file, QStringLiteral("QSQLITE_OPEN_READONLY"), error, work);
}

bool countRows(QSqlDatabase &db, const QString &table, int *count, QString *error)
{
    QSqlQuery query(db);
    if (!sql::exec(query, QStringLiteral("SELECT count(*) FROM %1").arg(table), {}, error))
        return false;
    if (!query.next()) {
        *error = sql::errorText(query.lastError());
        return false;
    }
    *count = query.value(0).toInt();
    return true;
}

} // namespace

CatalogBackups::CatalogBackups(const QString &catalogPath)
    : m_folder(QFileInfo(catalogPath).absoluteDir().filePath(QStringLiteral("backups")))
{
}

QString CatalogBackups::fileFor(const QDate &day) const
{
    return QDir(m_folder).filePath(backupPrefix + day.toString(Qt::ISODate) + backupSuffix);
}

CatalogBackups::Outcome CatalogBackups::makeDailyBackup(Catalog &catalog, const QDate &today, QString *error)
{
    return writeDailyBackup(
        today, [&catalog](const QString &partial, QString *message) { return catalog.copyTo(partial, message); },
        nullptr, error);
}

CatalogBackups::Outcome CatalogBackups::makeDailyBackupFrom(const QString &catalogFile, const QDate &today,
                                                            const std::atomic<bool> &cancelled, QString *error)
{
    const auto copy = [&catalogFile](const QString &partial, QString *message) {
        // Read-only: the backup never writes the catalog, not even its journal.
        return withReadOnlyConnection(catalogFile, message, [&partial](QSqlDatabase &db, QString *sqlError) {
            return sql::vacuumInto(db, partial, sqlError);
        });
    };
    return writeDailyBackup(today, copy, &cancelled, error);
}

CatalogBackups::Outcome CatalogBackups::writeDailyBackup(const QDate &today, const CopyFunction &copy,
                                                         const std::atomic<bool> *cancelled, QString *error)
{
    const auto isCancelled = [cancelled] { return cancelled && cancelled->load(); };
    const QString target = fileFor(today);
    if (QFileInfo::exists(target))
        return Outcome::AlreadyMadeToday;
    if (!QDir().mkpath(m_folder)) {
        *error = tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder));
        return Outcome::Failed;
    }
    // Written under another name first: a crash, a quit or a full disk leaves no half copy named
    // as a backup (list() and the restore dialog only see "catalog-YYYY-MM-DD.sqlite").
    const QString partial = target + QLatin1String(".part");
    QFile::remove(partial);
    if (isCancelled())
        return Outcome::Cancelled;
    QString message;
    if (!copy(partial, &message)) {
        QFile::remove(partial); // a partial copy (a full disk) is no backup
        *error = tr("Cannot back up the catalog: %1").arg(message);
        return Outcome::Failed;
    }
    if (isCancelled()) {
        QFile::remove(partial);
        return Outcome::Cancelled;
    }
    // The copy's header says WAL like the catalog's; a backup is read by itself, so it is made a
    // plain file that a read-only connection can open without creating a -shm beside it.
    const bool ok = withConnection(partial, QString(), &message, [](QSqlDatabase &db, QString *sqlError) {
        return sql::exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"), {}, sqlError);
    });
    if (isCancelled()) {
        QFile::remove(partial);
        return Outcome::Cancelled;
    }
    if (!ok || !syncFile(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        *error = tr("Cannot back up the catalog: %1 cannot be written (%2)")
                     .arg(QDir::toNativeSeparators(target), message);
        return Outcome::Failed;
    }
    qCInfo(lcCatalog).noquote() << "backed up the catalog to" << target;
    removeOldBackups(today);
    return Outcome::Made;
}

void CatalogBackups::removeOldBackups(const QDate &today) const
{
    const QDate oldestKept = today.addDays(-(KeptDays - 1));
    QDir dir(m_folder);
    const QStringList names = dir.entryList({backupPrefix + QLatin1Char('*') + backupSuffix}, QDir::Files);
    for (const QString &name : names) {
        const QDate day = dayOfBackup(name);
        // A copy dated after today (the clock was set back) is kept: it may be the newest state.
        if (day.isValid() && day < oldestKept && dir.remove(name))
            qCInfo(lcCatalog).noquote() << "removed the backup" << dir.filePath(name) << "(older than" << KeptDays
                                        << "days)";
    }
}

QVector<BackupInfo> CatalogBackups::list() const
{
    QVector<BackupInfo> result;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({backupPrefix + QLatin1Char('*') + backupSuffix}, QDir::Files);
    for (const QString &name : names) {
        const QDate day = dayOfBackup(name);
        if (!day.isValid())
            continue;
        BackupInfo info = inspect(dir.absoluteFilePath(name));
        info.day = day;
        result.append(info);
    }
    std::sort(result.begin(), result.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.day > b.day; });
    return result;
}

BackupInfo CatalogBackups::inspect(const QString &file)
{
    BackupInfo info;
    const QFileInfo fileInfo(file);
    info.file = fileInfo.absoluteFilePath();
    info.made = fileInfo.lastModified().toUTC();
    info.bytes = fileInfo.size();
    if (!fileInfo.isFile()) {
        info.problem = tr("the file does not exist");
        return info;
    }
    QString message;
    info.readable = withReadOnlyConnection(file, &message, [&info](QSqlDatabase &db, QString *error) {
        QSqlQuery header(db);
        if (!sql::exec(header, QStringLiteral("PRAGMA application_id"), {}, error) || !header.next())
            return false;
        if (header.value(0).toInt() != migrations::ApplicationId) {
            *error = tr("not a Red Letter catalog");
            return false;
        }
        header.finish();
        return countRows(db, QStringLiteral("readings"), &info.readings, error)
            && countRows(db, QStringLiteral("annotations"), &info.annotations, error)
            && countRows(db, QStringLiteral("schedule"), &info.servedDays, error);
    });
    if (!info.readable)
        info.problem = message;
    return info;
}

QString CatalogBackups::moveAside(const QString &catalogPath, const QString &label, const QDateTime &localNow,
                                  QString *error)
{
    const QString stamp = localNow.toString(QStringLiteral("yyyy-MM-ddTHHmmss"));
    QString aside = QStringLiteral("%1.%2-%3").arg(catalogPath, label, stamp);
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + QLatin1String("-wal")); ++n)
        aside = QStringLiteral("%1.%2-%3-%4").arg(catalogPath, label, stamp).arg(n);
    if (!QFile::rename(catalogPath, aside)) {
        *error = tr("Cannot move %1 aside to %2.")
                     .arg(QDir::toNativeSeparators(catalogPath), QDir::toNativeSeparators(aside));
        return QString();
    }
    // What a crash left in the WAL belongs to that file: it goes along, so nothing of it is lost
    // and none of it is replayed into another file.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        if (QFileInfo::exists(catalogPath + suffix) && !QFile::rename(catalogPath + suffix, aside + suffix))
            qCWarning(lcCatalog).noquote() << "cannot move" << catalogPath + suffix << "aside to" << aside + suffix;
    }
    QFile::remove(catalogPath + QLatin1String("-closed"));
    return aside;
}

bool CatalogBackups::copyFileSafely(const QString &from, const QString &to, QString *error)
{
    const QString partial = to + QLatin1String(".part");
    QFile::remove(partial);
    QFile source(from);
    QFile target(partial);
    bool ok = source.open(QIODevice::ReadOnly) && target.open(QIODevice::WriteOnly | QIODevice::Truncate);
    while (ok && !source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        ok = !chunk.isEmpty() && target.write(chunk) == chunk.size();
    }
    ok = ok && target.flush();
    const QString why = !source.errorString().isEmpty() && source.error() != QFile::NoError ? source.errorString()
                                                                                             : target.errorString();
    target.close();
    if (!ok || !syncFile(partial) || !QFile::rename(partial, to)) {
        QFile::remove(partial);
        *error = tr("Cannot copy %1 to %2: %3")
                     .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), why);
        return false;
    }
    return true;
}

bool CatalogBackups::restore(Catalog &catalog, const QString &backupFile, const QDateTime &localNow,
                             QString *keptAside, QString *error)
{
    const QString path = catalog.path();
    if (!catalog.isOpen() || path.isEmpty()) {
        *error = tr("The catalog is not open.");
        return false;
    }
    const BackupInfo backup = inspect(backupFile);
    if (!backup.readable) {
        *error = tr("The backup %1 cannot be read: %2").arg(QDir::toNativeSeparators(backupFile), backup.problem);
        return false;
    }
    catalog.close(); // folds the WAL into the file, so what is kept aside is whole
    QString message;
    const QString aside = moveAside(path, QStringLiteral("before-restore"), localNow, &message);
    if (aside.isEmpty()) {
        QString reopenError;
        if (!catalog.open(path, &reopenError))
            message += QLatin1Char(' ') + reopenError;
        *error = message;
        return false;
    }
    bool restored = copyFileSafely(backupFile, path, &message);
    QString openError;
    restored = restored && catalog.open(path, &openError);
    if (!restored) {
        // Back to the catalog as it was: nothing is lost by a restore that did not work.
        QFile::remove(path);
        QFile::rename(aside, path);
        QString reopenError;
        if (!catalog.open(path, &reopenError))
            openError += QLatin1Char(' ') + reopenError;
        *error = tr("Cannot restore %1: %2").arg(QDir::toNativeSeparators(backupFile),
                                                 message.isEmpty() ? openError : message);
        return false;
    }
    qCInfo(lcCatalog).noquote() << "restored" << backupFile << "; the catalog before is" << aside;
    if (keptAside)
        *keptAside = aside;
    return true;
}

} // namespace redletter
