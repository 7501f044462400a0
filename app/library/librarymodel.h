// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/librarylisting.h"
#include "schedule/readingstates.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

#include <memory>

namespace redletter {

class Catalog;

//! One row of the library as shown: the catalog's row and where the reader stands with it.
struct LibraryItem : LibraryRow
{
    ReadingState state;
    int seriesParts = 0; //!< served in parts: how many (0: not begun as a series)
};

/*!
 * The library's rows (LibraryWindow's Readings tab): readings on their own and works with their
 * chapters under them, sorted and filtered by SQLite (LibraryListing) and read a page at a time
 * as the view scrolls (canFetchMore()/fetchMore()), so that a catalog of 10,000 readings is
 * listed by reading the rows on screen. A work's chapters are read when the view first asks for
 * them. The cells' texts ("In progress: part 2 of 7", "12 min", a source's host) are made when
 * the view asks. A change of filter or order starts again from the first page.
 */
class LibraryModel : public QAbstractItemModel
{
public:
    //! IdRole: the reading's or work's id (title column).
    enum Role { IdRole = Qt::UserRole + 1 };
    //! Rows read per page: a few screens.
    static constexpr int DefaultPageSize = 200;

    explicit LibraryModel(const Catalog &catalog, QObject *parent = nullptr);
    ~LibraryModel() override;

    //! Reads the reader's states again (from @p store) and the first page.
    void reload(const ServingStore &store);
    //! Every word of @p text in the title or author (case ignored), and @p language ("" for any).
    void setFilter(const QString &text, const QString &language);
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    //! How many top-level rows the filter lets through, counted by SQLite (the view needs not).
    int matchingRowCount() const;

    //! The languages of the readings, sorted (as of the last reload()).
    const QStringList &languages() const { return m_languages; }
    const ReadingStates &states() const { return m_states; }
    const LibraryListing &listing() const { return *m_listing; }
    const LibraryItem &item(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    //! "Unread", then in progress, then finished by the day (an earlier day first), as a number.
    static double stateSortKey(const ReadingState &state);

private:
    //! Forgets the rows read and reads the first page again (inside a model reset).
    void restart();
    //! Reads the next page onto m_rows; false when nothing could be read.
    bool readPage(QVector<LibraryItem> *page);
    //! The chapters of top-level row @p row, read when first asked for.
    const QVector<LibraryItem> &chaptersOf(int row) const;
    LibraryItem withState(const LibraryRow &row) const;
    QString lengthText(const LibraryItem &item) const;
    QString sourceText(const LibraryItem &item) const;

    const Catalog &m_catalog;
    std::unique_ptr<LibraryListing> m_listing;
    QVector<LibraryItem> m_rows; //!< the top-level rows read so far, in order
    mutable QHash<int, QVector<LibraryItem>> m_chapters; //!< top-level row → its chapters (filtered)
    bool m_more = false; //!< whether rows past m_rows are left to read
    int m_pageSize = DefaultPageSize;
    QStringList m_words;
    QString m_language;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QStringList m_languages;
    ReadingStates m_states;
};

} // namespace redletter
