// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/autostart.h"

#include <QDBusConnection>
#include <QDate>
#include <QObject>

#include <memory>

namespace redletter {

class AppContext;
struct CommandLine;
class MainWindow;
class Notifier;
class ReminderScheduler;
class ReminderStore;
class SettingsStore;
class SleepMonitor;
class TrayIcon;

/*!
 * The app's life in the background, wired together: the daily reminder (ReminderScheduler) shown
 * as a notification (Notifier) that opens the reading, the tray icon and its menu (TrayIcon),
 * closing to the tray where one exists, start at login (Autostart), and logind's wake-up hint
 * (SleepMonitor). The window is driven from outside, so MainWindow needs to know none of this.
 */
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    //! Everything must outlive this object. The buses are the session and system bus (private ones in tests).
    DesktopIntegration(AppContext &context, MainWindow &window, SettingsStore &settings,
                       const QDBusConnection &sessionBus = QDBusConnection::sessionBus(),
                       const QDBusConnection &systemBus = QDBusConnection::systemBus(),
                       QObject *parent = nullptr);
    ~DesktopIntegration() override;

    /*!
     * Shows the window on today's reading, or with @p minimized and a tray keeps it in the tray;
     * then looks whether a reminder is due. A window shown at start counts as today's reminder.
     */
    void start(bool minimized);
    //! Shows, raises and activates the window on @p day's reading.
    void present(const QDate &day);
    //! Acts on the arguments a later launch handed over (SingleInstance): opens the reading.
    void handleArguments(const QStringList &arguments);
    //! Opens what @p commandLine names in the window: a redletter:// link, or files to import.
    void openTargets(const CommandLine &commandLine);
    //! Shows the reminder for @p day's reading (what reminderDue() leads to).
    void remind(const QDate &day);

    //! Whether closing the window hides it to the tray rather than quitting.
    bool closeHidesWindow() const;

    ReminderScheduler &scheduler() const { return *m_scheduler; }
    Notifier &notifier() const { return *m_notifier; }
    TrayIcon &tray() const { return *m_tray; }
    SleepMonitor &sleepMonitor() const { return *m_sleepMonitor; }
    Autostart &autostart() { return m_autostart; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateQuitOnLastWindowClosed();
    void setStartAtLogin(bool enabled);
    void openArchive();
    void checkAfterTimeJump();

    AppContext &m_context;
    MainWindow &m_window;
    std::unique_ptr<ReminderStore> m_store;
    std::unique_ptr<ReminderScheduler> m_scheduler;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<SleepMonitor> m_sleepMonitor;
    Autostart m_autostart;
};

} // namespace redletter
