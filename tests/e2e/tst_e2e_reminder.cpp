// SPDX-License-Identifier: GPL-3.0-or-later
// The midnight reminder end to end: the real redletter binary under a real X server (Xvfb), with
// a private session bus, a real notification daemon (dunst) and a real tray host (trayer). The
// clock starts three seconds before midnight (--pretend-now) and runs. Screenshots of the tray
// icon, its menu and the notification are kept in the build directory (tests/e2e/*.png).
#include "privatebus.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

const QString ReadingTitle = QStringLiteral("A Test Reading for the Morning");
const QString ExpectedSummary = QStringLiteral("Today's reading: A Test Reading for the Morning · Test Author · 4 min");
const QString WindowTitle = ReadingTitle + QStringLiteral(" — Red Letter");

/*!
 * How long after its launch the app may take to notify: the pretended midnight is three seconds
 * after its clock starts, so five seconds as the issue asks. A sanitizer build starts several
 * times slower, and its clock starts only once Qt is up.
 */
#ifdef REDLETTER_SANITIZED_BUILD
constexpr int NotificationDeadlineMsecs = 15000;
#else
constexpr int NotificationDeadlineMsecs = 5000;
#endif

QString outputPath(const QString &name)
{
    return QDir(QStringLiteral(REDLETTER_E2E_OUTPUT)).filePath(name);
}

} // namespace

class TestE2eReminder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void withTray_oneNotificationAtMidnight_andItsActionOpensTheReading();
    void withoutTray_stillNotifiesOnce();

private:
    QProcessEnvironment environment() const;
    QString run(const QString &program, const QStringList &arguments, int timeoutMs = 10000);
    bool startDaemon(QProcess &process, const QString &program, const QStringList &arguments);
    void startDunst();
    void startTrayer();
    void startApp(const QStringList &extraArguments);
    QStringList receivedSummaries() const;
    bool windowVisible(const QString &title);
    QImage screenshot(const QString &name);
    std::optional<QRect> trayIconGeometry();
    QString appLog();

    QString m_xvfbBinary;
    QProcess m_xvfb;
    QString m_display;
    redletter::test::PrivateBus m_bus;
    QTemporaryDir m_home;
    QString m_readingFile;

    // Per test.
    std::unique_ptr<QTemporaryDir> m_case;
    std::unique_ptr<QProcess> m_dunst;
    std::unique_ptr<QProcess> m_trayer;
    std::unique_ptr<QProcess> m_app;
};

void TestE2eReminder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *tool : {"Xvfb", "dbus-daemon", "dunst", "dunstctl", "trayer", "xdotool", "xwininfo", "import"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps.sh test installs it)")
                                 .arg(QString::fromLatin1(tool))));
    }
    m_xvfb.start(QStandardPaths::findExecutable(QStringLiteral("Xvfb")),
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                  QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    QVERIFY(m_xvfb.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine() || m_xvfb.state() != QProcess::Running, 15000);
    const QString number = QString::fromLatin1(m_xvfb.readLine()).trimmed();
    QVERIFY2(!number.isEmpty(), "Xvfb did not report a display");
    m_display = QLatin1Char(':') + number;

    QString error;
    QVERIFY2(m_bus.start(&error), qPrintable(error));
    QVERIFY(QFile::setPermissions(m_home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    // A reading curated for the day after the pretended evening.
    m_readingFile = m_home.filePath(QStringLiteral("morning.md"));
    QFile reading(m_readingFile);
    QVERIFY(reading.open(QIODevice::WriteOnly));
    reading.write("---\n"
                  "title: A Test Reading for the Morning\n"
                  "author: Test Author\n"
                  "work: Notes for Tests\n"
                  "year: 1999\n"
                  "date: 2026-11-25\n"
                  "minutes: 4\n"
                  "tagline: Written for the end-to-end test of the midnight reminder\n"
                  "---\n\n"
                  "A few words to read in the morning, after the reminder at midnight.\n");
}

void TestE2eReminder::cleanupTestCase()
{
    m_bus.stop();
    if (m_xvfb.state() == QProcess::Running) {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }
}

void TestE2eReminder::init()
{
    m_case = std::make_unique<QTemporaryDir>(m_home.filePath(QStringLiteral("case-XXXXXX")));
    QVERIFY(m_case->isValid());
    QVERIFY(QDir().mkpath(m_case->filePath(QStringLiteral("runtime"))));
    QVERIFY(QFile::setPermissions(m_case->filePath(QStringLiteral("runtime")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString data = m_case->filePath(QStringLiteral("data"));
    const QString imported = run(QStringLiteral(REDLETTER_BINARY),
                                 {QStringLiteral("--data-dir"), data, QStringLiteral("--import"), m_readingFile});
    QVERIFY2(imported.contains(ReadingTitle), qPrintable(imported));
}

static void stopProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    process.reset();
}

void TestE2eReminder::cleanup()
{
    if (QTest::currentTestFailed() && m_app)
        qWarning().noquote() << "redletter said:\n" << appLog();
    stopProcess(m_app);
    stopProcess(m_trayer);
    stopProcess(m_dunst);
    m_case.reset();
}

QProcessEnvironment TestE2eReminder::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_bus.address());
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the real xcb platform, not offscreen
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    const QString caseDir = m_case ? m_case->path() : m_home.path();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), caseDir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), caseDir + QStringLiteral("/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), caseDir + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), caseDir + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("redletter.desktop.info=true;redletter.schedule.info=true"));
    return env;
}

QString TestE2eReminder::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

bool TestE2eReminder::startDaemon(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(program), arguments);
    return process.waitForStarted(10000);
}

void TestE2eReminder::startDunst()
{
    // The daemon records each notification it receives through its own script hook.
    const QString script = m_case->filePath(QStringLiteral("record.sh"));
    QFile scriptFile(script);
    QVERIFY(scriptFile.open(QIODevice::WriteOnly));
    scriptFile.write("#!/bin/sh\nprintf '%s\\n' \"$DUNST_SUMMARY\" >> \"$(dirname \"$0\")/received.txt\"\n");
    scriptFile.close();
    QVERIFY(scriptFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString config = m_case->filePath(QStringLiteral("dunstrc"));
    QFile configFile(config);
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write("[global]\n"
                     "    font = DejaVu Sans 10\n"
                     "    origin = top-right\n"
                     "    offset = 10x40\n"
                     "    width = 420\n"
                     "    idle_threshold = 0\n"
                     "    show_indicators = no\n"
                     "[urgency_normal]\n"
                     "    timeout = 0\n" // stays until acted upon, so the test can invoke its action
                     "[record]\n"
                     "    appname = \"*\"\n"
                     "    script = " + QFile::encodeName(script) + "\n");
    configFile.close();
    m_dunst = std::make_unique<QProcess>();
    QVERIFY(startDaemon(*m_dunst, QStringLiteral("dunst"), {QStringLiteral("-config"), config}));
    QTRY_VERIFY2_WITH_TIMEOUT(run(QStringLiteral("dunstctl"), {QStringLiteral("is-paused")}).trimmed() == QLatin1String("false"),
                              "dunst did not come up on the private bus", 10000);
}

void TestE2eReminder::startTrayer()
{
    m_trayer = std::make_unique<QProcess>();
    QVERIFY(startDaemon(*m_trayer, QStringLiteral("trayer"),
                        {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"), QStringLiteral("right"),
                         QStringLiteral("--widthtype"), QStringLiteral("request"), QStringLiteral("--height"),
                         QStringLiteral("24")}));
    QTRY_VERIFY2_WITH_TIMEOUT(run(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")})
                                  .contains(QLatin1String("(\"panel\" \"trayer\")")),
                              "trayer did not map its panel", 10000);
}

void TestE2eReminder::startApp(const QStringList &extraArguments)
{
    m_app = std::make_unique<QProcess>();
    m_app->setProcessEnvironment(environment());
    m_app->setProcessChannelMode(QProcess::MergedChannels);
    m_app->start(QStringLiteral(REDLETTER_BINARY),
                 QStringList{QStringLiteral("--data-dir"), m_case->filePath(QStringLiteral("data")),
                             QStringLiteral("--pretend-now"), QStringLiteral("2026-11-24T23:59:57")}
                     + extraArguments);
    QVERIFY(m_app->waitForStarted(10000));
}

QString TestE2eReminder::appLog()
{
    return m_app ? QString::fromUtf8(m_app->readAll()) : QString();
}

QStringList TestE2eReminder::receivedSummaries() const
{
    QFile file(m_case->filePath(QStringLiteral("received.txt")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool TestE2eReminder::windowVisible(const QString &title)
{
    const QString ids = run(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                                        QStringLiteral("--name"), QRegularExpression::escape(title)});
    return !ids.trimmed().isEmpty() && !ids.contains(QLatin1String("rror"));
}

QImage TestE2eReminder::screenshot(const QString &name)
{
    const QString png = outputPath(name);
    QFile::remove(png);
    run(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), png}, 20000);
    return QImage(png);
}

std::optional<QRect> TestE2eReminder::trayIconGeometry()
{
    // The docked icon: a small window of ours inside trayer's panel, e.g.
    //   0x600006 "Red Letter": ("redletter" "redletter")  22x22+0+0  +1577+1
    static const QRegularExpression iconLine(
        QStringLiteral("\"Red Letter\": \\(\"redletter\" \"redletter\"\\)\\s+(\\d+)x(\\d+)\\+-?\\d+\\+-?\\d+\\s+\\+(-?\\d+)\\+(-?\\d+)"));
    const QString tree = run(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")});
    QRegularExpressionMatchIterator it = iconLine.globalMatch(tree);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QRect rect(match.captured(3).toInt(), match.captured(4).toInt(), match.captured(1).toInt(),
                         match.captured(2).toInt());
        if (rect.width() <= 64 && rect.height() <= 64 && rect.width() > 4 && rect.top() >= 0 && rect.left() >= 0)
            return rect;
    }
    return std::nullopt;
}

void TestE2eReminder::withTray_oneNotificationAtMidnight_andItsActionOpensTheReading()
{
    startDunst();
    startTrayer();
    // Today's reminder went out this morning; the app was started at login, in the tray.
    // With --data-dir, the settings live beside the catalog.
    QFile settings(m_case->filePath(QStringLiteral("data/redletter.conf")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[reminder]\nlastReminded=2026-11-24\n");
    settings.close();
    startApp({QStringLiteral("--minimized")});

    // Started at 23:59:57: within five seconds, exactly one notification, for the 25th's reading.
    QTRY_VERIFY2_WITH_TIMEOUT(!receivedSummaries().isEmpty(), qPrintable(appLog()), NotificationDeadlineMsecs);
    QTest::qWait(1500);
    QCOMPARE(receivedSummaries(), QStringList{ExpectedSummary});
    QVERIFY2(!windowVisible(WindowTitle), "the window stays in the tray until the notification is clicked");

    // The icon in the tray, and its menu.
    QTRY_VERIFY2_WITH_TIMEOUT(trayIconGeometry().has_value(), "the icon did not dock in trayer", 10000);
    const QRect icon = *trayIconGeometry();
    const QImage screen = screenshot(QStringLiteral("reminder-notification.png"));
    QVERIFY(!screen.isNull());
    const QRect around = QRect(icon.right() - 119, 0, 120, 40).intersected(screen.rect());
    QVERIFY(screen.copy(around).scaled(around.size() * 4).save(outputPath(QStringLiteral("tray-icon.png"))));
    // The icon is drawn: the red of the app's icon is there, not only the panel's grey.
    int red = 0;
    for (int y = icon.top(); y <= icon.bottom(); ++y)
        for (int x = icon.left(); x <= icon.right(); ++x) {
            const QColor c = screen.pixelColor(x, y);
            red += c.red() > 140 && c.green() < 90 && c.blue() < 90;
        }
    QVERIFY2(red > icon.width() * icon.height() / 10, qPrintable(QString::number(red)));

    run(QStringLiteral("xdotool"), {QStringLiteral("mousemove"), QString::number(icon.center().x()),
                                    QString::number(icon.center().y()), QStringLiteral("click"), QStringLiteral("3")});
    QTest::qWait(700); // the menu pops up and paints
    const QImage withMenu = screenshot(QStringLiteral("tray-menu-screen.png"));
    QVERIFY(!withMenu.isNull());
    const QRect menuArea = QRect(QPoint(withMenu.width() - 420, 0), QSize(420, 260)).intersected(withMenu.rect());
    QVERIFY(withMenu.copy(menuArea).save(outputPath(QStringLiteral("tray-menu.png"))));
    // Down to "Reminder Time" and into its submenu, as a keyboard user would.
    run(QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("Down"), QStringLiteral("Down"),
                                    QStringLiteral("Down"), QStringLiteral("Down"), QStringLiteral("Right")});
    QTest::qWait(700);
    const QImage withSubmenu = screenshot(QStringLiteral("tray-menu-reminder-time-screen.png"));
    QVERIFY(!withSubmenu.isNull());
    const QRect submenuArea = QRect(QPoint(withSubmenu.width() - 560, 0), QSize(560, 260)).intersected(withSubmenu.rect());
    QVERIFY(withSubmenu.copy(submenuArea).save(outputPath(QStringLiteral("tray-menu-reminder-time.png"))));
    run(QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("Escape"), QStringLiteral("Escape")});
    QTest::qWait(300);

    // Clicking the notification: the daemon invokes its default action; the window opens on the reading.
    run(QStringLiteral("dunstctl"), {QStringLiteral("action"), QStringLiteral("0")});
    QTRY_VERIFY2_WITH_TIMEOUT(windowVisible(WindowTitle), qPrintable(appLog()), 10000);
    QVERIFY(!screenshot(QStringLiteral("reminder-window.png")).isNull());
    QCOMPARE(receivedSummaries().size(), 1);
}

void TestE2eReminder::withoutTray_stillNotifiesOnce()
{
    // No tray host: the window is the app (shown at start, so today's reading counts as seen).
    startDunst();
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    startApp({});
    QTRY_VERIFY2_WITH_TIMEOUT(windowVisible(QStringLiteral("Red Letter")), qPrintable(appLog()), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(!receivedSummaries().isEmpty(), qPrintable(appLog()),
                              qMax<int>(1000, NotificationDeadlineMsecs - int(sinceLaunch.elapsed())));
    QTest::qWait(1500);
    QCOMPARE(receivedSummaries(), QStringList{ExpectedSummary});
    QTRY_VERIFY2_WITH_TIMEOUT(windowVisible(WindowTitle), "the window moved on to the new day's reading", 5000);
}

QTEST_GUILESS_MAIN(TestE2eReminder)
#include "tst_e2e_reminder.moc"
