// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/citation.h"
#include "util/languagetranslator.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace redletter;

class TestLanguageTranslator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void translatesIntoTheGivenLanguage_whateverTheUiSpeaks();
    void englishIsTheSourceText_evenInAGermanUi();
    void aLanguageWithoutTranslation_followsTheUi();
    void regionsFindTheirLanguage_andDatesUseItsLocale();
    void aMissingTranslationsDirectory_fallsBackToTheUi();
    void citationSpeaksTheReadingsLanguage();

private:
    QTranslator m_ui;
};

static const char Context[] = "redletter::DocumentBuilder";

void TestLanguageTranslator::init()
{
    // The UI speaks German in every test: the app's German translator installed, as main() does.
    QVERIFY(m_ui.load(QStringLiteral(":/i18n/redletter_de.qm")));
    QCoreApplication::installTranslator(&m_ui);
    QCOMPARE(QCoreApplication::translate(Context, "Introduction"), QStringLiteral("Einführung"));
}

void TestLanguageTranslator::cleanup()
{
    QCoreApplication::removeTranslator(&m_ui);
    LanguageTranslator::setTranslationsDirectory(QStringLiteral(":/i18n"));
}

void TestLanguageTranslator::translatesIntoTheGivenLanguage_whateverTheUiSpeaks()
{
    const LanguageTranslator french(QStringLiteral("fr"));
    QVERIFY(!french.followsUi());
    QCOMPARE(french.translate(Context, "from"), QStringLiteral("extrait de"));
    QCOMPARE(french.translate("redletter::InstallmentView", "Part %1 of %2"), QStringLiteral("Partie %1 sur %2"));
    const LanguageTranslator german(QStringLiteral("de"));
    QCOMPARE(german.translate(Context, "from"), QStringLiteral("aus"));
    // A string no translation has comes back as its source text, never empty.
    QCOMPARE(french.translate(Context, "no such string"), QStringLiteral("no such string"));
}

void TestLanguageTranslator::englishIsTheSourceText_evenInAGermanUi()
{
    for (const QString &tag : {QStringLiteral("en"), QStringLiteral("en-GB"), QStringLiteral("en_US")}) {
        const LanguageTranslator english(tag);
        QVERIFY(!english.followsUi());
        QCOMPARE(english.translate(Context, "Introduction"), QStringLiteral("Introduction"));
        QCOMPARE(english.translate(Context, "from"), QStringLiteral("from"));
    }
}

void TestLanguageTranslator::aLanguageWithoutTranslation_followsTheUi()
{
    // We have no Russian translation, and no language at all says nothing: the page speaks the UI's.
    for (const QString &tag : {QStringLiteral("ru"), QString(), QStringLiteral("  ")}) {
        const LanguageTranslator words(tag);
        QVERIFY(words.followsUi());
        QCOMPARE(words.translate(Context, "Introduction"), QStringLiteral("Einführung"));
        QCOMPARE(words.locale(), QLocale());
    }
}

void TestLanguageTranslator::regionsFindTheirLanguage_andDatesUseItsLocale()
{
    const LanguageTranslator swiss(QStringLiteral("fr-CH"));
    QCOMPARE(swiss.translate(Context, "Introduction"), QStringLiteral("Introduction"));
    QCOMPARE(swiss.translate(Context, "from"), QStringLiteral("extrait de"));
    QCOMPARE(swiss.locale().language(), QLocale::French);
    const LanguageTranslator german(QStringLiteral("de"));
    QVERIFY(german.locale().toString(QDate(2026, 11, 24), QLocale::LongFormat).contains(QLatin1String("November")));
}

void TestLanguageTranslator::aMissingTranslationsDirectory_fallsBackToTheUi()
{
    LanguageTranslator::setTranslationsDirectory(QStringLiteral("/nonexistent/redletter-i18n"));
    const LanguageTranslator french(QStringLiteral("fr"));
    QVERIFY(french.followsUi());
    QCOMPARE(french.translate(Context, "from"), QStringLiteral("aus"));
    LanguageTranslator::setTranslationsDirectory(QStringLiteral(":/i18n"));
    QCOMPARE(LanguageTranslator(QStringLiteral("fr")).translate(Context, "from"), QStringLiteral("extrait de"));
}

void TestLanguageTranslator::citationSpeaksTheReadingsLanguage()
{
    Reading reading;
    reading.title = QStringLiteral("Was tun?");
    reading.author = QStringLiteral("W. I. Lenin");
    reading.language = QStringLiteral("de");
    reading.year = 1902;
    const QString german = Citation::of(reading, QDate(2026, 11, 24)).toPlainText();
    QVERIFY2(german.contains(QStringLiteral("24. November 2026")), qPrintable(german));
    QVERIFY2(!german.contains(QLatin1String("read ")), qPrintable(german));
    reading.language = QStringLiteral("en");
    reading.title = QStringLiteral("What Is to Be Done?");
    const QString english = Citation::of(reading, QDate(2026, 11, 24)).toPlainText();
    QVERIFY2(english.contains(QLatin1String("read ")), qPrintable(english));
}

QTEST_GUILESS_MAIN(TestLanguageTranslator)
#include "tst_languagetranslator.moc"
