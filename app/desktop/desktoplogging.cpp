// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/desktoplogging.h"

namespace redletter {

Q_LOGGING_CATEGORY(lcDesktop, "redletter.desktop", QtWarningMsg)

} // namespace redletter
