// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/importreport.h"
#include "reading/reading.h"
#include "reading/readingparser.h"
#include "typesetting/typography.h"

#include <QDateTime>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace redletter {

class Catalog;
class ReaderView;
class SourceFindBar;
class SourceHighlighting;

/*!
 * The editor's desk: a reading's source in the reading format (lib/reading/FORMAT.md) beside the
 * reader view typesetting it as the reader will see it. The source is checked by the project's own
 * parser as one types (debounced): the problem is underlined in the source and listed, and a click
 * on it moves the cursor there. Saving writes the file atomically (when the reading came from a
 * file) and imports it again in one catalog transaction, so the reader's notes re-anchor; what
 * could not be re-anchored is reported. An autosave copy in the data directory, kept while there
 * are unsaved changes, is offered when the same reading is opened again.
 */
class ReadingEditor : public QMainWindow
{
    Q_OBJECT
public:
    //! @p dataDir holds the autosave copies ("autosave/" under it).
    ReadingEditor(Catalog &catalog, const QString &dataDir, QWidget *parent = nullptr);
    ~ReadingEditor() override;

    //! A new reading from the template (saved through Save As).
    void newReading();
    //! Opens a reading file (.md) to be edited and saved in place. False with @p error on failure.
    bool openFile(const QString &path, QString *error = nullptr);
    /*!
     * Opens catalog reading @p readingId: its file when it was imported from a reading-format
     * file that is still there, else its conversion to the reading format (an imported page,
     * book or plain text), which is saved into the catalog.
     */
    bool openReading(const QString &readingId, QString *error = nullptr);

    enum class SaveOutcome {
        Saved,          //!< written (if from a file) and imported
        SavedNotImported, //!< the file was written, but the reading has a problem: not imported
        Refused,        //!< nothing written: a problem, and no file to keep the text in
        Failed,         //!< the file or the catalog could not be written
    };
    //! Saves: see the class description. The status bar and lastSaveMessage() say what happened.
    SaveOutcome save();
    //! Saves into @p path (which then becomes the reading's file) and imports it.
    SaveOutcome saveAs(const QString &path);
    QString lastSaveMessage() const { return m_lastSaveMessage; }
    //! What the last successful import did to the reader's notes.
    const ReanchorSummary &lastReanchor() const { return m_lastReanchor; }

    /*!
     * Writes {==passage==}{>><<} around the passage selected in the preview, at its place in the
     * source, and puts the cursor inside the note. False (and a status-bar message) when nothing
     * is selected or the passage cannot be found in the source.
     */
    bool addEditorsNoteFromPreview();

    //! Follows the app's theme: preview typography and KSH theme.
    void setTypography(const Typography &typography);

    //! Checks the source and updates diagnostics and preview now (normally debounced).
    void refreshNow();
    //! Writes the autosave copy now (normally every 30 s while there are unsaved changes).
    bool autosaveNow();
    //! The autosave copy of what is open ("" when it has no place yet).
    QString autosavePath() const;
    //! Recovers the autosave copy offered when the reading was opened.
    bool recoverAutosave();
    bool hasRecoverableAutosave() const;

    QPlainTextEdit *sourceEdit() const { return m_source; }
    ReaderView *preview() const { return m_preview; }
    QListWidget *problemList() const { return m_problems; }
    SourceHighlighting *highlighting() const { return m_highlighting; }
    //! The problem the parser found in the source (null when it reads).
    const SourceError &problem() const { return m_problem; }
    //! The reading as last parsed without a problem.
    const Reading &parsedReading() const { return m_parsed; }
    QString filePath() const { return m_filePath; }
    QString readingId() const { return m_readingId; }
    bool isModified() const;
    QString statusSummary() const;

    static QString templateText();

Q_SIGNALS:
    //! A save imported reading @p readingId (the main window shows the change).
    void readingSaved(const QString &readingId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void load(const QString &text, const QString &filePath, const QString &readingId);
    void scheduleRefresh();
    void showProblem();
    void followCursor();
    void jumpToProblem();
    void updateTitle();
    void updateStatus();
    SaveOutcome store(const QString &path);
    bool maybeKeepChanges();
    void offerAutosave();
    QString displayName() const;

    Catalog &m_catalog;
    QString m_dataDir;
    QPlainTextEdit *m_source = nullptr;
    ReaderView *m_preview = nullptr;
    QListWidget *m_problems = nullptr;
    SourceFindBar *m_findBar = nullptr;
    SourceHighlighting *m_highlighting = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_colours = nullptr;
    QWidget *m_recoveryBar = nullptr;
    QLabel *m_recoveryLabel = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    Typography m_typography;

    QString m_filePath;  //!< the reading's file ("" when it lives only in the catalog, or is new)
    QString m_readingId; //!< the catalog reading it edits ("" for a new one until it is saved)
    bool m_builtin = false; //!< one of the app's built-in readings, opened from the catalog
    SourceError m_problem;
    Reading m_parsed;
    int m_followedBlock = -2;
    QString m_lastSaveMessage;
    ReanchorSummary m_lastReanchor;
    QString m_recoverable; //!< the autosave copy's text offered for recovery
};

} // namespace redletter
