// SPDX-License-Identifier: GPL-3.0-or-later
// logind's and timedated's hints, played on a private bus standing in for the system bus.
#include "desktop/sleepmonitor.h"
#include "privatebus.h"
#include "testsupport.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace redletter;

class TestSleepMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void prepareForSleep_false_meansResumed();
    void timedateTimezoneChange_isReported_otherPropertiesAreNot();
    void signalsFromAnImpostor_areIgnored();
    void noSystemBus_staysInactive();

private:
    void sendPrepareForSleep(const QDBusConnection &from, bool goingToSleep);

    test::PrivateBus m_bus;
};

void TestSleepMonitor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    if (!m_bus.start(&error))
        QSKIP(qPrintable(QStringLiteral("no private bus: ") + error));
}

void TestSleepMonitor::sendPrepareForSleep(const QDBusConnection &from, bool goingToSleep)
{
    QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1"),
                                                     QStringLiteral("org.freedesktop.login1.Manager"),
                                                     QStringLiteral("PrepareForSleep"));
    signal << goingToSleep;
    QVERIFY(from.send(signal));
}

void TestSleepMonitor::prepareForSleep_false_meansResumed()
{
    QDBusConnection logind = QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("logind"));
    QVERIFY(logind.registerService(QStringLiteral("org.freedesktop.login1")));
    const QDBusConnection app = QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("app-sleep"));
    SleepMonitor monitor(app);
    QVERIFY(monitor.isActive());
    QSignalSpy asleep(&monitor, &SleepMonitor::aboutToSleep);
    QSignalSpy resumed(&monitor, &SleepMonitor::resumed);
    QTest::qWait(100); // let the match rule reach the bus

    sendPrepareForSleep(logind, true);
    QTRY_COMPARE_WITH_TIMEOUT(asleep.count(), 1, 5000);
    QCOMPARE(resumed.count(), 0);
    sendPrepareForSleep(logind, false);
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, 5000);
    QCOMPARE(asleep.count(), 1);
    logind.unregisterService(QStringLiteral("org.freedesktop.login1"));
}

void TestSleepMonitor::timedateTimezoneChange_isReported_otherPropertiesAreNot()
{
    QDBusConnection timedated = QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("timedated"));
    QVERIFY(timedated.registerService(QStringLiteral("org.freedesktop.timedate1")));
    const QDBusConnection app = QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("app-zone"));
    SleepMonitor monitor(app);
    QSignalSpy zone(&monitor, &SleepMonitor::timeZoneChanged);
    QTest::qWait(100);

    const auto propertiesChanged = [&timedated](const QVariantMap &changed) {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/timedate1"),
                                                         QStringLiteral("org.freedesktop.DBus.Properties"),
                                                         QStringLiteral("PropertiesChanged"));
        signal << QStringLiteral("org.freedesktop.timedate1") << changed << QStringList();
        timedated.send(signal);
    };
    propertiesChanged({{QStringLiteral("NTP"), true}});
    propertiesChanged({{QStringLiteral("Timezone"), QStringLiteral("America/New_York")}});
    QTRY_COMPARE_WITH_TIMEOUT(zone.count(), 1, 5000);
    QTest::qWait(100);
    QCOMPARE(zone.count(), 1);
    timedated.unregisterService(QStringLiteral("org.freedesktop.timedate1"));
}

void TestSleepMonitor::signalsFromAnImpostor_areIgnored()
{
    // Anyone may send a signal named PrepareForSleep; only logind's counts.
    const QDBusConnection impostor = QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("impostor"));
    const QDBusConnection app = QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("app-impostor"));
    SleepMonitor monitor(app);
    QSignalSpy resumed(&monitor, &SleepMonitor::resumed);
    QTest::qWait(100);
    sendPrepareForSleep(impostor, false);
    QTest::qWait(300);
    QCOMPARE(resumed.count(), 0);
}

void TestSleepMonitor::noSystemBus_staysInactive()
{
    const QDBusConnection nowhere =
        QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("nowhere"));
    QVERIFY(!nowhere.isConnected());
    const SleepMonitor monitor(nowhere);
    QVERIFY(!monitor.isActive());
}

QTEST_GUILESS_MAIN(TestSleepMonitor)
#include "tst_sleepmonitor.moc"
