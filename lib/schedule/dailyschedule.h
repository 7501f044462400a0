// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "installments/installmentplanner.h"
#include "schedule/dailypick.h"
#include "schedule/servingstore.h"
#include "schedule/storedrotation.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace redletter {

class Clock;

//! A served page: what was given (ServedPage) and the text it showed (ServedText).
struct DayPage
{
    ServedPage served;
    ServedText text;
};

/*!
 * Serves the day's page: picks it with pickForDay() and records it, with the text it shows, so
 * that a served day never changes afterwards (even when the catalog does).
 *
 * Series. A work, or a reading over MaximumDailyMinutes, is served in the parts of an
 * InstallmentPlan. Plans are not stored: they are computed when a part is served, from the
 * readings and the cuts of the parts already served (InstallmentPlanner::replan()), so a
 * re-import never moves a served boundary and nothing can go stale. Looking at a served day
 * needs no plan at all: its page is stored as served (served_content).
 *
 * Read-ahead ("Read the next part now") gives part k + 1 at once and counts it as read: the
 * following day serves part k + 2, the series keeps its daily rhythm from where the reader is.
 * The day's own page stays part k (the archive shows what the day served); the part read ahead is
 * kept with its text too, under the same day.
 */
class DailySchedule
{
public:
    DailySchedule(Catalog &catalog, const Clock &clock);

    //! The reader's languages, the UI language first (readerLanguages(QLocale()) by default).
    void setLanguages(const QStringList &languages) { m_languages = languages; }
    QStringList languages() const { return m_languages; }

    //! The reading for the clock's local today, serving (and recording) it if needed.
    std::optional<ServedDay> serveToday(QString *error);
    //! The same for any @p day.
    std::optional<ServedDay> serve(const QDate &day, QString *error);

    //! serve() with the page it shows.
    std::optional<DayPage> servePage(const QDate &day, QString *error);
    /*!
     * What @p day showed, as it showed it (never serves). Days served before content versions
     * were kept show their reading as it is now.
     */
    std::optional<DayPage> page(const QDate &day, QString *error) const;

    //! Makes the reading or work @p id the next thing served (`--queue`); unpauses a series.
    [[nodiscard]] bool queue(const QString &id, QString *error);
    /*!
     * "Skip today's reading": takes back today's page, records the skip and serves the next
     * candidate. A skipped part of a series is served again on a later day.
     */
    std::optional<DayPage> skipToday(QString *error);
    //! "Pause this series": its parts stop coming until it is queued again. Today's page stays.
    [[nodiscard]] bool pauseSeries(const QString &seriesId, QString *error);
    //! "Read the next part now" for today's series (see the class documentation).
    std::optional<DayPage> readNextPartNow(QString *error);
    /*!
     * The line that ends @p page: "Tomorrow: Part k + 1 — …" as it stands now. On the clock's
     * today, a part read ahead moves tomorrow on, so the line is that of the latest part of the
     * run given so far (empty when that was the last part); a day past keeps the line it showed.
     */
    QString closingLine(const DayPage &page) const;

    /*!
     * The plan of series @p seriesId as the schedule would serve it now: its latest run's served
     * cuts kept. Fills @p readings (the sequence planned) and @p workTitle when not null.
     */
    std::optional<InstallmentPlan> plan(const QString &seriesId, QString *error,
                                        QVector<Reading> *readings = nullptr, QString *workTitle = nullptr) const;

    //! What pickForDay() is given for @p day (for benchmarks and tools): every entry of the catalog too.
    PickInput pickInput(const QDate &day) const;
    /*!
     * The pick for @p day as servePage() makes it: pickForDay() over the rotation stored in the
     * catalog (StoredRotation), stored again first when the catalog changed since; over every
     * entry in memory when it cannot be stored (a catalog that cannot be written now).
     */
    Pick pick(const QDate &day);

    ServingStore &store() { return m_store; }
    const Clock &clock() const { return m_clock; }

private:
    bool loadSeries(const QString &seriesId, QVector<Reading> *readings, QString *workTitle, QString *error) const;
    std::optional<InstallmentPlan> planRun(const QString &seriesId, int run, const QVector<Reading> &readings,
                                           const QString &workTitle, QString *error) const;
    //! Gives the next part of @p seriesId on @p day; false with an empty @p error when none is left.
    //! *written (when given): whether the page was recorded, or the day had one already.
    std::optional<DayPage> givePart(const QDate &day, const QString &seriesId, bool ahead, QString *error,
                                    bool *written = nullptr);
    std::optional<DayPage> giveReading(const QDate &day, const QString &readingId, QString *error,
                                       bool *written = nullptr);

    //! pickInput() without the catalog: what the stored rotation's pick is given.
    PickInput pickState(const QDate &day) const;
    //! pick() for @p input (its catalog not read).
    Pick pickFor(PickInput &input);
    //! ServingStore::pickEntries(), read again only when the catalog changed (see the .cpp).
    const QVector<CatalogEntry> &pickEntries() const;
    //! After a write of the schedule's own: it changed no reading, so the entries stay good.
    void keepEntriesAfterOwnWrite(const QPair<qint64, qint64> &before);
    //! Stores @p given (its text and the served page, whose content hash it fills) for its day.
    [[nodiscard]] bool record(DayPage *given, QString *error, bool *written = nullptr);

    Catalog &m_catalog;
    const Clock &m_clock;
    ServingStore m_store;
    StoredRotation m_rotation;
    QStringList m_languages;
    mutable QVector<CatalogEntry> m_entries;
    mutable QPair<qint64, qint64> m_entriesStamp{-1, -1};
};

} // namespace redletter
