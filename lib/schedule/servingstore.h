// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "installments/installmentview.h"
#include "reading/reading.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace redletter {

class Catalog;
struct CatalogEntry;

/*!
 * The page a day showed, as it showed it: the reading (a whole reading, or the Reading of one
 * part) and, for a part, what its page says about the series: an Installment (its minutes are
 * not kept; words are). Stored as JSON under its SHA-256 (served_content), so a re-import with
 * changes never rewrites a served day.
 *
 * For a whole reading part is 0 and words is the reading's text words. Origins may be empty for
 * parts served before origins were stored (notes cannot be placed on those).
 */
struct ServedText : Installment
{
    bool isPart() const { return part > 0; }
    //! The Installment for its labels ("Part 3 of 7", "Tomorrow: …").
    const Installment &labels() const { return *this; }

    static ServedText of(const Installment &installment);
    QByteArray toJson() const;
    [[nodiscard]] static bool fromJson(const QByteArray &json, ServedText *text, QString *error);
    //! Hex SHA-256 of toJson(): the content version.
    static QString sha256(const QByteArray &json);
};

//! One part of a series, or a whole reading, given to the reader on a day.
struct ServedPage
{
    QDate day;
    QString readingId;  //!< the reading shown (a part: the reading it starts in)
    QDateTime servedAt; //!< UTC
    QString seriesId;   //!< the work or long reading served in parts; empty for a whole reading
    int run = 0;        //!< which reading of the series (1, or more when it came round again)
    int part = 0;       //!< 1-based; 0 for a whole reading
    int parts = 0;
    bool ahead = false; //!< read ahead ("Read the next part now"), not the day's own page
    QString cutJson;    //!< the anchor of the cut ending this part (cutAnchorToJson); empty for the last
    QString contentSha256; //!< empty for a day whose content was not kept

    //! The unit the rotation and skips count: the series, or the reading.
    QString target() const { return seriesId.isEmpty() ? readingId : seriesId; }
};

/*!
 * What the archive lists of a served page, read from its stored JSON by SQLite (json_extract)
 * without parsing the whole page: a part's page holds its text.
 */
struct ServedHeading
{
    QString title;     //!< the page's reading's title (a part of a work: the work's)
    QString workTitle; //!< a part: its series' title
    QString author;
    int words = 0;     //!< a part: what its page holds; 0 for a whole reading (not stored)
};

//! Where the latest reading (run) of a series stands.
struct SeriesProgress
{
    QString seriesId;
    int run = 0;
    int lastPart = 0; //!< the highest part given (on its day or ahead)
    int parts = 0;    //!< as planned when that part was given
    QDate lastDay;    //!< the last day a part of it was given
    bool finished() const { return lastPart >= parts; }
};

/*!
 * A reading, or one part of a series, read to its end: the last of its text was on screen in the
 * reader. Only the first time counts.
 */
struct FinishedReading
{
    QString targetId;     //!< the reading, or the series a part belongs to
    int run = 0;          //!< the series' run (ServedPage::run); 0 for a reading
    int part = 0;         //!< 1-based; 0 for a whole reading
    QDate day;            //!< the local day it was read to its end
    QDateTime finishedAt; //!< UTC
};

/*!
 * The schedule's own tables (schema v6, see lib/catalog/servingmigration.h) on a Catalog's
 * connection: served pages with their content versions, served parts with their cuts, skips,
 * the queue and paused series. Kept apart from Catalog, which stays the store of readings, so the
 * schedule's rules live in one place. Every write is one transaction.
 */
class ServingStore
{
public:
    explicit ServingStore(Catalog &catalog);

    /*!
     * Records @p page with @p content (ServedText::toJson()) under its content version, which it
     * sets in page->contentSha256: the day's row in the schedule (unless it is read ahead), its
     * part of the series, the content; and takes the first entry for its target off the queue.
     * A day already recorded keeps its page: then nothing is written, *written is false and this
     * returns true.
     */
    [[nodiscard]] bool record(ServedPage *page, const QByteArray &content, QString *error, bool *written = nullptr);

    /*!
     * What the pick needs of every reading (id, language, minutes, curated date, work and place
     * in it), and nothing else: Catalog::entries() also reads titles, authors and sources, and
     * parses a URL per row.
     */
    QVector<CatalogEntry> pickEntries() const;

    /*!
     * Changes whenever anything in the catalog changed since it was last taken, by this
     * connection (SQLite's total_changes()) or by another (PRAGMA data_version): what a cache of
     * pickEntries() is keyed by. {-1, -1} when it cannot be read.
     */
    QPair<qint64, qint64> changeStamp() const;

    //! The day's own page; none when the day was not served.
    std::optional<ServedPage> page(const QDate &day) const;
    //! Every day's page, oldest first (without parts read ahead), with a part's run but not its cut.
    QVector<ServedPage> days() const;
    /*!
     * What the pick needs of every day's page (its day, reading and series), oldest first:
     * days() also parses each day's time of serving and looks up each part's run, which the
     * rotation never reads.
     */
    QVector<ServedPage> pickHistory() const;
    //! The parts given on @p day (its own page's part, and parts read ahead), in part order.
    QVector<ServedPage> partsGivenOn(const QDate &day) const;
    //! The parts of run @p run of series @p seriesId, in part order.
    QVector<ServedPage> seriesParts(const QString &seriesId, int run) const;
    //! The latest run of every series begun.
    QHash<QString, SeriesProgress> progress() const;
    std::optional<ServedText> content(const QString &sha256) const;
    //! The headings of the parts the schedule served on their days, by content version (ServedPage::contentSha256).
    QHash<QString, ServedHeading> servedHeadings() const;

    /*!
     * Takes back the page of @p day and remembers that its target was skipped that day; its part
     * of a series is given again on a later day.
     */
    [[nodiscard]] bool skip(const QDate &day, const QDateTime &atUtc, QString *error);
    QSet<QString> skippedOn(const QDate &day) const;

    [[nodiscard]] bool enqueue(const QString &targetId, const QDateTime &atUtc, QString *error);
    QStringList queue() const;

    /*!
     * Records that @p finished was read to its end (schema v8). A reading or part already
     * finished keeps its first day: then nothing is written, *isNew is false and this returns true.
     */
    [[nodiscard]] bool recordFinished(const FinishedReading &finished, bool *isNew, QString *error);
    //! Everything read to its end, by target, run and part.
    QVector<FinishedReading> finished() const;
    //! The local days on which something was read to its end.
    QSet<QDate> daysRead() const;
    /*!
     * The streak of consecutive days read up to @p today: counted back from today, or from
     * yesterday while today's reading is not finished yet (a streak lasts until a day is missed).
     */
    static int streak(const QSet<QDate> &daysRead, const QDate &today);

    [[nodiscard]] bool setPaused(const QString &seriesId, bool paused, const QDateTime &atUtc, QString *error);
    QSet<QString> paused() const;

private:
    Catalog &m_catalog;
};

} // namespace redletter
