// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "estimating/readingtime.h"
#include "reading/reading.h"
#include "typesetting/documentbuilder.h"
#include "typesetting/documentmap.h"
#include "typesetting/typography.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QTextBrowser>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>



namespace redletter {

//! A range of a reading's annotatable text (AnnotatableText offsets, UTF-16, end exclusive).
struct SourceRange
{
    int start = 0;
    int end = 0;
};

/*!
 * The reading view: the text column at a fixed measure, centred, with the margin column to its
 * right where the editor's notes, the author's footnotes and the reader's own notes stand beside
 * the lines they belong to, like sidenotes in a well-made book. Notes are painted in the same
 * viewport as the text, so they scroll with it; their places come from placeMarginNotes().
 *
 * On a window too narrow for the margin, the margin folds away: a note opens as a popup over its
 * passage (hover or click), and the note editor opens under the passage.
 *
 * The view does not store anything: it asks (signals) for highlights and notes to be made,
 * changed or deleted, and shows what it is given with setAnnotations().
 */
class ReaderView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setTypography(const Typography &typography);
    const Typography &typography() const { return m_typography; }

    //! @p part: for one part of a series, "Part 3 of 7", its chapters and "Tomorrow: …".
    void showReading(const Reading &reading, const ReadingTime &time, const QDate &servedOn,
                     const PartLines &part = PartLines());
    const PartLines &partLines() const { return m_partLines; }
    //! Shows a short message instead of a reading (empty catalog, an error).
    void showMessage(const QString &title, const QString &text);
    bool hasReading() const { return m_hasReading; }

    const Reading &reading() const { return m_reading; }
    const AnnotatableText &annotatableText() const { return m_text; }
    //! The margin notes in document order: the editor's, the author's footnotes, the reader's.
    const QVector<MarginNote> &notes() const { return m_notes; }

    //! The reader's annotations on this reading (highlights, and notes in the margin).
    void setAnnotations(const QVector<Annotation> &annotations);
    const QVector<Annotation> &annotations() const { return m_annotations; }
    //! Annotations that could not be placed in the text (listed by the panel, never dropped).
    QStringList unplacedAnnotationIds() const { return m_unplaced; }

    //! Margin layers, each can be switched off.
    void setLayerVisible(MarginNote::Kind layer, bool visible);
    bool isLayerVisible(MarginNote::Kind layer) const;

    void zoomIn();
    void zoomOut();
    void resetZoom();

    //! Whether the window is wide enough for the margin column.
    bool isMarginShown() const { return m_marginShown; }
    //! Where note @p index is painted, in document coordinates (empty if not shown).
    QRectF noteRect(int index) const;
    //! The line rectangle of note @p index's anchor, in document coordinates.
    QRectF anchorRect(int index) const;
    //! Left edge of the text column, in document coordinates.
    qreal textLeft() const { return m_textLeft; }
    //! The note under the pointer or cursor (-1: none).
    int highlightedNote() const { return m_highlighted; }

    // ---- The margin from the keyboard and for assistive technology ----------------------------
    /*!
     * The notes a reader can reach, in reading order (by the place of their passage): the notes
     * of the margin layers that are switched on. Indexes into notes().
     */
    QVector<int> reachableNotes() const;
    /*!
     * Moves the keyboard's note to the next (or @p backwards the previous) note beside the
     * visible text, scrolling on past the last one (Alt+Down, Alt+Up). The note and its passage
     * are highlighted and, with the margin folded, the note opens over its passage. False when
     * there is no note to move to.
     */
    bool focusNextNote(bool backwards = false);
    //! The keyboard's note (-1: none).
    int focusedNote() const { return m_noteFocus; }
    //! Opens note @p index: my note in its editor, another as a popup over its passage (Enter).
    void activateNote(int index);
    //! The text of note @p index as read aloud (no label, no markup).
    QString noteText(int index) const;
    //! The passage note @p index belongs to, as the reader sees it (a footnote: the words before its mark).
    QString notePassage(int index) const;
    //! Changes whenever notes() is rebuilt (a new reading, layers, annotations).
    int notesGeneration() const { return m_notesGeneration; }

    //! The selection as a range of the reading's text, if it covers any of it.
    std::optional<SourceRange> selectedSourceRange() const;
    //! Selects @p range (tests, "show this annotation").
    void selectSourceRange(const SourceRange &range);

    /*!
     * Shows the reader's annotation @p annotationId as a link to it does: selects its passage,
     * scrolls so that the passage stands in the middle of the view (and keeps it there while the
     * window is laid out, until the reader scrolls), makes its margin note the current one, and
     * marks the passage with a frame for RevealMarkMilliseconds. The mark is static (no motion to
     * reduce). False when the annotation is not placed in the text.
     */
    bool revealAnnotation(const QString &annotationId);
    //! The passage the reveal mark frames, in document coordinates; empty when no mark shows.
    QRectF revealMarkRect() const;
    static constexpr int RevealMarkMilliseconds = 2000;

    //! The reading position: the source location at the top of the view (invalid: the start).
    TextLocation topLocation() const;
    void scrollToLocation(const TextLocation &location);
    //! Where the reader is: the place given to scrollToLocation() until they move, else the top.
    TextLocation readingPlace() const { return m_pendingPlace.isValid() ? m_pendingPlace : topLocation(); }
    //! Minutes of reading left below the top of the view, at the reader's own pace when there is one.
    int minutesLeft() const;
    /*!
     * Where the reading line is, as an offset into annotatableText(): the text above the top of
     * the view counts as read (the learned pace measures how fast it moves up). 0 at the start.
     */
    int readingLineOffset() const;
    //! Shows @p time in the header ("12 min · about 9 for you") without moving the reader.
    void setReadingTime(const ReadingTime &time);
    const ReadingTime &readingTime() const { return m_time; }
    /*!
     * Whether the last line of the reading's text is on screen (the closing lines of a part,
     * "Tomorrow: …", need not be): the reading has been read to its end.
     */
    bool isEndVisible() const;

    /*!
     * Finds @p text (case-insensitive; soft hyphens, curly quotes and dashes are found by their
     * plain forms), highlights every match and moves to the next one after the cursor (or
     * before it, @p backwards). Returns the number of matches; @p current gets the 1-based
     * index of the one moved to.
     */
    int find(const QString &text, bool backwards, int *current = nullptr);
    void clearFind();

    //! The selected text with its citation: "…" — Author, Work (Year), source.
    QString selectionWithCitation() const;

    //! Opens the note editor for a new note on the selection (shortcut, context menu).
    void beginNoteOnSelection();
    //! Opens the note editor on the reader's existing annotation @p id.
    void beginEditNote(const QString &id);
    //! The open note editor, if any (for tests).
    QPlainTextEdit *noteEditor() const { return m_editor; }

Q_SIGNALS:
    void highlightRequested(const SourceRange &range, const QString &color);
    void noteRequested(const SourceRange &range, const QString &text);
    void noteEditRequested(const QString &annotationId, const QString &text);
    void colorChangeRequested(const QString &annotationId, const QString &color);
    void deleteRequested(const QString &annotationId);
    //! The top of the view moved (scrolling, zoom, a new reading).
    void positionChanged();
    //! The end of the reading's text came on screen in a visible view; once per showReading().
    void endReached();
    //! The keyboard's note changed (focusedNote()).
    void noteFocusChanged(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    //! Copies what the reader sees: without the soft hyphens the typesetter put in.
    QMimeData *createMimeDataFromSelection() const override;

private:
    void rebuild();
    void relayout();
    void placeNotes();
    void updateReaderNotes();
    void updateSelections();
    int noteAtViewportPoint(const QPoint &point) const;
    int annotationAtViewportPoint(const QPoint &point) const;
    void setHighlighted(int index);
    void setNoteFocus(int index);
    bool isNoteBesideView(int index) const;
    void showNotePopup(int index, const QPoint &globalPos);
    qreal pagePadding() const;
    void openEditor(const QString &annotationId, const SourceRange &range, const QString &text);
    void closeEditor(bool commit);
    void placeEditor();
    QRectF editorRect() const;
    void setZoom(qreal zoom);
    void releasePlace();
    //! Emits endReached() the first time the end is visible.
    void checkEnd();
    //! The lines of document positions [@p start, @p end) across the text column, in document coordinates.
    QRectF passageRect(int start, int end) const;
    //! Scrolls the revealed passage to the middle of the view (while m_reveal.centring).
    void centreRevealedPassage();

    struct NoteBox;
    struct Placed
    {
        QString annotationId;
        int start = -1; //!< document positions
        int end = -1;
    };

    Typography m_typography;
    Reading m_reading;
    ReadingTime m_time;
    QDate m_servedOn;
    PartLines m_partLines;
    bool m_hasReading = false;
    AnnotatableText m_text;
    DocumentMap m_map;
    QVector<MarginNote> m_notes; //!< the builder's notes, then the reader's
    int m_builtNotes = 0;        //!< how many of m_notes came from the builder
    std::vector<std::unique_ptr<NoteBox>> m_boxes;
    QVector<Annotation> m_annotations;
    QVector<Placed> m_placed;
    QStringList m_unplaced;
    QVector<QTextEdit::ExtraSelection> m_findSelections;
    QVector<QPair<int, int>> m_findMatches;
    bool m_layerVisible[3] = {true, true, true};
    bool m_marginShown = true;
    qreal m_marginX = 0;
    qreal m_textLeft = 0;
    int m_highlighted = -1;
    int m_noteFocus = -1;
    int m_notesGeneration = 0;
    bool m_inRelayout = false;
    bool m_endReported = false; //!< endReached() was emitted for the reading shown

    TextLocation m_pendingPlace; //!< the place kept through relayouts until the reader scrolls
    struct Reveal
    {
        int start = -1; //!< document positions of the revealed passage
        int end = -1;
        bool centring = false; //!< kept in the middle through relayouts until the reader scrolls
        bool marked = false;   //!< the frame shows (for RevealMarkMilliseconds)
    };
    Reveal m_reveal;
    QTimer *m_revealMarkTimer = nullptr;
    QPointer<QPlainTextEdit> m_editor;
    QString m_editorAnnotationId; //!< empty: a new note on m_editorRange
    SourceRange m_editorRange;
};

} // namespace redletter

Q_DECLARE_METATYPE(redletter::SourceRange)
