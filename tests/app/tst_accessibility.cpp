// SPDX-License-Identifier: GPL-3.0-or-later
// What assistive technology and the keyboard reach, through the QAccessible API on the offscreen
// platform: the reader view is a document with its text and its margin notes as children (name:
// the note, description: its passage); Alt+Down/Alt+Up walk the notes beside the visible text and
// tell assistive technology; Enter opens or edits; every control has a name, the main ones a
// description; the window's tab order runs reader → find bar → notes panel.
#include "annotationpanel.h"
#include "appcontext.h"
#include "application.h"
#include "findbar.h"
#include "mainwindow.h"
#include "readerview.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace redletter;

namespace {

const QString ReadingId = QStringLiteral("primer-the-state"); // built in, written by the editors
const QString NoteStart = QStringLiteral("This is the crack through which every later refinement enters.");
const QString Passage = QStringLiteral("A committee that can overrule its own members is already more than a puppet.");

QString visible(QString text)
{
    return text.remove(QChar(0x00AD));
}

} // namespace

class TestAccessibility : public test::WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readerIsADocument_withItsText();
    void marginNotesAreChildren_withTextAndPassage();
    void hiddenLayer_notesLeaveTheTree();
    void altDown_walksTheNotesBesideTheVisibleText_andTellsAssistiveTechnology();
    void enter_editsMyNote_andThePressActionDoesTheSame();
    void everyControlHasAName_theMainOnesADescription();
    void tabOrder_readerFindBarPanel();

private:
    ReaderView *reader() const { return m_window->findChild<ReaderView *>(QStringLiteral("readerView")); }
    QVector<QAccessibleInterface *> noteChildren(QAccessibleInterface *iface) const;

};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestAccessibility::init()
{
    QString error;
    QVERIFY2(setUp(&error), qPrintable(error));
    m_window->showReading(ReadingId);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(reader());
}

void TestAccessibility::cleanup()
{
    tearDown();
}

QVector<QAccessibleInterface *> TestAccessibility::noteChildren(QAccessibleInterface *iface) const
{
    QVector<QAccessibleInterface *> notes;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (child && child->role() == QAccessible::Note)
            notes.append(child);
    }
    return notes;
}

void TestAccessibility::readerIsADocument_withItsText()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(reader());
    QVERIFY(iface && iface->isValid());
    QCOMPARE(iface->role(), QAccessible::Document);
    QVERIFY2(iface->text(QAccessible::Name).contains(QLatin1String("What Is the State?")),
             qPrintable(iface->text(QAccessible::Name)));
    QVERIFY(iface->text(QAccessible::Description).contains(QLatin1String("Alt+Down")));
    QVERIFY(iface->state().readOnly && iface->state().focusable);
    QAccessibleTextInterface *text = iface->textInterface();
    QVERIFY(text);
    QCOMPARE(text->characterCount(), reader()->document()->characterCount() - 1);
    const QString all = visible(text->text(0, text->characterCount()));
    QVERIFY(all.contains(Passage));
    // The caret and the selection go both ways.
    QVERIFY(all.indexOf(Passage) > 0);
    // "the" (too short to hyphenate) after the header: its offsets are the same in the view.
    const QString raw = text->text(0, text->characterCount());
    const int rawAt = int(raw.indexOf(QStringLiteral(" the "), raw.indexOf(QStringLiteral("You obey")))) + 1;
    QVERIFY(rawAt > 0);
    text->setSelection(0, rawAt, rawAt + 3);
    QCOMPARE(reader()->textCursor().selectedText(), QStringLiteral("the"));
    int start = -1;
    int end = -1;
    text->selection(0, &start, &end);
    QCOMPARE(start, rawAt);
    QCOMPARE(end, rawAt + 3);
    QCOMPARE(text->selectionCount(), 1);
    text->setCursorPosition(rawAt);
    QCOMPARE(text->cursorPosition(), rawAt);
    QCOMPARE(text->selectionCount(), 0);
    QVERIFY(!text->characterRect(rawAt).isEmpty());
}

void TestAccessibility::marginNotesAreChildren_withTextAndPassage()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(reader());
    const QVector<QAccessibleInterface *> notes = noteChildren(iface);
    QCOMPARE(notes.size(), int(reader()->reachableNotes().size()));
    QVERIFY(notes.size() >= 3);
    const QString document = visible(reader()->document()->toPlainText());
    QAccessibleInterface *ours = nullptr;
    for (QAccessibleInterface *note : notes) {
        QVERIFY(!note->text(QAccessible::Name).trimmed().isEmpty());
        const QString passage = note->text(QAccessible::Description);
        QVERIFY2(!passage.isEmpty(), qPrintable(note->text(QAccessible::Name)));
        // The passage is text of the page (a footnote's: the words before its mark, after "…").
        QString words = passage;
        if (words.startsWith(QChar(0x2026)))
            words.remove(0, 1);
        QVERIFY2(document.simplified().contains(words.left(30)), qPrintable(passage));
        QCOMPARE(note->parent(), iface);
        QCOMPARE(iface->child(iface->indexOfChild(note)), note);
        if (note->text(QAccessible::Name).startsWith(NoteStart))
            ours = note;
    }
    QVERIFY2(ours, "the editor's note on the committee is a child of the reader");
    QCOMPARE(visible(ours->text(QAccessible::Description)), Passage);
    QCOMPARE(ours->text(QAccessible::Help), QStringLiteral("Editor's note"));
    // It stands in the margin, right of the text, on the screen.
    const QRect rect = ours->rect();
    QVERIFY(!rect.isEmpty());
    QVERIFY(rect.left() > reader()->viewport()->mapToGlobal(QPoint(int(reader()->textLeft()), 0)).x());
    QVERIFY(ours->actionInterface());
    QVERIFY(ours->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
}

void TestAccessibility::hiddenLayer_notesLeaveTheTree()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(reader());
    const QVector<QAccessibleInterface *> before = noteChildren(iface);
    int editorial = 0;
    for (const int index : reader()->reachableNotes())
        editorial += reader()->notes()[index].kind == MarginNote::EditorialNote ? 1 : 0;
    QVERIFY(editorial > 0);
    reader()->setLayerVisible(MarginNote::EditorialNote, false);
    QVERIFY(!before.constFirst()->isValid() || before.size() == 0);
    const QVector<QAccessibleInterface *> after = noteChildren(iface);
    QCOMPARE(after.size(), before.size() - editorial);
    for (QAccessibleInterface *note : after)
        QVERIFY(!note->text(QAccessible::Name).startsWith(NoteStart));
    reader()->setLayerVisible(MarginNote::EditorialNote, true);
    QCOMPARE(noteChildren(iface).size(), before.size());
}

void TestAccessibility::altDown_walksTheNotesBesideTheVisibleText_andTellsAssistiveTechnology()
{
    ReaderView *view = reader();
    view->setFocus();
    QVERIFY(view->hasFocus());
    const QVector<int> order = view->reachableNotes();
    QVERIFY(order.size() >= 3);
    QCOMPARE(view->focusedNote(), -1);

    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    const int first = view->focusedNote();
    QVERIFY(first >= 0);
    QCOMPARE(first, order.constFirst()); // at the top of the page: the first note
    QCOMPARE(view->highlightedNote(), first);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(view->focusedNote(), order.at(1));
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(view->focusedNote(), first);

    // The note reached is the focused child a screen reader finds (and, with one running, the
    // view sends it a focus event: QAccessible only delivers those to an active platform bridge,
    // which tst_e2e_atspi has).
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QAccessibleInterface *focused = nullptr;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (child && child->role() == QAccessible::Note && child->state().focused) {
            QVERIFY2(!focused, "one focused note");
            focused = child;
        }
    }
    QVERIFY(focused);
    QCOMPARE(focused->text(QAccessible::Name), view->noteText(first));

    // Walking on scrolls the page along: every note is reached, then it starts again.
    for (int k = 1; k < order.size(); ++k)
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(view->focusedNote(), order.constLast());
    const QRectF line = lineRectAt(view->document(), view->notes()[order.constLast()].anchorStart);
    const int top = view->verticalScrollBar()->value();
    QVERIFY2(line.top() >= top && line.bottom() <= top + view->viewport()->height(), "the last note's passage is in view");
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(view->focusedNote(), order.constFirst());

    // Scrolled away, the walk starts again beside what is visible, not where it was.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(view->focusedNote(), order.constLast());
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->focusedNote(), -1);
}

void TestAccessibility::enter_editsMyNote_andThePressActionDoesTheSame()
{
    ReaderView *view = reader();
    // A note of mine, made from the keyboard: find the words, Ctrl+M, type, Ctrl+Enter.
    QVERIFY(view->find(QStringLiteral("executive and legislative at the same time"), false) > 0);
    QVERIFY(view->textCursor().hasSelection());
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
    QPlainTextEdit *editor = view->noteEditor();
    QVERIFY(editor);
    QVERIFY(!editor->accessibleName().isEmpty());
    QTest::keyClicks(editor, QStringLiteral("Both powers in one hand."));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!view->noteEditor());

    view->setFocus();
    int mine = -1;
    for (int guard = 0; guard < view->notes().size() + 1 && mine < 0; ++guard) {
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        if (view->notes()[view->focusedNote()].kind == MarginNote::ReaderNote)
            mine = view->focusedNote();
    }
    QVERIFY2(mine >= 0, "Alt+Down reaches my note");
    QCOMPARE(view->noteText(mine), QStringLiteral("Both powers in one hand."));
    QCOMPARE(view->notePassage(mine), QStringLiteral("executive and legislative at the same time"));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY2(view->noteEditor(), "Enter on my note opens its editor");
    QCOMPARE(view->noteEditor()->toPlainText(), QStringLiteral("Both powers in one hand."));
    QTest::keyClick(view->noteEditor(), Qt::Key_Escape);
    QTRY_VERIFY(!view->noteEditor());

    // The same through assistive technology: the note's press action.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QAccessibleInterface *note = nullptr;
    for (QAccessibleInterface *child : noteChildren(iface)) {
        if (child->text(QAccessible::Name) == QLatin1String("Both powers in one hand."))
            note = child;
    }
    QVERIFY(note);
    QCOMPARE(note->text(QAccessible::Help), QStringLiteral("My note"));
    note->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QVERIFY(view->noteEditor());
}

void TestAccessibility::everyControlHasAName_theMainOnesADescription()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier); // the find bar shows too
    QStringList unnamed;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));

    // The main controls also say what they are for.
    const QList<QWidget *> main{reader(), m_window->findChild<QLineEdit *>(QStringLiteral("findField")),
                                m_window->annotationPanel()->list(),
                                m_window->annotationPanel()->findChild<QLineEdit *>()};
    for (QWidget *widget : main) {
        QVERIFY(widget);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(!iface->text(QAccessible::Description).isEmpty(), widget->metaObject()->className());
    }
    // Menus and their actions are named by their text.
    for (const QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        for (const QAction *action : menu->actions())
            QVERIFY2(action->isSeparator() || !action->text().isEmpty(), qPrintable(menu->title()));
    }
}

void TestAccessibility::tabOrder_readerFindBarPanel()
{
    m_window->findChild<QDockWidget *>(QStringLiteral("notesDock"))->show();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("findField"));
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    // From the reader, Tab goes to the find field, then through its buttons, then to the panel.
    QStringList chain;
    QWidget *widget = reader();
    for (int i = 0; i < 80 && widget->nextInFocusChain() != reader(); ++i) {
        widget = widget->nextInFocusChain();
        if (widget->isVisible() && widget->focusPolicy() & Qt::TabFocus)
            chain << (widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                    : widget->objectName());
    }
    QVERIFY2(chain.indexOf(QStringLiteral("findField")) >= 0, qPrintable(chain.join(QLatin1String(" → "))));
    const int find = int(chain.indexOf(QStringLiteral("findField")));
    const int panel = int(chain.indexOf(QStringLiteral("annotationSearch")));
    QVERIFY2(panel > find, qPrintable(chain.join(QLatin1String(" → "))));
    // MainWindow's destructor hides a shown dock after its settings are gone: hide it first.
    m_window->findChild<QDockWidget *>(QStringLiteral("notesDock"))->hide();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
