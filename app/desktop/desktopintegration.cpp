// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/desktopintegration.h"

#include "appcontext.h"
#include "commandline.h"
#include "desktop/desktoplogging.h"
#include "desktop/notifier.h"
#include "desktop/sleepmonitor.h"
#include "desktop/trayicon.h"
#include "mainwindow.h"
#include "schedule/midnightwatcher.h"
#include "schedule/reminder.h"
#include "settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimer>

namespace redletter {

DesktopIntegration::DesktopIntegration(AppContext &context, MainWindow &window, SettingsStore &settings,
                                       const QDBusConnection &sessionBus, const QDBusConnection &systemBus,
                                       QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_store(std::make_unique<SettingsReminderStore>(settings))
    , m_scheduler(std::make_unique<ReminderScheduler>(context.clock(), *m_store))
    , m_notifier(std::make_unique<Notifier>(sessionBus))
    , m_tray(std::make_unique<TrayIcon>())
    , m_sleepMonitor(std::make_unique<SleepMonitor>(systemBus))
{
    connect(m_scheduler.get(), &ReminderScheduler::reminderDue, this, &DesktopIntegration::remind);
    connect(m_notifier.get(), &Notifier::activated, this, &DesktopIntegration::present);
    m_notifier->setFallbackTrayIcon(m_tray->systemTrayIcon());

    m_tray->setPaused(m_scheduler->isPaused());
    m_tray->setReminderTime(m_scheduler->timeOfDay());
    m_tray->setStartAtLogin(m_autostart.isEnabled());
    connect(m_tray.get(), &TrayIcon::openTodayRequested, this, [this] { present(m_context.clock().today()); });
    connect(m_tray.get(), &TrayIcon::archiveRequested, this, &DesktopIntegration::openArchive);
    connect(m_tray.get(), &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_tray.get(), &TrayIcon::pauseRequested, m_scheduler.get(), &ReminderScheduler::setPaused);
    connect(m_tray.get(), &TrayIcon::reminderTimeRequested, m_scheduler.get(), &ReminderScheduler::setTimeOfDay);
    connect(m_tray.get(), &TrayIcon::startAtLoginRequested, this, &DesktopIntegration::setStartAtLogin);
    connect(m_tray.get(), &TrayIcon::trayAvailabilityChanged, this, &DesktopIntegration::updateQuitOnLastWindowClosed);
    connect(m_scheduler.get(), &ReminderScheduler::policyChanged, this, [this] {
        m_tray->setPaused(m_scheduler->isPaused());
        m_tray->setReminderTime(m_scheduler->timeOfDay());
    });
    // Preferences changes the settings; the scheduler takes them up (no tray needed for that).
    connect(&settings, &SettingsStore::changed, m_scheduler.get(), [this](const Settings &changed) {
        m_scheduler->setTimeOfDay(changed.reminderTime);
        m_scheduler->setPaused(changed.remindersPaused);
    });
    connect(&m_window, &MainWindow::startAtLoginChanged, m_tray.get(), &TrayIcon::setStartAtLogin);

    connect(m_sleepMonitor.get(), &SleepMonitor::resumed, this, &DesktopIntegration::checkAfterTimeJump);
    connect(m_sleepMonitor.get(), &SleepMonitor::timeZoneChanged, this, &DesktopIntegration::checkAfterTimeJump);

    // Qt 6 closes every window before it quits and gives up if one is still visible; a window
    // closed to the tray is hidden, so Quit still quits.
    m_window.installEventFilter(this);
    updateQuitOnLastWindowClosed();
}

DesktopIntegration::~DesktopIntegration()
{
    m_window.removeEventFilter(this);
}

void DesktopIntegration::start(bool minimized)
{
    if (minimized && closeHidesWindow()) {
        qCInfo(lcDesktop) << "started in the tray";
    } else {
        present(m_context.clock().today());
    }
    m_scheduler->checkNow();
    // The day's backup once the day's text is set (from the event loop, when start-up is over), in
    // a worker thread: a large catalog takes over a second to copy and the reader should not wait
    // for it, nor find the window frozen meanwhile.
    QTimer::singleShot(0, this, [this] { m_context.startBackupIfDue(); });
}

void DesktopIntegration::present(const QDate &day)
{
    if (day == m_context.clock().today())
        m_window.showToday();
    else
        m_window.showDay(day);
    m_window.show();
    m_window.setWindowState((m_window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window.raise();
    m_window.activateWindow();
    m_scheduler->acknowledge(day);
}

void DesktopIntegration::handleArguments(const QStringList &arguments)
{
    const CommandLine commandLine = parseCommandLine(arguments);
    if (commandLine.mode == CommandLine::Mode::Window && commandLine.minimized && !commandLine.hasTargets())
        return; // started at login again: stay in the tray
    const bool otherDay = commandLine.mode == CommandLine::Mode::Window && commandLine.date.isValid();
    present(otherDay ? commandLine.date : m_context.clock().today());
    if (commandLine.mode == CommandLine::Mode::Window)
        openTargets(commandLine);
}

void DesktopIntegration::openTargets(const CommandLine &commandLine)
{
    if (!commandLine.openFiles.isEmpty())
        m_window.openFiles(commandLine.openFiles);
    if (!commandLine.openLink)
        return;
    const AppLink &link = *commandLine.openLink;
    if (m_window.openAppLink(link))
        qCInfo(lcDesktop).noquote() << "opened reading" << link.readingId
                                    << (link.annotationId.isEmpty() ? QString() : QStringLiteral("and selected the passage of note ") + link.annotationId);
    else
        qCWarning(lcDesktop).noquote() << "could not open" << link.readingId << link.annotationId;
}

void DesktopIntegration::remind(const QDate &day)
{
    QString error;
    const std::optional<ServedDay> served = m_context.schedule().serve(day, &error);
    const std::optional<Reading> reading = served ? m_context.catalog().reading(served->readingId) : std::nullopt;
    if (!reading) {
        qCWarning(lcDesktop) << "no reading to remind of on" << day.toString(Qt::ISODate) << error;
        return;
    }
    const int minutes = ReadingTimeEstimator().estimate(*reading).minutes;
    m_notifier->showReminder(day, ReminderMessage::forReading(*reading, minutes));
}

bool DesktopIntegration::closeHidesWindow() const
{
    return m_tray->isTrayAvailable();
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Close && closeHidesWindow()) {
        event->ignore();
        m_window.hide();
        qCInfo(lcDesktop) << "closed to the tray";
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void DesktopIntegration::updateQuitOnLastWindowClosed()
{
    // With a tray the app lives on without windows; without one, closing the window quits, and
    // reminders come while the app runs.
    QApplication::setQuitOnLastWindowClosed(!closeHidesWindow());
}

void DesktopIntegration::setStartAtLogin(bool enabled)
{
    QString error;
    if (!m_autostart.setEnabled(enabled, QCoreApplication::applicationFilePath(), &error)) {
        qCWarning(lcDesktop) << error;
        QMessageBox::warning(&m_window, tr("Start at Login"), tr("The login entry cannot be changed.\n\n%1").arg(error));
    }
    m_tray->setStartAtLogin(m_autostart.isEnabled());
}

void DesktopIntegration::openArchive()
{
    present(m_window.shownDay().isValid() ? m_window.shownDay() : m_context.clock().today());
    if (auto *archive = m_window.findChild<QAction *>(QStringLiteral("archiveAction")))
        archive->trigger();
}

void DesktopIntegration::checkAfterTimeJump()
{
    m_scheduler->checkNow();
    m_window.midnightWatcher()->checkNow();
}

} // namespace redletter
