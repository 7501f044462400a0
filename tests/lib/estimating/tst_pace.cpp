// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's pace: what a session measures, and the estimate over sessions. Sessions are written
// as scripts of steps, so each row reads as what the reader did.
#include "estimating/pace.h"

#include <QTest>

using namespace redletter;

// Qt 5 needs the data column's type declared (Qt 6 registers it on its own).
Q_DECLARE_METATYPE(QVector<redletter::PaceSample>)

namespace {

/*!
 * A session from a script of steps separated by spaces, a point every 10 s of each:
 *   read S W   S seconds passing W words evenly       idle S   S seconds without a point
 *   hide S     S seconds with the window hidden        jump W   W words at once (back if negative), 1 s
 *   clockback S  the clock set back S seconds
 */
QVector<PacePoint> session(const QString &script)
{
    QVector<PacePoint> points{{0, 0, true}};
    const QStringList words = script.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const QString step = words[i];
        const int a = words.value(i + 1).toInt();
        PacePoint last = points.constLast();
        if (step == QLatin1String("read")) {
            const int b = words.value(i + 2).toInt();
            const int steps = a / 10;
            for (int s = 1; s <= steps; ++s)
                points.append({last.msecs + s * 10000, last.wordsPassed + b * s / steps, true});
            i += 2;
            continue;
        }
        if (step == QLatin1String("idle"))
            points.append({last.msecs + a * 1000, last.wordsPassed, true});
        else if (step == QLatin1String("hide")) {
            points.append({last.msecs, last.wordsPassed, false});
            points.append({last.msecs + a * 1000, last.wordsPassed + 1000, false});
            points.append({last.msecs + a * 1000, last.wordsPassed + 1000, true});
        } else if (step == QLatin1String("jump"))
            points.append({last.msecs + 1000, last.wordsPassed + a, true});
        else if (step == QLatin1String("clockback"))
            points.append({last.msecs - a * 1000, last.wordsPassed, true});
        else
            qFatal("unknown step %s", qPrintable(step));
        ++i;
    }
    return points;
}

QVector<PaceSample> sessionsAt(const QVector<int> &rates, double seconds = 600)
{
    QVector<PaceSample> sessions;
    for (int rate : rates)
        sessions.append({int(rate * seconds / 60), seconds});
    return sessions;
}

} // namespace

class TestPace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void measureSession_data();
    void measureSession();
    void estimatePace_data();
    void estimatePace();
};

void TestPace::measureSession_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("words");
    QTest::addColumn<double>("seconds");

    QTest::newRow("nothing") << QString() << 0 << 0.0;
    QTest::newRow("steady 250 wpm for 5 min") << "read 300 1250" << 1250 << 300.0;
    QTest::newRow("away 10 min in the middle") << "read 150 625 idle 600 read 150 625" << 1250 << 300.0;
    QTest::newRow("a 90 s pause on a page counts") << "read 120 500 idle 90 jump 375" << 875 << 211.0;
    QTest::newRow("window hidden 5 min") << "read 180 750 hide 300 read 120 500" << 1250 << 300.0;
    QTest::newRow("a skim after reading") << "read 180 750 read 60 3000" << 750 << 180.0;
    QTest::newRow("a skim before reading") << "read 60 2000 read 240 1000" << 1000 << 240.0;
    QTest::newRow("page left open, barely moving") << "read 120 500 read 600 100" << 500 << 120.0;
    QTest::newRow("back to reread: its time counts") << "read 120 500 jump -400 read 60 250" << 750 << 181.0;
    QTest::newRow("clock set back") << "read 120 500 clockback 3600 read 120 500" << 1000 << 240.0;
}

void TestPace::measureSession()
{
    QFETCH(QString, script);
    QFETCH(int, words);
    QFETCH(double, seconds);
    const PaceSample sample = pace::measureSession(session(script));
    QCOMPARE(sample.words, words);
    QCOMPARE(sample.seconds, seconds);
}

void TestPace::estimatePace_data()
{
    QTest::addColumn<QVector<PaceSample>>("sessions");
    QTest::addColumn<int>("wordsPerMinute");
    QTest::addColumn<int>("used");
    QTest::addColumn<int>("rejected");

    QTest::newRow("none") << QVector<PaceSample>() << 0 << 0 << 0;
    QTest::newRow("four sessions are too few") << sessionsAt({250, 250, 250, 250}) << 0 << 0 << 0;
    QTest::newRow("five agree") << sessionsAt({240, 250, 260, 250, 255}) << 250 << 5 << 0;
    QTest::newRow("even count: the middle two") << sessionsAt({240, 250, 260, 270, 280, 290}) << 265 << 6 << 0;
    QTest::newRow("outliers rejected both ways") << sessionsAt({250, 260, 880, 240, 45, 255, 245}) << 250 << 5 << 2;
    QTest::newRow("too short ones do not count")
        << (sessionsAt({250, 250, 250, 250}) + sessionsAt({600, 600, 600}, 60)) << 0 << 0 << 0;
    QTest::newRow("only the latest 30")
        << (sessionsAt(QVector<int>(20, 200)) + sessionsAt(QVector<int>(30, 320))) << 320 << 30 << 0;
    QTest::newRow("outliers leave too few")
        << sessionsAt({250, 250, 260, 900, 50, 1000}) << 0 << 0 << 0;
    QTest::newRow("a broken sample (no time) is ignored")
        << (sessionsAt({300, 300, 300, 300, 300}) + QVector<PaceSample>{{5000, 0}}) << 300 << 5 << 0;
}

void TestPace::estimatePace()
{
    QFETCH(QVector<PaceSample>, sessions);
    QFETCH(int, wordsPerMinute);
    QFETCH(int, used);
    QFETCH(int, rejected);
    const PaceEstimate estimate = pace::estimatePace(sessions);
    QCOMPARE(estimate.wordsPerMinute, wordsPerMinute);
    QCOMPARE(estimate.isLearned(), wordsPerMinute > 0);
    QCOMPARE(estimate.sessionsUsed, used);
    if (estimate.isLearned())
        QCOMPARE(estimate.sessionsRejected, rejected);
}

QTEST_GUILESS_MAIN(TestPace)
#include "tst_pace.moc"
