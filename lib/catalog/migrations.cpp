// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/migrations.h"

namespace redletter::migrations {

// PLACEHOLDER: being written (catalog).
int latestVersion() { return 0; }
int currentVersion(QSqlDatabase &) { return -1; }
bool migrate(QSqlDatabase &, QString *error, int) { *error = QStringLiteral("not implemented"); return false; }

} // namespace redletter::migrations
