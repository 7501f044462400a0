// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "schedule/servingstore.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>
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

namespace redletter {

/*!
 * What the schedule knows when it picks a day's page (see pickForDay()). Everything is passed in,
 * so the rules stay a pure function that tests can drive without a database.
 */
struct PickInput
{
    QDate day;
    QVector<CatalogEntry> catalog;
    QVector<ServedPage> history;                //!< served days (not parts read ahead), any order
    QHash<QString, SeriesProgress> series;      //!< the latest run of every series begun
    QStringList queue;                          //!< --queue, oldest first: reading or work ids
    QSet<QString> paused;                       //!< series the reader paused
    QSet<QString> excluded;                     //!< skipped today, or found to have nothing left
    QStringList languages;                      //!< the reader's languages, the UI language first
};

//! A day's pick: a whole reading, or the next part of a series (a work's id or a long reading's).
struct Pick
{
    enum class Source { Nothing, Queued, Curated, Series, Rotation };
    Source source = Source::Nothing;
    QString id;
    bool series = false;

    bool isNull() const { return source == Source::Nothing; }
};

/*!
 * The day's pick, for a day not served yet (a served day keeps its page: the caller looks first):
 *  1. the oldest queued reading or work (`--queue`): the reader asked for it;
 *  2. a reading curated for the day (its `date:`) of at most MaximumDailyMinutes;
 *  3. the next part of the series in progress (begun and not finished, not paused), the one given
 *     most recently when there are several: a started series goes on day after day until it ends,
 *     and a curated day or a queued reading only interrupts it;
 *  4. the rotation, as pickReadingForDay() keeps it, over units rather than readings: a short
 *     reading on its own, a reading over MaximumDailyMinutes (served in parts), a work (its
 *     chapters served as one series in parts, never one by one). Within a round the reader's
 *     languages come first, in their order (@p languages; the UI language first), then the rest:
 *     an English reader's first day is English, and a German reading still comes once the round
 *     has no English one left.
 * Ids in @p excluded are passed over at every step.
 */
Pick pickForDay(const PickInput &input);

/*!
 * The reader's languages as two-letter codes, from @p locale's UI languages in order ("en-GB",
 * "en", "de" → en, de); the C locale gives en. A Preferences setting will replace this; the locale
 * is the best guess now.
 */
QStringList readerLanguages(const QLocale &locale);

} // namespace redletter
