// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/autostart.h"
#include "schedule/servingstore.h"
#include "settings/settings.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QTimer;
class QToolBar;
class QUrl;

namespace redletter {

struct AppLink;

struct DayPage;
struct ImportReport;
struct PartLines;
struct Reading;
struct SearchHit;
struct Theme;

class AnnotationController;
class Exporter;
class AnnotationPanel;
class AppContext;
class FindBar;
class LibraryWindow;
class MidnightWatcher;
class PaceRecorder;
class PreferencesDialog;
class ReaderView;
class ReadingEditor;

/*!
 * The main window: the day's reading in the reader view, the masthead, the reader's notes panel,
 * find, and the ways to the archive and to importing. Switches to the new day's reading when local
 * midnight passes while it shows today. Remembers theme, zoom, justification, margin layers and
 * the place in each reading.
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
    //! The archive's "open this day": shows it, and follows today only when it is today.
    void openDay(const QDate &day);
    //! Shows a reading of the catalog that is not a served day's (from the notes panel).
    void showReading(const QString &readingId);
    /*!
     * Shows the reading of a search result and selects the hit in it, scrolled into view: the
     * first matched word of a text hit (searchHitOffset()), the note of a note hit.
     */
    void showSearchHit(const SearchHit &hit);
    //! View › Library: the one library window, made on first use.
    void openLibrary();
    LibraryWindow *libraryWindow() const { return m_library; }
    /*!
     * Imports @p url (a page, a work's contents page with its chapters, or an EPUB) with progress
     * and cancel, then shows the import report; a cancelled import only says so in the status bar.
     * File › Import from Link does this after asking for the address.
     */
    void importLink(const QUrl &url);
    /*!
     * Opens a redletter:// link (from a Markdown export): the reading, with the annotation's
     * passage selected and scrolled into view. A reading or note that is not in the catalog (any
     * more) gets a message in the status bar instead. True when the note's passage (or, for a
     * link without a note, the reading) is on screen.
     */
    bool openAppLink(const AppLink &link);
    /*!
     * "Open With Red Letter": imports @p files like File › Import Readings and shows the first
     * reading made of them; the import report opens when a file could not be imported.
     */
    void openFiles(const QStringList &files);

    //! The day whose reading is on screen (invalid when there is none, or not a served day's).
    QDate shownDay() const { return m_shownDay; }
    //! What the schedule gave that is on screen (a whole reading, a part, a part read ahead);
    //! empty for a reading opened from the catalog.
    const ServedPage &shownPage() const { return m_shownPage; }
    QString shownReadingId() const;
    ReaderView *readerView() const { return m_reader; }
    MidnightWatcher *midnightWatcher() const { return m_watcher; }
    AnnotationController *annotationController() const { return m_annotations; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    FindBar *findBar() const { return m_findBar; }

    /*!
     * The editor window (made on first use, one at a time): Edit › Edit This Reading opens the
     * reading on screen in it, File › New Reading a new one. Null when none is open.
     */
    ReadingEditor *readingEditor() const;
    //! Edit › Edit This Reading (Ctrl+E).
    void editShownReading();
    //! Where Help › Write to the Editors leads: the editors' address (the site's "write to us").
    static QUrl editorsAddress();
    //! Opens an address outside the app; QDesktopServices::openUrl unless a test puts a seam here.
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    using ThemeChoice = Settings::Theme;
    void setThemeChoice(ThemeChoice choice);
    //! Edit › Preferences (Ctrl+,): the one dialog, made on first use.
    void openPreferences();
    PreferencesDialog *preferencesDialog() const { return m_preferences; }

    //! Measures the reader's sittings for the learned pace.
    PaceRecorder *paceRecorder() const { return m_pace; }
    /*!
     * The reader's own pace for the times shown (words a minute): the fixed one chosen in
     * Preferences, or the learned one once there is enough of it; 0 when there is none.
     */
    int personalPace() const;

    //! The streak of consecutive days read, as the status bar shows it.
    QLabel *streakLabel() const { return m_streak; }

Q_SIGNALS:
    //! The reading on screen changed (for tests and the tray).
    void readingShown(const QDate &day, const QString &readingId);
    //! What is on screen was read to its end for the first time (a reading, or a part of @p targetId).
    void readingFinished(const FinishedReading &finished);
    //! Preferences wrote or removed the login entry (the tray menu shows it too).
    void startAtLoginChanged(bool enabled);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void openArchive();
    void importReadings();
    void askForLinkToImport();
    void showImportReport(const ImportReport &report);
    enum class ExportChoice { ThisReading, WholeReading, AllNotes };
    void exportNotes(ExportChoice choice);
    void importNotes();
    void exportUnsavedNotes();
    void onDayChanged(const QDate &day);
    void updateTitle();
    void display(const QString &readingId, const QDate &day);
    void displayPage(const DayPage &page);
    //! @p part.origins non-empty: a served part, whose notes live on its source readings.
    void present(const Reading &reading, const QDate &day, const PartLines &lines,
                 const Installment &part = Installment());
    // Reading menu: the schedule's say for the reader.
    void readNextPartNow();
    void setSeriesPaused(bool paused);
    void skipToday();
    void updateSeriesActions();
    void applyTypography();
    //! The masthead in @p theme's colours (the name in the accent, the tagline in taglineInk).
    void styleMasthead(const Theme &theme);
    ReadingEditor *openEditor();
    //! Shows what the settings say: typography, margin layers, the notes panel, the menus' checks.
    void applySettings(const Settings &settings);
    void refreshAnnotations();
    void savePosition();
    void updateMinutesLeft();
    //! Records that what is on screen was read to its end (the reader reached it).
    void recordFinished();
    void updateStreak();
    bool showAnnotation(const QString &readingId, const QString &annotationId);
    void writeToTheEditors();
    //! The reading time shown (header, status bar) at personalPace() as it is now.
    void updateReadingTime();
    //! Preferences › Pace › Forget My Pace.
    void forgetPace();

    AppContext &m_context;
    SettingsStore &m_settings;
    Autostart m_autostart;
    PreferencesDialog *m_preferences = nullptr;
    QList<QAction *> m_layerActions;
    ReaderView *m_reader = nullptr;
    FindBar *m_findBar = nullptr;
    LibraryWindow *m_library = nullptr;
    QPointer<ReadingEditor> m_editor;
    AnnotationController *m_annotations = nullptr;
    AnnotationPanel *m_panel = nullptr;
    QDockWidget *m_panelDock = nullptr;
    MidnightWatcher *m_watcher = nullptr;
    PaceRecorder *m_pace = nullptr;
    QLabel *m_dateLabel = nullptr;
    QToolBar *m_mastheadBar = nullptr;
    QLabel *m_masthead = nullptr;
    QLabel *m_minutesLeft = nullptr;
    QLabel *m_streak = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_exportUnsavedAction = nullptr; //!< enabled while notes wait for the catalog to be writable
    QAction *m_nextPartAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_skipAction = nullptr;
    ServedPage m_shownPage;
    QAction *m_justifyAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QTimer *m_positionTimer = nullptr;
    Exporter *m_exporter = nullptr;
    QDate m_shownDay;
    bool m_followsToday = true;
    UrlOpener m_openUrl;
};

} // namespace redletter
