// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationjson.h"
#include "exporting/w3cexport.h"
#include "exporttestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

class TestW3cExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void targetSource_isTheWebPage_orAStableUrn_data();
    void targetSource_isTheWebPage_orAStableUrn();
    void roundTrip_givesTheSameAnnotations_data();
    void roundTrip_givesTheSameAnnotations();
    void annotationPage_shape();
    void eachAnnotation_hasQuoteAndPositionSelectors();
    void orphans_areWrittenToo_andCounted();
    void import_malformedJson_isAClearError_andChangesNothing_data();
    void import_malformedJson_isAClearError_andChangesNothing();
    void import_matchesReadingsByUrnOrUrl_andReportsTheRest();
    void exportW3cJson_writesTheFile_orFailsCleanly();
};

namespace {

//! The small reading (a web source) and a primer-like one with a urn: source.
QVector<ExportSource> twoSources()
{
    ExportSource web;
    web.reading = test::smallReading();
    Annotation noted = test::highlight(web.reading, 0, QStringLiteral("owned"), QStringLiteral("Who owns it?"));
    noted.tags = QStringList{QStringLiteral("land")};
    noted.color = QStringLiteral("green");
    web.annotations = {noted, test::highlight(web.reading, 2, QStringLiteral("number 7 says"))};

    ExportSource primer;
    primer.reading = test::smallReading();
    primer.reading.id = QStringLiteral("primer-rent");
    primer.reading.source = QUrl(QStringLiteral("urn:redletter:primer-rent"));
    primer.annotations = {test::highlight(primer.reading, 1, QStringLiteral("second paragraph"), QStringLiteral("Indeed."))};
    primer.annotations.first().readingId = primer.reading.id;
    return {web, primer};
}

} // namespace

void TestW3cExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestW3cExport::targetSource_isTheWebPage_orAStableUrn_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https page") << QStringLiteral("https://www.marxists.org/a/b.htm")
                                << QStringLiteral("https://www.marxists.org/a/b.htm");
    QTest::newRow("http page") << QStringLiteral("http://example.org/x") << QStringLiteral("http://example.org/x");
    QTest::newRow("urn of the primers") << QStringLiteral("urn:redletter:primer-the-state")
                                        << QStringLiteral("urn:redletter:reading:the-id");
    QTest::newRow("no source") << QString() << QStringLiteral("urn:redletter:reading:the-id");
    QTest::newRow("a local file") << QStringLiteral("file:///home/me/text.md") << QStringLiteral("urn:redletter:reading:the-id");
}

void TestW3cExport::targetSource_isTheWebPage_orAStableUrn()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    Reading reading;
    reading.id = QStringLiteral("the-id");
    reading.source = QUrl(source);
    QCOMPARE(annotationTargetSource(reading), expected);
}

void TestW3cExport::roundTrip_givesTheSameAnnotations_data()
{
    QTest::addColumn<int>("layout");
    QTest::newRow("AnnotationPage") << int(ExportOptions::JsonLayout::AnnotationPage);
    QTest::newRow("array") << int(ExportOptions::JsonLayout::Array);
}

void TestW3cExport::roundTrip_givesTheSameAnnotations()
{
    QFETCH(int, layout);
    ExportOptions options;
    options.jsonLayout = ExportOptions::JsonLayout(layout);
    const QVector<ExportSource> sources = twoSources();
    const QByteArray json = w3cJsonDocument(sources, options, nullptr);

    // Read back by the annotations module's reader...
    QVector<Annotation> read;
    QStringList targets;
    QString error;
    QVERIFY2(annotationsFromJson(json, &read, &targets, &error), qPrintable(error));
    QCOMPARE(read.size(), 3);
    QCOMPARE(targets, (QStringList{QStringLiteral("https://example.org/rent"), QStringLiteral("https://example.org/rent"),
                                   QStringLiteral("urn:redletter:reading:primer-rent")}));

    // ...and imported into the readings: the same annotations, reading ids filled in.
    QVector<ExportSource> empty = sources;
    for (ExportSource &source : empty)
        source.annotations.clear();
    AnnotationImportReport report;
    QVERIFY2(importAnnotationsJson(json, &empty, &report, &error), qPrintable(error));
    QCOMPARE(report.imported, 3);
    for (int s = 0; s < sources.size(); ++s) {
        QVector<Annotation> expected = sources.at(s).annotations;
        for (Annotation &a : expected)
            a.readingId = sources.at(s).reading.id;
        QCOMPARE(empty.at(s).annotations, expected);
    }
}

void TestW3cExport::annotationPage_shape()
{
    const QJsonObject page = QJsonDocument::fromJson(w3cJsonDocument(twoSources(), ExportOptions(), nullptr)).object();
    QCOMPARE(page.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(page.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationPage"));
    QCOMPARE(page.value(QStringLiteral("startIndex")).toInt(-1), 0);
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    for (const QJsonValue &item : items) {
        QVERIFY(!item.toObject().contains(QStringLiteral("@context"))); // the page's context holds
        QCOMPARE(item.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
    }
    ExportOptions array;
    array.jsonLayout = ExportOptions::JsonLayout::Array;
    const QJsonArray plain = QJsonDocument::fromJson(w3cJsonDocument(twoSources(), array, nullptr)).array();
    QCOMPARE(plain.size(), 3);
    for (const QJsonValue &item : plain)
        QVERIFY(item.toObject().contains(QStringLiteral("@context")));
}

void TestW3cExport::eachAnnotation_hasQuoteAndPositionSelectors()
{
    const QVector<ExportSource> sources = twoSources();
    const QJsonArray items = QJsonDocument::fromJson(w3cJsonDocument(sources, ExportOptions(), nullptr))
                                 .object().value(QStringLiteral("items")).toArray();
    const Annotation &first = sources.first().annotations.first();
    const QJsonObject target = items.at(0).toObject().value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("source")).toString(), QStringLiteral("https://example.org/rent"));
    const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
    QCOMPARE(selectors.size(), 2);
    const QJsonObject quote = selectors.at(0).toObject();
    QCOMPARE(quote.value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
    QCOMPARE(quote.value(QStringLiteral("exact")).toString(), QStringLiteral("owned"));
    QCOMPARE(quote.value(QStringLiteral("prefix")).toString(), first.quote.prefix);
    const QJsonObject position = selectors.at(1).toObject();
    QCOMPARE(position.value(QStringLiteral("type")).toString(), QStringLiteral("TextPositionSelector"));
    QCOMPARE(position.value(QStringLiteral("start")).toInt(), first.position.start);
    QCOMPARE(position.value(QStringLiteral("end")).toInt(), first.position.end);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("motivation")).toString(), QStringLiteral("commenting"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("motivation")).toString(), QStringLiteral("highlighting"));
}

void TestW3cExport::orphans_areWrittenToo_andCounted()
{
    QVector<ExportSource> sources = twoSources();
    Annotation lost = sources[0].annotations.first();
    lost.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
    lost.quote.exact = QStringLiteral("no longer in this reading");
    lost.quote.prefix.clear();
    lost.quote.suffix.clear();
    sources[0].annotations.append(lost);
    ExportReport report;
    const QByteArray json = w3cJsonDocument(sources, ExportOptions(), &report);
    QCOMPARE(report.orphaned.size(), 1);
    QCOMPARE(report.orphaned.first().annotationId, lost.id);
    QCOMPARE(report.highlights, 3);
    QVector<Annotation> read;
    QString error;
    QVERIFY2(annotationsFromJson(json, &read, nullptr, &error), qPrintable(error));
    QCOMPARE(read.size(), 4);
    QCOMPARE(read.at(2).quote.exact, lost.quote.exact);
}

void TestW3cExport::import_malformedJson_isAClearError_andChangesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("cut off") << QByteArray("{\"type\": \"AnnotationPage\", \"items\": [") << QStringLiteral("offset");
    QTest::newRow("not JSON at all") << QByteArray("<html>") << QStringLiteral("offset");
    QTest::newRow("an annotation without a target")
        << QByteArray("[{\"type\": \"Annotation\", \"body\": {\"value\": \"x\"}}]") << QStringLiteral("target");
    QTest::newRow("a quote selector without exact text")
        << QByteArray("[{\"type\": \"Annotation\", \"target\": {\"source\": \"urn:redletter:reading:test--rent\","
                      " \"selector\": {\"type\": \"TextQuoteSelector\"}}}]")
        << QStringLiteral("exact");
}

void TestW3cExport::import_malformedJson_isAClearError_andChangesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    QVector<ExportSource> sources = twoSources();
    const QVector<ExportSource> before = sources;
    AnnotationImportReport report;
    report.imported = 99;
    QString error;
    QVERIFY(!importAnnotationsJson(json, &sources, &report, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QCOMPARE(sources.size(), before.size());
    for (int s = 0; s < sources.size(); ++s)
        QCOMPARE(sources.at(s).annotations, before.at(s).annotations);
    QCOMPARE(report.imported, 99);
}

void TestW3cExport::import_matchesReadingsByUrnOrUrl_andReportsTheRest()
{
    const QByteArray json = QByteArray(
        "{\"type\": \"AnnotationPage\", \"items\": ["
        // the web page, with a fragment and a trailing slash the reading's URL does not have
        "{\"type\": \"Annotation\", \"target\": {\"source\": \"https://example.org/rent/#top\","
        "  \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"owned\"}}},"
        // the primer, by its urn
        "{\"type\": \"Annotation\", \"target\": {\"source\": \"urn:redletter:reading:primer-rent\","
        "  \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"second\"}}},"
        // a reading this catalogue does not have
        "{\"type\": \"Annotation\", \"target\": {\"source\": \"https://elsewhere.org/text\","
        "  \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"anything\"}}}"
        "]}");
    QVector<ExportSource> sources = twoSources();
    for (ExportSource &source : sources)
        source.annotations.clear();
    AnnotationImportReport report;
    QString error;
    QVERIFY2(importAnnotationsJson(json, &sources, &report, &error), qPrintable(error));
    QCOMPARE(report.imported, 2);
    QCOMPARE(sources.at(0).annotations.size(), 1);
    QCOMPARE(sources.at(0).annotations.first().readingId, QStringLiteral("test--rent"));
    QCOMPARE(sources.at(0).annotations.first().quote.exact, QStringLiteral("owned"));
    QCOMPARE(sources.at(1).annotations.size(), 1);
    QCOMPARE(sources.at(1).annotations.first().readingId, QStringLiteral("primer-rent"));
    QCOMPARE(report.unknownReading.size(), 1);
    QCOMPARE(report.unknownReading.first().quote.exact, QStringLiteral("anything"));
    QCOMPARE(report.unknownSources, QStringList{QStringLiteral("https://elsewhere.org/text")});
}

void TestW3cExport::exportW3cJson_writesTheFile_orFailsCleanly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("annotations.jsonld"));
    ExportReport report;
    QString error;
    const QVector<ExportSource> sources = twoSources();
    QVERIFY2(exportW3cJson(sources, ExportOptions(), path, &report, &error), qPrintable(error));
    QCOMPARE(test::readFile(path), w3cJsonDocument(sources, ExportOptions(), nullptr));
    QCOMPARE(report.bytes, QFileInfo(path).size());

    const QString impossible = dir.filePath(QStringLiteral("annotations.jsonld/inside.json"));
    QVERIFY(!exportW3cJson(twoSources(), ExportOptions(), impossible, &report, &error));
    QVERIFY2(error.startsWith(impossible + QStringLiteral(": cannot write: ")), qPrintable(error));
    QVERIFY(!exportW3cJson(twoSources(), ExportOptions(), dir.filePath(QStringLiteral("x.json")), &report, &error,
                           [](int, int) { return false; }));
    QCOMPARE(error, QStringLiteral("Export cancelled"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("annotations.jsonld")});
}

QTEST_GUILESS_MAIN(TestW3cExport)
#include "tst_w3cexport.moc"
