// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/sleepmonitor.h"

#include "desktop/desktoplogging.h"

#include <QDBusError>

namespace redletter {

namespace {

const QString Login1Service = QStringLiteral("org.freedesktop.login1");
const QString Login1Path = QStringLiteral("/org/freedesktop/login1");
const QString Login1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString TimedateService = QStringLiteral("org.freedesktop.timedate1");
const QString TimedatePath = QStringLiteral("/org/freedesktop/timedate1");
const QString TimedateInterface = QStringLiteral("org.freedesktop.timedate1");

} // namespace

SleepMonitor::SleepMonitor(const QDBusConnection &systemBus, QObject *parent)
    : QObject(parent)
    , m_bus(systemBus)
{
    if (!m_bus.isConnected()) {
        qCInfo(lcDesktop) << "no system bus: resume from sleep is noticed by the backstop timers only";
        return;
    }
    // The service names are given so QtDBus follows their owners (logind may restart).
    const bool sleep = m_bus.connect(Login1Service, Login1Path, Login1Manager, QStringLiteral("PrepareForSleep"),
                                     this, SLOT(onPrepareForSleep(bool)));
    const bool zone = m_bus.connect(TimedateService, TimedatePath, QStringLiteral("org.freedesktop.DBus.Properties"),
                                    QStringLiteral("PropertiesChanged"), this,
                                    SLOT(onTimedatePropertiesChanged(QString,QVariantMap,QStringList)));
    m_active = sleep;
    if (!sleep || !zone)
        qCInfo(lcDesktop) << "cannot subscribe to logind or timedated:" << m_bus.lastError().message();
}

void SleepMonitor::onPrepareForSleep(bool goingToSleep)
{
    qCInfo(lcDesktop) << (goingToSleep ? "going to sleep" : "woke up");
    if (goingToSleep)
        Q_EMIT aboutToSleep();
    else
        Q_EMIT resumed();
}

void SleepMonitor::onTimedatePropertiesChanged(const QString &interfaceName, const QVariantMap &changed,
                                               const QStringList &invalidated)
{
    if (interfaceName != TimedateInterface)
        return;
    if (changed.contains(QStringLiteral("Timezone")) || invalidated.contains(QStringLiteral("Timezone"))) {
        qCInfo(lcDesktop) << "the time zone changed";
        Q_EMIT timeZoneChanged();
    }
}

} // namespace redletter
