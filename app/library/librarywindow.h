// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTimer;
class QTreeView;

namespace redletter {

class AppContext;
class MainWindow;

/*!
 * View › Library: every reading and work of the catalog (a work as one row with its chapters
 * under it) with author, year, language, length, state and source, sorted and filtered; opens a
 * reading in the main window or queues it as the next one served; and full-text search over the
 * readings and the reader's notes, opening the reader at the hit.
 */
class LibraryWindow : public QWidget
{
    Q_OBJECT
public:
    enum Column { Title, Author, Year, Language, Length, State, Source, ColumnCount };
    //! The reading or work id of a row (Qt::UserRole + 1 of the title column).
    static constexpr int IdRole = Qt::UserRole + 1;

    LibraryWindow(AppContext &context, MainWindow *window);

    //! Reads the catalog and the served days again.
    void reload();
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *languageFilter() const { return m_language; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }

    //! Opens the reading (or a work's first chapter) of @p proxyIndex in the main window.
    void openIndex(const QModelIndex &proxyIndex);
    //! "Read Next": queues the reading or work of the current row, as `--queue` does.
    bool queueCurrent();
    //! Runs the search now (the field runs it after a pause in typing).
    void runSearch();

private:
    void applyFilter();
    void openHit(QListWidgetItem *item);
    void showContextMenu(const QPoint &pos);

    AppContext &m_context;
    MainWindow *m_window;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_language;
    QPushButton *m_queueButton;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QListWidget *m_results;
    QTabWidget *m_tabs;
    QWidget *m_searchPage;
    QVector<SearchHit> m_hits;
};

} // namespace redletter
