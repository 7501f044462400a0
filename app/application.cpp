// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "appcontext.h"
#include "commandline.h"
#include "commands.h"
#include "desktop/desktopintegration.h"
#include "desktop/desktoplogging.h"
#include "desktop/singleinstance.h"
#include "mainwindow.h"
#include "util/languagetranslator.h"
#include "util/qtcompat.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initRedLetterResources()
{
    Q_INIT_RESOURCE(resources);
    Q_INIT_RESOURCE(translations);
}

namespace redletter {

void initResources()
{
    static bool done = false;
    if (!done) {
        initRedLetterResources();
        done = true;
    }
}

void installTranslators(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    static QPointer<QTranslator> english;
    static QPointer<QTranslator> ours;
    static QPointer<QTranslator> qt;
    for (QTranslator *old : {english.data(), ours.data(), qt.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    // From the installed or build tree's share/redletter/translations, else the embedded ones
    // (DataLocations), where LanguageTranslator finds a reading's language too.
    const QString directory = LanguageTranslator::translationsDirectory();
    // English plural forms first ("1 part", not "1 parts"): the source strings are English, and
    // Qt takes the forms of a "%n" string from a translation. The locale's own, installed after
    // it, is asked first.
    english = new QTranslator(app);
    if (english->load(QStringLiteral("redletter_en"), directory))
        QCoreApplication::installTranslator(english);
    ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("redletter"), QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), compat::qtTranslationsPath()))
        QCoreApplication::installTranslator(qt);
}

static bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

static int takeScreenshot(AppContext &context, const CommandLine &commandLine, QTextStream &err)
{
    MainWindow window(context);
    // Laid out and painted like a shown window, without putting one on the user's screen.
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(commandLine.screenshotSize);
    if (commandLine.readingId.isEmpty()) {
        window.showToday();
    } else if (context.catalog().entry(commandLine.readingId)) {
        window.showReading(commandLine.readingId);
    } else {
        err << commands::noSuchReading(context, commandLine.readingId) << '\n';
        return 1;
    }
    window.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(commandLine.screenshotFile, "PNG")) {
        err << commandLine.screenshotFile << ": cannot write the screenshot" << '\n';
        return 1;
    }
    return 0;
}

// The exit status of a command that ran on a catalog recovered from damage (see README).
constexpr int RecoveredExitStatus = 3;

// The command-line modes that need the catalog (the window is not one of them).
static int runCommand(AppContext &context, const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    switch (commandLine.mode) {
    case CommandLine::Mode::Import:
        return commands::importSources(context, commandLine.importSources, out, err);
    case CommandLine::Mode::List:
        return commands::printList(context, out, err);
    case CommandLine::Mode::Search:
        return commands::printSearch(context, commandLine.searchQuery, out, err);
    case CommandLine::Mode::Show:
        return commands::showReading(context, commandLine.readingId, out, err);
    case CommandLine::Mode::Today:
        return commands::printToday(context, out, err);
    case CommandLine::Mode::Queue:
        return commands::queue(context, commandLine.readingId, out, err);
    case CommandLine::Mode::Archive:
        return commands::printArchive(context, out, err);
    case CommandLine::Mode::Screenshot:
        return takeScreenshot(context, commandLine, err);
    case CommandLine::Mode::ExportPdf:
    case CommandLine::Mode::ExportMarkdown:
    case CommandLine::Mode::ExportAnnotations:
        return commands::exportAnnotations(context, commandLine, out, err);
    case CommandLine::Mode::ImportAnnotations:
        return commands::importAnnotations(context, commandLine.exportFile, out, err);
    default:
        break;
    }
    return 0;
}

int runApplication(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine commandLine = parseCommandLine(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
    case CommandLine::Mode::Version:
        out << commandLine.helpText;
        return 0;
    case CommandLine::Mode::Error:
        err << "redletter: " << commandLine.errorText << '\n'
            << "Try 'redletter --help' for more information." << '\n';
        return 2;
    default:
        break;
    }

    // Exports set type (fonts need a QGuiApplication) but show nothing; a screenshot needs no screen.
    if (commandLine.needsGui() && !commandLine.needsWindow() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    else if (commandLine.mode == CommandLine::Mode::Screenshot && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a screenshot needs no screen

    std::unique_ptr<QCoreApplication> app;
    if (commandLine.needsGui())
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("redletter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REDLETTER_VERSION_STRING));
    if (commandLine.needsGui()) {
        QGuiApplication::setApplicationDisplayName(QObject::tr("Red Letter"));
        QGuiApplication::setDesktopFileName(QStringLiteral("org.redletter.redletter"));
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/redletter.svg")));
    }
    initResources();
    installTranslators(QLocale());
    if (commandLine.mode == CommandLine::Mode::Check) // needs no catalog
        return commands::checkReadings(commandLine.checkFiles, err);

    // One window per catalog: a second launch hands its arguments to the first and leaves.
    std::unique_ptr<SingleInstance> instance;
    if (commandLine.mode == CommandLine::Mode::Window) {
        instance = std::make_unique<SingleInstance>(QFileInfo(commandLine.catalogPath()).absoluteFilePath());
        if (instance->sendToRunningInstance(commandLine.forwardedArguments()))
            return 0;
        QString instanceError;
        if (!instance->listen(&instanceError))
            qCWarning(lcDesktop) << "later launches will open a second window:" << instanceError;
    }

    std::unique_ptr<Clock> clock;
    if (commandLine.pretendNow.isValid()) {
        // A wall time in the zone the clock uses.
        clock = std::make_unique<OffsetClock>(QDateTime(commandLine.pretendNow.date(), commandLine.pretendNow.time(),
                                                        QTimeZone::systemTimeZone()));
    } else if (commandLine.date.isValid())
        clock = std::make_unique<OffsetClock>(OffsetClock::forDate(commandLine.date));
    else
        clock = std::make_unique<SystemClock>();
    AppContext context(std::move(clock));
    if (!commandLine.dataDir.isEmpty())
        context.setSettingsFile(QDir(commandLine.dataDir).filePath(QStringLiteral("redletter.conf")));
    // Preferences › Languages: menus in the language chosen there instead of the desktop's.
    const QString uiLanguage = context.settings().settings().uiLanguage;
    if (!uiLanguage.isEmpty())
        installTranslators(QLocale(uiLanguage));
    QString error;
    if (!context.open(commandLine.catalogPath(), &error)) {
        err << error << '\n';
        err.flush();
        if (commandLine.mode == CommandLine::Mode::Window)
            QMessageBox::critical(nullptr, QObject::tr("Red Letter"),
                                  QObject::tr("The catalog cannot be opened.\n\n%1").arg(error));
        return 1;
    }
    // A damaged catalog was recovered: the reader is told what was and what was not, on stderr
    // and in a dialog; a command still runs on what was recovered, and exits non-zero.
    const bool recovered = context.recoveryReport().has_value();
    if (recovered) {
        const QString report = context.recoveryReport()->toText();
        err << report << '\n';
        err.flush();
        if (commandLine.mode == CommandLine::Mode::Window)
            QMessageBox::warning(nullptr, QObject::tr("Red Letter"), report);
    }
    // Cannot be written now, but read: the reader is told why and what still works.
    if (!context.writeProblem().isEmpty()) {
        const QString message =
            QObject::tr("The catalog cannot be written now: %1\n\nYou can read, search and export as usual. "
                        "Notes you make are kept and saved as soon as the catalog can be written again.")
                .arg(context.writeProblem());
        err << message << '\n';
        err.flush();
        if (commandLine.mode == CommandLine::Mode::Window)
            QMessageBox::warning(nullptr, QObject::tr("Red Letter"), message);
    }
    if (commandLine.mode != CommandLine::Mode::Window) {
        // A command that changes the catalog makes the day's backup first, so a bad import can be
        // undone from it (a failure is logged, never fatal). One that only reads (--today, --list,
        // exports) exits at once: a copy of a large catalog would multiply its time, and the
        // window or the next changing command makes the day's backup.
        if (commandLine.changesCatalog())
            context.backUpIfDue();
        const int status = runCommand(context, commandLine, out, err);
        return recovered && status == 0 ? RecoveredExitStatus : status;
    }

    // XDG_CONFIG_HOME/redletter/redletter.conf, or beside a --data-dir catalog (AppContext).
    MainWindow window(context);
    DesktopIntegration desktop(context, window, context.settings());
    QObject::connect(instance.get(), &SingleInstance::argumentsReceived, &desktop,
                     &DesktopIntegration::handleArguments);
    desktop.start(commandLine.minimized && !commandLine.hasTargets());
    desktop.openTargets(commandLine);
    return app->exec();
}

} // namespace redletter
