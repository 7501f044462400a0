// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/dailypick.h"

namespace redletter {

// PLACEHOLDER: being written (schedule).
QString pickReadingForDay(const QDate &, const QVector<CatalogEntry> &, const QVector<ServedDay> &) { return {}; }

} // namespace redletter
