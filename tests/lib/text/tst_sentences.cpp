// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentences.h"

#include <QTest>

using namespace redletter;

class TestSentences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentenceAround_data();
    void sentenceAround();
    void firstEnd_data();
    void firstEnd();
    void abbreviations();
    void referenceAbbreviations();
    void boundsAreSafe();
};

void TestSentences::sentenceAround_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("inside");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain sentences")
        << QStringLiteral("One here. Two there. Three.") << QStringLiteral("there")
        << QStringLiteral("Two there. ");
    QTest::newRow("Vol. and p. do not end a sentence")
        << QStringLiteral("Before. See Vol. XXIII, p. 355 for this. After.") << QStringLiteral("355")
        << QStringLiteral("See Vol. XXIII, p. 355 for this. ");
    QTest::newRow("initials do not end a sentence")
        << QStringLiteral("Before. J. V. Stalin wrote it. After.") << QStringLiteral("wrote")
        << QStringLiteral("J. V. Stalin wrote it. ");
    QTest::newRow("a title before a name")
        << QStringLiteral("Before. Mr. Smith and Dr. Jones came. After.") << QStringLiteral("Jones")
        << QStringLiteral("Mr. Smith and Dr. Jones came. ");
    QTest::newRow("etc. before a lower-case continuation")
        << QStringLiteral("Before. Land, tools, etc., leaving nothing. After.") << QStringLiteral("leaving")
        << QStringLiteral("Land, tools, etc., leaving nothing. ");
    QTest::newRow("German: vgl. and S.")
        << QStringLiteral("Davor. Vgl. Bd. II, S. 12 und Nr. 5. Danach.") << QStringLiteral("und")
        << QStringLiteral("Vgl. Bd. II, S. 12 und Nr. 5. ");
    QTest::newRow("Russian: т. and с.")
        << QStringLiteral("Раньше. См. т. 2, с. 15 об этом. Потом.") << QStringLiteral("об")
        << QStringLiteral("См. т. 2, с. 15 об этом. ");
    QTest::newRow("no. before a number does not end a sentence")
        << QStringLiteral("Before. In No. 5 we read it. After.") << QStringLiteral("read")
        << QStringLiteral("In No. 5 we read it. ");
    QTest::newRow("no. at the end of a sentence ends it")
        << QStringLiteral("He said no. Then he left.") << QStringLiteral("left")
        << QStringLiteral("Then he left.");
    QTest::newRow("closing quote after the full stop")
        << QStringLiteral("\u201CIt ends.\u201D Then more.") << QStringLiteral("more")
        << QStringLiteral("Then more.");
}

void TestSentences::sentenceAround()
{
    QFETCH(QString, text);
    QFETCH(QString, inside);
    QFETCH(QString, expected);
    const int position = int(text.indexOf(inside));
    QVERIFY(position >= 0);
    const int start = sentences::startOf(text, position);
    const int end = sentences::endOf(text, position);
    QCOMPARE(text.mid(start, end - start), expected);
    // The sentence that ends just before a point note's place.
    QString trimmed = expected;
    while (trimmed.endsWith(QLatin1Char(' ')))
        trimmed.chop(1);
    QCOMPARE(sentences::startBefore(text, start + int(trimmed.size())), start);
}

void TestSentences::firstEnd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("First one. Second.") << QStringLiteral("First one.");
    QTest::newRow("with Vol.") << QStringLiteral("See Vol. IV here. Second.") << QStringLiteral("See Vol. IV here.");
    QTest::newRow("one sentence") << QStringLiteral("Only this ") << QStringLiteral("Only this");
    QTest::newRow("empty") << QString() << QString();
}

void TestSentences::firstEnd()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(text.left(sentences::firstEnd(text)), expected);
}

void TestSentences::abbreviations()
{
    QVERIFY(sentences::isAbbreviation(QStringLiteral("Vol")));
    QVERIFY(sentences::isAbbreviation(QStringLiteral("vol")));
    QVERIFY(!sentences::isAbbreviation(QStringLiteral("VOL")));
    QVERIFY(sentences::isAbbreviation(QStringLiteral("ibid")));
    QVERIFY(sentences::isAbbreviation(QStringLiteral("vgl")));
    QVERIFY(sentences::isAbbreviation(QStringLiteral("гл")));
    QVERIFY(!sentences::isAbbreviation(QStringLiteral("state")));
    QVERIFY(!sentences::isAbbreviation(QString()));
}

void TestSentences::referenceAbbreviations()
{
    bool smallRoman = true;
    QVERIFY(sentences::isReferenceAbbreviation(QStringLiteral("Vol"), &smallRoman));
    QVERIFY(!smallRoman);
    QVERIFY(sentences::isReferenceAbbreviation(QStringLiteral("p"), &smallRoman));
    QVERIFY(smallRoman);
    QVERIFY(sentences::isReferenceAbbreviation(QStringLiteral("Nr")));
    QVERIFY(sentences::isReferenceAbbreviation(QStringLiteral("т")));
    // An abbreviation, but no number belongs to it.
    QVERIFY(!sentences::isReferenceAbbreviation(QStringLiteral("cf"), &smallRoman));
    QVERIFY(!smallRoman);
    QVERIFY(!sentences::isReferenceAbbreviation(QStringLiteral("the")));
}

void TestSentences::boundsAreSafe()
{
    const QString text = QStringLiteral("A. B.");
    for (int i = -1; i <= text.size() + 1; ++i) {
        const int position = qBound(0, i, int(text.size()));
        QVERIFY(sentences::startOf(text, position) <= position);
        QVERIFY(sentences::endOf(text, position) >= position);
        QVERIFY(sentences::isReaderBoundary(text, i) || (i > 0 && i < text.size()));
    }
    QCOMPARE(sentences::startBefore(text, 0), 0);
    QCOMPARE(sentences::endOf(QString(), 0), 0);
}

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_sentences.moc"
