// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appcontext.h"
#include "archivedialog.h"
#include "commands.h"
#include "readerview.h"
#include "schedule/midnightwatcher.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QToolBar>

namespace redletter {

static Theme::Kind systemThemeKind()
{
    // Follow the desktop: a dark window colour means the user runs a dark theme.
    return QApplication::palette().color(QPalette::Window).lightness() < 110 ? Theme::Dark
                                                                             : Theme::Light;
}

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Red Letter"));
    resize(1280, 900);

    m_reader = new ReaderView(this);
    Typography typography;
    typography.theme = Theme::forKind(systemThemeKind());
    m_reader->setTypography(typography);
    setCentralWidget(m_reader);

    createActions();

    m_watcher = new MidnightWatcher(context.clock(), this);
    connect(m_watcher, &MidnightWatcher::dayChanged, this, &MainWindow::onDayChanged);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Readings…"), this, &MainWindow::importReadings);
    import->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_todayAction = view->addAction(tr("&Today's Reading"), this, &MainWindow::showToday);
    m_todayAction->setObjectName(QStringLiteral("todayAction"));
    m_todayAction->setShortcut(Qt::CTRL | Qt::Key_T);
    QAction *archive = view->addAction(tr("&Archive…"), this, &MainWindow::openArchive);
    archive->setObjectName(QStringLiteral("archiveAction"));
    archive->setShortcut(Qt::CTRL | Qt::Key_Y);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Red Letter"), this, [this] {
        QMessageBox::about(this, tr("About Red Letter"),
                           tr("<p><b>Red Letter</b> %1</p><p>Daily left theory. 15 minutes or less. "
                              "Refreshes at midnight.</p>")
                               .arg(QStringLiteral(REDLETTER_VERSION_STRING)));
    });

    QToolBar *bar = addToolBar(tr("Masthead"));
    bar->setObjectName(QStringLiteral("masthead"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *masthead = new QLabel(this);
    masthead->setObjectName(QStringLiteral("mastheadLabel"));
    masthead->setTextFormat(Qt::RichText);
    masthead->setText(tr("<span style=\"font-family:'EB Garamond','Charis SIL',serif; font-size:15pt;"
                         " color:#b01e1e; font-variant:small-caps; letter-spacing:1px\">Red Letter</span>"
                         "&nbsp;&nbsp;<span style=\"color:palette(mid)\">Daily left theory. "
                         "15 minutes or less. Refreshes at midnight.</span>"));
    masthead->setContentsMargins(10, 2, 10, 2);
    bar->addWidget(masthead);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("dateLabel"));
    m_dateLabel->setContentsMargins(10, 0, 10, 0);
    bar->addWidget(m_dateLabel);
    bar->addAction(m_todayAction);
    bar->addAction(archive);
}

QString MainWindow::shownReadingId() const
{
    return m_reader->reading().id;
}

void MainWindow::showToday()
{
    m_followsToday = true;
    showDay(m_context.clock().today());
}

void MainWindow::showDay(const QDate &day)
{
    QString error;
    const std::optional<ServedDay> served = m_context.schedule().serve(day, &error);
    m_shownDay = day;
    if (!served) {
        m_reader->showMessage(tr("Nothing to read today"),
                              tr("%1 Import readings with File › Import Readings….").arg(error));
        updateTitle();
        Q_EMIT readingShown(day, QString());
        return;
    }
    const std::optional<Reading> reading = m_context.catalog().reading(served->readingId);
    if (!reading) {
        m_reader->showMessage(tr("This reading cannot be shown"),
                              tr("The catalog %1 has no readable content for '%2'.")
                                  .arg(m_context.catalog().path(), served->readingId));
        updateTitle();
        Q_EMIT readingShown(day, QString());
        return;
    }
    const ReadingTime time = ReadingTimeEstimator().estimate(*reading);
    m_reader->showReading(*reading, time, day);
    updateTitle();
    Q_EMIT readingShown(day, reading->id);
}

void MainWindow::updateTitle()
{
    const QString title = m_reader->reading().title;
    setWindowTitle(title.isEmpty() ? tr("Red Letter") : tr("%1 — Red Letter").arg(title));
    const bool isToday = m_shownDay == m_context.clock().today();
    m_dateLabel->setText(isToday ? tr("Today, %1").arg(QLocale().toString(m_shownDay, QLocale::LongFormat))
                                 : QLocale().toString(m_shownDay, QLocale::LongFormat));
    m_todayAction->setEnabled(!isToday);
}

void MainWindow::onDayChanged(const QDate &day)
{
    Q_UNUSED(day);
    // Someone reading yesterday's text from the archive keeps it; the one on today moves on.
    if (m_followsToday)
        showToday();
    else
        updateTitle();
}

void MainWindow::openArchive()
{
    auto *dialog = new ArchiveDialog(m_context.catalog(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ArchiveDialog::dayChosen, this, [this](const QDate &day) {
        m_followsToday = day == m_context.clock().today();
        showDay(day);
    });
    dialog->open();
}

void MainWindow::importReadings()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Readings"), QString(), tr("Readings (*.md *.markdown *.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    QString report;
    QString problems;
    QTextStream out(&report);
    QTextStream err(&problems);
    const int status = commands::importFiles(m_context, files, out, err);
    if (status == 0)
        QMessageBox::information(this, tr("Import Readings"), report);
    else
        QMessageBox::warning(this, tr("Import Readings"),
                             report + (report.isEmpty() ? QString() : QStringLiteral("\n")) + problems);
}

} // namespace redletter
