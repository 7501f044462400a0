// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/readingstates.h"

#include "catalog/catalog.h"

namespace redletter {

ReadingStates::ReadingStates(const ServingStore &store, const QVector<CatalogEntry> &entries)
{
    for (const FinishedReading &finished : store.finished())
        m_finished.insert(key(finished.targetId, finished.run, finished.part), finished.day);
    for (const ServedPage &page : store.days()) {
        if (page.seriesId.isEmpty() && !m_servedWhole.contains(page.readingId))
            m_servedWhole.insert(page.readingId, page.day);
    }
    m_progress = store.progress();
    for (const CatalogEntry &entry : entries) {
        if (!entry.workId.isEmpty())
            m_positions.insert(entry.id, entry.workPosition);
    }
    for (auto it = m_progress.cbegin(); it != m_progress.cend(); ++it) {
        QVector<int> starts(it->parts, 0);
        for (const ServedPage &part : store.seriesParts(it->seriesId, it->run)) {
            if (part.part >= 1 && part.part <= starts.size())
                starts[part.part - 1] = std::max(1, m_positions.value(part.readingId, 0));
        }
        m_partStarts.insert(it->seriesId, starts);
    }
}

QString ReadingStates::key(const QString &targetId, int run, int part)
{
    return targetId + QLatin1Char('\x1f') + QString::number(run) + QLatin1Char('\x1f') + QString::number(part);
}

ReadingState ReadingStates::part(const QString &targetId, int run, int part) const
{
    ReadingState state;
    const auto finished = m_finished.constFind(key(targetId, part > 0 ? run : 0, part));
    if (finished != m_finished.constEnd()) {
        state.kind = ReadingState::Finished;
        state.finishedOn = *finished;
    } else {
        state.kind = ReadingState::InProgress; // it was served: begun, not read to its end
    }
    return state;
}

ReadingState ReadingStates::series(const QString &seriesId) const
{
    ReadingState state;
    const auto progress = m_progress.constFind(seriesId);
    if (progress == m_progress.constEnd() || progress->lastPart <= 0)
        return state;
    const auto last = m_finished.constFind(key(seriesId, progress->run, progress->parts));
    if (last != m_finished.constEnd()) {
        state.kind = ReadingState::Finished;
        state.finishedOn = *last;
        return state;
    }
    state.kind = ReadingState::InProgress;
    state.part = progress->lastPart;
    state.parts = progress->parts;
    return state;
}

ReadingState ReadingStates::reading(const CatalogEntry &entry) const
{
    ReadingState state;
    const auto own = m_finished.constFind(key(entry.id, 0, 0));
    if (own != m_finished.constEnd()) {
        state.kind = ReadingState::Finished;
        state.finishedOn = *own;
        return state;
    }
    // A long reading served in parts.
    if (m_progress.contains(entry.id)) {
        state = series(entry.id);
        if (state.kind != ReadingState::Unread)
            return state;
    }
    if (m_servedWhole.contains(entry.id)) {
        state.kind = ReadingState::InProgress;
        return state;
    }
    const auto progress = m_progress.constFind(entry.workId);
    if (entry.workId.isEmpty() || progress == m_progress.constEnd())
        return state;
    // A chapter of a work read in parts: the part it ends in is the one before the first part
    // that begins in a later chapter, or the last part. Until that part was given, all that is
    // known is whether a part began in it.
    const QVector<int> starts = m_partStarts.value(entry.workId);
    const int position = entry.workPosition;
    bool begun = false;
    for (int i = 0; i < starts.size(); ++i) {
        if (starts.at(i) == 0)
            break; // not given yet: where it begins is not known
        begun = begun || starts.at(i) == position;
        const bool last = i + 1 == starts.size();
        const bool nextBeginsLater = !last && starts.at(i + 1) > position;
        if (!last && starts.at(i + 1) == 0)
            break;
        if (last || nextBeginsLater) {
            if (starts.at(i) > position)
                break; // the work's parts began after this chapter (cannot happen in order)
            const ReadingState endPart = part(entry.workId, progress->run, i + 1);
            state.kind = endPart.kind == ReadingState::Finished ? ReadingState::Finished : ReadingState::InProgress;
            state.finishedOn = endPart.finishedOn;
            return state;
        }
    }
    if (begun)
        state.kind = ReadingState::InProgress;
    return state;
}

} // namespace redletter
