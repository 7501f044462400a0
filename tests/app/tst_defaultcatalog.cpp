// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded default catalog is content we ship: every reading must parse, fit the promise
// (15 minutes or less), and have what makes a Red Letter reading: an introduction and notes.
#include "appcontext.h"
#include "application.h"
#include "importing/importer.h"
#include "schedule/dailypick.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

class TestDefaultCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hasAWeekOfReading();
    void everyReadingIsComplete_data();
    void everyReadingIsComplete();
    void importsIntoAFreshCatalogAndServesAWeekWithoutRepeats();
    void importingAgainChangesNothing();
    void startingAgain_parsesOnlyTheFilesThatChanged_andRestoresAnEditedReading();
};

static QStringList catalogFiles()
{
    QStringList files = QDir(QStringLiteral(":/catalog")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    return files;
}

void TestDefaultCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestDefaultCatalog::hasAWeekOfReading()
{
    QVERIFY2(catalogFiles().size() >= 7, qPrintable(catalogFiles().join(QLatin1Char(' '))));
}

void TestDefaultCatalog::everyReadingIsComplete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : catalogFiles())
        QTest::newRow(qPrintable(name)) << QStringLiteral(":/catalog/") + name;
}

void TestDefaultCatalog::everyReadingIsComplete()
{
    QFETCH(QString, file);
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    Reading reading;
    SourceError error;
    QVERIFY2(Importer::importBytes(source.readAll(), file, &reading, &error), qPrintable(error.toString()));
    QVERIFY(!reading.id.isEmpty());
    QVERIFY(!reading.title.isEmpty());
    QVERIFY(!reading.author.isEmpty());
    QVERIFY(!reading.tagline.isEmpty());
    QVERIFY2(!reading.introduction.isEmpty(), "an editor's introduction");
    QVERIFY2(reading.editorialNotes.size() >= 2, "editorial notes in the margin");
    QVERIFY2(!reading.footnotes.isEmpty(), "footnotes");
    QVERIFY2(!reading.curatedDate.isValid(), "built-in readings rotate; no curated date");
    const ReadingTime time = ReadingTimeEstimator().estimate(reading);
    QVERIFY2(time.minutes >= 3 && time.minutes <= MaximumDailyMinutes, qPrintable(QString::number(time.minutes)));
    // Even at a slow reader's pace (Brysbaert's 238 wpm average) it keeps the promise.
    QVERIFY2(ReadingTimeEstimator(238).estimate(reading).minutes <= MaximumDailyMinutes,
             qPrintable(QString::number(time.totalWords())));
    bool hasQuote = false;
    bool hasEmphasis = false;
    for (const Block &block : qAsConst(reading.body)) {
        hasQuote = hasQuote || block.quoteDepth > 0;
        for (const StyleRange &style : block.styles)
            hasEmphasis = hasEmphasis || style.style == StyleRange::Emphasis;
    }
    QVERIFY2(hasQuote, "a block quote");
    QVERIFY2(hasEmphasis, "italics");
}

void TestDefaultCatalog::importsIntoAFreshCatalogAndServesAWeekWithoutRepeats()
{
    QTemporaryDir dir;
    auto clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone("Europe/Berlin")),
                                               QTimeZone("Europe/Berlin"));
    ManualClock *manual = clock.get();
    AppContext context(std::move(clock));
    QString error;
    QVERIFY2(context.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error), qPrintable(error));
    QCOMPARE(context.catalog().readingCount(), catalogFiles().size());
    QSet<QString> served;
    for (int day = 0; day < 7; ++day) {
        const auto today = context.schedule().serveToday(&error);
        QVERIFY2(today.has_value(), qPrintable(error));
        served.insert(today->readingId);
        manual->advance(24 * 3600);
    }
    QCOMPARE(served.size(), 7);
    const QVector<CatalogEntry> entries = context.catalog().entries();
    for (const CatalogEntry &entry : entries)
        QVERIFY(entry.builtin);
}

void TestDefaultCatalog::importingAgainChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        AppContext context(std::make_unique<SystemClock>());
        QString error;
        QVERIFY2(context.open(path, &error), qPrintable(error));
    }
    AppContext again(std::make_unique<SystemClock>());
    QString error;
    QVERIFY2(again.open(path, &error), qPrintable(error));
    QCOMPARE(again.catalog().readingCount(), catalogFiles().size());
}

namespace {

//! How many reading files the parser reported parsing while it lived (its debug message).
class ParseCounter
{
public:
    ParseCounter()
    {
        s_count = 0;
        // A filter, not rules: the test's QT_LOGGING_RULES (debug off) would win over setFilterRules().
        s_previousFilter = QLoggingCategory::installFilter(&ParseCounter::filter);
        s_previous = qInstallMessageHandler(&ParseCounter::handle);
    }
    ~ParseCounter()
    {
        qInstallMessageHandler(s_previous);
        QLoggingCategory::installFilter(s_previousFilter);
    }
    int count() const { return s_count; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.contains(QLatin1String("parsed:")))
            ++s_count;
        else if (type != QtDebugMsg && s_previous)
            s_previous(type, context, message);
    }
    static void filter(QLoggingCategory *category)
    {
        if (s_previousFilter)
            s_previousFilter(category);
        if (qstrcmp(category->categoryName(), "redletter.reading") == 0)
            category->setEnabled(QtDebugMsg, true);
    }
    static inline int s_count = 0;
    static inline QLoggingCategory::CategoryFilter s_previousFilter = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
};

QVariant queryValue(const Catalog &catalog, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(catalog.connectionName(), false));
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

bool saysSomewhere(const Reading &reading, const QString &words)
{
    for (const Block &block : reading.body) {
        if (block.text.contains(words))
            return true;
    }
    return false;
}

} // namespace

void TestDefaultCatalog::startingAgain_parsesOnlyTheFilesThatChanged_andRestoresAnEditedReading()
{
    // The shipped files in a folder of the test's own, so that one can change.
    QTemporaryDir dir;
    const QString shipped = dir.filePath(QStringLiteral("catalog"));
    QVERIFY(QDir().mkpath(shipped));
    const QStringList files = catalogFiles();
    for (const QString &name : files)
        QVERIFY(QFile::copy(QStringLiteral(":/catalog/") + name, shipped + QLatin1Char('/') + name));
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error), qPrintable(error));
    {
        ParseCounter parsed;
        QVERIFY2(AppContext::importBuiltinCatalog(catalog, shipped, &error), qPrintable(error));
        QCOMPARE(parsed.count(), files.size());
    }
    const QString stamps = QStringLiteral("SELECT group_concat(id || '@' || updated_at) FROM readings");
    const QString before = queryValue(catalog, stamps).toString();

    // Unchanged: nothing parsed, nothing written.
    {
        ParseCounter parsed;
        QVERIFY2(AppContext::importBuiltinCatalog(catalog, shipped, &error), qPrintable(error));
        QCOMPARE(parsed.count(), 0);
    }
    QCOMPARE(queryValue(catalog, stamps).toString(), before);

    // One file changed: that one is parsed and imported again, the others not.
    const QString changedFile = shipped + QLatin1Char('/') + files.constFirst();
    QFile file(changedFile);
    QVERIFY(file.open(QIODevice::Append));
    QVERIFY(file.write("\nA sentence the editors added.\n") > 0);
    file.close();
    const QString changedId = [&] {
        Reading reading;
        SourceError sourceError;
        QFile source(changedFile);
        return source.open(QIODevice::ReadOnly)
                && Importer::importBytes(source.readAll(), changedFile, &reading, &sourceError)
            ? reading.id
            : QString();
    }();
    QVERIFY(!changedId.isEmpty());
    {
        ParseCounter parsed;
        QVERIFY2(AppContext::importBuiltinCatalog(catalog, shipped, &error), qPrintable(error));
        QCOMPARE(parsed.count(), 1);
    }
    QVERIFY(saysSomewhere(*catalog.reading(changedId), QStringLiteral("the editors added")));

    // A built-in reading the reader edited in the catalog is brought back to the shipped text.
    Reading edited = *catalog.reading(changedId);
    for (Block &block : edited.body)
        block.text.replace(QLatin1String("the editors added"), QLatin1String("the reader wrote"));
    QVERIFY(!saysSomewhere(edited, QStringLiteral("the editors added")));
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(edited, QString(), true, &outcome, &error), qPrintable(error));
    {
        ParseCounter parsed;
        QVERIFY2(AppContext::importBuiltinCatalog(catalog, shipped, &error), qPrintable(error));
        QCOMPARE(parsed.count(), 1);
    }
    QVERIFY(saysSomewhere(*catalog.reading(changedId), QStringLiteral("the editors added")));

    // Another build (version or schema) parses everything again: its parser may read them otherwise.
    QVERIFY(QSqlQuery(QSqlDatabase::database(catalog.connectionName(), false))
                .exec(QStringLiteral("UPDATE builtin_files SET build = 'an older build'")));
    {
        ParseCounter parsed;
        QVERIFY2(AppContext::importBuiltinCatalog(catalog, shipped, &error), qPrintable(error));
        QCOMPARE(parsed.count(), files.size());
    }
}

QTEST_GUILESS_MAIN(TestDefaultCatalog)
#include "tst_defaultcatalog.moc"
