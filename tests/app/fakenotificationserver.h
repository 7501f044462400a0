// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for the desktop's notification daemon on a private bus: records every Notify call
// and can play the user clicking a notification.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace redletter::test {

class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
        uint id = 0; //!< what Notify answered
    };

    explicit FakeNotificationServer(const QDBusConnection &bus) : m_bus(bus) {}

    //! Takes the service name and exports the object. False if the bus refuses.
    bool registerOnBus()
    {
        return m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                    QDBusConnection::ExportAllSlots)
            && m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

    QVector<Call> calls;

    //! The user clicks notification @p id (the default action, unless @p actionKey says otherwise).
    void invokeAction(uint id, const QString &actionKey = QStringLiteral("default"))
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << actionKey;
        m_bus.send(signal);
    }

    //! Notification @p id goes away (2: dismissed by the user).
    void close(uint id, uint reason = 2)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("NotificationClosed"));
        signal << id << reason;
        m_bus.send(signal);
    }

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id});
        return id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint id) { close(id, 3); }

private:
    QDBusConnection m_bus;
    uint m_lastId = 0;
};

} // namespace redletter::test
