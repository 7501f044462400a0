// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/dailypick.h"

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

//! A thing the rotation can serve: a short reading, or a series.
struct Unit
{
    QString id;
    bool series = false;
    int rank = 0; //!< of its language among the reader's (0: the UI language)
};

/*!
 * The fixed shuffle of the rotation, cheaper than a cryptographic hash: FNV-1a over the id's
 * UTF-16 and the round, then the splitmix64 finaliser so that ids differing in one digit land far
 * apart. The same on every machine and run (qHash is seeded), and about a fiftieth of a SHA-1:
 * a pick over 10,000 readings hashes thousands of ids.
 */
quint64 rotationKey(const QString &id, int round)
{
    quint64 hash = 14695981039346656037ull;
    const auto mix = [&hash](quint16 value) {
        hash ^= value & 0xff;
        hash *= 1099511628211ull;
        hash ^= value >> 8;
        hash *= 1099511628211ull;
    };
    for (const QChar c : id)
        mix(c.unicode());
    mix(quint16(round));
    mix(quint16(round >> 16));
    hash += 0x9e3779b97f4a7c15ull;
    hash = (hash ^ (hash >> 30)) * 0xbf58476d1ce4e5b9ull;
    hash = (hash ^ (hash >> 27)) * 0x94d049bb133111ebull;
    return hash ^ (hash >> 31);
}

QString primaryLanguage(const QString &code)
{
    return code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

QStringList readerLanguages(const QLocale &locale)
{
    // The C/POSIX locale (LANG=C.UTF-8, common in containers and minimal installs) names no
    // language, but its messages are English: an English reader is the best guess.
    if (locale.language() == QLocale::C)
        return {QStringLiteral("en")};
    QStringList languages;
    for (const QString &name : locale.uiLanguages()) {
        const QString code = primaryLanguage(name);
        if (!code.isEmpty() && code != QLatin1String("c") && !languages.contains(code))
            languages.append(code);
    }
    return languages;
}

Pick pickForDay(const PickInput &input)
{
    const QDate &day = input.day;

    // The reader's languages, ranked; a language not among them ranks after all of them.
    QHash<QString, int> rankOf;
    for (int i = 0; i < input.languages.size(); ++i)
        rankOf.insert(primaryLanguage(input.languages.at(i)), i);
    const int unranked = int(input.languages.size());
    QHash<QString, int> rankCache; // per language tag as stored: a few distinct values
    const auto rankOfLanguage = [&](const QString &language) {
        auto found = rankCache.constFind(language);
        if (found != rankCache.constEnd())
            return *found;
        const int rank = rankOf.value(primaryLanguage(language), unranked);
        rankCache.insert(language, rank);
        return rank;
    };

    // The units of the catalog. A work is one unit (its language: its first chapter's); a reading
    // of a work is never a unit of the rotation on its own.
    QHash<QString, Unit> units;
    units.reserve(input.catalog.size());
    QHash<QString, int> workFirstPosition;
    for (const CatalogEntry &entry : input.catalog) {
        if (!entry.workId.isEmpty()) {
            auto first = workFirstPosition.find(entry.workId);
            if (first == workFirstPosition.end() || entry.workPosition < *first) {
                workFirstPosition.insert(entry.workId, entry.workPosition);
                units.insert(entry.workId, Unit{entry.workId, true, rankOfLanguage(entry.language)});
            }
            continue;
        }
        if (entry.minutes > MaximumDailyMinutes)
            units.insert(entry.id, Unit{entry.id, true, rankOfLanguage(entry.language)});
        else if (inRotation(entry, day))
            units.insert(entry.id, Unit{entry.id, false, rankOfLanguage(entry.language)});
    }

    const auto usable = [&](const QString &id) { return !id.isEmpty() && !input.excluded.contains(id); };

    // 1. The queue. A queued reading of a work is served on its own (asked for by name); a long
    //    one in parts. The queue is short: a scan of the catalog per entry is fine.
    for (const QString &id : input.queue) {
        if (!usable(id))
            continue;
        if (workFirstPosition.contains(id))
            return Pick{Pick::Source::Queued, id, true};
        for (const CatalogEntry &entry : input.catalog) {
            if (entry.id == id && entry.minutes >= 1)
                return Pick{Pick::Source::Queued, id, entry.minutes > MaximumDailyMinutes};
        }
    }

    // 2. The editor's choice for the day: the smallest id on a tie, so the answer does not depend
    //    on the catalog's order.
    QString curated;
    for (const CatalogEntry &entry : input.catalog) {
        if (entry.curatedDate == day && fitsTheDay(entry) && usable(entry.id) && (curated.isEmpty() || entry.id < curated))
            curated = entry.id;
    }
    if (!curated.isEmpty())
        return Pick{Pick::Source::Curated, curated, false};

    // 3. The series in progress, the latest first; one removed from the catalog is over.
    const SeriesProgress *current = nullptr;
    for (const SeriesProgress &progress : input.series) {
        if (progress.finished() || input.paused.contains(progress.seriesId) || !usable(progress.seriesId)
            || !units.value(progress.seriesId).series)
            continue;
        if (!current || progress.lastDay > current->lastDay
            || (progress.lastDay == current->lastDay && progress.seriesId < current->seriesId))
            current = &progress;
    }
    if (current)
        return Pick{Pick::Source::Series, current->seriesId, true};

    // 4. The rotation over the units not excluded, not paused.
    int poolSize = 0;
    for (const Unit &unit : std::as_const(units)) {
        if (usable(unit.id) && !(unit.series && input.paused.contains(unit.id)))
            ++poolSize;
    }
    if (poolSize == 0)
        return {};
    const auto inPool = [&](const QString &id) {
        const auto unit = units.constFind(id);
        return unit != units.constEnd() && usable(id) && !(unit->series && input.paused.contains(id));
    };

    QVector<ServedPage> past;
    for (const ServedPage &served : input.history) {
        if (served.day < day)
            past.append(served);
    }
    std::stable_sort(past.begin(), past.end(), [](const ServedPage &a, const ServedPage &b) { return a.day < b.day; });
    int round = 0;
    QSet<QString> servedThisRound;
    for (const ServedPage &served : std::as_const(past)) {
        const QString unit = served.target();
        if (!inPool(unit))
            continue;
        servedThisRound.insert(unit);
        if (servedThisRound.size() == poolSize) {
            ++round;
            servedThisRound.clear();
        }
    }
    // A fresh round: do not serve yesterday's page again on its first day (unless it is all there is).
    const QString yesterday = servedThisRound.isEmpty() && poolSize > 1 && !past.isEmpty() ? past.constLast().target()
                                                                                              : QString();

    // The reader's languages first: the best-ranked language among the candidates, then the fixed
    // shuffle within it.
    int bestRank = unranked;
    for (const Unit &unit : std::as_const(units)) {
        if (unit.rank < bestRank && inPool(unit.id) && !servedThisRound.contains(unit.id) && unit.id != yesterday)
            bestRank = unit.rank;
    }
    const Unit *best = nullptr;
    quint64 bestKey = 0;
    for (const Unit &unit : std::as_const(units)) {
        if (unit.rank != bestRank || servedThisRound.contains(unit.id) || unit.id == yesterday || !inPool(unit.id))
            continue;
        const quint64 key = rotationKey(unit.id, round);
        if (!best || key < bestKey || (key == bestKey && unit.id < best->id)) {
            best = &unit;
            bestKey = key;
        }
    }
    if (!best)
        return {};
    return Pick{Pick::Source::Rotation, best->id, best->series};
}

} // namespace redletter
