// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodel.h"
#include "librarywindow.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace redletter {

namespace {

//! The state as a number: unread, then in progress, then finished by the day (earlier first).
double stateKey(const ReadingState &state)
{
    return state.kind == ReadingState::Finished ? 2e8 + double(state.finishedOn.toJulianDay()) : double(state.kind);
}

} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void LibraryModel::reload(const Catalog &catalog, const ServingStore &store)
{
    beginResetModel();
    m_items.clear();
    m_top.clear();
    m_readings.clear();
    const QVector<CatalogEntry> entries = catalog.listedEntries();
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
        LibraryItem item;
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
            LibraryItem row;
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

const LibraryItem *LibraryModel::reading(const QString &id) const
{
    const auto found = m_readings.constFind(id);
    return found != m_readings.constEnd() ? &m_items.at(*found) : nullptr;
}

int LibraryModel::itemOf(const QModelIndex &index) const
{
    // internalId: 0 for a top-level row, else its work's item + 1.
    if (index.internalId() == 0)
        return m_top.at(index.row());
    return m_items.at(int(index.internalId() - 1)).children.at(index.row());
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
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

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(m_items.at(int(child.internalId() - 1)).row, 0, quintptr(0));
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() > 0 || parent.internalId() != 0)
        return 0;
    return int(m_items.at(m_top.at(parent.row())).children.size());
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
        return LibraryWindow::tr("%n chapters, %1 min", nullptr, int(item.children.size())).arg(item.minutes);
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
    const LibraryItem &item = m_items.at(itemOf(index));
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
            return stateKey(item.state);
        case LibraryWindow::Source:
            return item.source;
        }
        return {};
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

// ---- LibraryFilter --------------------------------------------------------------------------------

LibraryFilter::LibraryFilter(LibraryModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setRecursiveFilteringEnabled(true);
    setSortRole(LibraryModel::SortRole);
}

void LibraryFilter::setFilter(const QString &text, const QString &language)
{
    const QString simplified = text.simplified();
    QStringList words = simplified.isEmpty() ? QStringList() : simplified.split(QLatin1Char(' '));
    if (words == m_words && language == m_language)
        return;
    m_words = words;
    m_language = language;
    invalidateFilter();
}

bool LibraryFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const LibraryItem &item = m_model->item(m_model->index(row, 0, parent));
    if (!m_language.isEmpty() && item.language != m_language)
        return false;
    return std::all_of(m_words.cbegin(), m_words.cend(), [&item](const QString &word) {
        return item.title.contains(word, Qt::CaseInsensitive) || item.author.contains(word, Qt::CaseInsensitive);
    });
}

bool LibraryFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const LibraryItem &a = m_model->item(left);
    const LibraryItem &b = m_model->item(right);
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
        return stateKey(a.state) < stateKey(b.state);
    case LibraryWindow::Source:
        return a.source < b.source;
    }
    return false;
}

} // namespace redletter
