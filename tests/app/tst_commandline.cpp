// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QDir>
#include <QTest>

using namespace redletter;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void catalogPathFollowsDataDir();
    void minimizedAndPretendNow_areParsed_pretendNowIsHiddenFromHelp();
    void help_namesTheCommand();
    void search_takesTheQueryAsGiven_andIsInHelp();
    void screenshotOfAReading();
    void check_takesFiles_isInHelp_andStandsAlone();
    void aLink_opensTheWindowAtTheAnnotation();
    void files_areOpenedAsAbsolutePaths_andForwardedSo();
};

static QStringList args(const char *line)
{
    QStringList list{QStringLiteral("redletter")};
    const QString text = QString::fromUtf8(line);
    if (!text.isEmpty())
        list += text.split(QLatin1Char(' '));
    return list;
}

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("dataDir");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QSize>("size");

    const QSize defaultSize(1280, 900);
    QTest::newRow("no arguments opens the window")
        << args("") << int(CommandLine::Mode::Window) << QString() << QDate() << QStringList() << defaultSize;
    QTest::newRow("window with data dir and date")
        << args("--data-dir /tmp/x --date 2026-03-29") << int(CommandLine::Mode::Window)
        << QStringLiteral("/tmp/x") << QDate(2026, 3, 29) << QStringList() << defaultSize;
    QTest::newRow("import several files")
        << args("--import a.md b.md") << int(CommandLine::Mode::Import) << QString() << QDate()
        << QStringList{QStringLiteral("a.md"), QStringLiteral("b.md")} << defaultSize;
    QTest::newRow("files may come before --import")
        << args("a.md --import") << int(CommandLine::Mode::Import) << QString() << QDate()
        << QStringList{QStringLiteral("a.md")} << defaultSize;
    QTest::newRow("today") << args("--today") << int(CommandLine::Mode::Today) << QString() << QDate()
                           << QStringList() << defaultSize;
    QTest::newRow("queue") << args("--queue primer-hegemony --data-dir d") << int(CommandLine::Mode::Queue)
                           << QStringLiteral("d") << QDate() << QStringList() << defaultSize;
    QTest::newRow("archive") << args("--archive --data-dir d") << int(CommandLine::Mode::Archive)
                             << QStringLiteral("d") << QDate() << QStringList() << defaultSize;
    QTest::newRow("screenshot with size")
        << args("--screenshot out.png --size 800x900") << int(CommandLine::Mode::Screenshot)
        << QString() << QDate() << QStringList() << QSize(800, 900);
    QTest::newRow("help") << args("--help") << int(CommandLine::Mode::Help) << QString() << QDate()
                          << QStringList() << defaultSize;
    QTest::newRow("version") << args("--version") << int(CommandLine::Mode::Version) << QString()
                             << QDate() << QStringList() << defaultSize;
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, mode);
    QFETCH(QString, dataDir);
    QFETCH(QDate, date);
    QFETCH(QStringList, files);
    QFETCH(QSize, size);

    const CommandLine parsed = parseCommandLine(arguments);
    QCOMPARE(parsed.errorText, QString());
    QCOMPARE(int(parsed.mode), mode);
    QCOMPARE(parsed.dataDir, dataDir);
    QCOMPARE(parsed.date, date);
    QCOMPARE(parsed.importSources, files);
    QCOMPARE(parsed.screenshotSize, size);
    if (parsed.mode == CommandLine::Mode::Help) {
        QVERIFY(parsed.helpText.contains(QLatin1String("--screenshot")));
        // The command people type, not Qt's "<executable_name>" nor the test's own path.
        QVERIFY2(parsed.helpText.startsWith(QLatin1String("Usage: redletter [options]")), qPrintable(parsed.helpText));
    }
    if (parsed.mode == CommandLine::Mode::Version)
        QVERIFY(parsed.helpText.startsWith(QLatin1String("redletter ")));
}

void TestCommandLine::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("bad date") << args("--date 2026-02-30") << QStringLiteral("2026-02-30");
    QTest::newRow("date in another format") << args("--date 24.11.2026") << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("unknown option") << args("--frobnicate") << QStringLiteral("frobnicate");
    QTest::newRow("import without files") << args("--import") << QStringLiteral("FILE");
    QTest::newRow("check without files") << args("--check") << QStringLiteral("--check needs at least one FILE");
    QTest::newRow("check and import") << args("--check a.md --import") << QStringLiteral("cannot be combined");
    QTest::newRow("two modes") << args("--today --archive") << QStringLiteral("cannot be combined");
    QTest::newRow("queue and today") << args("--queue a --today") << QStringLiteral("cannot be combined");
    QTest::newRow("queue without an id") << args("--queue") << QStringLiteral("queue");
    QTest::newRow("search and list") << args("--search x --list") << QStringLiteral("cannot be combined");
    QTest::newRow("search without words") << args("--search") << QStringLiteral("search");
    QTest::newRow("a file with a mode") << args("--today a.md") << QStringLiteral("a.md");
    QTest::newRow("a link of another kind") << args("redletter://note/x") << QStringLiteral("redletter://reading/ID");
    QTest::newRow("two links") << args("redletter://reading/a redletter://reading/b") << QStringLiteral("one redletter:// link");
    QTest::newRow("a web link") << args("https://example.org/a.htm") << QStringLiteral("--import");
    QTest::newRow("bad size") << args("--screenshot a.png --size big") << QStringLiteral("big");
    QTest::newRow("size without screenshot") << args("--size 10x10") << QStringLiteral("--screenshot");
    QTest::newRow("reading without screenshot or export") << args("--reading x") << QStringLiteral("--screenshot");
    QTest::newRow("data dir without value") << args("--data-dir") << QStringLiteral("data-dir");
    QTest::newRow("pretend-now without a time") << args("--pretend-now 2026-11-24")
                                                << QStringLiteral("YYYY-MM-DDTHH:MM:SS");
    QTest::newRow("pretend-now with date") << args("--pretend-now 2026-11-24T23:59:57 --date 2026-11-24")
                                           << QStringLiteral("cannot be combined");
}

void TestCommandLine::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CommandLine parsed = parseCommandLine(arguments);
    QCOMPARE(int(parsed.mode), int(CommandLine::Mode::Error));
    QVERIFY2(parsed.errorText.contains(mentions), qPrintable(parsed.errorText));
}

void TestCommandLine::catalogPathFollowsDataDir()
{
    CommandLine commandLine;
    commandLine.dataDir = QStringLiteral("/tmp/somewhere");
    QCOMPARE(commandLine.catalogPath(), QStringLiteral("/tmp/somewhere/catalog.sqlite"));
}

void TestCommandLine::search_takesTheQueryAsGiven_andIsInHelp()
{
    // One argument with spaces and FTS5 syntax, as a shell passes a quoted query.
    const QString query = QStringLiteral("\"Klassenkampf AND (Staat* -Revolution");
    const CommandLine line = parseCommandLine({QStringLiteral("redletter"), QStringLiteral("--search"), query});
    QCOMPARE(int(line.mode), int(CommandLine::Mode::Search));
    QCOMPARE(line.searchQuery, query);
    QCOMPARE(int(parseCommandLine({QStringLiteral("redletter"), QStringLiteral("--search"), QStringLiteral("  ")}).mode),
             int(CommandLine::Mode::Error));
    const CommandLine help = parseCommandLine({QStringLiteral("redletter"), QStringLiteral("--help")});
    QVERIFY2(help.helpText.contains(QLatin1String("--search <QUERY>")), qPrintable(help.helpText));
}

void TestCommandLine::help_namesTheCommand()
{
    // Parsed under this test's QCoreApplication the parser would name tst_commandline's path; in
    // the app, parsed before any application object, "<executable_name>".
    const QString help = parseCommandLine(args("--help")).helpText;
    const QString usage = help.left(help.indexOf(QLatin1Char('\n')));
    QCOMPARE(usage, QStringLiteral("Usage: redletter [options] [FILE|URL...]"));
    QVERIFY2(!help.contains(QLatin1String("executable_name")), qPrintable(help));
    QVERIFY2(!help.contains(QLatin1String("tst_commandline")), qPrintable(help));
}

void TestCommandLine::minimizedAndPretendNow_areParsed_pretendNowIsHiddenFromHelp()
{
    const CommandLine parsed = parseCommandLine(args("--minimized --pretend-now 2026-11-24T23:59:57"));
    QCOMPARE(int(parsed.mode), int(CommandLine::Mode::Window));
    QVERIFY(parsed.minimized);
    QCOMPARE(parsed.pretendNow.date(), QDate(2026, 11, 24));
    QCOMPARE(parsed.pretendNow.time(), QTime(23, 59, 57));
    QVERIFY(!parseCommandLine(args("")).minimized);
    const QString help = parseCommandLine(args("--help")).helpText;
    QVERIFY2(help.contains(QLatin1String("--minimized")), qPrintable(help));
    QVERIFY2(!help.contains(QLatin1String("pretend-now")), qPrintable(help));
    QVERIFY2(help.contains(QLatin1String("--queue <ID>")), qPrintable(help));
    QCOMPARE(parseCommandLine(args("--queue lenin--state")).readingId, QStringLiteral("lenin--state"));
}

void TestCommandLine::screenshotOfAReading()
{
    const CommandLine parsed = parseCommandLine(args("--screenshot out.png --reading karl-marx--wage-labour"));
    QCOMPARE(int(parsed.mode), int(CommandLine::Mode::Screenshot));
    QCOMPARE(parsed.readingId, QStringLiteral("karl-marx--wage-labour"));
    QCOMPARE(parsed.screenshotFile, QStringLiteral("out.png"));
}

void TestCommandLine::check_takesFiles_isInHelp_andStandsAlone()
{
    const CommandLine parsed = parseCommandLine(args("--check a.md dir/b.markdown"));
    QCOMPARE(parsed.errorText, QString());
    QCOMPARE(int(parsed.mode), int(CommandLine::Mode::Check));
    QCOMPARE(parsed.checkFiles, (QStringList{QStringLiteral("a.md"), QStringLiteral("dir/b.markdown")}));
    QVERIFY(parsed.importSources.isEmpty());
    QVERIFY(!parsed.needsGui()); // runs headless, in CI of reading collections
    const CommandLine help = parseCommandLine(args("--help"));
    QVERIFY2(help.helpText.contains(QLatin1String("--check")), qPrintable(help.helpText));
    QVERIFY2(help.helpText.contains(QLatin1String("FILE:LINE:COL: message")), qPrintable(help.helpText));
}

void TestCommandLine::aLink_opensTheWindowAtTheAnnotation()
{
    // What xdg-open passes for a link in a Markdown export (Exec=redletter %U).
    const CommandLine parsed = parseCommandLine(
        args("redletter://reading/primer-the-state#annotation-3f0c6a52-7d1e-4b8a-9c55-2f7e1d0a9b41"));
    QCOMPARE(parsed.errorText, QString());
    QCOMPARE(int(parsed.mode), int(CommandLine::Mode::Window));
    QVERIFY(parsed.openLink);
    QCOMPARE(parsed.openLink->readingId, QStringLiteral("primer-the-state"));
    QCOMPARE(parsed.openLink->annotationId, QStringLiteral("3f0c6a52-7d1e-4b8a-9c55-2f7e1d0a9b41"));
    QVERIFY(parsed.hasTargets());
    QVERIFY(!parseCommandLine(args("")).hasTargets());
    // Handed to a running window as the same link.
    const CommandLine forwarded = parseCommandLine(parsed.forwardedArguments());
    QCOMPARE(int(forwarded.mode), int(CommandLine::Mode::Window));
    QVERIFY(forwarded.openLink);
    QCOMPARE(*forwarded.openLink, *parsed.openLink);
    const QString help = parseCommandLine(args("--help")).helpText;
    QVERIFY2(help.contains(QLatin1String("redletter://reading/ID#annotation-ID")), qPrintable(help));
}

void TestCommandLine::files_areOpenedAsAbsolutePaths_andForwardedSo()
{
    const QString here = QDir::currentPath();
    const CommandLine parsed = parseCommandLine(args("--data-dir d --date 2026-12-07 book.epub file:///tmp/page.htm"));
    QCOMPARE(parsed.errorText, QString());
    QCOMPARE(int(parsed.mode), int(CommandLine::Mode::Window));
    QCOMPARE(parsed.openFiles, (QStringList{here + QStringLiteral("/book.epub"), QStringLiteral("/tmp/page.htm")}));
    QVERIFY(!parsed.openLink);
    // A running window has another working directory: it gets absolute paths.
    const CommandLine forwarded = parseCommandLine(parsed.forwardedArguments());
    QCOMPARE(forwarded.openFiles, parsed.openFiles);
    QCOMPARE(forwarded.dataDir, here + QStringLiteral("/d"));
    QCOMPARE(forwarded.date, QDate(2026, 12, 7));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
