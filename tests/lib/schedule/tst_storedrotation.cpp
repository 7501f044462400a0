// SPDX-License-Identifier: GPL-3.0-or-later
// The rotation stored in the catalog (schema v11, StoredRotation): a new day's pick from a few
// rows must be the pick over every entry, whatever happened since the units were stored — a
// reading imported, removed or imported again with other minutes, language or curated day, a
// round that turned, other reader's languages, skips, the queue, paused series, and a clock
// that jumps back or forward.
#include "catalog/catalog.h"
#include "schedule/clock.h"
#include "schedule/dailypick.h"
#include "schedule/dailyschedule.h"
#include "schedule/storedrotation.h"

#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;

namespace {

Reading makeReading(const QString &id, int minutes, const QString &language = QStringLiteral("en"),
                    const QDate &curatedDate = {})
{
    Reading reading;
    reading.id = id;
    reading.title = QStringLiteral("Reading %1").arg(id);
    reading.author = QStringLiteral("Test Author");
    reading.language = language;
    reading.editorMinutes = minutes;
    reading.curatedDate = curatedDate;
    Block paragraph;
    paragraph.text = QStringLiteral("A few words of text for %1.").arg(id);
    reading.body = {paragraph};
    return reading;
}

QDateTime morning(const QDate &day)
{
    return QDateTime(day, QTime(8, 0), Qt::UTC);
}

QString describe(const Pick &pick)
{
    return QStringLiteral("%1 %2%3").arg(int(pick.source)).arg(pick.id, pick.series ? QStringLiteral(" (series)") : QString());
}

} // namespace

class TestStoredRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void generation_movesWhenAReadingIsImportedRemovedOrChanged_notOnAnUnchangedImport();
    void importedReading_isPickedAfterTheUnitsWereStored();
    void removedReading_isNotPicked();
    void reimportedAsLong_isServedInParts();
    void curatedDayMovedByReimport_holdsTheReadingBackAgain();
    void roundTurns_storedOrderFollows_andPicksAgree();
    void otherLanguages_reorder_andPicksAgree();
    void clockJumpsBackAndForward_picksAgree();
    void aYearOfEvents_storedPickIsThePickOverEveryEntry();

private:
    void import(const QVector<Reading> &readings);
    bool remove(const QString &id);
    QVariant value(const QString &sql) const;
    //! The stored pick and the pick over every entry for @p day, compared; the stored pick returned.
    Pick checkedPick(DailySchedule &schedule, const QDate &day);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestStoredRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = test::openCatalogIn(*m_dir);
    QVERIFY(m_catalog);
}

void TestStoredRotation::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestStoredRotation::import(const QVector<Reading> &readings)
{
    QString error;
    QVERIFY2(m_catalog->importReadings(readings, false, &error), qPrintable(error));
}

bool TestStoredRotation::remove(const QString &id)
{
    // No API removes a reading yet; another tool (or a later version) may. A served reading
    // cannot go (the schedule refers to it).
    QSqlQuery query(QSqlDatabase::database(m_catalog->connectionName(), false));
    query.prepare(QStringLiteral("DELETE FROM readings WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

QVariant TestStoredRotation::value(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_catalog->connectionName(), false));
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

Pick TestStoredRotation::checkedPick(DailySchedule &schedule, const QDate &day)
{
    const Pick overEveryEntry = pickForDay(schedule.pickInput(day));
    const Pick stored = schedule.pick(day);
    if (stored.source != overEveryEntry.source || stored.id != overEveryEntry.id || stored.series != overEveryEntry.series) {
        QTest::qFail(qPrintable(QStringLiteral("%1: stored rotation picks %2, every entry picks %3")
                                    .arg(day.toString(Qt::ISODate), describe(stored), describe(overEveryEntry))),
                     __FILE__, __LINE__);
    }
    return stored;
}

void TestStoredRotation::generation_movesWhenAReadingIsImportedRemovedOrChanged_notOnAnUnchangedImport()
{
    import({makeReading(QStringLiteral("a"), 5), makeReading(QStringLiteral("b"), 7)});
    ManualClock clock(morning(QDate(2026, 3, 1)), QTimeZone::utc());
    DailySchedule schedule(*m_catalog, clock);
    StoredRotation rotation(*m_catalog);
    QVERIFY(!rotation.isCurrent()); // nothing stored yet
    QVERIFY(!schedule.pick(clock.today()).isNull());
    QVERIFY(rotation.isCurrent());
    const qint64 stored = rotation.generation();
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pick_units")).toInt(), 2);

    // The same readings again: nothing changed, the stored units stay good.
    import({makeReading(QStringLiteral("a"), 5), makeReading(QStringLiteral("b"), 7)});
    QVERIFY(rotation.isCurrent());
    // Only the text changed (the editor's minutes stay): the pick reads nothing of it.
    Reading corrected = makeReading(QStringLiteral("a"), 5);
    corrected.body[0].text = QStringLiteral("Other words.");
    import({corrected});
    QVERIFY(rotation.isCurrent());
    QCOMPARE(rotation.generation(), stored);

    import({makeReading(QStringLiteral("c"), 5)});
    QVERIFY(!rotation.isCurrent());
    QVERIFY(rotation.generation() > stored);

    (void)schedule.pick(clock.today());
    QVERIFY(rotation.isCurrent());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pick_units")).toInt(), 3);
    import({makeReading(QStringLiteral("c"), 9)}); // re-imported with other minutes
    QVERIFY(!rotation.isCurrent());

    (void)schedule.pick(clock.today());
    import({makeReading(QStringLiteral("c"), 9, QStringLiteral("de"))}); // another language
    QVERIFY(!rotation.isCurrent());

    (void)schedule.pick(clock.today());
    import({makeReading(QStringLiteral("c"), 9, QStringLiteral("de"), QDate(2026, 4, 1))}); // a curated day
    QVERIFY(!rotation.isCurrent());

    (void)schedule.pick(clock.today());
    QVERIFY(rotation.isCurrent());
    QVERIFY(remove(QStringLiteral("c")));
    QVERIFY(!rotation.isCurrent());
    (void)schedule.pick(clock.today());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pick_units")).toInt(), 2);

    // A work made of stored readings moves it too (their work columns change).
    QString error;
    std::unique_ptr<Catalog::ImportTransaction> transaction = m_catalog->beginImport(&error);
    QVERIFY2(transaction, qPrintable(error));
    QVERIFY2(transaction->storeWork(WorkInfo{QStringLiteral("w"), QStringLiteral("A Work"), QString(), QUrl()},
                                    {QStringLiteral("a"), QStringLiteral("b")}, &error),
             qPrintable(error));
    QVERIFY2(transaction->commit(&error), qPrintable(error));
    QVERIFY(!rotation.isCurrent());
    const Pick pick = checkedPick(schedule, clock.today());
    QCOMPARE(pick.id, QStringLiteral("w"));
    QVERIFY(pick.series);
}

void TestStoredRotation::importedReading_isPickedAfterTheUnitsWereStored()
{
    // An English reader, a German catalog: the first English reading imported is the next pick.
    import({makeReading(QStringLiteral("de-1"), 5, QStringLiteral("de")),
            makeReading(QStringLiteral("de-2"), 5, QStringLiteral("de"))});
    ManualClock clock(morning(QDate(2026, 3, 1)), QTimeZone::utc());
    DailySchedule schedule(*m_catalog, clock);
    schedule.setLanguages({QStringLiteral("en")});
    QString error;
    QVERIFY2(schedule.serveToday(&error), qPrintable(error));
    QVERIFY(m_catalog->servedOn(clock.today())->readingId.startsWith(QLatin1String("de-")));

    import({makeReading(QStringLiteral("en-1"), 5, QStringLiteral("en"))});
    const QDate tomorrow = clock.today().addDays(1);
    QCOMPARE(checkedPick(schedule, tomorrow).id, QStringLiteral("en-1"));
    clock.setNow(morning(tomorrow));
    QCOMPARE(schedule.serveToday(&error)->readingId, QStringLiteral("en-1"));
}

void TestStoredRotation::removedReading_isNotPicked()
{
    import({makeReading(QStringLiteral("a"), 5), makeReading(QStringLiteral("b"), 5), makeReading(QStringLiteral("c"), 5)});
    ManualClock clock(morning(QDate(2026, 3, 1)), QTimeZone::utc());
    DailySchedule schedule(*m_catalog, clock);
    const Pick first = checkedPick(schedule, clock.today());
    QVERIFY(remove(first.id));
    const Pick second = checkedPick(schedule, clock.today());
    QVERIFY(!second.isNull());
    QVERIFY(second.id != first.id);
    // Every reading removed: nothing to serve, and the stored rotation says so too.
    for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        if (id != first.id)
            QVERIFY(remove(id));
    }
    QVERIFY(checkedPick(schedule, clock.today()).isNull());
}

void TestStoredRotation::reimportedAsLong_isServedInParts()
{
    import({makeReading(QStringLiteral("only"), 5)});
    ManualClock clock(morning(QDate(2026, 3, 1)), QTimeZone::utc());
    DailySchedule schedule(*m_catalog, clock);
    QVERIFY(!checkedPick(schedule, clock.today()).series);
    import({makeReading(QStringLiteral("only"), 40)});
    const Pick pick = checkedPick(schedule, clock.today());
    QCOMPARE(pick.id, QStringLiteral("only"));
    QVERIFY(pick.series);
    import({makeReading(QStringLiteral("only"), 12)});
    QVERIFY(!checkedPick(schedule, clock.today()).series);
}

void TestStoredRotation::curatedDayMovedByReimport_holdsTheReadingBackAgain()
{
    const QDate today(2026, 3, 1);
    import({makeReading(QStringLiteral("plain"), 5), makeReading(QStringLiteral("may-day"), 5, QStringLiteral("en"), QDate(2026, 5, 1))});
    ManualClock clock(morning(today), QTimeZone::utc());
    DailySchedule schedule(*m_catalog, clock);
    // Held back for May Day: only "plain" rotates now; on May Day it is curated; after, it rotates.
    QCOMPARE(checkedPick(schedule, today).id, QStringLiteral("plain"));
    QCOMPARE(checkedPick(schedule, QDate(2026, 5, 1)).source, Pick::Source::Curated);
    (void)checkedPick(schedule, QDate(2026, 5, 2));
    // Curated for a day already past: in the rotation today.
    import({makeReading(QStringLiteral("may-day"), 5, QStringLiteral("en"), QDate(2026, 2, 1))});
    QString error;
    QVERIFY2(schedule.serve(today, &error), qPrintable(error));
    const Pick next = checkedPick(schedule, today.addDays(1));
    QCOMPARE(next.source, Pick::Source::Rotation);
    QVERIFY(next.id != m_catalog->servedOn(today)->readingId);
    // Moved to a day ahead again: held back again.
    import({makeReading(QStringLiteral("may-day"), 5, QStringLiteral("en"), QDate(2026, 6, 1))});
    const Pick held = checkedPick(schedule, today.addDays(1));
    QVERIFY(held.id != QLatin1String("may-day"));
}

void TestStoredRotation::roundTurns_storedOrderFollows_andPicksAgree()
{
    import({makeReading(QStringLiteral("a"), 5), makeReading(QStringLiteral("b"), 5), makeReading(QStringLiteral("c"), 5)});
    ManualClock clock(morning(QDate(2026, 3, 1)), QTimeZone::utc());
    DailySchedule schedule(*m_catalog, clock);
    QSet<QString> round;
    for (int day = 0; day < 10; ++day) {
        const QDate date = QDate(2026, 3, 1).addDays(day);
        (void)checkedPick(schedule, date);
        QString error;
        const std::optional<ServedDay> served = schedule.serve(date, &error);
        QVERIFY2(served, qPrintable(error));
        round.insert(served->readingId);
        if (day % 3 == 2) {
            QCOMPARE(round.size(), 3); // each once a round
            round.clear();
        }
        // The stored order is the next pick's round: the days served so far, in threes.
        (void)schedule.pick(date.addDays(1));
        QCOMPARE(value(QStringLiteral("SELECT round FROM pick_state")).toInt(), (day + 1) / 3);
    }
    // The clock jumps back before the first day served: no day counts, the first round again.
    QCOMPARE(value(QStringLiteral("SELECT round FROM pick_state")).toInt(), 3);
    (void)checkedPick(schedule, QDate(2026, 2, 1));
    (void)schedule.pick(QDate(2026, 2, 1));
    QCOMPARE(value(QStringLiteral("SELECT round FROM pick_state")).toInt(), 0);
    // And forward again, past the days served: the round they make.
    (void)checkedPick(schedule, QDate(2026, 6, 1));
    (void)schedule.pick(QDate(2026, 6, 1));
    QCOMPARE(value(QStringLiteral("SELECT round FROM pick_state")).toInt(), 3);
}

void TestStoredRotation::otherLanguages_reorder_andPicksAgree()
{
    QVector<Reading> readings;
    for (int i = 0; i < 6; ++i) {
        readings.append(makeReading(QStringLiteral("en-%1").arg(i), 5, QStringLiteral("en")));
        readings.append(makeReading(QStringLiteral("fr-%1").arg(i), 5, QStringLiteral("fr-CA")));
    }
    import(readings);
    ManualClock clock(morning(QDate(2026, 3, 1)), QTimeZone::utc());
    DailySchedule schedule(*m_catalog, clock);
    schedule.setLanguages({QStringLiteral("en")});
    QVERIFY(checkedPick(schedule, clock.today()).id.startsWith(QLatin1String("en-")));
    schedule.setLanguages({QStringLiteral("fr"), QStringLiteral("en")});
    QVERIFY(checkedPick(schedule, clock.today()).id.startsWith(QLatin1String("fr-")));
    (void)schedule.pick(clock.today()); // ordered for French first by the pick before
    QCOMPARE(value(QStringLiteral("SELECT languages FROM pick_state")).toString(), QStringLiteral("fr,en"));
}

void TestStoredRotation::clockJumpsBackAndForward_picksAgree()
{
    QVector<Reading> readings;
    for (int i = 0; i < 8; ++i)
        readings.append(makeReading(QStringLiteral("r%1").arg(i), 5 + i));
    readings.append(makeReading(QStringLiteral("curated"), 5, QStringLiteral("en"), QDate(2026, 3, 20)));
    import(readings);
    ManualClock clock(morning(QDate(2026, 3, 10)), QTimeZone::utc());
    DailySchedule schedule(*m_catalog, clock);
    QString error;
    const auto serveOn = [&](const QDate &day) {
        clock.setNow(morning(day));
        (void)checkedPick(schedule, day);
        QVERIFY2(schedule.serveToday(&error), qPrintable(error));
    };
    for (int day = 10; day < 14; ++day)
        serveOn(QDate(2026, 3, day));
    // Back a week (days never served, before the history), forward past the curated day and far
    // into the next year, back again into the gap.
    for (const QDate &day : {QDate(2026, 3, 3), QDate(2026, 3, 2), QDate(2026, 3, 21), QDate(2027, 1, 15),
                             QDate(2026, 3, 16), QDate(2026, 3, 20), QDate(2026, 3, 15)}) {
        serveOn(day);
        for (int offset = -3; offset <= 3; ++offset) {
            const QDate around = day.addDays(offset);
            if (!m_catalog->servedOn(around))
                (void)checkedPick(schedule, around);
        }
    }
    QCOMPARE(m_catalog->servedOn(QDate(2026, 3, 20))->readingId, QStringLiteral("curated"));
}

void TestStoredRotation::aYearOfEvents_storedPickIsThePickOverEveryEntry()
{
    // A fixed seed: the same events on every run, varied enough to reach every rule.
    QRandomGenerator random(20261207);
    const QStringList languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ru")};
    int next = 0;
    const auto newReading = [&]() {
        const int n = next++;
        const int kind = random.bounded(10);
        const int minutes = kind == 0 ? 0 : kind == 1 ? 20 + random.bounded(30) : 1 + random.bounded(15);
        const QDate curated = random.bounded(8) == 0 ? QDate(2026, 1, 1).addDays(random.bounded(400)) : QDate();
        return makeReading(QStringLiteral("r%1").arg(n, 3, 10, QLatin1Char('0')), minutes,
                           languages.at(random.bounded(int(languages.size()))), curated);
    };
    QVector<Reading> readings;
    for (int i = 0; i < 40; ++i)
        readings.append(newReading());
    import(readings);

    QDate today(2026, 1, 1);
    ManualClock clock(morning(today), QTimeZone::utc());
    DailySchedule schedule(*m_catalog, clock);
    schedule.setLanguages({QStringLiteral("en"), QStringLiteral("de")});
    QString error;
    int served = 0;
    for (int step = 0; step < 365; ++step) {
        const int event = random.bounded(40);
        if (event == 0) {
            import({newReading()});
        } else if (event == 1) {
            (void)remove(QStringLiteral("r%1").arg(random.bounded(next), 3, 10, QLatin1Char('0')));
        } else if (event == 2) {
            Reading again = newReading();
            again.id = QStringLiteral("r%1").arg(random.bounded(next), 3, 10, QLatin1Char('0'));
            --next;
            import({again});
        } else if (event == 3 || event == 4) {
            // A work of two to four readings on their own so far.
            QStringList parts;
            const int count = 2 + random.bounded(3);
            QVector<Reading> chapters;
            for (int i = 0; i < count; ++i) {
                chapters.append(newReading());
                parts.append(chapters.constLast().id);
            }
            std::unique_ptr<Catalog::ImportTransaction> transaction = m_catalog->beginImport(&error);
            QVERIFY2(transaction, qPrintable(error));
            for (const Reading &chapter : std::as_const(chapters))
                QVERIFY2(transaction->storeReading(chapter, QString(), nullptr, &error), qPrintable(error));
            QVERIFY2(transaction->storeWork(WorkInfo{QStringLiteral("w%1").arg(step), QStringLiteral("Work"), QString(), QUrl()},
                                            parts, &error),
                     qPrintable(error));
            QVERIFY2(transaction->commit(&error), qPrintable(error));
        } else if (event == 5) {
            QVERIFY2(schedule.queue(QStringLiteral("r%1").arg(random.bounded(next), 3, 10, QLatin1Char('0')), &error)
                         || error.contains(QLatin1String("no reading")),
                     qPrintable(error));
        } else if (event == 6 && m_catalog->servedOn(today)) {
            const std::optional<DayPage> page = schedule.page(today, &error);
            if (page && !page->served.seriesId.isEmpty())
                QVERIFY(schedule.pauseSeries(page->served.seriesId, &error));
        } else if (event == 7) {
            clock.setNow(morning(today.addDays(-1 - random.bounded(40)))); // back
        } else if (event == 8) {
            clock.setNow(morning(today.addDays(2 + random.bounded(60)))); // forward
        } else if (event == 9) {
            schedule.setLanguages(random.bounded(2) ? QStringList{QStringLiteral("fr")}
                                                    : QStringList{QStringLiteral("en"), QStringLiteral("de")});
        }
        today = clock.today();
        if (!m_catalog->servedOn(today)) {
            (void)checkedPick(schedule, today);
            if (schedule.serveToday(&error))
                ++served;
            if (random.bounded(6) == 0 && m_catalog->servedOn(today)) {
                (void)schedule.skipToday(&error);
                (void)checkedPick(schedule, today); // what the skip passed over is excluded
            }
        }
        (void)checkedPick(schedule, today.addDays(1));
        clock.setNow(morning(today.addDays(1)));
        today = clock.today();
    }
    QVERIFY2(served > 200, qPrintable(QString::number(served)));
}

QTEST_GUILESS_MAIN(TestStoredRotation)
#include "tst_storedrotation.moc"
