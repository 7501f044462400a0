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
 *  4. the rotation over units: a reading of 1 to MaximumDailyMinutes on its own (0 minutes is
 *     "not estimated": never served), a reading over MaximumDailyMinutes (served in parts), a
 *     work (its chapters served as one series in parts, never one by one); a reading curated for
 *     a later day is held back for it. No unit comes again until every unit has been served
 *     since the last time the pool ran dry (units added mid-round join the round, removed ones
 *     stop holding it open; only days before input.day count); the order within a round is a
 *     fixed shuffle (a hash of id and round: varied, the same on every machine), and a new round
 *     never starts with the previous day's page. Within a round the reader's
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
