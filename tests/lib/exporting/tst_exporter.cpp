// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/exporter.h"
#include "exporttestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace redletter;

class TestExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void export_runsInAWorkerThread_reportsProgress_andFinishes_data();
    void export_runsInAWorkerThread_reportsProgress_andFinishes();
    void cancel_stopsTheExport_andLeavesNoFile();
    void secondStart_whileRunning_isRefused();
    void failure_isReportedByFinished();
    void destroyingARunningExporter_cancelsAndWaits();

private:
    QVector<ExportSource> packet(int readings);
};

void TestExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QVector<ExportSource> TestExporter::packet(int readings)
{
    QVector<ExportSource> sources;
    ExportSource sample;
    QString error;
    if (!test::sampleSource(test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md")), 30,
                            &sample, &error)) {
        qWarning("%s", qPrintable(error));
        return sources;
    }
    for (int i = 0; i < readings; ++i) {
        sample.servedOn = QDate(2026, 11, 1).addDays(i);
        sources.append(sample);
    }
    return sources;
}

void TestExporter::export_runsInAWorkerThread_reportsProgress_andFinishes_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("PDF") << int(Exporter::Format::Pdf) << QStringLiteral("out.pdf");
    QTest::newRow("Markdown") << int(Exporter::Format::Markdown) << QStringLiteral("out.md");
    QTest::newRow("W3C JSON") << int(Exporter::Format::W3cJson) << QStringLiteral("out.jsonld");
}

void TestExporter::export_runsInAWorkerThread_reportsProgress_andFinishes()
{
    REDLETTER_REQUIRE_CORPUS();
    QFETCH(int, format);
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QVector<ExportSource> sources = packet(2);
    QVERIFY(!sources.isEmpty());
    Exporter exporter;
    QVector<QPair<int, int>> steps;
    bool allInThisThread = true;
    connect(&exporter, &Exporter::progress, this, [&](int done, int total) {
        allInThisThread = allInThisThread && QThread::currentThread() == thread();
        steps.append({done, total});
    });
    bool finishedInThisThread = false;
    connect(&exporter, &Exporter::finished, this, [&] { finishedInThisThread = QThread::currentThread() == thread(); });
    QSignalSpy finished(&exporter, &Exporter::finished);
    const QString path = dir.filePath(file);
    QVERIFY(exporter.start(Exporter::Format(format), sources, ExportOptions(), path));
    QVERIFY(exporter.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(!exporter.isRunning());
    QVERIFY(finishedInThisThread);
    QVERIFY(allInThisThread);
    QVERIFY(!steps.isEmpty());
    for (int i = 1; i < steps.size(); ++i)
        QVERIFY(steps.at(i).first > steps.at(i - 1).first);
    QCOMPARE(steps.last().first, steps.last().second);
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(exporter.report().bytes, QFileInfo(path).size());
    QCOMPARE(exporter.report().highlights, 60);
}

void TestExporter::cancel_stopsTheExport_andLeavesNoFile()
{
    REDLETTER_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QVector<ExportSource> sources = packet(20);
    QVERIFY(!sources.isEmpty());
    Exporter exporter;
    int lastDone = 0;
    int lastTotal = 0;
    bool cancelled = false;
    connect(&exporter, &Exporter::progress, this, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
        if (done >= 5 && !cancelled) {
            exporter.cancel();
            cancelled = true;
        }
    });
    QSignalSpy finished(&exporter, &Exporter::finished);
    const QString path = dir.filePath(QStringLiteral("packet.pdf"));
    QVERIFY(exporter.start(Exporter::Format::Pdf, sources, ExportOptions(), path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(cancelled);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Export cancelled"));
    QVERIFY(QDir(dir.path()).isEmpty());
    // The worker may have queued a few more steps before it saw the flag, but it stopped long
    // before the end (600 passages and their pages).
    QVERIFY2(lastDone < lastTotal / 2, qPrintable(QStringLiteral("%1 of %2").arg(lastDone).arg(lastTotal)));
}

void TestExporter::secondStart_whileRunning_isRefused()
{
    REDLETTER_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QVector<ExportSource> sources = packet(10);
    Exporter exporter;
    QSignalSpy finished(&exporter, &Exporter::finished);
    QVERIFY(exporter.start(Exporter::Format::Pdf, sources, ExportOptions(), dir.filePath(QStringLiteral("a.pdf"))));
    QVERIFY(!exporter.start(Exporter::Format::Markdown, sources, ExportOptions(), dir.filePath(QStringLiteral("b.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.pdf")});
    // Free again once finished.
    QVERIFY(exporter.start(Exporter::Format::Markdown, sources, ExportOptions(), dir.filePath(QStringLiteral("b.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(finished.last().at(0).toBool(), true);
}

void TestExporter::failure_isReportedByFinished()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ExportSource source;
    source.reading = test::smallReading();
    source.annotations = {test::highlight(source.reading, 0, QStringLiteral("owned"))};
    Exporter exporter;
    QSignalSpy finished(&exporter, &Exporter::finished);
    const QString path = dir.filePath(QStringLiteral("file/out.pdf"));
    QVERIFY(exporter.start(Exporter::Format::Pdf, {source}, ExportOptions(), path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().startsWith(path + QStringLiteral(": cannot write: ")),
             qPrintable(finished.first().at(1).toString()));
}

void TestExporter::destroyingARunningExporter_cancelsAndWaits()
{
    REDLETTER_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QVector<ExportSource> sources = packet(20);
    const QString path = dir.filePath(QStringLiteral("packet.pdf"));
    {
        Exporter exporter;
        QSignalSpy progress(&exporter, &Exporter::progress);
        QVERIFY(exporter.start(Exporter::Format::Pdf, sources, ExportOptions(), path));
        QTRY_VERIFY2_WITH_TIMEOUT(progress.count() > 0, "the export has begun", 60000);
    } // cancels, waits for the worker; queued progress is dropped with the object
    QVERIFY(QDir(dir.path()).isEmpty());
    QCoreApplication::processEvents(); // nothing queued may reach the destroyed exporter
}

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
