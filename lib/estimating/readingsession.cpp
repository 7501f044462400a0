// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimating/readingsession.h"

#include "estimating/readingtime.h"
#include "schedule/clock.h"

#include <algorithm>

namespace redletter {

namespace {

/*!
 * Scroll events come many a second (a wheel turn, smooth scrolling); points closer than this
 * are merged into one. It keeps a long sitting at a few hundred points, and is far below the
 * minute over which pace::measureSession() judges a rate.
 */
constexpr qint64 MergeMsecs = 1000;

} // namespace

ReadingSessionTracker::ReadingSessionTracker(const Clock &clock)
    : m_clock(clock)
{
}

qint64 ReadingSessionTracker::nowMsecs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

void ReadingSessionTracker::begin(const QString &text, int offset)
{
    m_wordStarts = ReadingTimeEstimator::wordStarts(text);
    m_points.clear();
    m_active = true;
    m_words = wordsBefore(offset);
    m_points.append({nowMsecs(), m_words, m_readable});
}

int ReadingSessionTracker::wordsBefore(int offset) const
{
    return int(std::lower_bound(m_wordStarts.cbegin(), m_wordStarts.cend(), offset) - m_wordStarts.cbegin());
}

void ReadingSessionTracker::moveTo(int offset)
{
    if (!m_active)
        return;
    const int words = wordsBefore(std::max(0, offset));
    if (words == m_words)
        return; // a scroll within a line: nothing passed, and no point needed to know it
    record(words, m_readable);
}

void ReadingSessionTracker::setReadable(bool readable)
{
    if (readable == m_readable)
        return;
    m_readable = readable;
    if (m_active)
        record(m_words, readable);
}

void ReadingSessionTracker::record(int words, bool readable)
{
    const qint64 now = nowMsecs();
    m_words = words;
    PacePoint &last = m_points.last();
    // A merged point keeps the earlier time: the words arrived within MergeMsecs of it. A change
    // of readability is never merged, since the rule needs to see where hidden time begins.
    if (now >= last.msecs && now - last.msecs < MergeMsecs && last.visible == readable && m_points.size() > 1) {
        last.wordsPassed = words;
        return;
    }
    m_points.append({now, words, readable});
}

PaceSample ReadingSessionTracker::measured() const
{
    if (!m_active)
        return {};
    // The time since the last event counts too (reading the page on screen), as a point now.
    QVector<PacePoint> points = m_points;
    points.append({nowMsecs(), m_words, m_readable});
    return pace::measureSession(points);
}

PaceSample ReadingSessionTracker::finish()
{
    const PaceSample sample = measured();
    m_active = false;
    m_points.clear();
    m_wordStarts.clear();
    return sample;
}

} // namespace redletter
