// SPDX-License-Identifier: GPL-3.0-or-later
// Myers' bit-parallel matcher against the textbook O(n·m) dynamic programme on random strings.
#include "annotations/approximatematch.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace redletter;

namespace {

//! Semi-global edit distance, the slow obvious way: element j is the least number of edits
//! turning @p pattern into some text[s, j).
std::vector<int> naiveEndErrors(const QString &text, const QString &pattern)
{
    const int n = int(text.size());
    const int m = int(pattern.size());
    std::vector<int> previous(std::size_t(n) + 1, 0); // row 0: a match may start anywhere
    std::vector<int> current(std::size_t(n) + 1, 0);
    for (int i = 1; i <= m; ++i) {
        current[0] = i;
        for (int j = 1; j <= n; ++j) {
            const int substitution = previous[std::size_t(j - 1)] + (pattern.at(i - 1) == text.at(j - 1) ? 0 : 1);
            current[std::size_t(j)] = std::min({substitution, previous[std::size_t(j)] + 1,
                                                current[std::size_t(j - 1)] + 1});
        }
        std::swap(previous, current);
    }
    return previous;
}

//! Levenshtein distance, the slow obvious way.
int naiveEditDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(std::size_t(b.size()) + 1);
    std::vector<int> current(std::size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[std::size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            current[std::size_t(j)] = std::min({previous[std::size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1),
                                                previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QString randomString(QRandomGenerator &random, const QString &alphabet, int length)
{
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result.append(alphabet.at(random.bounded(int(alphabet.size()))));
    return result;
}

//! @p text with @p edits random single-unit insertions, deletions and substitutions.
QString mutate(QRandomGenerator &random, QString text, const QString &alphabet, int edits)
{
    for (int e = 0; e < edits; ++e) {
        const QChar letter = alphabet.at(random.bounded(int(alphabet.size())));
        const int kind = text.isEmpty() ? 0 : random.bounded(3);
        const int at = random.bounded(int(text.size()) + (kind == 0 ? 1 : 0));
        if (kind == 0)
            text.insert(at, letter);
        else if (kind == 1)
            text.remove(at, 1);
        else
            text[at] = letter;
    }
    return text;
}

} // namespace

class TestApproximateMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void knownDistances_data();
    void knownDistances();
    void matchEnds_agreeWithDynamicProgramming_data();
    void matchEnds_agreeWithDynamicProgramming();
    void editDistance_agreesWithDynamicProgramming_data();
    void editDistance_agreesWithDynamicProgramming();
    void approximateMatches_startsGiveTheReportedErrors_data();
    void approximateMatches_startsGiveTheReportedErrors();
    void approximateMatches_findPlantedQuote_data();
    void approximateMatches_findPlantedQuote();
    void emptyInputs();
};

void TestApproximateMatch::knownDistances_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");

    QTest::newRow("kitten→sitting: two substitutions, one insertion")
        << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
    QTest::newRow("identical") << QStringLiteral("proletariat") << QStringLiteral("proletariat") << 0;
    QTest::newRow("typo fix: one insertion") << QStringLiteral("possiblity") << QStringLiteral("possibility") << 1;
    QTest::newRow("one side empty") << QString() << QStringLiteral("abc") << 3;
    QTest::newRow("both empty") << QString() << QString() << 0;
    QTest::newRow("surrogate pair vs other pair: two UTF-16 units differ")
        << QStringLiteral("a😀b") << QStringLiteral("a😁b") << 1;
}

void TestApproximateMatch::knownDistances()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(editDistance(a, b), distance);
    QCOMPARE(editDistance(b, a), distance);
}

void TestApproximateMatch::matchEnds_agreeWithDynamicProgramming_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QString>("alphabet");
    QTest::addColumn<int>("minPatternLength");
    QTest::addColumn<int>("maxPatternLength");
    QTest::addColumn<int>("textLength");
    QTest::addColumn<double>("errorFraction"); //!< maxErrors / pattern length; < 0: random

    const QString binary = QStringLiteral("ab");
    const QString dna = QStringLiteral("acgt");
    const QString prose = QStringLiteral("abcdefghijklmnopqrstuvwxyz  ,.");
    // Units above U+00FF go through the hash lookup; a surrogate pair is two units.
    const QString wide = QStringLiteral("aäЖж—€") + QString::fromUtf8("\xF0\x9F\x98\x80");

    QTest::newRow("binary alphabet, short patterns, random error bound") << 1u << binary << 1 << 20 << 120 << -1.0;
    QTest::newRow("dna, patterns within one 64-bit block") << 2u << dna << 1 << 63 << 300 << -1.0;
    QTest::newRow("dna, patterns of exactly 64 and 65 units (block edge)") << 3u << dna << 64 << 65 << 300 << -1.0;
    QTest::newRow("dna, patterns of 2–4 blocks (65–250 units)") << 4u << dna << 65 << 250 << 500 << -1.0;
    QTest::newRow("prose alphabet, long patterns, half errors (Hypothesis' bound)") << 5u << prose << 100 << 300 << 600 << 0.5;
    QTest::newRow("prose alphabet, exact only (maxErrors 0)") << 6u << binary << 1 << 130 << 400 << 0.0;
    QTest::newRow("maxErrors = pattern length: every end matches") << 7u << dna << 1 << 140 << 200 << 1.0;
    QTest::newRow("non-Latin-1 units and surrogate pairs") << 8u << wide << 1 << 150 << 300 << -1.0;
    QTest::newRow("text shorter than the pattern") << 9u << dna << 40 << 200 << 30 << -1.0;
    QTest::newRow("few errors on long patterns (band stays narrow)") << 10u << dna << 128 << 320 << 700 << 0.1;
}

void TestApproximateMatch::matchEnds_agreeWithDynamicProgramming()
{
    QFETCH(quint32, seed);
    QFETCH(QString, alphabet);
    QFETCH(int, minPatternLength);
    QFETCH(int, maxPatternLength);
    QFETCH(int, textLength);
    QFETCH(double, errorFraction);

    QRandomGenerator random(seed);
    int comparedEnds = 0;
    for (int trial = 0; trial < 60; ++trial) {
        const int patternLength = minPatternLength + random.bounded(maxPatternLength - minPatternLength + 1);
        const QString pattern = randomString(random, alphabet, patternLength);
        // Half the texts carry mutated copies of the pattern, so that there are real matches.
        QString text = randomString(random, alphabet, textLength);
        if (trial % 2 == 0) {
            const QString copy = mutate(random, pattern, alphabet, random.bounded(patternLength / 4 + 1));
            text.insert(random.bounded(int(text.size()) + 1), copy);
        }
        const int maxErrors = errorFraction < 0 ? random.bounded(patternLength + 1)
                                                : int(errorFraction * patternLength);

        const std::vector<int> expected = naiveEndErrors(text, pattern);
        QVector<ApproximateMatch> expectedEnds;
        for (int j = 1; j < int(expected.size()); ++j) {
            if (expected[std::size_t(j)] <= maxErrors)
                expectedEnds.append(ApproximateMatch{-1, j, expected[std::size_t(j)]});
        }
        const QVector<ApproximateMatch> actual = findMatchEnds(text, pattern, maxErrors);
        if (actual != expectedEnds) {
            for (int i = 0; i < std::max(actual.size(), expectedEnds.size()); ++i) {
                const ApproximateMatch a = actual.value(i, ApproximateMatch{-9, -9, -9});
                const ApproximateMatch e = expectedEnds.value(i, ApproximateMatch{-9, -9, -9});
                if (!(a == e)) {
                    QFAIL(qPrintable(QStringLiteral("trial %1 (m=%2, n=%3, k=%4): end #%5 is (%6, %7 errors), "
                                                    "the dynamic programme says (%8, %9 errors)")
                                         .arg(trial).arg(patternLength).arg(text.size()).arg(maxErrors).arg(i)
                                         .arg(a.end).arg(a.errors).arg(e.end).arg(e.errors)));
                }
            }
        }
        comparedEnds += int(expectedEnds.size());

        const int bestExpected = text.isEmpty() ? patternLength
                                                : *std::min_element(expected.begin() + 1, expected.end());
        QCOMPARE(bestMatchErrors(text, pattern), bestExpected);
    }
    QVERIFY2(comparedEnds > 0 || errorFraction == 0.0, "the table should produce some matches to compare");
}

void TestApproximateMatch::editDistance_agreesWithDynamicProgramming_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("maxLength");

    QTest::newRow("short strings") << 11u << 20;
    QTest::newRow("strings up to four 64-bit blocks") << 12u << 256;
}

void TestApproximateMatch::editDistance_agreesWithDynamicProgramming()
{
    QFETCH(quint32, seed);
    QFETCH(int, maxLength);
    QRandomGenerator random(seed);
    const QString alphabet = QStringLiteral("abcd é");
    for (int trial = 0; trial < 100; ++trial) {
        const QString a = randomString(random, alphabet, random.bounded(maxLength + 1));
        const QString b = trial % 2 ? mutate(random, a, alphabet, random.bounded(maxLength / 3 + 1))
                                    : randomString(random, alphabet, random.bounded(maxLength + 1));
        QCOMPARE(editDistance(a, b), naiveEditDistance(a, b));
    }
}

void TestApproximateMatch::approximateMatches_startsGiveTheReportedErrors_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("patternLength");

    QTest::newRow("pattern within one block") << 21u << 40;
    QTest::newRow("pattern over three blocks") << 22u << 170;
}

void TestApproximateMatch::approximateMatches_startsGiveTheReportedErrors()
{
    QFETCH(quint32, seed);
    QFETCH(int, patternLength);
    QRandomGenerator random(seed);
    const QString alphabet = QStringLiteral("acgt");
    for (int trial = 0; trial < 40; ++trial) {
        const QString pattern = randomString(random, alphabet, patternLength);
        QString text = randomString(random, alphabet, 400);
        text.insert(random.bounded(401), mutate(random, pattern, alphabet, patternLength / 8));
        const int maxErrors = patternLength / 2;
        const QVector<ApproximateMatch> matches = findApproximateMatches(text, pattern, maxErrors, 16);
        QVERIFY(!matches.isEmpty());
        QVERIFY(matches.size() <= 16);
        const std::vector<int> endErrors = naiveEndErrors(text, pattern);
        const int best = *std::min_element(endErrors.begin() + 1, endErrors.end());
        QCOMPARE(matches.first().errors, best);
        for (const ApproximateMatch &match : matches) {
            QVERIFY(match.errors <= maxErrors);
            QVERIFY(match.start >= 0 && match.start <= match.end);
            QCOMPARE(match.errors, endErrors[std::size_t(match.end)]);
            QCOMPARE(naiveEditDistance(text.mid(match.start, match.end - match.start), pattern), match.errors);
        }
    }
}

void TestApproximateMatch::approximateMatches_findPlantedQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("errors");

    QTest::newRow("typo fixed: one missing letter")
        << QStringLiteral("it obliterated the possibility of any alternative")
        << QStringLiteral("the possiblity of any") << 15 << 37 << 1;
    QTest::newRow("letter deleted")
        << QStringLiteral("as the instrument of the proletarian evolution; second")
        << QStringLiteral("the instrument of the proletarian revolution") << 3 << 46 << 1;
    QTest::newRow("word replaced by two words")
        << QStringLiteral("from the dictatorship of the working class as the instrument")
        << QStringLiteral("dictatorship of the proletariat as the instrument") << 9 << 60 << 11;
    QTest::newRow("whitespace changed: line break became a space")
        << QStringLiteral("one does not justify the other.") << QStringLiteral("does not\njustify") << 4 << 20 << 1;
}

void TestApproximateMatch::approximateMatches_findPlantedQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, errors);
    const QVector<ApproximateMatch> matches = findApproximateMatches(text, pattern, int(pattern.size()) / 2);
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.first().start, start);
    QCOMPARE(matches.first().end, end);
    QCOMPARE(matches.first().errors, errors);
}

void TestApproximateMatch::emptyInputs()
{
    QVERIFY(findMatchEnds(QStringLiteral("abc"), QString(), 3).isEmpty());
    QVERIFY(findMatchEnds(QString(), QStringLiteral("abc"), 3).isEmpty());
    QVERIFY(findApproximateMatches(QStringLiteral("abc"), QString(), 0).isEmpty());
    QCOMPARE(bestMatchErrors(QString(), QStringLiteral("abc")), 3);
}

QTEST_GUILESS_MAIN(TestApproximateMatch)
#include "tst_approximatematch.moc"
