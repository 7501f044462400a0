// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German: the UI language is German (the translators main() installs for a German
// locale), so the menus, the notification and the PDF's own labels speak German; the page of a
// reading speaks the reading's language — German on a German reading, English on an English one.
#include "appcontext.h"
#include "application.h"
#include "commandline.h"
#include "commands.h"
#include "desktop/notifier.h"
#include "fakenotificationserver.h"
#include "mainwindow.h"
#include "privatebus.h"
#include "readerview.h"
#include "schedule/dailyschedule.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QAction>
#include <QDBusConnection>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace redletter;
using redletter::test::FakeNotificationServer;

namespace {

const QString GermanReading = QStringLiteral("primer-klassenkampf"); // lang: de, in the default catalog
const QString EnglishReading = QStringLiteral("primer-the-state");

QStringList menuTitles(const QMenuBar *bar)
{
    QStringList titles;
    for (const QAction *action : bar->actions())
        titles << action->text();
    return titles;
}

//! The header: the blocks of the reader's document before the first block of the introduction.
QStringList pageBlocks(const ReaderView *reader)
{
    return reader->document()->toPlainText().remove(QChar(0x00AD)).split(QLatin1Char('\n'));
}

} // namespace

class TestGermanUi : public test::WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void menusSpeakGerman();
    void germanReading_headerInGerman();
    void englishReading_headerInEnglish_menusStillGerman();
    void notificationSpeaksGerman();
    void pdfExport_labelsInGerman();

private:
    QString pdfText(const QStringList &arguments);

};

void TestGermanUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    installTranslators(QLocale());
    QCOMPARE(QCoreApplication::translate("redletter::MainWindow", "&File"), QStringLiteral("&Datei"));
}

void TestGermanUi::cleanupTestCase()
{
    installTranslators(QLocale(QLocale::English));
    QLocale::setDefault(QLocale::c());
}

void TestGermanUi::init()
{
    QString error;
    QVERIFY2(setUpContext(&error), qPrintable(error));
    QVERIFY(m_context->catalog().entry(GermanReading));
    QVERIFY(m_context->catalog().entry(EnglishReading));
    setUpWindow();
}

void TestGermanUi::cleanup()
{
    tearDown();
}

void TestGermanUi::menusSpeakGerman()
{
    const QStringList titles = menuTitles(m_window->menuBar());
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(','))));
    QVERIFY(titles.contains(QStringLiteral("&Bearbeiten")));
    QVERIFY(titles.contains(QStringLiteral("&Ansicht")));
    QVERIFY(titles.contains(QStringLiteral("&Lektüre")));
    QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
    // Every item of every menu is translated: none is left with its English text.
    QStringList english;
    const QList<QMenu *> menus = m_window->menuBar()->findChildren<QMenu *>();
    QVERIFY(menus.size() >= 5);
    for (const QMenu *menu : menus) {
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QString text = action->text();
            for (const char *word : {"&File", "&Edit", "&View", "&Help", "Today's Reading", "Archive", "Import",
                                     "Export", "Quit", "Copy", "Find", "Theme", "Margin", "Zoom"}) {
                if (text == QLatin1String(word) || text.startsWith(QLatin1String(word) + QLatin1Char(' ')))
                    english << text;
            }
        }
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1String(" | "))));
}

void TestGermanUi::germanReading_headerInGerman()
{
    m_window->showReading(GermanReading);
    const auto *reader = m_window->findChild<ReaderView *>(QStringLiteral("readerView"));
    QVERIFY(reader);
    QCOMPARE(reader->reading().language, QStringLiteral("de"));
    const QStringList blocks = pageBlocks(reader);
    const QString page = blocks.join(QLatin1Char('|'));
    QVERIFY2(blocks.contains(QStringLiteral("aus Red Letter Primers, 2026")), qPrintable(page.left(400)));
    QVERIFY2(blocks.contains(QStringLiteral("Einführung · Red Letter")), qPrintable(page.left(600)));
    bool germanMinutes = false;
    for (const QString &block : blocks)
        germanMinutes = germanMinutes || block.endsWith(QLatin1String(" Min."));
    QVERIFY2(germanMinutes, qPrintable(page.left(400)));
    QVERIFY(!page.contains(QLatin1String("Introduction")));
    QVERIFY(!blocks.contains(QStringLiteral("from Red Letter Primers, 2026")));
}

void TestGermanUi::englishReading_headerInEnglish_menusStillGerman()
{
    m_window->showReading(EnglishReading);
    const auto *reader = m_window->findChild<ReaderView *>(QStringLiteral("readerView"));
    QVERIFY(reader);
    const QStringList blocks = pageBlocks(reader);
    const QString page = blocks.join(QLatin1Char('|'));
    bool from = false;
    bool minutes = false;
    for (const QString &block : blocks) {
        from = from || block.startsWith(QLatin1String("from "));
        minutes = minutes || block.endsWith(QLatin1String(" min"));
    }
    QVERIFY2(from && minutes, qPrintable(page.left(400)));
    QVERIFY2(blocks.contains(QStringLiteral("Introduction · Red Letter")), qPrintable(page.left(600)));
    QVERIFY(!page.contains(QStringLiteral("Einführung ·")));
    QVERIFY(menuTitles(m_window->menuBar()).contains(QStringLiteral("&Ansicht")));
}

void TestGermanUi::notificationSpeaksGerman()
{
    test::PrivateBus bus;
    QString error;
    QVERIFY2(bus.start(&error), qPrintable(error));
    QDBusConnection server = QDBusConnection::connectToBus(bus.address(), QStringLiteral("german-server"));
    QDBusConnection app = QDBusConnection::connectToBus(bus.address(), QStringLiteral("german-app"));
    QVERIFY(server.isConnected() && app.isConnected());
    {
        FakeNotificationServer daemon(server);
        QVERIFY(daemon.registerOnBus());
        Notifier notifier(app);
        QSignalSpy shown(&notifier, &Notifier::reminderShown);
        const std::optional<Reading> reading = m_context->catalog().reading(EnglishReading);
        QVERIFY(reading);
        notifier.showReminder(QDate(2026, 11, 25), ReminderMessage::forReading(*reading, 9));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
        QCOMPARE(daemon.calls.size(), 1);
        const FakeNotificationServer::Call &call = daemon.calls.constFirst();
        QVERIFY2(call.summary.startsWith(QStringLiteral("Heutige Lektüre: ")), qPrintable(call.summary));
        QVERIFY2(call.summary.endsWith(QStringLiteral(" · 9 Min.")), qPrintable(call.summary));
        QCOMPARE(call.actions.value(1), QStringLiteral("Öffnen"));
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("german-server"));
    QDBusConnection::disconnectFromBus(QStringLiteral("german-app"));
}

QString TestGermanUi::pdfText(const QStringList &arguments)
{
    const QString pdf = m_dir->filePath(QStringLiteral("export.pdf"));
    const CommandLine commandLine =
        parseCommandLine(QStringList{QStringLiteral("redletter"), QStringLiteral("--export-pdf"), pdf} + arguments);
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int status = commands::exportAnnotations(*m_context, commandLine, o, e);
    e.flush();
    if (status != 0) {
        qWarning() << "export failed:" << err;
        return QString();
    }
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        qWarning("pdftotext is not installed (poppler-utils, scripts/install-deps.sh test)");
        return QString();
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QChar(0x00AD));
}

void TestGermanUi::pdfExport_labelsInGerman()
{
    // The served day makes "Read 24 November 2026" appear under the reading's heading.
    QString error;
    QVERIFY2(m_context->schedule().queue(GermanReading, &error), qPrintable(error));
    QVERIFY2(m_context->schedule().serveToday(&error).has_value(), qPrintable(error));

    const QString german = pdfText({QStringLiteral("--reading"), GermanReading, QStringLiteral("--whole-reading")});
    QVERIFY2(!german.isEmpty(), "the export or pdftotext failed");
    QVERIFY2(german.contains(QStringLiteral("EINFÜHRUNG · RED LETTER")) || german.contains(QStringLiteral("Einführung · Red Letter")),
             qPrintable(german.left(800)));
    QVERIFY2(german.contains(QStringLiteral("Gelesen am 24. November 2026")), qPrintable(german.left(800)));
    QVERIFY(!german.contains(QLatin1String("Introduction")));

    // An English reading exported from the German UI: the reading's own labels stay English.
    const QString english = pdfText({QStringLiteral("--reading"), EnglishReading, QStringLiteral("--whole-reading")});
    QVERIFY2(!english.isEmpty(), "the export or pdftotext failed");
    QVERIFY2(english.contains(QStringLiteral("INTRODUCTION · RED LETTER"))
                 || english.contains(QStringLiteral("Introduction · Red Letter")),
             qPrintable(english.left(800)));
    QVERIFY(!english.contains(QStringLiteral("Einführung")));
}

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
