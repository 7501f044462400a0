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

quint64 rotationKey(const QString &id, int round)
{
    // FNV-1a over the id's UTF-16 and the round, then the splitmix64 finaliser so that ids
    // differing in one digit land far apart. The same on every machine and run (qHash is seeded),
    // and about a fiftieth of a SHA-1: a pick over 10,000 readings hashes thousands of ids.
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

LanguageRanks::LanguageRanks(const QStringList &languages)
{
    for (const QString &language : languages)
        m_languages.append(primaryLanguage(language));
}

int LanguageRanks::of(const QString &language) const
{
    // A catalog holds a few distinct tags: a short list compared in turn beats hashing each entry's.
    for (const QPair<QString, int> &known : std::as_const(m_known)) {
        if (known.first == language)
            return known.second;
    }
    const int found = int(m_languages.indexOf(primaryLanguage(language)));
    const int rank = found < 0 ? int(m_languages.size()) : found;
    m_known.append({language, rank});
    return rank;
}

QVector<RotationUnit> rotationUnits(const QVector<CatalogEntry> &catalog)
{
    // A work is one unit (its language: its first chapter's); a reading of a work is never a unit
    // of the rotation on its own.
    QVector<RotationUnit> units;
    units.reserve(catalog.size());
    QHash<QString, QPair<int, int>> works; // work id → (first position seen, its unit's index)
    for (const CatalogEntry &entry : catalog) {
        if (!entry.workId.isEmpty()) {
            auto work = works.find(entry.workId);
            if (work == works.end()) {
                works.insert(entry.workId, {entry.workPosition, int(units.size())});
                units.append(RotationUnit{entry.workId, true, entry.language, QDate()});
            } else if (entry.workPosition < work->first) {
                work->first = entry.workPosition;
                units[work->second].language = entry.language;
            }
            continue;
        }
        if (entry.minutes > MaximumDailyMinutes)
            units.append(RotationUnit{entry.id, true, entry.language, QDate()});
        else if (fitsTheDay(entry))
            units.append(RotationUnit{entry.id, false, entry.language, entry.curatedDate});
    }
    const auto byId = [](const RotationUnit &a, const RotationUnit &b) { return a.id < b.id; };
    if (!std::is_sorted(units.cbegin(), units.cend(), byId)) // the catalog's index gives them sorted
        std::sort(units.begin(), units.end(), byId);
    return units;
}

std::optional<RotationUnit> firstInRotation(const QVector<RotationUnit> &units, const QDate &day, int round,
                                            const QStringList &languages,
                                            const std::function<bool(const RotationUnit &)> &accept)
{
    // The smallest (rank, key, id); a key is hashed only for a unit that can still win on rank.
    const LanguageRanks ranks(languages);
    const RotationUnit *best = nullptr;
    int bestRank = 0;
    quint64 bestKey = 0;
    for (const RotationUnit &unit : units) {
        if (unit.heldOn(day))
            continue;
        const int rank = ranks.of(unit.language);
        if (best && rank > bestRank)
            continue;
        if (!accept(unit))
            continue;
        const quint64 key = rotationKey(unit.id, round);
        if (!best || rank < bestRank || key < bestKey || (key == bestKey && unit.id < best->id)) {
            best = &unit;
            bestRank = rank;
            bestKey = key;
        }
    }
    if (!best)
        return std::nullopt;
    return *best;
}

EntriesPickCatalog::EntriesPickCatalog(const QVector<CatalogEntry> &entries)
    : m_entries(entries)
    , m_units(rotationUnits(entries))
{
    for (const CatalogEntry &entry : entries) {
        if (!entry.workId.isEmpty())
            m_works.insert(entry.workId);
    }
}

const RotationUnit *EntriesPickCatalog::find(const QString &id) const
{
    // The units sorted by id, found by binary search: a pick looks up only the few ids of the
    // history, the queue and the series, so a hash of all 10,000 would cost more to build than
    // the look-ups it saves.
    const auto it = std::lower_bound(m_units.cbegin(), m_units.cend(), id,
                                     [](const RotationUnit &unit, const QString &key) { return unit.id < key; });
    return it != m_units.cend() && it->id == id ? &*it : nullptr;
}

bool EntriesPickCatalog::isWork(const QString &id) const
{
    return m_works.contains(id);
}

std::optional<int> EntriesPickCatalog::minutes(const QString &id) const
{
    // The queue is short: a scan of the catalog per entry is fine.
    for (const CatalogEntry &entry : m_entries) {
        if (entry.id == id)
            return entry.minutes;
    }
    return std::nullopt;
}

QStringList EntriesPickCatalog::curatedFor(const QDate &day) const
{
    QStringList result;
    for (const CatalogEntry &entry : m_entries) {
        if (entry.curatedDate == day && fitsTheDay(entry))
            result.append(entry.id);
    }
    return result;
}

QHash<QString, RotationUnit> EntriesPickCatalog::units(const QSet<QString> &ids) const
{
    QHash<QString, RotationUnit> result;
    for (const QString &id : ids) {
        if (const RotationUnit *unit = find(id))
            result.insert(id, *unit);
    }
    return result;
}

int EntriesPickCatalog::unitCount(const QDate &day) const
{
    return int(std::count_if(m_units.cbegin(), m_units.cend(), [&day](const RotationUnit &unit) { return !unit.heldOn(day); }));
}

std::optional<RotationUnit> EntriesPickCatalog::first(const QDate &day, int round, const QStringList &languages,
                                                      const std::function<bool(const RotationUnit &)> &accept) const
{
    return firstInRotation(m_units, day, round, languages, accept);
}

Pick pickForDay(const PickInput &input)
{
    return pickForDay(input, EntriesPickCatalog(input.catalog));
}

Pick pickForDay(const PickInput &input, const PickCatalog &catalog)
{
    const QDate &day = input.day;
    const auto usable = [&](const QString &id) { return !id.isEmpty() && !input.excluded.contains(id); };

    // 1. The queue. A queued reading of a work is served on its own (asked for by name); a long
    //    one in parts.
    for (const QString &id : input.queue) {
        if (!usable(id))
            continue;
        if (catalog.isWork(id))
            return Pick{Pick::Source::Queued, id, true};
        const std::optional<int> minutes = catalog.minutes(id);
        if (minutes && *minutes >= 1)
            return Pick{Pick::Source::Queued, id, *minutes > MaximumDailyMinutes};
    }

    // 2. The editor's choice for the day: the smallest id on a tie, so the answer does not depend
    //    on the catalog's order.
    QString curated;
    for (const QString &id : catalog.curatedFor(day)) {
        if (usable(id) && (curated.isEmpty() || id < curated))
            curated = id;
    }
    if (!curated.isEmpty())
        return Pick{Pick::Source::Curated, curated, false};

    // Every unit the rest looks at by id, in one look-up: the series begun, the ids passed over
    // or paused (all the units that may be out of the pool), the days before this one.
    QVector<ServedPage> past;
    for (const ServedPage &served : input.history) {
        if (served.day < day)
            past.append(served);
    }
    std::stable_sort(past.begin(), past.end(), [](const ServedPage &a, const ServedPage &b) { return a.day < b.day; });
    QSet<QString> wanted = input.excluded;
    wanted.unite(input.paused);
    for (auto it = input.series.cbegin(); it != input.series.cend(); ++it)
        wanted.insert(it->seriesId);
    for (const ServedPage &served : std::as_const(past))
        wanted.insert(served.target());
    const QHash<QString, RotationUnit> known = catalog.units(wanted);
    const auto unitOn = [&](const QString &id) -> const RotationUnit * {
        const auto it = known.constFind(id);
        return it != known.cend() && !it->heldOn(day) ? &*it : nullptr;
    };

    // 3. The series in progress, the latest first; one removed from the catalog is over.
    const SeriesProgress *current = nullptr;
    for (const SeriesProgress &progress : input.series) {
        if (progress.finished() || input.paused.contains(progress.seriesId) || !usable(progress.seriesId))
            continue;
        const RotationUnit *unit = unitOn(progress.seriesId);
        if (!unit || !unit->series)
            continue;
        if (!current || progress.lastDay > current->lastDay
            || (progress.lastDay == current->lastDay && progress.seriesId < current->seriesId))
            current = &progress;
    }
    if (current)
        return Pick{Pick::Source::Series, current->seriesId, true};

    // 4. The rotation over the units not excluded, not paused. Every unit out of the pool is
    //    among those looked up (excluded or paused).
    const auto pooled = [&](const RotationUnit &unit) {
        return usable(unit.id) && !(unit.series && input.paused.contains(unit.id));
    };
    int poolSize = catalog.unitCount(day);
    for (const RotationUnit &unit : known) {
        if (!unit.heldOn(day) && !pooled(unit))
            --poolSize;
    }
    if (poolSize <= 0)
        return {};

    int round = 0;
    QSet<QString> servedThisRound;
    for (const ServedPage &served : std::as_const(past)) {
        const RotationUnit *unit = unitOn(served.target());
        if (!unit || !pooled(*unit) || servedThisRound.contains(unit->id))
            continue;
        servedThisRound.insert(unit->id);
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
    const std::optional<RotationUnit> best =
        catalog.first(day, round, input.languages, [&](const RotationUnit &unit) {
            return pooled(unit) && !servedThisRound.contains(unit.id) && unit.id != yesterday;
        });
    if (!best)
        return {};
    return Pick{Pick::Source::Rotation, best->id, best->series};
}

} // namespace redletter
