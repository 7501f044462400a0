// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "readeraccessible.h"

#include "annotations/anchoring.h"
#include "typesetting/citation.h"
#include "typesetting/marginplacement.h"
#include "typesetting/paragraphsetter.h"
#include "util/qtcompat.h"

#include <QAbstractTextDocumentLayout>
#include <QActionGroup>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace redletter {

Q_LOGGING_CATEGORY(lcReader, "redletter.reader", QtWarningMsg)

namespace {

constexpr QChar softHyphen(0x00AD);

int layerIndex(MarginNote::Kind kind)
{
    return int(kind);
}

//! What the reader types for what the typesetter set: ' for ’, " for “ ”, - for – —.
QChar plainForm(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: case 0x2019: case 0x201A: case 0x2039: case 0x203A:
        return QLatin1Char('\'');
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
        return QLatin1Char('"');
    case 0x2013: case 0x2014: case 0x2010: case 0x2011:
        return QLatin1Char('-');
    case 0x00A0: case 0x202F: case 0x2009: case 0x2002: case 0x2003:
    case 0x2028: case 0x2029:
        return QLatin1Char(' ');
    default:
        return c;
    }
}

QString plainForms(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c != softHyphen)
            result.append(plainForm(c));
    }
    return result;
}

} // namespace

struct ReaderView::NoteBox
{
    QTextDocument document;
    QRectF rect;   //!< where it is painted, document coordinates (empty: not shown)
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
    // Dragging the scroll bar or clicking its arrows is the reader moving on.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, &ReaderView::releasePlace);
    setTypography(Typography());
    // What a screen reader says of the view; ReaderViewAccessible adds the margin notes as children.
    installReaderAccessibility();
    m_revealMarkTimer = new QTimer(this);
    m_revealMarkTimer->setSingleShot(true);
    m_revealMarkTimer->setInterval(RevealMarkMilliseconds);
    connect(m_revealMarkTimer, &QTimer::timeout, this, [this] {
        m_reveal.marked = false;
        viewport()->update();
    });
    setAccessibleName(tr("Reading"));
    setAccessibleDescription(tr("The reading, with the margin notes beside it. Alt+Down and Alt+Up move through "
                                "the notes beside the visible text; Enter opens the note, or edits it if it "
                                "is yours."));
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

void ReaderView::showReading(const Reading &reading, const ReadingTime &time, const QDate &servedOn,
                             const PartLines &part)
{
    closeEditor(false);
    m_reveal = Reveal(); // its positions were the last page's
    m_revealMarkTimer->stop();
    m_reading = reading;
    m_time = time;
    m_servedOn = servedOn;
    m_partLines = part;
    m_hasReading = true;
    m_annotations.clear();
    m_findMatches.clear();
    m_findSelections.clear();
    m_pendingPlace = TextLocation();
    // A new reading starts at its top: not at the place of the one before it, and nothing of it
    // has been read while the view moves there.
    m_map = DocumentMap();
    m_endReported = true;
    rebuild();
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
    m_endReported = false;
    Q_EMIT positionChanged();
    // A reading shorter than the window is read once it is laid out and shown.
    QTimer::singleShot(0, this, &ReaderView::checkEnd);
}

void ReaderView::showMessage(const QString &title, const QString &text)
{
    closeEditor(false);
    m_reveal = Reveal(); // its positions were the last page's
    m_revealMarkTimer->stop();
    m_hasReading = false;
    m_reading = Reading();
    m_partLines = PartLines();
    ++m_notesGeneration;
    m_noteFocus = -1;
    m_notes.clear();
    m_builtNotes = 0;
    m_boxes.clear();
    m_annotations.clear();
    m_placed.clear();
    m_unplaced.clear();
    m_text = AnnotatableText();
    m_map = DocumentMap();
    m_highlighted = -1;
    Reading message;
    message.title = title;
    Block block;
    block.text = text;
    message.body.append(block);
    DocumentBuilder(m_typography).build(message, ReadingTime(), document());
    updateSelections();
    relayout();
}

void ReaderView::rebuild()
{
    // Keep the reader's place across a change of zoom, theme or justification.
    const bool keepPlace = !m_boxes.empty() || !m_map.isEmpty();
    const TextLocation top = m_pendingPlace.isValid() ? m_pendingPlace
        : keepPlace                                 ? topLocation()
                                                    : TextLocation();

    const DocumentBuilder builder(m_typography);
    m_map = DocumentMap();
    m_notes = builder.build(m_reading, m_time, document(), m_servedOn, &m_map, m_partLines);
    m_builtNotes = m_notes.size();
    m_text = AnnotatableText(m_reading);
    m_highlighted = -1;
    updateReaderNotes();
    if (top.isValid())
        scrollToLocation(top);
}

void ReaderView::setAnnotations(const QVector<Annotation> &annotations)
{
    m_annotations = annotations;
    if (m_hasReading)
        updateReaderNotes();
}

void ReaderView::updateReaderNotes()
{
    ++m_notesGeneration;
    m_noteFocus = -1;
    m_notes.resize(m_builtNotes);
    m_placed.clear();
    m_unplaced.clear();
    for (const Annotation &annotation : qAsConst(m_annotations)) {
        const AnchorResult found = anchor(m_text.text(), annotation.quote, annotation.position);
        const int start = found.status == AnchorResult::Orphaned
            ? -1
            : m_map.documentPosition(m_text.fromTextOffset(found.start));
        const int end = found.status == AnchorResult::Orphaned
            ? -1
            : m_map.documentPosition(m_text.fromTextOffset(found.end));
        if (start < 0 || end < start) {
            m_unplaced.append(annotation.id);
            continue;
        }
        m_placed.append({annotation.id, start, end});
        if (annotation.note.trimmed().isEmpty())
            continue;
        MarginNote note;
        note.kind = MarginNote::ReaderNote;
        note.annotationId = annotation.id;
        note.anchorStart = start;
        note.anchorEnd = end;
        note.text.text = annotation.note;
        m_notes.append(note);
    }

    const DocumentBuilder builder(m_typography);
    m_boxes.clear();
    for (const MarginNote &note : qAsConst(m_notes)) {
        auto box = std::make_unique<NoteBox>();
        builder.buildNote(note, &box->document, m_reading.language);
        m_boxes.push_back(std::move(box));
    }
    m_highlighted = -1;
    updateSelections();
    relayout();
}

void ReaderView::setLayerVisible(MarginNote::Kind layer, bool visible)
{
    if (m_layerVisible[layerIndex(layer)] == visible)
        return;
    m_layerVisible[layerIndex(layer)] = visible;
    ++m_notesGeneration; // the reachable notes changed
    if (m_noteFocus >= 0 && m_notes[m_noteFocus].kind == layer && !visible)
        m_noteFocus = -1;
    if (layer == MarginNote::EditorialNote) {
        // The underline belongs to the layer: without the notes it would point at nothing.
        m_typography.markEditorialPassages = visible;
        if (m_hasReading) {
            rebuild();
            return;
        }
    }
    updateSelections();
    placeNotes();
}

bool ReaderView::isLayerVisible(MarginNote::Kind layer) const
{
    return m_layerVisible[layerIndex(layer)];
}

void ReaderView::setZoom(qreal zoom)
{
    zoom = qBound(0.6, zoom, 2.5);
    if (qFuzzyCompare(zoom, m_typography.zoom))
        return;
    m_typography.zoom = zoom;
    if (m_hasReading)
        rebuild();
    Q_EMIT positionChanged();
}

void ReaderView::zoomIn()
{
    setZoom(m_typography.zoom * 1.1);
}

void ReaderView::zoomOut()
{
    setZoom(m_typography.zoom / 1.1);
}

void ReaderView::resetZoom()
{
    setZoom(1.0);
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
    // In the layout's units (Qt 5 scales frame margins by the screen's DPI, not the page width:
    // the column would change its width with the window's).
    const qreal scale = compat::frameMarginScale(document()->documentLayout()->paintDevice());
    QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    frame.setLeftMargin(textLeft / scale);
    frame.setRightMargin(qMax<qreal>(0, width - textLeft - textWidth) / scale);
    frame.setTopMargin(pad / scale);
    frame.setBottomMargin(pad / scale);
    document()->rootFrame()->setFrameFormat(frame);
    placeNotes();
    m_inRelayout = false;
    qCDebug(lcReader) << "viewport" << width << "text" << textLeft << "+" << textWidth << "margin"
                      << (m_marginShown ? m_marginX : -1) << "+" << margin;
}

void ReaderView::placeNotes()
{
    // Qt breaks lines greedily as it lays the document out; the paragraphs are set again with
    // Knuth and Plass (the number of lines chosen) before anything looks at where lines are.
    ParagraphSetter::setDocument(document(), ParagraphSetter::ChooseLineCount);
    const auto hideAll = [this] {
        for (auto &box : m_boxes)
            box->rect = QRectF();
    };
    if (!m_marginShown || m_boxes.empty()) {
        hideAll();
        placeEditor();
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
    QVector<int> shown;
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        NoteBox &box = *m_boxes[i];
        box.rect = QRectF();
        box.anchor = lineRectAt(document(), m_notes[i].anchorStart);
        if (!isLayerVisible(m_notes[i].kind))
            continue;
        box.document.setTextWidth(width);
        boxes.append({box.anchor.top() + baselineShift, box.document.size().height()});
        shown.append(i);
    }
    const qreal documentHeight = layout->documentSize().height();
    const qreal spacing = m_typography.textSize() * 0.7;
    const qreal pad = pagePadding();
    const QVector<qreal> ys = placeMarginNotes(boxes, spacing, pad, documentHeight - pad);
    qreal lowest = 0;
    for (int k = 0; k < shown.size(); ++k) {
        NoteBox &box = *m_boxes[shown[k]];
        box.rect = QRectF(m_marginX, ys[k], width, boxes[k].height);
        lowest = qMax(lowest, box.rect.bottom());
    }
    // A crowded end of the margin may need more room than the text: let the page grow.
    if (lowest > documentHeight - pad) {
        QTextFrameFormat frame = document()->rootFrame()->frameFormat();
        frame.setBottomMargin((lowest - (documentHeight - pad) + pad)
                              / compat::frameMarginScale(document()->documentLayout()->paintDevice()));
        document()->rootFrame()->setFrameFormat(frame);
    }
    placeEditor();
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

void ReaderView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (isLayerVisible(MarginNote::ReaderNote)) {
        for (const Placed &placed : qAsConst(m_placed)) {
            const auto annotation = std::find_if(m_annotations.cbegin(), m_annotations.cend(),
                                                 [&](const Annotation &a) { return a.id == placed.annotationId; });
            if (annotation == m_annotations.cend())
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(placed.start);
            selection.cursor.setPosition(placed.end, QTextCursor::KeepAnchor);
            selection.format.setBackground(m_typography.theme.highlight(annotation->color));
            selections.append(selection);
        }
    }
    for (const QTextEdit::ExtraSelection &found : qAsConst(m_findSelections))
        selections.append(found);
    if (m_highlighted >= 0 && m_highlighted < m_notes.size()) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(m_notes[m_highlighted].anchorStart);
        selection.cursor.setPosition(m_notes[m_highlighted].anchorEnd, QTextCursor::KeepAnchor);
        selection.format.setBackground(m_typography.theme.anchorHighlight);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTimer::singleShot(0, this, &ReaderView::checkEnd);
    const TextLocation place = m_pendingPlace.isValid() ? m_pendingPlace : topLocation();
    QTextBrowser::resizeEvent(event);
    relayout();
    // The reader stays on the same words while the lines reflow. Qt 5 updates the scroll range
    // only after this event, so the place is taken again once the event loop has run.
    if (place.isValid()) {
        scrollToLocation(place);
        QTimer::singleShot(0, this, [this] {
            if (m_pendingPlace.isValid())
                scrollToLocation(m_pendingPlace);
        });
    }
    if (m_reveal.centring) {
        centreRevealedPassage();
        QTimer::singleShot(0, this, &ReaderView::centreRevealedPassage);
    }
}

void ReaderView::releasePlace()
{
    m_pendingPlace = TextLocation();
    m_reveal.centring = false;
}

bool ReaderView::isEndVisible() const
{
    if (!m_hasReading || m_text.text().isEmpty())
        return false;
    const int viewTop = verticalScrollBar()->value();
    if (viewTop >= verticalScrollBar()->maximum())
        return true; // nothing left below
    int position = -1;
    // The last character that stands in the text column (a footnote's text stands in the margin).
    const int last = m_text.text().size() - 1;
    for (int offset = last; offset >= 0 && offset > last - 2000 && position < 0; --offset)
        position = m_map.documentPosition(m_text.fromTextOffset(offset));
    if (position < 0)
        return false;
    const QRectF line = lineRectAt(document(), position);
    return line.bottom() <= viewTop + viewport()->height();
}

void ReaderView::checkEnd()
{
    // Hidden or minimized, nothing is read; an empty viewport has not been laid out yet.
    if (m_endReported || !isVisible() || window()->isMinimized() || viewport()->height() < 50 || !isEndVisible())
        return;
    m_endReported = true;
    Q_EMIT endReached();
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (m_reveal.marked) {
        // The passage a link opened: framed in the accent for a moment, so the eye finds it.
        QPainter mark(viewport());
        mark.setRenderHint(QPainter::Antialiasing);
        mark.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
        QColor fill = m_typography.theme.accent;
        fill.setAlphaF(0.08);
        mark.setPen(QPen(m_typography.theme.accent, 2));
        mark.setBrush(fill);
        mark.drawRoundedRect(revealMarkRect(), 4, 4);
    }
    if (!m_marginShown || m_boxes.empty())
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-scroll);
    const QRectF visible = QRectF(event->rect()).translated(scroll);
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        NoteBox &box = *m_boxes[i];
        if (box.rect.isEmpty() || !box.rect.intersects(visible.adjusted(0, -4, 0, 4)))
            continue;
        if (i == m_highlighted) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_typography.theme.anchorHighlight);
            painter.drawRoundedRect(box.rect.adjusted(-6, -3, 6, 3), 3, 3);
        }
        if (i == m_noteFocus && hasFocus()) {
            // The keyboard's note: a focus ring in the accent, as a focused control has.
            painter.setPen(QPen(m_typography.theme.accent, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.rect.adjusted(-7, -4, 7, 4), 3, 3);
        }
        if (m_notes[i].kind == MarginNote::ReaderNote) {
            // The reader's own notes carry the colour of their highlight on a thin rule.
            const auto annotation = std::find_if(m_annotations.cbegin(), m_annotations.cend(), [&](const Annotation &a) {
                return a.id == m_notes[i].annotationId;
            });
            QColor rule = m_typography.theme.highlight(annotation != m_annotations.cend() ? annotation->color
                                                                                          : QString());
            rule.setAlpha(255);
            painter.fillRect(QRectF(box.rect.left() - 8, box.rect.top() + 2, 2.5, box.rect.height() - 4), rule);
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
        if (!m_boxes[i]->rect.isEmpty() && m_boxes[i]->rect.adjusted(-6, -3, 6, 3).contains(documentPoint))
            return i;
    }
    const int position = document()->documentLayout()->hitTest(documentPoint, Qt::ExactHit);
    if (position < 0)
        return -1;
    for (int i = 0; i < m_notes.size(); ++i) {
        const MarginNote &note = m_notes[i];
        if (!isLayerVisible(note.kind))
            continue;
        if (position >= note.anchorStart && position < qMax(note.anchorEnd, note.anchorStart + 1))
            return i;
    }
    return -1;
}

int ReaderView::annotationAtViewportPoint(const QPoint &point) const
{
    const int note = noteAtViewportPoint(point);
    if (note >= 0 && m_notes[note].kind == MarginNote::ReaderNote) {
        for (int i = 0; i < m_annotations.size(); ++i) {
            if (m_annotations[i].id == m_notes[note].annotationId)
                return i;
        }
    }
    const QPointF documentPoint = QPointF(point)
        + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int position = document()->documentLayout()->hitTest(documentPoint, Qt::ExactHit);
    if (position < 0)
        return -1;
    for (const Placed &placed : m_placed) {
        if (position >= placed.start && position < placed.end) {
            for (int i = 0; i < m_annotations.size(); ++i) {
                if (m_annotations[i].id == placed.annotationId)
                    return i;
            }
        }
    }
    return -1;
}

void ReaderView::setHighlighted(int index)
{
    if (index == m_highlighted)
        return;
    m_highlighted = index;
    updateSelections();
    viewport()->update();
}

void ReaderView::wheelEvent(QWheelEvent *event)
{
    releasePlace();
    QTextBrowser::wheelEvent(event);
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    releasePlace();
    QTextBrowser::mousePressEvent(event);
}

void ReaderView::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    setHighlighted(noteAtViewportPoint(event->pos()));
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int index = noteAtViewportPoint(event->pos());
    if (index < 0)
        return;
    const MarginNote &note = m_notes[index];
    const bool onNoteBox = !m_boxes[index]->rect.isEmpty()
        && m_boxes[index]->rect.contains(QPointF(event->pos())
                                         + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value()));
    if (note.kind == MarginNote::ReaderNote && onNoteBox)
        beginEditNote(note.annotationId); // edit in place
    else if (!m_marginShown)
        showNotePopup(index, compat::globalPoint(event));
}

void ReaderView::leaveEvent(QEvent *event)
{
    QTextBrowser::leaveEvent(event);
    setHighlighted(-1);
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::AltModifier && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        focusNextNote(event->key() == Qt::Key_Up);
        return;
    }
    if (m_noteFocus >= 0 && modifiers == Qt::NoModifier
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        activateNote(m_noteFocus);
        return;
    }
    if (m_noteFocus >= 0 && modifiers == Qt::NoModifier && event->key() == Qt::Key_Escape) {
        setNoteFocus(-1);
        return;
    }
    releasePlace();
    // A reader pages with the space bar, as in a browser.
    if (event->key() == Qt::Key_Space && (event->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier) {
        verticalScrollBar()->triggerAction(event->modifiers() & Qt::ShiftModifier
                                               ? QAbstractSlider::SliderPageStepSub
                                               : QAbstractSlider::SliderPageStepAdd);
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

// ---- The margin from the keyboard ---------------------------------------------------------------

QVector<int> ReaderView::reachableNotes() const
{
    QVector<int> order;
    for (int i = 0; i < m_notes.size(); ++i) {
        if (isLayerVisible(m_notes[i].kind))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_notes[a].anchorStart < m_notes[b].anchorStart; });
    return order;
}

bool ReaderView::isNoteBesideView(int index) const
{
    const qreal top = verticalScrollBar()->value();
    const qreal bottom = top + viewport()->height();
    const QRectF line = lineRectAt(document(), m_notes[index].anchorStart);
    const QRectF box = noteRect(index);
    return (line.bottom() > top && line.top() < bottom) || (!box.isEmpty() && box.bottom() > top && box.top() < bottom);
}

bool ReaderView::focusNextNote(bool backwards)
{
    const QVector<int> order = reachableNotes();
    if (order.isEmpty())
        return false;
    const int count = int(order.size());
    int next = -1;
    const int at = int(order.indexOf(m_noteFocus));
    if (at >= 0 && isNoteBesideView(m_noteFocus)) {
        next = (at + (backwards ? -1 : 1) + count) % count; // past the last note: the first again
    } else {
        // Start beside the visible text: its first note (backwards: its last), else the next one on.
        const qreal top = verticalScrollBar()->value();
        const qreal bottom = top + viewport()->height();
        if (!backwards) {
            for (int k = 0; k < count && next < 0; ++k) {
                if (lineRectAt(document(), m_notes[order[k]].anchorStart).bottom() > top)
                    next = k;
            }
            if (next < 0)
                next = 0;
        } else {
            for (int k = count - 1; k >= 0 && next < 0; --k) {
                if (lineRectAt(document(), m_notes[order[k]].anchorStart).top() < bottom)
                    next = k;
            }
            if (next < 0)
                next = count - 1;
        }
    }
    releasePlace();
    setNoteFocus(order[next]);
    return true;
}

void ReaderView::setNoteFocus(int index)
{
    m_noteFocus = index;
    if (index >= 0) {
        // Bring the passage into view, a third down from the top, unless it is already there.
        const QRectF line = lineRectAt(document(), m_notes[index].anchorStart);
        const QRectF box = noteRect(index);
        const qreal top = verticalScrollBar()->value();
        const qreal height = viewport()->height();
        const qreal wantTop = box.isEmpty() ? line.top() : qMin(line.top(), box.top());
        const qreal wantBottom = box.isEmpty() ? line.bottom() : qMax(line.bottom(), box.bottom());
        if (wantTop < top || wantBottom > top + height)
            verticalScrollBar()->setValue(qRound(wantTop - height / 3));
        setHighlighted(index);
        if (!m_marginShown && isVisible())
            showNotePopup(index, viewport()->mapToGlobal(
                                     QPoint(qRound(line.left() - horizontalScrollBar()->value()),
                                            qRound(line.bottom() - verticalScrollBar()->value()))));
    } else {
        setHighlighted(-1);
    }
    viewport()->update();
    Q_EMIT noteFocusChanged(index);
    notifyNoteFocus(this, index);
}

void ReaderView::activateNote(int index)
{
    if (index < 0 || index >= m_notes.size())
        return;
    const MarginNote &note = m_notes[index];
    if (note.kind == MarginNote::ReaderNote) {
        beginEditNote(note.annotationId);
        return;
    }
    const QRectF box = noteRect(index);
    const QRectF at = box.isEmpty() ? lineRectAt(document(), note.anchorStart) : box;
    showNotePopup(index, viewport()->mapToGlobal(QPoint(qRound(at.left() - horizontalScrollBar()->value()),
                                                        qRound(at.bottom() - verticalScrollBar()->value()))));
}

QString ReaderView::noteText(int index) const
{
    if (index < 0 || index >= m_notes.size())
        return {};
    return m_notes[index].text.text.simplified();
}

QString ReaderView::notePassage(int index) const
{
    if (index < 0 || index >= m_notes.size())
        return {};
    const MarginNote &note = m_notes[index];
    QTextCursor cursor(document());
    const QTextBlock block = document()->findBlock(note.anchorStart);
    int from = note.anchorStart;
    const bool mark = note.kind == MarginNote::Footnote; // its anchor is the reference mark
    if (mark)
        from = qMax(block.position(), note.anchorStart - 120);
    cursor.setPosition(from);
    cursor.setPosition(qMin(note.anchorEnd, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    QString passage = cursor.selectedText().remove(softHyphen);
    passage.replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    if (mark && from > block.position()) {
        const int space = int(passage.indexOf(QLatin1Char(' ')));
        if (space >= 0)
            passage = QChar(0x2026) + passage.mid(space + 1); // from a word's start
    }
    if (mark && note.anchorEnd > note.anchorStart)
        passage.chop(note.anchorEnd - note.anchorStart); // the mark is not part of the words
    return passage.simplified();
}

void ReaderView::showNotePopup(int index, const QPoint &globalPos)
{
    const MarginNote &note = m_notes[index];
    QString label;
    switch (note.kind) {
    case MarginNote::Footnote:
        label = note.label + QLatin1String(". ");
        break;
    case MarginNote::EditorialNote:
        label = tr("Editor: ");
        break;
    case MarginNote::ReaderNote:
        label = tr("Note: ");
        break;
    }
    QToolTip::showText(globalPos, label + note.text.text, viewport(), QRect(), 15000);
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_marginShown) {
        // Folded margin: the note comes to the passage instead.
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = noteAtViewportPoint(help->pos());
        if (index >= 0) {
            showNotePopup(index, help->globalPos());
            return true;
        }
    }
    return QTextBrowser::viewportEvent(event);
}

void ReaderView::scrollContentsBy(int dx, int dy)
{
    QTextBrowser::scrollContentsBy(dx, dy);
    placeEditor();
    Q_EMIT positionChanged();
    checkEnd();
}

void ReaderView::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    QTimer::singleShot(0, this, &ReaderView::checkEnd);
}

QMimeData *ReaderView::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(textCursor().selection().toPlainText().remove(softHyphen));
    return data;
}

// ---- Selection, position, find -----------------------------------------------------------------

std::optional<SourceRange> ReaderView::selectedSourceRange() const
{
    const QTextCursor cursor = textCursor();
    if (!m_hasReading || !cursor.hasSelection())
        return std::nullopt;
    int startPosition = cursor.selectionStart();
    int endPosition = cursor.selectionEnd();
    // Step inwards past what is not the reading's text (header, labels) at either end.
    TextLocation start = m_map.location(startPosition);
    while (!start.isValid() && startPosition < endPosition)
        start = m_map.location(++startPosition);
    TextLocation end = m_map.location(endPosition);
    while (!end.isValid() && endPosition > startPosition)
        end = m_map.location(--endPosition);
    if (!start.isValid() || !end.isValid())
        return std::nullopt;
    SourceRange range{m_text.toTextOffset(start), m_text.toTextOffset(end)};
    if (range.start < 0 || range.end <= range.start)
        return std::nullopt;
    return range;
}

void ReaderView::selectSourceRange(const SourceRange &range)
{
    const int start = m_map.documentPosition(m_text.fromTextOffset(range.start));
    const int end = m_map.documentPosition(m_text.fromTextOffset(range.end));
    if (start < 0 || end < 0)
        return;
    releasePlace();
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

bool ReaderView::revealAnnotation(const QString &annotationId)
{
    const auto placed = std::find_if(m_placed.cbegin(), m_placed.cend(),
                                     [&](const Placed &p) { return p.annotationId == annotationId; });
    if (placed == m_placed.cend())
        return false;
    releasePlace();
    QTextCursor cursor(document());
    cursor.setPosition(placed->start);
    cursor.setPosition(placed->end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    // Its margin note (a highlight without a note has none) is the current one, as the
    // keyboard's note is: highlighted beside the passage, or opened over it with the margin folded.
    for (int i = m_builtNotes; i < m_notes.size(); ++i) {
        if (m_notes[i].annotationId == annotationId) {
            setNoteFocus(i);
            break;
        }
    }
    m_reveal = Reveal{placed->start, placed->end, true, true};
    centreRevealedPassage();
    // A window shown or laid out after this settles its scroll range later (Qt 5 especially).
    QTimer::singleShot(0, this, &ReaderView::centreRevealedPassage);
    m_revealMarkTimer->start();
    viewport()->update();
    return true;
}

QRectF ReaderView::revealMarkRect() const
{
    if (!m_reveal.marked || m_reveal.start < 0)
        return QRectF();
    return passageRect(m_reveal.start, m_reveal.end).adjusted(-6, -3, 6, 3);
}

QRectF ReaderView::passageRect(int start, int end) const
{
    const QRectF first = lineRectAt(document(), start);
    const QRectF last = lineRectAt(document(), qMax(start, end - 1));
    const qreal right = viewport()->width() - document()->rootFrame()->frameFormat().rightMargin();
    return QRectF(QPointF(m_textLeft, first.top()), QPointF(qMax(m_textLeft, right), last.bottom()));
}

void ReaderView::centreRevealedPassage()
{
    if (!m_reveal.centring || m_reveal.start < 0)
        return;
    const QRectF passage = passageRect(m_reveal.start, m_reveal.end);
    // A passage taller than the view starts at its top.
    const qreal height = viewport()->height();
    const qreal top = passage.height() > height ? passage.top() : passage.center().y() - height / 2;
    verticalScrollBar()->setValue(qRound(top));
}

TextLocation ReaderView::topLocation() const
{
    // At the very top the place is "the start", header and all.
    if (m_map.isEmpty() || verticalScrollBar()->value() == 0)
        return {};
    const QPointF top(m_textLeft + 1, verticalScrollBar()->value() + pagePadding() * 0.5);
    int position = document()->documentLayout()->hitTest(top, Qt::FuzzyHit);
    if (position < 0)
        return {};
    // The first line of the page, or the first text below the header.
    const int last = document()->characterCount();
    TextLocation location = m_map.location(position);
    while (!location.isValid() && position < last)
        location = m_map.location(++position);
    return location;
}

void ReaderView::scrollToLocation(const TextLocation &location)
{
    // Until the reader scrolls, the place holds through relayouts (the first show, a resize).
    m_pendingPlace = location;
    const int position = m_map.documentPosition(location);

    if (position < 0) {
        verticalScrollBar()->setValue(0);
        return;
    }
    const QRectF line = lineRectAt(document(), position);
    // The text cursor goes along: QTextEdit scrolls to it when first shown.
    if (!textCursor().hasSelection()) {
        QTextCursor cursor(document());
        cursor.setPosition(position);
        setTextCursor(cursor);
    }
    verticalScrollBar()->setValue(qMax(0, qRound(line.top() - pagePadding() * 0.5)));
}

int ReaderView::readingLineOffset() const
{
    if (!m_hasReading || m_text.text().isEmpty())
        return 0;
    const TextLocation top = topLocation();
    const bool atTheStart = verticalScrollBar()->value() == 0 || !top.isValid();
    return atTheStart ? 0 : qMax(0, m_text.toTextOffset(top));
}

void ReaderView::setReadingTime(const ReadingTime &time)
{
    m_time = time;
    if (m_hasReading)
        rebuild();
}

int ReaderView::minutesLeft() const
{
    if (!m_hasReading || m_text.text().isEmpty())
        return 0;
    const double left = 1.0 - double(readingLineOffset()) / m_text.text().size();
    if (verticalScrollBar()->value() >= verticalScrollBar()->maximum() && verticalScrollBar()->maximum() > 0)
        return 0;
    const int minutes = m_time.personalMinutes > 0 ? m_time.personalMinutes : m_time.minutes;
    return qMax(0, int(std::ceil(minutes * left - 1e-9)));
}

int ReaderView::find(const QString &text, bool backwards, int *current)
{
    m_findMatches.clear();
    m_findSelections.clear();
    if (current)
        *current = 0;
    const QString needle = plainForms(text);
    if (needle.trimmed().isEmpty()) {
        updateSelections();
        return 0;
    }
    // Search what the reader sees, in plain forms, and map back to document positions.
    const QString raw = document()->toRawText();
    QString haystack;
    QVector<int> positions;
    haystack.reserve(raw.size());
    positions.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == softHyphen)
            continue;
        haystack.append(plainForm(raw.at(i)));
        positions.append(i);
    }
    for (int from = 0;;) {
        const int at = haystack.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        m_findMatches.append({positions[at], positions[at + needle.size() - 1] + 1});
        from = at + 1;
    }
    QColor found = m_typography.theme.accent;
    found.setAlpha(45);
    for (const auto &match : qAsConst(m_findMatches)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(match.first);
        selection.cursor.setPosition(match.second, QTextCursor::KeepAnchor);
        selection.format.setBackground(found);
        m_findSelections.append(selection);
    }
    updateSelections();
    if (m_findMatches.isEmpty())
        return 0;

    // The next match after the cursor (or before it), wrapping around.
    const QTextCursor cursor = textCursor();
    int index = -1;
    if (backwards) {
        for (int i = m_findMatches.size() - 1; i >= 0; --i) {
            if (m_findMatches[i].second < cursor.selectionEnd() && m_findMatches[i].first < cursor.selectionStart()) {
                index = i;
                break;
            }
        }
        if (index < 0)
            index = m_findMatches.size() - 1;
    } else {
        const int after = cursor.hasSelection() ? cursor.selectionStart() + 1 : cursor.position();
        for (int i = 0; i < m_findMatches.size(); ++i) {
            if (m_findMatches[i].first >= after) {
                index = i;
                break;
            }
        }
        if (index < 0)
            index = 0;
    }
    releasePlace();
    QTextCursor select(document());
    select.setPosition(m_findMatches[index].first);
    select.setPosition(m_findMatches[index].second, QTextCursor::KeepAnchor);
    setTextCursor(select);
    ensureCursorVisible();
    if (current)
        *current = index + 1;
    return m_findMatches.size();
}

void ReaderView::clearFind()
{
    m_findMatches.clear();
    m_findSelections.clear();
    updateSelections();
}

QString ReaderView::selectionWithCitation() const
{
    const QString selected = textCursor().selection().toPlainText().remove(softHyphen).trimmed();
    if (selected.isEmpty())
        return {};
    // As the PDF and the Markdown export cite: one Citation, its title in the reading's quotes.
    return Citation::of(m_reading, m_servedOn).quoting(selected);
}

// ---- The reader's notes, edited in place ---------------------------------------------------------

void ReaderView::beginNoteOnSelection()
{
    const std::optional<SourceRange> range = selectedSourceRange();
    if (!range)
        return;
    openEditor(QString(), *range, QString());
}

void ReaderView::beginEditNote(const QString &id)
{
    for (const Annotation &annotation : qAsConst(m_annotations)) {
        if (annotation.id != id)
            continue;
        for (const Placed &placed : qAsConst(m_placed)) {
            if (placed.annotationId == id) {
                openEditor(id, SourceRange{}, annotation.note);
                return;
            }
        }
    }
}

void ReaderView::openEditor(const QString &annotationId, const SourceRange &range, const QString &text)
{
    closeEditor(false);
    m_editorAnnotationId = annotationId;
    m_editorRange = range;
    auto *editor = new QPlainTextEdit(viewport());
    editor->setObjectName(QStringLiteral("noteEditor"));
    editor->setPlainText(text);
    editor->setFont(m_typography.noteFont());
    editor->setPlaceholderText(tr("Your note — Ctrl+Enter keeps it, Esc cancels"));
    editor->setAccessibleName(annotationId.isEmpty() ? tr("New note") : tr("Edit note"));
    editor->setAccessibleDescription(tr("Your note in the margin. Ctrl+Enter keeps it, Esc cancels."));
    editor->setTabChangesFocus(true);
    QPalette p = editor->palette();
    p.setColor(QPalette::Base, m_typography.theme.editorPaper);
    p.setColor(QPalette::Text, m_typography.theme.editorInk);
    editor->setPalette(p);
    editor->installEventFilter(this);
    m_editor = editor;
    placeEditor();
    editor->show();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
}

QRectF ReaderView::editorRect() const
{
    int start = -1;
    int end = -1;
    if (m_editorAnnotationId.isEmpty()) {
        start = m_map.documentPosition(m_text.fromTextOffset(m_editorRange.start));
        end = m_map.documentPosition(m_text.fromTextOffset(m_editorRange.end));
    } else {
        for (const Placed &placed : m_placed) {
            if (placed.annotationId == m_editorAnnotationId) {
                start = placed.start;
                end = placed.end;
            }
        }
    }
    if (start < 0)
        return {};
    const qreal height = QFontMetricsF(m_typography.noteFont()).lineSpacing() * 6 + 12;
    if (m_marginShown) {
        const QRectF line = lineRectAt(document(), start);
        return QRectF(m_marginX - 4, line.top(), m_typography.marginWidth() + 8, height);
    }
    // Folded margin: under the passage, across the text column.
    const QRectF line = lineRectAt(document(), qMax(start, end));
    return QRectF(m_textLeft, line.bottom() + 4, m_typography.measureWidth(), height);
}

void ReaderView::placeEditor()
{
    if (!m_editor)
        return;
    const QRectF rect = editorRect();
    if (rect.isEmpty()) {
        m_editor->hide();
        return;
    }
    m_editor->setGeometry(rect.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value())
                              .toAlignedRect());
}

void ReaderView::closeEditor(bool commit)
{
    if (!m_editor)
        return;
    QPlainTextEdit *editor = m_editor;
    m_editor = nullptr; // first: closing moves focus, which must not commit a second time
    const QString text = editor->toPlainText().trimmed();
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    setFocus();
    if (!commit)
        return;
    if (m_editorAnnotationId.isEmpty()) {
        if (!text.isEmpty())
            Q_EMIT noteRequested(m_editorRange, text);
        return;
    }
    for (const Annotation &annotation : qAsConst(m_annotations)) {
        if (annotation.id == m_editorAnnotationId && annotation.note != text)
            Q_EMIT noteEditRequested(m_editorAnnotationId, text);
    }
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape) {
                closeEditor(false);
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && (key->modifiers() & Qt::ControlModifier)) {
                closeEditor(true);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            // Clicking elsewhere keeps what was written, as paper would.
            closeEditor(true);
        }
    }
    return QTextBrowser::eventFilter(watched, event);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    const std::optional<SourceRange> range = selectedSourceRange();
    const int annotationIndex = annotationAtViewportPoint(event->pos());
    if (range || annotationIndex >= 0)
        menu->addSeparator();

    static const QStringList colours = annotationColors();
    const auto colourName = [](const QString &colour) {
        if (colour == QLatin1String("green"))
            return tr("Green");
        if (colour == QLatin1String("blue"))
            return tr("Blue");
        if (colour == QLatin1String("pink"))
            return tr("Pink");
        return tr("Yellow");
    };
    if (range) {
        QMenu *highlight = menu->addMenu(tr("&Highlight"));
        for (const QString &colour : colours) {
            highlight->addAction(colourName(colour), this, [this, range, colour] {
                Q_EMIT highlightRequested(*range, colour);
            });
        }
        QAction *note = menu->addAction(tr("Add &Note…"), this, [this] { beginNoteOnSelection(); });
        note->setShortcut(Qt::CTRL | Qt::Key_M);
        menu->addAction(tr("Copy with &Citation"), this, [this] {
            auto *data = new QMimeData;
            data->setText(selectionWithCitation());
            QGuiApplication::clipboard()->setMimeData(data);
        });
    }
    if (annotationIndex >= 0) {
        const Annotation annotation = m_annotations[annotationIndex];
        menu->addAction(annotation.note.isEmpty() ? tr("Add Note to Highlight…") : tr("&Edit Note…"), this,
                        [this, id = annotation.id] { beginEditNote(id); });
        QMenu *colour = menu->addMenu(tr("Highlight &Colour"));
        auto *group = new QActionGroup(colour);
        for (const QString &name : colours) {
            QAction *action = colour->addAction(colourName(name), this, [this, id = annotation.id, name] {
                Q_EMIT colorChangeRequested(id, name);
            });
            action->setCheckable(true);
            action->setChecked(name == annotation.color);
            group->addAction(action);
        }
        menu->addAction(annotation.note.isEmpty() ? tr("&Delete Highlight") : tr("&Delete Highlight and Note"),
                        this, [this, id = annotation.id] { Q_EMIT deleteRequested(id); });
    }
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace redletter
