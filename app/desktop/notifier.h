// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QDBusPendingCallWatcher;
class QSystemTrayIcon;

namespace redletter {

struct Reading;

//! What a reminder says: "Today's reading: <title> · <author> · <N> min", and a line under it.
struct ReminderMessage
{
    QString summary;
    QString body;

    //! The message for @p reading, estimated at @p minutes. The body is the tagline, or the work
    //! and year when there is none.
    static ReminderMessage forReading(const Reading &reading, int minutes);
};

/*!
 * Shows the daily reminder as a desktop notification: org.freedesktop.Notifications over QtDBus,
 * with the app's name and icon, a default action that opens the reading, and the desktop entry as
 * a hint (so the desktop groups it with the app). A new reminder replaces one still on screen.
 * Where no notification service answers, the tray icon's balloon message stands in.
 *
 * activated() is emitted when the user clicks the notification (or the balloon).
 */
class Notifier : public QObject
{
    Q_OBJECT
public:
    static const QString ServiceName;
    static const QString ObjectPath;
    static const QString InterfaceName;
    //! The app_name sent with every notification.
    static const QString AppName;
    //! The desktop entry (without .desktop) and icon name of the app.
    static const QString DesktopEntry;

    //! Talks to the notification service on @p bus (the session bus; a private one in tests).
    explicit Notifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~Notifier() override;

    //! The tray icon whose balloon shows the reminder where no notification service exists.
    void setFallbackTrayIcon(QSystemTrayIcon *trayIcon);

    //! Shows @p message as the reminder of @p day's reading.
    void showReminder(const QDate &day, const ReminderMessage &message);

    /*!
     * The app_icon: the icon's name when the icon theme has it (installed), otherwise the absolute
     * path of the embedded SVG written to the cache directory (a running build tree, tests).
     */
    static QString notificationIcon();

Q_SIGNALS:
    //! The user clicked the reminder for @p day.
    void activated(const QDate &day);
    //! The reminder for @p day is on screen: through the notification service, or the tray balloon.
    void reminderShown(const QDate &day, bool throughNotificationService);
    //! The reminder for @p day could be shown nowhere (no service and no tray).
    void reminderFailed(const QDate &day);

private Q_SLOTS:
    // Slots by name: QDBusConnection::connect() takes nothing else.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void onNotifyFinished(QDBusPendingCallWatcher *watcher, const QDate &day, const ReminderMessage &message);
    void showFallback(const QDate &day, const ReminderMessage &message);

    QDBusConnection m_bus;
    QPointer<QSystemTrayIcon> m_trayIcon;
    QHash<uint, QDate> m_shownDays; //!< our notifications on screen, by id
    uint m_lastId = 0;              //!< replaced by the next reminder
    QDate m_fallbackDay;            //!< the day the tray balloon shows
};

} // namespace redletter
