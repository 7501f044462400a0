// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "typesetting/marginplacement.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QTextDocumentFragment>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>

#include <QLoggingCategory>

#include <cmath>

namespace redletter {

Q_LOGGING_CATEGORY(lcReader, "redletter.reader", QtWarningMsg)

struct ReaderView::NoteBox
{
    QTextDocument document;
    QRectF rect;   //!< where it is painted, document coordinates
    QRectF anchor; //!< its anchor's line
};

ReaderView::ReaderView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("readerView"));
    setFrameShape(QFrame::NoFrame);
    setReadOnly(true);
    setOpenLinks(false);
    setOpenExternalLinks(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    viewport()->setMouseTracking(true);
    setTypography(Typography());
}

ReaderView::~ReaderView() = default;

void ReaderView::setTypography(const Typography &typography)
{
    m_typography = typography;
    const Theme &theme = typography.theme;
    QPalette p = palette();
    p.setColor(QPalette::Base, theme.paper);
    p.setColor(QPalette::Window, theme.paper);
    p.setColor(QPalette::Text, theme.ink);
    QColor selection = theme.accent;
    selection.setAlpha(70);
    p.setColor(QPalette::Highlight, selection);
    p.setColor(QPalette::HighlightedText, theme.ink);
    setPalette(p);
    viewport()->setAutoFillBackground(true);
    if (m_hasReading)
        rebuild();
}

void ReaderView::showReading(const Reading &reading, const ReadingTime &time, const QDate &servedOn)
{
    m_reading = reading;
    m_time = time;
    m_servedOn = servedOn;
    m_hasReading = true;
    rebuild();
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
}

void ReaderView::showMessage(const QString &title, const QString &text)
{
    m_hasReading = false;
    m_reading = Reading();
    m_notes.clear();
    m_boxes.clear();
    m_highlighted = -1;
    Reading message;
    message.title = title;
    Block block;
    block.text = text;
    message.body.append(block);
    DocumentBuilder(m_typography).build(message, ReadingTime(), document());
    relayout();
}

void ReaderView::rebuild()
{
    const DocumentBuilder builder(m_typography);
    m_notes = builder.build(m_reading, m_time, document(), m_servedOn);
    m_boxes.clear();
    for (const MarginNote &note : qAsConst(m_notes)) {
        auto box = std::make_unique<NoteBox>();
        builder.buildNote(note, &box->document);
        m_boxes.push_back(std::move(box));
    }
    m_highlighted = -1;
    setExtraSelections({});
    relayout();
}

qreal ReaderView::pagePadding() const
{
    return m_typography.textSize() * 1.5;
}

void ReaderView::relayout()
{
    if (m_inRelayout)
        return;
    m_inRelayout = true;
    // The root frame's four margins place the text column in the viewport; they are set
    // explicitly (QTextDocument's documentMargin is the same property, so it is not added on top).
    const qreal pad = pagePadding();
    const qreal width = viewport()->width();
    const qreal available = qMax<qreal>(1, width - 2 * pad);
    const qreal measure = m_typography.measureWidth();
    const qreal margin = m_typography.marginWidth();
    const qreal gutter = m_typography.gutterWidth();

    m_marginShown = available >= measure + gutter + margin;
    const qreal textWidth = qMin(measure, available);
    qreal textLeft = 0;
    if (m_marginShown) {
        // Centre text and margin together, as a book centres its type area on the page.
        textLeft = pad + std::floor((available - (measure + gutter + margin)) / 2);
        m_marginX = textLeft + measure + gutter;
    } else {
        textLeft = pad + std::floor((available - textWidth) / 2);
        m_marginX = 0;
    }
    m_textLeft = textLeft;
    QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    frame.setLeftMargin(textLeft);
    frame.setRightMargin(qMax<qreal>(0, width - textLeft - textWidth));
    frame.setTopMargin(pad);
    frame.setBottomMargin(pad);
    document()->rootFrame()->setFrameFormat(frame);
    placeNotes();
    m_inRelayout = false;
    qCDebug(lcReader) << "viewport" << width << "text" << textLeft << "+" << textWidth << "margin"
                      << (m_marginShown ? m_marginX : -1) << "+" << margin;
}

void ReaderView::placeNotes()
{
    if (!m_marginShown || m_boxes.empty()) {
        for (auto &box : m_boxes)
            box->rect = QRectF();
        viewport()->update();
        return;
    }
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    layout->blockBoundingRect(document()->lastBlock()); // lays out the whole document

    const qreal width = m_typography.marginWidth();
    // Line the first baseline of a note up with the baseline of its anchor's line.
    const qreal baselineShift = QFontMetricsF(m_typography.textFont()).ascent()
        - QFontMetricsF(m_typography.noteFont()).ascent();
    QVector<MarginBox> boxes;
    boxes.reserve(int(m_boxes.size()));
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        NoteBox &box = *m_boxes[i];
        box.document.setTextWidth(width);
        box.anchor = lineRectAt(document(), m_notes[i].anchorStart);
        boxes.append({box.anchor.top() + baselineShift, box.document.size().height()});
    }
    const qreal documentHeight = layout->documentSize().height();
    const qreal spacing = m_typography.textSize() * 0.7;
    const qreal pad = pagePadding();
    const QVector<qreal> ys = placeMarginNotes(boxes, spacing, pad, documentHeight - pad);
    qreal lowest = 0;
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        m_boxes[i]->rect = QRectF(m_marginX, ys[i], width, boxes[i].height);
        lowest = qMax(lowest, m_boxes[i]->rect.bottom());
    }
    // A crowded end of the margin may need more room than the text: let the page grow.
    if (lowest > documentHeight - pad) {
        QTextFrameFormat frame = document()->rootFrame()->frameFormat();
        frame.setBottomMargin(lowest - (documentHeight - pad) + pad);
        document()->rootFrame()->setFrameFormat(frame);
    }
    viewport()->update();
}

QRectF ReaderView::noteRect(int index) const
{
    if (index < 0 || index >= int(m_boxes.size()))
        return {};
    return m_boxes[index]->rect;
}

QRectF ReaderView::anchorRect(int index) const
{
    if (index < 0 || index >= int(m_boxes.size()))
        return {};
    return m_boxes[index]->anchor;
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    relayout();
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (!m_marginShown || m_boxes.empty())
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-scroll);
    const QRectF visible = QRectF(event->rect()).translated(scroll);
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        NoteBox &box = *m_boxes[i];
        if (!box.rect.intersects(visible.adjusted(0, -4, 0, 4)))
            continue;
        if (i == m_highlighted) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_typography.theme.anchorHighlight);
            painter.drawRoundedRect(box.rect.adjusted(-6, -3, 6, 3), 3, 3);
        }
        painter.save();
        painter.translate(box.rect.topLeft());
        box.document.drawContents(&painter);
        painter.restore();
    }
}

int ReaderView::noteAtViewportPoint(const QPoint &point) const
{
    const QPointF documentPoint = QPointF(point)
        + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        if (m_boxes[i]->rect.adjusted(-6, -3, 6, 3).contains(documentPoint))
            return i;
    }
    const int position = document()->documentLayout()->hitTest(documentPoint, Qt::ExactHit);
    if (position < 0)
        return -1;
    for (int i = 0; i < m_notes.size(); ++i) {
        const MarginNote &note = m_notes[i];
        if (position >= note.anchorStart && position < qMax(note.anchorEnd, note.anchorStart + 1))
            return i;
    }
    return -1;
}

void ReaderView::setHighlighted(int index)
{
    if (index == m_highlighted)
        return;
    m_highlighted = index;
    QList<QTextEdit::ExtraSelection> selections;
    if (index >= 0) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(m_notes[index].anchorStart);
        selection.cursor.setPosition(m_notes[index].anchorEnd, QTextCursor::KeepAnchor);
        selection.format.setBackground(m_typography.theme.anchorHighlight);
        selections.append(selection);
    }
    setExtraSelections(selections);
    viewport()->update();
}

void ReaderView::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    setHighlighted(noteAtViewportPoint(event->pos()));
}

void ReaderView::leaveEvent(QEvent *event)
{
    QTextBrowser::leaveEvent(event);
    setHighlighted(-1);
}

QMimeData *ReaderView::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(textCursor().selection().toPlainText().remove(QChar(0x00AD)));
    return data;
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_marginShown) {
        // Folded margin: the note comes to the passage instead.
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = noteAtViewportPoint(help->pos());
        if (index >= 0) {
            const MarginNote &note = m_notes[index];
            const QString label = note.kind == MarginNote::Footnote ? note.label + QLatin1String(". ")
                                                                    : tr("Editor: ");
            QToolTip::showText(help->globalPos(), label + note.text.text, viewport());
            return true;
        }
    }
    return QTextBrowser::viewportEvent(event);
}

} // namespace redletter
