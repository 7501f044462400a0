// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's desk on the offscreen platform: a reading's source beside its preview, checked as
// one types, an editor's note written from the preview, saving (atomic file, re-import, my notes
// re-anchored, orphans reported), find and replace, close with unsaved changes, autosave recovery.
#include "appcontext.h"
#include "application.h"
#include "editor/readingeditor.h"
#include "editor/sourcefindbar.h"
#include "editor/sourcehighlighting.h"
#include "mainwindow.h"
#include "readerview.h"
#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "catalog/catalog.h"
#include "importing/importservice.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace redletter;

namespace {

// Written for these tests.
const char readingText[] = R"(---
id: editors-desk-test
title: The Editor's Desk
author: The Red Letter editors
year: 2026
---

::: introduction
We read this together, slowly, and argue with it.
:::

The state arises where class antagonisms cannot be reconciled. It is an organ of class rule,
an organ for the oppression of one class by another.

A second paragraph about the withering away of the state and what might come after it.
)";

// A plain text (not the reading format), written for these tests: it is edited as its conversion.
const char meetingsText[] = "On Meetings\n\nby A. Comrade\n\n"
                         "A meeting that decides nothing is a meeting that decided to do nothing.\n\n"
                         "Minutes are kept so that decisions are kept.\n";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

//! Answers the next modal message box with @p button, from the event loop.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
        else
            answerNextMessageBox(button); // not shown yet: try again
    });
}

//! Moves the source's cursor to just after the first occurrence of @p text.
void placeCursorAfter(QPlainTextEdit *source, const QString &text)
{
    const int at = source->toPlainText().indexOf(text);
    QVERIFY2(at >= 0, qPrintable(text));
    QTextCursor cursor = source->textCursor();
    cursor.setPosition(at + int(text.size()));
    source->setTextCursor(cursor);
}

} // namespace

class TestReadingEditor : public test::WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensAFileWithItsPreview();
    void newReadingStartsFromATemplateThatReads();
    void diagnosticsAppearAndClearAsYouType();
    void previewFollowsTheCursor();
    void addEditorsNoteFromThePreview();
    void addEditorsNoteAcrossASourceLineBreak();
    void saveWritesTheFileAndTheReaderShowsTheChange();
    void saveReportsOrphanedNotes();
    void importedTextOpensAsItsConversionAndSavesIntoTheCatalog();
    void invalidReadingWithoutAFileIsNotSaved();
    void findAndReplace();
    void closeAsksWhenUnsaved();
    void autosaveIsOfferedForRecovery();
    void highlightingOrItsAbsenceIsShown();
    void screenshotShowsColoursWhereKshIs();

private:
    QString readingFile() const { return m_dir->filePath(QStringLiteral("editors-desk-test.md")); }
    ReadingEditor *openEditorOnShownReading();
};

void TestReadingEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestReadingEditor::init()
{
    QString error;
    QVERIFY2(setUpContext(&error, QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone("Europe/Berlin"))),
             qPrintable(error));
    writeFile(readingFile(), readingText);
    ImportService service(&m_context->catalog());
    const SourceReport report = service.importSource(readingFile());
    QVERIFY2(report.succeeded(), qPrintable(report.error.toString()));
    setUpWindow();
}

void TestReadingEditor::cleanup()
{
    if (ReadingEditor *editor = m_window->readingEditor())
        editor->sourceEdit()->document()->setModified(false); // close without asking
    tearDown();
}

ReadingEditor *TestReadingEditor::openEditorOnShownReading()
{
    m_window->showReading(QStringLiteral("editors-desk-test"));
    if (m_window->shownReadingId() != QStringLiteral("editors-desk-test"))
        return nullptr;
    m_window->editShownReading();
    return m_window->readingEditor();
}

void TestReadingEditor::opensAFileWithItsPreview()
{
    ReadingEditor *editor = openEditorOnShownReading();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    // Imported from a file in the reading format: the file itself is edited.
    QCOMPARE(editor->filePath(), QFileInfo(readingFile()).absoluteFilePath());
    QCOMPARE(editor->sourceEdit()->toPlainText(), QString::fromUtf8(readingText));
    QVERIFY(!editor->isModified());
    QVERIFY(editor->problem().isNull());
    QVERIFY(editor->problemList()->isHidden());
    QVERIFY(editor->preview()->hasReading());
    QCOMPARE(editor->preview()->reading().title, QStringLiteral("The Editor's Desk"));
    QVERIFY(editor->preview()->annotatableText().text().contains(QStringLiteral("withering away")));
    QVERIFY2(editor->statusSummary().contains(QStringLiteral("words")), qPrintable(editor->statusSummary()));
    QVERIFY(editor->windowTitle().contains(QStringLiteral("The Editor's Desk")));

    // Opening a file directly works the same way.
    ReadingEditor second(m_context->catalog(), m_dir->path());
    QString error;
    QVERIFY2(second.openFile(readingFile(), &error), qPrintable(error));
    QCOMPARE(second.readingId(), QStringLiteral("editors-desk-test"));
    QVERIFY(!second.openFile(m_dir->filePath(QStringLiteral("missing.md")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.md")), qPrintable(error));
}

void TestReadingEditor::newReadingStartsFromATemplateThatReads()
{
    ReadingEditor editor(m_context->catalog(), m_dir->path());
    editor.newReading();
    QVERIFY2(editor.problem().isNull(), qPrintable(editor.problem().toString()));
    QCOMPARE(editor.parsedReading().title, QStringLiteral("A New Reading"));
    QVERIFY(!editor.parsedReading().introduction.isEmpty());
    QCOMPARE(int(editor.parsedReading().footnotes.size()), 1);
    QCOMPARE(int(editor.parsedReading().editorialNotes.size()), 1);
    QVERIFY(editor.filePath().isEmpty());
}

void TestReadingEditor::diagnosticsAppearAndClearAsYouType()
{
    ReadingEditor *editor = openEditorOnShownReading();
    QVERIFY(editor);
    QPlainTextEdit *source = editor->sourceEdit();
    placeCursorAfter(source, QStringLiteral("slowly,"));
    const int line = source->textCursor().blockNumber() + 1;
    const int column = source->textCursor().positionInBlock() + 2; // after the space typed first
    QTest::keyClicks(source, QStringLiteral(" {>>an unfinished thought"));
    QVERIFY(editor->isModified());
    // Typing is not held up: the check waits for a pause.
    QVERIFY(editor->problem().isNull());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->problem().isNull(), 3000);
    QCOMPARE(editor->problem().line, line);
    QCOMPARE(editor->problem().column, column);
    QVERIFY2(editor->problem().message.contains(QStringLiteral("unterminated")), qPrintable(editor->problem().message));
    QCOMPARE(editor->problemList()->count(), 1);
    QVERIFY(!editor->problemList()->isHidden());
    const QString listed = editor->problemList()->item(0)->text();
    QVERIFY2(listed.startsWith(QStringLiteral("%1:%2: ").arg(line).arg(column)), qPrintable(listed));
    // Underlined in the source where it is.
    const QList<QTextEdit::ExtraSelection> marks = source->extraSelections();
    QCOMPARE(int(marks.size()), 1);
    QCOMPARE(marks.first().cursor.blockNumber() + 1, line);
    QCOMPARE(marks.first().cursor.selectionStart() - marks.first().cursor.block().position(), column - 1);
    QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QVERIFY(editor->statusBar()->currentMessage().contains(QStringLiteral("unterminated")));

    // A click on the problem moves the cursor there.
    source->moveCursor(QTextCursor::End);
    editor->problemList()->setCurrentRow(0);
    const QRect itemRect = editor->problemList()->visualItemRect(editor->problemList()->item(0));
    QTest::mouseClick(editor->problemList()->viewport(), Qt::LeftButton, {}, itemRect.center());
    QCOMPARE(source->textCursor().blockNumber() + 1, line);
    QCOMPARE(source->textCursor().positionInBlock() + 1, column);

    // Finishing the note clears it; the preview shows the note.
    placeCursorAfter(source, QStringLiteral("an unfinished thought"));
    QTest::keyClicks(source, QStringLiteral("<<}"));
    QTRY_VERIFY_WITH_TIMEOUT(editor->problem().isNull(), 3000);
    QCOMPARE(editor->problemList()->count(), 0);
    QVERIFY(editor->problemList()->isHidden());
    QVERIFY(source->extraSelections().isEmpty());
    QCOMPARE(int(editor->parsedReading().editorialNotes.size()), 1);
    QCOMPARE(int(editor->preview()->reading().editorialNotes.size()), 1);
    // Undo takes the typing back (typed in one go, it is one step).
    source->undo();
    QCOMPARE(source->toPlainText(), QString::fromUtf8(readingText));
    source->redo();
    QVERIFY(source->toPlainText().contains(QStringLiteral("{>>an unfinished thought<<}")));
}

void TestReadingEditor::previewFollowsTheCursor()
{
    ReadingEditor *editor = openEditorOnShownReading();
    QVERIFY(editor);
    editor->resize(900, 300); // small enough that the preview scrolls
    QPlainTextEdit *source = editor->sourceEdit();
    // A long reading, so that its last paragraph lies far below the first.
    QString text = QString::fromUtf8(readingText);
    for (int i = 0; i < 30; ++i)
        text += QStringLiteral("\nParagraph %1 of the filler, long enough to take a line or two of the page.\n").arg(i);
    text += QStringLiteral("\nThe very last paragraph.\n");
    source->setPlainText(text);
    editor->refreshNow();
    QVERIFY(editor->problem().isNull());
    placeCursorAfter(source, QStringLiteral("The very last"));
    // As far down as the preview scrolls: the last paragraphs are in view.
    QTRY_VERIFY(editor->preview()->topLocation().block >= editor->parsedReading().body.size() - 8);
    QCOMPARE(editor->preview()->readingPlace().block, int(editor->parsedReading().body.size() - 1));
    source->moveCursor(QTextCursor::Start);
    QTRY_VERIFY(editor->preview()->topLocation().block <= 0);
}

void TestReadingEditor::addEditorsNoteFromThePreview()
{
    ReadingEditor *editor = openEditorOnShownReading();
    QVERIFY(editor);
    ReaderView *preview = editor->preview();
    const QString passage = QStringLiteral("an organ of class rule");
    const int start = preview->annotatableText().text().indexOf(passage);
    QVERIFY(start >= 0);
    preview->selectSourceRange({start, start + int(passage.size())});
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor));
    preview->setFocus();
    QTest::keyClick(preview, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    QPlainTextEdit *source = editor->sourceEdit();
    QVERIFY2(source->toPlainText().contains(QStringLiteral("It is {==an organ of class rule==}{>><<},\n")),
             qPrintable(source->toPlainText()));
    QCOMPARE(source->textCursor().position(), source->toPlainText().indexOf(QStringLiteral("<<}")));
    QVERIFY(source->hasFocus());
    QTest::keyClicks(source, QStringLiteral("Hold on to this."));
    editor->refreshNow();
    QVERIFY2(editor->problem().isNull(), qPrintable(editor->problem().toString()));
    const Reading &reading = editor->parsedReading();
    QCOMPARE(int(reading.editorialNotes.size()), 1);
    QCOMPARE(reading.editorialNotes.first().text, QStringLiteral("Hold on to this."));
    // The passage is anchored where it was selected.
    bool anchored = false;
    for (const Block &block : reading.body) {
        for (const Anchor &anchor : block.anchors) {
            if (anchor.kind == Anchor::EditorialNote)
                anchored = block.text.mid(anchor.start, anchor.end - anchor.start) == passage;
        }
    }
    QVERIFY(anchored);
    // One undo step removes the markup again.
    source->undo(); // the typed note
    while (source->toPlainText().contains(QStringLiteral("{>>")) && source->document()->isUndoAvailable())
        source->undo();
    QCOMPARE(source->toPlainText(), QString::fromUtf8(readingText));

    // Nothing selected: nothing written, and the status bar says what to do.
    preview->selectSourceRange({start, start});
    QVERIFY(!editor->addEditorsNoteFromPreview());
    QCOMPARE(source->toPlainText(), QString::fromUtf8(readingText));
    QVERIFY(!editor->statusBar()->currentMessage().isEmpty());
}

void TestReadingEditor::addEditorsNoteAcrossASourceLineBreak()
{
    ReadingEditor *editor = openEditorOnShownReading();
    QVERIFY(editor);
    ReaderView *preview = editor->preview();
    // In the text a space, in the source a line break.
    const QString passage = QStringLiteral("class rule, an organ for the oppression");
    const int start = preview->annotatableText().text().indexOf(passage);
    QVERIFY(start >= 0);
    preview->selectSourceRange({start, start + int(passage.size())});
    QVERIFY(editor->addEditorsNoteFromPreview());
    QVERIFY2(editor->sourceEdit()->toPlainText().contains(
                 QStringLiteral("{==class rule,\nan organ for the oppression==}{>><<}")),
             qPrintable(editor->sourceEdit()->toPlainText()));
    QTest::keyClicks(editor->sourceEdit(), QStringLiteral("Two lines."));
    editor->refreshNow();
    QVERIFY2(editor->problem().isNull(), qPrintable(editor->problem().toString()));
    QCOMPARE(int(editor->parsedReading().editorialNotes.size()), 1);
}

void TestReadingEditor::saveWritesTheFileAndTheReaderShowsTheChange()
{
    // My note on a passage of the second paragraph.
    const std::optional<Reading> stored = m_context->catalog().reading(QStringLiteral("editors-desk-test"));
    QVERIFY(stored);
    const AnnotatableText text(*stored);
    const QString passage = QStringLiteral("withering away of the state");
    const int at = text.text().indexOf(passage);
    Annotation mine = makeAnnotation(text, at, at + int(passage.size()), QDateTime::currentDateTimeUtc());
    mine.note = QStringLiteral("Engels' phrase.");
    QString error;
    QVERIFY2(m_context->catalog().saveAnnotation(mine, &error), qPrintable(error));

    ReadingEditor *editor = openEditorOnShownReading();
    QVERIFY(editor);
    QSignalSpy saved(editor, &ReadingEditor::readingSaved);
    placeCursorAfter(editor->sourceEdit(), QStringLiteral("by another.\n\n"));
    QTest::keyClicks(editor->sourceEdit(), QStringLiteral("Nothing in history lasts forever. "));
    QVERIFY(editor->isModified());
    QVERIFY(editor->windowTitle().contains(QLatin1Char('*')) || editor->isWindowModified());
    QCOMPARE(editor->save(), ReadingEditor::SaveOutcome::Saved);
    QVERIFY(!editor->isModified());
    QCOMPARE(int(saved.count()), 1);
    QCOMPARE(saved.first().first().toString(), QStringLiteral("editors-desk-test"));

    // The file was written...
    QFile file(readingFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), editor->sourceEdit()->toPlainText());
    // ...imported again, and the reader shows it with my note found again, further on.
    QCOMPARE(editor->lastReanchor().exact, 1);
    QCOMPARE(editor->lastReanchor().orphaned, 0);
    ReaderView *reader = m_window->readerView();
    QVERIFY(reader->annotatableText().text().contains(QStringLiteral("Nothing in history lasts forever.")));
    QCOMPARE(int(reader->annotations().size()), 1);
    QVERIFY(reader->unplacedAnnotationIds().isEmpty());
    const Annotation moved = m_context->catalog().annotations(QStringLiteral("editors-desk-test")).constFirst();
    QCOMPARE(moved.quote.exact, passage);
    QCOMPARE(moved.position.start, mine.position.start + 34);
    QVERIFY2(editor->lastSaveMessage().contains(QStringLiteral("1 found again")), qPrintable(editor->lastSaveMessage()));
}

void TestReadingEditor::saveReportsOrphanedNotes()
{
    const std::optional<Reading> stored = m_context->catalog().reading(QStringLiteral("editors-desk-test"));
    QVERIFY(stored);
    const AnnotatableText text(*stored);
    const QString passage = QStringLiteral("what might come after it");
    const int at = text.text().indexOf(passage);
    Annotation mine = makeAnnotation(text, at, at + int(passage.size()), QDateTime::currentDateTimeUtc());
    mine.note = QStringLiteral("What, indeed?");
    QString error;
    QVERIFY2(m_context->catalog().saveAnnotation(mine, &error), qPrintable(error));

    ReadingEditor *editor = openEditorOnShownReading();
    QVERIFY(editor);
    QPlainTextEdit *source = editor->sourceEdit();
    // The whole second paragraph goes.
    QTextCursor cursor = source->textCursor();
    const int from = source->toPlainText().indexOf(QStringLiteral("A second paragraph"));
    cursor.setPosition(from);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    source->setTextCursor(cursor);
    QCOMPARE(editor->save(), ReadingEditor::SaveOutcome::Saved);
    QCOMPARE(editor->lastReanchor().orphaned, 1);
    QVERIFY2(editor->lastSaveMessage().contains(QStringLiteral("1 could not be found")), qPrintable(editor->lastSaveMessage()));
    QCOMPARE(int(m_context->catalog().orphanedAnnotations(QStringLiteral("editors-desk-test")).size()), 1);
    QVERIFY(!m_window->readerView()->annotatableText().text().contains(QStringLiteral("second paragraph")));
}

void TestReadingEditor::importedTextOpensAsItsConversionAndSavesIntoTheCatalog()
{
    const QString path = m_dir->filePath(QStringLiteral("meetings.txt"));
    writeFile(path, meetingsText);
    ImportService service(&m_context->catalog());
    const SourceReport report = service.importSource(path);
    QVERIFY2(report.succeeded(), qPrintable(report.error.toString()));
    const QString id = report.readings.constFirst().id;
    m_window->showReading(id);
    m_window->editShownReading();
    ReadingEditor *editor = m_window->readingEditor();
    QVERIFY(editor);
    // Not the .txt file: its conversion to the reading format.
    QVERIFY(editor->filePath().isEmpty());
    QCOMPARE(editor->readingId(), id);
    QVERIFY(editor->sourceEdit()->toPlainText().startsWith(QStringLiteral("---\nid: ") + id));
    QVERIFY(editor->problem().isNull());

    // An editor adds an introduction and saves: the catalog has it, the text file is untouched.
    placeCursorAfter(editor->sourceEdit(), QStringLiteral("---\n\n"));
    editor->sourceEdit()->insertPlainText(QStringLiteral("::: introduction\nOn organising.\n:::\n\n"));
    QCOMPARE(editor->save(), ReadingEditor::SaveOutcome::Saved);
    const std::optional<Reading> saved = m_context->catalog().reading(id);
    QVERIFY(saved);
    QCOMPARE(int(saved->introduction.size()), 1);
    QCOMPARE(saved->introduction.first().text, QStringLiteral("On organising."));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(meetingsText));
    QVERIFY(m_window->readerView()->reading().introduction.size() == 1);
}

void TestReadingEditor::invalidReadingWithoutAFileIsNotSaved()
{
    const QString path = m_dir->filePath(QStringLiteral("meetings.txt"));
    writeFile(path, meetingsText);
    ImportService service(&m_context->catalog());
    const SourceReport report = service.importSource(path);
    QVERIFY(report.succeeded());
    const QString id = report.readings.constFirst().id;
    ReadingEditor editor(m_context->catalog(), m_dir->path());
    QVERIFY(editor.openReading(id));
    placeCursorAfter(editor.sourceEdit(), QStringLiteral("---\n\n"));
    QTest::keyClicks(editor.sourceEdit(), QStringLiteral("{++never closed "));
    answerNextMessageBox(QMessageBox::Ok);
    QCOMPARE(editor.save(), ReadingEditor::SaveOutcome::Refused);
    QVERIFY2(editor.lastSaveMessage().contains(editor.problem().toString()), qPrintable(editor.lastSaveMessage()));
    QVERIFY(editor.lastSaveMessage().contains(QStringLiteral("unterminated")));
    QVERIFY(editor.isModified());
    QVERIFY(!m_context->catalog().reading(id)->body.constFirst().text.contains(QStringLiteral("never closed")));

    // With a file, the text is kept in it, but the catalog does not take it.
    ReadingEditor withFile(m_context->catalog(), m_dir->path());
    QVERIFY(withFile.openFile(readingFile()));
    placeCursorAfter(withFile.sourceEdit(), QStringLiteral("slowly,"));
    QTest::keyClicks(withFile.sourceEdit(), QStringLiteral(" {==unclosed"));
    QCOMPARE(withFile.save(), ReadingEditor::SaveOutcome::SavedNotImported);
    QVERIFY(withFile.lastSaveMessage().contains(QStringLiteral("not imported")));
    QFile file(readingFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("{==unclosed"));
    QVERIFY(!m_context->catalog().reading(QStringLiteral("editors-desk-test"))->introduction.constFirst().text.contains(
        QStringLiteral("unclosed")));
}

void TestReadingEditor::findAndReplace()
{
    ReadingEditor editor(m_context->catalog(), m_dir->path());
    QVERIFY(editor.openFile(readingFile()));
    auto *bar = editor.findChild<SourceFindBar *>();
    QVERIFY(bar);
    bar->activate(true);
    QVERIFY(bar->isVisibleTo(&editor));
    bar->findField()->setText(QStringLiteral("organ"));
    QVERIFY(bar->findNext());
    QCOMPARE(editor.sourceEdit()->textCursor().selectedText(), QStringLiteral("organ"));
    bar->replaceField()->setText(QStringLiteral("instrument"));
    QCOMPARE(bar->replaceAll(), 2);
    QVERIFY(!editor.sourceEdit()->toPlainText().contains(QStringLiteral("organ")));
    QCOMPARE(int(editor.sourceEdit()->toPlainText().count(QStringLiteral("instrument"))), 2);
    editor.sourceEdit()->undo(); // one step for all of them
    QCOMPARE(editor.sourceEdit()->toPlainText(), QString::fromUtf8(readingText));
}

void TestReadingEditor::closeAsksWhenUnsaved()
{
    ReadingEditor *editor = openEditorOnShownReading();
    QVERIFY(editor);
    QTest::keyClicks(editor->sourceEdit(), QStringLiteral("x"));
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!editor->close());
    QVERIFY(editor->isVisible());
    QVERIFY(editor->isModified());
    answerNextMessageBox(QMessageBox::Discard);
    QPointer<ReadingEditor> guard(editor);
    QVERIFY(editor->close());
    QTRY_VERIFY(guard.isNull()); // deleted on close
    QFile file(readingFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(readingText));
}

void TestReadingEditor::autosaveIsOfferedForRecovery()
{
    QString autosave;
    {
        ReadingEditor editor(m_context->catalog(), m_dir->path());
        QVERIFY(editor.openFile(readingFile()));
        QVERIFY(!editor.autosaveNow()); // nothing to keep yet
        placeCursorAfter(editor.sourceEdit(), QStringLiteral("slowly,"));
        QTest::keyClicks(editor.sourceEdit(), QStringLiteral(" and with care,"));
        QVERIFY(editor.autosaveNow());
        autosave = editor.autosavePath();
        QVERIFY(autosave.startsWith(m_dir->path() + QStringLiteral("/autosave/")));
        QVERIFY(QFileInfo::exists(autosave));
        // The editor goes away without closing (a crash): the copy stays.
    }
    QVERIFY(QFileInfo::exists(autosave));
    ReadingEditor editor(m_context->catalog(), m_dir->path());
    QVERIFY(editor.openFile(readingFile()));
    QVERIFY(editor.hasRecoverableAutosave());
    QCOMPARE(editor.sourceEdit()->toPlainText(), QString::fromUtf8(readingText)); // not before asked
    QVERIFY(editor.recoverAutosave());
    QVERIFY(editor.sourceEdit()->toPlainText().contains(QStringLiteral("slowly, and with care,")));
    QVERIFY(editor.isModified());
    QCOMPARE(editor.save(), ReadingEditor::SaveOutcome::Saved);
    QVERIFY(!QFileInfo::exists(autosave));
    ReadingEditor again(m_context->catalog(), m_dir->path());
    QVERIFY(again.openFile(readingFile()));
    QVERIFY(!again.hasRecoverableAutosave());
}

void TestReadingEditor::highlightingOrItsAbsenceIsShown()
{
    ReadingEditor editor(m_context->catalog(), m_dir->path());
    QVERIFY(editor.openFile(readingFile()));
    editor.show();
    if (SourceHighlighting::isAvailable()) {
        QVERIFY(editor.highlighting()->isActive());
        return;
    }
    // Qt 6 without KF6: plain text, and the status bar says why.
    QVERIFY(!editor.highlighting()->isActive());
    bool said = false;
    const QList<QLabel *> labels = editor.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        said = said || (label->isVisible() && label->text().contains(QStringLiteral("KDE Syntax-Highlighting")));
    QVERIFY(said);
}

void TestReadingEditor::screenshotShowsColoursWhereKshIs()
{
    // The editor as a person sees it, left as readingeditor-qt5.png / -qt6.png in the build
    // folder to be looked at: source with a margin note and a footnote, preview beside it.
    QString text = QString::fromUtf8(readingText);
    text.replace(QStringLiteral("an organ of class rule"),
                 QStringLiteral("{==an organ of class rule==}{>>Hold on to this phrase: it is the whole argument.<<}"));
    text.replace(QStringLiteral("by another."), QStringLiteral("by another.[^1]"));
    text += QStringLiteral("\n[^1]: A footnote of the author's.\n");
    writeFile(readingFile(), text.toUtf8());
    ReadingEditor editor(m_context->catalog(), m_dir->path());
    QVERIFY(editor.openFile(readingFile()));
    QVERIFY2(editor.problem().isNull(), qPrintable(editor.problem().toString()));
    editor.resize(1600, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QImage shot = editor.grab().toImage();
    const QString name = QStringLiteral("readingeditor-qt%1.png").arg(QT_VERSION_MAJOR);
    QVERIFY(shot.save(name));
    // Coloured pixels in the source pane: KSH's colours, or none at all without it.
    const QRect pane = editor.sourceEdit()->viewport()->geometry().translated(
        editor.sourceEdit()->viewport()->mapTo(&editor, QPoint(0, 0)) - editor.sourceEdit()->viewport()->pos());
    int coloured = 0;
    for (int y = pane.top(); y < pane.bottom(); y += 2) {
        for (int x = pane.left(); x < pane.right(); x += 2) {
            const QColor c = shot.pixelColor(x, y);
            if (c.hsvSaturation() > 90 && c.value() > 60)
                ++coloured;
        }
    }
    if (editor.highlighting()->isActive())
        QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
    else
        QCOMPARE(coloured, 0);
}

QTEST_MAIN(TestReadingEditor)
#include "tst_readingeditor.moc"
