// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywindow.h"
#include "appcontext.h"
#include "mainwindow.h"
#include "schedule/dailyschedule.h"
#include "schedule/servingstore.h"
#include "estimating/readingtime.h"
#include "installments/installmentview.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace redletter {

namespace {

constexpr int SortRole = Qt::UserRole + 2;
constexpr int LanguageRole = Qt::UserRole + 3;

/*!
 * Filters by words in the title or author (case-insensitive) and by language. A work stays when
 * one of its chapters matches (recursive filtering), so a chapter is never shown without its work.
 */
class LibraryFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text.simplified();
        invalidateFilter();
    }
    void setLanguage(const QString &language)
    {
        m_language = language;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *model = sourceModel();
        const QModelIndex title = model->index(row, LibraryWindow::Title, parent);
        if (!m_language.isEmpty() && title.data(LanguageRole).toString() != m_language)
            return false;
        if (m_text.isEmpty())
            return true;
        const QString haystack = title.data().toString() + QLatin1Char(' ')
                                 + model->index(row, LibraryWindow::Author, parent).data().toString();
        const QStringList words = m_text.split(QLatin1Char(' '));
        return std::all_of(words.begin(), words.end(),
                           [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); });
    }

private:
    QString m_text;
    QString m_language;
};

QStandardItem *cell(const QString &text, const QVariant &sortKey = QVariant())
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text.toLower()), SortRole);
    return item;
}

//! Where a reading came from, short: a site's host, a file's name, or that it came with the app.
QString sourceLabel(const CatalogEntry &entry)
{
    if (entry.builtin)
        return LibraryWindow::tr("Built in");
    if (!entry.source.isEmpty() && !entry.source.isLocalFile() && !entry.source.host().isEmpty())
        return entry.source.host();
    // A site imported from disk keeps only the file it was read from.
    return QFileInfo(entry.source.isLocalFile() ? entry.source.toLocalFile() : entry.sourceFile).fileName();
}

//! The snippet as rich text: everything escaped but the matched words, which are bold.
QString snippetHtml(const SearchHit &hit)
{
    QString html;
    int at = 0;
    for (const QPair<int, int> &range : hit.highlights) {
        if (range.first < at || range.second > hit.snippet.size())
            continue;
        html += hit.snippet.mid(at, range.first - at).toHtmlEscaped();
        html += QLatin1String("<b style=\"background:#f3d36b\">")
                + hit.snippet.mid(range.first, range.second - range.first).toHtmlEscaped() + QLatin1String("</b>");
        at = range.second;
    }
    html += hit.snippet.mid(at).toHtmlEscaped();
    return html;
}

} // namespace

QString LibraryWindow::stateText(const ReadingState &state)
{
    switch (state.kind) {
    case ReadingState::Unread:
        break;
    case ReadingState::InProgress:
        return state.parts > 1 ? tr("In progress: part %1 of %2").arg(state.part).arg(state.parts) : tr("In progress");
    case ReadingState::Finished:
        return tr("Finished %1").arg(QLocale().toString(state.finishedOn, QLocale::ShortFormat));
    }
    return tr("Unread");
}

QVariant LibraryWindow::stateSortKey(const ReadingState &state)
{
    // Unread, then in progress, then finished by the day (an earlier day first).
    return state.kind == ReadingState::Finished ? QVariant(2e8 + state.finishedOn.toJulianDay()) : QVariant(double(state.kind));
}

LibraryWindow::LibraryWindow(AppContext &context, MainWindow *window)
    : QWidget(window, Qt::Window)
    , m_context(context)
    , m_window(window)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new LibraryFilter(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_queueButton(new QPushButton(tr("Read &Next"), this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_results(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_searchPage(new QWidget(this))
    , m_daysModel(new QStandardItemModel(this))
    , m_days(new QTreeView(this))
{
    setWindowTitle(tr("Library"));
    setObjectName(QStringLiteral("libraryWindow"));
    resize(1000, 640);

    m_model->setHorizontalHeaderLabels(
        {tr("Title"), tr("Author"), tr("Year"), tr("Language"), tr("Length"), tr("State"), tr("Source")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Title, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Readings and works"));
    m_view->setAccessibleDescription(tr("Every reading and work of the catalog, chapters under their work; Enter "
                                        "opens one, Read Next makes it the next one served."));
    m_view->header()->setStretchLastSection(true);
    // Column widths from the first rows, not all of them (a full pass over 10,000 rows is slow).
    m_view->header()->setResizeContentsPrecision(200);

    m_filter->setPlaceholderText(tr("Filter by title or author"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter by title or author"));
    m_filter->setAccessibleDescription(tr("Shows only the readings whose title or author has these words."));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Shows only the readings in this language."));
    m_queueButton->setToolTip(tr("Serve this reading or work next"));

    m_search->setPlaceholderText(tr("Search readings and my notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search readings and my notes"));
    m_search->setAccessibleDescription(tr("Finds these words in the readings' text and in my notes."));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setAccessibleDescription(tr("The best matches first; Enter opens the reading at the match."));
    m_results->setWordWrap(true);
    // The search runs when typing pauses, not on every key.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_language);
    filterRow->addWidget(m_queueButton);
    auto *readings = new QWidget(this);
    auto *readingsLayout = new QVBoxLayout(readings);
    readingsLayout->addLayout(filterRow);
    readingsLayout->addWidget(m_view);

    m_daysModel->setHorizontalHeaderLabels({tr("Day"), tr("Reading"), tr("Author"), tr("Time"), tr("State")});
    m_days->setObjectName(QStringLiteral("daysView"));
    m_days->setModel(m_daysModel);
    m_days->setRootIsDecorated(false);
    m_days->setUniformRowHeights(true);
    m_days->setAlternatingRowColors(true);
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setAccessibleName(tr("Days served"));
    m_days->header()->setStretchLastSection(true);
    m_days->header()->setResizeContentsPrecision(200);

    auto *searchLayout = new QVBoxLayout(m_searchPage);
    searchLayout->addWidget(m_search);
    searchLayout->addWidget(m_results);

    m_tabs->addTab(readings, tr("&Readings"));
    m_tabs->addTab(m_searchPage, tr("&Search"));
    m_tabs->addTab(m_days, tr("&Days"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    // Tab follows the page as it is laid out: the filter row, then the list under it (the list
    // was made first, so Qt's default order would start with it).
    setTabOrder(m_filter, m_language);
    setTabOrder(m_language, m_queueButton);
    setTabOrder(m_queueButton, m_view);

    connect(m_filter, &QLineEdit::textChanged, this, &LibraryWindow::applyFilter);
    connect(m_language, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &LibraryWindow::applyFilter);
    connect(m_view, &QTreeView::activated, this, &LibraryWindow::openIndex);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &LibraryWindow::showContextMenu);
    connect(m_queueButton, &QPushButton::clicked, this, [this] { queueCurrent(); });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, [this] { m_searchTimer->start(); });
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryWindow::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, &LibraryWindow::openHit);
    connect(m_days, &QTreeView::activated, this, &LibraryWindow::openDayIndex);

    reload();
}

void LibraryWindow::reload()
{
    // Filled with the proxy detached: attached, it would sort and filter each of 10,000 rows as
    // it comes (seconds); detached, it sorts and filters once, when it is given the model back.
    m_proxy->setSourceModel(nullptr);
    m_model->removeRows(0, m_model->rowCount());
    Catalog &catalog = m_context.catalog();
    ServingStore &store = m_context.schedule().store();

    const QVector<CatalogEntry> entries = catalog.entries();
    m_states = ReadingStates(store, entries);
    const QHash<QString, SeriesProgress> &progress = m_states.progress();

    QSet<QString> languages;
    QHash<QString, QList<QStandardItem *>> workRows;
    for (const CatalogEntry &entry : entries) {
        languages.insert(entry.language);
        const ReadingState state = m_states.reading(entry);
        const auto own = progress.constFind(entry.id);
        const QString length = own != progress.constEnd() && own->parts > 1
                                   ? tr("%n parts", nullptr, own->parts)
                                   : tr("%n min", nullptr, entry.minutes);
        QList<QStandardItem *> row{
            cell(entry.title),
            cell(entry.author),
            cell(entry.year > 0 ? QString::number(entry.year) : QString(), entry.year),
            cell(entry.language),
            cell(length, entry.minutes),
            cell(stateText(state), stateSortKey(state)),
            cell(sourceLabel(entry), entry.source.toString()),
        };
        row[Title]->setData(entry.id, IdRole);
        row[Title]->setData(entry.language, LanguageRole);
        row[Title]->setToolTip(entry.title);
        row[Source]->setToolTip(entry.source.toString());
        if (entry.workId.isEmpty()) {
            m_model->appendRow(row);
            continue;
        }
        QList<QStandardItem *> &work = workRows[entry.workId];
        if (work.isEmpty()) {
            const std::optional<WorkInfo> info = catalog.work(entry.workId);
            const QString title = info ? info->title : entry.work;
            const ReadingState workState = m_states.series(entry.workId);
            work = QList<QStandardItem *>{cell(title),
                    cell(info && !info->author.isEmpty() ? info->author : entry.author),
                    cell(entry.year > 0 ? QString::number(entry.year) : QString(), entry.year),
                    cell(entry.language),
                    cell(QString(), 0),
                    cell(stateText(workState), stateSortKey(workState)),
                    cell(QString(), QString())};
            work[Title]->setData(entry.workId, IdRole);
            work[Title]->setData(entry.language, LanguageRole);
            m_model->appendRow(work);
        }
        // Chapters keep their contents order under the work, whatever the column sorted by.
        row[Title]->setData(entry.workPosition, SortRole);
        work[Title]->appendRow(row);
        // A work imported from a site may have no address of its own: its chapters' site is its.
        if (work[Source]->text().isEmpty()) {
            const std::optional<WorkInfo> info = catalog.work(entry.workId);
            const QUrl source = info && !info->source.isEmpty() ? info->source : entry.source;
            work[Source]->setText(source.isEmpty() ? sourceLabel(entry) : source.isLocalFile() ? source.fileName() : source.host());
            work[Source]->setData(source.toString(), SortRole);
            work[Source]->setToolTip(source.toString());
        }
        const int minutes = work[Length]->data(SortRole).toInt() + entry.minutes;
        work[Length]->setData(minutes, SortRole);
        const auto workSeries = progress.constFind(entry.workId);
        work[Length]->setText(workSeries != progress.constEnd() && workSeries->parts > 1
                                  ? tr("%n parts", nullptr, workSeries->parts)
                                  : tr("%n chapters, %1 min", nullptr, work[Title]->rowCount()).arg(minutes));
    }

    fillDays(entries);

    const QString current = m_language->currentData().toString();
    m_language->blockSignals(true);
    m_language->clear();
    m_language->addItem(tr("All languages"), QString());
    QStringList sorted = languages.values();
    sorted.sort();
    for (const QString &language : sorted) {
        const QString name = QLocale(language).nativeLanguageName();
        m_language->addItem(name.isEmpty() ? language : QStringLiteral("%1 (%2)").arg(name, language), language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    m_language->blockSignals(false);
    m_proxy->setSourceModel(m_model);
    m_view->sortByColumn(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
    applyFilter();
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_view->resizeColumnToContents(column);
}

void LibraryWindow::fillDays(const QVector<CatalogEntry> &entries)
{
    m_daysModel->removeRows(0, m_daysModel->rowCount());
    ServingStore &store = m_context.schedule().store();
    QHash<QString, int> byId;
    for (int i = 0; i < entries.size(); ++i)
        byId.insert(entries.at(i).id, i);
    const int wpm = ReadingTimeEstimator().wordsPerMinute();
    const QLocale locale;
    const QVector<ServedPage> days = store.days();
    for (auto it = days.crbegin(); it != days.crend(); ++it) {
        const auto entry = byId.constFind(it->readingId);
        QString title = entry != byId.constEnd() ? entries.at(*entry).title : it->readingId;
        QString author = entry != byId.constEnd() ? entries.at(*entry).author : QString();
        int minutes = entry != byId.constEnd() ? entries.at(*entry).minutes : 0;
        if (it->part > 0) {
            // The part as the day showed it: its series' title, its number, its own length.
            if (const std::optional<ServedText> text = store.content(it->contentSha256)) {
                title = QStringLiteral("%1 \u2014 %2")
                            .arg(text->workTitle.isEmpty() ? text->reading.title : text->workTitle,
                                 InstallmentView::partLabel(it->part, it->parts));
                author = text->reading.author;
                minutes = (text->words + wpm - 1) / wpm;
            }
        }
        const ReadingState state = m_states.part(it->target(), it->run, it->part);
        QList<QStandardItem *> row{
            cell(locale.toString(it->day, QLocale::ShortFormat), it->day.toJulianDay()),
            cell(title),
            cell(author),
            cell(minutes > 0 ? tr("%n min", nullptr, minutes) : QString(), minutes),
            cell(state.kind == ReadingState::Finished ? stateText(state) : tr("Not read to the end"),
                 stateSortKey(state)),
        };
        row[Day]->setData(it->day, DayRole);
        row[DayReading]->setToolTip(title);
        m_daysModel->appendRow(row);
    }
    for (int column = 0; column < DayColumnCount - 1; ++column)
        m_days->resizeColumnToContents(column);
}

void LibraryWindow::showDays()
{
    m_tabs->setCurrentWidget(m_days);
    if (m_daysModel->rowCount() > 0)
        m_days->setCurrentIndex(m_daysModel->index(0, Day));
    m_days->setFocus();
}

void LibraryWindow::openDayIndex(const QModelIndex &index)
{
    const QDate day = index.siblingAtColumn(Day).data(DayRole).toDate();
    if (!day.isValid())
        return;
    m_window->openDay(day);
    m_window->raise();
    m_window->activateWindow();
}

void LibraryWindow::applyFilter()
{
    auto *filter = static_cast<LibraryFilter *>(m_proxy);
    filter->setLanguage(m_language->currentData().toString());
    filter->setText(m_filter->text());
}

void LibraryWindow::openIndex(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex title = proxyIndex.siblingAtColumn(Title);
    QString id = title.data(IdRole).toString();
    // A work opens at its first chapter (contents order, whatever the sort).
    const QVector<CatalogEntry> chapters = m_context.catalog().workEntries(id);
    if (!chapters.isEmpty())
        id = chapters.first().id;
    m_window->showReading(id);
    m_window->raise();
    m_window->activateWindow();
}

bool LibraryWindow::queueCurrent()
{
    const QString id = m_view->currentIndex().siblingAtColumn(Title).data(IdRole).toString();
    if (id.isEmpty())
        return false;
    QString error;
    if (!m_context.schedule().queue(id, &error)) {
        m_queueButton->setToolTip(error);
        return false;
    }
    reload();
    return true;
}

void LibraryWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, index] { openIndex(index); });
    menu.addAction(tr("Read &Next"), this, [this] { queueCurrent(); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void LibraryWindow::runSearch()
{
    m_searchTimer->stop();
    // Results are shown where they are (a search started from elsewhere brings its page up).
    m_tabs->setCurrentWidget(m_searchPage);
    m_results->clear();
    m_hits.clear();
    const QString query = m_search->text().simplified();
    if (query.isEmpty())
        return;
    m_hits = m_context.catalog().searchWithSnippets(query, 50);
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &hit = m_hits.at(i);
        const QString kind = hit.kind == SearchHit::Note ? tr("My note on %1") : QStringLiteral("%1");
        auto *item = new QListWidgetItem(m_results);
        item->setData(Qt::UserRole, i);
        // The item's own text is for accessibility and tests; the label shows it formatted.
        item->setText(kind.arg(hit.title) + QLatin1String(": ") + hit.snippet);
        item->setForeground(Qt::transparent);
        auto *label = new QLabel(QLatin1String("<b>") + kind.arg(hit.title).toHtmlEscaped()
                                 + QLatin1String("</b><br>") + snippetHtml(hit));
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setContentsMargins(4, 3, 4, 3);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        item->setSizeHint(QSize(0, label->sizeHint().height() + 14));
        m_results->setItemWidget(item, label);
    }
    if (m_hits.isEmpty())
        new QListWidgetItem(tr("Nothing found for “%1”.").arg(query), m_results);
}

void LibraryWindow::openHit(QListWidgetItem *item)
{
    const QVariant index = item ? item->data(Qt::UserRole) : QVariant();
    if (!index.isValid() || index.toInt() >= m_hits.size())
        return;
    m_window->showSearchHit(m_hits.at(index.toInt()));
    m_window->raise();
    m_window->activateWindow();
}

} // namespace redletter
