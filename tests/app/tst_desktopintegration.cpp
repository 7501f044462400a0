// SPDX-License-Identifier: GPL-3.0-or-later
// The app's life in the background, wired together: reminder → notification → window, closing to
// the tray, and a later launch raising the window. Offscreen, with a fake notification daemon.
#include "appcontext.h"
#include "application.h"
#include "desktop/desktopintegration.h"
#include "desktop/notifier.h"
#include "desktop/trayicon.h"
#include "fakenotificationserver.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "privatebus.h"
#include "schedule/reminder.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QCheckBox>
#include <QFile>
#include <QSettings>
#include <QTimeEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace redletter;
using redletter::test::FakeNotificationServer;

namespace {

const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

//! The day the corpus sample is curated for.
const QDate SampleDay(2026, 11, 24);
const QString SampleSummary = QStringLiteral("Today's reading: The Dictatorship of the Proletariat · Joseph Stalin · 12 min");

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void midnight_notifiesOfTheNewDaysReading_andClickingOpensTheWindowOnIt();
    void startShown_countsAsTodaysReminder();
    void startMinimized_withATray_staysHidden_andRemindsOfToday();
    void startMinimized_withoutATray_showsTheWindow();
    void close_withATray_hidesTheWindow_withoutOne_closesIt();
    void quit_isNotStoppedByClosingToTheTray();
    void laterLaunch_raisesTheWindow_onTodayOrTheAskedDate();
    void trayMenu_pauseAndTime_reachTheSchedulerAndSettings();
    void preferences_withoutATray_reminderTimePauseAndLogin();

private:
    void createIntegration(const QDateTime &now);
    //! A value as the settings file has it now (a fresh reader of the file, as the next start).
    QVariant stored(const QString &key) const
    {
        return QSettings(m_dir->filePath(QStringLiteral("redletter.conf")), QSettings::IniFormat).value(key);
    }

    test::PrivateBus m_bus;
    int m_round = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock *m_clock = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QDBusConnection> m_serverBus;
    std::unique_ptr<QDBusConnection> m_appBus;
    std::unique_ptr<FakeNotificationServer> m_server;
    std::unique_ptr<DesktopIntegration> m_desktop;
};

void TestDesktopIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    QString error;
    if (!m_bus.start(&error))
        QSKIP(qPrintable(QStringLiteral("no private bus: ") + error));
}

void TestDesktopIntegration::init()
{
    REDLETTER_REQUIRE_CORPUS();
    ++m_round;
    m_dir = std::make_unique<QTemporaryDir>();
    m_serverBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("server%1").arg(m_round)));
    m_appBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("app%1").arg(m_round)));
    m_server = std::make_unique<FakeNotificationServer>(*m_serverBus);
    QVERIFY(m_server->registerOnBus());
}

void TestDesktopIntegration::createIntegration(const QDateTime &now)
{
    QString error;
    m_context = test::openTestContext(*m_dir, now, &error, &m_clock);
    QVERIFY2(m_context, qPrintable(error));
    const QString sample = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    QVERIFY2(test::importSources(*m_context, {sample}, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_context);
    const QDBusConnection noSystemBus =
        QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("nosystem"));
    m_desktop = std::make_unique<DesktopIntegration>(*m_context, *m_window, m_context->settings(), *m_appBus, noSystemBus);
    m_desktop->scheduler().setBackstopInterval(0);
}

void TestDesktopIntegration::cleanup()
{
    m_desktop.reset();
    m_window.reset();
    m_context.reset();
    m_server.reset();
    m_serverBus.reset();
    m_appBus.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("server%1").arg(m_round));
    QDBusConnection::disconnectFromBus(QStringLiteral("app%1").arg(m_round));
    m_dir.reset();
    QApplication::setQuitOnLastWindowClosed(true);
}

void TestDesktopIntegration::midnight_notifiesOfTheNewDaysReading_andClickingOpensTheWindowOnIt()
{
    createIntegration(QDateTime(SampleDay.addDays(-1), QTime(23, 59, 59, 900), berlin()));
    m_desktop->start(false);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->shownDay(), SampleDay.addDays(-1));
    m_window->hide(); // the user looks elsewhere

    m_clock->setNow(QDateTime(SampleDay, QTime(0, 0, 0, 10), berlin()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 5000);
    QCOMPARE(m_server->calls.constFirst().summary, SampleSummary);
    QCOMPARE(stored(QStringLiteral("reminder/lastReminded")).toString(), SampleDay.toString(Qt::ISODate));

    m_server->invokeAction(m_server->calls.constFirst().id);
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->isVisible(), "clicking the notification shows the window", 5000);
    QCOMPARE(m_window->shownDay(), SampleDay);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("The Dictatorship of the Proletariat — Red Letter"));
    QTest::qWait(100);
    QCOMPARE(m_server->calls.size(), 1);
}

void TestDesktopIntegration::startShown_countsAsTodaysReminder()
{
    createIntegration(QDateTime(SampleDay, QTime(9, 0), berlin()));
    m_desktop->start(false);
    QTest::qWait(100);
    QCOMPARE(m_server->calls.size(), 0);
    QCOMPARE(stored(QStringLiteral("reminder/lastReminded")).toString(), SampleDay.toString(Qt::ISODate));
}

void TestDesktopIntegration::startMinimized_withATray_staysHidden_andRemindsOfToday()
{
    // Started at login in the morning: today's reading has not been seen yet.
    createIntegration(QDateTime(SampleDay, QTime(8, 30), berlin()));
    m_desktop->tray().setAvailabilityProbe([] { return true; });
    QVERIFY(m_desktop->closeHidesWindow());
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    m_desktop->start(true);
    QVERIFY(!m_window->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 5000);
    QCOMPARE(m_server->calls.constFirst().summary, SampleSummary);
}

void TestDesktopIntegration::startMinimized_withoutATray_showsTheWindow()
{
    // Nowhere to minimize to (GNOME without AppIndicator): the window is the app.
    createIntegration(QDateTime(SampleDay, QTime(8, 30), berlin()));
    QVERIFY(!m_desktop->closeHidesWindow());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    m_desktop->start(true);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->shownDay(), SampleDay);
}

void TestDesktopIntegration::close_withATray_hidesTheWindow_withoutOne_closesIt()
{
    createIntegration(QDateTime(SampleDay, QTime(12, 0), berlin()));
    bool trayThere = true;
    m_desktop->tray().setAvailabilityProbe([&trayThere] { return trayThere; });
    m_desktop->start(false);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->close()); // refused: hidden instead
    QVERIFY(!m_window->isVisible());

    m_desktop->present(SampleDay);
    QVERIFY(m_window->isVisible());
    trayThere = false; // the tray host went away
    m_desktop->tray().setAvailabilityProbe([&trayThere] { return trayThere; });
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
}

void TestDesktopIntegration::quit_isNotStoppedByClosingToTheTray()
{
    // Qt 6 closes the windows before it quits and gives up if one stays visible: closing to the
    // tray must not make Quit (tray menu or File › Quit) impossible.
    createIntegration(QDateTime(SampleDay, QTime(12, 0), berlin()));
    m_desktop->tray().setAvailabilityProbe([] { return true; });
    m_desktop->start(false);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTimer::singleShot(0, m_desktop.get(), [this] {
        m_desktop->tray().menu()->findChild<QAction *>(QStringLiteral("trayQuitAction"))->trigger();
    });
    bool hung = false;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, this, [&hung] {
        hung = true;
        QCoreApplication::exit(1);
    });
    watchdog.start(5000);
    QCoreApplication::exec();
    QVERIFY2(!hung, "Quit did not end the event loop");
}

void TestDesktopIntegration::laterLaunch_raisesTheWindow_onTodayOrTheAskedDate()
{
    createIntegration(QDateTime(SampleDay, QTime(12, 0), berlin()));
    m_desktop->tray().setAvailabilityProbe([] { return true; });
    m_desktop->start(true);
    QVERIFY(!m_window->isVisible());

    m_desktop->handleArguments({QStringLiteral("redletter"), QStringLiteral("--minimized")});
    QVERIFY2(!m_window->isVisible(), "a second start at login leaves the window in the tray");
    m_desktop->handleArguments({QStringLiteral("redletter")});
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->shownDay(), SampleDay);
    m_desktop->handleArguments({QStringLiteral("redletter"), QStringLiteral("--date"), QStringLiteral("2026-11-20")});
    QCOMPARE(m_window->shownDay(), QDate(2026, 11, 20));
}

void TestDesktopIntegration::trayMenu_pauseAndTime_reachTheSchedulerAndSettings()
{
    createIntegration(QDateTime(SampleDay, QTime(12, 0), berlin()));
    QMenu *menu = m_desktop->tray().menu();
    menu->findChild<QAction *>(QStringLiteral("trayPauseAction"))->trigger();
    QVERIFY(m_desktop->scheduler().isPaused());
    QCOMPARE(stored(QStringLiteral("reminder/paused")).toBool(), true);
    menu->findChild<QAction *>(QStringLiteral("traySevenAction"))->trigger();
    QCOMPARE(m_desktop->scheduler().timeOfDay(), QTime(7, 0));
    QCOMPARE(stored(QStringLiteral("reminder/time")).toString(), QStringLiteral("07:00"));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("traySevenAction"))->isChecked());
}

void TestDesktopIntegration::preferences_withoutATray_reminderTimePauseAndLogin()
{
    // GNOME without the AppIndicator extension: no tray menu, so Preferences is the way.
    createIntegration(QDateTime(SampleDay, QTime(12, 0), berlin()));
    m_desktop->tray().setAvailabilityProbe([] { return false; });
    m_desktop->start(false);
    QVERIFY(!m_desktop->tray().isTrayAvailable());
    m_window->openPreferences();
    PreferencesDialog *dialog = m_window->preferencesDialog();
    QVERIFY(dialog && dialog->isVisible());

    dialog->findChild<QTimeEdit *>(QStringLiteral("reminderTime"))->setTime(QTime(7, 30));
    QCOMPARE(m_desktop->scheduler().timeOfDay(), QTime(7, 30));
    QCOMPARE(m_desktop->scheduler().nextDeadline().toTimeZone(berlin()).time(), QTime(7, 30));
    QCOMPARE(stored(QStringLiteral("reminder/time")).toString(), QStringLiteral("07:30"));
    dialog->findChild<QCheckBox *>(QStringLiteral("remindersPaused"))->setChecked(true);
    QVERIFY(m_desktop->scheduler().isPaused());
    QCOMPARE(stored(QStringLiteral("reminder/paused")).toBool(), true);

    // The reminder comes at the new time, and not while paused.
    dialog->findChild<QCheckBox *>(QStringLiteral("remindersPaused"))->setChecked(false);
    m_clock->setNow(QDateTime(SampleDay.addDays(1), QTime(7, 30, 5), berlin()));
    m_desktop->scheduler().checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 5000);

    // The tray menu (when a tray comes back) and the dialog show one truth.
    m_desktop->tray().menu()->findChild<QAction *>(QStringLiteral("trayPauseAction"))->trigger();
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("remindersPaused"))->isChecked());

    // Start at login from the dialog reaches the tray menu's check.
    QFile::remove(m_desktop->autostart().entryPath());
    dialog->hide();
    dialog->show(); // reads the entry again
    auto *login = dialog->findChild<QCheckBox *>(QStringLiteral("startAtLogin"));
    QVERIFY(!login->isChecked());
    login->setChecked(true);
    QVERIFY(m_desktop->autostart().isEnabled());
    QVERIFY(m_desktop->tray().menu()->findChild<QAction *>(QStringLiteral("trayStartAtLoginAction"))->isChecked());
    login->setChecked(false);
    QVERIFY(!m_desktop->autostart().isEnabled());
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
