// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/wallclocktimer.h"

#include "schedule/clock.h"
#include "util/logging.h"

#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/timerfd.h>
#include <unistd.h>
#endif

namespace redletter {

namespace {

//! Longer relative waits are cut to this; the owner then finds it early and arms again.
constexpr qint64 LongestRelativeWaitMsecs = 24 * 60 * 60 * 1000;

} // namespace

WallClockTimer::WallClockTimer(QObject *parent)
    : QObject(parent)
{
    m_relativeTimer.setSingleShot(true);
    // A coarse timer may be late by 5 % of its interval: over an 18-hour wait, almost an hour.
    m_relativeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_relativeTimer, &QTimer::timeout, this, &WallClockTimer::onRelativeTimeout);

#ifdef Q_OS_LINUX
    m_timerFd = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_timerFd < 0) {
        qCWarning(lcSchedule) << "timerfd_create failed, waiting with a relative timer:" << std::strerror(errno);
    } else {
        m_notifier = std::make_unique<QSocketNotifier>(m_timerFd, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &WallClockTimer::readTimerFd);
    }
#endif
}

WallClockTimer::~WallClockTimer()
{
    m_notifier.reset();
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0)
        ::close(m_timerFd);
#endif
}

void WallClockTimer::start(const QDateTime &deadline, const Clock &clock)
{
    if (const std::optional<QDateTime> systemDeadline = clock.toSystemTime(deadline)) {
        startAtSystemTime(*systemDeadline);
        return;
    }
    stop();
    m_active = true;
    startRelative(clock.now().msecsTo(deadline));
}

void WallClockTimer::startAtSystemTime(const QDateTime &systemDeadline)
{
    stop();
    m_active = true;
    m_systemDeadline = systemDeadline.toUTC();
    if (armTimerFd(m_systemDeadline))
        return;
    startRelative(QDateTime::currentDateTimeUtc().msecsTo(m_systemDeadline));
}

void WallClockTimer::stop()
{
    m_active = false;
    m_systemDeadline = QDateTime();
    m_relativeTimer.stop();
    disarmTimerFd();
}

WallClockTimer::ReadOutcome WallClockTimer::classifyRead(qint64 result, int errorNumber)
{
    if (result == qint64(sizeof(std::uint64_t)))
        return ReadOutcome::Expired;
    if (result < 0 && errorNumber == ECANCELED)
        return ReadOutcome::ClockWasSet;
    return ReadOutcome::Nothing;
}

void WallClockTimer::handleReadOutcome(ReadOutcome outcome)
{
    switch (outcome) {
    case ReadOutcome::Expired:
        m_active = false;
        m_systemDeadline = QDateTime();
        Q_EMIT fired();
        break;
    case ReadOutcome::ClockWasSet:
        qCInfo(lcSchedule) << "the wall clock was set";
        // The kernel keeps the timer armed, but arming again costs nothing and resets the
        // cancellation state on every kernel version.
        if (m_active && m_systemDeadline.isValid() && !armTimerFd(m_systemDeadline))
            startRelative(QDateTime::currentDateTimeUtc().msecsTo(m_systemDeadline));
        Q_EMIT clockChanged();
        break;
    case ReadOutcome::Nothing:
        break;
    }
}

void WallClockTimer::readTimerFd()
{
#ifdef Q_OS_LINUX
    std::uint64_t expirations = 0;
    const ssize_t result = ::read(m_timerFd, &expirations, sizeof expirations);
    handleReadOutcome(classifyRead(result, result < 0 ? errno : 0));
#endif
}

bool WallClockTimer::armTimerFd(const QDateTime &systemDeadline)
{
#ifdef Q_OS_LINUX
    if (m_timerFd < 0)
        return false;
    // All zero would disarm the timer: a deadline at or before the epoch is "now".
    const qint64 msecs = std::max<qint64>(systemDeadline.toMSecsSinceEpoch(), 1);
    itimerspec spec{};
    spec.it_value.tv_sec = static_cast<time_t>(msecs / 1000);
    spec.it_value.tv_nsec = static_cast<long>((msecs % 1000) * 1000 * 1000);
    if (timerfd_settime(m_timerFd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr) == 0)
        return true;
    if (errno == ECANCELED) {
        // The clock was set between our last read and now; the deadline is what counts, so try
        // once more (the failed call consumed the cancellation).
        if (timerfd_settime(m_timerFd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr) == 0)
            return true;
    }
    qCWarning(lcSchedule) << "timerfd_settime failed, waiting with a relative timer:" << std::strerror(errno);
    return false;
#else
    Q_UNUSED(systemDeadline);
    return false;
#endif
}

void WallClockTimer::disarmTimerFd()
{
#ifdef Q_OS_LINUX
    if (m_timerFd < 0)
        return;
    const itimerspec disarm{};
    timerfd_settime(m_timerFd, 0, &disarm, nullptr);
    // A pending expiration may still be readable; drop it so it cannot fire for the old deadline.
    std::uint64_t expirations = 0;
    while (::read(m_timerFd, &expirations, sizeof expirations) > 0) {
    }
#endif
}

void WallClockTimer::startRelative(qint64 msecs)
{
    m_relativeTimer.start(static_cast<int>(std::clamp(msecs, qint64(0), LongestRelativeWaitMsecs)));
}

void WallClockTimer::onRelativeTimeout()
{
    if (m_systemDeadline.isValid()) {
        // Waiting for a real-time instant with a relative timer: it was capped at a day, or the
        // wall clock moved meanwhile. Only fire once the real-time clock has got there.
        const qint64 remaining = QDateTime::currentDateTimeUtc().msecsTo(m_systemDeadline);
        if (remaining > 0) {
            startRelative(remaining);
            return;
        }
    }
    handleReadOutcome(ReadOutcome::Expired);
}

} // namespace redletter
