// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/dailypick.h"

#include <QPair>
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
    bool pooled = false;          //!< in the pool: usable, not a paused series
    bool servedThisRound = false; //!< served since the round began
};

/*!
 * The units sorted by id, found by binary search: a pick looks up only the few ids of the
 * history, the queue and the series, so a hash of all 10,000 would cost more to build than the
 * look-ups it saves.
 */
class Units
{
public:
    void append(const Unit &unit) { m_units.append(unit); }
    void sortById()
    {
        const auto byId = [](const Unit &a, const Unit &b) { return a.id < b.id; };
        if (!std::is_sorted(m_units.cbegin(), m_units.cend(), byId)) // the catalog's index gives them sorted
            std::sort(m_units.begin(), m_units.end(), byId);
    }
    Unit *find(const QString &id)
    {
        const auto it = std::lower_bound(m_units.begin(), m_units.end(), id,
                                         [](const Unit &unit, const QString &key) { return unit.id < key; });
        return it != m_units.end() && it->id == id ? &*it : nullptr;
    }
    QVector<Unit> &all() { return m_units; }

private:
    QVector<Unit> m_units;
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

    // The reader's languages, ranked; a language not among them ranks after all of them. A
    // catalog holds a few distinct tags: a short list compared in turn beats hashing each entry's.
    QVector<QString> rankOf;
    for (const QString &language : input.languages)
        rankOf.append(primaryLanguage(language));
    const int unranked = int(input.languages.size());
    QVector<QPair<QString, int>> rankCache; // per language tag as stored
    const auto rankOfLanguage = [&](const QString &language) {
        for (const QPair<QString, int> &known : std::as_const(rankCache)) {
            if (known.first == language)
                return known.second;
        }
        const int found = int(rankOf.indexOf(primaryLanguage(language)));
        const int rank = found < 0 ? unranked : found;
        rankCache.append({language, rank});
        return rank;
    };

    // The units of the catalog. A work is one unit (its language: its first chapter's); a reading
    // of a work is never a unit of the rotation on its own.
    Units units;
    units.all().reserve(input.catalog.size());
    QHash<QString, QPair<int, int>> works; // work id → (first position seen, its unit's index)
    for (const CatalogEntry &entry : input.catalog) {
        if (!entry.workId.isEmpty()) {
            auto work = works.find(entry.workId);
            if (work == works.end()) {
                works.insert(entry.workId, {entry.workPosition, int(units.all().size())});
                units.append(Unit{entry.workId, true, rankOfLanguage(entry.language)});
            } else if (entry.workPosition < work->first) {
                work->first = entry.workPosition;
                units.all()[work->second].rank = rankOfLanguage(entry.language);
            }
            continue;
        }
        if (entry.minutes > MaximumDailyMinutes)
            units.append(Unit{entry.id, true, rankOfLanguage(entry.language)});
        else if (inRotation(entry, day))
            units.append(Unit{entry.id, false, rankOfLanguage(entry.language)});
    }
    units.sortById();

    const auto usable = [&](const QString &id) { return !id.isEmpty() && !input.excluded.contains(id); };

    // 1. The queue. A queued reading of a work is served on its own (asked for by name); a long
    //    one in parts. The queue is short: a scan of the catalog per entry is fine.
    for (const QString &id : input.queue) {
        if (!usable(id))
            continue;
        if (works.contains(id))
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
        if (progress.finished() || input.paused.contains(progress.seriesId) || !usable(progress.seriesId))
            continue;
        const Unit *unit = units.find(progress.seriesId);
        if (!unit || !unit->series)
            continue;
        if (!current || progress.lastDay > current->lastDay
            || (progress.lastDay == current->lastDay && progress.seriesId < current->seriesId))
            current = &progress;
    }
    if (current)
        return Pick{Pick::Source::Series, current->seriesId, true};

    // 4. The rotation over the units not excluded, not paused.
    int poolSize = 0;
    for (Unit &unit : units.all()) {
        unit.pooled = usable(unit.id) && !(unit.series && input.paused.contains(unit.id));
        poolSize += unit.pooled;
    }
    if (poolSize == 0)
        return {};

    QVector<ServedPage> past;
    for (const ServedPage &served : input.history) {
        if (served.day < day)
            past.append(served);
    }
    std::stable_sort(past.begin(), past.end(), [](const ServedPage &a, const ServedPage &b) { return a.day < b.day; });
    int round = 0;
    QVector<Unit *> servedThisRound;
    for (const ServedPage &served : std::as_const(past)) {
        Unit *unit = units.find(served.target());
        if (!unit || !unit->pooled || unit->servedThisRound)
            continue;
        unit->servedThisRound = true;
        servedThisRound.append(unit);
        if (servedThisRound.size() == poolSize) {
            ++round;
            for (Unit *done : std::as_const(servedThisRound))
                done->servedThisRound = false;
            servedThisRound.clear();
        }
    }
    // A fresh round: do not serve yesterday's page again on its first day (unless it is all there is).
    const QString yesterday = servedThisRound.isEmpty() && poolSize > 1 && !past.isEmpty() ? past.constLast().target()
                                                                                              : QString();

    // The reader's languages first: the best-ranked language among the candidates, then the fixed
    // shuffle within it.
    const auto candidate = [&yesterday](const Unit &unit) {
        return unit.pooled && !unit.servedThisRound && unit.id != yesterday;
    };
    int bestRank = unranked;
    for (const Unit &unit : units.all()) {
        if (unit.rank < bestRank && candidate(unit))
            bestRank = unit.rank;
    }
    const Unit *best = nullptr;
    quint64 bestKey = 0;
    for (const Unit &unit : units.all()) {
        if (unit.rank != bestRank || !candidate(unit))
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
