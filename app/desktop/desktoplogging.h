// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace redletter {

//! The app's life on the desktop: tray, notifications, single instance, autostart, sleep.
Q_DECLARE_LOGGING_CATEGORY(lcDesktop)

} // namespace redletter
