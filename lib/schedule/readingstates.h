// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/servingstore.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

namespace redletter {

struct CatalogEntry;

//! Where the reader stands with a reading, a part, a chapter or a whole series.
struct ReadingState
{
    enum Kind { Unread, InProgress, Finished };
    Kind kind = Unread;
    QDate finishedOn; //!< Finished: the local day it was read to its end
    int part = 0;     //!< InProgress of a series: the highest part given
    int parts = 0;    //!< ... of how many
};

/*!
 * The library's "unread, in progress, finished" from what the schedule served and what the reader
 * read to its end (ServingStore::finished()). Finished means read to the end in the reader, never
 * just served:
 * - a reading: read to its end (served whole, or opened from the library);
 * - a series (a work, or a long reading in parts): the last part of its latest run read to its end;
 * - a chapter of a work: read to its end on its own, or the part of the latest run in which the
 *   chapter ends was (the part before the first part that begins in a later chapter, or the last);
 * - a part (of a served day): that part read to its end.
 * In progress: served or begun but not read to its end. Built once from the store's rows (a few
 * queries, whatever the size of the catalog), then every question is a hash look-up.
 */
class ReadingStates
{
public:
    ReadingStates() = default;
    ReadingStates(const ServingStore &store, const QVector<CatalogEntry> &entries);

    //! A reading on its own or a chapter of a work.
    ReadingState reading(const CatalogEntry &entry) const;
    //! A work or long reading served in parts; Unread when none was served.
    ReadingState series(const QString &seriesId) const;
    //! One part of run @p run of series @p seriesId, or (part 0) a reading served whole.
    ReadingState part(const QString &targetId, int run, int part) const;

    const QHash<QString, SeriesProgress> &progress() const { return m_progress; }

private:
    static QString key(const QString &targetId, int run, int part);

    QHash<QString, QDate> m_finished;        //!< key() → the day read to its end
    QHash<QString, QDate> m_servedWhole;     //!< reading id → first day it was served whole
    QHash<QString, SeriesProgress> m_progress;
    //! Series id → the workPosition where each part of its latest run begins (index part - 1; 0 unknown).
    QHash<QString, QVector<int>> m_partStarts;
    QHash<QString, int> m_positions; //!< reading id → place in its work
};

} // namespace redletter
