// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimating/pace.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace redletter {

class Catalog;

//! One sitting with a reading, as stored: enough to recompute the pace under a better rule later.
struct ReadingSession
{
    QString readingId;
    QDate day;           //!< the local day it was read
    QDateTime recordedAt; //!< UTC, when the sitting ended
    PaceSample sample;   //!< words read in active seconds

    friend bool operator==(const ReadingSession &a, const ReadingSession &b)
    {
        return a.readingId == b.readingId && a.day == b.day && a.recordedAt == b.recordedAt && a.sample == b.sample;
    }
};

/*!
 * The reader's measured sittings in the catalog (table reading_sessions, schema version 9), and
 * the pace learned from them. The raw sittings are kept, not only the figure, so a better
 * estimator recomputes it from the same evidence and a reset really forgets.
 */
class PaceStore
{
public:
    //! @p catalog must be open and outlive the store.
    explicit PaceStore(Catalog &catalog);

    //! Stores @p session; one that measured nothing (no words or no time) is not stored.
    [[nodiscard]] bool record(const ReadingSession &session, QString *error);
    //! Every stored sitting, oldest first.
    QVector<ReadingSession> sessions() const;
    //! The pace from the latest sittings (pace::estimatePace()); not learned on a read error.
    PaceEstimate estimate() const;
    //! Forgets every sitting (Preferences › Pace › Forget My Pace).
    [[nodiscard]] bool clear(QString *error);

private:
    Catalog &m_catalog;
};

} // namespace redletter
