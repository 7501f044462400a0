// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodel.h"
#include "librarywindow.h"

#include "catalog/catalog.h"
#include "util/logging.h"

#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace redletter {

namespace {

LibraryListing::SortColumn sortColumnOf(int column)
{
    switch (column) {
    case LibraryWindow::Author:
        return LibraryListing::SortColumn::Author;
    case LibraryWindow::Year:
        return LibraryListing::SortColumn::Year;
    case LibraryWindow::Language:
        return LibraryListing::SortColumn::Language;
    case LibraryWindow::Length:
        return LibraryListing::SortColumn::Length;
    case LibraryWindow::State:
        return LibraryListing::SortColumn::State;
    case LibraryWindow::Source:
        return LibraryListing::SortColumn::Source;
    default:
        return LibraryListing::SortColumn::Title;
    }
}

} // namespace

LibraryModel::LibraryModel(const Catalog &catalog, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
    , m_listing(std::make_unique<LibraryListing>(catalog))
{
}

LibraryModel::~LibraryModel() = default;

double LibraryModel::stateSortKey(const ReadingState &state)
{
    return state.kind == ReadingState::Finished ? 2e8 + double(state.finishedOn.toJulianDay()) : double(state.kind);
}

void LibraryModel::reload(const ServingStore &store)
{
    beginResetModel();
    // The reader's states come from the schedule's few rows, not from the catalog's 10,000: a
    // chapter's state needs the places of its work's chapters, and only works served in parts
    // have any to look up.
    const QHash<QString, SeriesProgress> progress = store.progress();
    QVector<CatalogEntry> chaptersServed;
    for (auto it = progress.cbegin(); it != progress.cend(); ++it)
        chaptersServed += m_catalog.workEntries(it.key());
    m_states = ReadingStates(store, chaptersServed);

    // What the State column sorts by, for every reading and work the reader has begun: the rest
    // are unread (key 0).
    QSet<QString> begun;
    for (const FinishedReading &finished : store.finished())
        begun.insert(finished.targetId);
    for (const ServedPage &page : store.days())
        begun.insert(page.readingId);
    for (auto it = progress.cbegin(); it != progress.cend(); ++it)
        begun.insert(it.key());
    QHash<QString, double> readingKeys;
    QHash<QString, double> workKeys;
    for (const QString &id : std::as_const(begun)) {
        CatalogEntry onItsOwn;
        onItsOwn.id = id;
        const ReadingState reading = m_states.reading(onItsOwn);
        if (reading.kind != ReadingState::Unread)
            readingKeys.insert(id, stateSortKey(reading));
        const ReadingState series = m_states.series(id);
        if (series.kind != ReadingState::Unread)
            workKeys.insert(id, stateSortKey(series));
    }
    QString error;
    if (!m_listing->setStateKeys(readingKeys, workKeys, &error))
        qCWarning(lcCatalog).noquote() << "the library cannot sort by state:" << error;
    m_languages = m_listing->languages();
    restart();
    endResetModel();
}

void LibraryModel::setFilter(const QString &text, const QString &language)
{
    const QString simplified = text.simplified();
    const QStringList words = simplified.isEmpty() ? QStringList() : simplified.split(QLatin1Char(' '));
    if (words == m_words && language == m_language)
        return;
    m_words = words;
    m_language = language;
    beginResetModel();
    restart();
    endResetModel();
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= LibraryWindow::ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    restart();
    endResetModel();
}

void LibraryModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

int LibraryModel::matchingRowCount() const
{
    int rows = 0;
    QString error;
    if (!m_listing->count(&rows, &error))
        qCWarning(lcCatalog).noquote() << "cannot count the library's rows:" << error;
    return rows;
}

void LibraryModel::restart()
{
    m_rows.clear();
    m_chapters.clear();
    m_listing->setFilter(m_words, m_language);
    m_listing->setOrder(sortColumnOf(m_sortColumn), m_sortOrder == Qt::DescendingOrder);
    m_more = true;
    QVector<LibraryItem> page;
    if (readPage(&page))
        m_rows = page;
}

bool LibraryModel::readPage(QVector<LibraryItem> *page)
{
    // One row more than a page says whether there is another, without counting them all.
    QVector<LibraryRow> rows;
    QString error;
    if (!m_listing->rows(int(m_rows.size()), m_pageSize + 1, &rows, &error)) {
        qCWarning(lcCatalog).noquote() << "cannot list the library:" << error;
        m_more = false;
        return false;
    }
    m_more = rows.size() > m_pageSize;
    if (m_more)
        rows.resize(m_pageSize);
    page->reserve(rows.size());
    for (const LibraryRow &row : std::as_const(rows))
        page->append(withState(row));
    return true;
}

LibraryItem LibraryModel::withState(const LibraryRow &row) const
{
    LibraryItem item;
    static_cast<LibraryRow &>(item) = row;
    if (row.isWork) {
        item.state = m_states.series(row.id);
    } else {
        CatalogEntry entry;
        entry.id = row.id;
        entry.workId = row.workId;
        entry.workPosition = row.workPosition;
        item.state = m_states.reading(entry);
    }
    const auto progress = m_states.progress().constFind(row.id);
    item.seriesParts = progress != m_states.progress().constEnd() ? progress->parts : 0;
    return item;
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    QVector<LibraryItem> page;
    if (!readPage(&page) || page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

const QVector<LibraryItem> &LibraryModel::chaptersOf(int row) const
{
    auto found = m_chapters.find(row);
    if (found == m_chapters.end()) {
        QVector<LibraryRow> chapters;
        QString error;
        if (!m_listing->chapters(m_rows.at(row).id, &chapters, &error))
            qCWarning(lcCatalog).noquote() << "cannot list the chapters of" << m_rows.at(row).id << error;
        QVector<LibraryItem> items;
        items.reserve(chapters.size());
        for (const LibraryRow &chapter : std::as_const(chapters))
            items.append(withState(chapter));
        found = m_chapters.insert(row, items);
    }
    return *found;
}

const LibraryItem &LibraryModel::item(const QModelIndex &index) const
{
    // internalId: 0 for a top-level row, else its work's row + 1.
    if (index.internalId() == 0)
        return m_rows.at(index.row());
    return chaptersOf(int(index.internalId() - 1)).at(index.row());
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= LibraryWindow::ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || !m_rows.at(parent.row()).isWork)
        return {}; // chapters and readings have no rows under them
    if (row >= chaptersOf(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() > 0 || parent.internalId() != 0)
        return 0;
    // Known from the listing without reading the chapters; those are read when shown.
    const LibraryItem &work = m_rows.at(parent.row());
    return work.isWork ? work.matchingChapters : 0;
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return LibraryWindow::ColumnCount;
}

bool LibraryModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QString LibraryModel::lengthText(const LibraryItem &item) const
{
    if (item.seriesParts > 1)
        return LibraryWindow::tr("%n parts", nullptr, item.seriesParts);
    if (item.isWork)
        return LibraryWindow::tr("%n chapters, %1 min", nullptr, item.chapters).arg(item.minutes);
    return LibraryWindow::tr("%n min", nullptr, item.minutes);
}

QString LibraryModel::sourceText(const LibraryItem &item) const
{
    if (item.builtin)
        return LibraryWindow::tr("Built in");
    const QUrl source(item.source);
    if (!source.isEmpty() && !source.isLocalFile() && !source.host().isEmpty())
        return source.host();
    // A site imported from disk keeps only the file it was read from.
    return QFileInfo(source.isLocalFile() ? source.toLocalFile() : item.sourceFile).fileName();
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !(role == IdRole && column == LibraryWindow::Title))
        return {};
    const LibraryItem &item = this->item(index);
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
            return QUrl(item.source).toString();
        return {};
    case IdRole:
        return item.id;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
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

} // namespace redletter
