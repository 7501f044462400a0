// SPDX-License-Identifier: GPL-3.0-or-later
// Serving long works in parts (issue 9) on the real corpus: State and Revolution (one reading of
// 38,854 words: 7 parts) and the Manifesto site (a work of 5 chapters: 4 parts), over consecutive
// days of a ManualClock; pause, read-ahead, skip, queue, a curated day, a re-import, the reader's
// languages, a clock that jumps.
#include "catalog/catalog.h"
#include "importing/importservice.h"
#include "installments/installmentplanner.h"
#include "schedule/clock.h"
#include "schedule/dailypick.h"
#include "schedule/dailyschedule.h"
#include "schedule/readingstates.h"

#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;

namespace {

const QString StateAndRevolution = QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt");
const QString ManifestoSite = QStringLiteral("mia/sites/marx-engels-communist-manifesto/index.htm");

QDateTime morning(const QDate &day)
{
    return QDateTime(day, QTime(8, 0), QTimeZone("Europe/Berlin"));
}

} // namespace

class TestServing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void stateAndRevolution_partsInOrderOnConsecutiveDays();
    void manifestoWork_partsInOrderOnConsecutiveDays();
    void clockJumpingBackAndForth_neitherSkipsNorRepeatsParts();
    void readAhead_countsAsRead_nextDayServesThePartAfter();
    void pause_stopsTheSeries_queueResumesIt();
    void skip_servesTheNextCandidate_andThePartComesAgain();
    void queue_servesTheQueuedFirst_thenTheSeriesGoesOn();
    void curatedDay_interruptsTheSeries_whichResumesAfter();
    void servedDay_keepsItsText_afterReimportWithAChangedWord();
    void defaultCatalog_englishLocale_firstDayIsEnglish();
    void defaultCatalog_germanLocale_firstDayIsGerman();
    void readingsAddedAfterAServedDay_bySameOrAnotherConnection_areSeen();
    void readerLanguages_fromTheLocale_data();
    void readerLanguages_fromTheLocale();
    void finished_keepsTheFirstDay_andStates();
    void streak_countsConsecutiveDaysRead();

private:
    QString import(const QString &path);
    QVector<DayPage> serveDays(DailySchedule &schedule, ManualClock &clock, int days);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestServing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = test::openCatalogIn(*m_dir);
    QVERIFY(m_catalog);
}

void TestServing::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

//! Imports @p path (a file) and returns the id of what it made: the work's, else the reading's.
QString TestServing::import(const QString &path)
{
    ImportService service(m_catalog.get());
    const ImportReport report = service.importSources({path});
    if (!report.succeeded()) {
        QString errors;
        report.toText(&errors);
        qWarning("%s", qPrintable(errors));
        return {};
    }
    const SourceReport &source = report.sources.constFirst();
    return source.workId.isEmpty() ? (source.readings.isEmpty() ? QString() : source.readings.constFirst().id) : source.workId;
}

QVector<DayPage> TestServing::serveDays(DailySchedule &schedule, ManualClock &clock, int days)
{
    QVector<DayPage> pages;
    for (int i = 0; i < days; ++i) {
        QString error;
        const std::optional<DayPage> page = schedule.servePage(clock.today(), &error);
        if (!page) {
            qWarning("%s", qPrintable(error));
            return pages;
        }
        pages.append(*page);
        clock.advance(24 * 3600);
    }
    return pages;
}

void TestServing::stateAndRevolution_partsInOrderOnConsecutiveDays()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString id = import(test::corpusFile(StateAndRevolution));
    QVERIFY(!id.isEmpty());
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    const QVector<DayPage> pages = serveDays(schedule, clock, 7);
    QCOMPARE(pages.size(), 7);
    const int limit = InstallmentPlanner().maximumWords();
    int words = 0;
    for (int i = 0; i < 7; ++i) {
        const DayPage &page = pages.at(i);
        QCOMPARE(page.served.day, QDate(2026, 12, 1).addDays(i));
        QCOMPARE(page.served.seriesId, id);
        QCOMPARE(page.served.part, i + 1);
        QCOMPARE(page.served.parts, 7);
        QCOMPARE(page.text.part, i + 1);
        QVERIFY2(page.text.words <= limit, qPrintable(QStringLiteral("part %1: %2 words").arg(i + 1).arg(page.text.words)));
        QCOMPARE(page.served.cutJson.isEmpty(), i == 6); // the last part ends with the text
        words += page.text.words;
    }
    // Every word once (State and Revolution has no footnotes to repeat): 39,315 at the plan's count.
    QCOMPARE(words, 39315);
    QCOMPARE(pages.at(0).text.labels().partLabel(), QStringLiteral("Part 1 of 7"));
    QVERIFY(pages.at(0).text.labels().closingLine().startsWith(QStringLiteral("Tomorrow: Part 2")));
    QVERIFY(pages.at(6).text.labels().closingLine().isEmpty());
}

void TestServing::manifestoWork_partsInOrderOnConsecutiveDays()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString id = import(test::corpusFile(ManifestoSite));
    QVERIFY(m_catalog->work(id));
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    const QVector<DayPage> pages = serveDays(schedule, clock, 5);
    QCOMPARE(pages.size(), 5);
    const int limit = InstallmentPlanner().maximumWords();
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(pages.at(i).served.seriesId, id);
        QCOMPARE(pages.at(i).served.part, i + 1);
        QCOMPARE(pages.at(i).served.parts, 4);
        QCOMPARE(pages.at(i).served.run, 1);
        QVERIFY(pages.at(i).text.words <= limit);
        QCOMPARE(pages.at(i).text.workTitle, QStringLiteral("Manifesto of the Communist Party"));
    }
    // The part starts in the chapter it opens with: part 1 in the work's first chapter.
    QCOMPARE(pages.at(0).served.readingId, m_catalog->workEntries(id).constFirst().id);
    // The only thing in the catalog comes round again, from part 1.
    QCOMPARE(pages.at(4).served.part, 1);
    QCOMPARE(pages.at(4).served.run, 2);
}

void TestServing::clockJumpingBackAndForth_neitherSkipsNorRepeatsParts()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString id = import(test::corpusFile(StateAndRevolution));
    QVERIFY(!id.isEmpty());
    ManualClock clock(morning(QDate(2026, 12, 10)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    QList<int> parts;
    const auto serveNow = [&]() {
        const std::optional<DayPage> page = schedule.servePage(clock.today(), &error);
        parts.append(page ? page->served.part : -1);
    };
    serveNow();                     // 10 Dec: part 1
    clock.advance(-3 * 24 * 3600);  // back to 7 Dec, never served: the next part, not part 1 again
    serveNow();
    clock.advance(3 * 24 * 3600);   // 10 Dec again: what it served
    serveNow();
    clock.advance(5 * 24 * 3600);   // forward to 15 Dec: the next part, none skipped
    serveNow();
    clock.setNow(QDateTime(QDate(2026, 12, 15), QTime(23, 59, 59), QTimeZone("Europe/Berlin")));
    serveNow();                     // just before midnight: still 15 Dec
    clock.advance(2);               // just after: 16 Dec
    serveNow();
    QCOMPARE(parts, (QList<int>{1, 2, 1, 3, 3, 4}));
    QCOMPARE(schedule.store().progress().value(id).lastPart, 4);
}

void TestServing::readAhead_countsAsRead_nextDayServesThePartAfter()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString id = import(test::corpusFile(StateAndRevolution));
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    QVERIFY2(schedule.servePage(clock.today(), &error), qPrintable(error));
    const std::optional<DayPage> ahead = schedule.readNextPartNow(&error);
    QVERIFY2(ahead, qPrintable(error));
    QCOMPARE(ahead->served.part, 2);
    QVERIFY(ahead->served.ahead);
    QCOMPARE(ahead->text.labels().partLabel(), QStringLiteral("Part 2 of 7"));
    // The day's own page stays part 1 (the archive shows what the day served).
    QCOMPARE(schedule.page(clock.today(), &error)->served.part, 1);
    QCOMPARE(schedule.store().partsGivenOn(clock.today()).size(), 2);
    // Both pages end on what tomorrow really brings: part 3, not the part 2 read already.
    const DayPage today = *schedule.page(clock.today(), &error);
    QVERIFY2(today.text.labels().closingLine().startsWith(QStringLiteral("Tomorrow: Part 2 \u2014")), qPrintable(today.text.labels().closingLine()));
    QVERIFY2(schedule.closingLine(today).startsWith(QStringLiteral("Tomorrow: Part 3 \u2014")), qPrintable(schedule.closingLine(today)));
    QCOMPARE(schedule.closingLine(*ahead), ahead->text.labels().closingLine());
    QVERIFY(schedule.closingLine(*ahead).startsWith(QStringLiteral("Tomorrow: Part 3 \u2014")));
    clock.advance(24 * 3600);
    // A day past keeps the line it showed.
    QCOMPARE(schedule.closingLine(today), today.text.labels().closingLine());
    QCOMPARE(schedule.servePage(clock.today(), &error)->served.part, 3);
    // Read ahead to the end: the last part has nothing after it.
    for (int part = 4; part <= 7; ++part)
        QCOMPARE(schedule.readNextPartNow(&error)->served.part, part);
    QVERIFY(!schedule.readNextPartNow(&error));
    // Read to the last part: today's page has no tomorrow left.
    QVERIFY(schedule.closingLine(*schedule.page(clock.today(), &error)).isEmpty());
    QVERIFY(schedule.store().progress().value(id).finished());
}

void TestServing::pause_stopsTheSeries_queueResumesIt()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString lenin = import(test::corpusFile(StateAndRevolution));
    const QString manifesto = import(test::corpusFile(ManifestoSite));
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    QVERIFY2(schedule.queue(lenin, &error), qPrintable(error));
    QVector<DayPage> pages = serveDays(schedule, clock, 2);
    QCOMPARE(pages.at(0).served.seriesId, lenin);
    QCOMPARE(pages.at(1).served.part, 2);
    QVERIFY2(schedule.pauseSeries(lenin, &error), qPrintable(error));
    pages = serveDays(schedule, clock, 2); // the other series begins and goes on
    QCOMPARE(pages.at(0).served.seriesId, manifesto);
    QCOMPARE(pages.at(0).served.part, 1);
    QCOMPARE(pages.at(1).served.seriesId, manifesto);
    QCOMPARE(pages.at(1).served.part, 2);
    QVERIFY(schedule.store().paused().contains(lenin));
    QVERIFY2(schedule.queue(lenin, &error), qPrintable(error));
    QVERIFY(!schedule.store().paused().contains(lenin));
    pages = serveDays(schedule, clock, 2);
    QCOMPARE(pages.at(0).served.seriesId, lenin);
    QCOMPARE(pages.at(0).served.part, 3); // where it was paused
    // Both are in progress now; the one given last goes on.
    QCOMPARE(pages.at(1).served.seriesId, lenin);
    QCOMPARE(pages.at(1).served.part, 4);
    QVERIFY(schedule.store().queue().isEmpty());
}

void TestServing::skip_servesTheNextCandidate_andThePartComesAgain()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString lenin = import(test::corpusFile(StateAndRevolution));
    const QString primer = import(test::sourceDir() + QStringLiteral("/resources/catalog/hegemony.md"));
    QCOMPARE(primer, QStringLiteral("primer-hegemony"));
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    QVERIFY2(schedule.queue(lenin, &error), qPrintable(error));
    QCOMPARE(serveDays(schedule, clock, 1).constFirst().served.part, 1);
    const std::optional<DayPage> part2 = schedule.servePage(clock.today(), &error);
    QCOMPARE(part2->served.part, 2);
    const std::optional<DayPage> instead = schedule.skipToday(&error);
    QVERIFY2(instead, qPrintable(error));
    QCOMPARE(instead->served.readingId, primer);
    QCOMPARE(instead->served.day, clock.today());
    QCOMPARE(schedule.store().skippedOn(clock.today()), QSet<QString>{lenin});
    QCOMPARE(m_catalog->servedOn(clock.today())->readingId, primer);
    clock.advance(24 * 3600);
    const std::optional<DayPage> next = schedule.servePage(clock.today(), &error);
    QCOMPARE(next->served.seriesId, lenin);
    QCOMPARE(next->served.part, 2); // not read: it comes again
    // Skipping it again serves the primer; skipping that too leaves nothing to serve, and says so.
    QCOMPARE(schedule.skipToday(&error)->served.readingId, primer);
    QVERIFY(!schedule.skipToday(&error));
    QCOMPARE(error, QStringLiteral("nothing to serve on 2026-12-03: the catalog has no reading of 15 minutes or less"));
    QCOMPARE(schedule.store().skippedOn(clock.today()), (QSet<QString>{lenin, primer}));
}

void TestServing::queue_servesTheQueuedFirst_thenTheSeriesGoesOn()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString lenin = import(test::corpusFile(StateAndRevolution));
    const QString primer = import(test::sourceDir() + QStringLiteral("/resources/catalog/hegemony.md"));
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    QVERIFY2(schedule.queue(lenin, &error), qPrintable(error));
    QVERIFY(!schedule.queue(QStringLiteral("no-such-thing"), &error));
    QVERIFY(error.contains(QStringLiteral("no reading or work 'no-such-thing'")));
    QCOMPARE(serveDays(schedule, clock, 1).constFirst().served.seriesId, lenin);
    QVERIFY2(schedule.queue(primer, &error), qPrintable(error));
    const QVector<DayPage> pages = serveDays(schedule, clock, 2);
    QCOMPARE(pages.at(0).served.readingId, primer);
    QCOMPARE(pages.at(0).served.part, 0);
    QCOMPARE(pages.at(1).served.seriesId, lenin);
    QCOMPARE(pages.at(1).served.part, 2);
}

void TestServing::curatedDay_interruptsTheSeries_whichResumesAfter()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString lenin = import(test::corpusFile(StateAndRevolution));
    // A short reading of our own, curated for 3 December.
    const QString path = m_dir->filePath(QStringLiteral("curated.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\nid: curated-day\ntitle: A Day Chosen by the Editor\nauthor: Red Letter editors\nlang: en\n"
               "date: 2026-12-03\n---\n\nA few words for the third of December.\n");
    file.close();
    QCOMPARE(import(path), QStringLiteral("curated-day"));
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    const QVector<DayPage> pages = serveDays(schedule, clock, 4);
    QCOMPARE(pages.size(), 4);
    QCOMPARE(pages.at(0).served.part, 1);
    QCOMPARE(pages.at(1).served.part, 2);
    QCOMPARE(pages.at(2).served.readingId, QStringLiteral("curated-day"));
    QCOMPARE(pages.at(3).served.seriesId, lenin);
    QCOMPARE(pages.at(3).served.part, 3);
}

void TestServing::servedDay_keepsItsText_afterReimportWithAChangedWord()
{
    REDLETTER_REQUIRE_CORPUS();
    // The same file name in our temporary directory: the same reading id, as a corrected edition.
    const QString copy = m_dir->filePath(QFileInfo(StateAndRevolution).fileName());
    QVERIFY(QFile::copy(test::corpusFile(StateAndRevolution), copy));
    const QString id = import(copy);
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    const QVector<DayPage> before = serveDays(schedule, clock, 1);
    QCOMPARE(before.size(), 1);
    const QString old = QStringLiteral("monstrous oppression");
    QVERIFY(plainText(before.constFirst().text.reading.body).contains(old));

    QByteArray text = test::readFile(copy);
    QCOMPARE(text.count("monstrous oppression"), 1);
    text.replace("monstrous oppression", "monstrous exploitation");
    QFile file(copy);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QCOMPARE(import(copy), id);
    QVERIFY(plainText(m_catalog->reading(id)->body).contains(QStringLiteral("monstrous exploitation")));

    QString error;
    const std::optional<DayPage> after = schedule.page(QDate(2026, 12, 1), &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->text.reading.body, before.constFirst().text.reading.body);
    QCOMPARE(after->served.contentSha256, before.constFirst().served.contentSha256);
    // The next day starts where the served part ended, in the corrected text.
    const std::optional<DayPage> next = schedule.servePage(QDate(2026, 12, 2), &error);
    QCOMPARE(next->served.part, 2);
    QCOMPARE(next->text.reading.body.constFirst().text,
             m_catalog->reading(id)->body.at(QJsonDocument::fromJson(before.constFirst().served.cutJson.toUtf8())
                                                 .object()
                                                 .value(QStringLiteral("block"))
                                                 .toInt())
                 .text);
}

void TestServing::defaultCatalog_englishLocale_firstDayIsEnglish()
{
    const QDir catalog(test::sourceDir() + QStringLiteral("/resources/catalog"));
    QStringList files;
    for (const QString &name : catalog.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        if (name != QLatin1String("README.md"))
            files.append(catalog.filePath(name));
    }
    QCOMPARE(files.size(), 8);
    ImportService service(m_catalog.get());
    QVERIFY(service.importSources(files).succeeded());
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    schedule.setLanguages(readerLanguages(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(schedule.languages().constFirst(), QStringLiteral("en"));
    QString error;
    // Every English primer (seven) before the German one.
    for (int day = 0; day < 7; ++day) {
        const std::optional<DayPage> page = schedule.servePage(clock.today(), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->text.reading.language, QStringLiteral("en"));
        clock.advance(24 * 3600);
    }
    QCOMPARE(schedule.servePage(clock.today(), &error)->text.reading.language, QStringLiteral("de"));
}

void TestServing::defaultCatalog_germanLocale_firstDayIsGerman()
{
    const QDir catalog(test::sourceDir() + QStringLiteral("/resources/catalog"));
    QStringList files;
    for (const QString &name : catalog.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        if (name != QLatin1String("README.md"))
            files.append(catalog.filePath(name));
    }
    ImportService service(m_catalog.get());
    QVERIFY(service.importSources(files).succeeded());
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    schedule.setLanguages(readerLanguages(QLocale(QLocale::German, QLocale::Germany)));
    QString error;
    QCOMPARE(schedule.servePage(clock.today(), &error)->served.readingId, QStringLiteral("primer-klassenkampf"));
}

void TestServing::readingsAddedAfterAServedDay_bySameOrAnotherConnection_areSeen()
{
    // The schedule keeps what the pick reads of every reading between days; a reading imported
    // afterwards, through this catalog or by another process, must still be seen.
    const QString hegemony = import(test::sourceDir() + QStringLiteral("/resources/catalog/hegemony.md"));
    ManualClock clock(morning(QDate(2026, 12, 1)), QTimeZone("Europe/Berlin"));
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    QCOMPARE(schedule.servePage(clock.today(), &error)->served.readingId, hegemony);
    const auto writeCurated = [this](const QString &id, const char *date) {
        const QString path = m_dir->filePath(id + QStringLiteral(".md"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write("---\nid: " + id.toUtf8() + "\ntitle: Curated " + id.toUtf8()
                   + "\nauthor: Red Letter editors\nlang: en\ndate: " + date + "\n---\n\nA few words.\n");
        return path;
    };
    // Another connection (another process would be the same to SQLite).
    {
        Catalog other;
        QVERIFY2(other.open(m_dir->filePath(QStringLiteral("catalog.sqlite")), &error), qPrintable(error));
        ImportService service(&other);
        QVERIFY(service.importSources({writeCurated(QStringLiteral("by-another"), "2026-12-02")}).succeeded());
    }
    QCOMPARE(schedule.servePage(QDate(2026, 12, 2), &error)->served.readingId, QStringLiteral("by-another"));
    // This connection.
    QCOMPARE(import(writeCurated(QStringLiteral("by-this"), "2026-12-03")), QStringLiteral("by-this"));
    QCOMPARE(schedule.servePage(QDate(2026, 12, 3), &error)->served.readingId, QStringLiteral("by-this"));
}

void TestServing::readerLanguages_fromTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("languages");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringList{QStringLiteral("en")};
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringList{QStringLiteral("de")};
    QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << QStringList{QStringLiteral("fr")};
    // LANG=C.UTF-8: no language named, English messages.
    QTest::newRow("C") << QLocale::c() << QStringList{QStringLiteral("en")};
}

void TestServing::readerLanguages_fromTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, languages);
    QCOMPARE(readerLanguages(locale), languages);
}

void TestServing::finished_keepsTheFirstDay_andStates()
{
    ServingStore store(*m_catalog);
    const QDateTime at(QDate(2026, 11, 24), QTime(21, 30), Qt::UTC);
    ReadingStates states(store, {});
    QCOMPARE(states.part(QStringLiteral("what-is-the-state"), 0, 0).kind, ReadingState::InProgress);

    FinishedReading finished{QStringLiteral("what-is-the-state"), 0, 0, QDate(2026, 11, 24), at};
    bool isNew = false;
    QString error;
    QVERIFY2(store.recordFinished(finished, &isNew, &error), qPrintable(error));
    QVERIFY(isNew);
    // Read to its end again a day later: the first day stays.
    finished.day = QDate(2026, 11, 25);
    QVERIFY2(store.recordFinished(finished, &isNew, &error), qPrintable(error));
    QVERIFY(!isNew);
    // A part of a series: its own row (run and part).
    const FinishedReading part{QStringLiteral("state-and-revolution"), 1, 3, QDate(2026, 11, 26), at.addDays(2)};
    QVERIFY2(store.recordFinished(part, &isNew, &error), qPrintable(error));
    QVERIFY(isNew);
    // Nothing to record: an error, nothing written.
    QVERIFY(!store.recordFinished(FinishedReading{}, &isNew, &error));
    QVERIFY(!error.isEmpty());

    const QVector<FinishedReading> rows = store.finished();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).targetId, QStringLiteral("state-and-revolution"));
    QCOMPARE(rows.at(0).part, 3);
    QCOMPARE(rows.at(1).day, QDate(2026, 11, 24));
    QCOMPARE(rows.at(1).finishedAt, at);
    QCOMPARE(store.daysRead(), (QSet<QDate>{QDate(2026, 11, 24), QDate(2026, 11, 26)}));

    states = ReadingStates(store, {});
    QCOMPARE(states.part(QStringLiteral("what-is-the-state"), 0, 0).kind, ReadingState::Finished);
    QCOMPARE(states.part(QStringLiteral("what-is-the-state"), 0, 0).finishedOn, QDate(2026, 11, 24));
    QCOMPARE(states.part(QStringLiteral("state-and-revolution"), 1, 3).finishedOn, QDate(2026, 11, 26));
    QCOMPARE(states.part(QStringLiteral("state-and-revolution"), 1, 2).kind, ReadingState::InProgress);
    QCOMPARE(states.part(QStringLiteral("state-and-revolution"), 2, 3).kind, ReadingState::InProgress);
}

void TestServing::streak_countsConsecutiveDaysRead()
{
    const QDate today(2026, 11, 24);
    QCOMPARE(ServingStore::streak({}, today), 0);
    QCOMPARE(ServingStore::streak({today}, today), 1);
    // Today's not read yet: the streak up to yesterday still stands.
    QCOMPARE(ServingStore::streak({today.addDays(-1), today.addDays(-2)}, today), 2);
    QCOMPARE(ServingStore::streak({today, today.addDays(-1), today.addDays(-2), today.addDays(-4)}, today), 3);
    // A day missed before yesterday: gone.
    QCOMPARE(ServingStore::streak({today.addDays(-2), today.addDays(-3)}, today), 0);
    // Across a month and a year's end.
    QSet<QDate> winter;
    for (QDate day(2026, 12, 20); day <= QDate(2027, 1, 3); day = day.addDays(1))
        winter.insert(day);
    QCOMPARE(ServingStore::streak(winter, QDate(2027, 1, 3)), 15);
    QCOMPARE(ServingStore::streak(winter, QDate(2027, 1, 4)), 15);
    QCOMPARE(ServingStore::streak(winter, QDate(2027, 1, 5)), 0);
}

QTEST_GUILESS_MAIN(TestServing)
#include "tst_serving.moc"
