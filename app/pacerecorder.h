// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimating/pace.h"
#include "estimating/readingsession.h"

#include <QDate>
#include <QObject>
#include <QPointer>

namespace redletter {

class Catalog;
class Clock;
class ReaderView;

/*!
 * Feeds the reader view's movements to a ReadingSessionTracker and keeps each sitting in the
 * catalog (PaceStore), so the reading time learns the reader's pace. A sitting is one reading on
 * screen while the window is shown: it ends when another reading comes, when the window is
 * hidden (closed to the tray) and when the recorder goes. The window being minimized or
 * inactive pauses it. What counts as reading is decided in lib (readingsession.h, pace.h).
 */
class PaceRecorder : public QObject
{
    Q_OBJECT
public:
    //! @p reader is watched (and its window); @p catalog and @p clock must outlive the recorder.
    PaceRecorder(ReaderView *reader, Catalog &catalog, const Clock &clock, QObject *parent = nullptr);
    ~PaceRecorder() override;

    //! A reading is on screen from now on, at the reader's place: its sitting starts.
    void beginSitting(const QString &readingId);
    //! Stores the sitting on screen (if it read anything); nothing is measured until the next begin.
    void endSitting();
    //! The learned pace, from the sittings stored.
    PaceEstimate estimate() const;
    //! Forgets every stored sitting and the one going on (Preferences › Pace).
    [[nodiscard]] bool forget(QString *error);

    const ReadingSessionTracker &tracker() const { return m_tracker; }

Q_SIGNALS:
    //! A sitting was stored or the sittings forgotten: the learned pace may differ.
    void sessionsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateReadable();

    QPointer<ReaderView> m_reader;
    Catalog &m_catalog;
    const Clock &m_clock;
    ReadingSessionTracker m_tracker;
    QString m_readingId;
    QDate m_day;
    bool m_pausedByHiding = false; //!< the window was hidden mid-sitting: resume when shown
};

} // namespace redletter
