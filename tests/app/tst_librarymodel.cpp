// SPDX-License-Identifier: GPL-3.0-or-later
// The library's model, read a page at a time from SQLite (LibraryModel over LibraryListing), on a
// generated catalog: every order and filter gives the rows, chapters and cells the in-memory
// model before it gave (referencelibrarymodel.h); pages join without a row lost or repeated; a
// filter changed while scrolled down starts again from the top and pages on from there.
#include "appcontext.h"
#include "catalog/migrations.h"
#include "application.h"
#include "library/librarymodel.h"
#include "library/librarywindow.h"
#include "mainwindow.h"
#include "referencelibrarymodel.h"
#include "schedule/dailyschedule.h"
#include "schedule/servingstore.h"
#include "testcontext.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <iterator>

using namespace redletter;

namespace {

// Words with the cases and scripts that folding must get right: accented capitals, German
// sharp s and umlauts, Cyrillic in both cases, titles that differ only in case.
const char *const TitleWords[] = {
    "État", "état", "ETAT", "Über", "über", "Staat", "STAAT", "staat", "Революция", "революция", "РЕВОЛЮЦИЯ",
    "Straße", "STRASSE", "capital", "Capital", "ÉCOLE", "école", "Arbeit", "arbeit", "Ökonomie", "ökonomie",
    "Zur", "zur", "la", "La", "der", "Der", "Rosa", "ROSA", "Ämter", "Ёлка", "ёлка", "Ω", "ω", "Ĳssel",
};
const char *const Authors[] = {
    "Rosa Luxemburg", "rosa luxemburg", "Karl Marx", "KARL MARX", "Владимир Ленин", "владимир ленин",
    "Émile Pouget", "émile pouget", "Clara Zetkin", "", "Ökonom Ungenannt",
};
const char *const Languages[] = {"en", "de", "fr", "ru"};

QString pick(QRandomGenerator &random, const char *const *list, int size)
{
    return QString::fromUtf8(list[random.bounded(size)]);
}

Reading generatedReading(int n, QRandomGenerator &random, int words)
{
    Reading reading;
    reading.id = QStringLiteral("gen-%1").arg(n, 4, 10, QLatin1Char('0'));
    QStringList title;
    const int length = 1 + int(random.bounded(4));
    for (int i = 0; i < length; ++i)
        title.append(pick(random, TitleWords, int(std::size(TitleWords))));
    reading.title = title.join(QLatin1Char(' '));
    reading.author = pick(random, Authors, int(std::size(Authors)));
    reading.language = pick(random, Languages, int(std::size(Languages)));
    reading.year = random.bounded(5) == 0 ? 0 : 1840 + int(random.bounded(8)); // many years alike
    const int source = int(random.bounded(4));
    if (source == 1)
        reading.source = QUrl(QStringLiteral("https://www.marxists.org/archive/%1.htm").arg(random.bounded(5)));
    else if (source == 2)
        reading.source = QUrl(QStringLiteral("https://de.wikisource.org/wiki/%1").arg(random.bounded(5)));
    Block block;
    QStringList text;
    for (int i = 0; i < words; ++i)
        text.append(QStringLiteral("wort%1").arg(i % 97));
    block.text = text.join(QLatin1Char(' ')) + QLatin1Char('.');
    reading.body.append(block);
    return reading;
}

//! One top-level row as a person sees it, with its chapters' titles and states.
QStringList describe(const QAbstractItemModel *model, int row)
{
    QStringList cells;
    const QModelIndex title = model->index(row, LibraryWindow::Title);
    cells << title.data(LibraryWindow::IdRole).toString();
    for (int column = 0; column < LibraryWindow::ColumnCount; ++column)
        cells << model->index(row, column).data().toString() << model->index(row, column).data(Qt::ToolTipRole).toString();
    cells << QString::number(model->rowCount(title)) << QString::number(int(model->hasChildren(title)));
    for (int chapter = 0; chapter < model->rowCount(title); ++chapter) {
        const QModelIndex index = model->index(chapter, LibraryWindow::Title, title);
        cells << index.data(LibraryWindow::IdRole).toString() << index.data().toString()
              << index.siblingAtColumn(LibraryWindow::State).data().toString()
              << index.siblingAtColumn(LibraryWindow::Source).data().toString();
    }
    return cells;
}

QVector<QStringList> allRows(QAbstractItemModel *model)
{
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    QVector<QStringList> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(describe(model, row));
    return rows;
}

} // namespace

class TestLibraryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyOrderAndFilter_asTheInMemoryModel_data();
    void everyOrderAndFilter_asTheInMemoryModel();
    void pagesJoinWithoutGapsOrRepeats();
    void aFilterChangedWhileScrolled_startsAtTheTop();
    void aCatalogWithoutKeys_getsThemOnOpen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    int m_readings = 0;
};

void TestLibraryModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    installTranslators(QLocale());
    QString error;
    ManualClock *clock = nullptr;
    m_context = test::openTestContext(m_dir, test::tuesdayMorningInBerlin(), &error, &clock);
    QVERIFY2(m_context, qPrintable(error));
    Catalog &catalog = m_context->catalog();

    // 300 readings, about one in six a chapter of one of eight works (chapters' ids interleaved
    // with the others', so a work's first chapter in id order is not its first in contents).
    QRandomGenerator random(1871);
    auto import = catalog.beginImport(&error);
    QVERIFY2(import, qPrintable(error));
    QHash<int, QStringList> works;
    for (int n = 0; n < 300; ++n) {
        // A few long ones (over 15 minutes), so that they are served in parts.
        const int words = n % 50 == 7 ? 7000 : 200 + int(random.bounded(3000));
        const Reading reading = generatedReading(n, random, words);
        Catalog::ImportOutcome outcome;
        const QString sourceFile = reading.source.isEmpty() && n % 3 == 0 ? QStringLiteral("/texts/file-%1.md").arg(n) : QString();
        QVERIFY2(import->storeReading(reading, sourceFile, &outcome, &error), qPrintable(error));
        if (n % 6 == 5)
            works[int(random.bounded(8))].prepend(reading.id); // contents order: not id order
    }
    for (auto it = works.cbegin(); it != works.cend(); ++it) {
        WorkInfo work;
        work.id = QStringLiteral("work-%1").arg(it.key());
        work.title = QStringLiteral("%1 Werk %2").arg(QString::fromUtf8(TitleWords[(it.key() * 5) % std::size(TitleWords)])).arg(it.key());
        work.author = it.key() % 3 == 0 ? QString() : QString::fromUtf8(Authors[it.key() % std::size(Authors)]);
        if (it.key() % 2 == 0)
            work.source = QUrl(QStringLiteral("https://www.marxists.org/works/%1/index.htm").arg(it.key()));
        QVERIFY2(import->storeWork(work, it.value(), &error), qPrintable(error));
    }
    QVERIFY2(import->commit(&error), qPrintable(error));
    m_readings = catalog.readingCount();

    // The reader's states: a work and a long reading served in parts, readings served whole,
    // some read to their end on different days.
    DailySchedule &schedule = m_context->schedule();
    const QStringList queued{QStringLiteral("work-1"), QStringLiteral("gen-0007"), QStringLiteral("gen-0012"),
                             QStringLiteral("gen-0040"), QStringLiteral("work-4")};
    QDate day(2026, 11, 24);
    for (const QString &id : queued) {
        QVERIFY2(schedule.queue(id, &error), qPrintable(error));
        QVERIFY2(schedule.serve(day, &error), qPrintable(error));
        day = day.addDays(1);
    }
    for (int i = 0; i < 6; ++i) {
        const QString id = QStringLiteral("gen-%1").arg(20 + 37 * i, 4, 10, QLatin1Char('0'));
        FinishedReading finished{id, 0, 0, QDate(2026, 11, 1 + (i * 7) % 5), QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC)};
        bool isNew = false;
        QVERIFY2(schedule.store().recordFinished(finished, &isNew, &error), qPrintable(error));
    }
}

void TestLibraryModel::cleanupTestCase()
{
    m_context.reset();
}

void TestLibraryModel::everyOrderAndFilter_asTheInMemoryModel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    const QStringList texts{QString(),
                            QStringLiteral("etat"),            // lower case finds État, ETAT
                            QStringLiteral("РЕВОЛЮЦИЯ"),       // Cyrillic upper case finds lower
                            QStringLiteral("straße rosa"),     // every word, in title or author
                            QStringLiteral("werk"),            // the works' own titles
                            QStringLiteral("ёлка  luxemburg"), // two spaces are one
                            QStringLiteral("ω"),
                            QStringLiteral("nothing-has-this")};
    const QStringList languages{QString(), QStringLiteral("de"), QStringLiteral("ru")};
    for (const QString &text : texts) {
        for (const QString &language : languages) {
            if (!text.isEmpty() && !language.isEmpty() && text != QLatin1String("etat") && text != QLatin1String("werk"))
                continue; // enough of the pairs
            QTest::addRow("'%s' in '%s'", qPrintable(text), qPrintable(language)) << text << language;
        }
    }
}

void TestLibraryModel::everyOrderAndFilter_asTheInMemoryModel()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    const ServingStore &store = m_context->schedule().store();
    reference::ReferenceModel oldModel;
    oldModel.reload(m_context->catalog(), store);
    reference::ReferenceFilter oldFilter(&oldModel);
    oldFilter.setFilter(text, language);
    LibraryModel model(m_context->catalog());
    model.setPageSize(37); // several pages
    model.reload(store);
    model.setFilter(text, language);
    QCOMPARE(model.languages(), oldModel.languages());

    for (int column = 0; column < LibraryWindow::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            // Rows that sort the same keep catalog order. The proxy sorted the order it had, so
            // its ties kept the previous column's order until the filter changed; from a fresh
            // mapping (invalidate()) it sorts catalog order, as it did after every filter change.
            oldFilter.sort(column, order);
            oldFilter.invalidate();
            model.sort(column, order);
            const QVector<QStringList> expected = allRows(&oldFilter);
            const QVector<QStringList> rows = allRows(&model);
            QCOMPARE(model.matchingRowCount(), int(expected.size()));
            QCOMPARE(rows.size(), expected.size());
            for (int row = 0; row < rows.size(); ++row) {
                if (rows.at(row) != expected.at(row)) {
                    QFAIL(qPrintable(QStringLiteral("column %1, %2, row %3:\n  paged:     %4\n  in memory: %5")
                                         .arg(column)
                                         .arg(order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"))
                                         .arg(row)
                                         .arg(rows.at(row).join(QLatin1String(" | ")), expected.at(row).join(QLatin1String(" | ")))));
                }
            }
        }
    }
}

void TestLibraryModel::pagesJoinWithoutGapsOrRepeats()
{
    const ServingStore &store = m_context->schedule().store();
    LibraryModel whole(m_context->catalog());
    whole.setPageSize(100000);
    whole.reload(store);
    QVERIFY(!whole.canFetchMore(QModelIndex()));
    const QVector<QStringList> expected = allRows(&whole);
    const int total = int(expected.size());
    QVERIFY(total > 200);

    // Pages that end just before, at and just after the last row, and a page of one.
    for (const int pageSize : {1, 7, total - 1, total, total + 1}) {
        LibraryModel model(m_context->catalog());
        model.setPageSize(pageSize);
        model.reload(store);
        QCOMPARE(model.rowCount(), std::min(pageSize, total));
        int fetches = 0;
        while (model.canFetchMore(QModelIndex())) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            QCOMPARE(model.rowCount(), std::min(before + pageSize, total));
            ++fetches;
        }
        // The last page says there is no more without a fetch that finds nothing.
        QCOMPARE(fetches, (total + pageSize - 1) / pageSize - 1);
        QCOMPARE(model.rowCount(), total);
        model.fetchMore(QModelIndex()); // nothing more: changes nothing
        QCOMPARE(model.rowCount(), total);
        QVector<QStringList> rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append(describe(&model, row));
        QCOMPARE(rows, expected);
    }
}

void TestLibraryModel::aFilterChangedWhileScrolled_startsAtTheTop()
{
    MainWindow window(*m_context);
    window.openLibrary();
    LibraryWindow *library = window.libraryWindow();
    QVERIFY(library);
    QVERIFY(QTest::qWaitForWindowExposed(library));
    LibraryModel *model = library->model();
    model->setPageSize(25);
    library->reload();
    QTreeView *view = library->view();
    // Whole pages, as many as fill the view.
    QVERIFY(model->rowCount() >= 25);
    QCOMPARE(model->rowCount() % 25, 0);

    // Scrolled to the bottom, the view asks for the next page, and again.
    for (int i = 0; i < 3; ++i) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QApplication::processEvents();
    }
    QVERIFY2(model->rowCount() >= 75, qPrintable(QString::number(model->rowCount())));
    view->setCurrentIndex(model->index(model->rowCount() - 1, LibraryWindow::Title));
    QVERIFY(view->verticalScrollBar()->value() > 0);

    // A filter typed while scrolled down: the list starts again from its first page, at the top,
    // and shows the first rows of the filtered listing.
    const int unfiltered = model->matchingRowCount();
    LibraryModel whole(m_context->catalog());
    whole.setPageSize(100000);
    whole.reload(m_context->schedule().store());
    whole.setFilter(QStringLiteral("staat"), QString());
    const QVector<QStringList> expected = allRows(&whole);
    QVERIFY(expected.size() > 25);
    library->filterField()->setText(QStringLiteral("staat"));
    QApplication::processEvents();
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(model->matchingRowCount(), int(expected.size()));
    QVERIFY(model->rowCount() >= 25);
    QVERIFY(model->rowCount() < expected.size());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(describe(model, row), expected.at(row));

    // Paging on from there reaches every matching row once, in the order of one whole listing.
    for (int i = 0; i < 100 && model->canFetchMore(QModelIndex()); ++i) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QApplication::processEvents();
    }
    QVector<QStringList> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(describe(model, row));
    QCOMPARE(rows, expected);

    // Cleared again: the whole catalog from its first page.
    library->filterField()->clear();
    QApplication::processEvents();
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QVERIFY(model->rowCount() < unfiltered);
    QVERIFY(model->canFetchMore(QModelIndex()));
    QCOMPARE(model->matchingRowCount(), unfiltered);
}

void TestLibraryModel::aCatalogWithoutKeys_getsThemOnOpen()
{
    // Rows written without the library's keys (a recovery copies rows column by column; a tool
    // may write them by hand) sort and filter as the others once the catalog is opened again.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    QString error;
    {
        Catalog catalog;
        QVERIFY2(catalog.open(path, &error), qPrintable(error));
        QRandomGenerator random(5);
        QVector<Reading> readings;
        for (int n = 0; n < 20; ++n)
            readings.append(generatedReading(n, random, 100));
        QVERIFY2(catalog.importReadings(readings, false, &error), qPrintable(error));
        QSqlDatabase db = QSqlDatabase::database(catalog.connectionName(), false);
        QSqlQuery clear(db);
        QVERIFY(clear.exec(QStringLiteral("UPDATE readings SET title_key = NULL, author_key = NULL")));
    }
    Catalog catalog;
    QVERIFY2(catalog.open(path, &error), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::database(catalog.connectionName(), false);
    QSqlQuery keys(db);
    QVERIFY(keys.exec(QStringLiteral("SELECT title, title_key, author, author_key FROM readings")));
    int rows = 0;
    while (keys.next()) {
        ++rows;
        QVERIFY(!keys.value(1).isNull());
        QCOMPARE(keys.value(1).toString(), migrations::listingKey(keys.value(0).toString()));
        QCOMPARE(keys.value(3).toString(), migrations::listingKey(keys.value(2).toString()));
        QCOMPARE(keys.value(1).toString().compare(keys.value(0).toString(), Qt::CaseInsensitive), 0);
    }
    QCOMPARE(rows, 20);
}

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
