// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/trayicon.h"

#include "desktop/desktoplogging.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimeEdit>

namespace redletter {

namespace {

constexpr int DefaultAvailabilityCheckMsecs = 10 * 1000;

QString timeText(const QTime &time)
{
    // The locale's short form, without seconds (the C locale's short form has them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, format);
}

} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_trayIcon(std::make_unique<QSystemTrayIcon>())
    , m_probe(&QSystemTrayIcon::isSystemTrayAvailable)
    , m_askTime([](const QTime &current) { return askReminderTime(nullptr, current); })
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_openToday = m_menu->addAction(tr("Open Today's Reading"), this, &TrayIcon::openTodayRequested);
    m_openToday->setObjectName(QStringLiteral("trayOpenTodayAction"));
    m_archive = m_menu->addAction(tr("Archive…"), this, &TrayIcon::archiveRequested);
    m_archive->setObjectName(QStringLiteral("trayArchiveAction"));
    m_menu->addSeparator();

    m_pause = m_menu->addAction(tr("Pause Reminders"));
    m_pause->setObjectName(QStringLiteral("trayPauseAction"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::triggered, this, &TrayIcon::pauseRequested);

    QMenu *timeMenu = m_menu->addMenu(tr("Reminder Time"));
    timeMenu->setObjectName(QStringLiteral("trayReminderTimeMenu"));
    m_timeGroup = new QActionGroup(timeMenu);
    m_midnight = timeMenu->addAction(tr("At Midnight"));
    m_midnight->setObjectName(QStringLiteral("trayMidnightAction"));
    m_seven = timeMenu->addAction(tr("At %1").arg(timeText(QTime(7, 0))));
    m_seven->setObjectName(QStringLiteral("traySevenAction"));
    m_custom = timeMenu->addAction(tr("Custom…"));
    m_custom->setObjectName(QStringLiteral("trayCustomTimeAction"));
    for (QAction *action : {m_midnight, m_seven, m_custom}) {
        action->setCheckable(true);
        m_timeGroup->addAction(action);
    }
    connect(m_midnight, &QAction::triggered, this, [this] { Q_EMIT reminderTimeRequested(QTime(0, 0)); });
    connect(m_seven, &QAction::triggered, this, [this] { Q_EMIT reminderTimeRequested(QTime(7, 0)); });
    connect(m_custom, &QAction::triggered, this, &TrayIcon::chooseCustomTime);

    m_startAtLogin = m_menu->addAction(tr("Start at Login"));
    m_startAtLogin->setObjectName(QStringLiteral("trayStartAtLoginAction"));
    m_startAtLogin->setCheckable(true);
    connect(m_startAtLogin, &QAction::triggered, this, &TrayIcon::startAtLoginRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    setReminderTime(m_reminderTime);

    m_trayIcon->setIcon(QIcon(QStringLiteral(":/icons/redletter.svg")));
    m_trayIcon->setToolTip(tr("Red Letter"));
    m_trayIcon->setContextMenu(m_menu.get());
    connect(m_trayIcon.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        // A left click opens the reading; the context menu is for the rest.
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openTodayRequested();
    });
    // Shown even without a tray host: Qt docks it when one appears.
    m_trayIcon->show();

    m_availabilityTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_availabilityTimer, &QTimer::timeout, this, &TrayIcon::checkAvailability);
    m_availabilityTimer.start(DefaultAvailabilityCheckMsecs);
    m_trayAvailable = m_probe();
}

TrayIcon::~TrayIcon()
{
    // The icon refers to the menu: let it go first.
    m_trayIcon.reset();
}

void TrayIcon::setAvailabilityProbe(std::function<bool()> probe)
{
    m_probe = std::move(probe);
    checkAvailability();
}

void TrayIcon::setAvailabilityCheckInterval(int msecs)
{
    if (msecs > 0)
        m_availabilityTimer.start(msecs);
    else
        m_availabilityTimer.stop();
}

void TrayIcon::checkAvailability()
{
    const bool available = m_probe();
    if (available == m_trayAvailable)
        return;
    m_trayAvailable = available;
    qCInfo(lcDesktop) << (available ? "a tray host appeared" : "the tray host went away");
    if (available && !m_trayIcon->isVisible())
        m_trayIcon->show();
    Q_EMIT trayAvailabilityChanged(available);
}

void TrayIcon::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

void TrayIcon::setStartAtLogin(bool enabled)
{
    m_startAtLogin->setChecked(enabled);
}

void TrayIcon::setReminderTime(const QTime &timeOfDay)
{
    m_reminderTime = timeOfDay;
    if (timeOfDay == QTime(0, 0)) {
        m_midnight->setChecked(true);
        m_custom->setText(tr("Custom…"));
    } else if (timeOfDay == QTime(7, 0)) {
        m_seven->setChecked(true);
        m_custom->setText(tr("Custom…"));
    } else {
        m_custom->setChecked(true);
        m_custom->setText(tr("Custom (%1)…").arg(timeText(timeOfDay)));
    }
}

void TrayIcon::chooseCustomTime()
{
    const std::optional<QTime> chosen = m_askTime(m_reminderTime);
    if (chosen && chosen->isValid())
        Q_EMIT reminderTimeRequested(*chosen);
    else
        setReminderTime(m_reminderTime); // cancelled: put the check mark back
}

std::optional<QTime> TrayIcon::askReminderTime(QWidget *parent, const QTime &current)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Reminder Time"));
    auto *layout = new QFormLayout(&dialog);
    auto *edit = new QTimeEdit(current, &dialog);
    edit->setObjectName(QStringLiteral("reminderTimeEdit"));
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    layout->addRow(tr("Remind me of the day's reading at:"), edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->time();
}

} // namespace redletter
