// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/smartpunctuation.h"

#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace redletter;

namespace {

const QString nbsp = QStringLiteral("\u00A0");
const QString nnbsp = QStringLiteral("\u202F");

//! Runs of exactly @p length copies of @p c (not part of a longer run).
int exactRuns(const QString &text, QChar c, int length)
{
    int count = 0;
    for (int i = 0; i < int(text.size());) {
        int end = i;
        while (end < int(text.size()) && text.at(end) == c)
            ++end;
        if (end == i) {
            ++i;
            continue;
        }
        count += end - i == length ? 1 : 0;
        i = end;
    }
    return count;
}

} // namespace

class TestSmartPunctuation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void smarten_data();
    void smarten();
    void smarten_isIdempotent_data() { smarten_data(); }
    void smarten_isIdempotent();
    void edits_mapOffsetsLikeTheText_data() { smarten_data(); }
    void edits_mapOffsetsLikeTheText();
    void offsetMapping_rangeAfterEllipsisCoversTheSameWord();
    void offsetMapping_frenchQuotesKeepTheQuotedWord();
    void corpus_smokeTest_data();
    void corpus_smokeTest();
};

void TestSmartPunctuation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSmartPunctuation::smarten_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString en = QStringLiteral("en");
    // English quotes
    QTest::newRow("en double quotes")
        << en << QStringLiteral("He said \"no\" today.") << QStringLiteral("He said “no” today.");
    QTest::newRow("en quote at start and after punctuation")
        << en << QStringLiteral("\"Today,\" said Lenin, \"in 1917.\"")
        << QStringLiteral("“Today,” said Lenin, “in 1917.”");
    QTest::newRow("en single inside double") << en << QStringLiteral("\"She said 'never' to them\"")
                                             << QStringLiteral("“She said ‘never’ to them”");
    QTest::newRow("en double inside double becomes single")
        << en << QStringLiteral("\"He wrote \"the state\" twice\"")
        << QStringLiteral("“He wrote ‘the state’ twice”");
    QTest::newRow("en quote after opening bracket")
        << en << QStringLiteral("(\"so-called\" democracy)") << QStringLiteral("(“so-called” democracy)");
    QTest::newRow("en quote after a dash opens") << en << QStringLiteral("must \u2014\"in a struggle\"")
                                                 << QStringLiteral("must \u2014“in a struggle”");
    QTest::newRow("en free-standing closing quote")
        << en << QStringLiteral("\"of the Comintern. \"") << QStringLiteral("“of the Comintern. ”");
    QTest::newRow("en existing curly quotes untouched")
        << en << QStringLiteral("“Already” curly ‘and’ fine") << QStringLiteral("“Already” curly ‘and’ fine");
    QTest::newRow("en straight quote inside curly one nests")
        << en << QStringLiteral("“He said \"no\" there”") << QStringLiteral("“He said ‘no’ there”");
    // English apostrophes
    QTest::newRow("en apostrophes inside words")
        << en << QStringLiteral("don't, Stalin's, o'clock") << QStringLiteral("don’t, Stalin’s, o’clock");
    QTest::newRow("en plural possessive")
        << en << QStringLiteral("the workers' party") << QStringLiteral("the workers’ party");
    QTest::newRow("en elisions") << en << QStringLiteral("the '90s, rock 'n' roll, 'tis done")
                                 << QStringLiteral("the ’90s, rock ’n’ roll, ’tis done");
    QTest::newRow("en single quotes around a word")
        << en << QStringLiteral("the 'paradise' lost") << QStringLiteral("the ‘paradise’ lost");
    QTest::newRow("en unclosed single quote opens")
        << en << QStringLiteral("(or to 'common labour)") << QStringLiteral("(or to ‘common labour)");
    // Dashes
    QTest::newRow("em dash from three hyphens")
        << en << QStringLiteral("a struggle---bloody") << QStringLiteral("a struggle—bloody");
    QTest::newRow("en dash from two hyphens")
        << en << QStringLiteral("this--that, 1914--1918") << QStringLiteral("this–that, 1914–1918");
    QTest::newRow("en spaced hyphen becomes spaced en dash")
        << en << QStringLiteral("power - and more") << QStringLiteral("power – and more");
    QTest::newRow("hyphen between numbers")
        << en << QStringLiteral("in 1914-1918 and 3-4 times") << QStringLiteral("in 1914–1918 and 3–4 times");
    QTest::newRow("number range before a full stop")
        << en << QStringLiteral("(1814-1830.) 459-493, and") << QStringLiteral("(1814–1830.) 459–493, and");
    QTest::newRow("decimals keep their hyphen")
        << en << QStringLiteral("1.5-2.5 and 1,5-2") << QStringLiteral("1.5-2.5 and 1,5-2");
    QTest::newRow("dates, compounds and codes keep their hyphens")
        << en << QStringLiteral("1917-10-25, petty-bourgeois, B-52, ISBN 3-12-345678-9")
        << QStringLiteral("1917-10-25, petty-bourgeois, B-52, ISBN 3-12-345678-9");
    QTest::newRow("four hyphens stay") << en << QStringLiteral("a ---- b") << QStringLiteral("a ---- b");
    QTest::newRow("hyphen at the start stays") << en << QStringLiteral("- item") << QStringLiteral("- item");
    // Ellipsis
    QTest::newRow("ellipsis") << en << QStringLiteral("labour...). The institution...but")
                              << QStringLiteral("labour…). The institution…but");
    QTest::newRow("two or four dots stay")
        << en << QStringLiteral("a.. b....") << QStringLiteral("a.. b....");
    // No-break spaces
    QTest::newRow("volume and page reference")
        << en << QStringLiteral("(see Vol. XXIII, p. 355)")
        << QStringLiteral("(see Vol.") + nbsp + QStringLiteral("XXIII, p.") + nbsp + QStringLiteral("355)");
    QTest::newRow("pages reference") << en << QStringLiteral("(ibid., pp. 173 and 190)")
                                     << QStringLiteral("(ibid., pp.") + nbsp + QStringLiteral("173 and 190)");
    QTest::newRow("page range") << en << QStringLiteral("pp. 173-190")
                                << QStringLiteral("pp.") + nbsp + QStringLiteral("173–190");
    QTest::newRow("number and chapter")
        << en << QStringLiteral("No. 5, ch. iv")
        << QStringLiteral("No.") + nbsp + QStringLiteral("5, ch.") + nbsp + QStringLiteral("iv");
    QTest::newRow("abbreviation without a number stays")
        << en << QStringLiteral("a step. 5 more; see p. Marx")
        << QStringLiteral("a step. 5 more; see p. Marx");
    QTest::newRow("per cent") << en << QStringLiteral("only 3 per cent of them")
                              << QStringLiteral("only 3") + nbsp + QStringLiteral("per cent of them");

    const QString de = QStringLiteral("de");
    QTest::newRow("de quotes") << de << QStringLiteral("Der deutsche oder \"wahre\" Sozialismus")
                               << QStringLiteral("Der deutsche oder „wahre“ Sozialismus");
    QTest::newRow("de quotes after punctuation")
        << de << QStringLiteral("\"Aber\", wird man sagen, \"religiöse Ideen.\"")
        << QStringLiteral("„Aber“, wird man sagen, „religiöse Ideen.“");
    QTest::newRow("de single inside double")
        << de << QStringLiteral("\"Er sagte 'nein' heute\"") << QStringLiteral("„Er sagte ‚nein‘ heute“");
    QTest::newRow("de apostrophe") << de << QStringLiteral("wie geht's") << QStringLiteral("wie geht’s");
    QTest::newRow("de spaced dash") << de << QStringLiteral("in Europa - das Gespenst")
                                    << QStringLiteral("in Europa – das Gespenst");
    QTest::newRow("de page and volume")
        << de << QStringLiteral("S. 355 und Bd. 23")
        << QStringLiteral("S.") + nbsp + QStringLiteral("355 und Bd.") + nbsp + QStringLiteral("23");
    QTest::newRow("de-CH guillemets")
        << QStringLiteral("de-CH") << QStringLiteral("der \"wahre\" und 'echte'")
        << QStringLiteral("der «wahre» und ‹echte›");

    const QString fr = QStringLiteral("fr");
    QTest::newRow("fr guillemets with narrow spaces")
        << fr << QStringLiteral("Il dit \"non\" hier")
        << QStringLiteral("Il dit «") + nnbsp + QStringLiteral("non") + nnbsp + QStringLiteral("» hier");
    QTest::newRow("fr spaced straight quotes")
        << fr << QStringLiteral("Il dit \" non \" hier")
        << QStringLiteral("Il dit «") + nnbsp + QStringLiteral("non") + nnbsp + QStringLiteral("» hier");
    QTest::newRow("fr nested quotes")
        << fr << QStringLiteral("\"Il a dit \"non\" hier\"")
        << QStringLiteral("«") + nnbsp + QStringLiteral("Il a dit “non” hier") + nnbsp + QStringLiteral("»");
    QTest::newRow("fr spaces before high punctuation")
        << fr << QStringLiteral("Quoi ? Vraiment ! Voilà : fini ; bon")
        << QStringLiteral("Quoi") + nnbsp + QStringLiteral("? Vraiment") + nnbsp + QStringLiteral("! Voilà")
            + nbsp + QStringLiteral(": fini") + nnbsp + QStringLiteral("; bon");
    QTest::newRow("fr existing guillemets get narrow spaces")
        << fr << QStringLiteral("« mot »")
        << QStringLiteral("«") + nnbsp + QStringLiteral("mot") + nnbsp + QStringLiteral("»");
    QTest::newRow("fr apostrophe") << fr << QStringLiteral("l'homme") << QStringLiteral("l’homme");

    const QString ru = QStringLiteral("ru");
    QTest::newRow("ru quotes") << ru << QStringLiteral("\"диктатура\"") << QStringLiteral("«диктатура»");
    QTest::newRow("ru nested quotes")
        << ru << QStringLiteral("\"Он сказал \"нет\" вчера\"") << QStringLiteral("«Он сказал „нет“ вчера»");
    QTest::newRow("ru straight quote inside guillemets")
        << ru << QStringLiteral("«Он сказал \"нет\" вчера»") << QStringLiteral("«Он сказал „нет“ вчера»");
    QTest::newRow("ru spaced dash is an em dash")
        << ru << QStringLiteral("Диктатура - это власть") << QStringLiteral("Диктатура — это власть");
    QTest::newRow("ru volume and page")
        << ru << QStringLiteral("т. 23, с. 355")
        << QStringLiteral("т.") + nbsp + QStringLiteral("23, с.") + nbsp + QStringLiteral("355");

    QTest::newRow("unknown language keeps straight quotes")
        << QStringLiteral("xx") << QStringLiteral("\"quote\" don't -- ...")
        << QStringLiteral("\"quote\" don’t – …");
    QTest::newRow("empty") << en << QString() << QString();
}

void TestSmartPunctuation::smarten()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(smartenPunctuation(text, language), expected);
}

void TestSmartPunctuation::smarten_isIdempotent()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    const QString once = smartenPunctuation(text, language);
    QCOMPARE(smartenPunctuation(once, language), once);
    QCOMPARE(smartPunctuationEdits(once, language), QVector<TextEdit>());
}

void TestSmartPunctuation::edits_mapOffsetsLikeTheText()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    const QVector<TextEdit> edits = smartPunctuationEdits(text, language);
    const EditedText edited = applyEdits(text, edits);
    QCOMPARE(edited.offsetMap.size(), text.size() + 1);
    QCOMPARE(edited.mapOffset(int(text.size())), int(edited.text.size()));
    for (int offset = 0; offset <= int(text.size()); ++offset) {
        QCOMPARE(mapOffset(edits, offset), edited.mapOffset(offset));
        if (offset > 0)
            QVERIFY(edited.mapOffset(offset - 1) <= edited.mapOffset(offset));
    }
    // Every character outside the edits is still there, in its place.
    int previousEnd = 0;
    for (const TextEdit &edit : edits) {
        QVERIFY(edit.start >= previousEnd);
        for (int offset = previousEnd; offset < edit.start; ++offset)
            QCOMPARE(edited.text.at(edited.mapOffset(offset)), text.at(offset));
        previousEnd = edit.end;
    }
}

void TestSmartPunctuation::offsetMapping_rangeAfterEllipsisCoversTheSameWord()
{
    const QString text = QStringLiteral("He wrote... the \"state\" -- and see p. 5.");
    const auto find = [&text](const QString &word) { return int(text.indexOf(word)); };
    QVector<StyleRange> styles{
        {StyleRange::Emphasis, find(QStringLiteral("the")), find(QStringLiteral("the")) + 3, {}},
        {StyleRange::Strong, find(QStringLiteral("state")), find(QStringLiteral("state")) + 5, {}},
        {StyleRange::Emphasis, find(QStringLiteral("and")), int(text.size()), {}}};
    QVector<Anchor> anchors{
        {Anchor::EditorialNote, find(QStringLiteral("wrote")), find(QStringLiteral("the")) + 3, 0},
        {Anchor::FootnoteReference, int(text.size()) - 1, int(text.size()) - 1, 1}};

    const EditedText edited = applyEdits(text, smartPunctuationEdits(text, QStringLiteral("en")));
    QCOMPARE(edited.text, QStringLiteral("He wrote… the “state” – and see p.") + nbsp + QStringLiteral("5."));
    edited.mapRanges(&styles);
    edited.mapRanges(&anchors);
    const auto covered = [&edited](int start, int end) { return edited.text.mid(start, end - start); };
    QCOMPARE(covered(styles.at(0).start, styles.at(0).end), QStringLiteral("the"));
    QCOMPARE(covered(styles.at(1).start, styles.at(1).end), QStringLiteral("state"));
    QCOMPARE(covered(styles.at(2).start, styles.at(2).end),
             QStringLiteral("and see p.") + nbsp + QStringLiteral("5."));
    QCOMPARE(covered(anchors.at(0).start, anchors.at(0).end), QStringLiteral("wrote… the"));
    QCOMPARE(anchors.at(1).start, anchors.at(1).end);
    QCOMPARE(edited.text.at(anchors.at(1).start), QLatin1Char('.'));
}

void TestSmartPunctuation::offsetMapping_frenchQuotesKeepTheQuotedWord()
{
    // The edits take the spaces inside the quotes along, so they change length.
    const QString text = QStringLiteral("Il dit \" non \" hier");
    const int quote = int(text.indexOf(QLatin1Char('"')));
    const int word = int(text.indexOf(QStringLiteral("non")));
    QVector<StyleRange> styles{{StyleRange::Emphasis, word, word + 3, {}},
                               {StyleRange::Strong, quote, int(text.lastIndexOf(QLatin1Char('"'))) + 1, {}}};
    const EditedText edited = applyEdits(text, smartPunctuationEdits(text, QStringLiteral("fr")));
    edited.mapRanges(&styles);
    QCOMPARE(edited.text.mid(styles.at(0).start, styles.at(0).end - styles.at(0).start),
             QStringLiteral("non"));
    QCOMPARE(edited.text.mid(styles.at(1).start, styles.at(1).end - styles.at(1).start),
             QStringLiteral("«") + nnbsp + QStringLiteral("non") + nnbsp + QStringLiteral("»"));
}

void TestSmartPunctuation::corpus_smokeTest_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::newRow("Manifest (de)") << QStringLiteral("markdown/comtext_marx-engels_manifest_de.md")
                                   << QStringLiteral("de");
    QTest::newRow("Red Letter sample (en)")
        << QStringLiteral("red-letter/dictatorship-of-the-proletariat.md") << QStringLiteral("en");
}

void TestSmartPunctuation::corpus_smokeTest()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    REDLETTER_REQUIRE_CORPUS();
    QString content = QString::fromUtf8(redletter::test::readFile(redletter::test::corpusFile(file)));
    QVERIFY(!content.isEmpty());
    content.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList paragraphs =
        content.split(QRegularExpression(QStringLiteral("\n\\s*\n")), Qt::SkipEmptyParts);
    QVERIFY(paragraphs.size() > 20);

    // What an edit may turn what into; anything else would be a change nobody asked for.
    const QString quotes = QStringLiteral("„“”‚‘’"); // nested double quotes may become single ones
    const QString singleQuotes = QStringLiteral("‚‘’");
    int quotedParagraphs = 0;
    int edits = 0;
    for (const QString &paragraph : paragraphs) {
        const QVector<TextEdit> paragraphEdits = smartPunctuationEdits(paragraph, language);
        const QString smart = applyEdits(paragraph, paragraphEdits).text;
        edits += int(paragraphEdits.size());
        const QByteArray where = paragraph.left(60).toUtf8();

        const int straightQuotes = int(paragraph.count(QLatin1Char('"')));
        if (straightQuotes > 0 && straightQuotes % 2 == 0) {
            ++quotedParagraphs;
            QVERIFY2(!smart.contains(QLatin1Char('"')), where.constData());
        }

        const int expectedChange = -2 * exactRuns(paragraph, QLatin1Char('.'), 3)
            - 2 * exactRuns(paragraph, QLatin1Char('-'), 3) - exactRuns(paragraph, QLatin1Char('-'), 2);
        QVERIFY2(smart.size() - paragraph.size() == expectedChange, where.constData());

        for (const TextEdit &edit : paragraphEdits) {
            const QString before = paragraph.mid(edit.start, edit.end - edit.start);
            const QString &after = edit.replacement;
            const bool known = (before == QLatin1String("\"") && after.size() == 1 && quotes.contains(after))
                || (before == QLatin1String("'") && after.size() == 1 && singleQuotes.contains(after))
                || (before == QLatin1String("...") && after == QStringLiteral("…"))
                || (before == QLatin1String("---") && after == QStringLiteral("—"))
                || (before == QLatin1String("--") && after == QStringLiteral("–"))
                || (before == QLatin1String("-") && after == QStringLiteral("–"))
                || (before == QLatin1String(" ") && after == nbsp);
            QVERIFY2(
                known,
                qPrintable(QStringLiteral("%1 → %2 in: %3").arg(before, after, QString::fromUtf8(where))));
        }
        QCOMPARE(smartenPunctuation(smart, language), smart);
    }
    QVERIFY(quotedParagraphs >= 5);
    QVERIFY(edits >= 20);
}

QTEST_GUILESS_MAIN(TestSmartPunctuation)
#include "tst_smartpunctuation.moc"
