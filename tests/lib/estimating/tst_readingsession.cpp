// SPDX-License-Identifier: GPL-3.0-or-later
// The reading session tracker: a sitting replayed on a manual clock, event by event as the reader
// view sends them, and what it measures. Each row is a script of what the reader did.
#include "estimating/readingsession.h"
#include "schedule/clock.h"

#include <QTest>

using namespace redletter;

namespace {

//! A text of @p words words, each "word " (5 characters): word i starts at offset 5 i.
QString textOfWords(int words)
{
    return QStringLiteral("word ").repeated(words);
}

int offsetOfWord(int word)
{
    return word * 5;
}

/*!
 * Replays @p script on @p tracker, steps separated by spaces:
 *   scroll S W   S seconds in which W more words pass the reading line, an event every 10 s
 *   smooth S W   the same, but each 10 s step as ten events 50 ms apart (smooth scrolling)
 *   idle S       S seconds without an event
 *   hide S       the window hidden (minimized, another window active) for S seconds, during
 *                which the text moves 1000 words on (a search, a jump), then shown again
 *   jump W       W words at once, 1 s later (back when negative)
 *   clockback S  the clock set back S seconds
 */
void replay(ReadingSessionTracker &tracker, ManualClock &clock, int startWord, const QString &script)
{
    int word = startWord;
    const QStringList steps = script.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < steps.size(); ++i) {
        const QString step = steps[i];
        const int a = steps.value(i + 1).toInt();
        if (step == QLatin1String("scroll") || step == QLatin1String("smooth")) {
            const int words = steps.value(i + 2).toInt();
            const int slices = a / 10;
            for (int s = 1; s <= slices; ++s) {
                const int target = startWord + words * s / slices;
                if (step == QLatin1String("scroll")) {
                    clock.advance(10);
                    tracker.moveTo(offsetOfWord(target));
                } else {
                    clock.setNow(clock.now().addMSecs(9550));
                    for (int k = 1; k <= 10; ++k) {
                        clock.setNow(clock.now().addMSecs(k == 1 ? 0 : 50));
                        tracker.moveTo(offsetOfWord(word + (target - word) * k / 10));
                    }
                }
                word = target;
            }
            startWord = word;
            i += 2;
            continue;
        }
        if (step == QLatin1String("idle")) {
            clock.advance(a);
        } else if (step == QLatin1String("hide")) {
            tracker.setReadable(false);
            clock.advance(a);
            word += 1000;
            tracker.moveTo(offsetOfWord(word));
            tracker.setReadable(true);
        } else if (step == QLatin1String("jump")) {
            clock.advance(1);
            word += a;
            tracker.moveTo(offsetOfWord(word));
        } else if (step == QLatin1String("clockback")) {
            clock.advance(-a);
        } else {
            qFatal("unknown step %s", qPrintable(step));
        }
        startWord = word;
        ++i;
    }
}

} // namespace

class TestReadingSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void measured_data();
    void measured();
    void wordsBefore_countsTheWordsTheEstimatorCounts();
    void finish_endsTheSitting();
    void smoothScrolling_keepsFewPoints();
};

void TestReadingSession::measured_data()
{
    QTest::addColumn<int>("startWord");
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("words");
    QTest::addColumn<double>("seconds");

    QTest::newRow("opened, not read") << 0 << QString() << 0 << 0.0;
    QTest::newRow("steady 250 wpm for 5 min") << 0 << "scroll 300 1250" << 1250 << 300.0;
    QTest::newRow("smooth scrolling at 250 wpm") << 0 << "smooth 300 1250" << 1250 << 300.0;
    QTest::newRow("resumed in the middle of the text") << 2000 << "scroll 300 1250" << 1250 << 300.0;
    // The step after 3 idle minutes spans 190 s: longer than 2 min, so it and its 41 words drop.
    QTest::newRow("away 3 min") << 0 << "scroll 120 500 idle 180 scroll 120 500" << 959 << 230.0;
    QTest::newRow("a 90 s stop on one page counts") << 0 << "scroll 120 500 idle 80 jump 375" << 875 << 201.0;
    QTest::newRow("minimized 10 min, text moved meanwhile") << 0 << "scroll 180 750 hide 600 scroll 120 500" << 1250 << 300.0;
    QTest::newRow("a skim after reading") << 0 << "scroll 180 750 scroll 60 3000" << 750 << 180.0;
    QTest::newRow("a jump to the end is not read") << 0 << "scroll 120 500 jump 3000" << 500 << 120.0;
    QTest::newRow("left open at the end") << 0 << "scroll 120 500 idle 100" << 500 << 120.0;
    // The first step after the clock went back has a negative length: it and its words drop.
    QTest::newRow("clock set back an hour") << 0 << "scroll 120 500 clockback 3600 scroll 120 500" << 959 << 230.0;
}

void TestReadingSession::measured()
{
    QFETCH(int, startWord);
    QFETCH(QString, script);
    QFETCH(int, words);
    QFETCH(double, seconds);
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(20, 0), QTimeZone::utc()));
    ReadingSessionTracker tracker(clock);
    tracker.begin(textOfWords(6000), offsetOfWord(startWord));
    replay(tracker, clock, startWord, script);
    const PaceSample sample = tracker.measured();
    QCOMPARE(sample.words, words);
    QCOMPARE(sample.seconds, seconds);
}

void TestReadingSession::wordsBefore_countsTheWordsTheEstimatorCounts()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(20, 0), QTimeZone::utc()));
    ReadingSessionTracker tracker(clock);
    // Punctuation and spaces are not words; "don't" and "1917" are one each.
    const QString text = QStringLiteral("«Workers — of all countries, unite!» don't 1917 ...");
    tracker.begin(text);
    QCOMPARE(tracker.wordsBefore(0), 0);
    QCOMPARE(tracker.wordsBefore(1), 0);            // before "Workers" starts
    QCOMPARE(tracker.wordsBefore(2), 1);            // inside "Workers": a word cut counts
    QCOMPARE(tracker.wordsBefore(int(text.indexOf(QLatin1String("unite")))), 4);
    QCOMPARE(tracker.wordsBefore(int(text.size())), 7);
    QCOMPARE(tracker.wordsBefore(int(text.size()) + 100), 7);
}

void TestReadingSession::finish_endsTheSitting()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(20, 0), QTimeZone::utc()));
    ReadingSessionTracker tracker(clock);
    QVERIFY(!tracker.isActive());
    tracker.moveTo(500); // before begin(): nothing to measure, no crash
    QCOMPARE(tracker.measured(), PaceSample());
    tracker.begin(textOfWords(2000));
    replay(tracker, clock, 0, QStringLiteral("scroll 120 500"));
    QCOMPARE(tracker.finish(), (PaceSample{500, 120}));
    QVERIFY(!tracker.isActive());
    QCOMPARE(tracker.measured(), PaceSample());
    replay(tracker, clock, 500, QStringLiteral("scroll 120 500"));
    QCOMPARE(tracker.finish(), PaceSample());
}

void TestReadingSession::smoothScrolling_keepsFewPoints()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(20, 0), QTimeZone::utc()));
    ReadingSessionTracker tracker(clock);
    tracker.begin(textOfWords(6000));
    replay(tracker, clock, 0, QStringLiteral("smooth 600 2500"));
    // 600 events in 60 steps of 10 s: one point per step (and the start), not one per event.
    QCOMPARE(tracker.points().size(), 61);
}

QTEST_GUILESS_MAIN(TestReadingSession)
#include "tst_readingsession.moc"
