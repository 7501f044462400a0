// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "catalog/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace redletter {

QString CommandLine::catalogPath() const
{
    if (dataDir.isEmpty())
        return Catalog::defaultPath();
    return QDir(dataDir).filePath(QStringLiteral("catalog.sqlite"));
}

static QString tr(const char *text)
{
    return QCoreApplication::translate("redletter::CommandLine", text);
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Red Letter: daily left theory. 15 minutes or less. Refreshes at midnight.\n"
           "Without options, opens the window on today's reading."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version and exit."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Keep the catalog in DIR instead of the user's data directory."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("Pretend today is DATE (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption import(QStringLiteral("import"),
                                    tr("Import reading files into the catalog, report each, and exit."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   tr("Print the day's reading as one JSON object and exit."));
    const QCommandLineOption archive(QStringLiteral("archive"),
                                     tr("Print the served days as JSON lines and exit."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the window with the day's reading to FILE.png and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Window size for --screenshot (default 1280x900)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       tr("Start in the tray without showing the window (start at login)."));
    // For end-to-end tests of the midnight reminder: not in --help.
    QCommandLineOption pretendNow(QStringLiteral("pretend-now"),
                                  tr("Start the clock at local time DATETIME and let it run."),
                                  QStringLiteral("YYYY-MM-DDTHH:MM:SS"));
    pretendNow.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, version, dataDir, date, import, today, archive, screenshot, size, minimized, pretendNow});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files for --import."),
                                 QStringLiteral("[FILE...]"));

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
        result.helpText = parser.helpText();
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
            return fail(tr("--date wants a date as YYYY-MM-DD, not '%1'").arg(parser.value(date)));
    }

    if (parser.isSet(pretendNow)) {
        // Exactly this form: Qt::ISODate would also take a bare date (Qt 5) or an offset.
        result.pretendNow = QDateTime::fromString(parser.value(pretendNow), QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
        if (!result.pretendNow.isValid())
            return fail(tr("--pretend-now wants a local date and time as YYYY-MM-DDTHH:MM:SS, not '%1'")
                            .arg(parser.value(pretendNow)));
        if (parser.isSet(date))
            return fail(tr("--date and --pretend-now cannot be combined"));
    }
    result.minimized = parser.isSet(minimized);

    const int modes = int(parser.isSet(import)) + int(parser.isSet(today))
        + int(parser.isSet(archive)) + int(parser.isSet(screenshot));
    if (modes > 1)
        return fail(tr("--import, --today, --archive and --screenshot cannot be combined"));

    if (parser.isSet(import)) {
        result.mode = CommandLine::Mode::Import;
        result.importFiles = parser.positionalArguments();
        if (result.importFiles.isEmpty())
            return fail(tr("--import needs at least one FILE"));
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1' (did you mean --import?)")
                        .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(size) && !parser.isSet(screenshot))
        return fail(tr("--size goes with --screenshot"));

    if (parser.isSet(today)) {
        result.mode = CommandLine::Mode::Today;
    } else if (parser.isSet(archive)) {
        result.mode = CommandLine::Mode::Archive;
    } else if (parser.isSet(screenshot)) {
        result.mode = CommandLine::Mode::Screenshot;
        result.screenshotFile = parser.value(screenshot);
        if (parser.isSet(size)) {
            static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const QRegularExpressionMatch match = sizePattern.match(parser.value(size));
            if (!match.hasMatch())
                return fail(tr("--size wants WIDTHxHEIGHT in pixels, like 1280x900, not '%1'")
                                .arg(parser.value(size)));
            result.screenshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        }
    }
    return result;
}

} // namespace redletter
