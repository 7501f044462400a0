// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/readingjson.h"

namespace redletter {

// PLACEHOLDER: being written (catalog storage).
QJsonObject readingToJson(const Reading &) { return {}; }
bool readingFromJson(const QJsonObject &, Reading *, QString *error)
{
    *error = QStringLiteral("not implemented");
    return false;
}

} // namespace redletter
