// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/readingeditor.h"

#include "annotations/annotatabletext.h"
#include "catalog/catalog.h"
#include "editor/sourcefindbar.h"
#include "editor/sourcehighlighting.h"
#include "estimating/readingtime.h"
#include "importing/importer.h"
#include "importing/importservice.h"
#include "reading/readingwriter.h"
#include "readerview.h"

#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace redletter {

namespace {
//! Checking and typesetting wait for a pause in typing this long.
constexpr int refreshDelayMs = 300;
//! Unsaved changes are copied to the autosave file this often.
constexpr int autosaveIntervalMs = 30 * 1000;
constexpr int problemLineRole = Qt::UserRole;
constexpr int problemColumnRole = Qt::UserRole + 1;
} // namespace

ReadingEditor::ReadingEditor(Catalog &catalog, const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_dataDir(dataDir)
    , m_source(new QPlainTextEdit(this))
    , m_preview(new ReaderView(this))
    , m_problems(new QListWidget(this))
    , m_refreshTimer(new QTimer(this))
    , m_autosaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("readingEditor"));
    m_source->setObjectName(QStringLiteral("readingSource"));
    m_source->setAccessibleName(tr("Reading source"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setAccessibleName(tr("Preview"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 4);
    m_problems->hide();
    m_findBar = new SourceFindBar(m_source, this);

    // A bar offering what an earlier session left unsaved.
    m_recoveryBar = new QWidget(this);
    auto *recoveryLayout = new QHBoxLayout(m_recoveryBar);
    recoveryLayout->setContentsMargins(6, 4, 6, 4);
    m_recoveryLabel = new QLabel(m_recoveryBar);
    m_recoveryLabel->setWordWrap(true);
    auto *recover = new QPushButton(tr("&Recover"), m_recoveryBar);
    auto *discard = new QPushButton(tr("&Discard"), m_recoveryBar);
    recoveryLayout->addWidget(m_recoveryLabel, 1);
    recoveryLayout->addWidget(recover);
    recoveryLayout->addWidget(discard);
    m_recoveryBar->hide();
    connect(recover, &QPushButton::clicked, this, &ReadingEditor::recoverAutosave);
    connect(discard, &QPushButton::clicked, this, [this] {
        QFile::remove(autosavePath());
        m_recoverable.clear();
        m_recoveryBar->hide();
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_recoveryBar);
    leftLayout->addWidget(m_source, 1);
    leftLayout->addWidget(m_findBar);
    leftLayout->addWidget(m_problems);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    // A wider window goes mostly to the preview: the page needs its measure and its margin.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_highlighting = new SourceHighlighting(m_source->document(), m_typography.theme.kind, this);
    m_source->setPalette(m_highlighting->palette(m_source->palette()));
    m_words = new QLabel(this);
    m_colours = new QLabel(m_highlighting->unavailableReason(), this);
    statusBar()->addPermanentWidget(m_colours);
    statusBar()->addPermanentWidget(m_words);
    m_colours->setVisible(!m_highlighting->isActive());

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReadingEditor::refreshNow);
    m_autosaveTimer->setInterval(autosaveIntervalMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ReadingEditor::autosaveNow);
    m_autosaveTimer->start();

    connect(m_source, &QPlainTextEdit::textChanged, this, &ReadingEditor::scheduleRefresh);
    connect(m_source, &QPlainTextEdit::cursorPositionChanged, this, &ReadingEditor::followCursor);
    connect(m_source, &QPlainTextEdit::modificationChanged, this, &ReadingEditor::updateTitle);
    connect(m_problems, &QListWidget::itemClicked, this, &ReadingEditor::jumpToProblem);
    connect(m_problems, &QListWidget::itemActivated, this, &ReadingEditor::jumpToProblem);

    createActions();
    resize(1280, 800);
}

ReadingEditor::~ReadingEditor() = default;

void ReadingEditor::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newReading = file->addAction(tr("&New Reading"), this, [this] {
        if (maybeKeepChanges())
            this->newReading();
    });
    newReading->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Reading File…"), this, [this] {
        if (!maybeKeepChanges())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Reading File"), QString(),
                                                          tr("Readings (*.md *.markdown *.txt)"));
        QString error;
        if (!path.isEmpty() && !openFile(path, &error))
            QMessageBox::warning(this, tr("Open Reading File"), error);
    });
    open->setShortcut(QKeySequence::Open);
    QAction *saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Reading As"), m_filePath,
                                                          tr("Readings (*.md)"));
        if (!path.isEmpty())
            saveAs(path);
    });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close"), this, &QWidget::close);
    closeAction->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_source, &QPlainTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(m_source, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction *redo = edit->addAction(tr("&Redo"), m_source, &QPlainTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(m_source, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] { m_findBar->activate(false); });
    find->setShortcut(QKeySequence::Find);
    QAction *replace = edit->addAction(tr("Find and &Replace…"), this, [this] { m_findBar->activate(true); });
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    edit->addSeparator();
    QAction *note = edit->addAction(tr("Add Editor's &Note"), this, &ReadingEditor::addEditorsNoteFromPreview);
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    note->setToolTip(tr("Select a passage in the preview: its note is written into the source"));
    // The shortcut works while the preview has the focus, where the passage is selected.
    note->setShortcutContext(Qt::WindowShortcut);
}

QString ReadingEditor::templateText()
{
    // Written by the Red Letter editors for this template; every part of the format, once.
    return QStringLiteral(
        "---\n"
        "title: A New Reading\n"
        "author: \n"
        "work: \n"
        "year: \n"
        "lang: en\n"
        "tags: []\n"
        "---\n"
        "\n"
        "::: introduction\n"
        "Say in a few paragraphs why this text matters today, what to watch for while reading it,\n"
        "and where its argument is weakest.\n"
        ":::\n"
        "\n"
        "The author's text goes here, paragraph by paragraph. Mark a passage you comment on\n"
        "{==like this==}{>>and write the note that stands beside it in the margin.<<} The author's\n"
        "own footnotes are referenced like this.[^1]\n"
        "\n"
        "[^1]: The footnote's text.\n");
}

void ReadingEditor::newReading()
{
    load(templateText(), QString(), QString());
}

bool ReadingEditor::openFile(const QString &path, QString *error)
{
    FormatInput input;
    SourceError problem;
    if (!ImportService::readFile(path, &input, &problem)) {
        if (error)
            *error = problem.toString();
        return false;
    }
    QString readingId;
    Reading reading;
    if (Importer::importBytes(input.bytes, path, &reading, &problem))
        readingId = reading.id;
    load(QString::fromUtf8(input.bytes), QFileInfo(path).absoluteFilePath(), readingId);
    return true;
}

bool ReadingEditor::openReading(const QString &readingId, QString *error)
{
    const std::optional<CatalogEntry> entry = m_catalog.entry(readingId);
    const std::optional<Reading> reading = m_catalog.reading(readingId);
    if (!entry || !reading) {
        if (error)
            *error = tr("The catalog has no reading '%1'.").arg(readingId);
        return false;
    }
    // A reading written in our format is edited in its own file, so the file stays the truth.
    if (!entry->sourceFile.isEmpty() && QFileInfo::exists(entry->sourceFile)) {
        FormatInput input;
        SourceError problem;
        if (ImportService::readFile(entry->sourceFile, &input, &problem)
            && ImportService::sniffFormat(input.bytes, entry->sourceFile) == SourceFormat::ReadingFormat) {
            load(QString::fromUtf8(input.bytes), QFileInfo(entry->sourceFile).absoluteFilePath(), readingId);
            return true;
        }
    }
    // Anything else (an imported page, book or text; the embedded catalog) as its conversion.
    load(QString::fromUtf8(writeReading(*reading)), QString(), readingId);
    // The app brings its built-in readings back to the shipped text when it starts: an edited one
    // needs a file of its own to survive that.
    m_builtin = entry->builtin;
    return true;
}

void ReadingEditor::load(const QString &text, const QString &filePath, const QString &readingId)
{
    m_filePath = filePath;
    m_readingId = readingId;
    m_builtin = false;
    m_source->setPlainText(text);
    m_source->document()->setModified(false);
    m_source->moveCursor(QTextCursor::Start);
    m_lastSaveMessage.clear();
    m_followedBlock = -2;
    refreshNow();
    updateTitle();
    offerAutosave();
}

bool ReadingEditor::isModified() const
{
    return m_source->document()->isModified();
}

QString ReadingEditor::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_readingId.isEmpty())
        return m_readingId + QStringLiteral(".md");
    return tr("new reading") + QStringLiteral(".md");
}

void ReadingEditor::updateTitle()
{
    QString title = m_parsed.title.isEmpty() ? displayName() : m_parsed.title;
    if (!m_filePath.isEmpty())
        title += QStringLiteral(" — ") + QDir::toNativeSeparators(m_filePath);
    setWindowTitle(tr("%1[*] — Red Letter Editor").arg(title));
    setWindowModified(isModified());
}

void ReadingEditor::scheduleRefresh()
{
    m_refreshTimer->start();
}

void ReadingEditor::refreshNow()
{
    m_refreshTimer->stop();
    const QByteArray bytes = m_source->toPlainText().toUtf8();
    Reading reading;
    SourceError error;
    if (Importer::importBytes(bytes, displayName(), &reading, &error)) {
        m_problem = SourceError();
        m_parsed = reading;
        m_preview->showReading(m_parsed, ReadingTimeEstimator().estimate(m_parsed), QDate());
        m_followedBlock = -2;
        followCursor();
    } else {
        // The preview keeps the last reading that parsed: the place being typed stays in view.
        m_problem = error;
    }
    showProblem();
    updateStatus();
    updateTitle();
}

void ReadingEditor::showProblem()
{
    m_problems->clear();
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_problem.isNull()) {
        const QString where = m_problem.line > 0
            ? QStringLiteral("%1:%2: ").arg(m_problem.line).arg(qMax(1, m_problem.column))
            : QString();
        auto *item = new QListWidgetItem(where + m_problem.message, m_problems);
        item->setData(problemLineRole, m_problem.line);
        item->setData(problemColumnRole, m_problem.column);
        item->setToolTip(tr("Click to go there"));
        const QTextBlock block = m_source->document()->findBlockByNumber(m_problem.line - 1);
        if (m_problem.line > 0 && block.isValid()) {
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + qBound(0, m_problem.column - 1, block.length() - 1));
            // Underline the word (or mark) the problem is at; on an empty line, the line break.
            cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
            if (!cursor.hasSelection())
                cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            if (!cursor.hasSelection())
                cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
            selection.format.setToolTip(m_problem.message);
            selections.append(selection);
        }
    }
    m_problems->setVisible(!m_problem.isNull());
    m_source->setExtraSelections(selections);
}

void ReadingEditor::jumpToProblem()
{
    QListWidgetItem *item = m_problems->currentItem();
    if (!item)
        return;
    const int line = item->data(problemLineRole).toInt();
    const int column = item->data(problemColumnRole).toInt();
    const QTextBlock block = m_source->document()->findBlockByNumber(line - 1);
    if (line <= 0 || !block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    m_source->setTextCursor(cursor);
    m_source->ensureCursorVisible();
    m_source->setFocus();
}

void ReadingEditor::followCursor()
{
    // The preview shows the block the cursor is in: the last one starting at or above its line.
    const int line = m_source->textCursor().blockNumber() + 1;
    int best = -1;
    int bestLine = 0;
    TextLocation::Part bestPart = TextLocation::Body;
    const auto consider = [&](const QVector<Block> &blocks, TextLocation::Part part) {
        for (int i = 0; i < blocks.size(); ++i) {
            const int start = blocks.at(i).sourceLine;
            if (start > 0 && start <= line && start >= bestLine) {
                best = i;
                bestLine = start;
                bestPart = part;
            }
        }
    };
    consider(m_parsed.introduction, TextLocation::Introduction);
    consider(m_parsed.body, TextLocation::Body);
    const int key = best < 0 ? -1 : int(bestPart) * 1000000 + best;
    if (key == m_followedBlock)
        return;
    m_followedBlock = key;
    if (best < 0) {
        m_preview->scrollToLocation(TextLocation());
        return;
    }
    TextLocation location;
    location.part = bestPart;
    location.block = best;
    m_preview->scrollToLocation(location);
}

void ReadingEditor::updateStatus()
{
    if (m_parsed.title.isEmpty() && m_parsed.body.isEmpty()) {
        m_words->clear();
        return;
    }
    const ReadingTime time = ReadingTimeEstimator().estimate(m_parsed);
    m_words->setText(tr("%n words", nullptr, time.textWords) + QStringLiteral(" · ")
                     + tr("%n min", nullptr, time.minutes));
    if (!m_problem.isNull())
        statusBar()->showMessage(m_problem.toString());
    else
        statusBar()->clearMessage();
}

QString ReadingEditor::statusSummary() const
{
    return m_words->text();
}

ReadingEditor::SaveOutcome ReadingEditor::save()
{
    if (m_filePath.isEmpty() && (m_readingId.isEmpty() || m_builtin)) {
        // A new reading, or an edited built-in one, needs a file of its own.
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Reading As"), QString(),
                                                          tr("Readings (*.md)"));
        if (path.isEmpty())
            return SaveOutcome::Refused;
        return saveAs(path);
    }
    return store(m_filePath);
}

ReadingEditor::SaveOutcome ReadingEditor::saveAs(const QString &path)
{
    return store(QFileInfo(path).absoluteFilePath());
}

ReadingEditor::SaveOutcome ReadingEditor::store(const QString &path)
{
    const auto finish = [this](SaveOutcome outcome, const QString &message) {
        m_lastSaveMessage = message;
        statusBar()->showMessage(message);
        if (outcome == SaveOutcome::Refused || outcome == SaveOutcome::Failed)
            QMessageBox::warning(this, tr("Save Reading"), message);
        return outcome;
    };
    refreshNow();
    const QByteArray bytes = m_source->toPlainText().toUtf8();
    if (!path.isEmpty()) {
        // Atomic: the old file stays whole until the new one is completely written.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return finish(SaveOutcome::Failed, tr("Could not save %1: %2").arg(path, file.errorString()));
        const QString oldAutosave = autosavePath();
        m_filePath = path;
        m_source->document()->setModified(false);
        QFile::remove(oldAutosave);
        QFile::remove(autosavePath());
    }
    if (!m_problem.isNull()) {
        if (path.isEmpty())
            return finish(SaveOutcome::Refused,
                          tr("Not saved: %1. The catalog keeps the reading as it was until this is fixed.")
                              .arg(m_problem.toString()));
        return finish(SaveOutcome::SavedNotImported,
                      tr("Saved to %1, but not imported: %2").arg(path, m_problem.toString()));
    }

    ImportService service(&m_catalog);
    SourceReport report;
    if (!path.isEmpty()) {
        report = service.importSource(path);
    } else {
        FormatInput input;
        input.bytes = bytes;
        input.sourceName = displayName();
        report = service.importInput(input);
    }
    if (!report.succeeded() || report.readings.isEmpty())
        return finish(path.isEmpty() ? SaveOutcome::Failed : SaveOutcome::SavedNotImported,
                      tr("Not imported: %1").arg(report.error.toString()));

    m_readingId = report.readings.constFirst().id;
    m_lastReanchor = report.reanchored;
    const QString oldAutosave = autosavePath();
    m_source->document()->setModified(false);
    QFile::remove(oldAutosave);
    QString message = tr("Saved “%1”.").arg(report.readings.constFirst().title);
    if (m_lastReanchor.total() > 0) {
        message += QLatin1Char(' ')
            + tr("My notes: %1 found again, %2 could not be found (they are listed in My Notes).")
                  .arg(m_lastReanchor.exact + m_lastReanchor.fuzzy)
                  .arg(m_lastReanchor.orphaned);
    }
    updateTitle();
    Q_EMIT readingSaved(m_readingId);
    return finish(SaveOutcome::Saved, message);
}

bool ReadingEditor::addEditorsNoteFromPreview()
{
    const std::optional<SourceRange> range = m_preview->selectedSourceRange();
    const AnnotatableText &text = m_preview->annotatableText();
    if (!range || range->end <= range->start) {
        statusBar()->showMessage(tr("Select a passage in the preview first."));
        return false;
    }
    const QString passage = text.text().mid(range->start, range->end - range->start).trimmed();
    if (passage.isEmpty() || passage.contains(QStringLiteral("\n\n"))) {
        statusBar()->showMessage(tr("An editor's note is on a passage within one paragraph."));
        return false;
    }
    // Find the passage in the source from the line where its block starts: its words in order,
    // with any white space (a line break) and emphasis marks between them.
    const TextLocation location = text.fromTextOffset(range->start);
    const QVector<Block> &blocks = location.part == TextLocation::Introduction ? m_preview->reading().introduction
                                                                               : m_preview->reading().body;
    const int line = location.block >= 0 && location.block < blocks.size() ? blocks.at(location.block).sourceLine : 1;
    QStringList words;
    const QStringList parts = passage.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : parts)
        words.append(QRegularExpression::escape(word));
    const QRegularExpression pattern(words.join(QStringLiteral("[*_]*\\s+[*_]*")));
    const QString source = m_source->toPlainText();
    const QTextBlock startBlock = m_source->document()->findBlockByNumber(qMax(0, line - 1));
    const QRegularExpressionMatch match = pattern.match(source, startBlock.isValid() ? startBlock.position() : 0);
    if (!match.hasMatch()) {
        statusBar()->showMessage(tr("The passage is not in the source as written; mark it there with {==…==}{>>…<<}."));
        return false;
    }
    const int start = int(match.capturedStart());
    const int end = int(match.capturedEnd());
    const QString opening = QStringLiteral("{==");
    const QString closing = QStringLiteral("==}{>>");
    QTextCursor cursor(m_source->document());
    cursor.beginEditBlock();
    cursor.setPosition(end);
    cursor.insertText(closing + QStringLiteral("<<}"));
    cursor.setPosition(start);
    cursor.insertText(opening);
    cursor.endEditBlock();
    cursor.setPosition(end + int(opening.size() + closing.size()));
    m_source->setTextCursor(cursor);
    m_source->ensureCursorVisible();
    m_source->setFocus();
    statusBar()->showMessage(tr("Write the note between {>> and <<}."));
    return true;
}

void ReadingEditor::setTypography(const Typography &typography)
{
    m_typography = typography;
    m_preview->setTypography(typography);
    m_highlighting->setTheme(typography.theme.kind);
    m_source->setPalette(m_highlighting->palette(m_source->palette()));
}

QString ReadingEditor::autosavePath() const
{
    if (m_dataDir.isEmpty())
        return QString();
    // One copy per file (or catalog reading, or new reading), named by a hash of where it belongs.
    const QString key = !m_filePath.isEmpty() ? QStringLiteral("file:") + m_filePath
        : !m_readingId.isEmpty()              ? QStringLiteral("reading:") + m_readingId
                                              : QStringLiteral("new");
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return m_dataDir + QStringLiteral("/autosave/") + QString::fromLatin1(hash) + QStringLiteral(".md");
}

bool ReadingEditor::autosaveNow()
{
    const QString path = autosavePath();
    if (path.isEmpty() || !isModified())
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray bytes = m_source->toPlainText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        statusBar()->showMessage(tr("Could not write the autosave copy %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ReadingEditor::offerAutosave()
{
    m_recoverable.clear();
    m_recoveryBar->hide();
    QFile file(autosavePath());
    if (autosavePath().isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const QString text = QString::fromUtf8(file.readAll());
    if (text == m_source->toPlainText()) {
        file.remove();
        return;
    }
    m_recoverable = text;
    const QDateTime when = QFileInfo(file).lastModified();
    m_recoveryLabel->setText(tr("Unsaved changes to this reading from %1 were kept when the editor "
                                "last closed without saving them.")
                                 .arg(QLocale().toString(when, QLocale::ShortFormat)));
    m_recoveryBar->show();
}

bool ReadingEditor::hasRecoverableAutosave() const
{
    return !m_recoverable.isEmpty();
}

bool ReadingEditor::recoverAutosave()
{
    if (m_recoverable.isEmpty())
        return false;
    // One edit, so Undo goes back to the file as it was saved.
    QTextCursor cursor(m_source->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_recoverable);
    m_recoverable.clear();
    m_recoveryBar->hide();
    refreshNow();
    statusBar()->showMessage(tr("Recovered the unsaved changes; save to keep them."));
    return true;
}

bool ReadingEditor::maybeKeepChanges()
{
    if (!isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved. Save them?").arg(m_parsed.title.isEmpty() ? displayName() : m_parsed.title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        QFile::remove(autosavePath());
        m_source->document()->setModified(false);
        return true;
    }
    const SaveOutcome outcome = save();
    return outcome == SaveOutcome::Saved || outcome == SaveOutcome::SavedNotImported;
}

void ReadingEditor::closeEvent(QCloseEvent *event)
{
    if (maybeKeepChanges())
        event->accept();
    else
        event->ignore();
}

} // namespace redletter
