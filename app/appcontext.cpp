// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "catalog/backups.h"
#include "catalog/builtinfiles.h"
#include "importing/importer.h"
#include "util/datalocations.h"
#include "util/logging.h"
#include "schedule/dailypick.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace redletter {

AppContext::AppContext(std::unique_ptr<Clock> clock)
    : m_clock(std::move(clock)), m_schedule(std::make_unique<DailySchedule>(m_catalog, *m_clock))
{
    // A copy that ran past midnight was the old day's: the new day gets its own (a failed one is
    // not retried at once, it would fail again; the next start or day tries again).
    QObject::connect(&m_backgroundBackup, &BackgroundBackup::finished, &m_backgroundBackup,
                     [this](CatalogBackups::Outcome outcome) {
                         if (outcome == CatalogBackups::Outcome::Made
                             || outcome == CatalogBackups::Outcome::AlreadyMadeToday)
                             startBackupIfDue();
                     });
}

AppContext::~AppContext()
{
    // A quit while the day's backup runs: stopped before the catalog closes, nothing half-written kept.
    m_backgroundBackup.cancelAndWait();
}

SettingsStore &AppContext::settings()
{
    if (!m_settings) {
        m_settings = std::make_unique<SettingsStore>(settingsFile());
        const auto applyLanguages = [this](const Settings &settings) {
            m_schedule->setLanguages(settings.readingLanguages.isEmpty() ? readerLanguages(QLocale())
                                                                         : settings.readingLanguages);
        };
        applyLanguages(m_settings->settings());
        QObject::connect(m_settings.get(), &SettingsStore::changed, m_settings.get(), applyLanguages);
    }
    return *m_settings;
}

QString AppContext::settingsFile() const
{
    if (!m_settingsFile.isEmpty())
        return m_settingsFile;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1String("/redletter/redletter.conf");
}

namespace {

/*!
 * Makes a new catalog under a temporary name beside @p catalogPath and renames it into place once
 * its schema and the built-in readings are committed and its write-ahead log is folded in. A
 * first start killed half-way then leaves no catalog (the next start makes it again), never a
 * file of 0 bytes or half a schema, which the next start would have to take for damage.
 */
bool createCatalog(const QString &catalogPath, const QString &builtinDirectory, QString *error)
{
    const QString staging = catalogPath + QLatin1String(".new");
    for (const char *suffix : {"", "-wal", "-shm", "-journal", "-closed"}) // what an earlier killed start left
        QFile::remove(staging + QLatin1String(suffix));
    {
        Catalog catalog;
        if (!catalog.open(staging, error) || !AppContext::importBuiltinCatalog(catalog, builtinDirectory, error))
            return false;
        catalog.close(); // the last connection: SQLite checkpoints the log into the file and removes it
    }
    if (QFile::exists(staging + QLatin1String("-wal"))) {
        *error = QStringLiteral("%1: the new catalog's write-ahead log was not folded in").arg(staging);
        return false;
    }
    if (!QFile::rename(staging, catalogPath)) {
        // Another process made the catalog meanwhile: it stands, ours goes.
        QFile::remove(staging);
        QFile::remove(staging + QLatin1String("-closed"));
        if (!QFile::exists(catalogPath)) {
            *error = QStringLiteral("cannot rename %1 to %2").arg(staging, catalogPath);
            return false;
        }
        return true;
    }
    // The note that the file was closed cleanly (Catalog::close()) goes with it: it names its size
    // and time, which a rename keeps, and spares the first open a needless integrity check.
    QFile::remove(catalogPath + QLatin1String("-closed"));
    QFile::rename(staging + QLatin1String("-closed"), catalogPath + QLatin1String("-closed"));
    return true;
}

} // namespace

bool AppContext::open(const QString &catalogPath, QString *error)
{
    m_recovery.reset();
    settings(); // the schedule serves in the reader's chosen languages from the first day
    // Installed or build tree's share/redletter/catalog, else the embedded one (DataLocations).
    const QString builtinDirectory = DataLocations::forThisProcess().defaultCatalogDirectory();
    if (!QFileInfo::exists(catalogPath) && !QFileInfo::exists(catalogPath + QLatin1String("-wal"))
        && !createCatalog(catalogPath, builtinDirectory, error))
        return false;
    // A file of 0 bytes would be taken for a new database: never start empty without a word.
    m_writeProblem.clear();
    QString damage = CatalogRecovery::damageOf(catalogPath);
    if (damage.isEmpty()) {
        if (m_catalog.open(catalogPath, error))
            return bringBuiltinUpToDate(builtinDirectory, error);
        if (m_catalog.openProblem() == Catalog::OpenProblem::Unavailable)
            return openForReading(catalogPath, error);
        if (m_catalog.openProblem() != Catalog::OpenProblem::Damaged)
            return false;
        damage = m_catalog.openProblemDetail();
    }
    QVector<Reading> builtin;
    if (!builtinReadings(builtinDirectory, &builtin, error))
        return false;
    RecoveryReport report;
    if (!CatalogRecovery::recover(catalogPath, damage, builtin, m_clock->localNow(), &report, error))
        return false;
    m_recovery = report;
    if (!m_catalog.open(catalogPath, error))
        return false;
    return importBuiltinCatalog(m_catalog, builtinDirectory, error);
}

bool AppContext::openForReading(const QString &catalogPath, QString *error)
{
    const QString whyNotWritable = *error;
    QString readError;
    if (!m_catalog.openReadOnly(catalogPath, &readError)) {
        qCWarning(lcCatalog).noquote() << "cannot read" << catalogPath << "either:" << readError;
        return false; // *error still says why it could not be opened
    }
    m_writeProblem = whyNotWritable;
    return true;
}

bool AppContext::bringBuiltinUpToDate(const QString &builtinDirectory, QString *error)
{
    if (importBuiltinCatalog(m_catalog, builtinDirectory, error))
        return true;
    // Opened, but not writable now (locked by another process, a full disk): the readings it
    // holds can still be read, and the built-in ones are brought up to date at the next start.
    if (!m_catalog.lastWriteFailedForNow() || m_catalog.readingCount() == 0)
        return false;
    m_writeProblem = *error;
    return true;
}

bool AppContext::backUpIfDue(QString *error)
{
    if (!m_catalog.isOpen())
        return false;
    CatalogBackups backups(m_catalog.path());
    QString message;
    if (backups.makeDailyBackup(m_catalog, m_clock->today(), &message) == CatalogBackups::Outcome::Failed) {
        qCWarning(lcCatalog).noquote() << message;
        if (error)
            *error = message;
        return false;
    }
    return true;
}

void AppContext::startBackupIfDue()
{
    if (!m_catalog.isOpen() || m_backgroundBackup.isRunning())
        return;
    const QDate today = m_clock->today();
    if (QFileInfo::exists(CatalogBackups(m_catalog.path()).fileFor(today)))
        return; // at most once a day
    m_backgroundBackup.start(m_catalog.path(), today);
}

namespace {

//! A built-in reading file as shipped: its name and bytes.
struct BuiltinFile
{
    QString path;
    QByteArray bytes;
};

bool readBuiltinFiles(const QString &directory, QVector<BuiltinFile> *files, QString *error)
{
    if (directory.isEmpty()) {
        // Neither installed nor embedded (a build without the resources): no built-in readings,
        // never the current folder's files.
        qCWarning(lcCatalog) << "no default catalog found (share/redletter/catalog or :/catalog)";
        return true;
    }
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name.compare(QLatin1String("README.md"), Qt::CaseInsensitive) == 0)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        files->append(BuiltinFile{file.fileName(), file.readAll()});
    }
    return true;
}

bool parseBuiltinFile(const BuiltinFile &file, Reading *reading, QString *error)
{
    SourceError sourceError;
    if (!Importer::importBytes(file.bytes, file.path, reading, &sourceError)) {
        // A broken built-in reading is our bug; the tests catch it before a release.
        *error = sourceError.toString();
        return false;
    }
    return true;
}

} // namespace

bool AppContext::importBuiltinCatalog(Catalog &catalog, const QString &directory, QString *error)
{
    QVector<BuiltinFile> files;
    if (!readBuiltinFiles(directory, &files, error))
        return false;
    // Only the files that changed since this build imported them (or whose reading changed in
    // the catalog since) are parsed and imported: a start on an unchanged catalog writes nothing.
    BuiltinFiles records(catalog);
    const QHash<QString, QString> imported = records.imported();
    QVector<Reading> readings;
    QVector<QPair<QString, QString>> changed; // file name, SHA-256
    for (const BuiltinFile &file : std::as_const(files)) {
        const QString name = QFileInfo(file.path).fileName();
        const QString sha = BuiltinFiles::sha256(file.bytes);
        if (imported.value(name) == sha)
            continue;
        Reading reading;
        if (!parseBuiltinFile(file, &reading, error))
            return false;
        readings.append(reading);
        changed.append({name, sha});
    }
    // Nothing to import still takes the write lock and lets it go, as an import would (an empty
    // transaction writes nothing): a catalog that cannot be written now is found at start, where
    // the reader is told (AppContext::writeProblem()), not at the first note typed.
    if (!catalog.importReadings(readings, /*builtin=*/true, error))
        return false;
    for (int i = 0; i < int(readings.size()); ++i) {
        // Not recorded: imported again at the next start, which is only time.
        QString why;
        if (!records.record(changed.at(i).first, changed.at(i).second, readings.at(i).id, &why))
            qCWarning(lcCatalog).noquote() << why;
    }
    return true;
}

bool AppContext::builtinReadings(const QString &directory, QVector<Reading> *readings, QString *error)
{
    QVector<BuiltinFile> files;
    if (!readBuiltinFiles(directory, &files, error))
        return false;
    for (const BuiltinFile &file : std::as_const(files)) {
        Reading reading;
        if (!parseBuiltinFile(file, &reading, error))
            return false;
        readings->append(reading);
    }
    return true;
}

} // namespace redletter
