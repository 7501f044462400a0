// SPDX-License-Identifier: GPL-3.0-or-later
// The reading view as a reader uses it: selecting text and writing a note, undo and redo,
// persistence across a restart, find, margin layers, zoom, the remembered place; the paragraphs
// as the paragraph setter breaks them, kept through a resize and hit where they are drawn.
#include "annotationcontroller.h"
#include "annotationpanel.h"
#include "appcontext.h"
#include "application.h"
#include "findbar.h"
#include "mainwindow.h"
#include "readerview.h"
#include "testcontext.h"
#include "testsupport.h"
#include "typesetting/blockstyle.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace redletter;

//! dragSelect() fails the test through QVERIFY; stop the calling test function then too.
#define DRAG_SELECT(words)                                                                          \
    do {                                                                                            \
        dragSelect(words);                                                                          \
        if (QTest::currentTestFailed())                                                             \
            return;                                                                                 \
    } while (false)

class TestReaderView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createsANoteBySelectingText();
    void undoAndRedoEveryAnnotationChange();
    void annotationsSurviveARestart();
    void findIgnoresSoftHyphensAndCurlyQuotes();
    void marginLayersCanBeSwitchedOff();
    void zoomKeepsTheMeasure();
    void rememberedPlaceAndMinutesLeft();
    void narrowWindowOpensTheEditorUnderThePassage();
    void copyWithCitation();
    void paragraphsAreSetByTheBreaker();

private:
    void openWindow(QSize size = QSize(1280, 900));
    void closeWindow();
    //! Selects the first occurrence of @p words in the document by dragging the mouse over it.
    void dragSelect(const QString &words);
    QString sampleId() const { return QStringLiteral("joseph-stalin--the-dictatorship-of-the-proletariat"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestReaderView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestReaderView::init()
{
    REDLETTER_REQUIRE_CORPUS();
    m_dir = std::make_unique<QTemporaryDir>();
    openWindow();
}

void TestReaderView::cleanup()
{
    closeWindow();
    m_dir.reset();
}

void TestReaderView::openWindow(QSize size)
{
    QString error;
    m_context = test::openTestContext(*m_dir, test::tuesdayMorningInBerlin(), &error);
    QVERIFY2(m_context, qPrintable(error));
    const QString sample = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    QVERIFY2(test::importSources(*m_context, {sample}, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->resize(size);
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->shownReadingId(), sampleId());
}

void TestReaderView::closeWindow()
{
    m_window.reset();
    m_context.reset();
}

void TestReaderView::dragSelect(const QString &words)
{
    ReaderView *reader = m_window->readerView();
    const QString text = reader->document()->toRawText().remove(QChar(0x00AD));
    QVERIFY2(text.contains(words), qPrintable(words));
    // Find the words in the raw text (with soft hyphens), then drag from the first to the last.
    const QString raw = reader->document()->toRawText();
    int start = -1;
    int end = -1;
    for (int i = 0, visible = 0; i < raw.size(); ++i) {
        if (raw.at(i) == QChar(0x00AD))
            continue;
        if (visible == text.indexOf(words))
            start = i;
        if (visible == text.indexOf(words) + words.size() - 1)
            end = i + 1;
        ++visible;
    }
    QVERIFY(start >= 0 && end > start);
    QTextCursor cursor(reader->document());
    cursor.setPosition(start);
    reader->setTextCursor(cursor);
    // Bring the passage's first line to the upper third of the view.
    reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->value() + reader->cursorRect(cursor).top()
                                          - reader->viewport()->height() / 3);
    const QPoint from = reader->cursorRect(cursor).center() + QPoint(1, 0);
    cursor.setPosition(end);
    const QPoint to = reader->cursorRect(cursor).center() + QPoint(-1, 0);
    QVERIFY(reader->viewport()->rect().contains(to));
    QTest::mousePress(reader->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    // A drag: moves with the button held (QTest::mouseMove sends no buttons on Qt 5).
    for (const QPoint &at : {(from + to) / 2, to}) {
        QMouseEvent move(QEvent::MouseMove, QPointF(at), QPointF(reader->viewport()->mapToGlobal(at)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(reader->viewport(), &move);
    }
    QTest::mouseRelease(reader->viewport(), Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(reader->textCursor().selectedText().remove(QChar(0x00AD)).trimmed(), words);
}

void TestReaderView::createsANoteBySelectingText()
{
    DRAG_SELECT(QStringLiteral("its movement, its sweep and its achievements"));
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
    QPlainTextEdit *editor = m_window->readerView()->noteEditor();
    QVERIFY2(editor, "Ctrl+M opens the note editor in the margin");
    QVERIFY(editor->isVisible());
    QVERIFY2(editor->geometry().left() > m_window->readerView()->textLeft(), "beside the text, in the margin");
    QTest::keyClicks(editor, QStringLiteral("Note how revolution is personified."));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->readerView()->noteEditor());

    const QVector<Annotation> stored = m_context->catalog().annotations(sampleId());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].quote.exact, QStringLiteral("its movement, its sweep and its achievements"));
    QCOMPARE(stored[0].note, QStringLiteral("Note how revolution is personified."));
    QCOMPARE(stored[0].created, QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone("Europe/Berlin")).toUTC());

    // The note is in the margin beside its passage, clear of the other notes.
    ReaderView *reader = m_window->readerView();
    int mine = -1;
    for (int i = 0; i < reader->notes().size(); ++i) {
        if (reader->notes()[i].kind == MarginNote::ReaderNote)
            mine = i;
    }
    QVERIFY(mine >= 0);
    QVERIFY(reader->noteRect(mine).left() > reader->anchorRect(mine).left());
    QVERIFY(qAbs(reader->noteRect(mine).top() - reader->anchorRect(mine).top()) < reader->anchorRect(mine).height());
    for (int i = 0; i < reader->notes().size(); ++i) {
        if (i != mine)
            QVERIFY(!reader->noteRect(i).intersects(reader->noteRect(mine)));
    }
    // And in the panel.
    QCOMPARE(m_window->annotationPanel()->list()->topLevelItem(0)->childCount(), 1);
}

void TestReaderView::undoAndRedoEveryAnnotationChange()
{
    AnnotationController *controller = m_window->annotationController();
    DRAG_SELECT(QStringLiteral("The seizure of power is only the beginning."));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier); // highlight
    QCOMPARE(m_context->catalog().annotations(sampleId()).size(), 1);
    const QString id = m_context->catalog().annotations(sampleId()).constFirst().id;
    QVERIFY(controller->changeColor(id, QStringLiteral("green")));
    QVERIFY(controller->editNote(id, QStringLiteral("Power, then what?")));
    QVERIFY(controller->remove(id));
    QCOMPARE(m_context->catalog().annotations(sampleId()).size(), 0);

    QAction *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QAction *redo = m_window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    undo->trigger(); // the deletion
    QCOMPARE(m_context->catalog().annotation(id)->note, QStringLiteral("Power, then what?"));
    undo->trigger(); // the note
    QCOMPARE(m_context->catalog().annotation(id)->note, QString());
    QCOMPARE(m_context->catalog().annotation(id)->color, QStringLiteral("green"));
    undo->trigger(); // the colour
    QCOMPARE(m_context->catalog().annotation(id)->color, QStringLiteral("yellow"));
    undo->trigger(); // the highlight itself
    QVERIFY(!m_context->catalog().annotation(id));
    QVERIFY(!undo->isEnabled());
    redo->trigger();
    redo->trigger();
    QCOMPARE(m_context->catalog().annotation(id)->color, QStringLiteral("green"));
    // The view follows the catalog.
    QCOMPARE(m_window->readerView()->annotations().size(), 1);
}

void TestReaderView::annotationsSurviveARestart()
{
    DRAG_SELECT(QStringLiteral("The dictatorship of the proletariat is needed to carry out"));
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(m_window->readerView()->noteEditor());
    QTest::keyClicks(m_window->readerView()->noteEditor(), QStringLiteral("Kept?"));
    QTest::keyClick(m_window->readerView()->noteEditor(), Qt::Key_Return, Qt::ControlModifier);
    // Written at once: another connection sees it before the window closes.
    Catalog other;
    QString error;
    QVERIFY2(other.open(m_dir->filePath(QStringLiteral("catalog.sqlite")), &error), qPrintable(error));
    QCOMPARE(other.annotations(sampleId()).size(), 1);
    other.close();

    closeWindow();
    openWindow();
    const QVector<Annotation> shown = m_window->readerView()->annotations();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown[0].note, QStringLiteral("Kept?"));
    QVERIFY(m_window->readerView()->unplacedAnnotationIds().isEmpty());
}

void TestReaderView::findIgnoresSoftHyphensAndCurlyQuotes()
{
    ReaderView *reader = m_window->readerView();
    int current = 0;
    const int many = reader->find(QStringLiteral("dictatorship"), false, &current);
    const QString visible = reader->document()->toPlainText().remove(QChar(0x00AD));
    QCOMPARE(many, int(visible.count(QLatin1String("dictatorship"), Qt::CaseInsensitive)));
    QVERIFY(current >= 1 && current <= many); // the first match after the cursor
    // Typed with a straight quote, set with a curly one, and hyphenated somewhere on the page.
    QVERIFY(reader->find(QStringLiteral("\"on the morrow\""), false, &current) >= 1);
    QCOMPARE(reader->textCursor().selectedText().remove(QChar(0x00AD)),
             QStringLiteral("\u201Con the morrow\u201D"));
    QCOMPARE(reader->find(QStringLiteral("no such words here"), false, &current), 0);

    // Through the bar, as a person would.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = m_window->findBar();
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->field(), QStringLiteral("Soviet power"));
    const QRegularExpression status(QStringLiteral("^(\\d+) of (\\d+)$"));
    const QRegularExpressionMatch first = status.match(bar->status());
    QVERIFY2(first.hasMatch(), qPrintable(bar->status()));
    const int total = first.captured(2).toInt();
    QVERIFY(total >= 2);
    QTest::keyClick(bar->field(), Qt::Key_Return); // the next one, wrapping at the end
    const QRegularExpressionMatch second = status.match(bar->status());
    QVERIFY2(second.hasMatch(), qPrintable(bar->status()));
    QCOMPARE(second.captured(1).toInt(), first.captured(1).toInt() % total + 1);
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestReaderView::marginLayersCanBeSwitchedOff()
{
    ReaderView *reader = m_window->readerView();
    const auto shownOfKind = [reader](MarginNote::Kind kind) {
        int count = 0;
        for (int i = 0; i < reader->notes().size(); ++i) {
            if (reader->notes()[i].kind == kind && reader->noteRect(i).isValid())
                ++count;
        }
        return count;
    };
    QCOMPARE(shownOfKind(MarginNote::EditorialNote), 3);
    QCOMPARE(shownOfKind(MarginNote::Footnote), 3);
    QAction *editor = m_window->findChild<QAction *>(QStringLiteral("layerAction%1").arg(int(MarginNote::EditorialNote)));
    QVERIFY(editor);
    editor->toggle();
    QCOMPARE(shownOfKind(MarginNote::EditorialNote), 0);
    QCOMPARE(shownOfKind(MarginNote::Footnote), 3);
    editor->toggle();
    QCOMPARE(shownOfKind(MarginNote::EditorialNote), 3);
}

void TestReaderView::zoomKeepsTheMeasure()
{
    ReaderView *reader = m_window->readerView();
    const auto charactersPerLine = [reader] {
        // The widest full line of the body, in average characters of the text font.
        const QFontMetricsF metrics(reader->typography().textFont());
        const qreal average = metrics.averageCharWidth();
        qreal widest = 0;
        for (QTextBlock block = reader->document()->begin(); block.isValid(); block = block.next()) {
            if (!block.layout() || block.layout()->lineCount() < 3)
                continue;
            widest = qMax(widest, block.layout()->lineAt(0).width());
        }
        return widest / average;
    };
    const qreal before = charactersPerLine();
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(reader->typography().zoom > 1.15);
    const qreal after = charactersPerLine();
    QVERIFY2(qAbs(after - before) / before < 0.06, qPrintable(QStringLiteral("%1 vs %2").arg(before).arg(after)));
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(reader->typography().zoom, 1.0);
}

void TestReaderView::rememberedPlaceAndMinutesLeft()
{
    ReaderView *reader = m_window->readerView();
    const int atStart = reader->minutesLeft();
    QCOMPARE(atStart, 12);
    reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum() / 2);
    const int halfway = reader->minutesLeft();
    QVERIFY2(halfway >= 4 && halfway <= 8, qPrintable(QString::number(halfway)));
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("minutesLeft"))->text() == QStringLiteral("%1 min left").arg(halfway));
    const TextLocation place = reader->topLocation();
    QVERIFY(place.isValid());

    closeWindow(); // saves the place
    openWindow();
    const TextLocation again = m_window->readerView()->topLocation();
    QCOMPARE(again.block, place.block);
    QVERIFY(qAbs(again.offset - place.offset) < 200);
}

void TestReaderView::narrowWindowOpensTheEditorUnderThePassage()
{
    m_window->resize(800, 900);
    QTRY_VERIFY(!m_window->readerView()->isMarginShown());
    DRAG_SELECT(QStringLiteral("What is needed to attain this?"));
    m_window->readerView()->beginNoteOnSelection();
    QPlainTextEdit *editor = m_window->readerView()->noteEditor();
    QVERIFY(editor);
    const QRect selection = m_window->readerView()->cursorRect();
    QVERIFY2(editor->geometry().top() >= selection.top(), "under the passage, not in a margin");
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->readerView()->noteEditor());
    QCOMPARE(m_context->catalog().annotations(sampleId()).size(), 0); // cancelled
}

void TestReaderView::copyWithCitation()
{
    DRAG_SELECT(QStringLiteral("The seizure of power is only the beginning."));
    const QString cited = m_window->readerView()->selectionWithCitation();
    QVERIFY(cited.startsWith(QStringLiteral("\u201CThe seizure of power is only the beginning.\u201D")));
    // The reader cites as the PDF and the Markdown export do: one Citation, its title quoted.
    QVERIFY2(cited.contains(QStringLiteral("\n\u2014 Joseph Stalin, \u201C")), qPrintable(cited));
    QVERIFY2(cited.contains(QStringLiteral("\u201D, The Foundations of Leninism (1924)")), qPrintable(cited));
    QVERIFY2(cited.contains(QStringLiteral(" \u00B7 https://www.marxists.org/")), qPrintable(cited));
}

void TestReaderView::paragraphsAreSetByTheBreaker()
{
    ReaderView *reader = m_window->readerView();
    QTextDocument *document = reader->document();
    const auto lineEnds = [document] {
        QVector<int> ends;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            for (int i = 0; layout && i < layout->lineCount(); ++i)
                ends.append(block.position() + layout->lineAt(i).textStart() + layout->lineAt(i).textLength());
        }
        return ends;
    };
    // Qt's greedy breaking spaces no letters: spaced lines are the paragraph setter's.
    int justified = 0;
    int spaced = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(LetterStretchProperty) && block.layout()->lineCount() > 1) {
            ++justified;
            spaced += !block.layout()->formats().isEmpty();
        }
    }
    QVERIFY2(justified > 20 && spaced * 2 > justified, qPrintable(QStringLiteral("%1 of %2 paragraphs set").arg(spaced).arg(justified)));
    const QVector<int> set = lineEnds();

    // A narrower window keeps the measure: the same lines come back.
    m_window->resize(1100, 900);
    QTRY_COMPARE(reader->viewport()->width() < 1100, true);
    QCoreApplication::processEvents();
    // (On Qt 5 this failed where the screen is not at 96 DPI, as the offscreen one at 100 is: Qt 5
    // scales the root frame's margins by the DPI, and the column widened by 8 px on this resize.)
    QCOMPARE(lineEnds(), set);

    // Where a line is drawn, a click finds its characters: the first of every line, scrolled into view.
    int checked = 0;
    for (QTextBlock block = document->begin(); block.isValid() && checked < 60; block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!block.blockFormat().hasProperty(LetterStretchProperty))
            continue;
        for (int i = 0; i < layout->lineCount(); ++i) {
            QTextCursor cursor(document);
            cursor.setPosition(block.position() + layout->lineAt(i).textStart());
            reader->setTextCursor(cursor);
            reader->ensureCursorVisible();
            const QPoint inside = reader->cursorRect(cursor).center() + QPoint(2, 0);
            QCOMPARE(reader->cursorForPosition(inside).position(), cursor.position());
            ++checked;
        }
    }
    QVERIFY(checked >= 60);
}

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
