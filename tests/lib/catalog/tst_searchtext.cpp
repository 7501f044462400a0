// SPDX-License-Identifier: GPL-3.0-or-later
// The snippets of search made in C++ (catalog/searchtext.h): the words are those SQLite's
// unicode61 tokenizer (remove_diacritics 2) makes, checked against SQLite itself — character by
// character over the scripts the catalog holds, and word for word over the corpus texts — and
// the passage marks the words the query matched.
#include "catalog/searchtext.h"

#include "catalog/migrations.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace redletter;
using namespace redletter::searchtext;

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tokens_agreeWithSqlite_characterByCharacter();
    void tokens_agreeWithSqlite_corpusTexts_data();
    void tokens_agreeWithSqlite_corpusTexts();

    void snippet_marksTheMatchedWord_data();
    void snippet_marksTheMatchedWord();
    void snippet_passageAroundADeepMatch();
    void snippet_phraseAndSeveralWords();
    void snippet_noMatch();

private:
    //! The tokens SQLite makes of each of @p texts, folded, in order.
    QVector<QStringList> sqliteTokens(const QStringList &texts);
    static QStringList ourTokens(const QString &text)
    {
        QStringList tokens;
        for (const TokenSpan &span : tokenSpans(text))
            tokens.append(foldedToken(QStringView(text).mid(span.start, span.end - span.start)));
        return tokens;
    }
    QString m_connection = QStringLiteral("tst_searchtext");
};

void TestSearchText::initTestCase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    // The tokenizer of the catalog's indexes (migrations.cpp), and its words with their positions.
    QVERIFY2(query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("CREATE VIRTUAL TABLE words USING fts5vocab(t, instance)")),
             qPrintable(query.lastError().text()));
}

void TestSearchText::cleanupTestCase()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QVector<QStringList> TestSearchText::sqliteTokens(const QStringList &texts)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    [&] { QVERIFY(query.exec(QStringLiteral("DELETE FROM t"))); }();
    db.transaction();
    query.prepare(QStringLiteral("INSERT INTO t (rowid, x) VALUES (?, ?)"));
    for (int i = 0; i < texts.size(); ++i) {
        query.bindValue(0, i + 1);
        query.bindValue(1, texts.at(i));
        [&] { QVERIFY2(query.exec(), qPrintable(query.lastError().text())); }();
    }
    db.commit();
    QVector<QStringList> tokens(texts.size());
    QSqlQuery words(db);
    words.setForwardOnly(true);
    [&] { QVERIFY(words.exec(QStringLiteral("SELECT doc, term FROM words ORDER BY doc, offset"))); }();
    while (words.next())
        tokens[words.value(0).toInt() - 1].append(words.value(1).toString());
    return tokens;
}

void TestSearchText::tokens_agreeWithSqlite_characterByCharacter()
{
    // Every character of Latin, IPA, the combining marks, Greek, Cyrillic, Latin Extended
    // Additional, general punctuation, letter-like symbols and the Latin ligatures, between two
    // letters: a separator splits the word, a letter or a removed diacritic joins it.
    const QVector<QPair<char16_t, char16_t>> blocks{{0x80, 0x52F},   {0x1E00, 0x1EFF}, {0x2000, 0x206F},
                                                      {0x2100, 0x218F}, {0xFB00, 0xFB06}};
    QStringList texts;
    for (const auto &block : blocks) {
        for (char16_t c = block.first; c <= block.second; ++c)
            texts.append(QLatin1Char('a') + QChar(c) + QLatin1Char('b'));
    }
    const QVector<QStringList> expected = sqliteTokens(texts);
    QCOMPARE(expected.size(), texts.size());
    // Letters that Unicode gave a lower case after 6.1, the version of SQLite's tables:
    // SQLite leaves them as they are, Qt folds them. Nothing in the catalog's languages.
    const QVector<char16_t> newerThanSqlite{0x37F, 0x528, 0x52A, 0x52C, 0x52E, 0x218A, 0x218B};
    QStringList differences;
    for (int i = 0; i < texts.size(); ++i) {
        const char16_t c = texts.at(i).at(1).unicode();
        const QStringList ours = ourTokens(texts.at(i));
        if (ours != expected.at(i) && !newerThanSqlite.contains(c)) {
            differences.append(QStringLiteral("U+%1: SQLite %2, here %3")
                                   .arg(QString::number(c, 16), expected.at(i).join(QLatin1Char('|')),
                                        ours.join(QLatin1Char('|'))));
        }
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    // The cases the catalog's languages rely on, spelled out.
    QCOMPARE(ourTokens(QStringLiteral("Klassenkämpfe ÉTAT Ka\u0308mpfe")),
             (QStringList{QStringLiteral("klassenkampfe"), QStringLiteral("etat"), QStringLiteral("kampfe")}));
    QCOMPARE(ourTokens(QStringLiteral("Всё РЕВОЛЮЦИЯ йод")),
             (QStringList{QStringLiteral("всё"), QStringLiteral("революция"), QStringLiteral("йод")}));
    QCOMPARE(ourTokens(QStringLiteral("Straße don't x²")),
             (QStringList{QStringLiteral("straße"), QStringLiteral("don"), QStringLiteral("t"), QStringLiteral("x²")}));
}

void TestSearchText::tokens_agreeWithSqlite_corpusTexts_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("German Manifesto") << QStringLiteral("markdown/comtext_marx-engels_manifest_de.md");
    QTest::newRow("English Manifesto") << QStringLiteral("markdown/comtext_marx-engels_manifesto_en.md");
    QTest::newRow("Luxemburg, German EPUB") << QStringLiteral("epub/epubber_luxemburg_sozialreform-oder-revolution_de.epub");
    QTest::newRow("Lenin, State and Revolution") << QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt");
    QTest::newRow("Engels, French and German names") << QStringLiteral("mia/mia_engels_socialism-utopian-scientific_ch01.htm");
}

void TestSearchText::tokens_agreeWithSqlite_corpusTexts()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, source);
    const ImportedText imported = test::readCorpusSource(source);
    QVERIFY2(!imported.readings.isEmpty(), qPrintable(source));
    QStringList texts;
    for (const Reading &reading : imported.readings) {
        texts.append(reading.title + QLatin1Char(' ') + reading.author);
        texts.append(migrations::searchableBody(reading));
    }
    const QVector<QStringList> expected = sqliteTokens(texts);
    int words = 0;
    for (int i = 0; i < texts.size(); ++i) {
        const QStringList ours = ourTokens(texts.at(i));
        QCOMPARE(ours.size(), expected.at(i).size());
        for (int k = 0; k < ours.size(); ++k)
            QVERIFY2(ours.at(k) == expected.at(i).at(k),
                     qPrintable(QStringLiteral("word %1: SQLite %2, here %3").arg(k).arg(expected.at(i).at(k), ours.at(k))));
        words += int(ours.size());
    }
    QVERIFY2(words > 1000, qPrintable(QString::number(words))); // the texts were read, not skipped
}

void TestSearchText::snippet_marksTheMatchedWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("marked");
    QTest::newRow("German, umlaut typed plain") << QStringLiteral("Die Geschichte aller bisherigen Gesellschaft ist die Geschichte von Klassenkämpfen.")
                                                << QStringLiteral("KLASSENKAMPFEN") << QStringList{QStringLiteral("Klassenkämpfen")};
    QTest::newRow("German, no compound splitting") << QStringLiteral("Der Kampf, der Klassenkampf, und wieder ein Kampf.")
                                                   << QStringLiteral("kampf")
                                                   << QStringList{QStringLiteral("Kampf"), QStringLiteral("Kampf")};
    QTest::newRow("German, decomposed umlaut") << QStringLiteral("Die Ka\u0308mpfe der Arbeiter.") << QStringLiteral("Kämpfe")
                                               << QStringList{QStringLiteral("Ka\u0308mpfe")};
    QTest::newRow("English, case") << QStringLiteral("A spectre is haunting Europe — the spectre of communism.")
                                   << QStringLiteral("Spectre") << QStringList{QStringLiteral("spectre"), QStringLiteral("spectre")};
    QTest::newRow("French, accents") << QStringLiteral("L'État et la révolution.") << QStringLiteral("etat revolution")
                                     << QStringList{QStringLiteral("État"), QStringLiteral("révolution")};
    QTest::newRow("Cyrillic, case folded") << QStringLiteral("Всё решает революция, а не Революционер.")
                                           << QStringLiteral("РЕВОЛЮЦИЯ") << QStringList{QStringLiteral("революция")};
    QTest::newRow("Cyrillic, ё is not е") << QStringLiteral("Все знают: всё решает революция.") << QStringLiteral("всё")
                                          << QStringList{QStringLiteral("всё")};
}

void TestSearchText::snippet_marksTheMatchedWord()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QStringList, marked);
    Snippet snippet;
    QVERIFY(snippetAround(text, queryPhrases(query.split(QLatin1Char(' '))), 16, &snippet));
    QStringList found;
    for (const auto &range : snippet.highlights)
        found.append(snippet.text.mid(range.first, range.second - range.first));
    QCOMPARE(found, marked);
    // Short texts are shown whole, without "…".
    QCOMPARE(snippet.text, text);

    // SQLite matches each marked word for the query (its own tokenizer decides).
    for (const QString &word : found) {
        const QVector<QStringList> tokens = sqliteTokens({word});
        QCOMPARE(tokens.first(), ourTokens(word));
        QVERIFY2(queryPhrases(query.split(QLatin1Char(' '))).contains(tokens.first()), qPrintable(word));
    }
}

void TestSearchText::snippet_passageAroundADeepMatch()
{
    // 600 lines (a long reading's blocks), the word once near the end.
    QStringList lines;
    for (int i = 0; i < 600; ++i)
        lines.append(QStringLiteral("Line %1 says what all the other lines say about labour and capital.").arg(i));
    lines[590] = QStringLiteral("Here at last stands the one Hetzjagd of the text, among many other words after it.");
    const QString text = lines.join(QLatin1Char('\n'));
    Snippet snippet;
    QVERIFY(snippetAround(text, queryPhrases({QStringLiteral("hetzjagd")}), 16, &snippet));
    // Its own line only (16 words hold it whole), "…" for the lines before.
    QCOMPARE(snippet.text, QStringLiteral("…") + lines.at(590));
    QCOMPARE(snippet.highlights.size(), 1);
    QCOMPARE(snippet.text.mid(snippet.highlights.first().first, 8), QStringLiteral("Hetzjagd"));
    QVERIFY(!snippet.text.contains(QLatin1Char('\n')));

    // A word in every line: the passage is the first line, not the next lines' repeats.
    QVERIFY(snippetAround(QStringLiteral("Kampf eins.\nKampf zwei.\nKampf drei."), queryPhrases({QStringLiteral("kampf")}), 16,
                          &snippet));
    QCOMPARE(snippet.text, QStringLiteral("Kampf eins."));
    QCOMPARE(snippet.highlights.size(), 1);
}

void TestSearchText::snippet_phraseAndSeveralWords()
{
    // A word with a hyphen is one phrase of two tokens, matched only as the two in a row.
    const QString text = QStringLiteral("Klassen und Kampf stehen hier getrennt. Später: der Klassen-Kampf der Arbeiter.");
    Snippet snippet;
    QVERIFY(snippetAround(text, queryPhrases({QStringLiteral("klassen-kampf")}), 16, &snippet));
    QCOMPARE(snippet.highlights.size(), 1);
    const auto range = snippet.highlights.first();
    QCOMPARE(snippet.text.mid(range.first, range.second - range.first), QStringLiteral("Klassen-Kampf"));

    // Two words: the passage that holds both, not the first of them alone.
    QStringList filler;
    for (int i = 0; i < 40; ++i)
        filler.append(QStringLiteral("wort"));
    const QString apart = QStringLiteral("Staat ") + filler.join(QLatin1Char(' ')) + QStringLiteral(" Revolution und Staat zusammen.");
    QVERIFY(snippetAround(apart, queryPhrases({QStringLiteral("staat"), QStringLiteral("revolution")}), 16, &snippet));
    QCOMPARE(snippet.highlights.size(), 2);
    QVERIFY2(snippet.text.contains(QLatin1String("Revolution und Staat")), qPrintable(snippet.text));
}

void TestSearchText::snippet_noMatch()
{
    Snippet snippet;
    QVERIFY(!snippetAround(QStringLiteral("Kein Treffer hier."), queryPhrases({QStringLiteral("Kampf")}), 16, &snippet));
    QVERIFY(!snippetAround(QString(), queryPhrases({QStringLiteral("Kampf")}), 16, &snippet));
    QVERIFY(!snippetAround(QStringLiteral("Kampf"), {}, 16, &snippet));
    // A word of punctuation only has no tokens and no phrase.
    QVERIFY(queryPhrases({QStringLiteral("—")}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
