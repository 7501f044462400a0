// SPDX-License-Identifier: GPL-3.0-or-later
// The reminder as a desktop notification, against a fake notification daemon on a private bus.
#include "application.h"
#include "desktop/notifier.h"
#include "estimating/readingtime.h"
#include "fakenotificationserver.h"
#include "importing/importer.h"
#include "privatebus.h"
#include "testsupport.h"

#include <QDBusConnection>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace redletter;
using redletter::test::FakeNotificationServer;

class TestNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void message_forTheCuratedSample_namesTitleAuthorAndMinutes();
    void message_data();
    void message();
    void showReminder_sendsNotifyWithNameIconDefaultActionAndDesktopEntry();
    void showReminder_again_replacesTheNotificationStillOnScreen();
    void defaultAction_emitsActivatedWithTheDay();
    void otherActionsAndOtherAppsNotifications_areIgnored();
    void closedNotification_isForgotten_andNotReplaced();
    void noNotificationService_andNoTray_reportsFailure();
    void notificationIcon_isTheThemeIconOrTheEmbeddedSvgOnDisk();

private:
    ReminderMessage sampleMessage() const { return {QStringLiteral("Today's reading: X · Y · 3 min"), QStringLiteral("Z")}; }

    test::PrivateBus m_bus;
    int m_connectionCount = 0;
    std::unique_ptr<QDBusConnection> m_serverConnection;
    std::unique_ptr<QDBusConnection> m_appConnection;
    std::unique_ptr<FakeNotificationServer> m_server;
};

void TestNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    QString error;
    if (!m_bus.start(&error))
        QSKIP(qPrintable(QStringLiteral("no private bus: ") + error));
}

void TestNotifier::init()
{
    // Fresh connections per test, so no notification ids or subscriptions carry over.
    ++m_connectionCount;
    m_serverConnection = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("server%1").arg(m_connectionCount)));
    m_appConnection = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("app%1").arg(m_connectionCount)));
    QVERIFY(m_serverConnection->isConnected());
    QVERIFY(m_appConnection->isConnected());
    m_server = std::make_unique<FakeNotificationServer>(*m_serverConnection);
}

void TestNotifier::cleanup()
{
    m_server.reset();
    const QString serverName = m_serverConnection->name();
    const QString appName = m_appConnection->name();
    m_serverConnection.reset();
    m_appConnection.reset();
    QDBusConnection::disconnectFromBus(serverName);
    QDBusConnection::disconnectFromBus(appName);
}

void TestNotifier::message_forTheCuratedSample_namesTitleAuthorAndMinutes()
{
    REDLETTER_REQUIRE_CORPUS();
    Reading reading;
    SourceError error;
    const QString path = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    QVERIFY2(Importer::importFile(path, &reading, &error), qPrintable(error.toString()));
    const ReminderMessage message = ReminderMessage::forReading(reading, ReadingTimeEstimator().estimate(reading).minutes);
    QCOMPARE(message.summary,
             QStringLiteral("Today's reading: The Dictatorship of the Proletariat · Joseph Stalin · 12 min"));
    QCOMPARE(message.body, reading.tagline);
    QVERIFY(!message.body.isEmpty());
}

void TestNotifier::message_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("work");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("tagline");
    QTest::addColumn<QString>("expectedSummary");
    QTest::addColumn<QString>("expectedBody");
    const QString title = QStringLiteral("On Tests");
    QTest::newRow("tagline wins over work and year")
        << QStringLiteral("A. Author") << QStringLiteral("Works") << 1900 << QStringLiteral("A line")
        << QStringLiteral("Today's reading: On Tests · A. Author · 7 min") << QStringLiteral("A line");
    QTest::newRow("no tagline: work and year")
        << QStringLiteral("A. Author") << QStringLiteral("Works") << 1900 << QString()
        << QStringLiteral("Today's reading: On Tests · A. Author · 7 min") << QStringLiteral("Works, 1900");
    QTest::newRow("no tagline, no year: the work")
        << QStringLiteral("A. Author") << QStringLiteral("Works") << 0 << QString()
        << QStringLiteral("Today's reading: On Tests · A. Author · 7 min") << QStringLiteral("Works");
    QTest::newRow("no author: no empty part")
        << QString() << QString() << 0 << QString() << QStringLiteral("Today's reading: On Tests · 7 min") << QString();
}

void TestNotifier::message()
{
    QFETCH(QString, author);
    QFETCH(QString, work);
    QFETCH(int, year);
    QFETCH(QString, tagline);
    QFETCH(QString, expectedSummary);
    QFETCH(QString, expectedBody);
    Reading reading;
    reading.title = QStringLiteral("On Tests");
    reading.author = author;
    reading.work = work;
    reading.year = year;
    reading.tagline = tagline;
    const ReminderMessage message = ReminderMessage::forReading(reading, 7);
    QCOMPARE(message.summary, expectedSummary);
    QCOMPARE(message.body, expectedBody);
}

void TestNotifier::showReminder_sendsNotifyWithNameIconDefaultActionAndDesktopEntry()
{
    QVERIFY(m_server->registerOnBus());
    Notifier notifier(*m_appConnection);
    QSignalSpy shown(&notifier, &Notifier::reminderShown);
    const QDate day(2026, 11, 25);
    notifier.showReminder(day, {QStringLiteral("Today's reading: On Tests · A. Author · 7 min"),
                                QStringLiteral("Marx & Engels <1848>")});
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
    QCOMPARE(shown.at(0).at(0).toDate(), day);
    QCOMPARE(shown.at(0).at(1).toBool(), true);

    QCOMPARE(m_server->calls.size(), 1);
    const FakeNotificationServer::Call &call = m_server->calls.constFirst();
    QCOMPARE(call.appName, QStringLiteral("Red Letter"));
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.appIcon, Notifier::notificationIcon());
    QCOMPARE(call.summary, QStringLiteral("Today's reading: On Tests · A. Author · 7 min"));
    // The body may carry markup: text is escaped so "<1848>" is not taken for a tag.
    QCOMPARE(call.body, QStringLiteral("Marx &amp; Engels &lt;1848&gt;"));
    QVERIFY2(call.actions.size() == 2 && call.actions.at(0) == QLatin1String("default"),
             qPrintable(call.actions.join(QLatin1Char(','))));
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("org.redletter.redletter"));
    QCOMPARE(call.expireTimeout, -1);
}

void TestNotifier::showReminder_again_replacesTheNotificationStillOnScreen()
{
    QVERIFY(m_server->registerOnBus());
    Notifier notifier(*m_appConnection);
    QSignalSpy shown(&notifier, &Notifier::reminderShown);
    notifier.showReminder(QDate(2026, 11, 25), sampleMessage());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
    notifier.showReminder(QDate(2026, 11, 26), sampleMessage());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 5000);
    QCOMPARE(m_server->calls.size(), 2);
    QCOMPARE(m_server->calls.at(1).replacesId, m_server->calls.at(0).id);

    // The replaced notification now stands for the new day.
    QSignalSpy activated(&notifier, &Notifier::activated);
    m_server->invokeAction(m_server->calls.at(1).id);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 5000);
    QCOMPARE(activated.at(0).at(0).toDate(), QDate(2026, 11, 26));
}

void TestNotifier::defaultAction_emitsActivatedWithTheDay()
{
    QVERIFY(m_server->registerOnBus());
    Notifier notifier(*m_appConnection);
    QSignalSpy shown(&notifier, &Notifier::reminderShown);
    QSignalSpy activated(&notifier, &Notifier::activated);
    notifier.showReminder(QDate(2026, 11, 25), sampleMessage());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
    m_server->invokeAction(m_server->calls.constFirst().id);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 5000);
    QCOMPARE(activated.at(0).at(0).toDate(), QDate(2026, 11, 25));
}

void TestNotifier::otherActionsAndOtherAppsNotifications_areIgnored()
{
    QVERIFY(m_server->registerOnBus());
    Notifier notifier(*m_appConnection);
    QSignalSpy shown(&notifier, &Notifier::reminderShown);
    QSignalSpy activated(&notifier, &Notifier::activated);
    notifier.showReminder(QDate(2026, 11, 25), sampleMessage());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
    const uint ours = m_server->calls.constFirst().id;
    m_server->invokeAction(ours + 100);                            // someone else's notification
    m_server->invokeAction(ours, QStringLiteral("snooze"));        // not our default action
    m_server->invokeAction(ours);                                  // this one counts
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 5000);
    QTest::qWait(100);
    QCOMPARE(activated.count(), 1);
}

void TestNotifier::closedNotification_isForgotten_andNotReplaced()
{
    QVERIFY(m_server->registerOnBus());
    Notifier notifier(*m_appConnection);
    QSignalSpy shown(&notifier, &Notifier::reminderShown);
    QSignalSpy activated(&notifier, &Notifier::activated);
    notifier.showReminder(QDate(2026, 11, 25), sampleMessage());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
    const uint id = m_server->calls.constFirst().id;
    m_server->close(id);
    m_server->invokeAction(id); // a late click on a notification that is gone
    QTest::qWait(200);
    QCOMPARE(activated.count(), 0);

    notifier.showReminder(QDate(2026, 11, 26), sampleMessage());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 5000);
    QCOMPARE(m_server->calls.at(1).replacesId, 0u);
}

void TestNotifier::noNotificationService_andNoTray_reportsFailure()
{
    // Nobody owns org.freedesktop.Notifications, and the offscreen platform has no tray.
    Notifier notifier(*m_appConnection);
    QSignalSpy shown(&notifier, &Notifier::reminderShown);
    QSignalSpy failed(&notifier, &Notifier::reminderFailed);
    notifier.showReminder(QDate(2026, 11, 25), sampleMessage());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(failed.at(0).at(0).toDate(), QDate(2026, 11, 25));
    QCOMPARE(shown.count(), 0);
}

void TestNotifier::notificationIcon_isTheThemeIconOrTheEmbeddedSvgOnDisk()
{
    const QString icon = Notifier::notificationIcon();
    if (icon == Notifier::DesktopEntry)
        QSKIP("the icon is installed in the icon theme here");
    QVERIFY2(QDir::isAbsolutePath(icon), qPrintable(icon));
    QVERIFY(icon.endsWith(QLatin1String(".svg")));
    QFile embedded(QStringLiteral(":/icons/redletter.svg"));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QCOMPARE(test::readFile(icon), embedded.readAll());
    QCOMPARE(Notifier::notificationIcon(), icon); // the second time finds it there
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
