// SPDX-License-Identifier: GPL-3.0-or-later
// The library's rows before they were read a page at a time from SQLite: every entry read into
// memory and sorted and filtered there by a QSortFilterProxyModel (the model of the commit before
// LibraryListing, kept as it was). tst_librarymodel checks the paged model against it; included
// by that test alone, hence the definitions in a header.
#pragma once

#include "catalog/catalog.h"
#include "library/librarywindow.h"
#include "schedule/readingstates.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QUrl>
#include <QVector>

#include <algorithm>
#include <utility>

namespace redletter::reference {

/*!
 * One row of the library: a reading, a chapter (parent set) or a work (children set). Only
 * what is shown, sorted or filtered by is kept; the cells' texts ("In progress: part 2 of 7",
 * "12 min", a source's host) are made when the view asks for them, for the rows it shows.
 */
struct ReferenceItem
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
 * entries; display texts are made on demand. Sorting and filtering are ReferenceFilter's, on these
 * values directly rather than through QVariants.
 */
class ReferenceModel : public QAbstractItemModel
{
public:
    //! IdRole: the reading's or work's id (title column); SortRole: what a column sorts by.
    enum Role { IdRole = Qt::UserRole + 1, SortRole = Qt::UserRole + 2, LanguageRole = Qt::UserRole + 3 };

    explicit ReferenceModel(QObject *parent = nullptr);

    //! Reads the catalog's entries and works and the reader's states of them again.
    void reload(const Catalog &catalog, const ServingStore &store);

    //! The languages of the readings, sorted.
    const QStringList &languages() const { return m_languages; }
    const ReadingStates &states() const { return m_states; }
    const ReferenceItem &item(const QModelIndex &index) const { return m_items.at(itemOf(index)); }
    //! The reading (or chapter) @p id; null when the catalog has none.
    const ReferenceItem *reading(const QString &id) const;

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
    QString lengthText(const ReferenceItem &item) const;
    QString sourceText(const ReferenceItem &item) const;

    QVector<ReferenceItem> m_items;
    QVector<int> m_top; //!< the top-level items, in catalog order
    QHash<QString, int> m_readings; //!< reading id → its item
    QStringList m_languages;
    ReadingStates m_states;
};

/*!
 * Filters by words in the title or author (case-insensitive, every word) and by language, and
 * sorts; both on ReferenceModel's values. A work stays when one of its chapters matches (recursive
 * filtering), so a chapter is never shown without its work; chapters keep their contents order
 * under their work, whatever the column sorted by.
 */
class ReferenceFilter : public QSortFilterProxyModel
{
public:
    explicit ReferenceFilter(ReferenceModel *model, QObject *parent = nullptr);

    //! One pass of the filter for both (typing changes the text, the box the language).
    void setFilter(const QString &text, const QString &language);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ReferenceModel *m_model;
    QStringList m_words;
    QString m_language;
};


namespace {


//! The state as a number: unread, then in progress, then finished by the day (earlier first).
double referenceStateKey(const ReadingState &state)
{
    return state.kind == ReadingState::Finished ? 2e8 + double(state.finishedOn.toJulianDay()) : double(state.kind);
}

} // namespace

ReferenceModel::ReferenceModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ReferenceModel::reload(const Catalog &catalog, const ServingStore &store)
{
    beginResetModel();
    m_items.clear();
    m_top.clear();
    m_readings.clear();
    const QVector<CatalogEntry> entries = catalog.entries();
    m_states = ReadingStates(store, entries);
    const QHash<QString, SeriesProgress> &progress = m_states.progress();
    QHash<QString, WorkInfo> works;
    for (const WorkInfo &work : catalog.works())
        works.insert(work.id, work);

    m_items.reserve(entries.size());
    QHash<QString, int> workItems; // work id → its item
    QSet<QString> languages;
    for (const CatalogEntry &entry : entries) {
        languages.insert(entry.language);
        ReferenceItem item;
        item.id = entry.id;
        item.title = entry.title;
        item.author = entry.author;
        item.language = entry.language;
        item.year = entry.year;
        item.minutes = entry.minutes;
        item.builtin = entry.builtin;
        item.source = entry.source.toString();
        item.sourceFile = entry.sourceFile;
        item.state = m_states.reading(entry);
        item.seriesParts = progress.value(entry.id).parts;
        item.workPosition = entry.workPosition;
        if (entry.workId.isEmpty()) {
            item.row = int(m_top.size());
            m_top.append(int(m_items.size()));
            m_readings.insert(entry.id, int(m_items.size()));
            m_items.append(item);
            continue;
        }
        auto work = workItems.constFind(entry.workId);
        if (work == workItems.constEnd()) {
            // The work's row takes what its chapters share from its first chapter (in id order).
            const auto info = works.constFind(entry.workId);
            const bool known = info != works.constEnd();
            ReferenceItem row;
            row.isWork = true;
            row.id = entry.workId;
            row.title = known ? info->title : entry.work;
            row.author = known && !info->author.isEmpty() ? info->author : entry.author;
            row.language = entry.language;
            row.year = entry.year;
            // A work imported from a site may have no address of its own: its chapters' site is its.
            const QUrl source = known && !info->source.isEmpty() ? info->source : entry.source;
            row.source = source.toString();
            row.builtin = source.isEmpty() && entry.builtin;
            row.sourceFile = entry.sourceFile;
            row.state = m_states.series(entry.workId);
            row.seriesParts = progress.value(entry.workId).parts;
            row.row = int(m_top.size());
            m_top.append(int(m_items.size()));
            work = workItems.insert(entry.workId, int(m_items.size()));
            m_items.append(row);
        }
        item.parent = *work;
        m_items[*work].minutes += entry.minutes;
        m_items[*work].children.append(int(m_items.size()));
        m_readings.insert(entry.id, int(m_items.size()));
        m_items.append(item);
    }
    // Chapters in contents order under their work.
    for (const int work : std::as_const(workItems)) {
        QVector<int> &children = m_items[work].children;
        std::stable_sort(children.begin(), children.end(),
                         [this](int a, int b) { return m_items.at(a).workPosition < m_items.at(b).workPosition; });
        for (int i = 0; i < children.size(); ++i)
            m_items[children.at(i)].row = i;
    }
    m_languages = languages.values();
    m_languages.sort();
    endResetModel();
}

const ReferenceItem *ReferenceModel::reading(const QString &id) const
{
    const auto found = m_readings.constFind(id);
    return found != m_readings.constEnd() ? &m_items.at(*found) : nullptr;
}

int ReferenceModel::itemOf(const QModelIndex &index) const
{
    // internalId: 0 for a top-level row, else its work's item + 1.
    if (index.internalId() == 0)
        return m_top.at(index.row());
    return m_items.at(int(index.internalId() - 1)).children.at(index.row());
}

QModelIndex ReferenceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= LibraryWindow::ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {}; // chapters have no rows under them
    const int work = m_top.at(parent.row());
    if (row >= m_items.at(work).children.size())
        return {};
    return createIndex(row, column, quintptr(work + 1));
}

QModelIndex ReferenceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(m_items.at(int(child.internalId() - 1)).row, 0, quintptr(0));
}

int ReferenceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() > 0 || parent.internalId() != 0)
        return 0;
    return int(m_items.at(m_top.at(parent.row())).children.size());
}

int ReferenceModel::columnCount(const QModelIndex &) const
{
    return LibraryWindow::ColumnCount;
}

bool ReferenceModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags ReferenceModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QString ReferenceModel::lengthText(const ReferenceItem &item) const
{
    if (item.seriesParts > 1)
        return LibraryWindow::tr("%n parts", nullptr, item.seriesParts);
    if (item.isWork)
        return LibraryWindow::tr("%n chapters, %1 min", nullptr, int(item.children.size())).arg(item.minutes);
    return LibraryWindow::tr("%n min", nullptr, item.minutes);
}

QString ReferenceModel::sourceText(const ReferenceItem &item) const
{
    if (item.builtin)
        return LibraryWindow::tr("Built in");
    const QUrl source(item.source);
    if (!source.isEmpty() && !source.isLocalFile() && !source.host().isEmpty())
        return source.host();
    // A site imported from disk keeps only the file it was read from.
    return QFileInfo(source.isLocalFile() ? source.toLocalFile() : item.sourceFile).fileName();
}

QVariant ReferenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ReferenceItem &item = m_items.at(itemOf(index));
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LibraryWindow::Title:
            return item.title;
        case LibraryWindow::Author:
            return item.author;
        case LibraryWindow::Year:
            return item.year > 0 ? QString::number(item.year) : QString();
        case LibraryWindow::Language:
            return item.language;
        case LibraryWindow::Length:
            return lengthText(item);
        case LibraryWindow::State:
            return LibraryWindow::stateText(item.state);
        case LibraryWindow::Source:
            return sourceText(item);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == LibraryWindow::Title)
            return item.title;
        if (column == LibraryWindow::Source)
            return item.source;
        return {};
    case IdRole:
        return column == LibraryWindow::Title ? QVariant(item.id) : QVariant();
    case LanguageRole:
        return item.language;
    case SortRole:
        switch (column) {
        case LibraryWindow::Title:
            return item.parent >= 0 ? QVariant(item.workPosition) : QVariant(item.title.toLower());
        case LibraryWindow::Author:
            return item.author.toLower();
        case LibraryWindow::Year:
            return item.year;
        case LibraryWindow::Language:
            return item.language;
        case LibraryWindow::Length:
            return item.minutes;
        case LibraryWindow::State:
            return referenceStateKey(item.state);
        case LibraryWindow::Source:
            return item.source;
        }
        return {};
    }
    return {};
}

QVariant ReferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LibraryWindow::Title:
        return LibraryWindow::tr("Title");
    case LibraryWindow::Author:
        return LibraryWindow::tr("Author");
    case LibraryWindow::Year:
        return LibraryWindow::tr("Year");
    case LibraryWindow::Language:
        return LibraryWindow::tr("Language");
    case LibraryWindow::Length:
        return LibraryWindow::tr("Length");
    case LibraryWindow::State:
        return LibraryWindow::tr("State");
    case LibraryWindow::Source:
        return LibraryWindow::tr("Source");
    }
    return {};
}

// ---- ReferenceFilter --------------------------------------------------------------------------------

ReferenceFilter::ReferenceFilter(ReferenceModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setRecursiveFilteringEnabled(true);
    setSortRole(ReferenceModel::SortRole);
}

void ReferenceFilter::setFilter(const QString &text, const QString &language)
{
    const QString simplified = text.simplified();
    QStringList words = simplified.isEmpty() ? QStringList() : simplified.split(QLatin1Char(' '));
    if (words == m_words && language == m_language)
        return;
    m_words = words;
    m_language = language;
    invalidateFilter();
}

bool ReferenceFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const ReferenceItem &item = m_model->item(m_model->index(row, 0, parent));
    if (!m_language.isEmpty() && item.language != m_language)
        return false;
    return std::all_of(m_words.cbegin(), m_words.cend(), [&item](const QString &word) {
        return item.title.contains(word, Qt::CaseInsensitive) || item.author.contains(word, Qt::CaseInsensitive);
    });
}

bool ReferenceFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ReferenceItem &a = m_model->item(left);
    const ReferenceItem &b = m_model->item(right);
    // Chapters keep their contents order under their work, whatever the column and order: the
    // proxy reverses lessThan for a descending sort, so it is reversed here too.
    if (a.parent >= 0 && b.parent >= 0)
        return sortOrder() == Qt::AscendingOrder ? a.workPosition < b.workPosition : b.workPosition < a.workPosition;
    switch (left.column()) {
    case LibraryWindow::Title:
        return a.title.compare(b.title, Qt::CaseInsensitive) < 0;
    case LibraryWindow::Author:
        return a.author.compare(b.author, Qt::CaseInsensitive) < 0;
    case LibraryWindow::Year:
        return a.year < b.year;
    case LibraryWindow::Language:
        return a.language < b.language;
    case LibraryWindow::Length:
        return a.minutes < b.minutes;
    case LibraryWindow::State:
        return referenceStateKey(a.state) < referenceStateKey(b.state);
    case LibraryWindow::Source:
        return a.source < b.source;
    }
    return false;
}


} // namespace redletter::reference
