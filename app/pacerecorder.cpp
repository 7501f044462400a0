// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacerecorder.h"

#include "readerview.h"

#include "catalog/catalog.h"
#include "estimating/pacestore.h"
#include "schedule/clock.h"
#include "util/logging.h"

#include <QEvent>

namespace redletter {

PaceRecorder::PaceRecorder(ReaderView *reader, Catalog &catalog, const Clock &clock, QObject *parent)
    : QObject(parent), m_reader(reader), m_catalog(catalog), m_clock(clock), m_tracker(clock)
{
    connect(reader, &ReaderView::positionChanged, this, [this] {
        if (m_reader && m_reader->hasReading())
            m_tracker.moveTo(m_reader->readingLineOffset());
    });
    // The window decides whether the page can be read: hidden, minimized or behind another.
    reader->window()->installEventFilter(this);
    updateReadable();
}

PaceRecorder::~PaceRecorder()
{
    endSitting();
}

void PaceRecorder::beginSitting(const QString &readingId)
{
    endSitting();
    if (!m_reader || !m_reader->hasReading() || readingId.isEmpty())
        return;
    m_readingId = readingId;
    m_day = m_clock.today();
    updateReadable();
    m_tracker.begin(m_reader->annotatableText().text(), m_reader->readingLineOffset());
}

void PaceRecorder::endSitting()
{
    m_pausedByHiding = false;
    if (!m_tracker.isActive())
        return;
    ReadingSession session;
    session.readingId = m_readingId;
    session.day = m_day;
    session.recordedAt = m_clock.now();
    session.sample = m_tracker.finish();
    if (session.sample.words <= 0 || session.sample.seconds <= 0)
        return;
    QString error;
    if (!PaceStore(m_catalog).record(session, &error)) {
        // The pace is a nicety: a catalog that cannot take the sitting is logged, not shouted.
        qCWarning(lcCatalog).noquote() << error;
        return;
    }
    Q_EMIT sessionsChanged();
}

PaceEstimate PaceRecorder::estimate() const
{
    return PaceStore(m_catalog).estimate();
}

bool PaceRecorder::forget(QString *error)
{
    const bool wasActive = m_tracker.isActive();
    m_tracker.finish(); // the sitting under way is forgotten too
    if (!PaceStore(m_catalog).clear(error))
        return false;
    if (wasActive && m_reader && m_reader->hasReading())
        m_tracker.begin(m_reader->annotatableText().text(), m_reader->readingLineOffset());
    Q_EMIT sessionsChanged();
    return true;
}

void PaceRecorder::updateReadable()
{
    const QWidget *window = m_reader ? m_reader->window() : nullptr;
    const bool readable = window && window->isVisible() && !window->isMinimized() && window->isActiveWindow();
    m_tracker.setReadable(readable);
}

bool PaceRecorder::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Hide:
        // Closed to the tray: the sitting is over; it may be days before the window comes back.
        if (m_tracker.isActive()) {
            const QString readingId = m_readingId;
            endSitting();
            m_readingId = readingId;
            m_pausedByHiding = true;
        }
        break;
    case QEvent::Show:
        if (m_pausedByHiding && m_reader && m_reader->hasReading() && m_reader->reading().id == m_readingId) {
            m_pausedByHiding = false;
            m_day = m_clock.today();
            m_tracker.begin(m_reader->annotatableText().text(), m_reader->readingLineOffset());
        }
        updateReadable();
        break;
    case QEvent::WindowActivate:
    case QEvent::WindowDeactivate:
    case QEvent::WindowStateChange:
        updateReadable();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace redletter
