// SPDX-License-Identifier: GPL-3.0-or-later
// Where a line may break (breakopportunities.h): the same positions as UAX #14 over the whole
// paragraph (QTextBoundaryFinder), with a run of spaces broken after its last space only, on
// every paragraph of four texts as the reader sets them (soft hyphens in, smart quotes) and on
// words built to reach the cases decided without QTextBoundaryFinder and those asked of it.
#include "estimating/readingtime.h"
#include "importing/importer.h"
#include "segmentreference.h"
#include "testsupport.h"
#include "typesetting/breakopportunities.h"
#include "typesetting/documentbuilder.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace redletter;

class TestBreakOpportunities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsTheWholeParagraphAsked_data();
    void sameAsTheWholeParagraphAsked();
    void words_data();
    void words();
    void sameAsQtForEveryCharacter();
};

void TestBreakOpportunities::sameAsTheWholeParagraphAsked_data()
{
    test::addTypesettingTexts();
}

void TestBreakOpportunities::sameAsTheWholeParagraphAsked()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, path);
    Reading reading;
    QVERIFY2(test::readWholeSource(path, &reading), qPrintable(path));
    QTextDocument document;
    DocumentBuilder(Typography()).build(reading, ReadingTimeEstimator().estimate(reading), &document);
    int positions = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        const QVector<int> actual = lineBreakOpportunities(text);
        const QVector<int> wanted = test::referenceLineBreaks(text);
        if (actual != wanted) {
            int k = 0;
            while (k < qMin(actual.size(), wanted.size()) && actual.at(k) == wanted.at(k))
                ++k;
            const int at = qMin(actual.value(k, int(text.size())), wanted.value(k, int(text.size())));
            QFAIL(qPrintable(QStringLiteral("block %1, near \"%2\": %3 here, %4 by UAX #14")
                                 .arg(block.blockNumber()).arg(text.mid(qMax(0, at - 12), 24))
                                 .arg(actual.value(k, -1)).arg(wanted.value(k, -1))));
        }
        positions += int(actual.size());
    }
    QVERIFY2(positions > 1000, qPrintable(QString::number(positions)));
}

void TestBreakOpportunities::words_data()
{
    QTest::addColumn<QString>("text");
    const QChar shy(0x00AD);
    QTest::newRow("soft hyphens") << QStringLiteral("dic%1ta%1tor%1ship of the pro%1le%1tariat").arg(shy);
    QTest::newRow("quotes, brackets, stops") << QStringLiteral("“So,” she said (quietly): ‘yes; [no].’ «ja» „doch“");
    QTest::newRow("a soft hyphen before punctuation") << QStringLiteral("a%1, b%1) c%1” d%1(e").arg(shy);
    QTest::newRow("dashes and hyphens") << QStringLiteral("one—two – three-four 5-6 -7 x–y a‐b");
    QTest::newRow("slash, ellipsis, exclamation") << QStringLiteral("and/or 1/2 well…then Hey!You what?Now");
    QTest::newRow("brackets against each other") << QStringLiteral("(a)(b) [c]{d} a.(b) x}y");
    QTest::newRow("hyphens inside and at a word's start") << QStringLiteral("so-called -word x-1 1-a “-b” a\u00AD-b e\u0301-a re-ed\u00ADu\u00ADcate");
    QTest::newRow("no-break spaces, ellipsis, question") << QStringLiteral("Vol.\u00A0XXV, p.\u00A0354) «\u202Foui\u202F» then…but power?” so!");
    // Found by fuzz_segments: Qt's numbers look past a space ("1 ,200"), and the run a neutral
    // character joins depends on the script before it.
    QTest::newRow("a number across a space") << QStringLiteral("out1 ,200 words");
    QTest::newRow("an ellipsis after a bracket (Unicode 13 and 14 differ)") << QStringLiteral("ized it)… as “so”… and so…");
    QTest::newRow("Thai after a slash") << QStringLiteral("from `../\u0E01share and more");
    QTest::newRow("a stop or comma before digits") << QStringLiteral("pp.173 der,2 3.14 v.2 (1)a [2]3");
    QTest::newRow("numbers and signs") << QStringLiteral("12.5% $30 1,000 §2 №3 10:30");
    QTest::newRow("Hebrew and soft hyphen") << QStringLiteral("שָׁלוֹם%1עולם abc%1def").arg(shy);
    QTest::newRow("Chinese and Japanese") << QStringLiteral("中文字符。日本語のテキスト、かな");
    QTest::newRow("spaces") << QStringLiteral("  lead  two\u00A0nbsp\u2009thin\ttab end ");
    QTest::newRow("marks") << QStringLiteral("e\u0301te\u0301 Ста\u0301рый");
    QTest::newRow("empty") << QString();
}

void TestBreakOpportunities::words()
{
    QFETCH(QString, text);
    QCOMPARE(lineBreakOpportunities(text), test::referenceLineBreaks(text));
}

void TestBreakOpportunities::sameAsQtForEveryCharacter()
{
    // Every character of the ranges decided here, next to letters, digits, a soft hyphen, a
    // hyphen, brackets, quotes and itself.
    const auto positions = [](const QVector<int> &list) {
        QStringList texts;
        for (int k : list)
            texts.append(QString::number(k));
        return texts.join(QLatin1Char(','));
    };
    QStringList differences; // the first few, each with where it was found
    const int checked = test::forEveryCharacterArranged([&](uint u, const QString &text) {
        const QVector<int> actual = lineBreakOpportunities(text);
        const QVector<int> wanted = test::referenceLineBreaks(text);
        if (actual != wanted && differences.size() < 20)
            differences.append(QStringLiteral("U+%1 in \"%2\": here %3, UAX 14 %4").arg(u, 4, 16, QLatin1Char('0'))
                                   .arg(text, positions(actual), positions(wanted)));
    });
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QVERIFY(checked > 50000);
}

QTEST_MAIN(TestBreakOpportunities)
#include "tst_breakopportunities.moc"
