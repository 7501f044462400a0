// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "catalog/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace redletter {

namespace {

// The help text as people read it, naming the command they type. Parsed before any application
// object exists, Qt 6 names the program "<executable_name>" and Qt 5's helpText() crashes reading
// QCoreApplication::arguments(); a short-lived core application named "redletter" serves both.
QString helpTextOf(const QCommandLineParser &parser)
{
    if (QCoreApplication::instance())
        return parser.helpText();
    int argc = 1;
    char name[] = "redletter";
    char *argv[] = {name, nullptr};
    const QCoreApplication naming(argc, argv);
    return parser.helpText();
}

} // namespace

QString CommandLine::catalogPath() const
{
    if (dataDir.isEmpty())
        return Catalog::defaultPath();
    return QDir(dataDir).filePath(QStringLiteral("catalog.sqlite"));
}

QStringList CommandLine::forwardedArguments() const
{
    QStringList arguments{QStringLiteral("redletter")};
    if (!dataDir.isEmpty())
        arguments << QStringLiteral("--data-dir") << QFileInfo(dataDir).absoluteFilePath();
    if (date.isValid())
        arguments << QStringLiteral("--date") << date.toString(Qt::ISODate);
    if (minimized)
        arguments << QStringLiteral("--minimized");
    if (openLink)
        arguments << AppLink::url(openLink->readingId, openLink->annotationId).toString(QUrl::FullyEncoded);
    arguments << openFiles;
    return arguments;
}

//! A positional argument of the window: a redletter:// link, a file:// URL or a path.
static bool addTarget(CommandLine *result, const QString &argument, QString *error)
{
    if (AppLink::isAppLink(argument)) {
        const std::optional<AppLink> link = AppLink::parse(QUrl(argument));
        if (!link) {
            *error = CommandLine::tr("'%1' is not a Red Letter link (redletter://reading/ID#annotation-ID)").arg(argument);
            return false;
        }
        if (result->openLink) {
            *error = CommandLine::tr("one redletter:// link at a time");
            return false;
        }
        result->openLink = link;
        return true;
    }
    const QUrl url(argument);
    if (url.isLocalFile()) {
        result->openFiles.append(QFileInfo(url.toLocalFile()).absoluteFilePath());
        return true;
    }
    if (url.scheme().size() > 1 && !url.isRelative()) { // "C:" is no scheme, "https:" is
        *error = CommandLine::tr("unexpected argument '%1' (links are imported with --import)").arg(argument);
        return false;
    }
    result->openFiles.append(QFileInfo(argument).absoluteFilePath());
    return true;
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Red Letter: daily left theory. 15 minutes or less. Refreshes at midnight.\n"
           "Without options, opens the window on today's reading."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), CommandLine::tr("Show the version and exit."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     CommandLine::tr("Keep the catalog in DIR instead of the user's data directory."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  CommandLine::tr("Pretend today is DATE (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption import(QStringLiteral("import"),
                                    CommandLine::tr("Import files or links (a page, a whole work from its contents page, an EPUB, "
                                                    "a Gutenberg text, Markdown or a reading) into the catalog, report each, and exit."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   CommandLine::tr("Check reading-format files without importing them: print each problem as "
                                                   "FILE:LINE:COL: message and exit 1 if any file has one."));
    const QCommandLineOption list(QStringLiteral("list"),
                                  CommandLine::tr("Print every reading in the catalog as JSON lines and exit."));
    const QCommandLineOption search(QStringLiteral("search"),
                                    CommandLine::tr("Find QUERY's words in the readings and my notes; print the hits, best first, "
                                                    "as JSON lines (id, title, part, snippet with the words in **, rank) and exit."),
                                    QStringLiteral("QUERY"));
    const QCommandLineOption show(QStringLiteral("show"),
                                  CommandLine::tr("Print reading ID in the reading format and exit."), QStringLiteral("ID"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   CommandLine::tr("Print the day's reading as one JSON object and exit."));
    const QCommandLineOption queue(QStringLiteral("queue"),
                                   CommandLine::tr("Make the reading or work ID the next thing served (a work, or a reading "
                                                   "over 15 minutes, in parts from its next one) and exit."),
                                   QStringLiteral("ID"));
    const QCommandLineOption archive(QStringLiteral("archive"),
                                     CommandLine::tr("Print the served days as JSON lines and exit."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        CommandLine::tr("Render the window with the day's reading to FILE.png and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  CommandLine::tr("Window size for --screenshot (default 1280x900)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       CommandLine::tr("Start in the tray without showing the window (start at login)."));
    // For end-to-end tests of the midnight reminder: not in --help.
    QCommandLineOption pretendNow(QStringLiteral("pretend-now"),
                                  CommandLine::tr("Start the clock at local time DATETIME and let it run."),
                                  QStringLiteral("YYYY-MM-DDTHH:MM:SS"));
    pretendNow.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption exportPdf(QStringLiteral("export-pdf"),
                                       CommandLine::tr("Export annotated passages, with the notes in the margin, to FILE.pdf."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption exportMarkdown(QStringLiteral("export-markdown"),
                                            CommandLine::tr("Export annotated passages to Markdown."), QStringLiteral("FILE"));
    const QCommandLineOption exportAnnotations(QStringLiteral("export-annotations"),
                                               CommandLine::tr("Export my annotations as W3C Web Annotation JSON."),
                                               QStringLiteral("FILE.json"));
    const QCommandLineOption importAnnotations(QStringLiteral("import-annotations"),
                                               CommandLine::tr("Import W3C Web Annotation JSON into the catalog."),
                                               QStringLiteral("FILE.json"));
    const QCommandLineOption reading(QStringLiteral("reading"),
                                     CommandLine::tr("Export only this reading (its id); with --screenshot: show it."),
                                     QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("Export annotations made on or after DATE."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Export annotations made on or before DATE."),
                                QStringLiteral("DATE"));
    const QCommandLineOption tag(QStringLiteral("tag"), CommandLine::tr("Export annotations with this tag."), QStringLiteral("TAG"));
    const QCommandLineOption wholeReading(QStringLiteral("whole-reading"),
                                          CommandLine::tr("With --export-pdf and --reading: the whole reading with all notes."));
    const QCommandLineOption pdfA(QStringLiteral("pdfa"), CommandLine::tr("With --export-pdf: write PDF/A-1b."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      CommandLine::tr("With --export-pdf: A4 or Letter (default: from the locale)."),
                                      QStringLiteral("SIZE"));
    parser.addOptions({help, version, dataDir, date, import, check, list, search, show, today, queue, archive, screenshot, size, minimized, pretendNow,
                       exportPdf, exportMarkdown, exportAnnotations, importAnnotations, reading, from, to, tag,
                       wholeReading, pdfA, pageSize});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CommandLine::tr("Files or links for --import; files for --check. Without an option: a "
                                                 "redletter://reading/ID#annotation-ID link to open, or files (EPUB, HTML, "
                                                 "Markdown) to import and open."),
                                 QStringLiteral("[FILE|URL...]"));

    CommandLine result;
    const auto fail = [&result](const QString &text) {
        result.mode = CommandLine::Mode::Error;
        result.errorText = text;
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        result.mode = CommandLine::Mode::Help;
        // In a running application Qt names the program by the path it was started as: the help
        // (and the man page help2man makes from it) names the command people type.
        result.helpText = helpTextOf(parser);
        static const QRegularExpression usageProgram(QStringLiteral("^(\\S+: )\\S+"));
        result.helpText.replace(usageProgram, QStringLiteral("\\1redletter"));
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = CommandLine::Mode::Version;
        result.helpText = QStringLiteral("redletter " REDLETTER_VERSION_STRING "\n");
        return result;
    }

    result.dataDir = parser.value(dataDir);
    if (parser.isSet(date)) {
        result.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!result.date.isValid())
            return fail(CommandLine::tr("--date wants a date as YYYY-MM-DD, not '%1'").arg(parser.value(date)));
    }

    if (parser.isSet(pretendNow)) {
        // Exactly this form: Qt::ISODate would also take a bare date (Qt 5) or an offset.
        result.pretendNow = QDateTime::fromString(parser.value(pretendNow), QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
        if (!result.pretendNow.isValid())
            return fail(CommandLine::tr("--pretend-now wants a local date and time as YYYY-MM-DDTHH:MM:SS, not '%1'")
                            .arg(parser.value(pretendNow)));
        if (parser.isSet(date))
            return fail(CommandLine::tr("--date and --pretend-now cannot be combined"));
    }
    result.minimized = parser.isSet(minimized);

    const int modes = int(parser.isSet(import)) + int(parser.isSet(check)) + int(parser.isSet(list)) + int(parser.isSet(search)) + int(parser.isSet(show)) + int(parser.isSet(today)) + int(parser.isSet(queue)) + int(parser.isSet(archive))
        + int(parser.isSet(screenshot)) + int(parser.isSet(exportPdf)) + int(parser.isSet(exportMarkdown))
        + int(parser.isSet(exportAnnotations)) + int(parser.isSet(importAnnotations));
    if (modes > 1)
        return fail(CommandLine::tr("--import, --check, --list, --search, --show, --today, --queue, --archive, --screenshot, --export-… and --import-annotations "
                       "cannot be combined"));

    const bool exporting = parser.isSet(exportPdf) || parser.isSet(exportMarkdown) || parser.isSet(exportAnnotations);
    if (parser.isSet(reading) && !exporting && !parser.isSet(screenshot))
        return fail(CommandLine::tr("--reading goes with --screenshot, --export-pdf, --export-markdown or --export-annotations"));
    for (const QCommandLineOption *option : {&from, &to, &tag}) {
        if (parser.isSet(*option) && !exporting)
            return fail(CommandLine::tr("--%1 goes with --export-pdf, --export-markdown or --export-annotations")
                            .arg(option->names().constFirst()));
    }
    if ((parser.isSet(wholeReading) || parser.isSet(pdfA) || parser.isSet(pageSize)) && !parser.isSet(exportPdf))
        return fail(CommandLine::tr("--whole-reading, --pdfa and --page-size go with --export-pdf"));
    for (const auto &[option, target] : {std::pair{&from, &result.from}, std::pair{&to, &result.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid())
            return fail(CommandLine::tr("--%1 wants a date as YYYY-MM-DD, not '%2'")
                            .arg(option->names().constFirst(), parser.value(*option)));
    }
    result.readingId = parser.value(reading);
    result.tag = parser.value(tag);
    result.wholeReading = parser.isSet(wholeReading);
    result.pdfA = parser.isSet(pdfA);
    result.pageSize = parser.value(pageSize);
    if (!result.pageSize.isEmpty() && result.pageSize.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0
        && result.pageSize.compare(QLatin1String("Letter"), Qt::CaseInsensitive) != 0)
        return fail(CommandLine::tr("--page-size is A4 or Letter, not '%1'").arg(result.pageSize));
    if (result.wholeReading && result.readingId.isEmpty())
        return fail(CommandLine::tr("--whole-reading needs --reading ID"));
    const QList<std::pair<const QCommandLineOption *, CommandLine::Mode>> fileModes{
        {&exportPdf, CommandLine::Mode::ExportPdf},
        {&exportMarkdown, CommandLine::Mode::ExportMarkdown},
        {&exportAnnotations, CommandLine::Mode::ExportAnnotations},
        {&importAnnotations, CommandLine::Mode::ImportAnnotations}};
    for (const auto &fileMode : fileModes) {
        if (parser.isSet(*fileMode.first)) {
            result.mode = fileMode.second;
            result.exportFile = parser.value(*fileMode.first);
            if (!parser.positionalArguments().isEmpty())
                return fail(CommandLine::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
            return result;
        }
    }

    if (parser.isSet(import)) {
        result.mode = CommandLine::Mode::Import;
        result.importSources = parser.positionalArguments();
        if (result.importSources.isEmpty())
            return fail(CommandLine::tr("--import needs at least one FILE or URL"));
        return result;
    }
    if (parser.isSet(check)) {
        result.mode = CommandLine::Mode::Check;
        result.checkFiles = parser.positionalArguments();
        if (result.checkFiles.isEmpty())
            return fail(CommandLine::tr("--check needs at least one FILE"));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        // The window's own arguments: what the desktop hands over from "Open With" or a link.
        if (modes > 0)
            return fail(CommandLine::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
        for (const QString &argument : parser.positionalArguments()) {
            QString error;
            if (!addTarget(&result, argument, &error))
                return fail(error);
        }
    }
    if (parser.isSet(size) && !parser.isSet(screenshot))
        return fail(CommandLine::tr("--size goes with --screenshot"));

    if (parser.isSet(list)) {
        result.mode = CommandLine::Mode::List;
    } else if (parser.isSet(search)) {
        result.mode = CommandLine::Mode::Search;
        result.searchQuery = parser.value(search);
        if (result.searchQuery.trimmed().isEmpty())
            return fail(CommandLine::tr("--search needs the words to find"));
    } else if (parser.isSet(show)) {
        result.mode = CommandLine::Mode::Show;
        result.readingId = parser.value(show);
    } else if (parser.isSet(today)) {
        result.mode = CommandLine::Mode::Today;
    } else if (parser.isSet(queue)) {
        result.mode = CommandLine::Mode::Queue;
        result.readingId = parser.value(queue);
    } else if (parser.isSet(archive)) {
        result.mode = CommandLine::Mode::Archive;
    } else if (parser.isSet(screenshot)) {
        result.mode = CommandLine::Mode::Screenshot;
        result.screenshotFile = parser.value(screenshot);
        if (parser.isSet(size)) {
            static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const QRegularExpressionMatch match = sizePattern.match(parser.value(size));
            if (!match.hasMatch())
                return fail(CommandLine::tr("--size wants WIDTHxHEIGHT in pixels, like 1280x900, not '%1'")
                                .arg(parser.value(size)));
            result.screenshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        }
    }
    return result;
}

} // namespace redletter
