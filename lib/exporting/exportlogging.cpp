// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/exportlogging.h"

namespace redletter {

Q_LOGGING_CATEGORY(lcExport, "redletter.export", QtWarningMsg)

} // namespace redletter
