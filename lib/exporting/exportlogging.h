// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace redletter {

//! "redletter.export": kept in the module (lib/util/logging.h belongs to another module).
Q_DECLARE_LOGGING_CATEGORY(lcExport)

} // namespace redletter
