// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace redletter {

//! The promise on the masthead: a day's reading takes fifteen minutes or less.
inline constexpr int MaximumDailyMinutes = 15;

/*!
 * Which reading a day gets. A pure function of the catalog, the history and the local date:
 *  1. a day already in @p history keeps its reading;
 *  2. a reading curated for @p day (its `date:`) wins;
 *  3. otherwise the rotation: readings of at most MaximumDailyMinutes that are not reserved for a
 *     later curated date, none repeated until all of them have been served since the last time
 *     the pool ran dry; the order within a round is a fixed shuffle (a hash of id and round), so
 *     it is varied but reproducible; a new round never starts with the previous day's reading.
 * Readings over MaximumDailyMinutes are never served whole.
 * Returns an empty string when nothing can be served (empty catalog, only long works).
 * Only history before @p day counts towards the rotation.
 */
QString pickReadingForDay(const QDate &day, const QVector<CatalogEntry> &catalog,
                          const QVector<ServedDay> &history);

} // namespace redletter
