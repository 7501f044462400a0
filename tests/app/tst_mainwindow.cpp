// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform: today's reading with its margin, the archive,
// and the switch to the next reading at midnight.
#include "appcontext.h"
#include "contact.h"
#include "application.h"
#include "library/librarywindow.h"
#include "commands.h"
#include "mainwindow.h"
#include "readerview.h"
#include "annotationpanel.h"
#include "editor/readingeditor.h"
#include "annotations/anchoring.h"
#include "annotations/annotatabletext.h"
#include "annotations/applink.h"
#include "catalog/backgroundbackup.h"
#include "catalog/backups.h"
#include "catalog/catalog.h"
#include "schedule/dailyschedule.h"
#include "schedule/midnightwatcher.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTreeView>

using namespace redletter;

class TestMainWindow : public test::WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void notesPanel_shownStaysShownAfterTheWindowIsClosed();
    void editThisReading_onAPart_opensTheReadingItWasTakenFrom();

    void showsTheCuratedSampleWithItsMarginNotes();
    void marginNotesSitBesideTheirAnchorsWithoutOverlap();
    void narrowWindowFoldsTheMargin();
    void switchesToTheNewReadingAtMidnight();
    void dailyBackup_runsAfterTheDaysTextWhileTheWindowStaysResponsive();
    void dailyBackup_atMidnight_theNewDaysTextComesFirst();
    void dailyBackup_atMostOnceADay();
    void dailyBackup_runningPastMidnight_theNewDayGetsItsOwn();
    void dailyBackup_quitWhileItRuns_leavesNoPartialBackup();
    void appLink_opensTheReadingWithTheNoteSelectedInView();
    void appLink_toWhatIsNotThere_saysSoInTheStatusBar();
    void openFiles_importsAndShowsTheFirstReading();
    void archiveReopensAnEarlierDay();
    void series_showsPartLines_andTheReadingMenuWorks();
    void series_noteOnAPartIsStoredOnItsReading();
    void series_workPart_highlightGoesToItsChapter_acrossChaptersRefused();
    void helpWriteToTheEditors_opensTheEditorsAddress();

private:
    void importSample();
    void queueStateAndRevolution(QString *id);
    void servePartTwoOfStateAndRevolution(QString *id);

    //! Puts in a backup job that waits for @p release (or a stop) before it makes the real copy.
    void holdBackupUntil(QSemaphore *started, QSemaphore *release);
    QString backupsFolder() const { return CatalogBackups(m_context->catalog().path()).folder(); }
    QStringList filesInBackupsFolder() const { return QDir(backupsFolder()).entryList(QDir::Files); }

};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestMainWindow::init()
{
    QString error;
    QVERIFY2(setUp(&error), qPrintable(error));
}

void TestMainWindow::cleanup()
{
    tearDown();
}

void TestMainWindow::queueStateAndRevolution(QString *id)
{
    // State and Revolution (39,000 words) is a series of parts; queued, it is what today serves.
    const QString source = test::corpusFile(QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt"));
    QString error;
    QVERIFY2(test::importSources(*m_context, {source}, &error), qPrintable(error));
    for (const CatalogEntry &entry : m_context->catalog().entries()) {
        if (entry.minutes > 15)
            *id = entry.id;
    }
    QVERIFY(!id->isEmpty());
    QVERIFY2(m_context->schedule().queue(*id, &error), qPrintable(error));
}

void TestMainWindow::servePartTwoOfStateAndRevolution(QString *id)
{
    queueStateAndRevolution(id);
    if (QTest::currentTestFailed())
        return;
    // Day 2 serves part 2, whose text starts well inside the reading.
    m_window->showToday();
    m_clock->advance(24 * 3600);
    m_window->showToday();
    QCOMPARE(m_window->shownPage().part, 2);
}

void TestMainWindow::importSample()
{
    const QString sample = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    QString error;
    QVERIFY2(test::importSources(*m_context, {sample}, &error), qPrintable(error));
}

void TestMainWindow::showsTheCuratedSampleWithItsMarginNotes()
{
    REDLETTER_REQUIRE_CORPUS();
    importSample();
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QCOMPARE(m_window->shownDay(), QDate(2026, 11, 24));
    ReaderView *reader = m_window->findChild<ReaderView *>(QStringLiteral("readerView"));
    QVERIFY(reader);
    QCOMPARE(reader->reading().title, QStringLiteral("The Dictatorship of the Proletariat"));
    const QString text = reader->document()->toPlainText().remove(QChar(0x00AD));
    QVERIFY(text.contains(QLatin1String("The Dictatorship of the Proletariat")));
    QVERIFY(text.contains(QLatin1String("Joseph Stalin")));
    QVERIFY(text.contains(QLatin1String("The Foundations of Leninism, 1924")));
    QVERIFY(text.contains(QLatin1String("12 min")));
    QVERIFY(text.contains(QStringLiteral("Calm down, we\u2019re going to read this critically.")));
    QVERIFY(text.contains(reader->reading().tagline));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("The Dictatorship of the Proletariat")));

    int editorial = 0;
    int footnotes = 0;
    for (const MarginNote &note : reader->notes())
        (note.kind == MarginNote::EditorialNote ? editorial : footnotes)++;
    QCOMPARE(editorial, 3);
    QCOMPARE(footnotes, 3);
}

void TestMainWindow::marginNotesSitBesideTheirAnchorsWithoutOverlap()
{
    REDLETTER_REQUIRE_CORPUS();
    importSample();
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ReaderView *reader = m_window->readerView();
    QVERIFY(reader->isMarginShown());
    const int count = reader->notes().size();
    QVERIFY(count > 0);
    for (int i = 0; i < count; ++i) {
        const QRectF note = reader->noteRect(i);
        const QRectF anchor = reader->anchorRect(i);
        QVERIFY2(note.isValid(), qPrintable(QString::number(i)));
        // In the margin: right of the text column, inside the window.
        QVERIFY2(note.left() > anchor.left(), qPrintable(QString::number(i)));
        QVERIFY(note.right() <= reader->viewport()->width());
        // Beside its anchor: the sample's notes are far apart, so none needs to move off its line.
        QVERIFY2(qAbs(note.top() - anchor.top()) < anchor.height(),
                 qPrintable(QStringLiteral("note %1 at %2, anchor at %3").arg(i).arg(note.top()).arg(anchor.top())));
        for (int j = i + 1; j < count; ++j)
            QVERIFY2(!note.intersects(reader->noteRect(j)), qPrintable(QStringLiteral("%1 overlaps %2").arg(i).arg(j)));
    }
}

void TestMainWindow::narrowWindowFoldsTheMargin()
{
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->readerView()->isMarginShown());
    m_window->resize(640, 800);
    QTRY_VERIFY2(!m_window->readerView()->isMarginShown(), "a narrow window has no room for the margin");
    m_window->resize(1400, 900);
    QTRY_VERIFY(m_window->readerView()->isMarginShown());
}

void TestMainWindow::switchesToTheNewReadingAtMidnight()
{
    m_window->showToday();
    m_window->show();
    const QString first = m_window->shownReadingId();
    QVERIFY(!first.isEmpty());
    QSignalSpy shown(m_window.get(), &MainWindow::readingShown);
    m_clock->setNow(QDateTime(QDate(2026, 11, 25), QTime(0, 0, 1), QTimeZone("Europe/Berlin")));
    m_window->midnightWatcher()->checkNow();
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_window->shownDay(), QDate(2026, 11, 25));
    QVERIFY(m_window->shownReadingId() != first);
    QCOMPARE(m_context->catalog().servedOn(QDate(2026, 11, 25))->readingId, m_window->shownReadingId());
}

void TestMainWindow::holdBackupUntil(QSemaphore *started, QSemaphore *release)
{
    m_context->backgroundBackup().setJob([started, release](const QString &file, const QDate &day,
                                                            const std::atomic<bool> &cancelled, QString *error) {
        started->release();
        while (!cancelled && !release->tryAcquire(1, 10))
            ;
        return CatalogBackups(file).makeDailyBackupFrom(file, day, cancelled, error);
    });
}

void TestMainWindow::dailyBackup_runsAfterTheDaysTextWhileTheWindowStaysResponsive()
{
    QSemaphore started;
    QSemaphore release;
    holdBackupUntil(&started, &release);
    QSignalSpy finished(&m_context->backgroundBackup(), &BackgroundBackup::finished);
    m_window->showToday();
    m_window->show();
    m_context->startBackupIfDue();
    QVERIFY(started.tryAcquire(1, 10000));
    // The copy is under way in its thread; the window shows the day's text and handles events.
    QVERIFY(m_context->backgroundBackup().isRunning());
    QVERIFY(!m_window->shownReadingId().isEmpty());
    QCOMPARE(m_window->shownDay(), m_clock->today());
    bool timerFired = false;
    QTimer::singleShot(0, this, [&timerFired] { timerFired = true; });
    QTRY_VERIFY_WITH_TIMEOUT(timerFired, 5000);
    QVERIFY(finished.isEmpty());
    QVERIFY(!QFileInfo::exists(CatalogBackups(m_context->catalog().path()).fileFor(m_clock->today())));

    release.release();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<CatalogBackups::Outcome>(), CatalogBackups::Outcome::Made);
    const QVector<BackupInfo> backups = CatalogBackups(m_context->catalog().path()).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().day, m_clock->today());
    QVERIFY2(backups.first().readable, qPrintable(backups.first().problem));
    QCOMPARE(backups.first().servedDays, 1); // made after the day's reading was served
}

void TestMainWindow::dailyBackup_atMidnight_theNewDaysTextComesFirst()
{
    m_window->showToday();
    m_window->show();
    QSemaphore started;
    QSemaphore release;
    holdBackupUntil(&started, &release);
    QSignalSpy finished(&m_context->backgroundBackup(), &BackgroundBackup::finished);
    QSignalSpy shown(m_window.get(), &MainWindow::readingShown);
    const QDate newDay(2026, 11, 25);
    m_clock->setNow(QDateTime(newDay, QTime(0, 0, 1), QTimeZone("Europe/Berlin")));
    m_window->midnightWatcher()->checkNow();
    // The new day's text is shown by the time the day turned; its backup is still being made.
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_window->shownDay(), newDay);
    QVERIFY(started.tryAcquire(1, 10000));
    QVERIFY(finished.isEmpty());
    release.release();
    QVERIFY(finished.wait(30000));
    QVERIFY(QFileInfo::exists(CatalogBackups(m_context->catalog().path()).fileFor(newDay)));
}

void TestMainWindow::dailyBackup_atMostOnceADay()
{
    QSignalSpy finished(&m_context->backgroundBackup(), &BackgroundBackup::finished);
    m_window->showToday();
    m_context->startBackupIfDue();
    QVERIFY(finished.wait(30000));
    const QString file = CatalogBackups(m_context->catalog().path()).fileFor(m_clock->today());
    const QByteArray first = test::readFile(file);
    QVERIFY(!first.isEmpty());
    // A second start the same day (or the window shown again): nothing is copied again.
    m_context->startBackupIfDue();
    QVERIFY(!m_context->backgroundBackup().isRunning());
    QVERIFY(!finished.wait(200));
    QCOMPARE(test::readFile(file), first);
    QCOMPARE(filesInBackupsFolder(), QStringList{QFileInfo(file).fileName()});
    // The next day, its own copy.
    m_clock->setNow(m_clock->now().addDays(1));
    m_context->startBackupIfDue();
    QVERIFY(finished.wait(30000));
    QCOMPARE(CatalogBackups(m_context->catalog().path()).list().size(), 2);
}

void TestMainWindow::dailyBackup_runningPastMidnight_theNewDayGetsItsOwn()
{
    QSemaphore started;
    QSemaphore release;
    holdBackupUntil(&started, &release);
    QSignalSpy finished(&m_context->backgroundBackup(), &BackgroundBackup::finished);
    const QDate firstDay = m_clock->today();
    m_context->startBackupIfDue();
    QVERIFY(started.tryAcquire(1, 10000));
    m_clock->setNow(m_clock->now().addDays(1)); // midnight passes while the copy runs
    m_context->startBackupIfDue();              // as the day's turn does: one at a time
    release.release(2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    const CatalogBackups backups(m_context->catalog().path());
    QVERIFY(QFileInfo::exists(backups.fileFor(firstDay)));
    QVERIFY(QFileInfo::exists(backups.fileFor(firstDay.addDays(1))));
    QVERIFY(!m_context->backgroundBackup().isRunning());
}

void TestMainWindow::dailyBackup_quitWhileItRuns_leavesNoPartialBackup()
{
    QSemaphore started;
    QSemaphore release; // never released: the quit comes while the copy runs
    holdBackupUntil(&started, &release);
    m_window->showToday();
    m_window->show();
    m_context->startBackupIfDue();
    QVERIFY(started.tryAcquire(1, 10000));
    const QString folder = backupsFolder();
    QElapsedTimer quitting;
    quitting.start();
    m_window.reset();
    m_context.reset(); // what a quit does: the context goes, and the catalog closes
    QVERIFY2(quitting.elapsed() < 5000, "the quit waited for the backup");
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList());

    // The real copy, stopped at whatever point it has reached: never a partial file, and what is
    // there is a whole backup.
    QString error;
    m_context = test::openTestContext(*m_dir, test::tuesdayMorningInBerlin(), &error, &m_clock);
    QVERIFY2(m_context, qPrintable(error));
    m_context->startBackupIfDue();
    QVERIFY(m_context->backgroundBackup().isRunning());
    m_context.reset();
    const QStringList left = QDir(folder).entryList(QDir::Files);
    QVERIFY2(left.filter(QStringLiteral(".part")).isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    for (const QString &name : left)
        QVERIFY2(CatalogBackups::inspect(QDir(folder).filePath(name)).readable, qPrintable(name));
}

void TestMainWindow::archiveReopensAnEarlierDay()
{
    m_window->showToday();
    const QString yesterdays = m_window->shownReadingId();
    m_clock->advance(24 * 3600);
    m_window->showToday();
    QVERIFY(m_window->shownReadingId() != yesterdays);

    QAction *archive = m_window->findChild<QAction *>(QStringLiteral("archiveAction"));
    QVERIFY(archive);
    archive->trigger();
    // The archive is the library's Days tab, brought up with the newest day current.
    LibraryWindow *library = m_window->libraryWindow();
    QVERIFY(library);
    QTreeView *days = library->daysView();
    QVERIFY(days->isVisibleTo(library));
    QCOMPARE(days->model()->rowCount(), 2);
    QCOMPARE(days->currentIndex().row(), 0);
    QCOMPARE(days->model()->index(0, LibraryWindow::Day).data(LibraryWindow::DayRole).toDate(), QDate(2026, 11, 25));
    // Neither day's reading was read to its end (the window is not even shown).
    QCOMPARE(days->model()->index(1, LibraryWindow::DayState).data().toString(), QStringLiteral("Not read to the end"));
    // Newest first: the second row is yesterday.
    library->openDayIndex(days->model()->index(1, LibraryWindow::DayReading));
    QCOMPARE(m_window->shownDay(), QDate(2026, 11, 24));
    QCOMPARE(m_window->shownReadingId(), yesterdays);
}

void TestMainWindow::series_showsPartLines_andTheReadingMenuWorks()
{
    REDLETTER_REQUIRE_CORPUS();
    QString id;
    queueStateAndRevolution(&id);
    if (QTest::currentTestFailed())
        return;

    const auto shownText = [this] { return m_window->readerView()->document()->toPlainText().remove(QChar(0x00AD)); };
    const auto action = [this](const char *name) {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    };
    QAction *nextPart = action("nextPartAction");
    QAction *pause = action("pauseSeriesAction");
    QAction *skip = action("skipTodayAction");
    QAction *library = action("libraryAction");
    QVERIFY(nextPart && pause && skip && library);
    QCOMPARE(library->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    // Three different keys, none taken by another action of the window.
    QList<QKeySequence> others;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a != nextPart && a != pause && a != skip && a != library && !a->shortcut().isEmpty())
            others << a->shortcuts();
    }
    for (QAction *a : {nextPart, pause, skip, library}) {
        QVERIFY(!a->shortcut().isEmpty());
        QVERIFY2(!others.contains(a->shortcut()), qPrintable(a->shortcut().toString()));
    }

    // Day 1: the queued series begins.
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->shownPage().seriesId, id);
    QCOMPARE(m_window->shownPage().part, 1);
    QVERIFY2(shownText().contains(QLatin1String("Part 1 of 7")), qPrintable(shownText().left(300)));
    QVERIFY(shownText().contains(QLatin1String("Tomorrow: Part 2")));
    QVERIFY(nextPart->isEnabled());
    QVERIFY(skip->isEnabled());
    QVERIFY(pause->isEnabled());
    QVERIFY(!pause->isChecked());

    // Read ahead: part 2 now, counted as read.
    nextPart->trigger();
    QCOMPARE(m_window->shownPage().part, 2);
    QVERIFY(m_window->shownPage().ahead);
    QVERIFY(shownText().contains(QLatin1String("Part 2 of 7")));
    QVERIFY(!skip->isEnabled()); // a part read ahead is not the day's page
    QVERIFY(shownText().contains(QLatin1String("Tomorrow: Part 3")));
    // Back on the day's own page: it says what tomorrow brings now, part 3.
    m_window->showToday();
    QCOMPARE(m_window->shownPage().part, 1);
    QVERIFY(shownText().contains(QLatin1String("Tomorrow: Part 3")));
    QVERIFY(!shownText().contains(QLatin1String("Tomorrow: Part 2")));

    // Pause: tomorrow brings something else.
    pause->trigger();
    QVERIFY(pause->isChecked());
    QVERIFY(m_context->schedule().store().paused().contains(id));
    m_clock->advance(24 * 3600);
    m_window->showToday();
    QVERIFY(m_window->shownPage().seriesId.isEmpty());
    QVERIFY(!shownText().contains(QLatin1String("Part 3 of 7")));
    QVERIFY(!pause->isEnabled());

    // Back on day 1 in the archive, resume it: the day after serves part 3.
    m_window->showDay(QDate(2026, 11, 24));
    QCOMPARE(m_window->shownPage().part, 1);
    QVERIFY(!nextPart->isEnabled()); // not today
    QVERIFY(pause->isChecked());
    pause->trigger();
    QVERIFY(!pause->isChecked());
    QVERIFY(!m_context->schedule().store().paused().contains(id));
    m_clock->advance(24 * 3600);
    m_window->showToday();
    QCOMPARE(m_window->shownPage().part, 3);
    QVERIFY(shownText().contains(QLatin1String("Part 3 of 7")));

    // Skip it: another reading today, the skip recorded.
    skip->trigger();
    QVERIFY(m_window->shownPage().seriesId.isEmpty());
    QVERIFY(!m_window->shownReadingId().isEmpty());
    QCOMPARE(m_window->shownDay(), QDate(2026, 11, 26));
    QVERIFY(m_context->schedule().store().skippedOn(QDate(2026, 11, 26)).contains(id));
    QCOMPARE(m_context->catalog().servedOn(QDate(2026, 11, 26))->readingId, m_window->shownReadingId());

    // The archive names the part a day served; newest first, day 1 is the third row.
    action("archiveAction")->trigger();
    QAbstractItemModel *days = m_window->libraryWindow()->daysView()->model();
    QCOMPARE(days->rowCount(), 3);
    const QString day1 = days->index(2, LibraryWindow::DayReading).data().toString();
    QVERIFY2(day1.endsWith(QStringLiteral(" \u2014 Part 1 of 7")), qPrintable(day1));
    QVERIFY(!days->index(0, LibraryWindow::DayReading).data().toString().contains(QLatin1String("Part")));
    QCOMPARE(days->index(2, LibraryWindow::DayTime).data().toString(), QStringLiteral("15 min")); // 14.7 minutes
    m_window->libraryWindow()->close();
}

void TestMainWindow::series_noteOnAPartIsStoredOnItsReading()
{
    REDLETTER_REQUIRE_CORPUS();
    QString id;
    servePartTwoOfStateAndRevolution(&id);
    if (QTest::currentTestFailed())
        return;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ReaderView *reader = m_window->readerView();
    QVERIFY(reader->annotatableText().readingId().endsWith(QLatin1String("#part-2")));
    const QString partText = reader->annotatableText().text();
    // The part's second sentence; it occurs once in the whole book.
    const QString phrase = QStringLiteral("Dialectics are replaced by eclecticism");
    QCOMPARE(phrase.size(), 38);
    const int start = int(partText.indexOf(phrase));
    QVERIFY(start > 0);

    // A note on it from the part: stored on the reading itself, anchored in the reading's text.
    Q_EMIT reader->noteRequested(SourceRange{start, start + 38}, QStringLiteral("eclecticism vs dialectics"));
    const QVector<Annotation> stored = m_context->catalog().annotations(id);
    QCOMPARE(stored.size(), 1);
    const Annotation note = stored.constFirst();
    QCOMPARE(note.readingId, id);
    QCOMPARE(note.quote.exact, phrase);
    QCOMPARE(note.note, QStringLiteral("eclecticism vs dialectics"));
    const std::optional<Reading> whole = m_context->catalog().reading(id);
    QVERIFY(whole.has_value());
    const AnnotatableText wholeText(*whole);
    QCOMPARE(wholeText.text().count(phrase), 1);
    const int wholeStart = wholeText.toUtf16(note.position.start);
    QVERIFY(wholeStart > start); // part 2 starts well inside the book
    QCOMPARE(wholeText.text().mid(wholeStart, 38), phrase);
    QCOMPARE(wholeText.toUtf16(note.position.end), wholeStart + 38);
    // And it shows on the part, in its place.
    QCOMPARE(reader->annotations().size(), 1);
    QCOMPARE(reader->annotations().constFirst().id, note.id);
    QCOMPARE(reader->annotations().constFirst().quote.exact, phrase);
    QCOMPARE(reader->annotatableText().toUtf16(reader->annotations().constFirst().position.start), start);
    QVERIFY(reader->unplacedAnnotationIds().isEmpty());

    // Edit it from the part, then undo: the stored note follows.
    Q_EMIT reader->noteEditRequested(note.id, QStringLiteral("edited on the part"));
    QCOMPARE(m_context->catalog().annotation(note.id)->note, QStringLiteral("edited on the part"));
    QAction *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(m_context->catalog().annotation(note.id)->note, QStringLiteral("eclecticism vs dialectics"));

    // The full reading shows it.
    m_window->showReading(id);
    QCOMPARE(reader->annotatableText().readingId(), id);
    QCOMPARE(reader->annotations().size(), 1);
    QCOMPARE(reader->annotations().constFirst().id, note.id);
    QVERIFY(reader->unplacedAnnotationIds().isEmpty());

    // A new window on the same day: the part again, with the note in its place.
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->resize(1280, 900);
    m_window->showToday();
    reader = m_window->readerView();
    QCOMPARE(m_window->shownPage().part, 2);
    QCOMPARE(reader->annotations().size(), 1);
    QCOMPARE(reader->annotations().constFirst().id, note.id);
    QCOMPARE(reader->annotatableText().toUtf16(reader->annotations().constFirst().position.start), start);
    QVERIFY(reader->unplacedAnnotationIds().isEmpty());

    // Opening it from the notes panel keeps the part on screen and selects the passage there.
    auto *panel = m_window->findChild<AnnotationPanel *>();
    QVERIFY(panel);
    Q_EMIT panel->annotationActivated(id, note.id);
    QVERIFY(reader->annotatableText().readingId().endsWith(QLatin1String("#part-2")));
    QCOMPARE(reader->textCursor().selectedText().remove(QChar(0x00AD)), phrase);

    // Deleting it from the part deletes the stored one.
    Q_EMIT reader->deleteRequested(note.id);
    QVERIFY(m_context->catalog().annotations(id).isEmpty());
    QVERIFY(reader->annotations().isEmpty());
}

void TestMainWindow::series_workPart_highlightGoesToItsChapter_acrossChaptersRefused()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString site = test::corpusFile(QStringLiteral("mia/sites/marx-engels-communist-manifesto/index.htm"));
    QString error;
    QVERIFY2(test::importSources(*m_context, {site}, &error), qPrintable(error));
    QString workId;
    QString preface;
    QString chapter1;
    for (const CatalogEntry &entry : m_context->catalog().entries()) {
        if (entry.id.endsWith(QLatin1String("-preface")))
            preface = entry.id;
        if (entry.id.endsWith(QLatin1String("-chapter-i-bourgeois-and-proletarians")))
            chapter1 = entry.id;
        if (!entry.workId.isEmpty())
            workId = entry.workId;
    }
    QVERIFY(!workId.isEmpty() && !preface.isEmpty() && !chapter1.isEmpty());
    QVERIFY2(m_context->schedule().queue(workId, &error), qPrintable(error));
    m_window->showToday();
    m_clock->advance(24 * 3600);
    m_window->showToday();
    QCOMPARE(m_window->shownPage().part, 2);
    ReaderView *reader = m_window->readerView();
    const QString text = reader->annotatableText().text();

    // Part 2 holds the end of the preface (Engels' 1893 signature) and then Chapter I.
    const int signature = int(text.indexOf(QLatin1String("February 1, 1893")));
    const int spectre = int(text.indexOf(QLatin1String("A spectre is haunting Europe")));
    QVERIFY(signature > 0 && spectre > signature);
    Q_EMIT reader->highlightRequested(SourceRange{signature, spectre + 9}, defaultAnnotationColor());
    QVERIFY(m_context->catalog().annotations(preface).isEmpty());
    QVERIFY(m_context->catalog().annotations(chapter1).isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("within one chapter")));

    // Within Chapter I: stored on the chapter, quoting it.
    Q_EMIT reader->highlightRequested(SourceRange{spectre, spectre + 28}, defaultAnnotationColor());
    const QVector<Annotation> stored = m_context->catalog().annotations(chapter1);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().quote.exact, QStringLiteral("A spectre is haunting Europe"));
    QCOMPARE(reader->annotations().size(), 1);
    QVERIFY(reader->unplacedAnnotationIds().isEmpty());
}

void TestMainWindow::helpWriteToTheEditors_opensTheEditorsAddress()
{
    QList<QUrl> requested;
    bool opens = true;
    m_window->setUrlOpener([&](const QUrl &url) {
        requested.append(url);
        return opens;
    });
    auto *write = m_window->findChild<QAction *>(QStringLiteral("writeToEditorsAction"));
    QVERIFY(write);
    QVERIFY(write->isEnabled());
    write->trigger();
    // The address is the build's setting (CMake REDLETTER_CONTACT_URL, generated contact.h).
    const QUrl configured(QString::fromUtf8(REDLETTER_CONTACT_URL));
    QVERIFY2(configured.isValid() && !configured.scheme().isEmpty(), REDLETTER_CONTACT_URL);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst(), configured);
    QCOMPARE(MainWindow::editorsAddress(), configured);

    // Without a program to open it the address is still shown, so it can be written down.
    opens = false;
    write->trigger();
    QCOMPARE(requested.size(), 2);
    const QString shown = configured.scheme() == QLatin1String("mailto") ? configured.path() : configured.toDisplayString();
    QVERIFY2(m_window->statusBar()->currentMessage().contains(shown), qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::appLink_opensTheReadingWithTheNoteSelectedInView()
{
    // The note of the package check, far down the built-in reading on the state.
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    QCOMPARE(commands::importAnnotations(*m_context, test::sourceDir() + QStringLiteral("/tests/packaging/bakunin-note.json"), o, e), 0);
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ReaderView *reader = m_window->readerView();

    m_window->openAppLink(AppLink{QStringLiteral("primer-the-state"), QStringLiteral("3f0c6a52-7d1e-4b8a-9c55-2f7e1d0a9b41")});
    QCOMPARE(m_window->shownReadingId(), QStringLiteral("primer-the-state"));
    const std::optional<SourceRange> selected = reader->selectedSourceRange();
    QVERIFY(selected);
    const QString text = reader->annotatableText().text();
    QCOMPARE(text.mid(selected->start, selected->end - selected->start),
             QStringLiteral("Few predictions in political theory have aged better than Bakunin's."));
    // Scrolled to it: the passage is far down, and stands in the middle third of the viewport.
    QVERIFY(reader->verticalScrollBar()->value() > 0);
    const QRect cursor = reader->cursorRect();
    QVERIFY2(reader->viewport()->rect().contains(cursor.center()), qPrintable(QStringLiteral("%1,%2").arg(cursor.x()).arg(cursor.y())));
    const QRectF mark = reader->revealMarkRect();
    QVERIFY(!mark.isEmpty());
    const QRectF inView = mark.translated(0, -reader->verticalScrollBar()->value());
    const qreal height = reader->viewport()->height();
    const QString where = QStringLiteral("passage %1–%2 of a %3 px view").arg(inView.top()).arg(inView.bottom()).arg(height);
    QVERIFY2(inView.top() >= 0 && inView.bottom() <= height, qPrintable(where));
    QVERIFY2(inView.center().y() > height / 3 && inView.center().y() < height * 2 / 3, qPrintable(where));
    // Framed for a moment, then not.
    const QColor accent = reader->typography().theme.accent;
    const auto frameAtTopEdge = [&] {
        const QImage shown = reader->viewport()->grab().toImage();
        for (int dy = -2; dy <= 2; ++dy) {
            const QColor pixel = shown.pixelColor(qRound(inView.left() + 20), qRound(inView.top()) + dy);
            if (qAbs(pixel.red() - accent.red()) + qAbs(pixel.green() - accent.green()) + qAbs(pixel.blue() - accent.blue()) < 90)
                return true;
        }
        return false;
    };
    QVERIFY(frameAtTopEdge());
    // The note is the current one: in the margin (highlighted beside its passage) and in My notes.
    const int current = reader->highlightedNote();
    QVERIFY(current >= 0);
    QCOMPARE(reader->notes().at(current).annotationId, QStringLiteral("3f0c6a52-7d1e-4b8a-9c55-2f7e1d0a9b41"));
    QCOMPARE(m_window->findChild<AnnotationPanel *>()->currentAnnotationId(), QStringLiteral("3f0c6a52-7d1e-4b8a-9c55-2f7e1d0a9b41"));
    QTRY_VERIFY_WITH_TIMEOUT(reader->revealMarkRect().isEmpty(), ReaderView::RevealMarkMilliseconds + 2000);
    QVERIFY(!frameAtTopEdge());
}

void TestMainWindow::appLink_toWhatIsNotThere_saysSoInTheStatusBar()
{
    m_window->showToday();
    const QString shown = m_window->shownReadingId();
    m_window->openAppLink(AppLink{QStringLiteral("no-such-reading"), QStringLiteral("u1")});
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("no-such-reading")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->shownReadingId(), shown);
    m_window->openAppLink(AppLink{QStringLiteral("primer-hegemony"), QStringLiteral("deleted-note")});
    QCOMPARE(m_window->shownReadingId(), QStringLiteral("primer-hegemony"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("no longer")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::openFiles_importsAndShowsTheFirstReading()
{
    REDLETTER_REQUIRE_CORPUS();
    m_window->showToday();
    const QString sample = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    m_window->openFiles({sample});
    const QString shown = m_window->shownReadingId();
    QVERIFY(m_context->catalog().entry(shown));
    QCOMPARE(m_context->catalog().entry(shown)->title, QStringLiteral("The Dictatorship of the Proletariat"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Imported 1 reading")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::notesPanel_shownStaysShownAfterTheWindowIsClosed()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("notesDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    QVERIFY(m_context->settings().settings().notesPanel);
    // Closing and destroying the window hides its dock; that is not the reader's choice.
    m_window->close();
    m_window.reset();
    QVERIFY(m_context->settings().settings().notesPanel);
}

void TestMainWindow::editThisReading_onAPart_opensTheReadingItWasTakenFrom()
{
    REDLETTER_REQUIRE_CORPUS();
    QString id;
    servePartTwoOfStateAndRevolution(&id);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->shownReadingId().endsWith(QLatin1String("#part-2")));

    // The part is built for the day; Edit This Reading opens the catalog reading it came from.
    m_window->editShownReading();
    ReadingEditor *editor = m_window->readingEditor();
    QVERIFY(editor);
    QCOMPARE(editor->readingId(), id);
    editor->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
