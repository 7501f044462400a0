// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTime>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace redletter {

/*!
 * The tray icon and its menu: Open today's reading, Archive, Pause reminders, Start at login,
 * Reminder time (Midnight, 07:00, Custom…), Quit. The menu only asks; DesktopIntegration acts.
 *
 * Whether a tray exists is watched on a coarse timer, because a tray host may start after the app
 * (or go away): it decides whether closing the window hides it or quits.
 */
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    //! Asks for a custom reminder time, starting from @p current; none when cancelled.
    using TimeAsker = std::function<std::optional<QTime>(const QTime &current)>;

    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *systemTrayIcon() const { return m_trayIcon.get(); }
    QMenu *menu() const { return m_menu.get(); }

    //! Whether a tray host shows the icon (as last seen by the watch).
    bool isTrayAvailable() const { return m_trayAvailable; }
    //! Replaces QSystemTrayIcon::isSystemTrayAvailable (tests), and looks again at once.
    void setAvailabilityProbe(std::function<bool()> probe);
    //! How often to look for a tray host appearing or leaving (10 s by default; 0 stops looking).
    void setAvailabilityCheckInterval(int msecs);
    //! Replaces the Custom… dialog (tests).
    void setTimeAsker(TimeAsker asker) { m_askTime = std::move(asker); }

    //! Reflect the current state in the menu (without emitting the request signals).
    void setPaused(bool paused);
    void setStartAtLogin(bool enabled);
    void setReminderTime(const QTime &timeOfDay);

    //! The dialog behind Custom…: a time edit with OK and Cancel.
    static std::optional<QTime> askReminderTime(QWidget *parent, const QTime &current);

Q_SIGNALS:
    void openTodayRequested();
    void archiveRequested();
    void quitRequested();
    void pauseRequested(bool paused);
    void startAtLoginRequested(bool enabled);
    void reminderTimeRequested(const QTime &timeOfDay);
    void trayAvailabilityChanged(bool available);

private:
    void checkAvailability();
    void chooseCustomTime();

    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_trayIcon;
    QAction *m_openToday = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_startAtLogin = nullptr;
    QAction *m_midnight = nullptr;
    QAction *m_seven = nullptr;
    QAction *m_custom = nullptr;
    QActionGroup *m_timeGroup = nullptr;
    QTime m_reminderTime = QTime(0, 0);
    std::function<bool()> m_probe;
    TimeAsker m_askTime;
    QTimer m_availabilityTimer;
    bool m_trayAvailable = false;
};

} // namespace redletter
