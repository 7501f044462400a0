// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "schedule/readingstates.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>
#include <QVector>

namespace redletter {

/*!
 * One row of the library: a reading, a chapter (parent set) or a work (children set). Only
 * what is shown, sorted or filtered by is kept; the cells' texts ("In progress: part 2 of 7",
 * "12 min", a source's host) are made when the view asks for them, for the rows it shows.
 */
struct LibraryItem
{
    QString id; //!< the reading's, or the work's
    QString title;
    QString author;
    QString language;
    int year = 0;
    int minutes = 0; //!< a work: its chapters' sum
    int seriesParts = 0; //!< served in parts: how many (0: not begun as a series)
    bool builtin = false;
    QString source;     //!< the address as stored (the Source column sorts by it)
    QString sourceFile; //!< the file it was imported from, for a source without an address
    ReadingState state;
    int workPosition = 0; //!< a chapter's place in its work: chapters keep their contents order
    int parent = -1;      //!< a chapter: the index of its work's item
    int row = 0;          //!< the place among its siblings
    QVector<int> children; //!< a work: its chapters' items in contents order
    bool isWork = false;
};

/*!
 * The library's rows over the catalog (LibraryWindow's Readings tab): readings on their own and
 * works with their chapters under them, as light values read in one pass over the catalog's
 * entries; display texts are made on demand. Sorting and filtering are LibraryFilter's, on these
 * values directly rather than through QVariants.
 */
class LibraryModel : public QAbstractItemModel
{
public:
    //! IdRole: the reading's or work's id (title column); SortRole: what a column sorts by.
    enum Role { IdRole = Qt::UserRole + 1, SortRole = Qt::UserRole + 2, LanguageRole = Qt::UserRole + 3 };

    explicit LibraryModel(QObject *parent = nullptr);

    //! Reads the catalog's entries and works and the reader's states of them again.
    void reload(const Catalog &catalog, const ServingStore &store);

    //! The languages of the readings, sorted.
    const QStringList &languages() const { return m_languages; }
    const ReadingStates &states() const { return m_states; }
    const LibraryItem &item(const QModelIndex &index) const { return m_items.at(itemOf(index)); }
    //! The reading (or chapter) @p id; null when the catalog has none.
    const LibraryItem *reading(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    int itemOf(const QModelIndex &index) const;
    QString lengthText(const LibraryItem &item) const;
    QString sourceText(const LibraryItem &item) const;

    QVector<LibraryItem> m_items;
    QVector<int> m_top; //!< the top-level items, in catalog order
    QHash<QString, int> m_readings; //!< reading id → its item
    QStringList m_languages;
    ReadingStates m_states;
};

/*!
 * Filters by words in the title or author (case-insensitive, every word) and by language, and
 * sorts; both on LibraryModel's values. A work stays when one of its chapters matches (recursive
 * filtering), so a chapter is never shown without its work; chapters keep their contents order
 * under their work, whatever the column sorted by.
 */
class LibraryFilter : public QSortFilterProxyModel
{
public:
    explicit LibraryFilter(LibraryModel *model, QObject *parent = nullptr);

    //! One pass of the filter for both (typing changes the text, the box the language).
    void setFilter(const QString &text, const QString &language);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    LibraryModel *m_model;
    QStringList m_words;
    QString m_language;
};

} // namespace redletter
