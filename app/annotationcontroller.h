// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "installments/installmentview.h"
#include "readerview.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace redletter {

class Catalog;
class Clock;

/*!
 * The reader's highlights and notes on the reading on screen: every change is a command on the
 * undo stack and is written to the catalog at once (each write is its own transaction), so
 * quitting or a crash a moment later loses nothing, and Undo/Redo work for every change.
 */
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(Catalog &catalog, const Clock &clock, QObject *parent = nullptr);

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

    //! Stores @p after in place of @p before (either may be absent: add, delete). Used by the undo commands.
    bool store(const std::optional<Annotation> &before, const std::optional<Annotation> &after);

Q_SIGNALS:
    //! Annotations of @p readingId changed (a command ran, or was undone or redone).
    void annotationsChanged(const QString &readingId);
    //! A change could not be stored; the message names the catalog and what went wrong.
    void errorOccurred(const QString &message);
    //! A change was not made, for a reason the reader can act on (a selection across chapters).
    void refused(const QString &message);

private:
    bool push(const QString &text, const std::optional<Annotation> &before,
              const std::optional<Annotation> &after);
    std::optional<Annotation> find(const QString &id) const;
    //! A new annotation on @p range of the text shown, anchored where it is stored; empty if refused.
    std::optional<Annotation> make(const SourceRange &range, const QString &color);

    Catalog &m_catalog;
    const Clock &m_clock;
    QUndoStack m_undoStack;
    AnnotatableText m_text;
    Installment m_part; //!< the part shown (origins non-empty), or nothing
    bool m_lastStoreSucceeded = false;
};

} // namespace redletter
