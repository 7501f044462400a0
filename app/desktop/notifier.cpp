// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/notifier.h"

#include "desktop/desktoplogging.h"
#include "reading/reading.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSystemTrayIcon>

namespace redletter {

namespace {

//! How long a notification service may take to answer (or be started by the bus) before the tray stands in.
constexpr int NotifyTimeoutMsecs = 10 * 1000;
//! "Use the server's default" in Notify's expire_timeout.
constexpr int ServerDefaultExpiry = -1;

} // namespace

const QString Notifier::ServiceName = QStringLiteral("org.freedesktop.Notifications");
const QString Notifier::ObjectPath = QStringLiteral("/org/freedesktop/Notifications");
const QString Notifier::InterfaceName = QStringLiteral("org.freedesktop.Notifications");
const QString Notifier::AppName = QStringLiteral("Red Letter");
const QString Notifier::DesktopEntry = QStringLiteral("org.redletter.redletter");

ReminderMessage ReminderMessage::forReading(const Reading &reading, int minutes)
{
    ReminderMessage message;
    const QString minutesText = Notifier::tr("%1 min").arg(minutes);
    message.summary = reading.author.isEmpty()
        ? Notifier::tr("Today's reading: %1 · %2").arg(reading.title, minutesText)
        : Notifier::tr("Today's reading: %1 · %2 · %3").arg(reading.title, reading.author, minutesText);
    if (!reading.tagline.isEmpty())
        message.body = reading.tagline;
    else if (!reading.work.isEmpty() && reading.year > 0)
        message.body = Notifier::tr("%1, %2").arg(reading.work).arg(reading.year);
    else if (!reading.work.isEmpty())
        message.body = reading.work;
    else if (reading.year > 0)
        message.body = QString::number(reading.year);
    return message;
}

Notifier::Notifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        qCInfo(lcDesktop) << "no session bus: reminders go to the tray icon";
        return;
    }
    // Any sender: the service may start after us, or be replaced; only our ids are acted upon.
    m_bus.connect(QString(), ObjectPath, InterfaceName, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint,QString)));
    m_bus.connect(QString(), ObjectPath, InterfaceName, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint,uint)));
}

Notifier::~Notifier() = default;

void Notifier::setFallbackTrayIcon(QSystemTrayIcon *trayIcon)
{
    if (m_trayIcon)
        disconnect(m_trayIcon, nullptr, this, nullptr);
    m_trayIcon = trayIcon;
    if (m_trayIcon) {
        connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_fallbackDay.isValid())
                Q_EMIT activated(m_fallbackDay);
        });
    }
}

QString Notifier::notificationIcon()
{
    if (QIcon::hasThemeIcon(DesktopEntry))
        return DesktopEntry;
    // Not installed: give the daemon a file it can read. Written once per content, atomically.
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString path = QDir(cacheDir).filePath(DesktopEntry + QStringLiteral(".svg"));
    QFile embedded(QStringLiteral(":/icons/redletter.svg"));
    if (!embedded.open(QIODevice::ReadOnly))
        return DesktopEntry;
    const QByteArray svg = embedded.readAll();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == svg)
        return path;
    QDir().mkpath(cacheDir);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size() || !file.commit()) {
        qCWarning(lcDesktop) << "cannot write the notification icon" << path << file.errorString();
        return DesktopEntry;
    }
    return path;
}

void Notifier::showReminder(const QDate &day, const ReminderMessage &message)
{
    if (!m_bus.isConnected()) {
        showFallback(day, message);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(ServiceName, ObjectPath, InterfaceName, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), DesktopEntry);
    call << AppName << m_lastId << notificationIcon() << message.summary << message.body.toHtmlEscaped()
         << QStringList{QStringLiteral("default"), tr("Open")} << hints << ServerDefaultExpiry;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, NotifyTimeoutMsecs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, day, message](QDBusPendingCallWatcher *finished) { onNotifyFinished(finished, day, message); });
}

void Notifier::onNotifyFinished(QDBusPendingCallWatcher *watcher, const QDate &day, const ReminderMessage &message)
{
    watcher->deleteLater();
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        qCInfo(lcDesktop) << "no notification service:" << reply.error().name() << reply.error().message();
        showFallback(day, message);
        return;
    }
    m_shownDays.remove(m_lastId);
    m_lastId = reply.value();
    m_shownDays.insert(m_lastId, day);
    Q_EMIT reminderShown(day, true);
}

void Notifier::showFallback(const QDate &day, const ReminderMessage &message)
{
    if (!m_trayIcon || !QSystemTrayIcon::isSystemTrayAvailable()) {
        qCWarning(lcDesktop) << "the reminder for" << day.toString(Qt::ISODate)
                             << "can be shown nowhere: no notification service and no tray";
        Q_EMIT reminderFailed(day);
        return;
    }
    m_fallbackDay = day;
    m_trayIcon->showMessage(message.summary, message.body, m_trayIcon->icon());
    Q_EMIT reminderShown(day, false);
}

void Notifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto found = m_shownDays.constFind(id);
    if (found == m_shownDays.constEnd())
        return; // another app's notification
    if (actionKey == QLatin1String("default"))
        Q_EMIT activated(found.value());
}

void Notifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_shownDays.remove(id);
    if (id == m_lastId)
        m_lastId = 0;
}

} // namespace redletter
