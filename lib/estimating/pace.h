// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace redletter {

/*!
 * The reader's own pace, learned from reading sessions: how much text went past the top of the
 * page in how much active time. Only what the reader measurably read counts; the installments are
 * still cut at the house pace (ReadingTimeEstimator::DefaultWordsPerMinute), so parts never move
 * when a pace is learned.
 */

//! One moment of a session: the words above the top of the page at @p msecs (any monotonic clock).
struct PacePoint
{
    qint64 msecs = 0;
    int wordsPassed = 0;
    bool visible = true; //!< false from a moment the window was hidden or minimized until shown again
};

//! What one session contributes: words read in active seconds (0/0 when nothing counted).
struct PaceSample
{
    int words = 0;
    double seconds = 0;

    double wordsPerMinute() const { return seconds > 0 ? words * 60.0 / seconds : 0; }
    friend bool operator==(const PaceSample &a, const PaceSample &b)
    {
        return a.words == b.words && qFuzzyCompare(1 + a.seconds, 1 + b.seconds);
    }
};

//! The learned pace: 0 until enough sessions agree.
struct PaceEstimate
{
    int wordsPerMinute = 0;
    int sessionsUsed = 0;     //!< sessions the figure rests on (after outliers were rejected)
    int sessionsRejected = 0; //!< outliers left out

    bool isLearned() const { return wordsPerMinute > 0; }
};

namespace pace {

//! A pause longer than this is the reader away, not reading: the stretch ends there.
constexpr qint64 IdleMsecs = 2 * 60 * 1000;
//! Faster than this is skimming or scrolling past, not reading.
constexpr int SkimWordsPerMinute = 900;
//! Slower than this is not reading either (the page left open while doing something else).
constexpr int StallWordsPerMinute = 40;
//! Rates are judged over at least this long, so one quick scroll after a slow page is not a skim.
constexpr qint64 WindowMsecs = 60 * 1000;
//! A session with less than this is too short to say anything.
constexpr double MinimumSessionSeconds = 120;
constexpr int MinimumSessionWords = 200;
//! The estimate is used only after this many sessions count.
constexpr int MinimumSessions = 5;
//! Only the latest sessions count: a pace changes with practice and with the texts read.
constexpr int RecentSessions = 30;

/*!
 * The active reading in one session's @p points (in time order): the time between consecutive
 * points, in windows of at least WindowMsecs that end on a scroll forward, counts with the words
 * passed in it, except a gap
 * over IdleMsecs, time while the window was hidden, a window faster than SkimWordsPerMinute or
 * slower than StallWordsPerMinute, and scrolling back (its time counts as reading, its words not).
 */
PaceSample measureSession(const QVector<PacePoint> &points);

/*!
 * The pace from @p sessions (oldest first): the latest RecentSessions that are long enough, their
 * rates' median once outliers (over 3 scaled median absolute deviations from the median) are
 * dropped. Not learned (0) with fewer than MinimumSessions usable sessions.
 */
PaceEstimate estimatePace(const QVector<PaceSample> &sessions);

} // namespace pace
} // namespace redletter
