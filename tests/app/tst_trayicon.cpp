// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon's menu: what it offers, what it asks for, and how it shows the current state.
#include "application.h"
#include "desktop/trayicon.h"
#include "testsupport.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

using namespace redletter;

class TestTrayIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void menu_offersTheIssuesEntriesInOrder();
    void openAndArchiveAndQuit_areRequested();
    void pause_isCheckable_andRequestsTheNewState();
    void setPaused_reflectsTheStateWithoutRequesting();
    void reminderTime_presets_requestTheirTimes();
    void reminderTime_custom_asksAndRequestsTheChosenTime();
    void reminderTime_customCancelled_keepsTheCheckMarkOnTheCurrentTime();
    void setReminderTime_otherThanPresets_showsItOnCustom();
    void startAtLogin_requestsTheNewState();
    void availability_followsTheProbe();

private:
    static QAction *action(TrayIcon &tray, const char *name)
    {
        return tray.menu()->findChild<QAction *>(QString::fromLatin1(name));
    }
};

void TestTrayIcon::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestTrayIcon::menu_offersTheIssuesEntriesInOrder()
{
    TrayIcon tray;
    QStringList names;
    for (QAction *entry : tray.menu()->actions()) {
        if (entry->isSeparator())
            continue;
        names.append(entry->menu() ? entry->menu()->objectName() : entry->objectName());
    }
    QCOMPARE(names, QStringList({QStringLiteral("trayOpenTodayAction"), QStringLiteral("trayArchiveAction"),
                                 QStringLiteral("trayPauseAction"), QStringLiteral("trayReminderTimeMenu"),
                                 QStringLiteral("trayStartAtLoginAction"), QStringLiteral("trayQuitAction")}));
    QCOMPARE(tray.systemTrayIcon()->contextMenu(), tray.menu());
    QVERIFY(!tray.systemTrayIcon()->icon().isNull());
}

void TestTrayIcon::openAndArchiveAndQuit_areRequested()
{
    TrayIcon tray;
    QSignalSpy open(&tray, &TrayIcon::openTodayRequested);
    QSignalSpy archive(&tray, &TrayIcon::archiveRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    action(tray, "trayOpenTodayAction")->trigger();
    action(tray, "trayArchiveAction")->trigger();
    action(tray, "trayQuitAction")->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(archive.count(), 1);
    QCOMPARE(quit.count(), 1);
    Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Trigger); // a left click on the icon
    QCOMPARE(open.count(), 2);
}

void TestTrayIcon::pause_isCheckable_andRequestsTheNewState()
{
    TrayIcon tray;
    QSignalSpy pause(&tray, &TrayIcon::pauseRequested);
    QAction *entry = action(tray, "trayPauseAction");
    QVERIFY(entry->isCheckable());
    QVERIFY(!entry->isChecked());
    entry->trigger();
    entry->trigger();
    QCOMPARE(pause.count(), 2);
    QCOMPARE(pause.at(0).at(0).toBool(), true);
    QCOMPARE(pause.at(1).at(0).toBool(), false);
}

void TestTrayIcon::setPaused_reflectsTheStateWithoutRequesting()
{
    TrayIcon tray;
    QSignalSpy pause(&tray, &TrayIcon::pauseRequested);
    tray.setPaused(true);
    QVERIFY(action(tray, "trayPauseAction")->isChecked());
    tray.setStartAtLogin(true);
    QVERIFY(action(tray, "trayStartAtLoginAction")->isChecked());
    QCOMPARE(pause.count(), 0);
}

void TestTrayIcon::reminderTime_presets_requestTheirTimes()
{
    TrayIcon tray;
    QVERIFY(action(tray, "trayMidnightAction")->isChecked()); // the default
    QSignalSpy time(&tray, &TrayIcon::reminderTimeRequested);
    action(tray, "traySevenAction")->trigger();
    action(tray, "trayMidnightAction")->trigger();
    QCOMPARE(time.count(), 2);
    QCOMPARE(time.at(0).at(0).toTime(), QTime(7, 0));
    QCOMPARE(time.at(1).at(0).toTime(), QTime(0, 0));
}

void TestTrayIcon::reminderTime_custom_asksAndRequestsTheChosenTime()
{
    TrayIcon tray;
    QTime askedWith;
    tray.setTimeAsker([&askedWith](const QTime &current) -> std::optional<QTime> {
        askedWith = current;
        return QTime(6, 30);
    });
    QSignalSpy time(&tray, &TrayIcon::reminderTimeRequested);
    action(tray, "trayCustomTimeAction")->trigger();
    QCOMPARE(askedWith, QTime(0, 0));
    QCOMPARE(time.count(), 1);
    QCOMPARE(time.at(0).at(0).toTime(), QTime(6, 30));
}

void TestTrayIcon::reminderTime_customCancelled_keepsTheCheckMarkOnTheCurrentTime()
{
    TrayIcon tray;
    tray.setReminderTime(QTime(7, 0));
    tray.setTimeAsker([](const QTime &) -> std::optional<QTime> { return std::nullopt; });
    QSignalSpy time(&tray, &TrayIcon::reminderTimeRequested);
    action(tray, "trayCustomTimeAction")->trigger();
    QCOMPARE(time.count(), 0);
    QVERIFY(action(tray, "traySevenAction")->isChecked());
    QVERIFY(!action(tray, "trayCustomTimeAction")->isChecked());
}

void TestTrayIcon::setReminderTime_otherThanPresets_showsItOnCustom()
{
    TrayIcon tray;
    tray.setReminderTime(QTime(6, 30));
    QAction *custom = action(tray, "trayCustomTimeAction");
    QVERIFY(custom->isChecked());
    QVERIFY2(custom->text().contains(QLatin1String("06:30")) && !custom->text().contains(QLatin1String("06:30:00")),
             qPrintable(custom->text()));
    tray.setReminderTime(QTime(0, 0));
    QVERIFY(action(tray, "trayMidnightAction")->isChecked());
    QVERIFY(!custom->text().contains(QLatin1String("06:30")));
}

void TestTrayIcon::startAtLogin_requestsTheNewState()
{
    TrayIcon tray;
    QSignalSpy login(&tray, &TrayIcon::startAtLoginRequested);
    action(tray, "trayStartAtLoginAction")->trigger();
    QCOMPARE(login.count(), 1);
    QCOMPARE(login.at(0).at(0).toBool(), true);
}

void TestTrayIcon::availability_followsTheProbe()
{
    TrayIcon tray;
    QVERIFY(!tray.isTrayAvailable()); // the offscreen platform has no tray
    bool trayThere = false;
    QSignalSpy changed(&tray, &TrayIcon::trayAvailabilityChanged);
    tray.setAvailabilityProbe([&trayThere] { return trayThere; });
    QCOMPARE(changed.count(), 0);
    tray.setAvailabilityCheckInterval(20);
    trayThere = true; // a tray host starts after the app
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 2000);
    QCOMPARE(changed.at(0).at(0).toBool(), true);
    QVERIFY(tray.isTrayAvailable());
    trayThere = false;
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 2000);
    QVERIFY(!tray.isTrayAvailable());
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
