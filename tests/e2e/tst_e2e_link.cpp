// SPDX-License-Identifier: GPL-3.0-or-later
// A redletter:// link from a Markdown export, opened the way a note app opens it: xdg-open finds
// our desktop entry as the handler of x-scheme-handler/redletter, starts `redletter LINK`, which
// hands the link to the running window; the window shows that note's passage in the middle of the
// window, framed for a moment. The real binary under Xvfb; the screen is kept as
// tests/e2e/link-opened.png (and link-opened-later.png, after the frame) for a person to look at.
#include "readerview.h"
#include "testsupport.h"
#include "typesetting/typography.h"
#include "virtualdisplay.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

namespace {
const QString NoteLink = QStringLiteral("redletter://reading/primer-the-state#annotation-3f0c6a52-7d1e-4b8a-9c55-2f7e1d0a9b41");
}

class TestE2eLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void xdgOpen_ofAnExportedLink_showsTheNoteInTheRunningWindow();

private:
    QProcessEnvironment environment() const;
    int run(const QString &program, const QStringList &arguments, QString *output = nullptr);
    QString windowTree();
    //! The on-screen geometry of the top-level window whose title has @p titlePart.
    QRect windowGeometry(const QString &titlePart);
    static int longestAccentRun(const QImage &image, int y, const QColor &accent);

    test::VirtualDisplay m_xvfb;
    QTemporaryDir m_home;
};

void TestE2eLink::initTestCase()
{
    for (const char *tool : {"Xvfb", "xdg-open", "xdg-mime", "xwininfo", "import"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: scripts/install-deps.sh test installs it").arg(QLatin1String(tool))));
    QString error;
    QVERIFY2(m_xvfb.start(&error), qPrintable(error));

    // Our desktop entry, as the package installs it, but starting the binary of this build.
    QFile source(test::sourceDir() + QStringLiteral("/packaging/org.redletter.redletter.desktop"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString entry = QString::fromUtf8(source.readAll());
    entry.replace(QStringLiteral("\nExec=redletter %U\n"), QStringLiteral("\nExec=%1 %U\n").arg(QStringLiteral(REDLETTER_BINARY)));
    entry.replace(QStringLiteral("\nTryExec=redletter\n"), QStringLiteral("\n"));
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("share/applications"))));
    QFile installed(m_home.filePath(QStringLiteral("share/applications/org.redletter.redletter.desktop")));
    QVERIFY(installed.open(QIODevice::WriteOnly));
    installed.write(entry.toUtf8());
    installed.close();
    QString out;
    QCOMPARE(run(QStringLiteral("xdg-mime"), {QStringLiteral("default"), QStringLiteral("org.redletter.redletter.desktop"),
                                              QStringLiteral("x-scheme-handler/redletter")}), 0);
    QCOMPARE(run(QStringLiteral("xdg-mime"), {QStringLiteral("query"), QStringLiteral("default"),
                                              QStringLiteral("x-scheme-handler/redletter")}, &out), 0);
    QCOMPARE(out.trimmed(), QStringLiteral("org.redletter.redletter.desktop"));
}

void TestE2eLink::cleanupTestCase()
{
    m_xvfb.stop();
}

QProcessEnvironment TestE2eLink::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_xvfb.display());
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the real xcb platform, not offscreen
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("XDG_CURRENT_DESKTOP")); // xdg-open's generic path: mimeapps.list + the entry's Exec
    env.remove(QStringLiteral("DESKTOP_SESSION"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("redletter.desktop.info=true"));
    return env;
}

int TestE2eLink::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = QStandardPaths::findExecutable(program);
    process.start(path.isEmpty() ? program : path, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QRect TestE2eLink::windowGeometry(const QString &titlePart)
{
    // xwininfo -tree: 0x1e00007 "Red Letter – What Is the State?": ("redletter" "redletter")  1280x900+0+0  +0+0
    static const QRegularExpression geometry(QStringLiteral("(\\d+)x(\\d+)\\+(-?\\d+)\\+(-?\\d+)\\s+\\+(-?\\d+)\\+(-?\\d+)"));
    const QStringList lines = windowTree().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.contains(titlePart))
            continue;
        const QRegularExpressionMatch match = geometry.match(line);
        if (match.hasMatch())
            return QRect(match.captured(5).toInt(), match.captured(6).toInt(), match.captured(1).toInt(),
                         match.captured(2).toInt());
    }
    return QRect();
}

int TestE2eLink::longestAccentRun(const QImage &image, int y, const QColor &accent)
{
    int longest = 0;
    int run = 0;
    for (int x = 0; x < image.width(); ++x) {
        const QColor pixel = image.pixelColor(x, y);
        const int distance = qAbs(pixel.red() - accent.red()) + qAbs(pixel.green() - accent.green())
            + qAbs(pixel.blue() - accent.blue());
        run = distance < 60 ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return longest;
}

QString TestE2eLink::windowTree()
{
    QString tree;
    run(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")}, &tree);
    return tree;
}

void TestE2eLink::xdgOpen_ofAnExportedLink_showsTheNoteInTheRunningWindow()
{
    // A note far down the built-in reading on the state, and the Markdown export's link to it.
    const QString binary = QStringLiteral(REDLETTER_BINARY);
    QString out;
    QVERIFY2(run(binary, {QStringLiteral("--import-annotations"),
                          test::sourceDir() + QStringLiteral("/tests/packaging/bakunin-note.json")}, &out) == 0,
             qPrintable(out));
    const QString markdown = m_home.filePath(QStringLiteral("notes.md"));
    QVERIFY2(run(binary, {QStringLiteral("--export-markdown"), markdown}, &out) == 0, qPrintable(out));
    QFile exported(markdown);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    static const QRegularExpression linkPattern(QStringLiteral("\\[Open in Red Letter\\]\\((redletter://[^)]+)\\)"));
    const QString link = linkPattern.match(QString::fromUtf8(exported.readAll())).captured(1);
    QCOMPARE(link, NoteLink);

    // The window runs on another day's reading.
    QProcess window;
    window.setProcessEnvironment(environment());
    window.setProcessChannelMode(QProcess::MergedChannels);
    const QString log = m_home.filePath(QStringLiteral("window.log"));
    window.setStandardOutputFile(log);
    const auto windowLog = [&log] {
        QFile file(log);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    window.start(binary, {QStringLiteral("--date"), QStringLiteral("2026-12-07")});
    QVERIFY(window.waitForStarted());
    QTRY_VERIFY2_WITH_TIMEOUT(windowTree().contains(QLatin1String("Imperialism")), qPrintable(windowTree()), 30000);
    QVERIFY(!windowTree().contains(QLatin1String("What Is the State?")));

    // As a note app does: xdg-open starts `redletter LINK`, which hands it over and leaves.
    QCOMPARE(run(QStringLiteral("xdg-open"), {link}, &out), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(windowTree().contains(QLatin1String("What Is the State?")),
                              qPrintable(windowTree() + windowLog()), 30000);
    // The window says what it did (redletter.desktop at info level, see environment()).
    QTRY_VERIFY2_WITH_TIMEOUT(windowLog().contains(QLatin1String("selected the passage of note 3f0c6a52")),
                              qPrintable(windowLog()), 10000);
    const QRect shown = windowGeometry(QStringLiteral("What Is the State?"));
    QVERIFY2(shown.height() > 300, qPrintable(windowTree()));

    // The passage is framed in the accent for a moment (ReaderView::RevealMarkMilliseconds): its
    // rules are rows with a long run of accent pixels. Screenshots until the frame is painted...
    const auto screenshot = [this](const QString &name) {
        const QString png = QDir(QStringLiteral(REDLETTER_E2E_OUTPUT)).filePath(name);
        return run(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), png}) == 0 ? QImage(png)
                                                                                                             : QImage();
    };
    const QColor accent = Typography().theme.accent;
    const auto accentRows = [&](const QImage &image) {
        QVector<int> rows;
        for (int y = qMax(0, shown.top()); y <= shown.bottom() && y < image.height(); ++y) {
            if (longestAccentRun(image, y, accent) >= 150)
                rows.append(y);
        }
        return rows;
    };
    QImage opened;
    QElapsedTimer sinceOpened;
    sinceOpened.start();
    do {
        QTest::qWait(100);
        opened = screenshot(QStringLiteral("link-opened.png"));
        QVERIFY(!opened.isNull());
    } while (accentRows(opened).size() < 2 && sinceOpened.elapsed() < ReaderView::RevealMarkMilliseconds);
    // ... and one after the frame's time: the rows that were the frame's are gone from it.
    QTest::qWait(ReaderView::RevealMarkMilliseconds + 500);
    const QImage later = screenshot(QStringLiteral("link-opened-later.png"));
    QVERIFY(!later.isNull());
    const QVector<int> stillThere = accentRows(later);
    QVector<int> frameRows;
    for (int y : accentRows(opened)) {
        if (!stillThere.contains(y))
            frameRows.append(y);
    }
    QVERIFY2(frameRows.size() >= 2, "no accent frame around the note's passage in link-opened.png");
    // ... and it stands in the middle of the window (the middle third; the window has its menus above the text).
    const int middle = (frameRows.first() + frameRows.last()) / 2;
    QVERIFY2(middle > shown.top() + shown.height() / 3 && middle < shown.top() + shown.height() * 2 / 3,
             qPrintable(QStringLiteral("frame at rows %1–%2, window %3 px high at %4")
                            .arg(frameRows.first()).arg(frameRows.last()).arg(shown.height()).arg(shown.top())));

    window.terminate();
    QVERIFY(window.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestE2eLink)
#include "tst_e2e_link.moc"
