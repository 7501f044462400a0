// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/hyphenator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace redletter;

Q_DECLARE_METATYPE(HyphenationLimits)

namespace {

const QChar softHyphen(0x00AD);

//! The word with "-" at each point: what a dictionary listing shows, easy to read in a failure.
QString showPoints(const QString &word, const QVector<int> &points)
{
    QString shown = word;
    for (int k = int(points.size()) - 1; k >= 0; --k)
        shown.insert(points.at(k), QLatin1Char('-'));
    return shown;
}

QString withoutSoftHyphens(QString text)
{
    return text.remove(softHyphen);
}

//! QSKIPs the current test (row) when the machine has no dictionary for @p language.
#define REQUIRE_DICTIONARY(language) \
    do { \
        if (Hyphenator::dictionaryPathFor(language).isEmpty()) \
            QSKIP(qPrintable(QStringLiteral("No hyphenation dictionary for \"%1\" in %2 (Debian: " \
                                            "hyphen-en-us, hyphen-de, hyphen-fr, hyphen-ru)") \
                                 .arg(language, Hyphenator::dictionaryDirectory()))); \
    } while (false)

} // namespace

class TestHyphenator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // First, so that the threads race to load dictionaries nothing has loaded yet.
    void concurrentUse_loadsOnceAndHyphenatesTheSame();
    void dictionaryForLanguage_data();
    void dictionaryForLanguage();
    void unknownLanguage_hasNoHyphenator_data();
    void unknownLanguage_hasNoHyphenator();
    void cache_returnsTheSameInstance();
    void unreadableDictionary_givesNoHyphenator();
    void ownDictionary_skipsNonStandardBreaksAndMapsUtf8();
    void hyphenationPoints_data();
    void hyphenationPoints();
    void limitsByLanguage_data();
    void limitsByLanguage();
    void rememberedPoints_keepEachLimitsApart();
    void wordsLeftAlone_data();
    void wordsLeftAlone();
    void hyphenate_data();
    void hyphenate();
    void hyphenate_roundTripsAndIsStable_data();
    void hyphenate_roundTripsAndIsStable();
    void offsetMapping_keepsRangesOnTheirWords();
};

void TestHyphenator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHyphenator::concurrentUse_loadsOnceAndHyphenatesTheSame()
{
    const QStringList languages{QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("en"),
                                QStringLiteral("de")};
    QStringList available;
    for (const QString &language : languages) {
        if (!Hyphenator::dictionaryPathFor(language).isEmpty())
            available << language;
    }
    if (available.isEmpty())
        QSKIP(
            "No hyphenation dictionaries installed (Debian: hyphen-en-us, hyphen-de, hyphen-fr, hyphen-ru)");

    const QString text = QStringLiteral("révolution dictatorship Arbeiterbewegung диктатура hyphenation "
                                        "Rätedemokratie пролетариата développement");
    constexpr int threadCount = 4;
    constexpr int rounds = 50;
    // Each thread: per round and language, the instance it got and what it made of the text.
    std::vector<std::vector<const Hyphenator *>> instances(threadCount);
    std::vector<QStringList> results(threadCount);
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            while (!go.load())
                std::this_thread::yield();
            for (int round = 0; round < rounds; ++round) {
                for (const QString &language : available) {
                    const auto hyphenator = Hyphenator::forLanguage(language);
                    instances[t].push_back(hyphenator.get());
                    results[t].append(hyphenator ? hyphenator->hyphenate(text) : QString());
                }
            }
        });
    }
    go = true;
    for (std::thread &thread : threads)
        thread.join();

    for (int i = 0; i < int(available.size()); ++i) {
        const auto expected = Hyphenator::forLanguage(available.at(i));
        QVERIFY2(expected, qPrintable(available.at(i)));
        const QString expectedText = expected->hyphenate(text);
        QVERIFY(expectedText != text); // every language breaks some of these words
        for (int t = 0; t < threadCount; ++t) {
            for (int round = 0; round < rounds; ++round) {
                const int index = round * int(available.size()) + i;
                QCOMPARE(instances[t][size_t(index)], expected.get());
                QCOMPARE(results[t].at(index), expectedText);
            }
        }
    }
}

void TestHyphenator::dictionaryForLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedFile");

    const QDir directory(Hyphenator::dictionaryDirectory());
    const QString britishOrAmerican = directory.exists(QStringLiteral("hyph_en_GB.dic"))
        ? QStringLiteral("hyph_en_GB.dic")
        : QStringLiteral("hyph_en_US.dic");

    QTest::newRow("en is American English") << QStringLiteral("en") << QStringLiteral("hyph_en_US.dic");
    QTest::newRow("en-US") << QStringLiteral("en-US") << QStringLiteral("hyph_en_US.dic");
    QTest::newRow("en-GB falls back to en_US when missing") << QStringLiteral("en-GB") << britishOrAmerican;
    QTest::newRow("tag case and underscore do not matter")
        << QStringLiteral("EN_us") << QStringLiteral("hyph_en_US.dic");
    QTest::newRow("de is Germany") << QStringLiteral("de") << QStringLiteral("hyph_de_DE.dic");
    QTest::newRow("de-CH is Switzerland") << QStringLiteral("de-CH") << QStringLiteral("hyph_de_CH.dic");
    QTest::newRow("de-Latn-AT skips the script")
        << QStringLiteral("de-Latn-AT") << QStringLiteral("hyph_de_AT.dic");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("hyph_fr_FR.dic");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("hyph_ru_RU.dic");
}

void TestHyphenator::dictionaryForLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expectedFile);
    if (!QFileInfo::exists(QDir(Hyphenator::dictionaryDirectory()).filePath(expectedFile)))
        QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(expectedFile)));

    const QString path = Hyphenator::dictionaryPathFor(language);
    QCOMPARE(QFileInfo(path).fileName(), expectedFile);

    const auto hyphenator = Hyphenator::forLanguage(language);
    QVERIFY(hyphenator);
    QVERIFY(hyphenator->isValid());
    QCOMPARE(hyphenator->dictionaryPath(), QFileInfo(path).canonicalFilePath());
}

void TestHyphenator::unknownLanguage_hasNoHyphenator_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("empty") << QString();
    QTest::newRow("no such language") << QStringLiteral("xx");
    QTest::newRow("Klingon has no dictionary") << QStringLiteral("tlh");
    QTest::newRow("not a tag") << QStringLiteral("../../etc/passwd");
}

void TestHyphenator::unknownLanguage_hasNoHyphenator()
{
    QFETCH(QString, language);
    QVERIFY(Hyphenator::dictionaryPathFor(language).isEmpty());
    QVERIFY(!Hyphenator::forLanguage(language));
}

void TestHyphenator::cache_returnsTheSameInstance()
{
    REQUIRE_DICTIONARY(QStringLiteral("en"));
    const auto first = Hyphenator::forLanguage(QStringLiteral("en"));
    const auto again = Hyphenator::forLanguage(QStringLiteral("en"));
    const auto sameDictionary = Hyphenator::forLanguage(QStringLiteral("en-US"));
    const auto byPath = Hyphenator::forDictionary(Hyphenator::dictionaryPathFor(QStringLiteral("en")));
    QVERIFY(first);
    QCOMPARE(again.get(), first.get());
    QCOMPARE(sameDictionary.get(), first.get());
    QCOMPARE(byPath.get(), first.get());

    REQUIRE_DICTIONARY(QStringLiteral("de"));
    const auto german = Hyphenator::forLanguage(QStringLiteral("de"));
    QVERIFY(german);
    QVERIFY(german.get() != first.get());
}

void TestHyphenator::unreadableDictionary_givesNoHyphenator()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("missing\\.dic")));
    QVERIFY(!Hyphenator::forDictionary(directory.filePath(QStringLiteral("missing.dic"))));

    QFile file(directory.filePath(QStringLiteral("hyph_zz_ZZ.dic")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("NO-SUCH-CHARSET-42\n1a1\n");
    file.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("NO-SUCH-CHARSET-42")));
    QVERIFY(!Hyphenator::forDictionary(file.fileName()));
}

void TestHyphenator::ownDictionary_skipsNonStandardBreaksAndMapsUtf8()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QFile file(directory.filePath(QStringLiteral("hyph_test.dic")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    // "Schiffahrt" breaks as "Schiff-fahrt" (a letter is added: no soft hyphen can do that) and
    // as "Schiffa-hrt"; "ä" is two bytes in UTF-8 but one UTF-16 unit.
    file.write("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nf1f/ff=f,1,2\na1h\n\xC3\xA4"
               "1b\n");
    file.close();

    const auto hyphenator = Hyphenator::forDictionary(file.fileName());
    QVERIFY(hyphenator);
    const HyphenationLimits anywhere{1, 1, 5};
    QCOMPARE(showPoints(QStringLiteral("Schiffahrt"),
                        hyphenator->hyphenationPoints(QStringLiteral("Schiffahrt"), anywhere)),
             QStringLiteral("Schiffa-hrt"));
    QCOMPARE(hyphenator->hyphenationPoints(QStringLiteral("Täbelle"), anywhere), QVector<int>{2});
    QCOMPARE(hyphenator->hyphenate(QStringLiteral("Die Täbelle")), QStringLiteral("Die Tä\u00ADbelle"));
}

void TestHyphenator::hyphenationPoints_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<HyphenationLimits>("limits");
    QTest::addColumn<QString>("expected");

    const HyphenationLimits bringhurst; // 2 before, 3 after, words of 5 letters and more
    const HyphenationLimits twoAfter{2, 2, 5};

    // Each expected value is what the installed Debian dictionary says, checked by hand.
    QTest::newRow("en hyphenation") << QStringLiteral("en") << QStringLiteral("hyphenation") << bringhurst
                                    << QStringLiteral("hy-phen-ation");
    QTest::newRow("en dictatorship") << QStringLiteral("en") << QStringLiteral("dictatorship") << bringhurst
                                     << QStringLiteral("dic-ta-tor-ship");
    QTest::newRow("en capitalised word is looked up in lower case")
        << QStringLiteral("en") << QStringLiteral("Dictatorship") << bringhurst
        << QStringLiteral("Dic-ta-tor-ship");
    QTest::newRow("en left minimum 4") << QStringLiteral("en") << QStringLiteral("dictatorship")
                                       << HyphenationLimits{4, 3, 5} << QStringLiteral("dicta-tor-ship");
    QTest::newRow("en right minimum 5") << QStringLiteral("en") << QStringLiteral("dictatorship")
                                        << HyphenationLimits{2, 5, 5} << QStringLiteral("dic-ta-torship");
    QTest::newRow("en revolution") << QStringLiteral("en") << QStringLiteral("revolution") << bringhurst
                                   << QStringLiteral("rev-o-lu-tion");

    QTest::newRow("de Klassenkampf") << QStringLiteral("de") << QStringLiteral("Klassenkampf") << bringhurst
                                     << QStringLiteral("Klas-sen-kampf");
    QTest::newRow("de Arbeiterbewegung") << QStringLiteral("de") << QStringLiteral("Arbeiterbewegung")
                                         << bringhurst << QStringLiteral("Ar-bei-ter-be-we-gung");
    QTest::newRow("de Mehrwert") << QStringLiteral("de") << QStringLiteral("Mehrwert") << bringhurst
                                 << QStringLiteral("Mehr-wert");
    QTest::newRow("de Rätedemokratie, ä in a Latin-1 dictionary")
        << QStringLiteral("de") << QStringLiteral("Rätedemokratie") << bringhurst
        << QStringLiteral("Rä-te-de-mo-kra-tie");
    QTest::newRow("de Straße: ße is too short a last fragment")
        << QStringLiteral("de") << QStringLiteral("Straße") << bringhurst << QStringLiteral("Straße");
    QTest::newRow("de Straße with two letters allowed after")
        << QStringLiteral("de") << QStringLiteral("Straße") << twoAfter << QStringLiteral("Stra-ße");
    QTest::newRow("de Straßenbahn, offsets after ß") << QStringLiteral("de") << QStringLiteral("Straßenbahn")
                                                     << bringhurst << QStringLiteral("Stra-ßen-bahn");
    QTest::newRow("de Größenwahn, two non-ASCII letters")
        << QStringLiteral("de") << QStringLiteral("Größenwahn") << bringhurst
        << QStringLiteral("Grö-ßen-wahn");
    QTest::newRow("de Klasse: right minimum 3 keeps it whole")
        << QStringLiteral("de") << QStringLiteral("Klasse") << bringhurst << QStringLiteral("Klasse");
    QTest::newRow("de Leben: five letters is long enough")
        << QStringLiteral("de") << QStringLiteral("Leben") << bringhurst << QStringLiteral("Le-ben");
    QTest::newRow("de Arme: four letters is too short")
        << QStringLiteral("de") << QStringLiteral("Arme") << twoAfter << QStringLiteral("Arme");
    QTest::newRow("de Arme when four letters are allowed")
        << QStringLiteral("de") << QStringLiteral("Arme") << HyphenationLimits{2, 2, 4}
        << QStringLiteral("Ar-me");

    QTest::newRow("ru диктатура, KOI8-R dictionary")
        << QStringLiteral("ru") << QStringLiteral("диктатура") << bringhurst << QStringLiteral("дик-та-тура");
    QTest::newRow("ru диктатура with two letters allowed after")
        << QStringLiteral("ru") << QStringLiteral("диктатура") << twoAfter << QStringLiteral("дик-та-ту-ра");
    QTest::newRow("ru Пролетариата, capital Cyrillic")
        << QStringLiteral("ru") << QStringLiteral("Пролетариата") << bringhurst
        << QStringLiteral("Про-ле-та-ри-ата");

    QTest::newRow("fr développement, UTF-8 dictionary")
        << QStringLiteral("fr") << QStringLiteral("développement") << bringhurst
        << QStringLiteral("dé-ve-lop-pe-ment");
    QTest::newRow("fr révolution") << QStringLiteral("fr") << QStringLiteral("révolution") << bringhurst
                                   << QStringLiteral("ré-vo-lu-tion");
}

void TestHyphenator::hyphenationPoints()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(HyphenationLimits, limits);
    QFETCH(QString, expected);
    REQUIRE_DICTIONARY(language);
    const auto hyphenator = Hyphenator::forLanguage(language);
    QVERIFY(hyphenator);
    QCOMPARE(showPoints(word, hyphenator->hyphenationPoints(word, limits)), expected);
}

void TestHyphenator::limitsByLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    // German and Russian allow two letters after a hyphen (as TeX's patterns set them), English
    // and French keep three.
    QTest::newRow("de Straße") << QStringLiteral("de") << QStringLiteral("Straße") << QStringLiteral("Stra-ße");
    QTest::newRow("de-CH Klasse") << QStringLiteral("de-CH") << QStringLiteral("Klasse") << QStringLiteral("Klas-se");
    QTest::newRow("ru проверки") << QStringLiteral("ru") << QStringLiteral("проверки") << QStringLiteral("провер-ки");
    QTest::newRow("ru_RU диктатура") << QStringLiteral("ru_RU") << QStringLiteral("диктатура")
                                     << QStringLiteral("дик-та-ту-ра");
    QTest::newRow("en dictatorship") << QStringLiteral("en") << QStringLiteral("dictatorship")
                                     << QStringLiteral("dic-ta-tor-ship");
    QTest::newRow("en-GB revolution") << QStringLiteral("en-GB") << QStringLiteral("revolution")
                                      << QStringLiteral("rev-o-lu-tion");
    QTest::newRow("fr révolution") << QStringLiteral("fr") << QStringLiteral("révolution")
                                   << QStringLiteral("ré-vo-lu-tion");
}

void TestHyphenator::limitsByLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(QString, expected);
    const HyphenationLimits limits = HyphenationLimits::forLanguage(language);
    QCOMPARE(limits.leftMin, 2);
    QCOMPARE(limits.shortestWord, 5);
    const bool twoAfter = language.startsWith(QLatin1String("de")) || language.startsWith(QLatin1String("ru"));
    QCOMPARE(limits.rightMin, twoAfter ? 2 : 3);
    REQUIRE_DICTIONARY(language);
    const auto hyphenator = Hyphenator::forLanguage(language);
    QVERIFY(hyphenator);
    QCOMPARE(showPoints(word, hyphenator->hyphenationPoints(word, limits)), expected);
}

void TestHyphenator::rememberedPoints_keepEachLimitsApart()
{
    // A word's points are remembered with the limits they were found under: asked again under
    // other limits, the word gets those limits' points, not the ones remembered.
    REQUIRE_DICTIONARY(QStringLiteral("de"));
    const auto hyphenator = Hyphenator::forLanguage(QStringLiteral("de"));
    QVERIFY(hyphenator);
    const QString word = QStringLiteral("Klassenkämpfe");
    HyphenationLimits twoAfter;
    twoAfter.rightMin = 2;
    HyphenationLimits threeAfter;
    threeAfter.rightMin = 3;
    HyphenationLimits longWordsOnly;
    longWordsOnly.shortestWord = 20;
    for (int round = 0; round < 2; ++round) { // the second round is answered from memory
        QCOMPARE(showPoints(word, hyphenator->hyphenationPoints(word, twoAfter)), QStringLiteral("Klas-sen-kämp-fe"));
        QCOMPARE(showPoints(word, hyphenator->hyphenationPoints(word, threeAfter)), QStringLiteral("Klas-sen-kämpfe"));
        QCOMPARE(showPoints(word, hyphenator->hyphenationPoints(word, longWordsOnly)), word);
    }
}

void TestHyphenator::wordsLeftAlone_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");

    QTest::newRow("short words") << QStringLiteral("en") << QStringLiteral("the power of a class");
    QTest::newRow("numbers") << QStringLiteral("en") << QStringLiteral("1917 19171918 3rd 1920s");
    QTest::newRow("acronym in capitals") << QStringLiteral("en") << QStringLiteral("DICTATORSHIP RSDLP");
    QTest::newRow("capital inside a word")
        << QStringLiteral("en") << QStringLiteral("JavaScript McCarthyism");
    QTest::newRow("URL") << QStringLiteral("en")
                         << QStringLiteral("https://www.marxists.org/reference/archive/stalin/works/");
    QTest::newRow("URL without scheme")
        << QStringLiteral("en") << QStringLiteral("marxists.org/reference/archive/revolution");
    QTest::newRow("e-mail address") << QStringLiteral("en") << QStringLiteral("revolution@example.org");
    QTest::newRow("soft hyphens already there")
        << QStringLiteral("en") << QStringLiteral("dicta\u00ADtorship hyphen\u00ADation");
    QTest::newRow("German acronym") << QStringLiteral("de")
                                    << QStringLiteral("KPD SPD USPD ARBEITERBEWEGUNG");
    QTest::newRow("punctuation and spaces only") << QStringLiteral("en") << QStringLiteral(" -- ... !? ");
}

void TestHyphenator::wordsLeftAlone()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    REQUIRE_DICTIONARY(language);
    const auto hyphenator = Hyphenator::forLanguage(language);
    QVERIFY(hyphenator);
    QCOMPARE(hyphenator->softHyphenPositions(text), QVector<int>());
    QCOMPARE(hyphenator->hyphenate(text), text);
}

void TestHyphenator::hyphenate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "-" stands for U+00AD

    QTest::newRow("English sentence")
        << QStringLiteral("en") << QStringLiteral("The dictatorship of the proletariat, in 1917.")
        << QStringLiteral("The dic-ta-tor-ship of the pro-le-tariat, in 1917.");
    QTest::newRow("hard hyphen: each part as the dictionary says")
        << QStringLiteral("de") << QStringLiteral("Klassenkampf-Arbeiterbewegung")
        << QStringLiteral("Klas-sen-kampf-Ar-bei-ter-be-we-gung");
    QTest::newRow("German with umlauts and quotes")
        << QStringLiteral("de") << QStringLiteral("„Rätedemokratie“ und Mehrwert!")
        << QStringLiteral("„Rä-te-de-mo-kra-tie“ und Mehr-wert!");
    QTest::newRow("apostrophe word and a URL next to words")
        << QStringLiteral("en") << QStringLiteral("revolution's end (see marxists.org/revolution) revolution")
        << QStringLiteral("rev-o-lu-tion's end (see marxists.org/revolution) rev-o-lu-tion");
}

void TestHyphenator::hyphenate()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    REQUIRE_DICTIONARY(language);
    const auto hyphenator = Hyphenator::forLanguage(language);
    QVERIFY(hyphenator);
    const QString hyphenated = hyphenator->hyphenate(text);
    QString shown = hyphenated;
    shown.replace(softHyphen, QLatin1Char('-'));
    QCOMPARE(shown, expected);
}

void TestHyphenator::hyphenate_roundTripsAndIsStable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringLiteral("Whose resistance is increased tenfold by its overthrow "
                                               "(see Vol. XXV, p. 190) -- and 1914-1918.");
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringLiteral("Die Straßenbahn der Rätedemokratie: Größenwahn, "
                                              "Arbeiterbewegung und Klassenkampf.");
    QTest::newRow("Russian") << QStringLiteral("ru") << QStringLiteral("Диктатура пролетариата — революция.");
    QTest::newRow("surrogate pairs and emoji")
        << QStringLiteral("en") << QStringLiteral("𝔇𝔦𝔠𝔱𝔞𝔱𝔬𝔯𝔰𝔥𝔦𝔭 ✊ revolutionary");
}

void TestHyphenator::hyphenate_roundTripsAndIsStable()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    REQUIRE_DICTIONARY(language);
    const auto hyphenator = Hyphenator::forLanguage(language);
    QVERIFY(hyphenator);

    const QString hyphenated = hyphenator->hyphenate(text);
    QVERIFY2(hyphenated.count(softHyphen) > 0, qPrintable(hyphenated));
    QCOMPARE(withoutSoftHyphens(hyphenated), text);
    QCOMPARE(hyphenator->hyphenate(hyphenated), hyphenated);
    QCOMPARE(applyEdits(text, hyphenator->softHyphenEdits(text)).text, hyphenated);

    const QVector<int> positions = hyphenator->softHyphenPositions(text);
    for (int k = 0; k < int(positions.size()); ++k) {
        const int position = positions.at(k);
        QVERIFY(position > 0 && position < int(text.size()));
        QVERIFY2(text.at(position - 1).isLetter() && text.at(position).isLetter(),
                 qPrintable(QStringLiteral("between letters at %1").arg(position)));
        QCOMPARE(hyphenated.at(mapOffset(positions, position) - 1), softHyphen);
        if (k > 0)
            QVERIFY(positions.at(k - 1) < position);
    }
}

void TestHyphenator::offsetMapping_keepsRangesOnTheirWords()
{
    REQUIRE_DICTIONARY(QStringLiteral("en"));
    const auto hyphenator = Hyphenator::forLanguage(QStringLiteral("en"));
    QVERIFY(hyphenator);

    const QString text = QStringLiteral("The dictatorship of the proletariat is a revolution.");
    const int dictatorship = int(text.indexOf(QStringLiteral("dictatorship")));
    const int proletariat = int(text.indexOf(QStringLiteral("proletariat")));
    const int revolution = int(text.indexOf(QStringLiteral("revolution")));
    QVector<StyleRange> styles{{StyleRange::Emphasis, dictatorship, dictatorship + 12, {}},
                               {StyleRange::Strong, proletariat, proletariat + 11, {}}};
    QVector<Anchor> anchors{{Anchor::EditorialNote, proletariat, revolution + 10, 0},
                            {Anchor::FootnoteReference, revolution + 10, revolution + 10, 1}};

    const QVector<int> positions = hyphenator->softHyphenPositions(text);
    const EditedText hyphenated = applyEdits(text, hyphenator->softHyphenEdits(text));
    for (int offset = 0; offset <= int(text.size()); ++offset)
        QCOMPARE(hyphenated.mapOffset(offset), mapOffset(positions, offset));

    hyphenated.mapRanges(&styles);
    hyphenated.mapRanges(&anchors);
    const auto covered = [&](int start, int end) { return hyphenated.text.mid(start, end - start); };
    QCOMPARE(covered(styles.at(0).start, styles.at(0).end), QStringLiteral("dic\u00ADta\u00ADtor\u00ADship"));
    QCOMPARE(withoutSoftHyphens(covered(styles.at(1).start, styles.at(1).end)),
             QStringLiteral("proletariat"));
    QCOMPARE(withoutSoftHyphens(covered(anchors.at(0).start, anchors.at(0).end)),
             QStringLiteral("proletariat is a revolution"));
    QCOMPARE(anchors.at(1).start, anchors.at(1).end);
    QCOMPARE(hyphenated.text.at(anchors.at(1).start), QLatin1Char('.'));
}

QTEST_GUILESS_MAIN(TestHyphenator)
#include "tst_hyphenator.moc"
