// SPDX-License-Identifier: GPL-3.0-or-later
#include "readeraccessible.h"

#include "readerview.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessibleWidget>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QWindow>

namespace redletter {

namespace {

//! From the view's document coordinates to the screen's.
QRect toScreen(const ReaderView *view, const QRectF &documentRect)
{
    const QPoint scroll(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value());
    const QRect inViewport = documentRect.toAlignedRect().translated(-scroll);
    return QRect(view->viewport()->mapToGlobal(inViewport.topLeft()), inViewport.size());
}

/*!
 * One margin note. It has no QObject of its own, so the reader's interface registers it with
 * QAccessible (an id) and deletes it when the notes are rebuilt; until then it stays valid only
 * while the view's notes are the ones it was made for.
 */
class MarginNoteAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    MarginNoteAccessible(ReaderView *view, int generation, int noteIndex)
        : m_view(view), m_generation(generation), m_note(noteIndex)
    {
    }

    bool isValid() const override
    {
        return m_view && m_view->notesGeneration() == m_generation && m_note < m_view->notes().size();
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_view ? m_view->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return m_view->noteText(m_note);
        case QAccessible::Description:
            return m_view->notePassage(m_note);
        case QAccessible::Help:
            return kindName();
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRectF box = m_view->noteRect(m_note);
        // With the margin folded the note opens over its passage: its place is the passage's line.
        return toScreen(m_view, box.isEmpty() ? lineRectAt(m_view->document(), m_view->notes()[m_note].anchorStart)
                                              : box);
    }
    QAccessible::Role role() const override { return QAccessible::Note; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.focusable = true;
        state.readOnly = true;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state.focused = m_view->hasFocus() && m_view->focusedNote() == m_note;
        state.active = m_view->focusedNote() == m_note;
        const QRect visible(m_view->viewport()->mapToGlobal(QPoint(0, 0)), m_view->viewport()->size());
        state.offscreen = !visible.intersects(rect());
        state.invisible = !m_view->isVisible();
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    void doAction(const QString &name) override
    {
        if (!isValid())
            return;
        if (name == pressAction()) {
            m_view->activateNote(m_note);
        } else if (name == setFocusAction()) {
            m_view->setFocus(Qt::OtherFocusReason);
            // Walk to it the way the keyboard does, so it is highlighted and scrolled to.
            for (int guard = 0; guard <= m_view->notes().size() && m_view->focusedNote() != m_note; ++guard)
                m_view->focusNextNote();
        }
    }
    QStringList keyBindingsForAction(const QString &name) const override
    {
        if (name == pressAction())
            return {QStringLiteral("Return")};
        return {};
    }

private:
    QString kindName() const
    {
        const MarginNote &note = m_view->notes()[m_note];
        switch (note.kind) {
        case MarginNote::EditorialNote:
            return ReaderView::tr("Editor's note");
        case MarginNote::Footnote:
            return ReaderView::tr("Footnote %1").arg(note.label);
        case MarginNote::ReaderNote:
            break;
        }
        return ReaderView::tr("My note");
    }

    QPointer<ReaderView> m_view;
    int m_generation;
    int m_note;
};

/*!
 * The reader view for assistive technology: a read-only document with its text, and its margin
 * notes as children after its own widgets (viewport, scroll bars).
 */
class ReaderViewAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit ReaderViewAccessible(ReaderView *view) : QAccessibleWidget(view, QAccessible::Document) {}

    ~ReaderViewAccessible() override { dropNotes(); }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name) {
            // The reading's title says more than "Reading" when there is one.
            const QString title = view()->hasReading() ? view()->reading().title : QString();
            return title.isEmpty() ? view()->accessibleName() : view()->accessibleName() + QStringLiteral(": ") + title;
        }
        return QAccessibleWidget::text(t);
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.readOnly = true;
        state.multiLine = true;
        state.selectableText = true;
        state.focusable = true;
        return state;
    }

    int childCount() const override { return QAccessibleWidget::childCount() + int(notes().size()); }

    QAccessibleInterface *child(int index) const override
    {
        const int widgets = QAccessibleWidget::childCount();
        if (index < widgets)
            return QAccessibleWidget::child(index);
        const QVector<int> &order = notes();
        const int k = index - widgets;
        if (k < 0 || k >= order.size())
            return nullptr;
        if (!m_ids[k]) {
            auto *note = new MarginNoteAccessible(view(), m_generation, order[k]);
            m_ids[k] = QAccessible::registerAccessibleInterface(note);
        }
        return QAccessible::accessibleInterface(m_ids[k]);
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (!child)
            return -1;
        if (child->object())
            return QAccessibleWidget::indexOfChild(child);
        const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
        notes();
        const int k = int(m_ids.indexOf(id));
        return k < 0 ? -1 : QAccessibleWidget::childCount() + k;
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QVector<int> &order = notes();
        for (int k = 0; k < order.size(); ++k) {
            const QRectF box = view()->noteRect(order[k]);
            if (!box.isEmpty() && toScreen(view(), box).contains(x, y))
                return child(QAccessibleWidget::childCount() + k);
        }
        return QAccessibleWidget::childAt(x, y);
    }

    //! The child index of note @p noteIndex (-1: not reachable).
    int childIndexOfNote(int noteIndex) const
    {
        const int k = int(notes().indexOf(noteIndex));
        return k < 0 ? -1 : QAccessibleWidget::childCount() + k;
    }

    // ---- QAccessibleTextInterface: the document's text -----------------------------------------
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override
    {
        *startOffset = *endOffset = 0;
        const QTextCursor cursor = view()->textCursor();
        if (selectionIndex == 0 && cursor.hasSelection()) {
            *startOffset = cursor.selectionStart();
            *endOffset = cursor.selectionEnd();
        }
    }
    int selectionCount() const override { return view()->textCursor().hasSelection() ? 1 : 0; }
    void addSelection(int startOffset, int endOffset) override { setSelection(0, startOffset, endOffset); }
    void removeSelection(int selectionIndex) override
    {
        if (selectionIndex != 0)
            return;
        QTextCursor cursor = view()->textCursor();
        cursor.clearSelection();
        view()->setTextCursor(cursor);
    }
    void setSelection(int selectionIndex, int startOffset, int endOffset) override
    {
        if (selectionIndex != 0)
            return;
        QTextCursor cursor(view()->document());
        cursor.setPosition(clamp(startOffset));
        cursor.setPosition(clamp(endOffset), QTextCursor::KeepAnchor);
        view()->setTextCursor(cursor);
    }
    int cursorPosition() const override { return view()->textCursor().position(); }
    void setCursorPosition(int position) override
    {
        QTextCursor cursor = view()->textCursor();
        cursor.setPosition(clamp(position));
        view()->setTextCursor(cursor);
    }
    QString text(int startOffset, int endOffset) const override
    {
        QTextCursor cursor(view()->document());
        cursor.setPosition(clamp(startOffset));
        cursor.setPosition(clamp(endOffset), QTextCursor::KeepAnchor);
        QString text = cursor.selectedText();
        text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        text.replace(QChar::LineSeparator, QLatin1Char('\n'));
        return text;
    }
    int characterCount() const override { return qMax(0, view()->document()->characterCount() - 1); }
    QRect characterRect(int offset) const override
    {
        QTextDocument *document = view()->document();
        const QTextBlock block = document->findBlock(clamp(offset));
        const QTextLayout *layout = block.layout();
        if (!block.isValid() || !layout)
            return {};
        const int inBlock = clamp(offset) - block.position();
        const QTextLine line = layout->lineForTextPosition(inBlock);
        if (!line.isValid())
            return {};
        const QRectF blockRect = document->documentLayout()->blockBoundingRect(block);
        const qreal x = line.cursorToX(inBlock);
        const qreal next = inBlock < block.length() - 1 ? line.cursorToX(inBlock + 1) : x + 1;
        const QRectF rect(blockRect.left() + qMin(x, next), blockRect.top() + line.y(), qAbs(next - x), line.height());
        return toScreen(view(), rect);
    }
    int offsetAtPoint(const QPoint &point) const override
    {
        const QPoint local = view()->viewport()->mapFromGlobal(point);
        if (!view()->viewport()->rect().contains(local))
            return -1;
        return view()->cursorForPosition(local).position();
    }
    void scrollToSubstring(int startIndex, int endIndex) override
    {
        QTextCursor cursor(view()->document());
        cursor.setPosition(clamp(endIndex));
        view()->setTextCursor(cursor);
        view()->ensureCursorVisible();
        cursor.setPosition(clamp(startIndex));
        view()->setTextCursor(cursor);
        view()->ensureCursorVisible();
    }
    QString attributes(int offset, int *startOffset, int *endOffset) const override
    {
        // No attributes (emphasis is the text's own); the run is the character itself.
        *startOffset = offset;
        *endOffset = offset;
        return {};
    }

private:
    ReaderView *view() const { return static_cast<ReaderView *>(widget()); }

    int clamp(int offset) const { return qBound(0, offset, characterCount()); }

    //! The reachable notes of the view as they are now; the children made for older ones go.
    const QVector<int> &notes() const
    {
        if (m_generation != view()->notesGeneration()) {
            dropNotes();
            m_generation = view()->notesGeneration();
            m_order = view()->reachableNotes();
            m_ids = QVector<QAccessible::Id>(m_order.size(), 0);
        }
        return m_order;
    }

    void dropNotes() const
    {
        for (const QAccessible::Id id : qAsConst(m_ids)) {
            if (id)
                QAccessible::deleteAccessibleInterface(id);
        }
        m_ids.clear();
        m_order.clear();
    }

    mutable int m_generation = -1;
    mutable QVector<int> m_order;
    mutable QVector<QAccessible::Id> m_ids;
};

QAccessibleInterface *readerFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("redletter::ReaderView") && object && object->isWidgetType()) {
        if (auto *view = qobject_cast<ReaderView *>(object))
            return new ReaderViewAccessible(view);
    }
    return nullptr;
}

} // namespace

void installReaderAccessibility()
{
    static bool installed = false;
    if (installed)
        return;
    QAccessible::installFactory(readerFactory);
    installed = true;
}

void notifyNoteFocus(ReaderView *view, int noteIndex)
{
    if (!QAccessible::isActive() || noteIndex < 0)
        return;
    auto *iface = static_cast<ReaderViewAccessible *>(QAccessible::queryAccessibleInterface(view));
    if (!iface)
        return;
    const int child = iface->childIndexOfNote(noteIndex);
    if (child < 0)
        return;
    QAccessibleEvent event(view, QAccessible::Focus);
    event.setChild(child);
    QAccessible::updateAccessibility(&event);
}

} // namespace redletter
