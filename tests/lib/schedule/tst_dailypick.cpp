// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/clock.h"
#include "schedule/dailypick.h"

#include "testsupport.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace redletter;

namespace {

CatalogEntry entry(const QString &id, int minutes = 10, const QDate &curatedDate = {})
{
    CatalogEntry result;
    result.id = id;
    result.title = id;
    result.minutes = minutes;
    result.curatedDate = curatedDate;
    return result;
}

//! n readings "r1".."rn" of 10 minutes.
QVector<CatalogEntry> readings(int count)
{
    QVector<CatalogEntry> result;
    for (int i = 1; i <= count; ++i)
        result.append(entry(QStringLiteral("r%1").arg(i)));
    return result;
}

QSet<QString> idsOf(const QVector<CatalogEntry> &catalog)
{
    QSet<QString> ids;
    for (const CatalogEntry &e : catalog)
        ids.insert(e.id);
    return ids;
}

//! A day's page in the history: @p id served whole, or (@p series) a part of the series @p id.
ServedPage servedPage(const QDate &day, const QString &id, bool series = false)
{
    ServedPage page;
    page.day = day;
    page.readingId = id;
    page.seriesId = series ? id : QString();
    return page;
}

/*!
 * The day's pick by the rules DailySchedule serves with: a day in @p history keeps what it
 * served; otherwise pickForDay() over the catalog and the history (no queue, series progress or
 * languages: the rotation and the curated days).
 */
Pick pickFor(const QDate &day, const QVector<CatalogEntry> &catalog, const QVector<ServedPage> &history)
{
    for (const ServedPage &page : history) {
        if (page.day == day)
            return Pick{Pick::Source::Rotation, page.target(), !page.seriesId.isEmpty()};
    }
    PickInput input;
    input.day = day;
    input.catalog = catalog;
    input.history = history;
    return pickForDay(input);
}

//! The id pickFor() gives; empty when nothing can be served.
QString pick(const QDate &day, const QVector<CatalogEntry> &catalog, const QVector<ServedPage> &history)
{
    return pickFor(day, catalog, history).id;
}

/*!
 * What DailySchedule does, without the database: the day's pick, recorded once. Returns the
 * reading or series; an already recorded day keeps its page and is not recorded again.
 */
QString serve(const QDate &day, const QVector<CatalogEntry> &catalog, QVector<ServedPage> *history)
{
    const Pick picked = pickFor(day, catalog, *history);
    const bool recorded = std::any_of(history->cbegin(), history->cend(),
                                      [&](const ServedPage &page) { return page.day == day; });
    if (!picked.isNull() && !recorded)
        history->append(servedPage(day, picked.id, picked.series));
    return picked.id;
}

//! Serves @p count consecutive days from @p first; returns the readings in order.
QStringList serveDays(const QDate &first, int count, const QVector<CatalogEntry> &catalog,
                      QVector<ServedPage> *history)
{
    QStringList served;
    for (int i = 0; i < count; ++i)
        served.append(serve(first.addDays(i), catalog, history));
    return served;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

const QDate Start(2026, 1, 5);

} // namespace

class TestDailyPick : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rotation_eachReadingOncePerRound_data();
    void rotation_eachReadingOncePerRound();
    void rotation_neverTheSameReadingTwoDaysRunning_data();
    void rotation_neverTheSameReadingTwoDaysRunning();
    void rotation_orderIsShuffledDifferentlyEachRound();
    void rotation_singleReadingIsServedEveryDay();
    void curatedDate_winsOverTheRotation();
    void curatedDate_twoForTheSameDay_smallestIdWins();
    void curatedDate_futureReadingIsNotServedEarly();
    void curatedDate_passedUnservedJoinsTheRotation();
    void curatedDate_tooLongIsNotServedOnItsDay();
    void minutes_oneToFifteenWhole_longerInParts_data();
    void minutes_oneToFifteenWhole_longerInParts();
    void longReadings_comeRoundAsSeries_notWhole();
    void emptyCatalog_servesNothing();
    void history_recordedDayKeepsItsReading_evenWhenRemovedFromCatalog();
    void history_pastDaysUnchangedAfterCatalogChanges();
    void history_onlyDaysBeforeCount();
    void catalogChange_readingAddedMidRoundIsServedBeforeRoundEnds();
    void catalogChange_readingRemovedMidRoundDoesNotStallTheRound();
    void determinism_sameInputsSameOutput_whateverTheOrder();
    void dst_servedDatesAreConsecutive_data();
    void dst_servedDatesAreConsecutive();
    void dst_twentyFourHourStepsAcrossFallBack_serveTheRepeatedDateOnce();
};

void TestDailyPick::rotation_eachReadingOncePerRound_data()
{
    QTest::addColumn<int>("readingCount");
    QTest::addColumn<int>("days");
    QTest::newRow("7 readings, 30 days") << 7 << 30;
    QTest::newRow("3 readings, 20 days") << 3 << 20;
    QTest::newRow("12 readings, 50 days") << 12 << 50;
}

void TestDailyPick::rotation_eachReadingOncePerRound()
{
    QFETCH(int, readingCount);
    QFETCH(int, days);
    const QVector<CatalogEntry> catalog = readings(readingCount);
    QVector<ServedPage> history;
    const QStringList served = serveDays(Start, days, catalog, &history);

    QCOMPARE(history.size(), days);
    for (int roundStart = 0; roundStart < days; roundStart += readingCount) {
        const QStringList round = served.mid(roundStart, readingCount);
        // A full round is every reading once; the unfinished last round has no repeats.
        QCOMPARE(toSet(round).size(), round.size());
        if (round.size() == readingCount)
            QCOMPARE(toSet(round), idsOf(catalog));
    }
}

void TestDailyPick::rotation_neverTheSameReadingTwoDaysRunning_data()
{
    QTest::addColumn<int>("readingCount");
    for (int count = 2; count <= 8; ++count)
        QTest::addRow("%d readings", count) << count;
}

void TestDailyPick::rotation_neverTheSameReadingTwoDaysRunning()
{
    QFETCH(int, readingCount);
    QVector<ServedPage> history;
    const QStringList served = serveDays(Start, 60, readings(readingCount), &history);
    for (int i = 1; i < served.size(); ++i)
        QVERIFY2(served.at(i) != served.at(i - 1),
                 qPrintable(QStringLiteral("day %1 repeats %2").arg(i).arg(served.at(i))));
}

void TestDailyPick::rotation_orderIsShuffledDifferentlyEachRound()
{
    QVector<ServedPage> history;
    const QStringList served = serveDays(Start, 28, readings(7), &history);
    const QStringList first = served.mid(0, 7);
    // The shuffle is keyed by the round: not every round can come out in the first round's order.
    bool someRoundDiffers = false;
    for (int round = 1; round < 4; ++round)
        someRoundDiffers = someRoundDiffers || served.mid(round * 7, 7) != first;
    QVERIFY2(someRoundDiffers, qPrintable(first.join(QLatin1Char(' '))));
    // And the shuffle is not just catalog order.
    QVERIFY(first != (QStringList{QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"),
                                  QStringLiteral("r4"), QStringLiteral("r5"), QStringLiteral("r6"),
                                  QStringLiteral("r7")}));
}

void TestDailyPick::rotation_singleReadingIsServedEveryDay()
{
    QVector<ServedPage> history;
    const QStringList served = serveDays(Start, 3, readings(1), &history);
    QCOMPARE(served, (QStringList{QStringLiteral("r1"), QStringLiteral("r1"), QStringLiteral("r1")}));
}

void TestDailyPick::curatedDate_winsOverTheRotation()
{
    QVector<CatalogEntry> catalog = readings(5);
    const QDate curatedDay = Start.addDays(2);
    catalog.append(entry(QStringLiteral("curated"), 12, curatedDay));

    QVector<ServedPage> history;
    const QStringList served = serveDays(Start, 6, catalog, &history);
    QCOMPARE(served.at(2), QStringLiteral("curated"));
    QCOMPARE(served.count(QStringLiteral("curated")), 1);
    // The curated day does not use up a rotation slot: the five others still come in days 0-5.
    QCOMPARE(toSet(served), idsOf(catalog));
}

void TestDailyPick::curatedDate_twoForTheSameDay_smallestIdWins()
{
    const QDate day = Start.addDays(1);
    QVector<CatalogEntry> catalog{entry(QStringLiteral("zeta"), 10, day), readings(3).at(0),
                                  entry(QStringLiteral("alpha"), 10, day),
                                  entry(QStringLiteral("mu"), 10, day)};
    QCOMPARE(pick(day, catalog, {}), QStringLiteral("alpha"));
    std::reverse(catalog.begin(), catalog.end());
    QCOMPARE(pick(day, catalog, {}), QStringLiteral("alpha"));
}

void TestDailyPick::curatedDate_futureReadingIsNotServedEarly()
{
    QVector<CatalogEntry> catalog = readings(3);
    const QDate curatedDay = Start.addDays(20);
    catalog.append(entry(QStringLiteral("anniversary"), 10, curatedDay));

    QVector<ServedPage> history;
    const QStringList before = serveDays(Start, 20, catalog, &history);
    QVERIFY2(!before.contains(QStringLiteral("anniversary")), qPrintable(before.join(QLatin1Char(' '))));
    // The three others keep rotating meanwhile.
    QCOMPARE(toSet(before), idsOf(readings(3)));
    QCOMPARE(serve(curatedDay, catalog, &history), QStringLiteral("anniversary"));
}

void TestDailyPick::curatedDate_passedUnservedJoinsTheRotation()
{
    QVector<CatalogEntry> catalog = readings(3);
    // Imported after its day had passed: it was never served on it.
    catalog.append(entry(QStringLiteral("missed"), 10, Start.addDays(-10)));
    QVector<ServedPage> history;
    const QStringList served = serveDays(Start, 4, catalog, &history);
    QCOMPARE(toSet(served), idsOf(catalog));
}

void TestDailyPick::curatedDate_tooLongIsNotServedOnItsDay()
{
    // Curated for the day but longer than a day's reading: the day is not given to it whole (it
    // may come in the rotation, as a series in parts, like any long reading).
    QVector<CatalogEntry> catalog = readings(3);
    catalog.append(entry(QStringLiteral("too-long"), MaximumDailyMinutes + 1, Start));
    const Pick picked = pickFor(Start, catalog, {});
    QVERIFY(!picked.isNull());
    QVERIFY(picked.source != Pick::Source::Curated);
    QCOMPARE(picked.series, picked.id == QLatin1String("too-long"));
}

void TestDailyPick::minutes_oneToFifteenWhole_longerInParts_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("served");
    QTest::addColumn<bool>("inParts");
    QTest::newRow("0: not estimated") << 0 << false << false;
    QTest::newRow("1 minute") << 1 << true << false;
    QTest::newRow("14 minutes") << 14 << true << false;
    QTest::newRow("exactly 15 minutes") << 15 << true << false;
    QTest::newRow("16 minutes") << 16 << true << true;
    QTest::newRow("a 90-minute chapter") << 90 << true << true;
    QTest::newRow("negative") << -5 << false << false;
}

void TestDailyPick::minutes_oneToFifteenWhole_longerInParts()
{
    // CatalogEntry::minutes is the editor's figure when there is one: an editor who says a long
    // text reads in 14 minutes gets it served whole, one who says 20 gets it in parts.
    QFETCH(int, minutes);
    QFETCH(bool, served);
    QFETCH(bool, inParts);
    const QVector<CatalogEntry> alone{entry(QStringLiteral("only"), minutes)};
    const Pick rotation = pickFor(Start, alone, {});
    QCOMPARE(rotation.isNull(), !served);
    QCOMPARE(rotation.series, inParts);
    // Curated for the day: only a reading that fits the day is the day's choice.
    const QVector<CatalogEntry> curated{entry(QStringLiteral("only"), minutes, Start)};
    const Pick onItsDay = pickFor(Start, curated, {});
    QCOMPARE(onItsDay.source == Pick::Source::Curated, served && !inParts);
}

void TestDailyPick::longReadings_comeRoundAsSeries_notWhole()
{
    QVector<CatalogEntry> catalog = readings(4);
    catalog.append(entry(QStringLiteral("long-a"), 16));
    catalog.append(entry(QStringLiteral("long-b"), 45));
    catalog.append(entry(QStringLiteral("unestimated"), 0));
    QVector<ServedPage> history;
    const QStringList served = serveDays(Start, 40, catalog, &history);
    QSet<QString> expected = idsOf(readings(4));
    expected << QStringLiteral("long-a") << QStringLiteral("long-b");
    QCOMPARE(toSet(served), expected);
    // Each long one as a series (its parts), never whole; the unestimated one never.
    for (const ServedPage &page : std::as_const(history))
        QCOMPARE(!page.seriesId.isEmpty(), page.readingId.startsWith(QLatin1String("long-")));
}

void TestDailyPick::emptyCatalog_servesNothing()
{
    QCOMPARE(pick(Start, {}, {}), QString());
    // Only readings not estimated: nothing. Only a long one: it, in parts.
    const QVector<CatalogEntry> unestimated{entry(QStringLiteral("draft"), 0)};
    QCOMPARE(pick(Start, unestimated, {}), QString());
    const QVector<CatalogEntry> onlyLong{entry(QStringLiteral("capital"), 900)};
    QVERIFY(pickFor(Start, onlyLong, {}).series);
    // Nothing new, but a served day is still remembered.
    const QVector<ServedPage> history{servedPage(Start, QStringLiteral("gone"))};
    QCOMPARE(pick(Start, {}, history), QStringLiteral("gone"));
    QCOMPARE(pick(Start.addDays(1), {}, history), QString());
}

void TestDailyPick::history_recordedDayKeepsItsReading_evenWhenRemovedFromCatalog()
{
    const QVector<ServedPage> history{servedPage(Start, QStringLiteral("removed"))};
    QVector<CatalogEntry> catalog = readings(3);
    catalog.append(entry(QStringLiteral("curated"), 10, Start));
    QCOMPARE(pick(Start, catalog, history), QStringLiteral("removed"));
}

void TestDailyPick::history_pastDaysUnchangedAfterCatalogChanges()
{
    QVector<CatalogEntry> catalog = readings(5);
    QVector<ServedPage> history;
    const QStringList served = serveDays(Start, 12, catalog, &history);

    catalog.removeFirst();
    catalog.append(entry(QStringLiteral("new-a")));
    catalog.append(entry(QStringLiteral("new-b"), 10, Start.addDays(3))); // curated for a past day
    for (int i = 0; i < served.size(); ++i)
        QCOMPARE(pick(Start.addDays(i), catalog, history), served.at(i));
}

void TestDailyPick::history_onlyDaysBeforeCount()
{
    // A day in the past that was never served (the app was not run) is picked from the history
    // before it: what was served later does not reach back.
    const QVector<CatalogEntry> catalog = readings(4);
    QVector<ServedPage> history;
    serveDays(Start, 2, catalog, &history);
    const QDate gap = Start.addDays(2);
    const QString beforeLaterDays = pick(gap, catalog, history);
    serveDays(Start.addDays(3), 5, catalog, &history);
    QCOMPARE(pick(gap, catalog, history), beforeLaterDays);
}

void TestDailyPick::catalogChange_readingAddedMidRoundIsServedBeforeRoundEnds()
{
    QVector<CatalogEntry> catalog = readings(5);
    QVector<ServedPage> history;
    const QStringList firstDays = serveDays(Start, 2, catalog, &history);

    catalog.append(entry(QStringLiteral("newcomer")));
    // The round under way now has four readings left: the three not yet served and the newcomer.
    const QStringList restOfRound = serveDays(Start.addDays(2), 4, catalog, &history);
    QVERIFY2(restOfRound.contains(QStringLiteral("newcomer")),
             qPrintable(restOfRound.join(QLatin1Char(' '))));
    QCOMPARE(toSet(firstDays + restOfRound), idsOf(catalog));
    QCOMPARE((firstDays + restOfRound).size(), 6);
}

void TestDailyPick::catalogChange_readingRemovedMidRoundDoesNotStallTheRound()
{
    QVector<CatalogEntry> catalog = readings(5);
    QVector<ServedPage> history;
    const QStringList firstDays = serveDays(Start, 2, catalog, &history);

    // Remove one that has not been served yet: the round ends after the remaining two.
    const auto unserved = std::find_if(catalog.begin(), catalog.end(),
                                       [&](const CatalogEntry &e) { return !firstDays.contains(e.id); });
    const QString removed = unserved->id;
    catalog.erase(unserved);
    const QStringList rest = serveDays(Start.addDays(2), 2, catalog, &history);
    QCOMPARE(toSet(firstDays + rest), idsOf(catalog));
    QVERIFY(!rest.contains(removed));
    // The next day starts a new round with one of the four.
    const QString next = serve(Start.addDays(4), catalog, &history);
    QVERIFY(idsOf(catalog).contains(next));
    QVERIFY(next != rest.last());
}

void TestDailyPick::determinism_sameInputsSameOutput_whateverTheOrder()
{
    QVector<CatalogEntry> catalog = readings(9);
    QVector<ServedPage> history;
    serveDays(Start, 13, catalog, &history);
    const QDate day = Start.addDays(13);
    const QString expected = pick(day, catalog, history);
    QVERIFY(!expected.isEmpty());

    for (int i = 0; i < 5; ++i)
        QCOMPARE(pick(day, catalog, history), expected);
    std::reverse(catalog.begin(), catalog.end());
    std::reverse(history.begin(), history.end());
    QCOMPARE(pick(day, catalog, history), expected);
    std::rotate(catalog.begin(), catalog.begin() + 4, catalog.end());
    std::rotate(history.begin(), history.begin() + 5, history.end());
    QCOMPARE(pick(day, catalog, history), expected);
}

void TestDailyPick::dst_servedDatesAreConsecutive_data()
{
    QTest::addColumn<QString>("firstInstant");
    QTest::addColumn<qint64>("stepSeconds");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QDate>("lastDay");

    // Europe/Berlin changes clocks on 2026-03-29 and 2026-10-25.
    QTest::newRow("spring, checked every hour")
        << QStringLiteral("2026-03-25T00:30:00+01:00") << qint64(3600) << 9 * 24 << QDate(2026, 3, 25)
        << QDate(2026, 4, 3); // 215 hours later the wall clock, an hour ahead, shows 00:30 again
    QTest::newRow("autumn, checked every hour")
        << QStringLiteral("2026-10-21T00:30:00+02:00") << qint64(3600) << 9 * 24 << QDate(2026, 10, 21)
        << QDate(2026, 10, 29);
    QTest::newRow("autumn, checked every 25 minutes")
        << QStringLiteral("2026-10-23T23:55:00+02:00") << qint64(25 * 60) << 4 * 24 * 60 / 25
        << QDate(2026, 10, 23) << QDate(2026, 10, 27);
    QTest::newRow("spring, checked every 24 hours from 00:30 (lands on 01:30 after)")
        << QStringLiteral("2026-03-26T00:30:00+01:00") << qint64(24 * 3600) << 7 << QDate(2026, 3, 26)
        << QDate(2026, 4, 1);
}

void TestDailyPick::dst_servedDatesAreConsecutive()
{
    QFETCH(QString, firstInstant);
    QFETCH(qint64, stepSeconds);
    QFETCH(int, steps);
    QFETCH(QDate, firstDay);
    QFETCH(QDate, lastDay);

    ManualClock clock(QDateTime::fromString(firstInstant, Qt::ISODate), QTimeZone("Europe/Berlin"));
    const QVector<CatalogEntry> catalog = readings(4);
    QVector<ServedPage> history;
    for (int i = 0; i < steps; ++i) {
        serve(clock.today(), catalog, &history);
        clock.advance(stepSeconds);
    }

    QCOMPARE(history.constFirst().day, firstDay);
    QCOMPARE(history.constLast().day, lastDay);
    QCOMPARE(history.size(), int(firstDay.daysTo(lastDay)) + 1);
    for (int i = 1; i < history.size(); ++i) {
        QCOMPARE(history.at(i).day, history.at(i - 1).day.addDays(1));
        QVERIFY(history.at(i).readingId != history.at(i - 1).readingId);
    }
}

void TestDailyPick::dst_twentyFourHourStepsAcrossFallBack_serveTheRepeatedDateOnce()
{
    // 24 hours after 00:30 on the 25-hour day is 23:30 the same day: the date is seen twice in a
    // row and must get the same reading, recorded once; then the dates go on without a gap.
    const QTimeZone berlin("Europe/Berlin");
    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-10-23T00:30:00+02:00"), Qt::ISODate),
                      berlin);
    const QVector<CatalogEntry> catalog = readings(5);
    QVector<ServedPage> history;
    QVector<QDate> seen;
    QStringList servedAtEachStep;
    for (int i = 0; i < 6; ++i) {
        seen.append(clock.today());
        servedAtEachStep.append(serve(clock.today(), catalog, &history));
        clock.advance(24 * 3600);
    }

    QCOMPARE(seen, (QVector<QDate>{QDate(2026, 10, 23), QDate(2026, 10, 24), QDate(2026, 10, 25),
                                   QDate(2026, 10, 25), QDate(2026, 10, 26), QDate(2026, 10, 27)}));
    QCOMPARE(servedAtEachStep.at(3), servedAtEachStep.at(2));
    QCOMPARE(history.size(), 5);
    for (int i = 0; i < history.size(); ++i)
        QCOMPARE(history.at(i).day, QDate(2026, 10, 23).addDays(i));
    QSet<QString> distinct;
    for (const ServedPage &page : std::as_const(history))
        distinct.insert(page.readingId);
    QCOMPARE(distinct.size(), 5); // one round of five, nothing repeated or lost on the long day
}

QTEST_GUILESS_MAIN(TestDailyPick)
#include "tst_dailypick.moc"
