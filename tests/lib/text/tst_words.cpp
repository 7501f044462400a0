// SPDX-License-Identifier: GPL-3.0-or-later
// The words of a text (words.h) are UAX #29's word segments with a letter or digit in them, as
// QTextBoundaryFinder finds them: on every paragraph of four texts (as read, and as the reader
// sets them with soft hyphens and smart quotes), and for every character the module segments
// itself, between letters, digits and spaces in every arrangement that decides a word's ends.
#include "estimating/readingtime.h"
#include "importing/importer.h"
#include "segmentreference.h"
#include "testsupport.h"
#include "text/words.h"
#include "typesetting/documentbuilder.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace redletter;

class TestWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQtOnTexts_data();
    void sameAsQtOnTexts();
    void sameAsQtForEveryCharacter();
    void examples_data();
    void examples();
};

namespace {

QString describe(const QVector<words::Span> &spans, const QString &text)
{
    QStringList parts;
    for (const words::Span &span : spans)
        parts.append(QStringLiteral("[%1,%2)\"%3\"").arg(span.start).arg(span.end).arg(text.mid(span.start, span.end - span.start)));
    return parts.join(QLatin1Char(' '));
}

} // namespace

void TestWords::sameAsQtOnTexts_data()
{
    test::addTypesettingTexts();
}

void TestWords::sameAsQtOnTexts()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, path);
    Reading reading;
    QVERIFY2(test::readWholeSource(path, &reading), qPrintable(path));
    QStringList texts;
    for (const Block &block : reading.body)
        texts.append(block.text);
    for (const Block &block : reading.introduction)
        texts.append(block.text);
    QTextDocument document;
    DocumentBuilder(Typography()).build(reading, ReadingTimeEstimator().estimate(reading), &document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        texts.append(block.text());
    int counted = 0;
    for (const QString &text : std::as_const(texts)) {
        const QVector<words::Span> actual = words::of(text);
        const QVector<words::Span> wanted = test::referenceWords(text);
        QVERIFY2(actual == wanted, qPrintable(QStringLiteral("%1\nhere:   %2\nUAX 29: %3").arg(text.left(200), describe(actual, text).left(600),
                                                                                          describe(wanted, text).left(600))));
        counted += int(actual.size());
    }
    QVERIFY2(counted > 2000, qPrintable(QString::number(counted)));
}

void TestWords::sameAsQtForEveryCharacter()
{
    // Every character of the ranges the module segments itself, where it decides a word's ends.
    QStringList differences; // the first few, each with where it was found
    const int checked = test::forEveryCharacterArranged([&](uint u, const QString &text) {
        const QVector<words::Span> actual = words::of(text);
        const QVector<words::Span> wanted = test::referenceWords(text);
        if (actual != wanted && differences.size() < 20)
            differences.append(QStringLiteral("U+%1 in \"%2\": here %3, UAX 29 %4").arg(u, 4, 16, QLatin1Char('0'))
                                   .arg(text, describe(actual, text), describe(wanted, text)));
    });
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QVERIFY(checked > 50000);
}

void TestWords::examples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("contractions and numbers") << QStringLiteral("Don't say “1,000.50” twice; it’s e.g. wrong.") << 8;
    QTest::newRow("hyphens and dashes") << QStringLiteral("state-monopoly capitalism — 1917–1924") << 5;
    QTest::newRow("German") << QStringLiteral("Die Geschichte aller bisherigen Gesellschaft ist die Geschichte von Klassenkämpfen.") << 10;
    QTest::newRow("Russian with a stress mark") << QStringLiteral("Ста\u0301рый мир, т. е. капитализм") << 5;
    QTest::newRow("soft hyphens") << QStringLiteral("dic\u00ADta\u00ADtor\u00ADship of the pro\u00ADle\u00ADtariat") << 4;
    QTest::newRow("other scripts (asked of Qt)") << QStringLiteral("中文 עברית snake_case") << 4;
    QTest::newRow("nothing") << QStringLiteral(" — … ") << 0;
}

void TestWords::examples()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(words::of(text), test::referenceWords(text));
    QCOMPARE(int(words::of(text).size()), count);
}

QTEST_MAIN(TestWords)
#include "tst_words.moc"
