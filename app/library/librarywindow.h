// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "schedule/readingstates.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTimer;
class QTreeView;

namespace redletter {

class AppContext;
class LibraryModel;
class MainWindow;

/*!
 * View › Library: every reading and work of the catalog (a work as one row with its chapters
 * under it) with author, year, language, length, state and source, sorted and filtered; opens a
 * reading in the main window or queues it as the next one served; full-text search over the
 * readings and the reader's notes, opening the reader at the hit; and the archive (View ›
 * Archive, the Days tab): every served day with its reading or part and whether it was read to
 * its end, reopening the day as it was served.
 */
class LibraryWindow : public QWidget
{
    Q_OBJECT
public:
    enum Column { Title, Author, Year, Language, Length, State, Source, ColumnCount };
    //! The columns of the Days tab (the archive).
    enum DayColumn { Day, DayReading, DayAuthor, DayTime, DayState, DayColumnCount };
    //! The day of a row of the Days tab (Qt::UserRole + 1 of its Day column).
    static constexpr int DayRole = Qt::UserRole + 1;
    //! The reading or work id of a row (Qt::UserRole + 1 of the title column).
    static constexpr int IdRole = Qt::UserRole + 1;

    LibraryWindow(AppContext &context, MainWindow *window);

    //! Reads the catalog and the served days again.
    void reload();
    QTreeView *view() const { return m_view; }
    //! The Readings tab's rows, sorted and filtered, read a page at a time.
    LibraryModel *model() const { return m_model; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *languageFilter() const { return m_language; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    //! The Days tab: every served day, newest first, with what it served and whether it was read.
    QTreeView *daysView() const { return m_days; }

    //! Brings up the Days tab (View › Archive), the newest day current.
    void showDays();
    //! Opens the day of @p index (a row of the Days tab) in the main window.
    void openDayIndex(const QModelIndex &index);

    //! Opens the reading (or a work's first chapter) of @p index in the main window.
    void openIndex(const QModelIndex &index);
    //! "Read Next": queues the reading or work of the current row, as `--queue` does.
    bool queueCurrent();
    //! Runs the search now (the field runs it after a pause in typing).
    void runSearch();

    //! "Unread", "In progress: part 2 of 7", "Finished 06/12/2026".
    static QString stateText(const ReadingState &state);
    //! Sorts unread before in progress before finished (by day).
    static QVariant stateSortKey(const ReadingState &state);

private:
    void applyFilter();
    void fillDays();
    void openHit(QListWidgetItem *item);
    void showContextMenu(const QPoint &pos);

    AppContext &m_context;
    MainWindow *m_window;
    LibraryModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_language;
    QPushButton *m_queueButton;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QListWidget *m_results;
    QTabWidget *m_tabs;
    QWidget *m_searchPage;
    QStandardItemModel *m_daysModel;
    QTreeView *m_days;
    QVector<SearchHit> m_hits;
};

} // namespace redletter
