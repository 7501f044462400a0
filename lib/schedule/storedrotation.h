// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/dailypick.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace redletter {

class Catalog;

/*!
 * The rotation's units stored in the catalog (schema v11: pick_units, pick_state), so that a new
 * day's pick reads a few rows instead of every reading: the units it looks up by id (the history,
 * the series, the skips), the count of units, and the first rows of the stored order.
 *
 * A cache, never the truth: the units are those of the catalog at a generation (catalog_generation,
 * moved by triggers on every change of a reading's id, language, minutes, curated day or work, by
 * any process), and isCurrent() is false as soon as it moved, whereupon the schedule stores them
 * again from the readings. The stored order is that of one round and one list of the reader's
 * languages; asked for another, first() answers from the stored units in memory (every row, as
 * before) and orderWanted() says which order would make the next pick cheap again (reorder()).
 * The rules stay in pickForDay(); this only answers its questions.
 */
class StoredRotation : public PickCatalog
{
public:
    explicit StoredRotation(Catalog &catalog);

    //! The catalog's generation; -1 when it cannot be read (not open).
    qint64 generation() const;
    //! Whether the stored units are those of the catalog as it is now.
    bool isCurrent() const;

    /*!
     * Stores the units of @p entries (the catalog read at @p generation or later: read the
     * generation first) in the order of @p round for @p languages, in one transaction.
     */
    [[nodiscard]] bool store(const QVector<CatalogEntry> &entries, qint64 generation, const QStringList &languages,
                             int round, QString *error);
    //! Puts the stored units in the order of @p round for @p languages.
    [[nodiscard]] bool reorder(const QStringList &languages, int round, QString *error);
    //! The order (languages, round) the last first() wanted and did not find stored.
    std::optional<QPair<QStringList, int>> orderWanted() const { return m_wanted; }

    bool isWork(const QString &id) const override;
    std::optional<int> minutes(const QString &id) const override;
    QStringList curatedFor(const QDate &day) const override;
    QHash<QString, RotationUnit> units(const QSet<QString> &ids) const override;
    int unitCount(const QDate &day) const override;
    std::optional<RotationUnit> first(const QDate &day, int round, const QStringList &languages,
                                      const std::function<bool(const RotationUnit &)> &accept) const override;

private:
    QVector<RotationUnit> allUnits() const;
    [[nodiscard]] bool writeOrder(const QVector<RotationUnit> &units, const QStringList &languages, int round,
                                  QString *error);

    Catalog &m_catalog;
    mutable std::optional<QPair<QStringList, int>> m_wanted;
};

} // namespace redletter
