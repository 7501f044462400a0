// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/languagedetection.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace redletter;

namespace {

QString corpusText(const QString &relativePath)
{
    return QString::fromUtf8(test::readFile(test::corpusFile(relativePath)));
}

} // namespace

class TestLanguageDetection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpus_data();
    void corpus();
    void sentences_data();
    void sentences();
    void tooShort_data();
    void tooShort();
    void longEnough();
    void closeCandidatesAreUnsure();
    void onlyTheStartIsSampled();
    void missingDatabase();
    void severalThreads();
    void timePerCall();
};

void TestLanguageDetection::initTestCase()
{
    // Everything below needs the packaged fingerprints; say clearly when they are not installed.
    const LanguageGuesser guesser(languageDataDir());
    QVERIFY2(guesser.isValid(),
             qPrintable(QStringLiteral("no libexttextcat fingerprints in %1 (libexttextcat-data)")
                            .arg(languageDataDir())));
}

void TestLanguageDetection::corpus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");

    QTest::newRow("German Manifest, Markdown")
        << QStringLiteral("markdown/comtext_marx-engels_manifest_de.md") << QStringLiteral("de");
    QTest::newRow("English Manifesto, Markdown")
        << QStringLiteral("markdown/comtext_marx-engels_manifesto_en.md") << QStringLiteral("en");
    QTest::newRow("Manifesto, Gutenberg text")
        << QStringLiteral("plain/gutenberg61-body_marx-engels_communist-manifesto.txt") << QStringLiteral("en");
    QTest::newRow("Goldman, Gutenberg text (licence header included)")
        << QStringLiteral("plain/gutenberg2162_goldman_anarchism-and-other-essays.txt") << QStringLiteral("en");
    QTest::newRow("Lenin, State and Revolution")
        << QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt") << QStringLiteral("en");
    QTest::newRow("Stalin, Markdown")
        << QStringLiteral("markdown/mlcom_stalin_dialectical-historical-materialism.md") << QStringLiteral("en");
}

void TestLanguageDetection::corpus()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(QString, path);
    QFETCH(QString, language);
    QCOMPARE(detectLanguage(corpusText(path)), language);
}

void TestLanguageDetection::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    // Written for this test, a few sentences each: the length of a short introduction.
    QTest::newRow("French") << QStringLiteral(
        "Nous lisons chaque jour un court texte, puis nous en discutons ensemble le soir. "
        "Les ouvriers de la ville se retrouvent au café après le travail.")
                            << QStringLiteral("fr");
    QTest::newRow("Russian") << QStringLiteral(
        "Каждый день мы читаем короткий текст, а вечером обсуждаем его вместе. "
        "Рабочие города собираются после смены в библиотеке, и кто приходит первым, "
        "тот ставит чайник для всех остальных.")
                             << QStringLiteral("ru");
    QTest::newRow("German") << QStringLiteral(
        "Wir lesen jeden Tag einen kurzen Text und sprechen abends gemeinsam darüber. "
        "Die Arbeiterinnen treffen sich nach der Schicht in der Bibliothek.")
                            << QStringLiteral("de");
    QTest::newRow("English") << QStringLiteral(
        "The workers of the town meet in the library after their shift, and every evening "
        "one of them reads out the passage of the day while the others follow in their copies.")
                             << QStringLiteral("en");
}

void TestLanguageDetection::sentences()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(detectLanguage(text), language);
}

void TestLanguageDetection::tooShort_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("one word") << QStringLiteral("Hallo");
    // textcat alone calls these Haitian and Bulgarian: a phrase is not enough to go on.
    QTest::newRow("French phrase") << QStringLiteral("Bonjour tout le monde");
    QTest::newRow("Russian title") << QStringLiteral("Государство и революция");
    // 99 letters of plain German (textcat alone is sure of it), one short of MinimumLetters.
    QTest::newRow("99 letters") << QStringLiteral(
        "Proletarier aller Länder, vereinigt euch! Das ist die Losung, die am Schluss des Manifests "
        "steht und noch um die Welt ging.");
    QTest::newRow("digits and punctuation") << QStringLiteral("1848 — 1872, 1883; 1890: … 12345 67890 ¶ §§ 1–4");
}

void TestLanguageDetection::tooShort()
{
    QFETCH(QString, text);
    QCOMPARE(detectLanguage(text), QString());
}

void TestLanguageDetection::longEnough()
{
    QCOMPARE(detectLanguage(QStringLiteral(
                 "Proletarier aller Länder, vereinigt euch! Das ist die Losung, die am Schluss des "
                 "Manifests steht und schon um die Welt ging.")),
             QStringLiteral("de")); // 100 letters
}

void TestLanguageDetection::closeCandidatesAreUnsure()
{
    const QString first = QStringLiteral(
        "We read one short text every day and talk about it together in the evening. The library "
        "stays open late on Fridays, and whoever comes first makes the tea for everyone else.");
    const QString more = QStringLiteral(
        " Nobody is turned away, and the questions that remain are written on the board for the "
        "next meeting.");
    // 138 letters of plain English that textcat ranks Scots first, 1.8 % ahead of English.
    QCOMPARE(detectLanguage(first), QString());
    // One sentence more and English is first, Scots 1.1 % behind: still unsure.
    QCOMPARE(detectLanguage(first + more), QString());
}

void TestLanguageDetection::onlyTheStartIsSampled()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString german = corpusText(QStringLiteral("markdown/comtext_marx-engels_manifest_de.md"));
    const QString english = corpusText(QStringLiteral("plain/gutenberg2162_goldman_anarchism-and-other-essays.txt"));
    QVERIFY(german.size() > LanguageGuesser::SampleBytes);
    // 430 KB of English after 24 KB of German: were it all read, English would win.
    QVERIFY(english.size() > 16 * LanguageGuesser::SampleBytes);
    QCOMPARE(detectLanguage(german.left(LanguageGuesser::SampleBytes) + english), QStringLiteral("de"));
    QCOMPARE(detectLanguage(english.left(LanguageGuesser::SampleBytes) + german), QStringLiteral("en"));
}

void TestLanguageDetection::missingDatabase()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no language fingerprints at")));
    const LanguageGuesser guesser(empty.path());
    QVERIFY(!guesser.isValid());
    QCOMPARE(guesser.guess(QStringLiteral("Wir lesen jeden Tag einen kurzen Text und sprechen abends "
                                          "gemeinsam darüber.")),
             QString());
}

void TestLanguageDetection::severalThreads()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString german = corpusText(QStringLiteral("markdown/comtext_marx-engels_manifest_de.md"));
    const QString english = corpusText(QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt"));
    std::vector<QString> results(8);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < results.size(); ++i) {
        threads.emplace_back([&, i] {
            for (int round = 0; round < 5; ++round)
                results[i] += detectLanguage(i % 2 ? english : german);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (size_t i = 0; i < results.size(); ++i)
        QCOMPARE(results[i], (i % 2 ? QStringLiteral("en") : QStringLiteral("de")).repeated(5));
}

void TestLanguageDetection::timePerCall()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString german = corpusText(QStringLiteral("markdown/comtext_marx-engels_manifest_de.md"));
    const QString sentence = QStringLiteral(
        "Wir lesen jeden Tag einen kurzen Text und sprechen abends gemeinsam darüber. "
        "Die Arbeiterinnen treffen sich nach der Schicht in der Bibliothek.");
    QElapsedTimer loading;
    loading.start();
    const LanguageGuesser guesser(languageDataDir());
    const qint64 loadNs = loading.nsecsElapsed();

    const int calls = 20;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < calls; ++i)
        QCOMPARE(guesser.guess(german), QStringLiteral("de"));
    const double longMs = timer.nsecsElapsed() / 1e6 / calls;
    timer.restart();
    for (int i = 0; i < calls; ++i)
        QCOMPARE(guesser.guess(sentence), QStringLiteral("de"));
    const double shortMs = timer.nsecsElapsed() / 1e6 / calls;
    qInfo("language detection: loading the fingerprints %.1f ms; per call %.2f ms on a %d KB text "
          "(sampled to %d KB), %.2f ms on two sentences",
          loadNs / 1e6, longMs, int(german.toUtf8().size() / 1024), LanguageGuesser::SampleBytes / 1024,
          shortMs);
}

QTEST_GUILESS_MAIN(TestLanguageDetection)
#include "tst_languagedetection.moc"
