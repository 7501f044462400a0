// SPDX-License-Identifier: GPL-3.0-or-later
// redletter://reading/ID#annotation-UUID: written by the Markdown export, read back by the app.
#include "annotations/applink.h"
#include "exporting/markdownexport.h"

#include <QTest>

using namespace redletter;

class TestAppLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void theExportsLink_isReadBack();
    void parse_takesWhatNoteAppsMakeOfIt();
    void parse_refusesOtherLinks_data();
    void parse_refusesOtherLinks();
    void isAppLink_recognisesTheSchemeOnly();
};

void TestAppLink::roundTrip_data()
{
    QTest::addColumn<QString>("readingId");
    QTest::addColumn<QString>("annotationId");
    QTest::addColumn<QString>("text");

    QTest::newRow("annotation") << QStringLiteral("primer-the-state") << QStringLiteral("3f0c6a52-7d1e-4b8a-9c55-2f7e1d0a9b41")
                                << QStringLiteral("redletter://reading/primer-the-state#annotation-3f0c6a52-7d1e-4b8a-9c55-2f7e1d0a9b41");
    QTest::newRow("reading only") << QStringLiteral("lenin--state-and-revolution--edition-2") << QString()
                                  << QStringLiteral("redletter://reading/lenin--state-and-revolution--edition-2");
    QTest::newRow("cyrillic id") << QStringLiteral("ленин--государство") << QStringLiteral("6f1c")
                                 << QStringLiteral("redletter://reading/%D0%BB%D0%B5%D0%BD%D0%B8%D0%BD--"
                                                   "%D0%B3%D0%BE%D1%81%D1%83%D0%B4%D0%B0%D1%80%D1%81%D1%82%D0%B2%D0%BE#annotation-6f1c");
    QTest::newRow("slash, space, hash and percent in an id")
        << QStringLiteral("a/b c#d%e") << QStringLiteral("x") << QStringLiteral("redletter://reading/a%2Fb%20c%23d%25e#annotation-x");
}

void TestAppLink::roundTrip()
{
    QFETCH(QString, readingId);
    QFETCH(QString, annotationId);
    QFETCH(QString, text);

    const QUrl url = AppLink::url(readingId, annotationId);
    QCOMPARE(url.toString(QUrl::FullyEncoded), text);
    // As a note app hands it over: the text of the link, on the command line.
    const std::optional<AppLink> link = AppLink::parse(QUrl(text));
    QVERIFY(link);
    QCOMPARE(link->readingId, readingId);
    QCOMPARE(link->annotationId, annotationId);
}

void TestAppLink::theExportsLink_isReadBack()
{
    const QUrl exported = annotationAppLink(QStringLiteral("primer-hegemony"), QStringLiteral("00000000-0000-4000-8000-000000000001"));
    const std::optional<AppLink> link = AppLink::parse(QUrl(exported.toString(QUrl::FullyEncoded)));
    QVERIFY(link);
    QCOMPARE(*link, (AppLink{QStringLiteral("primer-hegemony"), QStringLiteral("00000000-0000-4000-8000-000000000001")}));
}

void TestAppLink::parse_takesWhatNoteAppsMakeOfIt()
{
    // A trailing slash, an upper-case scheme and host.
    const std::optional<AppLink> slash = AppLink::parse(QUrl(QStringLiteral("REDLETTER://Reading/primer-the-state/#annotation-u1")));
    QVERIFY(slash);
    QCOMPARE(*slash, (AppLink{QStringLiteral("primer-the-state"), QStringLiteral("u1")}));
}

void TestAppLink::parse_refusesOtherLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("another scheme") << QStringLiteral("https://reading/primer-the-state#annotation-u1");
    QTest::newRow("another host") << QStringLiteral("redletter://note/primer-the-state#annotation-u1");
    QTest::newRow("no reading") << QStringLiteral("redletter://reading/#annotation-u1");
    QTest::newRow("no path") << QStringLiteral("redletter://reading");
    QTest::newRow("another fragment") << QStringLiteral("redletter://reading/primer-the-state#page-3");
    QTest::newRow("opaque") << QStringLiteral("redletter:primer-the-state");
    QTest::newRow("garbage") << QStringLiteral("redletter://reading/%00");
}

void TestAppLink::parse_refusesOtherLinks()
{
    QFETCH(QString, text);
    QVERIFY2(!AppLink::parse(QUrl(text)), qPrintable(text));
}

void TestAppLink::isAppLink_recognisesTheSchemeOnly()
{
    QVERIFY(AppLink::isAppLink(QStringLiteral("redletter://reading/x")));
    QVERIFY(AppLink::isAppLink(QStringLiteral("RedLetter:nonsense")));
    QVERIFY(!AppLink::isAppLink(QStringLiteral("redletter.md")));
    QVERIFY(!AppLink::isAppLink(QStringLiteral("/home/me/redletter://x")));
    QVERIFY(!AppLink::isAppLink(QStringLiteral("file:///home/me/a.epub")));
}

QTEST_GUILESS_MAIN(TestAppLink)
#include "tst_applink.moc"
