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
    void boundaries_data();
    void boundaries();
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
    QTest::newRow("e.g. before a name")
        << QStringLiteral("Before. Some, e.g. Marx and Engels, wrote it. After.") << QStringLiteral("wrote")
        << QStringLiteral("Some, e.g. Marx and Engels, wrote it. ");
    QTest::newRow("i.e. before a capital")
        << QStringLiteral("Before. The state, i.e. The Apparatus, stays. After.") << QStringLiteral("stays")
        << QStringLiteral("The state, i.e. The Apparatus, stays. ");
    QTest::newRow("German: z. B.")
        << QStringLiteral("Davor. Manche, z. B. Marx, schrieben es. Danach.") << QStringLiteral("schrieben")
        << QStringLiteral("Manche, z. B. Marx, schrieben es. ");
    QTest::newRow("German: S. 12")
        << QStringLiteral("Davor. Siehe S. 12 dazu. Danach.") << QStringLiteral("dazu")
        << QStringLiteral("Siehe S. 12 dazu. ");
    QTest::newRow("German: usw. ends a sentence")
        << QStringLiteral("Boden, Werkzeug usw. Dann kam mehr.") << QStringLiteral("kam")
        << QStringLiteral("Dann kam mehr.");
    QTest::newRow("Russian: т. е. before a name")
        << QStringLiteral("Раньше. Это труд, т. е. Маркс так писал. Потом.") << QStringLiteral("писал")
        << QStringLiteral("Это труд, т. е. Маркс так писал. ");
    QTest::newRow("Russian: и т. д. ends a sentence")
        << QStringLiteral("Земля, орудия и т. д. Потом пришло другое.") << QStringLiteral("пришло")
        << QStringLiteral("Потом пришло другое.");
    QTest::newRow("Russian: и т. п. ends a sentence")
        << QStringLiteral("Раньше. Земля, орудия и т. п. Потом.") << QStringLiteral("орудия")
        << QStringLiteral("Земля, орудия и т. п. ");
    QTest::newRow("etc. before a capital ends a sentence")
        << QStringLiteral("Land, tools, etc. Then came more.") << QStringLiteral("came")
        << QStringLiteral("Then came more.");
    QTest::newRow("Vol. before a capital does not")
        << QStringLiteral("Before. See Vol. Three of it. After.") << QStringLiteral("Three")
        << QStringLiteral("See Vol. Three of it. ");
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

void TestSentences::boundaries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("three sentences") << QStringLiteral("One. Two. Three.")
                                     << QStringList{QStringLiteral("One. "), QStringLiteral("Two. "),
                                                    QStringLiteral("Three.")};
    QTest::newRow("a reference in the middle")
        << QStringLiteral("See Vol. XXIII, p. 355. Mr. Smith agreed. Done.")
        << QStringList{QStringLiteral("See Vol. XXIII, p. 355. "), QStringLiteral("Mr. Smith agreed. "),
                       QStringLiteral("Done.")};
    QTest::newRow("one sentence") << QStringLiteral("Only this, e.g. Marx.") << QStringList{QStringLiteral("Only this, e.g. Marx.")};
    QTest::newRow("empty") << QString() << QStringList{QString()};
}

void TestSentences::boundaries()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    int from = 0;
    for (const int at : sentences::boundaries(text)) {
        QVERIFY(at > from);
        got << text.mid(from, at - from);
        from = at;
    }
    got << text.mid(from);
    QCOMPARE(got, expected);
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
