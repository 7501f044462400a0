// SPDX-License-Identifier: GPL-3.0-or-later
// The library window on a catalog with real corpus readings: rows and figures, filter, sort,
// open, queue, and search opening the reader at the hit.
#include "annotations/annotation.h"
#include "appcontext.h"
#include "application.h"
#include "library/librarymodel.h"
#include "library/librarywindow.h"
#include "mainwindow.h"
#include "readerview.h"
#include "schedule/dailyschedule.h"
#include "schedule/midnightwatcher.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QAction>
#include <QLocale>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace redletter;

class TestLibraryWindow : public test::WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsReadingsAndTheWorkWithItsChapters();
    void filtersByTextAndLanguage_andSorts();
    void opensAndQueues();
    void aWorkInParts_filterAndState();
    void searchOpensAtTheHit();
    void searchFindsMyNote_andOpensAtIt();
    void readToTheEnd_finishesAndCountsTheStreak();

private:
    //! Scrolls the reader to its end and waits for the window to record it.
    bool readToTheEnd();

    //! The top-level row whose title is @p title; invalid when it is not shown.
    QModelIndex row(const QString &title) const;
    QStringList shownTitles() const;

    LibraryWindow *m_library = nullptr;
};

void TestLibraryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    // As the app does: English plural forms (the tests run under LANG=C.UTF-8).
    installTranslators(QLocale());
}

void TestLibraryWindow::init()
{
    REDLETTER_REQUIRE_CORPUS();
    QString error;
    QVERIFY2(setUpContext(&error), qPrintable(error));
    const QStringList sources{
        test::corpusFile(QStringLiteral("mia/sites/marx-engels-communist-manifesto/index.htm")),
        test::corpusFile(QStringLiteral("markdown/comtext_marx-engels_manifest_de.md")),
        test::corpusFile(QStringLiteral("plain/gutenberg2162_goldman_anarchism-and-other-essays.txt")),
    };
    QVERIFY2(test::importSources(*m_context, sources, &error), qPrintable(error));
    setUpWindow(QSize(1100, 800));
    m_window->openLibrary();
    m_library = m_window->libraryWindow();
    QVERIFY(m_library);
    QVERIFY(QTest::qWaitForWindowExposed(m_library));
}

void TestLibraryWindow::cleanup()
{
    tearDown();
}

QModelIndex TestLibraryWindow::row(const QString &title) const
{
    const QAbstractItemModel *model = m_library->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, LibraryWindow::Title).data().toString() == title)
            return model->index(r, LibraryWindow::Title);
    }
    return {};
}

QStringList TestLibraryWindow::shownTitles() const
{
    QStringList titles;
    const QAbstractItemModel *model = m_library->model();
    for (int r = 0; r < model->rowCount(); ++r)
        titles << model->index(r, LibraryWindow::Title).data().toString();
    return titles;
}

void TestLibraryWindow::listsReadingsAndTheWorkWithItsChapters()
{
    REDLETTER_REQUIRE_CORPUS();
    // Every reading of the catalog is a row, a work's chapters under their work.
    const QVector<CatalogEntry> entries = m_context->catalog().entries();
    int onTheirOwn = 0;
    QSet<QString> works;
    for (const CatalogEntry &entry : entries) {
        if (entry.workId.isEmpty())
            ++onTheirOwn;
        else
            works.insert(entry.workId);
    }
    QCOMPARE(works.size(), 1);
    QCOMPARE(m_library->model()->rowCount(), onTheirOwn + 1);

    // The Manifesto site: its contents page lists the preface and four chapters... as imported.
    const QString workId = *works.begin();
    const QVector<CatalogEntry> chapters = m_context->catalog().workEntries(workId);
    const QModelIndex work = row(m_context->catalog().work(workId)->title);
    QVERIFY(work.isValid());
    QCOMPARE(m_library->model()->rowCount(work), chapters.size());
    // Chapters in contents order under the work.
    for (int i = 0; i < chapters.size(); ++i)
        QCOMPARE(m_library->model()->index(i, LibraryWindow::Title, work).data().toString(), chapters.at(i).title);
    int minutes = 0;
    for (const CatalogEntry &chapter : chapters)
        minutes += chapter.minutes;
    QCOMPARE(work.siblingAtColumn(LibraryWindow::Length).data().toString(),
             QStringLiteral("%1 chapters, %2 min").arg(chapters.size()).arg(minutes));
    QCOMPARE(work.siblingAtColumn(LibraryWindow::State).data().toString(), QStringLiteral("Unread"));
    QCOMPARE(work.siblingAtColumn(LibraryWindow::Source).data().toString(), QStringLiteral("index.htm"));

    // The German Manifesto: its figures as the catalog has them.
    const QModelIndex german = row(QStringLiteral("Manifest der Kommunistischen Partei"));
    QVERIFY2(german.isValid(), qPrintable(shownTitles().join(QLatin1String(" | "))));
    QCOMPARE(german.siblingAtColumn(LibraryWindow::Author).data().toString(),
             QStringLiteral("Karl Marx and Friedrich Engels"));
    QCOMPARE(german.siblingAtColumn(LibraryWindow::Length).data().toString(), QStringLiteral("27 min"));
    QCOMPARE(german.siblingAtColumn(LibraryWindow::Source).data().toString(),
             QStringLiteral("comtext_marx-engels_manifest_de.md"));
    QCOMPARE(german.siblingAtColumn(LibraryWindow::Language).data().toString(), QStringLiteral("de"));
    QCOMPARE(german.siblingAtColumn(LibraryWindow::State).data().toString(), QStringLiteral("Unread"));
}

void TestLibraryWindow::filtersByTextAndLanguage_andSorts()
{
    REDLETTER_REQUIRE_CORPUS();
    const int all = m_library->model()->rowCount();
    m_library->filterField()->setText(QStringLiteral("goldman"));
    QCOMPARE(m_library->model()->rowCount(), 1);
    QVERIFY(shownTitles().constFirst().contains(QLatin1String("Anarchism")));
    // Every word must match: "kommunistischen partei" only the German title ("manifest der"
    // would also find "Manifesto" by "Frederick Engels").
    m_library->filterField()->setText(QStringLiteral("kommunistischen partei"));
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Manifest der Kommunistischen Partei")});
    m_library->filterField()->clear();
    QCOMPARE(m_library->model()->rowCount(), all);

    int german = 0;
    for (const CatalogEntry &entry : m_context->catalog().entries())
        german += entry.language == QLatin1String("de") && entry.workId.isEmpty();
    QComboBox *languages = m_library->languageFilter();
    languages->setCurrentIndex(languages->findData(QStringLiteral("de")));
    QCOMPARE(m_library->model()->rowCount(), german);
    QVERIFY(shownTitles().contains(QStringLiteral("Manifest der Kommunistischen Partei")));
    languages->setCurrentIndex(0);
    QCOMPARE(m_library->model()->rowCount(), all);

    // Year, numerically: 1848 before 1910 (Goldman's essays), and back.
    m_library->view()->sortByColumn(LibraryWindow::Year, Qt::AscendingOrder);
    QAbstractItemModel *model = m_library->model();
    int previous = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const int year = model->index(r, LibraryWindow::Year).data().toInt();
        QVERIFY2(year >= previous, qPrintable(QStringLiteral("%1 after %2").arg(year).arg(previous)));
        previous = year;
    }
    m_library->view()->sortByColumn(LibraryWindow::Year, Qt::DescendingOrder);
    QVERIFY(model->index(0, LibraryWindow::Year).data().toInt() >= model->index(model->rowCount() - 1, LibraryWindow::Year).data().toInt());
}

void TestLibraryWindow::opensAndQueues()
{
    REDLETTER_REQUIRE_CORPUS();
    const QModelIndex german = row(QStringLiteral("Manifest der Kommunistischen Partei"));
    QVERIFY(german.isValid());
    const QString id = german.data(LibraryWindow::IdRole).toString();
    m_library->openIndex(german.siblingAtColumn(LibraryWindow::Author));
    QCOMPARE(m_window->shownReadingId(), id);
    QVERIFY(m_window->readerView()->document()->toPlainText().remove(QChar(0x00AD)).contains(QLatin1String("Ein Gespenst geht um in Europa")));

    m_library->view()->setCurrentIndex(german);
    QVERIFY(m_library->queueCurrent());
    QCOMPARE(m_context->schedule().store().queue(), QStringList{id});
    // The next pick serves it: 27 minutes, so in parts, the first today.
    m_window->showToday();
    QCOMPARE(m_window->shownPage().seriesId, id);
    QCOMPARE(m_window->shownPage().part, 1);
    const int parts = m_window->shownPage().parts;
    QVERIFY(parts > 1);
    m_library->reload();
    const QModelIndex served = row(QStringLiteral("Manifest der Kommunistischen Partei"));
    QCOMPARE(served.siblingAtColumn(LibraryWindow::State).data().toString(),
             QStringLiteral("In progress: part 1 of %1").arg(parts));
    QCOMPARE(served.siblingAtColumn(LibraryWindow::Length).data().toString(), QStringLiteral("%1 parts").arg(parts));

    // The shot, looked at by hand.
    m_library->resize(1000, 560);
    m_library->grab().save(QDir::current().filePath(QStringLiteral("library-window.png")));
}

void TestLibraryWindow::aWorkInParts_filterAndState()
{
    REDLETTER_REQUIRE_CORPUS();
    // A chapter's title finds its work with that one chapter under it.
    m_library->filterField()->setText(QStringLiteral("bourgeois proletarians"));
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Manifesto of the Communist Party")});
    const QModelIndex filtered = row(QStringLiteral("Manifesto of the Communist Party"));
    QCOMPARE(m_library->model()->rowCount(filtered), 1);
    QCOMPARE(m_library->model()->index(0, LibraryWindow::Title, filtered).data().toString(),
             QStringLiteral("Chapter I. Bourgeois and Proletarians"));
    m_library->filterField()->clear();

    // Read Next on the work, then today's page is its part 1 of 4 (49 minutes in 4 parts, as
    // tst_commands has it): the work is in progress, its last chapter unread.
    m_library->view()->setCurrentIndex(row(QStringLiteral("Manifesto of the Communist Party")));
    QVERIFY(m_library->queueCurrent());
    m_window->showToday();
    QCOMPARE(m_window->shownPage().part, 1);
    QCOMPARE(m_window->shownPage().parts, 4);
    m_library->reload();
    const QModelIndex work = row(QStringLiteral("Manifesto of the Communist Party"));
    QCOMPARE(work.siblingAtColumn(LibraryWindow::State).data().toString(), QStringLiteral("In progress: part 1 of 4"));
    QCOMPARE(work.siblingAtColumn(LibraryWindow::Length).data().toString(), QStringLiteral("4 parts"));
    // English plurals come from translations/redletter_en.ts: never "1 chapters" or "1 parts".
    QCOMPARE(LibraryWindow::tr("%n chapters, %1 min", nullptr, 1).arg(12), QStringLiteral("1 chapter, 12 min"));
    QCOMPARE(LibraryWindow::tr("%n chapters, %1 min", nullptr, 5).arg(49), QStringLiteral("5 chapters, 49 min"));
    QCOMPARE(LibraryWindow::tr("%n parts", nullptr, 1), QStringLiteral("1 part"));
    QCOMPARE(m_library->model()->index(0, LibraryWindow::State, work).data().toString(), QStringLiteral("In progress"));
    QCOMPARE(m_library->model()->index(4, LibraryWindow::State, work).data().toString(), QStringLiteral("Unread"));
    // Opening the work opens its first chapter.
    m_library->openIndex(work);
    QCOMPARE(m_window->shownReadingId(), m_context->catalog().workEntries(work.data(LibraryWindow::IdRole).toString()).constFirst().id);
}

void TestLibraryWindow::searchOpensAtTheHit()
{
    REDLETTER_REQUIRE_CORPUS();
    // "Widerwärtigkeit" is once in the whole corpus: in chapter I of the German Manifesto, far
    // below its start (line 104 of 480 of the Markdown).
    m_library->searchField()->setText(QStringLiteral("Widerwärtigkeit"));
    QTRY_VERIFY(m_library->results()->count() > 0);
    QListWidget *results = m_library->results();
    QListWidgetItem *hit = nullptr;
    for (int i = 0; i < results->count() && !hit; ++i) {
        if (results->item(i)->text().startsWith(QLatin1String("Manifest der Kommunistischen Partei")))
            hit = results->item(i);
    }
    QVERIFY2(hit, qPrintable(results->item(0)->text()));
    QCOMPARE(results->count(), 1);
    QVERIFY(hit->text().contains(QStringLiteral("Widerwärtigkeit")));
    m_library->resize(1000, 560);
    m_library->grab().save(QDir::current().filePath(QStringLiteral("library-search.png")));

    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    Q_EMIT results->itemActivated(hit);
    ReaderView *reader = m_window->readerView();
    QCOMPARE(reader->reading().title, QStringLiteral("Manifest der Kommunistischen Partei"));
    const std::optional<SourceRange> selected = reader->selectedSourceRange();
    QVERIFY(selected.has_value());
    QCOMPARE(reader->annotatableText().text().mid(selected->start, selected->end - selected->start).toLower(),
             QStringLiteral("widerwärtigkeit"));
    // The hit is on screen: the view scrolled down to it, and it lies within the viewport.
    QApplication::processEvents();
    const QRect cursor = reader->cursorRect();
    QVERIFY2(reader->viewport()->rect().contains(cursor.center()),
             qPrintable(QStringLiteral("%1,%2").arg(cursor.x()).arg(cursor.y())));
    QVERIFY(reader->verticalScrollBar()->value() > 0);
}

void TestLibraryWindow::searchFindsMyNote_andOpensAtIt()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString id = row(QStringLiteral("Manifest der Kommunistischen Partei")).data(LibraryWindow::IdRole).toString();
    m_window->showReading(id);
    const QString text = m_window->readerView()->annotatableText().text();
    const int start = text.indexOf(QStringLiteral("Widerwärtigkeit"));
    QVERIFY(start > 0);
    Annotation note = makeAnnotation(m_window->readerView()->annotatableText(), start, start + 15,
                                     QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    note.note = QStringLiteral("Maschinensklaverei");
    QString error;
    QVERIFY2(m_context->catalog().saveAnnotation(note, &error), qPrintable(error));
    // Away from the reading, so opening the note reads the notes again.
    m_window->showReading(row(QStringLiteral("Anarchism and Other Essays")).data(LibraryWindow::IdRole).toString());

    m_library->searchField()->setText(QStringLiteral("Maschinensklaverei"));
    m_library->runSearch();
    QListWidget *results = m_library->results();
    QCOMPARE(results->count(), 1);
    QVERIFY2(results->item(0)->text().startsWith(QLatin1String("My note on Manifest der Kommunistischen Partei")),
             qPrintable(results->item(0)->text()));
    Q_EMIT results->itemActivated(results->item(0));
    QCOMPARE(m_window->shownReadingId(), id);
    const std::optional<SourceRange> selected = m_window->readerView()->selectedSourceRange();
    QVERIFY(selected.has_value());
    QCOMPARE(selected->start, start);
    QCOMPARE(selected->end, start + 15);
}

bool TestLibraryWindow::readToTheEnd()
{
    ReaderView *reader = m_window->readerView();
    QSignalSpy finished(m_window.get(), &MainWindow::readingFinished);
    reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum());
    return finished.count() == 1 || finished.wait(2000);
}

void TestLibraryWindow::readToTheEnd_finishesAndCountsTheStreak()
{
    REDLETTER_REQUIRE_CORPUS();
    ServingStore &store = m_context->schedule().store();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QLabel *streak = m_window->streakLabel();
    QVERIFY(streak->text().isEmpty());

    // Part 1 of 4 of the Manifesto on the 24th. Shown, not read to its end: nothing is finished.
    const QString workId = row(QStringLiteral("Manifesto of the Communist Party")).data(LibraryWindow::IdRole).toString();
    QString error;
    QVERIFY2(m_context->schedule().queue(workId, &error), qPrintable(error));
    m_window->showToday();
    QCOMPARE(m_window->shownPage().part, 1);
    ReaderView *reader = m_window->readerView();
    QVERIFY(reader->verticalScrollBar()->maximum() > 0);
    QVERIFY(!reader->isEndVisible());
    QTest::qWait(50);
    reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum() / 2);
    QApplication::processEvents();
    QVERIFY(store.finished().isEmpty());
    m_library->reload();
    QCOMPARE(row(QStringLiteral("Manifesto of the Communist Party")).siblingAtColumn(LibraryWindow::State).data().toString(),
             QStringLiteral("In progress: part 1 of 4"));

    // Scrolled to its end: part 1 of run 1 is finished today, and the streak begins.
    QVERIFY(readToTheEnd());
    QVector<FinishedReading> finished = store.finished();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().targetId, workId);
    QCOMPARE(finished.first().run, 1);
    QCOMPARE(finished.first().part, 1);
    QCOMPARE(finished.first().day, QDate(2026, 11, 24));
    QCOMPARE(finished.first().finishedAt, m_clock->now());
    QCOMPARE(streak->text(), QStringLiteral("1 day in a row"));
    // Reading the end again changes nothing (the first day stays).
    reader->verticalScrollBar()->setValue(0);
    reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum());
    QCOMPARE(store.finished().size(), 1);

    // Part 2 read ahead the same day: where it begins tells which chapters part 1 finished.
    m_window->findChild<QAction *>(QStringLiteral("nextPartAction"))->trigger();
    QCOMPARE(m_window->shownPage().part, 2);
    const QVector<CatalogEntry> chapters = m_context->catalog().workEntries(workId);
    const int part2Starts = m_context->catalog().entry(m_window->shownPage().readingId)->workPosition;
    m_library->reload();
    const QString finishedOn24 = QStringLiteral("Finished %1").arg(QLocale().toString(QDate(2026, 11, 24), QLocale::ShortFormat));
    QModelIndex work = row(QStringLiteral("Manifesto of the Communist Party"));
    for (int i = 0; i < chapters.size(); ++i) {
        const QModelIndex chapter = m_library->model()->index(i, LibraryWindow::State, work);
        QCOMPARE(chapter.siblingAtColumn(LibraryWindow::Title).data(LibraryWindow::IdRole).toString(), chapters.at(i).id);
        const QString state = chapter.data().toString();
        if (chapters.at(i).workPosition < part2Starts)
            QCOMPARE(state, finishedOn24);
        else if (chapters.at(i).workPosition == part2Starts)
            QCOMPARE(state, QStringLiteral("In progress"));
        else
            QCOMPARE(state, QStringLiteral("Unread"));
    }

    // The next day: part 3, read to its end. Two days in a row.
    m_clock->advance(24 * 3600);
    m_window->showToday();
    QCOMPARE(m_window->shownPage().part, 3);
    QVERIFY(readToTheEnd());
    QCOMPARE(store.finished().last().day, QDate(2026, 11, 25));
    QCOMPARE(streak->text(), QStringLiteral("2 days in a row"));

    // A reading opened from the library and read to its end is finished too, on its own.
    const QModelIndex goldman = row(QStringLiteral("Anarchism and Other Essays"));
    QVERIFY(goldman.isValid());
    QCOMPARE(goldman.siblingAtColumn(LibraryWindow::State).data().toString(), QStringLiteral("Unread"));
    m_library->openIndex(goldman);
    QCOMPARE(m_window->shownReadingId(), goldman.data(LibraryWindow::IdRole).toString());
    QVERIFY(readToTheEnd());
    m_library->reload();
    QCOMPARE(row(QStringLiteral("Anarchism and Other Essays")).siblingAtColumn(LibraryWindow::State).data().toString(),
             QStringLiteral("Finished %1").arg(QLocale().toString(QDate(2026, 11, 25), QLocale::ShortFormat)));
    QCOMPARE(store.finished().size(), 3);

    // A day without reading: the streak lasts through the 26th (today's may still come), and is
    // gone on the 27th.
    m_clock->advance(24 * 3600);
    m_window->showToday();
    QCOMPARE(streak->text(), QStringLiteral("2 days in a row"));
    m_clock->advance(24 * 3600);
    m_window->showToday();
    QVERIFY(streak->text().isEmpty());

    // The archive (View › Archive) is the library's Days tab: each served day, newest first, its
    // part, and whether it was read to its end (the part read ahead on the 24th is no day's own).
    m_window->findChild<QAction *>(QStringLiteral("archiveAction"))->trigger();
    QTreeView *days = m_library->daysView();
    QVERIFY(days->isVisible());
    const QAbstractItemModel *model = days->model();
    QCOMPARE(model->rowCount(), 4);
    const auto dayRow = [model](int row) {
        QStringList cells;
        for (int column = 0; column < LibraryWindow::DayColumnCount; ++column)
            cells << model->index(row, column).data().toString();
        return cells;
    };
    const auto shortDay = [](int day) { return QLocale().toString(QDate(2026, 11, day), QLocale::ShortFormat); };
    QCOMPARE(model->index(0, LibraryWindow::Day).data(LibraryWindow::DayRole).toDate(), QDate(2026, 11, 27));
    QCOMPARE(dayRow(1).mid(0, 2), (QStringList{shortDay(26), QStringLiteral("Manifesto of the Communist Party \u2014 Part 4 of 4")}));
    QCOMPARE(dayRow(1).at(LibraryWindow::DayState), QStringLiteral("Not read to the end"));
    QCOMPARE(dayRow(2).at(LibraryWindow::DayReading), QStringLiteral("Manifesto of the Communist Party \u2014 Part 3 of 4"));
    QCOMPARE(dayRow(2).at(LibraryWindow::DayState), QStringLiteral("Finished %1").arg(shortDay(25)));
    QCOMPARE(dayRow(3).at(LibraryWindow::DayReading), QStringLiteral("Manifesto of the Communist Party \u2014 Part 1 of 4"));
    QCOMPARE(dayRow(3).at(LibraryWindow::DayState), QStringLiteral("Finished %1").arg(shortDay(24)));
    QVERIFY(dayRow(3).at(LibraryWindow::DayTime).endsWith(QLatin1String(" min")));
    // The parts began in the Preface (1 and 2), Chapter I (3) and Chapter II (4). A chapter is
    // finished when the part it ends in was read to its end: Chapter I ends in part 3 (read on the
    // 25th); the Preface ends in part 2, read ahead but never to its end; the rest in part 4.
    QCOMPARE(store.seriesParts(workId, 1).size(), 4);
    m_library->reload();
    work = row(QStringLiteral("Manifesto of the Communist Party"));
    QCOMPARE(work.siblingAtColumn(LibraryWindow::State).data().toString(), QStringLiteral("In progress: part 4 of 4"));
    QStringList chapterStates;
    for (int i = 0; i < chapters.size(); ++i)
        chapterStates << m_library->model()->index(i, LibraryWindow::State, work).data().toString();
    QCOMPARE(chapterStates, (QStringList{QStringLiteral("In progress"), QStringLiteral("Finished %1").arg(shortDay(25)),
                                         QStringLiteral("In progress"), QStringLiteral("In progress"),
                                         QStringLiteral("In progress")}));
    // Opening a day shows it as it was served.
    m_library->openDayIndex(model->index(2, LibraryWindow::DayReading));
    QCOMPARE(m_window->shownDay(), QDate(2026, 11, 25));
    QCOMPARE(m_window->shownPage().part, 3);
    m_library->resize(1000, 420);
    m_library->grab().save(QDir::current().filePath(QStringLiteral("library-days.png")));
}

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
