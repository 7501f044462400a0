// SPDX-License-Identifier: GPL-3.0-or-later
// Starting on a damaged, empty or locked catalog: AppContext and the real binary.
#include "appcontext.h"
#include "application.h"

#include "annotations/annotationjson.h"
#include "catalog/backups.h"
#include "schedule/clock.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;

namespace {

constexpr int Notes = 12;

std::unique_ptr<AppContext> makeContext()
{
    return std::make_unique<AppContext>(
        std::make_unique<OffsetClock>(OffsetClock::forDate(QDate(2026, 3, 12))));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCatalogStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initResources(); }
    void init();
    void damagedCatalog_isRecoveredWithItsNotesAndTheBuiltInReadings();
    void lockedCatalog_isNotTakenForDamage();
    void commandLine_notADatabase_restoresTheBackupReportsAndExitsNonZero();
    void commandLine_emptyCatalogFile_isNotSilentlyReplaced();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    //! A catalog with the built-in readings and Notes notes on the first of them; its backup too.
    void makeCatalog();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_readingId;
};

void TestCatalogStart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogStart::makeCatalog()
{
    auto context = makeContext();
    QString error;
    QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
    const QVector<CatalogEntry> entries = context->catalog().entries();
    QVERIFY(!entries.isEmpty());
    m_readingId = entries.first().id;
    for (int i = 0; i < Notes; ++i) {
        Annotation note;
        note.id = QStringLiteral("start-note-%1").arg(i);
        note.readingId = m_readingId;
        note.quote.exact = QStringLiteral("a passage");
        note.note = QStringLiteral("what I thought, number %1").arg(i);
        note.created = note.modified = QDateTime(QDate(2026, 3, 1), QTime(10, i), Qt::UTC);
        QVERIFY2(context->catalog().saveAnnotation(note, &error), qPrintable(error));
    }
    QVERIFY(context->backUpIfDue(&error));
}

void TestCatalogStart::damagedCatalog_isRecoveredWithItsNotesAndTheBuiltInReadings()
{
    makeCatalog();
    // A page of garbage where the readings are.
    QByteArray bytes = test::readFile(catalogPath());
    QVERIFY(bytes.size() > 12 * 4096);
    for (int i = 2 * 4096; i < 3 * 4096; ++i)
        bytes[i] = char(0x5A);
    QVERIFY(writeFile(catalogPath(), bytes));

    auto context = makeContext();
    QString error;
    QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
    QVERIFY(context->recoveryReport().has_value());
    const RecoveryReport report = *context->recoveryReport();
    QVERIFY(QFileInfo::exists(report.keptAside));
    QCOMPARE(test::readFile(report.keptAside), bytes);
    // Every note is back, on its built-in reading, whatever page was hit.
    QCOMPARE(context->catalog().allAnnotations().size(), Notes);
    QVERIFY(context->catalog().entry(m_readingId).has_value());
    QVERIFY(context->catalog().readingCount() >= 7);
}

void TestCatalogStart::lockedCatalog_isNotTakenForDamage()
{
    makeCatalog();
    const QByteArray before = test::readFile(catalogPath());
    const QString name = QStringLiteral("locker");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(catalogPath());
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("UPDATE annotations SET note = note")));
        auto context = makeContext();
        QString error;
        QVERIFY(!context->open(catalogPath(), &error));
        QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
        QVERIFY(!context->recoveryReport().has_value());
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("catalog.sqlite.*")}, QDir::Files), QStringList());
    auto context = makeContext();
    QString error;
    QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
    QCOMPARE(context->catalog().allAnnotations().size(), Notes);
}

void TestCatalogStart::commandLine_notADatabase_restoresTheBackupReportsAndExitsNonZero()
{
    makeCatalog();
    QVERIFY(writeFile(catalogPath(), QByteArrayLiteral("Not a database any more.\n")));
    const QString out = m_dir->filePath(QStringLiteral("notes.json"));
    QProcess process;
    process.start(QStringLiteral(REDLETTER_BINARY),
                  {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--date"), QStringLiteral("2026-03-12"),
                   QStringLiteral("--export-annotations"), out});
    QVERIFY(process.waitForFinished(60000));
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 3);
    QVERIFY2(stderrText.contains(QStringLiteral("was damaged (file is not a database)")), qPrintable(stderrText));
    QVERIFY2(stderrText.contains(QStringLiteral("kept, unchanged, as")), qPrintable(stderrText));
    QVERIFY2(stderrText.contains(QStringLiteral("catalog-2026-03-12.sqlite")), qPrintable(stderrText));
    QVector<Annotation> exported;
    QString error;
    QVERIFY2(annotationsFromJson(test::readFile(out), &exported, nullptr, &error), qPrintable(error));
    QCOMPARE(exported.size(), Notes);

    // The next start finds a good catalog: no report, exit 0.
    process.start(QStringLiteral(REDLETTER_BINARY), {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--list")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardError(), QByteArray());
}

void TestCatalogStart::commandLine_emptyCatalogFile_isNotSilentlyReplaced()
{
    QVERIFY(writeFile(catalogPath(), QByteArray()));
    QProcess process;
    process.start(QStringLiteral(REDLETTER_BINARY), {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--list")});
    QVERIFY(process.waitForFinished(60000));
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 3);
    QVERIFY2(stderrText.contains(QStringLiteral("the file is empty (0 bytes)")), qPrintable(stderrText));
    QVERIFY2(stderrText.contains(QStringLiteral("new, empty catalog")), qPrintable(stderrText));
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("catalog.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    // The readings that come with the app are there; the run listed them.
    QVERIFY(!process.readAllStandardOutput().isEmpty());
}

QTEST_MAIN(TestCatalogStart)
#include "tst_catalogstart.moc"
