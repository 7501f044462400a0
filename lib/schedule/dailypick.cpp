// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/dailypick.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace redletter {

namespace {

bool fitsTheDay(const CatalogEntry &entry)
{
    // 0 minutes means "not estimated", not "instant": such an entry is not servable.
    return entry.minutes >= 1 && entry.minutes <= MaximumDailyMinutes;
}

//! In the rotation for @p day: short enough, and not held back for a curated day still to come.
bool inRotation(const CatalogEntry &entry, const QDate &day)
{
    return fitsTheDay(entry) && (!entry.curatedDate.isValid() || entry.curatedDate < day);
}

/*!
 * The fixed shuffle of a round. qHash is seeded per process, so it would serve a different
 * reading after every restart; SHA-1 of "id:round" is the same on every machine and run.
 */
QByteArray shuffleKey(const QString &id, int round)
{
    const QString input = id + QLatin1Char(':') + QString::number(round);
    return QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha1);
}

} // namespace

QString pickReadingForDay(const QDate &day, const QVector<CatalogEntry> &catalog,
                          const QVector<ServedDay> &history)
{
    // 1. A day already served keeps its reading, whatever the catalog says now.
    for (const ServedDay &served : history) {
        if (served.day == day)
            return served.readingId;
    }

    // 2. The editor's choice for the day. Two readings curated for the same day: the smallest id,
    //    so the answer does not depend on the catalog's order.
    QString curated;
    for (const CatalogEntry &entry : catalog) {
        if (entry.curatedDate == day && fitsTheDay(entry) && (curated.isEmpty() || entry.id < curated))
            curated = entry.id;
    }
    if (!curated.isEmpty())
        return curated;

    // 3. The rotation.
    QSet<QString> pool;
    for (const CatalogEntry &entry : catalog) {
        if (inRotation(entry, day))
            pool.insert(entry.id);
    }
    if (pool.isEmpty())
        return {};

    QVector<ServedDay> past;
    for (const ServedDay &served : history) {
        if (served.day < day)
            past.append(served);
    }
    std::stable_sort(past.begin(), past.end(),
                     [](const ServedDay &a, const ServedDay &b) { return a.day < b.day; });

    // Replay the past against today's pool: a round closes once every reading of the pool has been
    // served in it. Readings added to the catalog mid-round thus join the round under way, and
    // removed ones stop holding it open.
    int round = 0;
    QSet<QString> servedThisRound;
    for (const ServedDay &served : std::as_const(past)) {
        if (!pool.contains(served.readingId))
            continue;
        servedThisRound.insert(served.readingId);
        if (servedThisRound.size() == pool.size()) {
            ++round;
            servedThisRound.clear();
        }
    }

    QVector<QString> candidates;
    for (const QString &id : std::as_const(pool)) {
        if (!servedThisRound.contains(id))
            candidates.append(id);
    }
    // A fresh round: do not serve yesterday's reading again on the first day of the next one.
    if (servedThisRound.isEmpty() && candidates.size() > 1 && !past.isEmpty())
        candidates.removeOne(past.constLast().readingId);

    // Key by hash, then id: the order is fixed even in the (theoretical) case of equal hashes.
    QString best;
    QByteArray bestKey;
    for (const QString &id : std::as_const(candidates)) {
        const QByteArray key = shuffleKey(id, round);
        if (best.isEmpty() || key < bestKey || (key == bestKey && id < best)) {
            best = id;
            bestKey = key;
        }
    }
    return best;
}

} // namespace redletter
