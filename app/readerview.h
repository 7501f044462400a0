// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimating/readingtime.h"
#include "reading/reading.h"
#include "typesetting/documentbuilder.h"
#include "typesetting/typography.h"

#include <QTextBrowser>

#include <memory>
#include <vector>

namespace redletter {

/*!
 * The reading view: the text column at a fixed measure, centred, with the margin column to its
 * right where the editor's notes and the author's footnotes stand beside the lines they belong
 * to. Notes are painted in the same viewport as the text, so they scroll with it; their places
 * come from placeMarginNotes(). On a window too narrow for the margin, the margin folds away and
 * a note shows as a tooltip over its passage.
 */
class ReaderView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setTypography(const Typography &typography);
    const Typography &typography() const { return m_typography; }

    void showReading(const Reading &reading, const ReadingTime &time, const QDate &servedOn);
    //! Shows a short message instead of a reading (empty catalog, an error).
    void showMessage(const QString &title, const QString &text);

    const Reading &reading() const { return m_reading; }
    const QVector<MarginNote> &notes() const { return m_notes; }

    //! Whether the window is wide enough for the margin column.
    bool isMarginShown() const { return m_marginShown; }
    //! Where note @p index is painted, in document coordinates (empty if the margin is folded).
    QRectF noteRect(int index) const;
    //! The line rectangle of note @p index's anchor, in document coordinates.
    QRectF anchorRect(int index) const;
    //! Left edge of the text column, in document coordinates.
    qreal textLeft() const { return m_textLeft; }
    //! The note under the pointer or cursor (-1: none).
    int highlightedNote() const { return m_highlighted; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    //! Copies what the reader sees: without the soft hyphens the typesetter put in.
    QMimeData *createMimeDataFromSelection() const override;

private:
    void rebuild();
    void relayout();
    void placeNotes();
    int noteAtViewportPoint(const QPoint &point) const;
    void setHighlighted(int index);
    qreal pagePadding() const;

    struct NoteBox;
    Typography m_typography;
    Reading m_reading;
    ReadingTime m_time;
    QDate m_servedOn;
    bool m_hasReading = false;
    QVector<MarginNote> m_notes;
    std::vector<std::unique_ptr<NoteBox>> m_boxes;
    bool m_marginShown = true;
    qreal m_marginX = 0;
    qreal m_textLeft = 0;
    int m_highlighted = -1;
    bool m_inRelayout = false;
};

} // namespace redletter
