// SPDX-License-Identifier: GPL-3.0-or-later
// A catalog that cannot be written now — a read-only file, a read-only folder, a full disk, a
// write lock held by another process: the reader is told why, reading, search, PDF export and
// today's reading still work, nothing saved is lost, and the note typed meanwhile is kept in memory (and can be
// exported) until writing works again, when it is saved.
//
// chmod does not stop root from writing. Run as root, the tests take writing away the way the
// system would: a read-only bind mount of the file or folder, and a small tmpfs that is filled for
// the full disk. A user who cannot mount gets chmod, and the full disk as SQLite's own limit on
// the catalog's size (PRAGMA max_page_count, which fails writes with SQLITE_FULL as a full disk
// does). Each test says which means it used; none is skipped without saying why.
#include "annotationcontroller.h"
#include "appcontext.h"
#include "application.h"
#include "commandline.h"
#include "commands.h"
#include "mainwindow.h"

#include "annotations/annotatabletext.h"
#include "schedule/clock.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

#include <unistd.h>

using namespace redletter;

namespace {

constexpr int Notes = 5;
// Long enough (about 9 KB) to need new pages in the file: that is what a full disk refuses.
const QString TypedNote = QStringLiteral("Typed while the catalog could not be written. ").repeated(200).trimmed();

bool isRoot()
{
    return geteuid() == 0;
}

//! Runs a system command (mount, umount); false with its output in @p output on failure.
bool runTool(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool ok = process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return ok;
}

//! Whether a write to @p path (a file) or into it (a folder) really fails now.
bool writesFail(const QString &path)
{
    if (QFileInfo(path).isDir()) {
        // Some bytes, not only a name: a full disk still has room for an empty file.
        QFile probe(QDir(path).filePath(QStringLiteral(".write-probe")));
        const bool opened = probe.open(QIODevice::WriteOnly);
        const bool written = opened && probe.write(QByteArray(4096, 'x')) == 4096 && probe.flush();
        if (opened)
            probe.remove();
        return !written;
    }
    QFile file(path);
    return !file.open(QIODevice::ReadWrite | QIODevice::Append);
}

} // namespace

class TestUnwritableCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readOnlyFile_readsAndKeepsTheTypedNoteUntilWritable();
    void readOnlyFolder_readsAndKeepsTheTypedNoteUntilWritable();
    void fullDisk_whileOpen_keepsTheTypedNoteUntilSpaceIsFreed();
    void fullDisk_atStart_isReportedAsAFullDiskNotDamage();
    void lockedByAnotherProcess_readsAndSavesTheNoteWhenTheLockGoes();
    void quitWithUnsavedNotes_writesThemToARescueFileTheImportReads();
    void window_saysWhatIsNotSavedYetAndOffersTheExport();

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString catalogPath() const { return QDir(dataDir()).filePath(QStringLiteral("catalog.sqlite")); }
    std::unique_ptr<AppContext> makeContext() const;
    //! A catalog with the built-in readings and Notes notes on the first of them.
    void makeCatalog();
    //! Mounts @p arguments over @p target, unmounted in cleanup().
    bool mount(const QStringList &arguments, const QString &target);
    //! Fills the tmpfs of dataDir() until a write fails.
    void fillTheDisk();
    //! Makes the catalog file read-only (chmod, or a read-only bind mount as root); what undoes it, or nothing.
    std::function<void()> makeTheFileReadOnly();

    /*!
     * The checks every case shares, on a context whose catalog cannot be written: reading,
     * search and a PDF export work; the saved notes are all there; a note typed now is kept and
     * exported on request; once @p restoreWriting has run (and the retry timer fired, or
     * @p nextEdit was made) it is in the catalog.
     */
    void checkReadingWorksAndTheTypedNoteIsKept(AppContext &context, const std::function<void()> &restoreWriting,
                                                bool retryOnNextEdit = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_mounts; // innermost last
    QString m_readingId;
    QVector<Annotation> m_saved;
};

void TestUnwritableCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestUnwritableCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(dataDir()));
}

void TestUnwritableCatalog::cleanup()
{
    while (!m_mounts.isEmpty()) {
        QString output;
        if (!runTool(QStringLiteral("umount"), {m_mounts.takeLast()}, &output))
            qWarning("umount: %s", qPrintable(output));
    }
    // What chmod took away, given back, so that the folder can be removed.
    QFile::setPermissions(dataDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(catalogPath(), QFile::ReadOwner | QFile::WriteOwner);
    m_dir.reset();
}

std::unique_ptr<AppContext> TestUnwritableCatalog::makeContext() const
{
    auto context = std::make_unique<AppContext>(std::make_unique<ManualClock>(
        QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC), QTimeZone::utc()));
    context->setSettingsFile(m_dir->filePath(QStringLiteral("redletter.conf")));
    return context;
}

bool TestUnwritableCatalog::mount(const QStringList &arguments, const QString &target)
{
    QString output;
    if (!runTool(QStringLiteral("mount"), arguments + QStringList{target}, &output)) {
        qInfo("mount %s %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(target), qPrintable(output));
        return false;
    }
    m_mounts.append(target);
    return true;
}

void TestUnwritableCatalog::makeCatalog()
{
    auto context = makeContext();
    QString error;
    QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
    const QVector<CatalogEntry> entries = context->catalog().entries();
    QVERIFY(!entries.isEmpty());
    m_readingId = entries.first().id;
    const AnnotatableText text(*context->catalog().reading(m_readingId));
    m_saved.clear();
    for (int i = 0; i < Notes; ++i) {
        Annotation note = makeAnnotation(text, 10 * i, 10 * i + 8, QDateTime(QDate(2026, 3, 1), QTime(10, i), Qt::UTC));
        note.note = QStringLiteral("saved before, number %1").arg(i);
        QVERIFY2(context->catalog().saveAnnotation(note, &error), qPrintable(error));
        m_saved.append(note);
    }
}

void TestUnwritableCatalog::fillTheDisk()
{
    QFile filler(QDir(dataDir()).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    QVERIFY(writesFail(dataDir()));
}

void TestUnwritableCatalog::checkReadingWorksAndTheTypedNoteIsKept(AppContext &context,
                                                                  const std::function<void()> &restoreWriting,
                                                                  bool retryOnNextEdit)
{
    Catalog &catalog = context.catalog();
    // Reading: the reading, search, a PDF export of the notes (written outside the catalog's folder).
    const std::optional<Reading> reading = catalog.reading(m_readingId);
    QVERIFY(reading);
    QVERIFY(!catalog.search(reading->title).isEmpty());
    QCOMPARE(catalog.annotations(m_readingId), m_saved);
    const QString pdf = m_dir->filePath(QStringLiteral("notes.pdf"));
    {
        const CommandLine commandLine = parseCommandLine({QStringLiteral("redletter"), QStringLiteral("--export-pdf"), pdf});
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        QCOMPARE(commands::exportAnnotations(context, commandLine, o, e), 0);
        e.flush();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(test::readFile(pdf).startsWith("%PDF-"));
    }

    // Today's reading is served (a day not served before), even if it cannot be recorded now.
    {
        QString serveError;
        const std::optional<ServedDay> today = context.schedule().serveToday(&serveError);
        QVERIFY2(today, qPrintable(serveError));
        QVERIFY(!today->readingId.isEmpty());
    }

    // A note typed now: kept, shown, not in the catalog yet.
    AnnotationController controller(catalog, context.clock());
    controller.retryTimer()->setInterval(50);
    QSignalSpy pending(&controller, &AnnotationController::pendingChanged);
    controller.setReading(*reading);
    QVERIFY(controller.addNote(SourceRange{200, 230}, TypedNote));
    QCOMPARE(controller.pendingCount(), 1);
    QVERIFY(pending.count() >= 1);
    QCOMPARE(pending.last().at(0).toInt(), 1);
    QVERIFY2(!pending.last().at(1).toString().isEmpty(), "pendingChanged gives no reason");
    QString typedId;
    for (const Annotation &annotation : controller.annotations()) {
        if (annotation.note == TypedNote)
            typedId = annotation.id;
    }
    QVERIFY2(!typedId.isEmpty(), "the typed note is not shown");
    QVERIFY(!catalog.annotation(typedId));
    // Exported on request, in a form --import-annotations reads.
    const QString exported = m_dir->filePath(QStringLiteral("unsaved.json"));
    QString error;
    QVERIFY2(controller.exportPending(exported, &error), qPrintable(error));
    QVERIFY(QString::fromUtf8(test::readFile(exported)).contains(TypedNote));
    // While it still cannot be written, trying again keeps it — without waiting out the catalog's
    // own busy timeout on a lock: the window would freeze that long at every retry.
    QElapsedTimer retrying;
    retrying.start();
    QVERIFY(!controller.retryPending());
    QCOMPARE(controller.pendingCount(), 1);
    QVERIFY2(retrying.elapsed() < Catalog::DefaultBusyTimeoutMilliseconds,
             qPrintable(QStringLiteral("a retry took %1 ms").arg(retrying.elapsed())));

    restoreWriting();
    if (retryOnNextEdit) {
        controller.retryTimer()->stop();
        controller.retryTimer()->setInterval(AnnotationController::RetryMilliseconds);
        QVERIFY(controller.addHighlight(SourceRange{300, 320}, QStringLiteral("green")));
        QCOMPARE(controller.pendingCount(), 0);
        QCOMPARE(catalog.annotations(m_readingId).size(), Notes + 2);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(controller.pendingCount(), 0, 10000);
    }
    QCOMPARE(pending.last().at(0).toInt(), 0);
    QVERIFY(catalog.annotation(typedId));
    QCOMPARE(catalog.annotation(typedId)->note, TypedNote);

    // On disk, for the next start: the typed note and every note saved before.
    auto reopened = makeContext();
    QVERIFY2(reopened->open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(reopened->writeProblem().isEmpty(), qPrintable(reopened->writeProblem()));
    QCOMPARE(reopened->catalog().annotation(typedId)->note, TypedNote);
    for (const Annotation &saved : qAsConst(m_saved))
        QCOMPARE(*reopened->catalog().annotation(saved.id), saved);
    QStringList problems;
    QVERIFY2(reopened->catalog().checkIntegrity(&problems, &error), qPrintable(error));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
}

std::function<void()> TestUnwritableCatalog::makeTheFileReadOnly()
{
    std::function<void()> restore;
    if (!isRoot()) {
        if (!QFile::setPermissions(catalogPath(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther))
            return {};
        restore = [this] { QVERIFY(QFile::setPermissions(catalogPath(), QFile::ReadOwner | QFile::WriteOwner)); };
        qInfo("read-only by chmod");
    } else {
        if (!mount({QStringLiteral("--bind"), catalogPath()}, catalogPath())
            || !runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), catalogPath()})) {
            qWarning("running as root, chmod does not stop writes, and the catalog cannot be bind-mounted read-only");
            return {};
        }
        // Writable again in place; the mount goes in cleanup(), once nothing holds the file open.
        restore = [this] {
            QVERIFY(runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,rw"), catalogPath()}));
        };
        qInfo("read-only by a read-only bind mount of the file (root)");
    }
    return restore;
}

void TestUnwritableCatalog::readOnlyFile_readsAndKeepsTheTypedNoteUntilWritable()
{
    makeCatalog();
    const std::function<void()> restore = makeTheFileReadOnly();
    QVERIFY(restore && writesFail(catalogPath()));

    auto context = makeContext();
    QString error;
    QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
    QVERIFY(context->catalog().isReadOnly());
    QVERIFY(!context->recoveryReport());
    QVERIFY2(context->writeProblem().contains(QLatin1String("read-only")), qPrintable(context->writeProblem()));
    checkReadingWorksAndTheTypedNoteIsKept(*context, restore);
    QVERIFY(!context->catalog().isReadOnly());
}

void TestUnwritableCatalog::readOnlyFolder_readsAndKeepsTheTypedNoteUntilWritable()
{
    makeCatalog();
    std::function<void()> restore;
    if (!isRoot()) {
        QVERIFY(QFile::setPermissions(dataDir(), QFile::ReadOwner | QFile::ExeOwner));
        restore = [this] {
            QVERIFY(QFile::setPermissions(dataDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        };
        qInfo("read-only by chmod");
    } else {
        QVERIFY2(mount({QStringLiteral("--bind"), dataDir()}, dataDir())
                     && runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), dataDir()}),
                 "running as root, chmod does not stop writes, and the folder cannot be bind-mounted read-only");
        restore = [this] {
            QVERIFY(runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,rw"), dataDir()}));
        };
        qInfo("read-only by a read-only bind mount of the folder (root)");
    }
    QVERIFY(writesFail(dataDir()));

    auto context = makeContext();
    QString error;
    QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
    QVERIFY(context->catalog().isReadOnly());
    QVERIFY(!context->recoveryReport());
    QVERIFY2(context->writeProblem().contains(QLatin1String("not writable")) || context->writeProblem().contains(QLatin1String("read-only")),
             qPrintable(context->writeProblem()));
    checkReadingWorksAndTheTypedNoteIsKept(*context, restore);
}

void TestUnwritableCatalog::fullDisk_whileOpen_keepsTheTypedNoteUntilSpaceIsFreed()
{
    const bool tmpfs = isRoot() && mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=24m"), QStringLiteral("tmpfs")},
                                         dataDir());
    makeCatalog();
    auto context = makeContext();
    QString error;
    QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
    QVERIFY(context->writeProblem().isEmpty());
    std::function<void()> restore;
    if (tmpfs) {
        qInfo("a full tmpfs (root)");
        fillTheDisk();
        restore = [this] { QVERIFY(QFile::remove(QDir(dataDir()).filePath(QStringLiteral("filler")))); };
    } else {
        // SQLite's own cap on the file's size: writes that need a new page fail with SQLITE_FULL.
        qInfo("a simulated full disk: PRAGMA max_page_count on the catalog's connection");
        QSqlQuery query(QSqlDatabase::database(context->catalog().connectionName(), false));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        restore = [context = context.get()] {
            QSqlQuery reset(QSqlDatabase::database(context->catalog().connectionName(), false));
            QVERIFY(reset.exec(QStringLiteral("PRAGMA max_page_count = 4294967294")));
        };
    }
    checkReadingWorksAndTheTypedNoteIsKept(*context, restore);
}

void TestUnwritableCatalog::fullDisk_atStart_isReportedAsAFullDiskNotDamage()
{
    if (!isRoot())
        QSKIP("a full disk at start needs a small tmpfs, which only root can mount here; "
              "the full disk while open is tested with SQLite's size cap instead");
    QVERIFY2(mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=24m"),
                    QStringLiteral("tmpfs")},
                   dataDir()),
             "root, but cannot mount a tmpfs");
    makeCatalog();
    fillTheDisk();
    const QByteArray before = test::readFile(catalogPath());

    auto context = makeContext();
    QString error;
    QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
    QVERIFY(!context->recoveryReport());
    QVERIFY2(context->writeProblem().contains(QLatin1String("disk is full")), qPrintable(context->writeProblem()));
    QVERIFY2(!context->writeProblem().contains(QLatin1String("damaged")), qPrintable(context->writeProblem()));
    QCOMPARE(QDir(dataDir()).entryList({QStringLiteral("catalog.sqlite.*")}, QDir::Files), QStringList());
    QCOMPARE(test::readFile(catalogPath()), before);
    checkReadingWorksAndTheTypedNoteIsKept(
        *context, [this] { QVERIFY(QFile::remove(QDir(dataDir()).filePath(QStringLiteral("filler")))); });
}

void TestUnwritableCatalog::lockedByAnotherProcess_readsAndSavesTheNoteWhenTheLockGoes()
{
    makeCatalog();
    const QString name = QStringLiteral("another-process");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(catalogPath());
        QVERIFY(other.open());
        QSqlQuery query(other);
        // The catalog stays in WAL mode, as the app keeps it: readers read past the writer's lock.
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("UPDATE readings SET title = title WHERE id = '%1'").arg(m_readingId)));

        auto context = makeContext();
        QString error;
        QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
        QVERIFY(!context->recoveryReport());
        QVERIFY2(context->writeProblem().contains(QLatin1String("locked")), qPrintable(context->writeProblem()));
        checkReadingWorksAndTheTypedNoteIsKept(
            *context, [&query] { QVERIFY(query.exec(QStringLiteral("ROLLBACK"))); }, /*retryOnNextEdit=*/true);
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestUnwritableCatalog::quitWithUnsavedNotes_writesThemToARescueFileTheImportReads()
{
    makeCatalog();
    const std::function<void()> restore = makeTheFileReadOnly();
    QVERIFY(restore && writesFail(catalogPath()));
    auto context = makeContext();
    QString error;
    QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
    {
        AnnotationController controller(context->catalog(), context->clock());
        controller.setReading(*context->catalog().reading(m_readingId));
        QVERIFY(controller.addNote(SourceRange{200, 230}, TypedNote));
        QCOMPARE(controller.pendingCount(), 1);
    } // the app quits with the note unsaved
    const QStringList rescued = QDir(dataDir()).entryList({QStringLiteral("unsaved-notes-*.json")}, QDir::Files);
    QCOMPARE(rescued, QStringList{QStringLiteral("unsaved-notes-20260312-090000.json")});
    context.reset();

    restore();
    auto later = makeContext();
    QVERIFY2(later->open(catalogPath(), &error), qPrintable(error));
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    QCOMPARE(commands::importAnnotations(*later, QDir(dataDir()).filePath(rescued.first()), o, e), 0);
    o.flush();
    QVERIFY2(out.contains(QLatin1String("1 annotation added")), qPrintable(out));
    const QVector<Annotation> notes = later->catalog().annotations(m_readingId);
    QCOMPARE(notes.size(), Notes + 1);
    QVERIFY(std::any_of(notes.begin(), notes.end(), [](const Annotation &note) { return note.note == TypedNote; }));
}

void TestUnwritableCatalog::window_saysWhatIsNotSavedYetAndOffersTheExport()
{
    makeCatalog();
    const std::function<void()> restore = makeTheFileReadOnly();
    QVERIFY(restore && writesFail(catalogPath()));
    auto context = makeContext();
    QString error;
    QVERIFY2(context->open(catalogPath(), &error), qPrintable(error));
    {
        MainWindow window(*context);
        window.resize(1100, 700);
        window.showToday();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *controller = window.findChild<AnnotationController *>();
        QVERIFY(controller);
        auto *exportUnsaved = window.findChild<QAction *>(QStringLiteral("exportUnsavedNotes"));
        QVERIFY(exportUnsaved);
        QVERIFY(!exportUnsaved->isEnabled());
        QVERIFY(!controller->readingId().isEmpty()); // today's reading, served from the read-only catalog
        QVERIFY(controller->addNote(SourceRange{200, 230}, QStringLiteral("Kept while the catalog is read-only.")));
        QVERIFY(exportUnsaved->isEnabled());
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QLatin1String("not saved yet")) && message.contains(QLatin1String("readonly")),
                 qPrintable(message));
        // Per user: a file left in /tmp by another user cannot be replaced.
        const QString shot = QDir::temp().filePath(QStringLiteral("redletter-unsaved-notes-%1.png").arg(geteuid()));
        QVERIFY(window.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));

        restore();
        QVERIFY(controller->retryPending());
        QVERIFY(!exportUnsaved->isEnabled());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("All my notes are saved."));
    }
    const QVector<Annotation> all = context->catalog().allAnnotations();
    QCOMPARE(all.size(), Notes + 1);
    QVERIFY(std::any_of(all.begin(), all.end(), [](const Annotation &note) {
        return note.note == QLatin1String("Kept while the catalog is read-only.");
    }));
}

QTEST_MAIN(TestUnwritableCatalog)
#include "tst_unwritablecatalog.moc"
