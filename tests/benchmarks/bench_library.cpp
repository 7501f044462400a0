// SPDX-License-Identifier: GPL-3.0-or-later
// The window at scale (issue 9, "Speed"): on 10,000 readings the library window listed and
// filtered in ≤ 50 ms, the day's pick ≤ 5 ms, and start-up to today's text within 10 % of
// start-up on the default catalog. The real LibraryWindow and MainWindow, offscreen. Prints
// figures (medians, p95 over the runs); not a pass/fail test. Run on a catalog bench_catalog
// generated and kept:
//   bench_catalog --keep DIR; bench_library DIR/bench-catalog.sqlite [LIBRARY.png]
// Works on copies, so the kept catalog stays as generated. The first start of a day is measured
// with its daily backup too, in the order the app had before (the copy made before the window)
// and the one it has now (the day's text first, the copy in a worker thread).
#include "appcontext.h"
#include "catalog/backgroundbackup.h"
#include "catalog/backups.h"
#include "application.h"
#include "library/librarymodel.h"
#include "library/librarywindow.h"
#include "mainwindow.h"
#include "readerview.h"
#include "schedule/clock.h"
#include "schedule/dailyschedule.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <memory>
#include <vector>

using namespace redletter;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

double p95(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(std::min(values.size() - 1, size_t(double(values.size()) * 0.95)));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

//! CPU time of this thread in ms: what a step costs, whatever else the machine runs meanwhile.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QDateTime morningOf(const QDate &day)
{
    return QDateTime(day, QTime(8, 0), Qt::UTC);
}

//! The app's context on @p catalogPath on the morning of @p day; null (and why on @p out) on failure.
std::unique_ptr<AppContext> openContext(const QString &catalogPath, const QString &settings, const QDate &day,
                                        QTextStream &out)
{
    auto context = std::make_unique<AppContext>(std::make_unique<ManualClock>(morningOf(day)));
    context->setSettingsFile(settings);
    QString error;
    if (!context->open(catalogPath, &error)) {
        out << "cannot open " << catalogPath << ": " << error << "\n";
        return nullptr;
    }
    return context;
}

/*!
 * What the app does from its start to today's text on screen: open the catalog (and bring the
 * built-in readings up to date in it), make the window, serve today and set its text. @p day is
 * a day not served yet, so the pick runs too. Returns -1 on failure.
 */
double startUp(const QString &catalogPath, const QString &settings, const QDate &day, QTextStream &out,
               const QString &queued = QString())
{
    if (!queued.isEmpty()) {
        // Queued beforehand (not timed), as --queue would have: the day serves this reading.
        AppContext context(std::make_unique<ManualClock>(morningOf(day)));
        context.setSettingsFile(settings);
        QString error;
        if (!context.open(catalogPath, &error) || !context.schedule().queue(queued, &error)) {
            out << "cannot queue " << queued << " in " << catalogPath << ": " << error << "\n";
            return -1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<AppContext> context = openContext(catalogPath, settings, day, out);
    if (!context)
        return -1;
    MainWindow window(*context);
    window.resize(1280, 900);
    window.showToday();
    if (!window.readerView()->hasReading()) {
        out << "no reading for " << day.toString(Qt::ISODate) << " in " << catalogPath << "\n";
        return -1;
    }
    return msSince(timer);
}

struct FirstStart
{
    double toText = -1;     //!< ms from the start to today's text in the window
    double backupDone = -1; //!< ms from the start to the day's backup written
};

/*!
 * The first start of @p day: start-up to today's text and the day's backup. @p backupFirst does
 * what the app did before (AppContext::backUpIfDue() before the window); otherwise what it does
 * now (the text first, then AppContext::startBackupIfDue(), the events processed until it is
 * done). The backups are removed afterwards, so that every run copies the whole catalog.
 */
FirstStart firstStartOfADay(const QString &catalogPath, const QString &settings, const QDate &day, bool backupFirst,
                            QTextStream &out)
{
    FirstStart result;
    QElapsedTimer timer;
    timer.start();
    {
        const std::unique_ptr<AppContext> opened = openContext(catalogPath, settings, day, out);
        if (!opened)
            return result;
        AppContext &context = *opened;
        QString error;
        if (backupFirst && !context.backUpIfDue(&error)) {
            out << "cannot back up " << catalogPath << ": " << error << "\n";
            return result;
        }
        MainWindow window(context);
        window.resize(1280, 900);
        window.showToday();
        if (!window.readerView()->hasReading()) {
            out << "no reading for " << day.toString(Qt::ISODate) << " in " << catalogPath << "\n";
            return result;
        }
        result.toText = msSince(timer);
        if (!backupFirst) {
            QEventLoop loop;
            QObject::connect(&context.backgroundBackup(), &BackgroundBackup::finished, &loop, &QEventLoop::quit);
            context.startBackupIfDue();
            if (context.backgroundBackup().isRunning())
                loop.exec();
        }
        if (!QFileInfo::exists(CatalogBackups(catalogPath).fileFor(day))) {
            out << "no backup of " << catalogPath << " for " << day.toString(Qt::ISODate) << "\n";
            result.toText = -1;
            return result;
        }
        result.backupDone = msSince(timer);
    }
    QDir(CatalogBackups(catalogPath).folder()).removeRecursively();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    initResources();
    QTextStream out(stdout);
    // --no-start-up: the library window and the pick only (for callgrind, where 48 start-ups
    // would take most of an hour).
    QStringList arguments = app.arguments().mid(1);
    const bool withStartUp = !arguments.removeAll(QStringLiteral("--no-start-up"));
    if (arguments.isEmpty()) {
        out << "usage: bench_library CATALOG.sqlite [LIBRARY.png] [--no-start-up] (from bench_catalog --keep DIR)\n";
        return 2;
    }
    const QString screenshot = arguments.value(1);
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.sqlite"));
    const QString small = dir.filePath(QStringLiteral("default.sqlite"));
    const QString settings = dir.filePath(QStringLiteral("redletter.conf"));
    if (!QFile::copy(arguments.first(), big)) {
        out << "cannot copy " << arguments.first() << "\n";
        return 1;
    }

    // Start-up, alternating the two catalogs so that both see the same machine. The first start
    // of each is left out: it creates the default catalog and warms the caches.
    const QDate first(2030, 1, 1);
    std::vector<double> onBig;
    std::vector<double> onDefault;
    for (int run = 0; run < (withStartUp ? 12 : 0); ++run) {
        const double atDefault = startUp(small, settings, first.addDays(run), out);
        const double atBig = startUp(big, settings, first.addDays(run), out);
        if (atDefault < 0 || atBig < 0)
            return 1;
        if (run > 0) {
            onDefault.push_back(atDefault);
            onBig.push_back(atBig);
        }
    }

    // The same again with one built-in reading queued on both, so that both set the same text:
    // what is left between them is what the catalog's size costs, not the length of the text
    // the day happens to serve.
    const QString sameReading = QStringLiteral("primer-imperialism");
    std::vector<double> sameOnBig;
    std::vector<double> sameOnDefault;
    for (int run = 0; run < (withStartUp ? 12 : 0); ++run) {
        const QDate day = first.addDays(50 + run);
        const double atDefault = startUp(small, settings, day, out, sameReading);
        const double atBig = startUp(big, settings, day, out, sameReading);
        if (atDefault < 0 || atBig < 0)
            return 1;
        if (run > 0) {
            sameOnDefault.push_back(atDefault);
            sameOnBig.push_back(atBig);
        }
    }

    // The first start of a day with its backup, before and now, alternating as above.
    std::vector<double> backupFirstText[2];
    std::vector<double> textFirstText[2];
    std::vector<double> textFirstBackup[2];
    for (int run = 0; run < 6; ++run) {
        const QString catalogs[2] = {small, big};
        for (int which = 0; which < 2; ++which) {
            const FirstStart before = firstStartOfADay(catalogs[which], settings, first.addDays(70 + 2 * run), true, out);
            const FirstStart now = firstStartOfADay(catalogs[which], settings, first.addDays(71 + 2 * run), false, out);
            if (before.toText < 0 || now.toText < 0)
                return 1;
            backupFirstText[which].push_back(before.toText);
            textFirstText[which].push_back(now.toText);
            textFirstBackup[which].push_back(now.backupDone);
        }
    }

    AppContext context(std::make_unique<ManualClock>(morningOf(first.addDays(100))));
    context.setSettingsFile(settings);
    QString error;
    if (!context.open(big, &error)) {
        out << error << "\n";
        return 1;
    }
    const int readings = context.catalog().readingCount();
    MainWindow window(context);
    window.resize(1280, 900);

    // The library window: made and listed (the first View › Library), listed again (reload, as
    // after an import), then filtered by a word of a title and by a language, each with the
    // view brought up to date (the events processed) as the user would see it.
    std::vector<double> made;
    double madeCpu = 0;
    {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        window.openLibrary();
        QApplication::processEvents();
        madeCpu = threadCpuMs() - cpuStart;
        made.push_back(msSince(timer));
    }
    LibraryWindow *library = window.libraryWindow();
    std::vector<double> listed;
    std::vector<double> listedCpu;
    for (int run = 0; run < 9; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        library->reload();
        QApplication::processEvents();
        listedCpu.push_back(threadCpuMs() - cpuStart);
        listed.push_back(msSince(timer));
    }
    const QVector<CatalogEntry> entries = context.catalog().entries();
    std::vector<double> filtered;
    std::vector<double> filteredCpu;
    int shown = 0;
    for (int run = 0; run < 9; ++run) {
        const QString word = entries.at((run * 997) % entries.size()).title.section(QLatin1Char(' '), 0, 0);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        library->filterField()->setText(word);
        QApplication::processEvents();
        filteredCpu.push_back(threadCpuMs() - cpuStart);
        filtered.push_back(msSince(timer));
        shown += library->model()->matchingRowCount(); // counted after the timing: the view needs not

        library->filterField()->clear();
        QApplication::processEvents();
    }
    std::vector<double> byLanguage;
    std::vector<double> byLanguageCpu;
    for (int run = 0; run < 9; ++run) {
        QComboBox *language = library->languageFilter();
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        language->setCurrentIndex(1 + run % (language->count() - 1));
        QApplication::processEvents();
        byLanguageCpu.push_back(threadCpuMs() - cpuStart);
        byLanguage.push_back(msSince(timer));
        language->setCurrentIndex(0);
        QApplication::processEvents();
    }

    // Sorted by another column (and back), and the next page read as the view scrolls down.
    std::vector<double> sorted;
    std::vector<double> sortedCpu;
    const int sortColumns[] = {LibraryWindow::Author, LibraryWindow::Year, LibraryWindow::Length,
                               LibraryWindow::State, LibraryWindow::Title};
    for (int run = 0; run < 10; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        library->view()->sortByColumn(sortColumns[run % 5], run % 2 == 0 ? Qt::DescendingOrder : Qt::AscendingOrder);
        QApplication::processEvents();
        sortedCpu.push_back(threadCpuMs() - cpuStart);
        sorted.push_back(msSince(timer));
    }
    library->view()->sortByColumn(LibraryWindow::Title, Qt::AscendingOrder);
    QApplication::processEvents();
    std::vector<double> paged;
    for (int run = 0; run < 9; ++run) {
        QElapsedTimer timer;
        timer.start();
        library->model()->fetchMore(QModelIndex());
        QApplication::processEvents();
        paged.push_back(msSince(timer));
    }
    const int pagedRows = library->model()->rowCount();

    // The window as it looks on this catalog, for a person to look at (bench_library CATALOG PNG).
    if (!screenshot.isEmpty()) {
        library->resize(1100, 640);
        QApplication::processEvents();
        if (!library->grab().save(screenshot))
            out << "cannot save " << screenshot << "\n";
    }

    // The day's pick: serving a new day (pick, page, record), as at start-up on a new day.
    DailySchedule &schedule = context.schedule();
    std::vector<double> picks;
    for (int day = 0; day < 30; ++day) {
        QElapsedTimer timer;
        timer.start();
        if (!schedule.serve(first.addDays(200 + day), &error)) {
            out << "cannot serve: " << error << "\n";
            return 1;
        }
        picks.push_back(msSince(timer));
    }

    const double ratio = median(onBig) / median(onDefault);
    const double sameRatio = median(sameOnBig) / median(sameOnDefault);
    int defaultReadings = 0;
    {
        AppContext defaultContext(std::make_unique<ManualClock>(morningOf(first)));
        defaultContext.setSettingsFile(settings);
        if (defaultContext.open(small, &error))
            defaultReadings = defaultContext.catalog().readingCount();
    }
    out << "bench_library: " << readings << " readings (the default catalog: " << defaultReadings << ")\n"
        << "library window made and listed:       " << made.front() << " ms\n"
        << "library listed again (reload):        median " << median(listed) << " ms, p95 " << p95(listed) << " ms\n"
        << "filtered by a title word:             median " << median(filtered) << " ms, p95 " << p95(filtered)
        << " ms (" << shown / 9 << " rows shown on average)\n"
        << "filtered by language:                 median " << median(byLanguage) << " ms, p95 " << p95(byLanguage)
        << " ms\n"
        << "sorted by another column:             median " << median(sorted) << " ms, p95 " << p95(sorted) << " ms\n"
        << "the same in CPU time of the thread: made and listed " << madeCpu << " ms, reload median " << median(listedCpu) << " ms (p95 " << p95(listedCpu)
        << "), title word " << median(filteredCpu) << " ms (p95 " << p95(filteredCpu) << "), language "
        << median(byLanguageCpu) << " ms (p95 " << p95(byLanguageCpu) << "), sort " << median(sortedCpu) << " ms (p95 "
        << p95(sortedCpu) << ")\n"
        << "the next page read (scrolling down):  median " << median(paged) << " ms, p95 " << p95(paged) << " ms ("
        << pagedRows << " rows read after 9 pages)\n"
        << "the day's pick (serve a new day):     median " << median(picks) << " ms, p95 " << p95(picks) << " ms\n";
    if (!withStartUp)
        return 0;
    out << "start-up to today's text, default:    median " << median(onDefault) << " ms\n"
        << "start-up to today's text, " << readings << ":      median " << median(onBig) << " ms ("
        << QString::number(100.0 * (ratio - 1.0), 'f', 0) << " % over the default catalog)\n"
        << "the same, both serving " << sameReading << ": median " << median(sameOnDefault) << " ms and "
        << median(sameOnBig) << " ms (" << QString::number(100.0 * (sameRatio - 1.0), 'f', 0) << " % over)\n";
    const char *names[2] = {"default", "10k    "};
    for (int which = 0; which < 2; ++which)
        out << "first start of a day, " << names[which] << ": backup first (before): text at median "
            << median(backupFirstText[which]) << " ms; text first (now): text at median "
            << median(textFirstText[which]) << " ms, backup done at median " << median(textFirstBackup[which])
            << " ms\n";
    return 0;
}
