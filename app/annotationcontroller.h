// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "installments/installmentview.h"
#include "readerview.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <optional>

namespace redletter {

class Catalog;
struct AnnotationConflict;
class Clock;

/*!
 * The reader's highlights and notes on the reading on screen: every change is a command on the
 * undo stack and is written to the catalog at once (each write is its own transaction), so
 * quitting or a crash a moment later loses nothing, and Undo/Redo work for every change.
 *
 * When the catalog cannot be written now (read-only, locked by another process, a full disk:
 * Catalog::lastWriteFailedForNow()), a change is not lost: it is kept in memory, shown as if
 * saved, and written, in order, as soon as writing works again — tried on a timer and before
 * the next change — or exported on request (exportPending()).
 */
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(Catalog &catalog, const Clock &clock, QObject *parent = nullptr);
    //! Tries the pending changes once more; what still cannot be saved goes to a rescue file (see rescuePending()).
    ~AnnotationController() override;

    QUndoStack *undoStack() { return &m_undoStack; }

    //! The reading whose annotations are edited now (the undo history is kept across readings).
    void setReading(const Reading &reading);
    /*!
     * A served part (@p part's reading and origins): its notes are stored on the source readings
     * its blocks came from, and the notes of those readings that fall inside it show on it.
     */
    void setPart(const Installment &part);
    QString readingId() const { return m_text.readingId(); }
    /*!
     * The catalog reading that @p location of the text shown belongs to: the reading itself, or on
     * a part the chapter (source reading) it was taken from — the first one of the part when
     * @p location maps to none (the introduction, a heading the part view added).
     */
    QString sourceReadingAt(const TextLocation &location) const;
    //! Whether notes of @p readingId show now: the reading shown, or a source of the part shown.
    bool shows(const QString &readingId) const;
    /*!
     * The current reading's annotations, as stored; on a part, the source readings' annotations
     * that lie in it, with their selectors moved to the part's text (ids and reading ids kept, so
     * editing and deleting them changes the stored ones).
     */
    QVector<Annotation> annotations() const;

    bool addHighlight(const SourceRange &range, const QString &color);
    bool addNote(const SourceRange &range, const QString &text);
    bool editNote(const QString &id, const QString &text);
    bool changeColor(const QString &id, const QString &color);
    bool remove(const QString &id);

    /*!
     * Ends conflict @p conflictId (see Catalog::resolveAnnotationConflict()): with @p keepOther the
     * other version becomes the note. A command on the undo stack: Edit › Undo brings the note
     * as it was and both versions back (Catalog::restoreAnnotationConflict()).
     */
    bool resolveConflict(qint64 conflictId, bool keepOther);
    /*!
     * Carries out (or with @p undo takes back) the reader's choice on @p conflict, whose note was
     * @p note before it. Used by the undo command of resolveConflict().
     */
    bool chooseVersion(const AnnotationConflict &conflict, const Annotation &note, bool keepOther, bool undo);

    //! Stores @p after in place of @p before (either may be absent: add, delete). Used by the undo commands.
    bool store(const std::optional<Annotation> &before, const std::optional<Annotation> &after);

    //! Changes kept in memory because the catalog could not be written; 0 when all are saved.
    int pendingCount() const { return int(m_pending.size()); }
    //! Tries to write the pending changes now, in order; true when none is left.
    bool retryPending();
    /*!
     * Writes the notes and highlights of the pending changes (deletions have nothing to write)
     * to @p path as W3C Web Annotation JSON, which --import-annotations reads back.
     */
    [[nodiscard]] bool exportPending(const QString &path, QString *error) const;
    /*!
     * exportPending() to "unsaved-notes-<UTC time>.json" beside the catalog, or in the home or
     * temporary folder when that cannot be written; the file written, or empty.
     */
    QString rescuePending() const;
    //! How often pending changes are tried again.
    static constexpr int RetryMilliseconds = 15000;
    /*!
     * How long one write waits for a write lock another process holds on the catalog before the
     * change is kept in memory instead: the longest the window freezes for it.
     */
    static constexpr int WriteWaitMilliseconds = 250;
    QTimer *retryTimer() { return &m_retryTimer; }

Q_SIGNALS:
    //! Annotations of @p readingId changed (a command ran, or was undone or redone).
    void annotationsChanged(const QString &readingId);
    //! A change could not be stored; the message names the catalog and what went wrong.
    void errorOccurred(const QString &message);
    //! A change was not made, for a reason the reader can act on (a selection across chapters).
    void refused(const QString &message);
    /*!
     * How many changes wait in memory for the catalog to be writable again, and why (SQLite's
     * words, with the catalog's path); @p count 0: all of them are saved now.
     */
    void pendingChanged(int count, const QString &reason);

private:
    bool push(const QString &text, const std::optional<Annotation> &before,
              const std::optional<Annotation> &after);
    std::optional<Annotation> find(const QString &id) const;
    //! The stored annotations of @p readingId with the pending changes applied.
    QVector<Annotation> storedWithPending(const QString &readingId) const;
    //! One write to the catalog; false with @p error when it failed.
    bool write(const std::optional<Annotation> &before, const std::optional<Annotation> &after, QString *error);
    //! A new annotation on @p range of the text shown, anchored where it is stored; empty if refused.
    std::optional<Annotation> make(const SourceRange &range, const QString &color);

    Catalog &m_catalog;
    const Clock &m_clock;
    QUndoStack m_undoStack;
    AnnotatableText m_text;
    Installment m_part; //!< the part shown (origins non-empty), or nothing
    bool m_lastStoreSucceeded = false;

    struct PendingChange
    {
        std::optional<Annotation> before;
        std::optional<Annotation> after;
    };
    QVector<PendingChange> m_pending; //!< not written yet, oldest first
    QTimer m_retryTimer;
};

} // namespace redletter
