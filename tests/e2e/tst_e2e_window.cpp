// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary under a real X server: the commands, the window, and screenshots of it that a
// person can look at afterwards (they are kept in the build directory, tests/e2e/*.png).
#include "testsupport.h"
#include "virtualdisplay.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

class TestE2eWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void importThenTodayServesTheCuratedSample();
    void badImportExitsNonZeroWithPositionedError();
    void screenshotShowsThePage();
    void windowOpensOnTheXServer();

private:
    QProcessEnvironment environment() const;
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result runApp(const QStringList &arguments, int timeoutMs = 60000);

    test::VirtualDisplay m_xvfb;
    QString m_display;
    QTemporaryDir m_home;
    QString m_dataDir;
};

void TestE2eWindow::initTestCase()
{
    REDLETTER_REQUIRE_CORPUS();
    if (!test::VirtualDisplay::isAvailable())
        QSKIP("Xvfb is not installed (scripts/install-deps.sh test installs it)");
    QString error;
    QVERIFY2(m_xvfb.start(&error), qPrintable(error));
    m_display = m_xvfb.display();
    m_dataDir = m_home.filePath(QStringLiteral("data"));
}

void TestE2eWindow::cleanupTestCase()
{
    m_xvfb.stop();
}

QProcessEnvironment TestE2eWindow::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the real xcb platform, not offscreen
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    return env;
}

TestE2eWindow::Result TestE2eWindow::runApp(const QStringList &arguments, int timeoutMs)
{
    QProcess app;
    app.setProcessEnvironment(environment());
    app.start(QStringLiteral(REDLETTER_BINARY), arguments);
    Result result;
    if (!app.waitForFinished(timeoutMs)) {
        app.kill();
        app.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    result.out = QString::fromUtf8(app.readAllStandardOutput());
    result.err = QString::fromUtf8(app.readAllStandardError());
    return result;
}

void TestE2eWindow::importThenTodayServesTheCuratedSample()
{
    const QString sample = redletter::test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    const Result imported = runApp({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--import"), sample});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QLatin1String("(12 min; 4014 words, 3 footnotes, 3 editor's notes; language en)")), qPrintable(imported.out));

    const Result today = runApp({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--date"),
                                 QStringLiteral("2026-11-24"), QStringLiteral("--today")});
    QVERIFY2(today.exitCode == 0, qPrintable(today.err));
    const QJsonObject json = QJsonDocument::fromJson(today.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-24"));
    QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("The Dictatorship of the Proletariat"));
    QCOMPARE(json.value(QStringLiteral("minutes")).toInt(), 12);

    const Result archive = runApp({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--archive")});
    QCOMPARE(archive.exitCode, 0);
    QVERIFY2(archive.out.contains(QLatin1String("\"date\":\"2026-11-24\"")), qPrintable(archive.out));
}

void TestE2eWindow::badImportExitsNonZeroWithPositionedError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notitle.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\nauthor: Nobody\n---\n\nSome text.\n");
    file.close();
    const Result result = runApp({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--import"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(path + QLatin1Char(':')), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("title")), qPrintable(result.err));
    QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0); // one line
}

static double shareOfPixels(const QImage &image, const std::function<bool(const QColor &)> &test)
{
    qint64 hits = 0;
    qint64 total = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            ++total;
            if (test(image.pixelColor(x, y)))
                ++hits;
        }
    }
    return total ? double(hits) / total : 0;
}

void TestE2eWindow::screenshotShowsThePage()
{
    const QString png = QDir(QStringLiteral(REDLETTER_E2E_OUTPUT)).filePath(QStringLiteral("window-1280x900.png"));
    QFile::remove(png);
    const Result result = runApp({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--date"),
                                  QStringLiteral("2026-11-24"), QStringLiteral("--screenshot"), png,
                                  QStringLiteral("--size"), QStringLiteral("1280x900")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 900));
    // Mostly paper, some ink, a little of the red accent (kicker, footnote marks, masthead).
    const double paper = shareOfPixels(image, [](const QColor &c) { return c.lightness() > 235; });
    const double ink = shareOfPixels(image, [](const QColor &c) { return c.lightness() < 90; });
    const double red = shareOfPixels(image, [](const QColor &c) {
        return c.red() > 140 && c.green() < 90 && c.blue() < 90;
    });
    QVERIFY2(paper > 0.6, qPrintable(QString::number(paper)));
    QVERIFY2(ink > 0.01, qPrintable(QString::number(ink)));
    QVERIFY2(red > 0.0005, qPrintable(QString::number(red)));
}

void TestE2eWindow::windowOpensOnTheXServer()
{
    const QString xwininfo = QStandardPaths::findExecutable(QStringLiteral("xwininfo"));
    if (xwininfo.isEmpty())
        QSKIP("xwininfo is not installed");
    QProcess app;
    app.setProcessEnvironment(environment());
    app.start(QStringLiteral(REDLETTER_BINARY),
              {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--date"), QStringLiteral("2026-11-24")});
    QVERIFY(app.waitForStarted());
    const auto windowTree = [&] {
        QProcess tree;
        tree.setProcessEnvironment(environment());
        tree.start(xwininfo, {QStringLiteral("-root"), QStringLiteral("-tree")});
        tree.waitForFinished(5000);
        return QString::fromUtf8(tree.readAllStandardOutput());
    };
    const QString title = QStringLiteral("The Dictatorship of the Proletariat \u2014 Red Letter");
    QTRY_VERIFY2_WITH_TIMEOUT(windowTree().contains(title),
                              qPrintable(windowTree() + QString::fromUtf8(app.readAllStandardError())), 20000);

    // A picture of the real screen, for a person to look at.
    const QString import = QStandardPaths::findExecutable(QStringLiteral("import"));
    if (!import.isEmpty()) {
        QProcess shot;
        shot.setProcessEnvironment(environment());
        const QString png = QDir(QStringLiteral(REDLETTER_E2E_OUTPUT)).filePath(QStringLiteral("xvfb-screen.png"));
        shot.start(import, {QStringLiteral("-window"), QStringLiteral("root"), png});
        QVERIFY(shot.waitForFinished(20000));
        QCOMPARE(shot.exitCode(), 0);
        QVERIFY(!QImage(png).isNull());
    }
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestE2eWindow)
#include "tst_e2e_window.moc"
