// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMainWindow>

class QAction;
class QLabel;

namespace redletter {

class AppContext;
class MidnightWatcher;
class ReaderView;

/*!
 * The main window: the day's reading in the reader view, the masthead, and the ways to the
 * archive and to importing. Switches to the new day's reading when local midnight passes while
 * it shows today.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Serves and shows the reading of the clock's today.
    void showToday();
    //! Shows the reading served on @p day (from the archive).
    void showDay(const QDate &day);

    //! The day whose reading is on screen (invalid when there is none).
    QDate shownDay() const { return m_shownDay; }
    QString shownReadingId() const;
    ReaderView *readerView() const { return m_reader; }
    MidnightWatcher *midnightWatcher() const { return m_watcher; }

Q_SIGNALS:
    //! The reading on screen changed (for tests and the tray, later).
    void readingShown(const QDate &day, const QString &readingId);

private:
    void createActions();
    void openArchive();
    void importReadings();
    void onDayChanged(const QDate &day);
    void updateTitle();

    AppContext &m_context;
    ReaderView *m_reader = nullptr;
    MidnightWatcher *m_watcher = nullptr;
    QLabel *m_dateLabel = nullptr;
    QAction *m_todayAction = nullptr;
    QDate m_shownDay;
    bool m_followsToday = true;
};

} // namespace redletter
