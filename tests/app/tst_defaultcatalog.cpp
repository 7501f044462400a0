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

QTEST_GUILESS_MAIN(TestDefaultCatalog)
#include "tst_defaultcatalog.moc"
