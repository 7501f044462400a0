// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimating/pace.h"

#include <QString>
#include <QVector>

namespace redletter {

class Clock;

/*!
 * Measures one sitting with one reading, for the learned pace (pace.h): the reader view tells it
 * where the reader is (a character offset of the reading's text at the reading line) and whether
 * the window can be read at all (shown and active); it asks the injected clock when, so a test
 * replays a sitting minute by minute. What counts as reading, and what not (idle stretches,
 * hidden time, skims), is pace::measureSession()'s rule; this class only turns events into the
 * points that rule reads.
 */
class ReadingSessionTracker
{
public:
    //! @p clock must outlive the tracker.
    explicit ReadingSessionTracker(const Clock &clock);

    /*!
     * Starts a sitting with @p text (what the reader view shows as the reading's text; offsets
     * given to moveTo() index it) at character @p offset. Whatever was measured before is dropped:
     * take it with finish() first.
     */
    void begin(const QString &text, int offset = 0);
    //! The reading line is now at character @p offset of the text (scrolling, paging, a jump).
    void moveTo(int offset);
    //! The window can be read (shown, not minimized, active) or not.
    void setReadable(bool readable);
    //! The sitting so far (the reading active, or nothing when begin() was not called).
    PaceSample measured() const;
    //! Ends the sitting: what it measured, and nothing more until the next begin().
    PaceSample finish();

    bool isActive() const { return m_active; }
    //! Words of the text before character @p offset (whole words; a word cut by it counts).
    int wordsBefore(int offset) const;
    //! The points recorded so far (for tests and logs).
    const QVector<PacePoint> &points() const { return m_points; }

private:
    void record(int words, bool readable);
    qint64 nowMsecs() const;

    const Clock &m_clock;
    QVector<int> m_wordStarts; //!< character offset of every word's start, ascending
    QVector<PacePoint> m_points;
    int m_words = 0;
    bool m_readable = true;
    bool m_active = false;
};

} // namespace redletter
