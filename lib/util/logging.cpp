// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/logging.h"

namespace redletter {

Q_LOGGING_CATEGORY(lcReading, "redletter.reading", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "redletter.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCatalog, "redletter.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSchedule, "redletter.schedule", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTypesetting, "redletter.typesetting", QtWarningMsg)

} // namespace redletter
