// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/applink.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace redletter {

//! What the command line asked for. Parsing is separate from running so tests can check both.
struct CommandLine
{
    enum class Mode {
        Window, Import, List, Search, Show, Today, Queue, Archive, Screenshot,
        ExportPdf, ExportMarkdown, ExportAnnotations, ImportAnnotations, Check,
        Help, Version, Error
    };

    Mode mode = Mode::Window;
    QString dataDir;          //!< --data-dir: where catalog.sqlite lives (default: XDG data dir)
    QDate date;               //!< --date: pretend today is this local date
    QDateTime pretendNow;     //!< --pretend-now (hidden, for tests): the clock starts at this local time and runs
    bool minimized = false;   //!< --minimized: start in the tray without showing the window
    QStringList importSources; //!< --import FILE|URL...
    QStringList checkFiles;   //!< --check FILE...: reading-format files to check, nothing imported
    QString screenshotFile;   //!< --screenshot FILE.png
    QSize screenshotSize{1280, 900};
    QString exportFile;       //!< --export-pdf/--export-markdown/--export-annotations FILE, --import-annotations FILE
    QString readingId;        //!< --reading ID: only this reading's annotations; --show ID; --queue ID
    QString searchQuery;      //!< --search QUERY: words to find in the readings and my notes
    QDate from;               //!< --from DATE: annotations made on or after
    QDate to;                 //!< --to DATE: annotations made on or before
    QString tag;              //!< --tag TAG: annotations (or readings) with this tag
    bool wholeReading = false; //!< --whole-reading: the whole text with all notes (PDF, with --reading)
    bool pdfA = false;        //!< --pdfa: PDF/A-1b
    QString pageSize;         //!< --page-size A4|Letter (default: from the locale)
    std::optional<AppLink> openLink; //!< Window: a redletter:// link to open (reading, annotation)
    QStringList openFiles;    //!< Window: files to import and open ("Open With Red Letter"), absolute
    QString errorText;        //!< Mode::Error: what was wrong
    QString helpText;         //!< Mode::Help / Version: what to print

    //! Modes that set type (fonts need QGuiApplication; offscreen is fine) or show a window.
    bool needsGui() const
    {
        return mode == Mode::Window || mode == Mode::Screenshot || mode == Mode::ExportPdf
            || mode == Mode::ExportMarkdown || mode == Mode::ExportAnnotations;
    }
    bool needsWindow() const { return mode == Mode::Window || mode == Mode::Screenshot; }
    //! Commands that add to or change what the catalog holds (and back it up first).
    bool changesCatalog() const
    {
        return mode == Mode::Import || mode == Mode::ImportAnnotations || mode == Mode::Queue;
    }
    //! The catalog file for dataDir (or the default location).
    QString catalogPath() const;
    //! A link or files to open in the window.
    bool hasTargets() const { return openLink || !openFiles.isEmpty(); }
    /*!
     * The Window-mode arguments to hand a running instance, which has another working directory:
     * paths made absolute, the program first.
     */
    QStringList forwardedArguments() const;

    Q_DECLARE_TR_FUNCTIONS(redletter::CommandLine)
};

//! Parses @p arguments (arguments[0] is the program). Pure, apart from reading no files.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace redletter
