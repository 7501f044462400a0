// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywindow.h"
#include "librarymodel.h"
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
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace redletter {

namespace {

constexpr int DaySortRole = Qt::UserRole + 2;

QStandardItem *cell(const QString &text, const QVariant &sortKey = QVariant())
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text.toLower()), DaySortRole);
    return item;
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
    , m_model(new LibraryModel(context.catalog(), this))
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

    // The model sorts and filters in SQLite and reads a page at a time: no proxy over it, which
    // would sort only the rows read so far.
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Title, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Readings and works"));
    m_view->setAccessibleDescription(tr("Every reading and work of the catalog, chapters under their work; Enter "
                                        "opens one, Read Next makes it the next one served."));
    m_view->header()->setStretchLastSection(true);
    // Column widths from the first rows, not all of them: each row measured is a text laid out
    // per column (a fifth of a reload's time at 200 rows).
    m_view->header()->setResizeContentsPrecision(60);

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

    // A new filter or order starts again from the first page: shown from the top, not from
    // where the last list was scrolled to.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::scrollToTop);
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
    m_model->reload(m_context.schedule().store());
    fillDays();

    const QString current = m_language->currentData().toString();
    m_language->blockSignals(true);
    m_language->clear();
    m_language->addItem(tr("All languages"), QString());
    for (const QString &language : m_model->languages()) {
        const QString name = QLocale(language).nativeLanguageName();
        m_language->addItem(name.isEmpty() ? language : QStringLiteral("%1 (%2)").arg(name, language), language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    m_language->blockSignals(false);
    applyFilter();
    // Widths from the rows the view shows first (resizeContentsPrecision), not all of them.
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_view->resizeColumnToContents(column);
}

void LibraryWindow::fillDays()
{
    m_daysModel->removeRows(0, m_daysModel->rowCount());
    ServingStore &store = m_context.schedule().store();
    const int wpm = ReadingTimeEstimator().wordsPerMinute();
    const QLocale locale;
    const QVector<ServedPage> days = store.days();
    QStringList servedIds;
    for (const ServedPage &day : days)
        servedIds.append(day.readingId);
    servedIds.removeDuplicates();
    const QHash<QString, LibraryRow> served = m_model->listing().readings(servedIds);
    // A part's page holds its text: its headings are read without it.
    const QHash<QString, ServedHeading> headings = store.servedHeadings();
    for (auto it = days.crbegin(); it != days.crend(); ++it) {
        const auto found = served.constFind(it->readingId);
        const LibraryRow *entry = found != served.constEnd() ? &*found : nullptr;
        QString title = entry ? entry->title : it->readingId;
        QString author = entry ? entry->author : QString();
        int minutes = entry ? entry->minutes : 0;
        if (it->part > 0) {
            // The part as the day showed it: its series' title, its number, its own length.
            const auto heading = headings.constFind(it->contentSha256);
            if (heading != headings.constEnd()) {
                title = QStringLiteral("%1 \u2014 %2")
                            .arg(heading->workTitle.isEmpty() ? heading->title : heading->workTitle,
                                 InstallmentView::partLabel(it->part, it->parts));
                author = heading->author;
                minutes = (heading->words + wpm - 1) / wpm;
            }
        }
        const ReadingState state = m_model->states().part(it->target(), it->run, it->part);
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
    m_model->setFilter(m_filter->text(), m_language->currentData().toString());
}

void LibraryWindow::openIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex title = index.siblingAtColumn(Title);
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
