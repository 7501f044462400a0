// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace redletter {

/*!
 * Hints from the system that time jumped: logind's PrepareForSleep(false) when the machine wakes
 * up, and timedated's change of the time zone. Both on the system bus; without one (a container,
 * a non-systemd system) the monitor stays silent and the timers' backstops do the work.
 */
class SleepMonitor : public QObject
{
    Q_OBJECT
public:
    //! Listens on @p systemBus (the system bus; a private one in tests).
    explicit SleepMonitor(const QDBusConnection &systemBus = QDBusConnection::systemBus(), QObject *parent = nullptr);

    //! Whether the signals are subscribed to (a system bus is there).
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void aboutToSleep();
    //! The machine woke up: deadlines may have passed while it slept.
    void resumed();
    //! The system's time zone changed.
    void timeZoneChanged();

private Q_SLOTS:
    // Slots by name: QDBusConnection::connect() takes nothing else.
    void onPrepareForSleep(bool goingToSleep);
    void onTimedatePropertiesChanged(const QString &interfaceName, const QVariantMap &changed,
                                     const QStringList &invalidated);

private:
    QDBusConnection m_bus;
    bool m_active = false;
};

} // namespace redletter
