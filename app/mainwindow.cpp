// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationcontroller.h"
#include "annotations/applink.h"
#include "annotationpanel.h"
#include "appcontext.h"
#include "contact.h"
#include "restorebackupdialog.h"
#include "commands.h"
#include "editor/readingeditor.h"
#include "exporting/exporter.h"
#include "exporting/exportfile.h"
#include "exporting/exportoptions.h"
#include "findbar.h"
#include "importing/importreportdialog.h"
#include "importing/importservice.h"
#include "importing/linkimportprogress.h"
#include "library/librarywindow.h"
#include "preferences/preferencesdialog.h"
#include "pacerecorder.h"
#include "estimating/pacestore.h"
#include "readerview.h"
#include "schedule/dailyschedule.h"
#include "schedule/midnightwatcher.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QFontInfo>
#include <QLabel>
#include <QPalette>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QFileInfo>
#include <QProgressDialog>
#include <QDesktopServices>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace redletter {

namespace {

QString encode(const TextLocation &location)
{
    return QStringLiteral("%1:%2:%3").arg(int(location.part)).arg(location.block).arg(location.offset);
}

TextLocation decode(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return {};
    TextLocation location;
    location.part = parts[0].toInt() == int(TextLocation::Introduction) ? TextLocation::Introduction
                                                                          : TextLocation::Body;
    location.block = parts[1].toInt();
    location.offset = parts[2].toInt();
    return location;
}

} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context),
      m_settings(context.settings())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Red Letter"));
    resize(1280, 900);

    m_reader = new ReaderView(this);
    m_findBar = new FindBar(m_reader, this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_reader, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_annotations = new AnnotationController(context.catalog(), context.clock(), this);
    m_panel = new AnnotationPanel(context.catalog(), this);
    m_panelDock = new QDockWidget(tr("My Notes"), this);
    m_panelDock->setObjectName(QStringLiteral("notesDock"));
    m_panelDock->setWidget(m_panel);
    addDockWidget(Qt::LeftDockWidgetArea, m_panelDock);
    m_panelDock->setVisible(m_settings.settings().notesPanel);

    m_minutesLeft = new QLabel(this);
    m_minutesLeft->setObjectName(QStringLiteral("minutesLeft"));
    m_minutesLeft->setAccessibleName(tr("Minutes left"));
    m_streak = new QLabel(this);
    m_streak->setObjectName(QStringLiteral("streakLabel"));
    statusBar()->addPermanentWidget(m_streak);
    statusBar()->addPermanentWidget(m_minutesLeft);
    statusBar()->setSizeGripEnabled(false);

    m_positionTimer = new QTimer(this);
    m_positionTimer->setSingleShot(true);
    m_positionTimer->setInterval(400);
    connect(m_positionTimer, &QTimer::timeout, this, &MainWindow::savePosition);

    createActions();

    // The reader asks, the controller changes the catalog (undoably), the view shows the result.
    connect(m_reader, &ReaderView::highlightRequested, m_annotations,
            [this](const SourceRange &range, const QString &color) { m_annotations->addHighlight(range, color); });
    connect(m_reader, &ReaderView::noteRequested, m_annotations,
            [this](const SourceRange &range, const QString &text) { m_annotations->addNote(range, text); });
    connect(m_reader, &ReaderView::noteEditRequested, m_annotations, &AnnotationController::editNote);
    connect(m_reader, &ReaderView::colorChangeRequested, m_annotations, &AnnotationController::changeColor);
    connect(m_reader, &ReaderView::deleteRequested, m_annotations, &AnnotationController::remove);
    connect(m_annotations, &AnnotationController::annotationsChanged, this, [this](const QString &readingId) {
        if (readingId == shownReadingId() || m_annotations->shows(readingId))
            refreshAnnotations();
    });
    connect(m_annotations, &AnnotationController::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_annotations, &AnnotationController::pendingChanged, this, [this](int count, const QString &reason) {
        m_exportUnsavedAction->setEnabled(count > 0);
        if (count > 0) {
            statusBar()->showMessage(tr("%n change(s) to my notes not saved yet, kept until the catalog can be "
                                        "written (File › Export Unsaved Notes… saves them to a file): %1",
                                        nullptr, count)
                                         .arg(reason));
        } else {
            statusBar()->showMessage(tr("All my notes are saved."), 10000);
        }
    });
    connect(m_annotations, &AnnotationController::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Notes"), tr("The change could not be saved.\n\n%1").arg(message));
    });
    connect(m_reader, &ReaderView::positionChanged, this, [this] {
        updateMinutesLeft();
        m_positionTimer->start();
    });
    connect(m_reader, &ReaderView::endReached, this, &MainWindow::recordFinished);
    connect(m_panel, &AnnotationPanel::annotationActivated, this, &MainWindow::showAnnotation);
    connect(m_panel, &AnnotationPanel::conflictResolutionRequested, m_annotations, &AnnotationController::resolveConflict);

    connect(&m_settings, &SettingsStore::changed, this, &MainWindow::applySettings);

    m_watcher = new MidnightWatcher(context.clock(), this);
    connect(m_watcher, &MidnightWatcher::dayChanged, this, &MainWindow::onDayChanged);

    m_pace = new PaceRecorder(m_reader, context.catalog(), context.clock(), this);
    connect(m_pace, &PaceRecorder::sessionsChanged, this, &MainWindow::updateReadingTime);
}

MainWindow::~MainWindow()
{
    // Tearing the window down hides the notes dock: that is no choice of the reader's to keep (and
    // the settings store may already be gone when a test's context dies first).
    disconnect(m_panelDock->toggleViewAction(), nullptr, this, nullptr);
    savePosition();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Readings…"), this, &MainWindow::importReadings);
    import->setShortcut(QKeySequence::Open);
    QAction *importLink = file->addAction(tr("Import from &Link…"), this, &MainWindow::askForLinkToImport);
    importLink->setObjectName(QStringLiteral("importFromLinkAction"));
    importLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *newReading = file->addAction(tr("&New Reading"), this, [this] {
        if (ReadingEditor *editor = openEditor())
            editor->newReading();
    });
    newReading->setObjectName(QStringLiteral("newReadingAction"));
    newReading->setShortcut(QKeySequence::New);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("My Notes on This &Reading…"), this, [this] { exportNotes(ExportChoice::ThisReading); });
    exportMenu->addAction(tr("This Reading in &Full, with All Notes…"), this,
                          [this] { exportNotes(ExportChoice::WholeReading); });
    exportMenu->addAction(tr("&All My Notes…"), this, [this] { exportNotes(ExportChoice::AllNotes); });
    file->addAction(tr("Import &Notes…"), this, &MainWindow::importNotes);
    m_exportUnsavedAction = file->addAction(tr("Export &Unsaved Notes…"), this, &MainWindow::exportUnsavedNotes);
    m_exportUnsavedAction->setObjectName(QStringLiteral("exportUnsavedNotes"));
    m_exportUnsavedAction->setEnabled(false);
    file->addSeparator();
    QAction *restore = file->addAction(tr("Restore from &Backup…"), this, [this] {
        auto *dialog = new RestoreBackupDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RestoreBackupDialog::restored, this, &MainWindow::showToday);
        dialog->open();
    });
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_annotations->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_annotations->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_reader, &ReaderView::copy);
    copy->setShortcut(QKeySequence::Copy);
    QAction *cite = edit->addAction(tr("Copy with C&itation"), this, [this] {
        const QString text = m_reader->selectionWithCitation();
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    cite->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_findBar, &FindBar::activate);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), m_findBar, &FindBar::findNext);
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), m_findBar, &FindBar::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    edit->addSeparator();
    QAction *editReading = edit->addAction(tr("&Edit This Reading"), this, &MainWindow::editShownReading);
    editReading->setObjectName(QStringLiteral("editReadingAction"));
    editReading->setShortcut(Qt::CTRL | Qt::Key_E);
    edit->addSeparator();
    QAction *highlight = edit->addAction(tr("&Highlight Selection"), this, [this] {
        if (const auto range = m_reader->selectedSourceRange())
            m_annotations->addHighlight(*range, defaultAnnotationColor());
    });
    highlight->setObjectName(QStringLiteral("highlightAction"));
    highlight->setShortcut(Qt::CTRL | Qt::Key_H);
    QAction *note = edit->addAction(tr("Add &Note…"), m_reader, &ReaderView::beginNoteOnSelection);
    note->setObjectName(QStringLiteral("noteAction"));
    note->setShortcut(Qt::CTRL | Qt::Key_M);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(Qt::CTRL | Qt::Key_Comma);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_todayAction = view->addAction(tr("&Today's Reading"), this, &MainWindow::showToday);
    m_todayAction->setObjectName(QStringLiteral("todayAction"));
    m_todayAction->setShortcut(Qt::CTRL | Qt::Key_T);
    QAction *archive = view->addAction(tr("&Archive…"), this, &MainWindow::openArchive);
    archive->setObjectName(QStringLiteral("archiveAction"));
    archive->setShortcut(Qt::CTRL | Qt::Key_Y);
    QAction *library = view->addAction(tr("&Library…"), this, &MainWindow::openLibrary);
    library->setObjectName(QStringLiteral("libraryAction"));
    library->setShortcut(Qt::CTRL | Qt::Key_L);
    view->addSeparator();

    QMenu *theme = view->addMenu(tr("T&heme"));
    m_themeGroup = new QActionGroup(this);
    const QList<QPair<ThemeChoice, QString>> themes{{ThemeChoice::System, tr("Follow the &System")},
                                                    {ThemeChoice::Light, tr("&Light")},
                                                    {ThemeChoice::Sepia, tr("S&epia")},
                                                    {ThemeChoice::Dark, tr("&Dark")}};
    for (const auto &choice : themes) {
        QAction *action = theme->addAction(choice.second, this, [this, c = choice.first] { setThemeChoice(c); });
        action->setCheckable(true);
        action->setChecked(choice.first == m_settings.settings().theme);
        action->setData(int(choice.first));
        m_themeGroup->addAction(action);
    }

    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_reader, &ReaderView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_reader, &ReaderView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Actual Size"), m_reader, &ReaderView::resetZoom);
    zoomReset->setShortcut(Qt::CTRL | Qt::Key_0);
    for (QAction *zoom : {zoomIn, zoomOut, zoomReset})
        connect(zoom, &QAction::triggered, this, [this] {
            Settings settings = m_settings.settings();
            settings.zoom = m_reader->typography().zoom;
            m_settings.update(settings);
        });

    m_justifyAction = view->addAction(tr("&Justify and Hyphenate"));
    m_justifyAction->setObjectName(QStringLiteral("justifyAction"));
    m_justifyAction->setCheckable(true);
    m_justifyAction->setChecked(m_settings.settings().justify);
    connect(m_justifyAction, &QAction::toggled, this, [this](bool on) {
        Settings settings = m_settings.settings();
        settings.justify = on;
        settings.hyphenate = on; // the menu's one switch: both on, or ragged right
        m_settings.update(settings);
    });
    m_justifyAction->setToolTip(tr("Off: ragged-right text without hyphenation"));

    QMenu *margin = view->addMenu(tr("&Margin"));
    const QList<QPair<MarginNote::Kind, QString>> layers{{MarginNote::EditorialNote, tr("&Editor's Notes")},
                                                         {MarginNote::Footnote, tr("&Author's Footnotes")},
                                                         {MarginNote::ReaderNote, tr("&My Notes")}};
    for (const auto &layer : layers) {
        QAction *action = margin->addAction(layer.second);
        action->setObjectName(QStringLiteral("layerAction%1").arg(int(layer.first)));
        action->setCheckable(true);
        action->setData(int(layer.first));
        m_layerActions.append(action);
        connect(action, &QAction::toggled, this, [this, kind = layer.first](bool on) {
            Settings settings = m_settings.settings();
            switch (kind) {
            case MarginNote::EditorialNote:
                settings.showEditorialNotes = on;
                break;
            case MarginNote::Footnote:
                settings.showFootnotes = on;
                break;
            case MarginNote::ReaderNote:
                settings.showReaderNotes = on;
                break;
            }
            m_settings.update(settings);
        });
    }
    // The margin from the keyboard: the notes beside the visible text, one after the other; Enter
    // opens the one reached (or edits it, if it is mine).
    margin->addSeparator();
    QAction *nextNote = margin->addAction(tr("&Next Note"));
    nextNote->setObjectName(QStringLiteral("nextNoteAction"));
    nextNote->setShortcut(Qt::ALT | Qt::Key_Down);
    nextNote->setStatusTip(tr("Moves to the next note beside the visible text; Enter opens it"));
    connect(nextNote, &QAction::triggered, this, [this] {
        m_reader->setFocus(Qt::ShortcutFocusReason);
        m_reader->focusNextNote(false);
    });
    QAction *previousNote = margin->addAction(tr("&Previous Note"));
    previousNote->setObjectName(QStringLiteral("previousNoteAction"));
    previousNote->setShortcut(Qt::ALT | Qt::Key_Up);
    previousNote->setStatusTip(tr("Moves to the previous note beside the visible text; Enter opens it"));
    connect(previousNote, &QAction::triggered, this, [this] {
        m_reader->setFocus(Qt::ShortcutFocusReason);
        m_reader->focusNextNote(true);
    });
    QAction *panel = m_panelDock->toggleViewAction();
    panel->setText(tr("My &Notes Panel"));
    panel->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    view->addAction(panel);
    connect(panel, &QAction::toggled, this, [this](bool on) {
        // Closing the window hides its dock too (Qt unchecks the action): only a choice made on
        // a window that is shown is the reader's.
        if (!isVisible())
            return;
        Settings settings = m_settings.settings();
        settings.notesPanel = on;
        m_settings.update(settings);
    });

    // What the reader can say to the schedule about today's page. Shortcuts with Shift: Ctrl+T is
    // Today's Reading, Ctrl+Shift+N the notes panel, Ctrl+K nothing yet but kept for a command bar.
    QMenu *readingMenu = menuBar()->addMenu(tr("&Reading"));
    m_nextPartAction = readingMenu->addAction(tr("Read the &Next Part Now"), this, &MainWindow::readNextPartNow);
    m_nextPartAction->setObjectName(QStringLiteral("nextPartAction"));
    m_nextPartAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    m_nextPartAction->setStatusTip(tr("Read tomorrow's part now; it counts as read and the series goes on from there."));
    m_pauseAction = readingMenu->addAction(tr("&Pause This Series"));
    m_pauseAction->setObjectName(QStringLiteral("pauseSeriesAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_pauseAction->setStatusTip(tr("No more parts of this work until you resume it."));
    connect(m_pauseAction, &QAction::triggered, this, &MainWindow::setSeriesPaused);
    m_skipAction = readingMenu->addAction(tr("&Skip Today's Reading"), this, &MainWindow::skipToday);
    m_skipAction->setObjectName(QStringLiteral("skipTodayAction"));
    m_skipAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    m_skipAction->setStatusTip(tr("Serve the next reading instead of today's."));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *write = help->addAction(tr("&Write to the Editors…"), this, &MainWindow::writeToTheEditors);
    write->setObjectName(QStringLiteral("writeToEditorsAction"));
    write->setStatusTip(tr("Corrections, suggestions for readings, or a word on the commentary: a mail to the editors."));
    help->addAction(tr("&About Red Letter"), this, [this] {
        QMessageBox::about(this, tr("About Red Letter"),
                           tr("<p><b>Red Letter</b> %1</p><p>Daily left theory. 15 minutes or less. "
                              "Refreshes at midnight.</p>")
                               .arg(QStringLiteral(REDLETTER_VERSION_STRING)));
    });

    QToolBar *bar = addToolBar(tr("Masthead"));
    bar->setObjectName(QStringLiteral("masthead"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_mastheadBar = bar;
    m_masthead = new QLabel(this);
    m_masthead->setObjectName(QStringLiteral("mastheadLabel"));
    m_masthead->setTextFormat(Qt::RichText);
    m_masthead->setContentsMargins(10, 2, 10, 2);
    m_masthead->setAccessibleName(tr("Red Letter"));
    bar->addWidget(m_masthead); // its text and colours: styleMasthead(), with the theme
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("dateLabel"));
    m_dateLabel->setContentsMargins(10, 0, 10, 0);
    m_dateLabel->setAccessibleName(tr("The day shown"));
    bar->addWidget(m_dateLabel);
    bar->addAction(m_todayAction);
    bar->addAction(archive);

    applySettings(m_settings.settings());
}

QUrl MainWindow::editorsAddress()
{
    // One build-time setting (README, "Building"): packagers and forks point it at their own.
    return QUrl(QString::fromUtf8(REDLETTER_CONTACT_URL));
}

void MainWindow::writeToTheEditors()
{
    const QUrl address = editorsAddress();
    const bool opened = m_openUrl ? m_openUrl(address) : QDesktopServices::openUrl(address);
    if (opened)
        return;
    // Nothing opened it: the address can still be copied from here.
    if (address.scheme() == QLatin1String("mailto"))
        statusBar()->showMessage(tr("No mail program opened. Write to %1").arg(address.path()));
    else
        statusBar()->showMessage(tr("The editors' page could not be opened: %1").arg(address.toDisplayString()));
}

int MainWindow::personalPace() const
{
    const Settings &settings = m_settings.settings();
    if (settings.pace == Settings::Pace::Fixed) {
        // The house pace chosen as one's own says nothing new: no second figure.
        const int fixed = settings.fixedWordsPerMinute;
        return fixed == ReadingTimeEstimator::DefaultWordsPerMinute ? 0 : fixed;
    }
    return m_pace->estimate().wordsPerMinute;
}

void MainWindow::updateReadingTime()
{
    if (!m_pace)
        return; // still being built
    if (m_preferences)
        m_preferences->setLearnedPace(m_pace->estimate(), int(PaceStore(m_context.catalog()).sessions().size()));
    if (!m_reader->hasReading())
        return;
    const ReadingTime time = ReadingTimeEstimator::withPersonalPace(m_reader->readingTime(), personalPace());
    if (time.personalMinutes == m_reader->readingTime().personalMinutes
        && time.personalWordsPerMinute == m_reader->readingTime().personalWordsPerMinute)
        return; // the header is set anew only when its figure changes: a rebuild costs a layout
    m_reader->setReadingTime(time);
    updateMinutesLeft();
}

void MainWindow::forgetPace()
{
    QString error;
    if (!m_pace->forget(&error))
        QMessageBox::warning(m_preferences ? static_cast<QWidget *>(m_preferences) : this, tr("Forget My Pace"),
                             tr("The reading sessions could not be forgotten.\n\n%1").arg(error));
}

void MainWindow::setThemeChoice(ThemeChoice choice)
{
    Settings settings = m_settings.settings();
    settings.theme = choice;
    m_settings.update(settings);
}

void MainWindow::openPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_settings, m_autostart, this);
        connect(m_preferences, &PreferencesDialog::startAtLoginChanged, this, &MainWindow::startAtLoginChanged);
        connect(m_preferences, &PreferencesDialog::resetPaceRequested, this, &MainWindow::forgetPace);
    }
    m_preferences->setLearnedPace(m_pace->estimate(), int(PaceStore(m_context.catalog()).sessions().size()));
    QStringList languages;
    for (const CatalogEntry &entry : m_context.catalog().entries()) {
        if (!entry.language.isEmpty() && !languages.contains(entry.language))
            languages.append(entry.language);
    }
    languages.sort();
    m_preferences->setAvailableLanguages(languages);
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::applySettings(const Settings &settings)
{
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toInt() == int(settings.theme));
    {
        const QSignalBlocker blocker(m_justifyAction);
        m_justifyAction->setChecked(settings.justify);
    }
    for (QAction *action : std::as_const(m_layerActions)) {
        const auto kind = MarginNote::Kind(action->data().toInt());
        const bool on = kind == MarginNote::EditorialNote ? settings.showEditorialNotes
            : kind == MarginNote::Footnote                ? settings.showFootnotes
                                                          : settings.showReaderNotes;
        const QSignalBlocker blocker(action);
        action->setChecked(on);
        m_reader->setLayerVisible(kind, on);
    }
    applyTypography();
    updateReadingTime(); // the pace chosen may have changed
}

void MainWindow::applyTypography()
{
    const Settings &settings = m_settings.settings();
    Typography typography = m_reader->typography();
    Theme::Kind kind = Theme::Light;
    switch (settings.theme) {
    case ThemeChoice::System:
        // Follow the desktop: a dark window colour means the user runs a dark theme.
        kind = QApplication::palette().color(QPalette::Window).lightness() < 110 ? Theme::Dark : Theme::Light;
        break;
    case ThemeChoice::Light:
        kind = Theme::Light;
        break;
    case ThemeChoice::Sepia:
        kind = Theme::Sepia;
        break;
    case ThemeChoice::Dark:
        kind = Theme::Dark;
        break;
    }
    typography.theme = Theme::forKind(kind);
    typography.zoom = settings.zoom;
    // Points to pixels as the desktop counts them: a desktop set to larger fonts (a higher
    // logical DPI) gets a larger page too.
    typography.pixelsPerPoint = logicalDpiY() / 72.0;
    typography.justify = settings.justify;
    typography.hyphenate = settings.hyphenate;
    // The chosen face first; the house face and its companions stay behind it as fallbacks.
    QStringList families = Typography().textFamilies;
    families.removeAll(settings.readingFace);
    families.prepend(settings.readingFace);
    typography.textFamilies = families;
    m_reader->setTypography(typography);
    if (m_editor)
        m_editor->setTypography(typography);
    styleMasthead(typography.theme);
}

void MainWindow::styleMasthead(const Theme &theme)
{
    // The masthead takes the page's theme, so its contrast is the theme's (tst_contrast), not
    // whatever the desktop's window colour happens to be.
    QPalette palette = m_mastheadBar->palette();
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Button, QPalette::Base})
        palette.setColor(role, theme.mastheadPaper);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
        palette.setColor(role, theme.ink);
    m_mastheadBar->setPalette(palette);
    m_mastheadBar->setAutoFillBackground(true);
    // The name one and a half times the desktop's font, so it grows with the system font size.
    const qreal nameSize = QFontInfo(m_masthead->font()).pointSizeF() * 1.5;
    m_masthead->setText(QStringLiteral("<span style=\"font-family:'EB Garamond','Charis SIL',serif; font-size:%5pt;"
                                       " color:%1; font-variant:small-caps; letter-spacing:1px\">%2</span>"
                                       "&nbsp;&nbsp;<span style=\"color:%3\">%4</span>")
                            .arg(theme.accent.name(), tr("Red Letter").toHtmlEscaped(), theme.taglineInk.name(),
                                 tr("Daily left theory. 15 minutes or less. Refreshes at midnight.").toHtmlEscaped(),
                                 QString::number(nameSize, 'f', 1)));
}

ReadingEditor *MainWindow::readingEditor() const
{
    return m_editor;
}

ReadingEditor *MainWindow::openEditor()
{
    if (m_editor && m_editor->isModified()) {
        // One reading at a time: the open one is saved, discarded or kept open first.
        m_editor->raise();
        m_editor->activateWindow();
        if (!m_editor->close())
            return nullptr;
    }
    if (!m_editor) {
        m_editor = new ReadingEditor(m_context.catalog(), QFileInfo(m_context.catalog().path()).absolutePath(), this);
        m_editor->setWindowFlag(Qt::Window);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        m_editor->setTypography(m_reader->typography());
        connect(m_editor, &ReadingEditor::readingSaved, this, [this](const QString &readingId) {
            // The reader shows the saved text at once, with my notes re-anchored in it.
            if (shownReadingId() == readingId)
                display(readingId, m_shownDay);
            if (m_library)
                m_library->reload();
        });
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

void MainWindow::editShownReading()
{
    const QString readingId = shownReadingId();
    if (readingId.isEmpty()) {
        statusBar()->showMessage(tr("There is no reading on screen to edit."));
        return;
    }
    // A served part is built for the day and is not in the catalog: edit the chapter on screen.
    const QString sourceId = m_annotations->sourceReadingAt(m_reader->readingPlace());
    ReadingEditor *editor = openEditor();
    QString error;
    if (editor && !editor->openReading(sourceId.isEmpty() ? readingId : sourceId, &error)) {
        editor->close();
        statusBar()->showMessage(error);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_settings.settings().theme == ThemeChoice::System && m_reader)
        applyTypography();
    // The desktop's font size changed: the masthead's name is sized from it.
    if (event->type() == QEvent::FontChange && m_masthead)
        styleMasthead(m_reader->typography().theme);
}

QString MainWindow::shownReadingId() const
{
    return m_reader->hasReading() ? m_reader->reading().id : QString();
}

void MainWindow::showToday()
{
    m_followsToday = true;
    showDay(m_context.clock().today());
}

void MainWindow::showDay(const QDate &day)
{
    QString error;
    const std::optional<DayPage> page = m_context.schedule().servePage(day, &error);
    if (!page) {
        savePosition();
        m_shownDay = day;
        m_shownPage = ServedPage();
        m_reader->showMessage(tr("Nothing to read today"),
                              tr("%1 Import readings with File › Import Readings….").arg(error));
        refreshAnnotations();
        updateTitle();
        updateSeriesActions();
        Q_EMIT readingShown(day, QString());
        return;
    }
    displayPage(*page);
}

void MainWindow::showReading(const QString &readingId)
{
    m_followsToday = false;
    display(readingId, QDate());
}

void MainWindow::showSearchHit(const SearchHit &hit)
{
    if (hit.kind == SearchHit::Note) {
        showAnnotation(hit.readingId, hit.annotationId);
        return;
    }
    showReading(hit.readingId);
    if (shownReadingId() != hit.readingId)
        return;
    const QString &text = m_reader->annotatableText().text();
    const int offset = searchHitOffset(hit, text);
    if (offset < 0 || hit.highlights.isEmpty())
        return; // the title or author matched: the top of the reading is the place
    const int length = hit.highlights.first().second - hit.highlights.first().first;
    m_reader->selectSourceRange({offset, offset + length});
    m_reader->ensureCursorVisible();
}

void MainWindow::openLibrary()
{
    if (!m_library)
        m_library = new LibraryWindow(m_context, this);
    else
        m_library->reload();
    m_library->show();
    m_library->raise();
    m_library->activateWindow();
}

void MainWindow::display(const QString &readingId, const QDate &day)
{
    savePosition();
    m_shownPage = ServedPage();
    const std::optional<Reading> reading = m_context.catalog().reading(readingId);
    if (!reading) {
        m_shownDay = day;
        m_reader->showMessage(tr("This reading cannot be shown"),
                              tr("The catalog %1 has no readable content for '%2'.")
                                  .arg(m_context.catalog().path(), readingId));
        refreshAnnotations();
        updateTitle();
        updateSeriesActions();
        Q_EMIT readingShown(day, QString());
        return;
    }
    present(*reading, day, PartLines());
}

void MainWindow::displayPage(const DayPage &page)
{
    // The page as the day showed it (its stored version), not the reading as it is now.
    savePosition();
    m_shownPage = page.served;
    PartLines lines;
    Installment labels;
    if (page.text.isPart()) {
        labels = page.text.labels();
        // The page's words follow the reading's language; the status bar's the UI's.
        const QString language = page.text.reading.language;
        lines.part = labels.partLabel(language);
        lines.chapters = labels.chaptersLabel();
        // Today's page after a part was read ahead: tomorrow brings the part after that one.
        lines.next = m_context.schedule().closingLine(page);
    }
    present(page.text.reading, page.served.day, lines, labels);
}

void MainWindow::present(const Reading &reading, const QDate &day, const PartLines &lines,
                         const Installment &part)
{
    m_shownDay = day;
    m_pace->endSitting(); // before the view moves to the new text
    const ReadingTime time = ReadingTimeEstimator::withPersonalPace(ReadingTimeEstimator().estimate(reading), personalPace());
    m_reader->showReading(reading, time, day, lines);
    if (part.origins.isEmpty())
        m_annotations->setReading(reading);
    else
        m_annotations->setPart(part);
    refreshAnnotations();
    const TextLocation place = decode(m_settings.readingPlace(reading.id));
    if (place.isValid())
        m_reader->scrollToLocation(place);
    m_pace->beginSitting(reading.id);
    updateTitle();
    updateMinutesLeft();
    updateSeriesActions();
    Q_EMIT readingShown(day, reading.id);
}

void MainWindow::updateSeriesActions()
{
    DailySchedule &schedule = m_context.schedule();
    const bool today = m_shownDay.isValid() && m_shownDay == m_context.clock().today();
    const bool series = !m_shownPage.seriesId.isEmpty();
    const SeriesProgress progress = series ? schedule.store().progress().value(m_shownPage.seriesId) : SeriesProgress();
    m_nextPartAction->setEnabled(today && series && progress.run == m_shownPage.run && !progress.finished());
    m_pauseAction->setEnabled(series);
    m_pauseAction->setChecked(series && schedule.store().paused().contains(m_shownPage.seriesId));
    // Only today's own page can be skipped: a day past is the archive's.
    m_skipAction->setEnabled(today && !m_shownPage.readingId.isEmpty() && !m_shownPage.ahead);
}

void MainWindow::readNextPartNow()
{
    QString error;
    const std::optional<DayPage> page = m_context.schedule().readNextPartNow(&error);
    if (!page) {
        statusBar()->showMessage(tr("There is no next part to read: %1").arg(error));
        updateSeriesActions();
        return;
    }
    m_followsToday = true;
    displayPage(*page);
    statusBar()->showMessage(tr("%1 read ahead: tomorrow brings the part after it.").arg(page->text.labels().partLabel()));
}

void MainWindow::setSeriesPaused(bool paused)
{
    if (m_shownPage.seriesId.isEmpty())
        return;
    QString error;
    DailySchedule &schedule = m_context.schedule();
    const bool ok = paused ? schedule.pauseSeries(m_shownPage.seriesId, &error)
                           : schedule.queue(m_shownPage.seriesId, &error);
    if (!ok)
        statusBar()->showMessage(error);
    else if (paused)
        statusBar()->showMessage(tr("Series paused: no more parts of it until you resume it here."));
    else
        statusBar()->showMessage(tr("Series resumed: its next part comes next."));
    updateSeriesActions();
}

void MainWindow::skipToday()
{
    QString error;
    const std::optional<DayPage> page = m_context.schedule().skipToday(&error);
    m_followsToday = true;
    if (!page) {
        showDay(m_context.clock().today()); // says why nothing is left
        statusBar()->showMessage(error);
        return;
    }
    displayPage(*page);
    statusBar()->showMessage(tr("Skipped. Here is the next reading."));
}

void MainWindow::refreshAnnotations()
{
    const QString readingId = shownReadingId();
    const QVector<Annotation> annotations = readingId.isEmpty() ? QVector<Annotation>() : m_annotations->annotations();
    m_reader->setAnnotations(annotations);
    m_panel->showReading(readingId, annotations, m_reader->unplacedAnnotationIds());
}

bool MainWindow::showAnnotation(const QString &readingId, const QString &annotationId)
{
    // A note of a source reading listed beside a part is shown in the part, not the full reading.
    if (readingId != shownReadingId() && !m_annotations->shows(readingId))
        showReading(readingId);
    // Selected, in the middle of the view, framed for a moment; its margin note and its entry in
    // My notes are the current ones.
    if (!m_reader->revealAnnotation(annotationId))
        return false;
    m_panel->setCurrentAnnotation(annotationId);
    return true;
}

bool MainWindow::openAppLink(const AppLink &link)
{
    if (!m_context.catalog().entry(link.readingId)) {
        statusBar()->showMessage(tr("The link names a reading that is not in the catalog: %1").arg(link.readingId));
        return false;
    }
    if (link.annotationId.isEmpty()) {
        showReading(link.readingId);
        return true;
    }
    if (showAnnotation(link.readingId, link.annotationId))
        return true;
    statusBar()->showMessage(tr("The note of this link is no longer in the catalog, or its passage is gone from the text."));
    return false;
}

void MainWindow::openFiles(const QStringList &files)
{
    ImportService service(&m_context.catalog());
    const ImportReport report = service.importSources(files);
    for (const SourceReport &source : report.sources) {
        if (!source.readings.isEmpty()) {
            showReading(source.readings.constFirst().id);
            break;
        }
    }
    if (!report.succeeded())
        showImportReport(report);
    else
        statusBar()->showMessage(tr("Imported %n reading(s).", nullptr, report.succeededCount()));
}

void MainWindow::savePosition()
{
    if (!m_reader || !m_reader->hasReading())
        return;
    const TextLocation top = m_reader->readingPlace();
    m_settings.setReadingPlace(m_reader->reading().id, top.isValid() ? encode(top) : QString());
}

void MainWindow::updateMinutesLeft()
{
    if (!m_reader->hasReading()) {
        m_minutesLeft->clear();
        return;
    }
    const int left = m_reader->minutesLeft();
    m_minutesLeft->setText(left > 0 ? tr("%1 min left").arg(left) : tr("Finished"));
}

void MainWindow::recordFinished()
{
    if (!m_reader->hasReading())
        return;
    const Clock &clock = m_context.clock();
    FinishedReading finished;
    if (!m_shownPage.seriesId.isEmpty()) {
        finished.targetId = m_shownPage.seriesId;
        finished.run = m_shownPage.run;
        finished.part = m_shownPage.part;
    } else {
        // A day's whole reading, or one opened from the library: the reading itself.
        finished.targetId = m_reader->reading().id;
    }
    finished.day = clock.today();
    finished.finishedAt = clock.now();
    bool isNew = false;
    QString error;
    if (!m_context.schedule().store().recordFinished(finished, &isNew, &error)) {
        statusBar()->showMessage(error);
        return;
    }
    if (!isNew)
        return;
    updateStreak();
    if (m_library && m_library->isVisible())
        m_library->reload();
    Q_EMIT readingFinished(finished);
}

void MainWindow::updateStreak()
{
    const QDate today = m_context.clock().today();
    const QSet<QDate> days = m_context.schedule().store().daysRead();
    const int streak = ServingStore::streak(days, today);
    m_streak->setText(streak > 0 ? tr("%n day(s) in a row", nullptr, streak) : QString());
    m_streak->setToolTip(days.contains(today) ? tr("Consecutive days on which you read a reading to its end, today included.")
                                              : tr("Consecutive days on which you read a reading to its end; read today's to keep it going."));
}

void MainWindow::updateTitle()
{
    const QString title = m_reader->hasReading() ? m_reader->reading().title : QString();
    setWindowTitle(title.isEmpty() ? tr("Red Letter") : tr("%1 — Red Letter").arg(title));
    const QDate today = m_context.clock().today();
    const bool isToday = m_shownDay == today;
    if (!m_shownDay.isValid())
        m_dateLabel->setText(tr("From the catalog"));
    else
        m_dateLabel->setText(isToday ? tr("Today, %1").arg(QLocale().toString(m_shownDay, QLocale::LongFormat))
                                     : QLocale().toString(m_shownDay, QLocale::LongFormat));
    m_todayAction->setEnabled(!isToday);
    updateStreak();
}

void MainWindow::onDayChanged(const QDate &day)
{
    Q_UNUSED(day);
    // Someone reading yesterday's text from the archive keeps it; the one on today moves on.
    if (m_followsToday)
        showToday();
    else
        updateTitle();
    // The running app makes the new day's backup too, not only the next start: after the new
    // day's text, in the background.
    m_context.startBackupIfDue();
}

void MainWindow::openArchive()
{
    // The archive is the library's Days tab: served days, their parts, and what was read.
    openLibrary();
    m_library->showDays();
}

void MainWindow::openDay(const QDate &day)
{
    m_followsToday = day == m_context.clock().today();
    showDay(day);
}

void MainWindow::exportNotes(ExportChoice choice)
{
    if (m_exporter && m_exporter->isRunning())
        return;
    const QString readingId = choice == ExportChoice::AllNotes ? QString() : shownReadingId();
    if (choice != ExportChoice::AllNotes && readingId.isEmpty())
        return;
    QVector<ExportSource> sources = commands::annotatedSources(m_context, readingId);
    if (choice != ExportChoice::WholeReading && (sources.isEmpty() || sources.constFirst().annotations.isEmpty())) {
        QMessageBox::information(this, tr("Export"), tr("There are no notes or highlights to export yet."));
        return;
    }
    QString selectedFilter;
    const QString pdf = tr("PDF, notes in the margin (*.pdf)");
    const QString markdown = tr("Markdown (*.md)");
    const QString json = tr("W3C Web Annotations (*.json)");
    const QString filters = choice == ExportChoice::WholeReading ? pdf : QStringList{pdf, markdown, json}.join(QLatin1String(";;"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(), filters, &selectedFilter);
    if (path.isEmpty())
        return;
    Exporter::Format format = Exporter::Format::Pdf;
    QString suffix = QStringLiteral(".pdf");
    if (selectedFilter == markdown) {
        format = Exporter::Format::Markdown;
        suffix = QStringLiteral(".md");
    } else if (selectedFilter == json) {
        format = Exporter::Format::W3cJson;
        suffix = QStringLiteral(".json");
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    ExportOptions options;
    options.scope = choice == ExportChoice::WholeReading ? ExportOptions::Scope::WholeReading
                                                        : ExportOptions::Scope::Annotations;
    options.typography.justify = m_settings.settings().justify;
    options.exportedOn = m_context.clock().today();

    // In a worker thread, so the window stays alive; progress for long exports, and Cancel.
    if (!m_exporter)
        m_exporter = new Exporter(this);
    auto *progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, m_exporter, &Exporter::cancel);
    connect(m_exporter, &Exporter::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(m_exporter, &Exporter::finished, progress, [this, progress, path](bool ok, const QString &error) {
        progress->close();
        disconnect(m_exporter, nullptr, progress, nullptr);
        const ExportReport report = m_exporter->report();
        if (ok)
            statusBar()->showMessage(tr("Exported %1 passages to %2").arg(report.passages).arg(path), 8000);
        else if (error != exportCancelledMessage())
            QMessageBox::warning(this, tr("Export"), error);
    });
    m_exporter->start(format, sources, options, path);
}

void MainWindow::importNotes()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Notes"), QString(),
                                                      tr("W3C Web Annotations (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QString report;
    QString problems;
    QTextStream out(&report);
    QTextStream err(&problems);
    const int status = commands::importAnnotations(m_context, file, out, err);
    out.flush();
    err.flush();
    if (status == 0)
        QMessageBox::information(this, tr("Import Notes"), report);
    else
        QMessageBox::warning(this, tr("Import Notes"), report + problems);
    refreshAnnotations();
}

void MainWindow::exportUnsavedNotes()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Unsaved Notes"), QStringLiteral("unsaved-notes.json"),
                                                      tr("W3C Web Annotations (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!m_annotations->exportPending(file, &error))
        QMessageBox::warning(this, tr("Export Unsaved Notes"), error);
    else
        statusBar()->showMessage(tr("Unsaved notes exported to %1; they are also still saved when the catalog can be written.")
                                     .arg(QDir::toNativeSeparators(file)));
}

void MainWindow::importReadings()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Readings"), QString(),
        tr("Texts (*.md *.markdown *.txt *.htm *.html *.xhtml *.epub);;All files (*)"));
    if (files.isEmpty())
        return;
    ImportService service(&m_context.catalog());
    showImportReport(service.importSources(files));
}

void MainWindow::askForLinkToImport()
{
    // A link copied from the browser is the likely one: offer it.
    QString suggestion;
    const QUrl copied(QGuiApplication::clipboard()->text().trimmed(), QUrl::StrictMode);
    if (copied.isValid() && (copied.scheme() == QLatin1String("http") || copied.scheme() == QLatin1String("https")))
        suggestion = copied.toString();
    bool ok = false;
    const QString typed = QInputDialog::getText(
        this, tr("Import from Link"),
        tr("Address of a page, a work's contents page or an EPUB book (http or https):"), QLineEdit::Normal,
        suggestion, &ok);
    if (!ok || typed.trimmed().isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(typed.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        QMessageBox::warning(this, tr("Import from Link"),
                             tr("\"%1\" is not a web address. Red Letter imports links that start with "
                                "http:// or https://; use Import Readings for files.")
                                 .arg(typed.trimmed()));
        return;
    }
    importLink(url);
}

void MainWindow::importLink(const QUrl &url)
{
    LinkImportProgress progress(this);
    ImportService service(&m_context.catalog());
    service.setFetcher(progress.fetchFunction());
    const ImportReport report = service.importSources({url.toString()});
    progress.finish();
    // Cancelled and failed: the user knows why, and nothing was stored (a work is all or nothing).
    if (progress.wasCancelled() && !report.succeeded()) {
        statusBar()->showMessage(tr("Import from %1 cancelled; nothing was imported.").arg(url.toDisplayString()), 8000);
        return;
    }
    showImportReport(report);
}

void MainWindow::showImportReport(const ImportReport &report)
{
    // An import may have changed the reading on screen (its text, and where my notes stand).
    if (!shownReadingId().isEmpty())
        display(shownReadingId(), m_shownDay);
    auto *dialog = new ImportReportDialog(report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportReportDialog::openReadingRequested, this, &MainWindow::showReading);
    dialog->open();
}

} // namespace redletter
