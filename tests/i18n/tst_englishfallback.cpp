// SPDX-License-Identifier: GPL-3.0-or-later
// redletter_en.ts holds every source string, but translates only the "%n" ones (their English
// plural forms); its other entries stay empty and unfinished. This checks, on the compiled
// redletter_en.qm the app installs first, that Qt then answers with the source text for those
// and with the English plural for the others.
#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

class TestEnglishFallback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unfinishedEntry_yieldsTheSourceText();
    void pluralEntry_yieldsTheEnglishPlural();

private:
    QTranslator m_english;
    QString m_ts;
};

namespace {
const char QueuedContext[] = "redletter::Commands";
const char QueuedSource[] = "Queued: %1 comes next.";
const char PartsContext[] = "redletter::LibraryWindow";
const char PartsSource[] = "%n parts";
} // namespace

void TestEnglishFallback::initTestCase()
{
    QFile ts(QStringLiteral(REDLETTER_EN_TS));
    QVERIFY2(ts.open(QIODevice::ReadOnly), REDLETTER_EN_TS);
    m_ts = QString::fromUtf8(ts.readAll());
    QVERIFY2(m_english.load(QStringLiteral(REDLETTER_EN_QM)), REDLETTER_EN_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_english));
}

void TestEnglishFallback::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_english);
}

void TestEnglishFallback::unfinishedEntry_yieldsTheSourceText()
{
    // The entry is in the English .ts, empty and unfinished: what the claim is about.
    QVERIFY2(m_ts.contains(QStringLiteral("<source>%1</source>\n        <translation type=\"unfinished\"></translation>")
                               .arg(QLatin1String(QueuedSource))),
             "redletter_en.ts should hold \"Queued: %1 comes next.\" as an empty, unfinished entry");
    // The translator has nothing for it, so QCoreApplication falls back to the source.
    QCOMPARE(m_english.translate(QueuedContext, QueuedSource), QString());
    QCOMPARE(QCoreApplication::translate(QueuedContext, QueuedSource), QString::fromLatin1(QueuedSource));
}

void TestEnglishFallback::pluralEntry_yieldsTheEnglishPlural()
{
    QVERIFY(m_ts.contains(QLatin1String("<numerusform>%n part</numerusform>")));
    QCOMPARE(QCoreApplication::translate(PartsContext, PartsSource, nullptr, 1), QStringLiteral("1 part"));
    QCOMPARE(QCoreApplication::translate(PartsContext, PartsSource, nullptr, 7), QStringLiteral("7 parts"));
    // Without the English translator Qt would say "1 parts": the translation is what makes it right.
    QCoreApplication::removeTranslator(&m_english);
    QCOMPARE(QCoreApplication::translate(PartsContext, PartsSource, nullptr, 1), QStringLiteral("1 parts"));
    QCoreApplication::installTranslator(&m_english);
}

QTEST_GUILESS_MAIN(TestEnglishFallback)
#include "tst_englishfallback.moc"
