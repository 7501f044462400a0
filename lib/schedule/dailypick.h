// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "schedule/servingstore.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

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

//! A unit of the rotation: a short reading, or a series (a work, or a reading served in parts).
struct RotationUnit
{
    QString id;
    bool series = false;
    QString language; //!< the reading's; a work's is its first chapter's
    QDate heldUntil;  //!< a short reading curated for this day joins the rotation after it

    //! Not in the rotation on @p day: held back for its curated day, still to come.
    bool heldOn(const QDate &day) const { return heldUntil.isValid() && heldUntil >= day; }
};

/*!
 * The units of @p catalog, sorted by id: every work (a reading of a work is never a unit on its
 * own), every reading over MaximumDailyMinutes, every reading of 1 to MaximumDailyMinutes (0 is
 * "not estimated": never served).
 */
QVector<RotationUnit> rotationUnits(const QVector<CatalogEntry> &catalog);

//! The rank of a language among the reader's (0: the UI language); after all of them if not there.
class LanguageRanks
{
public:
    explicit LanguageRanks(const QStringList &languages);
    int of(const QString &language) const;

private:
    QStringList m_languages;                            //!< primary tags, in order
    mutable QVector<QPair<QString, int>> m_known;       //!< per tag as stored: a catalog has a few
};

/*!
 * The fixed shuffle of the rotation within a round: the same on every machine and run. Units of
 * the best-ranked language come first, then the smallest key, then the smallest id.
 */
quint64 rotationKey(const QString &id, int round);

/*!
 * What pickForDay() asks of the catalog, so that the same rules run over every entry in memory
 * (pickForDay(PickInput): the catalog in PickInput::catalog) or over the rotation stored in the
 * catalog file, a few rows a day (StoredRotation).
 */
class PickCatalog
{
public:
    virtual ~PickCatalog() = default;
    //! For the queue: whether @p id is a work with a reading in the catalog.
    virtual bool isWork(const QString &id) const = 0;
    //! For the queue: the minutes of the reading @p id; none when it is not in the catalog.
    virtual std::optional<int> minutes(const QString &id) const = 0;
    //! The readings curated for @p day that fit the day (1 to MaximumDailyMinutes), any order.
    virtual QStringList curatedFor(const QDate &day) const = 0;
    //! The units among @p ids, held back or not, by id: one look-up for all of them.
    virtual QHash<QString, RotationUnit> units(const QSet<QString> &ids) const = 0;
    //! How many units are in the rotation on @p day (not held back).
    virtual int unitCount(const QDate &day) const = 0;
    /*!
     * Of the units in the rotation on @p day that @p accept takes, the first in the order of
     * @p round: the best rank of its language (@p languages), then rotationKey(), then the id.
     */
    virtual std::optional<RotationUnit> first(const QDate &day, int round, const QStringList &languages,
                                              const std::function<bool(const RotationUnit &)> &accept) const = 0;
};

//! PickCatalog::first() over @p units in memory, in any order: what both catalogs' first() come to.
std::optional<RotationUnit> firstInRotation(const QVector<RotationUnit> &units, const QDate &day, int round,
                                            const QStringList &languages,
                                            const std::function<bool(const RotationUnit &)> &accept);

//! A PickCatalog over entries in memory (what pickForDay(PickInput) uses).
class EntriesPickCatalog : public PickCatalog
{
public:
    explicit EntriesPickCatalog(const QVector<CatalogEntry> &entries);

    bool isWork(const QString &id) const override;
    std::optional<int> minutes(const QString &id) const override;
    QStringList curatedFor(const QDate &day) const override;
    QHash<QString, RotationUnit> units(const QSet<QString> &ids) const override;
    int unitCount(const QDate &day) const override;
    std::optional<RotationUnit> first(const QDate &day, int round, const QStringList &languages,
                                      const std::function<bool(const RotationUnit &)> &accept) const override;

private:
    const RotationUnit *find(const QString &id) const;

    QVector<CatalogEntry> m_entries;
    QVector<RotationUnit> m_units; //!< sorted by id
    QSet<QString> m_works;
};

/*!
 * pickForDay() over @p catalog instead of PickInput::catalog (which it does not read): the same
 * rules, whatever the catalog's form.
 */
Pick pickForDay(const PickInput &input, const PickCatalog &catalog);

/*!
 * The reader's languages as two-letter codes, from @p locale's UI languages in order ("en-GB",
 * "en", "de" → en, de); the C locale gives en. A Preferences setting will replace this; the locale
 * is the best guess now.
 */
QStringList readerLanguages(const QLocale &locale);

} // namespace redletter
