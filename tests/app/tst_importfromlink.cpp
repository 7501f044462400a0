// SPDX-License-Identifier: GPL-3.0-or-later
// File › Import from Link in the window, against a loopback HTTP server serving the shared corpus:
// a whole work comes in from its contents page and the report shows it; Cancel during a fetch
// stores nothing of the work; a broken link is reported, not thrown away.
#include "appcontext.h"
#include "application.h"
#include "catalog/catalog.h"
#include "importing/importreportdialog.h"
#include "loopbackhttpserver.h"
#include "mainwindow.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace redletter;

class TestImportFromLink : public test::WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menuImportsAWorkFromTheCopiedLink();
    void cancelDuringAChapterStoresNothingOfTheWork();
    void aBrokenLinkIsReported();

private:
    ImportReportDialog *reportDialog() const;

    std::unique_ptr<test::LoopbackHttpServer> m_server;
};

void TestImportFromLink::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestImportFromLink::init()
{
    QString error;
    QVERIFY2(setUp(&error, QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone("Europe/Berlin")), QSize(1000, 700)),
             qPrintable(error));
    m_window->show();
    m_server = std::make_unique<test::LoopbackHttpServer>();
    QVERIFY(m_server->listen());
}

void TestImportFromLink::cleanup()
{
    tearDown();
    m_server.reset();
}

ImportReportDialog *TestImportFromLink::reportDialog() const
{
    return m_window->findChild<ImportReportDialog *>();
}

void TestImportFromLink::menuImportsAWorkFromTheCopiedLink()
{
    REDLETTER_REQUIRE_CORPUS();
    m_server->serveDirectory(test::corpusFile(QStringLiteral("mia/sites")));
    const QUrl link = m_server->url(QStringLiteral("/marx-engels-communist-manifesto/index.htm"));
    QGuiApplication::clipboard()->setText(link.toString());
    const int before = m_context->catalog().readingCount();

    auto *action = m_window->findChild<QAction *>(QStringLiteral("importFromLinkAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    // The address dialog offers the copied link; accepting it imports. Seen while fetching: the
    // progress dialog, naming the document being fetched.
    QString offered;
    QStringList labels;
    QTimer::singleShot(0, this, [&] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        offered = input->textValue();
        input->accept();
    });
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("linkImportProgress"));
        if (progress && progress->isVisible() && !labels.contains(progress->labelText()))
            labels.append(progress->labelText());
    });
    watcher.start(1);
    action->trigger();
    watcher.stop();
    QCOMPARE(offered, link.toString());

    // Exactly the contents page and its five chapters were requested: no images, styles or scripts.
    const QStringList requests = m_server->requests();
    QCOMPARE(requests.size(), 6);
    QCOMPARE(requests.first(), QStringLiteral("GET /marx-engels-communist-manifesto/index.htm"));
    for (const QString &request : requests)
        QVERIFY2(request.endsWith(QLatin1String(".htm")), qPrintable(request));
    QVERIFY2(!labels.isEmpty(), "the progress dialog was never seen");
    QVERIFY2(labels.first().contains(QLatin1String("index.htm")), qPrintable(labels.first()));

    // The report lays out the work: one source, five readings, in contents order.
    ImportReportDialog *dialog = reportDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->summary(), QStringLiteral("1 of 1 sources imported."));
    QTreeWidgetItem *source = dialog->tree()->topLevelItem(0);
    QVERIFY(source->text(0).contains(QLatin1String("the work")));
    QCOMPARE(m_context->catalog().readingCount(), before + 5);
    int readingRows = 0;
    for (int i = 0; i < source->childCount(); ++i)
        readingRows += source->child(i)->text(1).isEmpty() ? 0 : 1;
    QCOMPARE(readingRows, 5);
    QVERIFY2(source->child(1)->text(0).startsWith(QLatin1String("Chapter I. Bourgeois and Proletarians")),
             qPrintable(source->child(1)->text(0)));
    // No progress dialog is left behind.
    QVERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("linkImportProgress")));
}

void TestImportFromLink::cancelDuringAChapterStoresNothingOfTheWork()
{
    REDLETTER_REQUIRE_CORPUS();
    m_server->serveDirectory(test::corpusFile(QStringLiteral("mia/sites")));
    // Chapter 3 answers its headers and then nothing: the user loses patience and cancels.
    m_server->addSilence(QStringLiteral("/marx-engels-communist-manifesto/ch03.htm"), true);
    const int before = m_context->catalog().readingCount();

    QString cancelledAt;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("linkImportProgress"));
        if (!progress || !progress->isVisible() || !progress->labelText().contains(QLatin1String("ch03.htm")))
            return;
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancelledAt = progress->labelText();
        watcher.stop();
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    watcher.start(20);
    QElapsedTimer elapsed;
    elapsed.start();
    m_window->importLink(m_server->url(QStringLiteral("/marx-engels-communist-manifesto/index.htm")));
    QVERIFY2(!cancelledAt.isEmpty(), "never got to cancel the stalled chapter");
    // Cancelled, not timed out (the silence limit is 30 s).
    QVERIFY2(elapsed.elapsed() < 20000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(cancelledAt.contains(QLatin1String("(document 5)")), qPrintable(cancelledAt));

    QCOMPARE(m_context->catalog().readingCount(), before);
    QVERIFY(!reportDialog());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("cancelled; nothing was imported")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // ch04 was never asked for once the user had cancelled.
    QVERIFY(!m_server->requests().contains(QStringLiteral("GET /marx-engels-communist-manifesto/ch04.htm")));
}

void TestImportFromLink::aBrokenLinkIsReported()
{
    m_server->addStatus(QStringLiteral("/gone.htm"), 404, "Not Found");
    const QUrl link = m_server->url(QStringLiteral("/gone.htm"));
    const int before = m_context->catalog().readingCount();
    m_window->importLink(link);
    ImportReportDialog *dialog = reportDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->summary(), QStringLiteral("0 of 1 sources imported; 1 could not be imported and changed nothing."));
    const QString line = dialog->tree()->topLevelItem(0)->text(0);
    QVERIFY2(line.startsWith(link.toString()) && line.contains(QLatin1String("HTTP 404")), qPrintable(line));
    QCOMPARE(m_context->catalog().readingCount(), before);
}

QTEST_MAIN(TestImportFromLink)
#include "tst_importfromlink.moc"
