// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's annotations in the catalog: storage, queries, search, and re-anchoring when a
// reading's text changes on import.
#include "catalog/catalog.h"

#include "annotations/anchoring.h"
#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "catalogtestutil.h"
#include "importing/importer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;
using redletter::test::dumpDatabase;
using redletter::test::execSql;
using redletter::test::queryValue;
using redletter::test::sampleReading;
using redletter::test::textBlock;

namespace redletter {

// Found by QCOMPARE through argument-dependent lookup: failures show the annotation, not "?".
char *toString(const Annotation &annotation)
{
    const QString text = QLatin1String("Annotation(") + annotation.id + QLatin1String(" on ") + annotation.readingId
        + QLatin1String(": \"") + annotation.quote.exact + QLatin1String("\" prefix \"") + annotation.quote.prefix
        + QLatin1String("\" suffix \"") + annotation.quote.suffix + QLatin1String("\" at ")
        + QString::number(annotation.position.start) + QLatin1Char('-') + QString::number(annotation.position.end)
        + QLatin1String(", note \"") + annotation.note + QLatin1String("\", ") + annotation.color
        + QLatin1String(", tags [") + annotation.tags.join(QLatin1String(", ")) + QLatin1String("], created ")
        + annotation.created.toString(Qt::ISODateWithMs) + QLatin1String(", modified ")
        + annotation.modified.toString(Qt::ISODateWithMs) + QLatin1Char(')');
    return QTest::toString(text);
}

} // namespace redletter

Q_DECLARE_METATYPE(redletter::Annotation)

namespace {

QStringList catalogConnections()
{
    QStringList names;
    const QStringList all = QSqlDatabase::connectionNames();
    for (const QString &name : all) {
        if (name.startsWith(QLatin1String("redletter-catalog-")))
            names.append(name);
    }
    return names;
}

//! A fixed UTC time in March 2026, with milliseconds so that their round trip is checked too.
QDateTime march(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 15, 30, 250), Qt::UTC);
}

QStringList idsOf(const QVector<Annotation> &annotations)
{
    QStringList ids;
    for (const Annotation &annotation : annotations)
        ids.append(annotation.id);
    return ids;
}

/*!
 * A highlight on the @p occurrence-th (0-based) place where @p needle stands in the reading's
 * annotatable text; an annotation without a quote if it is not there (the test then fails on
 * saving it).
 */
Annotation highlight(const Reading &reading, const QString &needle, const QDateTime &created, int occurrence = 0)
{
    const AnnotatableText text(reading);
    int start = -1;
    for (int i = 0; i <= occurrence; ++i) {
        start = int(text.text().indexOf(needle, start + 1));
        if (start < 0)
            return Annotation();
    }
    return makeAnnotation(text, start, start + int(needle.size()), created);
}

/*!
 * A highlight from where @p from starts to where the first @p to after it ends: a whole
 * sentence of the real text, chosen by a few words at each end.
 */
Annotation passage(const AnnotatableText &text, const QString &from, const QString &to, const QDateTime &created)
{
    const int start = int(text.text().indexOf(from));
    const int toStart = start < 0 ? -1 : int(text.text().indexOf(to, start));
    if (toStart < 0)
        return Annotation();
    return makeAnnotation(text, start, toStart + int(to.size()), created);
}

//! The UTF-16 range where the code point positions of @p annotation lie in @p text.
QString textAtPosition(const AnnotatableText &text, const Annotation &annotation)
{
    const int start = text.toUtf16(annotation.position.start);
    const int end = text.toUtf16(annotation.position.end);
    return text.text().mid(start, end - start);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Two readings with words of our own, and a third for the served-days queries.
Reading readingA()
{
    return sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"),
                         QStringLiteral("Capital is not a thing but a social relation between persons."));
}

Reading readingB()
{
    Reading reading = sampleReading(QStringLiteral("b"), QStringLiteral("Beta"),
                                    QStringLiteral("Die Arbeiter haben kein Vaterland, sagt das Manifest."));
    reading.language = QStringLiteral("de");
    return reading;
}

Reading readingC()
{
    return sampleReading(QStringLiteral("c"), QStringLiteral("Gamma"),
                         QStringLiteral("The emancipation of the working class must be its own work."));
}

} // namespace

class TestCatalogAnnotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void open_createsAnnotationTablesIndexAndSearch();
    void closed_catalogRefusesAnnotationWritesAndAnswersEmpty();

    void saveAnnotation_new_readsBackEqual();
    void annotationWrites_leaveTheConnectionAtSynchronousNormal();
    void saveAnnotation_unknownPosition_storedAsNullAndReadBack();
    void saveAnnotation_sameId_updatesInPlaceAndSearchFollows();
    void saveAnnotation_invalid_data();
    void saveAnnotation_invalid();
    void saveAnnotation_committedAtOnce_secondConnectionAndCrashCopySeeIt();
    void saveAnnotation_quoteNotInReading_storedAsOrphan();
    void deleteAnnotation_removesRowAndSearchEntry();
    void deleteAnnotation_unknownId_failsNamingIt();
    void readings_withAnnotationsCannotBeDeleted();

    void saveAnnotations_batch_savesAll();
    void saveAnnotations_badItem_savesNothing();
    void saveAnnotations_sqlFailureMidway_savesNothing();

    void annotations_orderedByPositionThenCreatedUnknownLast();
    void allAnnotations_orderedByReadingThenPosition();

    void searchAnnotations_data();
    void searchAnnotations();
    void searchAnnotations_hostileQueries_data();
    void searchAnnotations_hostileQueries();
    void searchAnnotations_tagRanksAboveQuoteAndLimit();

    void annotationsWithTag_data();
    void annotationsWithTag();
    void annotationsServedBetween_data();
    void annotationsServedBetween();

    void reimport_realSample_typoFixedParagraphDeletedAndInserted();
    void reimport_metadataOnlyChange_doesNotReanchor();
    void reimport_unchanged_reportsNothing();
    void reimport_orphanFoundAgainAfterLaterCorrection();
    void importReadings_reanchorsEveryChangedReading();
    void reimport_annotationUpdateFails_wholeImportRolledBack();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    //! Opens the catalog and imports readings a, b and c.
    bool openWithReadings(Catalog *catalog);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalogAnnotations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCatalogAnnotations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogAnnotations::cleanup()
{
    m_dir.reset();
    QVERIFY2(catalogConnections().isEmpty(), qPrintable(catalogConnections().join(QLatin1String(", "))));
}

bool TestCatalogAnnotations::openWithReadings(Catalog *catalog)
{
    QString error;
    if (!catalog->open(catalogPath(), &error) || !catalog->importReadings({readingA(), readingB(), readingC()}, false, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

// ---- storage ------------------------------------------------------------------------------------

void TestCatalogAnnotations::open_createsAnnotationTablesIndexAndSearch()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY(Catalog::latestSchemaVersion() >= 3);
    const QString connection = catalog.connectionName();
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                                   " ('annotations', 'annotations_reading_id', 'annotations_fts')"))
                 .toInt(),
             3);
    // The reading id index is what keeps annotations(readingId) and the foreign key check cheap.
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT tbl_name FROM sqlite_master WHERE name = 'annotations_reading_id'"))
                 .toString(),
             QStringLiteral("annotations"));
    QVERIFY(queryValue(connection, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'annotations_fts'"))
                .toString()
                .contains(QLatin1String("remove_diacritics 2")));
}

void TestCatalogAnnotations::closed_catalogRefusesAnnotationWritesAndAnswersEmpty()
{
    Catalog catalog;
    QString error;
    const Annotation annotation = highlight(readingA(), QStringLiteral("social relation"), march(1));
    QVERIFY(!catalog.saveAnnotation(annotation, &error));
    QVERIFY2(error.contains(QLatin1String("not open")), qPrintable(error));
    QVERIFY(!catalog.saveAnnotations({annotation}, &error));
    QVERIFY(!catalog.deleteAnnotation(annotation.id, &error));
    QVERIFY(!catalog.annotation(annotation.id).has_value());
    QVERIFY(catalog.annotations(QStringLiteral("a")).isEmpty());
    QVERIFY(catalog.allAnnotations().isEmpty());
    QVERIFY(catalog.orphanedAnnotations(QString()).isEmpty());
    QVERIFY(catalog.searchAnnotations(QStringLiteral("social")).isEmpty());
    QVERIFY(catalog.annotationsWithTag(QStringLiteral("x")).isEmpty());
    QVERIFY(catalog.annotationsServedBetween(QDate(2026, 1, 1), QDate(2026, 12, 31)).isEmpty());
}

void TestCatalogAnnotations::saveAnnotation_new_readsBackEqual()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    Annotation annotation = highlight(readingB(), QStringLiteral("kein Vaterland"), march(2));
    annotation.note = QStringLiteral("Über das Vaterland der Arbeiter 😀");
    annotation.color = QStringLiteral("green");
    annotation.tags = QStringList{QStringLiteral("Nation"), QStringLiteral("Ökonomie"), QStringLiteral("with \"quotes\"")};
    annotation.modified = march(3, 14);
    QString error;
    QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));

    const std::optional<Annotation> back = catalog.annotation(annotation.id);
    QVERIFY(back.has_value());
    QCOMPARE(*back, annotation);
    QCOMPARE(back->created.toString(Qt::ISODateWithMs), QStringLiteral("2026-03-02T09:15:30.250Z"));
    QCOMPARE(catalog.annotations(QStringLiteral("b")), QVector<Annotation>{annotation});
    QVERIFY(catalog.annotations(QStringLiteral("a")).isEmpty());
    QVERIFY(catalog.orphanedAnnotations(QStringLiteral("b")).isEmpty());
    QVERIFY(!catalog.annotation(QStringLiteral("no-such-id")).has_value());
    QCOMPARE(queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM annotations_fts")).toInt(), 1);
}

void TestCatalogAnnotations::annotationWrites_leaveTheConnectionAtSynchronousNormal()
{
    // Annotations commit with synchronous = FULL (catalog.cpp, FullSync); everything else keeps
    // NORMAL (1), which imports need for their speed: the setting must not leak out of a write.
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    const QString sync = QStringLiteral("PRAGMA synchronous");
    QCOMPARE(queryValue(catalog.connectionName(), sync).toInt(), 1);
    Annotation annotation = highlight(readingB(), QStringLiteral("kein Vaterland"), march(2));
    QString error;
    QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));
    QCOMPARE(queryValue(catalog.connectionName(), sync).toInt(), 1);
    QVERIFY2(catalog.saveAnnotations({annotation}, &error), qPrintable(error));
    QCOMPARE(queryValue(catalog.connectionName(), sync).toInt(), 1);
    annotation.readingId = QStringLiteral("no-such-reading");
    QVERIFY(!catalog.saveAnnotation(annotation, &error)); // a failed write too
    QCOMPARE(queryValue(catalog.connectionName(), sync).toInt(), 1);
    QVERIFY2(catalog.deleteAnnotation(annotation.id, &error), qPrintable(error));
    QCOMPARE(queryValue(catalog.connectionName(), sync).toInt(), 1);
}

void TestCatalogAnnotations::saveAnnotation_unknownPosition_storedAsNullAndReadBack()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    // An imported annotation without a position selector and without timestamps.
    Annotation annotation = highlight(readingA(), QStringLiteral("social relation"), QDateTime());
    annotation.position = TextPositionSelector();
    QVERIFY(!annotation.created.isValid());
    QString error;
    QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));

    const QString connection = catalog.connectionName();
    QCOMPARE(queryValue(connection, QStringLiteral("SELECT count(*) FROM annotations"
                                                   " WHERE position_start IS NULL AND position_end IS NULL"))
                 .toInt(),
             1);
    const std::optional<Annotation> back = catalog.annotation(annotation.id);
    QVERIFY(back.has_value());
    QCOMPARE(*back, annotation);
    QCOMPARE(back->position, TextPositionSelector());
    QVERIFY(!back->created.isValid());
    QVERIFY(!back->modified.isValid());
    // Found by its quote although it has no position: not an orphan.
    QVERIFY(catalog.orphanedAnnotationIds(QStringLiteral("a")).isEmpty());
}

void TestCatalogAnnotations::saveAnnotation_sameId_updatesInPlaceAndSearchFollows()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    Annotation annotation = highlight(readingA(), QStringLiteral("social relation"), march(1));
    annotation.note = QStringLiteral("First thought about fetishism.");
    QString error;
    QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));
    QCOMPARE(idsOf(catalog.searchAnnotations(QStringLiteral("fetishism"))), QStringList{annotation.id});

    annotation.note = QStringLiteral("Second thought about reification.");
    annotation.color = QStringLiteral("pink");
    annotation.tags = QStringList{QStringLiteral("commodity")};
    annotation.modified = march(4);
    QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));

    QCOMPARE(catalog.allAnnotations(), QVector<Annotation>{annotation});
    QVERIFY(catalog.searchAnnotations(QStringLiteral("fetishism")).isEmpty());
    QCOMPARE(idsOf(catalog.searchAnnotations(QStringLiteral("reification"))), QStringList{annotation.id});
    QCOMPARE(idsOf(catalog.searchAnnotations(QStringLiteral("commodity"))), QStringList{annotation.id});
    QCOMPARE(queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM annotations_fts")).toInt(), 1);
}

void TestCatalogAnnotations::saveAnnotation_invalid_data()
{
    QTest::addColumn<Annotation>("annotation");
    QTest::addColumn<QString>("expectedError");

    const Annotation valid = highlight(readingA(), QStringLiteral("social relation"), march(1));
    QVERIFY(!valid.quote.exact.isEmpty());
    Annotation annotation = valid;
    annotation.id.clear();
    QTest::newRow("no id") << annotation << QStringLiteral("cannot save an annotation without an id");
    annotation = valid;
    annotation.readingId.clear();
    QTest::newRow("no reading id") << annotation << QStringLiteral("it names no reading");
    annotation = valid;
    annotation.readingId = QStringLiteral("nowhere");
    QTest::newRow("reading not in the catalog") << annotation
                                                << QStringLiteral("there is no reading \"nowhere\" in the catalog");
    annotation = valid;
    annotation.quote.exact.clear();
    QTest::newRow("empty quote") << annotation << QStringLiteral("it quotes no text");
    annotation = valid;
    annotation.color = QStringLiteral("purple");
    QTest::newRow("colour not offered") << annotation << QStringLiteral("\"purple\" is not a highlight colour");
    annotation.color = QStringLiteral("Yellow");
    QTest::newRow("colour in other case") << annotation << QStringLiteral("\"Yellow\" is not a highlight colour");
    annotation.color.clear();
    QTest::newRow("no colour") << annotation << QStringLiteral("\"\" is not a highlight colour");
    annotation = valid;
    annotation.position = TextPositionSelector{9, 3};
    QTest::newRow("reversed position") << annotation << QStringLiteral("invalid position 9–3");
    annotation.position = TextPositionSelector{-1, 4};
    QTest::newRow("half-unknown position") << annotation << QStringLiteral("invalid position -1–4");
}

void TestCatalogAnnotations::saveAnnotation_invalid()
{
    QFETCH(Annotation, annotation);
    QFETCH(QString, expectedError);

    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    const QString before = dumpDatabase(catalog.connectionName());
    QString error;
    QVERIFY(!catalog.saveAnnotation(annotation, &error));
    QVERIFY2(error.startsWith(catalogPath() + QLatin1String(": ")), qPrintable(error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    if (!annotation.id.isEmpty())
        QVERIFY2(error.contains(annotation.id), qPrintable(error));
    QCOMPARE(catalog.lastError(), error);
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);
}

void TestCatalogAnnotations::saveAnnotation_committedAtOnce_secondConnectionAndCrashCopySeeIt()
{
    Catalog first;
    QVERIFY(openWithReadings(&first));
    Annotation annotation = highlight(readingA(), QStringLiteral("a thing"), march(5));
    annotation.note = QStringLiteral("Saved a second before the crash.");
    QString error;
    QVERIFY2(first.saveAnnotation(annotation, &error), qPrintable(error));

    // What a crash right now leaves behind: the files as they are, nothing closed or
    // checkpointed (the first catalog stays open throughout).
    const QString crashDir = m_dir->filePath(QStringLiteral("after-crash"));
    QVERIFY(QDir().mkpath(crashDir));
    const QString crashCopy = crashDir + QLatin1String("/catalog.sqlite");
    QVERIFY(QFile::copy(catalogPath(), crashCopy));
    QVERIFY2(QFile::exists(catalogPath() + QLatin1String("-wal")), "the catalog is expected in WAL mode");
    QVERIFY(QFile::copy(catalogPath() + QLatin1String("-wal"), crashCopy + QLatin1String("-wal")));

    // Another connection only sees committed transactions.
    {
        Catalog second;
        QVERIFY2(second.open(catalogPath(), &error), qPrintable(error));
        const std::optional<Annotation> seen = second.annotation(annotation.id);
        QVERIFY(seen.has_value());
        QCOMPARE(*seen, annotation);
    }
    {
        Catalog recovered;
        QVERIFY2(recovered.open(crashCopy, &error), qPrintable(error));
        QCOMPARE(recovered.annotations(QStringLiteral("a")), QVector<Annotation>{annotation});
        QCOMPARE(idsOf(recovered.searchAnnotations(QStringLiteral("crash"))), QStringList{annotation.id});
    }
    first.close();
    Catalog reopened;
    QVERIFY2(reopened.open(catalogPath(), &error), qPrintable(error));
    QCOMPARE(reopened.allAnnotations(), QVector<Annotation>{annotation});
}

void TestCatalogAnnotations::saveAnnotation_quoteNotInReading_storedAsOrphan()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    // Imported from another install whose edition of the reading said something else.
    Annotation foreign = highlight(readingA(), QStringLiteral("social relation"), march(1));
    foreign.quote = TextQuoteSelector{QStringLiteral("the dull compulsion of economic relations"), QString(), QString()};
    foreign.position = TextPositionSelector{5, 46};
    const Annotation anchored = highlight(readingA(), QStringLiteral("Capital"), march(2));
    QString error;
    QVERIFY2(catalog.saveAnnotations({foreign, anchored}, &error), qPrintable(error));

    QCOMPARE(catalog.annotation(foreign.id), std::optional<Annotation>(foreign));
    QCOMPARE(idsOf(catalog.orphanedAnnotations(QStringLiteral("a"))), QStringList{foreign.id});
    QCOMPARE(catalog.orphanedAnnotationIds(QStringLiteral("a")), QSet<QString>{foreign.id});
    QCOMPARE(catalog.orphanedAnnotationIds(QString()), QSet<QString>{foreign.id});
    QVERIFY(catalog.orphanedAnnotationIds(QStringLiteral("b")).isEmpty());
    QCOMPARE(catalog.annotations(QStringLiteral("a")).size(), 2);

    // A new note on the orphan leaves it an orphan: its passage is still not there.
    foreign.note = QStringLiteral("Where did this go?");
    QVERIFY2(catalog.saveAnnotation(foreign, &error), qPrintable(error));
    QCOMPARE(catalog.orphanedAnnotationIds(QStringLiteral("a")), QSet<QString>{foreign.id});

    // The reader attaches it to a passage of the current text: anchored again.
    const Annotation reattached = highlight(readingA(), QStringLiteral("between persons"), march(1));
    foreign.quote = reattached.quote;
    foreign.position = reattached.position;
    QVERIFY2(catalog.saveAnnotation(foreign, &error), qPrintable(error));
    QVERIFY(catalog.orphanedAnnotations(QStringLiteral("a")).isEmpty());
    QCOMPARE(catalog.annotation(foreign.id), std::optional<Annotation>(foreign));
}

void TestCatalogAnnotations::deleteAnnotation_removesRowAndSearchEntry()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    Annotation kept = highlight(readingA(), QStringLiteral("social relation"), march(1));
    kept.note = QStringLiteral("Keep this dialectic.");
    Annotation deleted = highlight(readingA(), QStringLiteral("Capital"), march(2));
    deleted.note = QStringLiteral("Delete this dialectic.");
    QString error;
    QVERIFY2(catalog.saveAnnotations({kept, deleted}, &error), qPrintable(error));
    QCOMPARE(catalog.searchAnnotations(QStringLiteral("dialectic")).size(), 2);

    QVERIFY2(catalog.deleteAnnotation(deleted.id, &error), qPrintable(error));
    QVERIFY(!catalog.annotation(deleted.id).has_value());
    QCOMPARE(catalog.allAnnotations(), QVector<Annotation>{kept});
    QCOMPARE(idsOf(catalog.searchAnnotations(QStringLiteral("dialectic"))), QStringList{kept.id});
    QCOMPARE(queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM annotations_fts")).toInt(), 1);
}

void TestCatalogAnnotations::deleteAnnotation_unknownId_failsNamingIt()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    const Annotation annotation = highlight(readingA(), QStringLiteral("social relation"), march(1));
    QString error;
    QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));
    const QString before = dumpDatabase(catalog.connectionName());

    QVERIFY(!catalog.deleteAnnotation(QStringLiteral("0000-not-there"), &error));
    QVERIFY2(error.startsWith(catalogPath() + QLatin1String(": ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("0000-not-there")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("no such annotation")), qPrintable(error));
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);

    // Deleting twice: the second time there is nothing to delete.
    QVERIFY2(catalog.deleteAnnotation(annotation.id, &error), qPrintable(error));
    QVERIFY(!catalog.deleteAnnotation(annotation.id, &error));
    QVERIFY2(error.contains(annotation.id), qPrintable(error));
}

void TestCatalogAnnotations::readings_withAnnotationsCannotBeDeleted()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    const Annotation annotation = highlight(readingA(), QStringLiteral("social relation"), march(1));
    QString error;
    QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));
    // No API deletes readings; a tool that tries it directly must not orphan the notes silently.
    QVERIFY(!execSql(catalog.connectionName(), QStringLiteral("DELETE FROM readings WHERE id = 'a'"), &error));
    QVERIFY2(error.contains(QLatin1String("FOREIGN KEY")), qPrintable(error));
    QVERIFY(execSql(catalog.connectionName(), QStringLiteral("DELETE FROM readings WHERE id = 'b'")));
    QCOMPARE(catalog.allAnnotations(), QVector<Annotation>{annotation});
}

// ---- batches ------------------------------------------------------------------------------------

void TestCatalogAnnotations::saveAnnotations_batch_savesAll()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    QString error;
    QVERIFY2(catalog.saveAnnotations({}, &error), qPrintable(error));
    QVERIFY(catalog.allAnnotations().isEmpty());

    const QVector<Annotation> batch{
        highlight(readingA(), QStringLiteral("social relation"), march(1)),
        highlight(readingB(), QStringLiteral("Vaterland"), march(2)),
        highlight(readingC(), QStringLiteral("working class"), march(3)),
    };
    QVERIFY2(catalog.saveAnnotations(batch, &error), qPrintable(error));
    QCOMPARE(catalog.allAnnotations(), batch); // a, b, c: already in reading order
}

void TestCatalogAnnotations::saveAnnotations_badItem_savesNothing()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    Annotation existing = highlight(readingA(), QStringLiteral("social relation"), march(1));
    QString error;
    QVERIFY2(catalog.saveAnnotation(existing, &error), qPrintable(error));
    const QString before = dumpDatabase(catalog.connectionName());

    Annotation updated = existing;
    updated.note = QStringLiteral("This update must not survive.");
    Annotation unknownReading = highlight(readingC(), QStringLiteral("working class"), march(3));
    unknownReading.readingId = QStringLiteral("lost-reading");
    const QVector<Annotation> batch{
        highlight(readingB(), QStringLiteral("Vaterland"), march(2)),
        updated,
        unknownReading,
        highlight(readingC(), QStringLiteral("own work"), march(4)),
    };
    QVERIFY(!catalog.saveAnnotations(batch, &error));
    QVERIFY2(error.startsWith(catalogPath() + QLatin1String(": annotation 3 (") + unknownReading.id + QLatin1String("): ")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("there is no reading \"lost-reading\"")), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1String("; nothing was saved")), qPrintable(error));
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);
    QCOMPARE(catalog.allAnnotations(), QVector<Annotation>{existing});
}

void TestCatalogAnnotations::saveAnnotations_sqlFailureMidway_savesNothing()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    // A failure inside SQLite itself, after earlier items of the batch were written.
    QVERIFY(execSql(catalog.connectionName(),
                    QStringLiteral("CREATE TRIGGER refuse_boom BEFORE INSERT ON annotations WHEN NEW.note = 'boom'"
                                   " BEGIN SELECT RAISE(ABORT, 'forced failure'); END")));
    const QString before = dumpDatabase(catalog.connectionName());
    Annotation boom = highlight(readingC(), QStringLiteral("working class"), march(3));
    boom.note = QStringLiteral("boom");
    QString error;
    QVERIFY(!catalog.saveAnnotations({highlight(readingA(), QStringLiteral("Capital"), march(1)),
                                      highlight(readingB(), QStringLiteral("Manifest"), march(2)), boom},
                                     &error));
    QVERIFY2(error.contains(QLatin1String("forced failure")), qPrintable(error));
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);

    // No transaction was left open: the next save works.
    QVERIFY2(catalog.saveAnnotation(highlight(readingA(), QStringLiteral("Capital"), march(1)), &error), qPrintable(error));
    QCOMPARE(catalog.allAnnotations().size(), 1);
}

// ---- lists --------------------------------------------------------------------------------------

void TestCatalogAnnotations::annotations_orderedByPositionThenCreatedUnknownLast()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    const Reading a = readingA();
    const Annotation late = highlight(a, QStringLiteral("between persons"), march(1));
    const Annotation earlyStartNewer = highlight(a, QStringLiteral("Capital is"), march(3));
    const Annotation earlyStartOlder = highlight(a, QStringLiteral("Capital"), march(2));
    const Annotation middle = highlight(a, QStringLiteral("a thing"), march(9));
    Annotation unknownPosition = highlight(a, QStringLiteral("social"), march(1, 1));
    unknownPosition.position = TextPositionSelector();
    const Annotation otherReading = highlight(readingB(), QStringLiteral("Arbeiter"), march(1, 2));
    QVERIFY(earlyStartNewer.position.start == earlyStartOlder.position.start);
    QString error;
    // Saved in an order that is none of the expected ones.
    QVERIFY2(catalog.saveAnnotations({middle, unknownPosition, otherReading, late, earlyStartNewer, earlyStartOlder}, &error),
             qPrintable(error));

    QCOMPARE(idsOf(catalog.annotations(QStringLiteral("a"))),
             (QStringList{earlyStartOlder.id, earlyStartNewer.id, middle.id, late.id, unknownPosition.id}));
    QCOMPARE(idsOf(catalog.annotations(QStringLiteral("b"))), QStringList{otherReading.id});
    QVERIFY(catalog.annotations(QStringLiteral("nowhere")).isEmpty());
}

void TestCatalogAnnotations::allAnnotations_orderedByReadingThenPosition()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    const Annotation c1 = highlight(readingC(), QStringLiteral("emancipation"), march(1));
    const Annotation a2 = highlight(readingA(), QStringLiteral("persons"), march(2));
    const Annotation b1 = highlight(readingB(), QStringLiteral("Arbeiter"), march(3));
    const Annotation a1 = highlight(readingA(), QStringLiteral("Capital"), march(4));
    QString error;
    QVERIFY2(catalog.saveAnnotations({c1, a2, b1, a1}, &error), qPrintable(error));
    QCOMPARE(idsOf(catalog.allAnnotations()), (QStringList{a1.id, a2.id, b1.id, c1.id}));
}

// ---- search -------------------------------------------------------------------------------------

namespace {

//! Three annotations found by different fields; their ids are fixed so that rows can name them.
QVector<Annotation> searchAnnotationsFixture()
{
    Annotation quote = highlight(readingA(), QStringLiteral("social relation"), march(1));
    quote.id = QStringLiteral("quote");
    Annotation note = highlight(readingA(), QStringLiteral("Another paragraph"), march(2));
    note.id = QStringLiteral("note");
    note.note = QStringLiteral("Compare Engels on the Überbau and the Wohnungsfrage.");
    Annotation tag = highlight(readingB(), QStringLiteral("Vaterland"), march(3));
    tag.id = QStringLiteral("tag");
    tag.tags = QStringList{QStringLiteral("Ökonomie"), QStringLiteral("nationalism")};
    return {quote, note, tag};
}

} // namespace

void TestCatalogAnnotations::searchAnnotations_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("word of the quote") << QStringLiteral("relation") << QStringList{QStringLiteral("quote")};
    QTest::newRow("word of the note") << QStringLiteral("engels") << QStringList{QStringLiteral("note")};
    QTest::newRow("tag") << QStringLiteral("nationalism") << QStringList{QStringLiteral("tag")};
    QTest::newRow("umlaut tag as written") << QStringLiteral("Ökonomie") << QStringList{QStringLiteral("tag")};
    QTest::newRow("umlaut tag typed plain") << QStringLiteral("okonomie") << QStringList{QStringLiteral("tag")};
    QTest::newRow("umlaut tag in capitals") << QStringLiteral("ÖKONOMIE") << QStringList{QStringLiteral("tag")};
    QTest::newRow("umlaut in the note typed plain") << QStringLiteral("uberbau") << QStringList{QStringLiteral("note")};
    QTest::newRow("decomposed umlaut (NFD)") << (QStringLiteral("U") + QChar(0x0308) + QStringLiteral("berbau"))
                                             << QStringList{QStringLiteral("note")};
    QTest::newRow("word of the quote in lower case") << QStringLiteral("vaterland") << QStringList{QStringLiteral("tag")};
    QTest::newRow("quote and note words of one annotation") << QStringLiteral("paragraph wohnungsfrage")
                                                            << QStringList{QStringLiteral("note")};
    QTest::newRow("words of different annotations match none") << QStringLiteral("relation engels") << QStringList();
    QTest::newRow("word in no annotation") << QStringLiteral("bourgeoisie") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only spaces") << QStringLiteral("  \t ") << QStringList();
}

void TestCatalogAnnotations::searchAnnotations()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    QString error;
    QVERIFY2(catalog.saveAnnotations(searchAnnotationsFixture(), &error), qPrintable(error));
    QStringList found = idsOf(catalog.searchAnnotations(query));
    found.sort(); // ranking is tested separately
    QCOMPARE(found, expected);
}

void TestCatalogAnnotations::searchAnnotations_hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("lone double quote") << QStringLiteral("\"") << QStringList();
    QTest::newRow("unbalanced quote before a word") << QStringLiteral("\"engels") << QStringList{QStringLiteral("note")};
    // The note has the word "and": the operator is taken as that word.
    QTest::newRow("AND with open parenthesis is a word") << QStringLiteral("AND(") << QStringList{QStringLiteral("note")};
    QTest::newRow("AND between words is a word") << QStringLiteral("relation AND social") << QStringList();
    QTest::newRow("star alone") << QStringLiteral("*") << QStringList();
    QTest::newRow("star is not a prefix operator") << QStringLiteral("eng*") << QStringList();
    QTest::newRow("OR is a word, not an operator") << QStringLiteral("engels OR relation") << QStringList();
    QTest::newRow("column filter syntax") << QStringLiteral("note:engels") << QStringList();
    QTest::newRow("column filter on the unindexed id") << QStringLiteral("id:quote") << QStringList();
    QTest::newRow("caret and minus") << QStringLiteral("^engels -wohnungsfrage") << QStringList{QStringLiteral("note")};
    QTest::newRow("SQL injection attempt") << QStringLiteral("'); DROP TABLE annotations; --") << QStringList();
    QTest::newRow("NUL character") << (QStringLiteral("engels") + QChar(0) + QStringLiteral("x")) << QStringList();
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QStringList();
    QStringList manyWords{QStringLiteral("engels")};
    for (int i = 0; i < 300; ++i)
        manyWords.append(QStringLiteral("w%1").arg(i));
    QTest::newRow("300 different words") << manyWords.join(QLatin1Char(' ')) << QStringList();
    QTest::newRow("very long query") << QString(QStringLiteral("engels ")).repeated(2000) << QStringList{QStringLiteral("note")};
}

void TestCatalogAnnotations::searchAnnotations_hostileQueries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    QString error;
    QVERIFY2(catalog.saveAnnotations(searchAnnotationsFixture(), &error), qPrintable(error));
    QStringList found = idsOf(catalog.searchAnnotations(query));
    found.sort();
    QCOMPARE(found, expected);
    QVERIFY2(catalog.lastError().isEmpty(), qPrintable(catalog.lastError()));
    QCOMPARE(catalog.allAnnotations().size(), 3);
}

void TestCatalogAnnotations::searchAnnotations_tagRanksAboveQuoteAndLimit()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    Annotation inQuote = highlight(readingA(), QStringLiteral("social relation"), march(1));
    inQuote.id = QStringLiteral("a-in-quote");
    Annotation inTag = highlight(readingC(), QStringLiteral("own work"), march(2));
    inTag.id = QStringLiteral("b-in-tag");
    inTag.tags = QStringList{QStringLiteral("social")};
    QString error;
    // Ids, readings and creation order all sort the quote first; the ranking must not.
    QVERIFY2(catalog.saveAnnotations({inQuote, inTag}, &error), qPrintable(error));
    QCOMPARE(idsOf(catalog.searchAnnotations(QStringLiteral("social"))), (QStringList{inTag.id, inQuote.id}));
    QCOMPARE(idsOf(catalog.searchAnnotations(QStringLiteral("social"), 1)), QStringList{inTag.id});
    QVERIFY(catalog.searchAnnotations(QStringLiteral("social"), 0).isEmpty());
    QVERIFY(catalog.searchAnnotations(QStringLiteral("social"), -3).isEmpty());
}

// ---- tags and served days -----------------------------------------------------------------------

namespace {

QVector<Annotation> taggedFixture()
{
    Annotation upper = highlight(readingA(), QStringLiteral("Capital"), march(1));
    upper.id = QStringLiteral("upper");
    upper.tags = QStringList{QStringLiteral("State"), QStringLiteral("class")};
    Annotation lower = highlight(readingB(), QStringLiteral("Vaterland"), march(2));
    lower.id = QStringLiteral("lower");
    lower.tags = QStringList{QStringLiteral("state")};
    Annotation umlaut = highlight(readingA(), QStringLiteral("persons"), march(3));
    umlaut.id = QStringLiteral("umlaut");
    umlaut.tags = QStringList{QStringLiteral("Ökonomie")};
    Annotation longer = highlight(readingC(), QStringLiteral("working class"), march(4));
    longer.id = QStringLiteral("longer");
    longer.tags = QStringList{QStringLiteral("statecraft"), QStringLiteral("classes")};
    Annotation none = highlight(readingC(), QStringLiteral("emancipation"), march(5));
    none.id = QStringLiteral("none");
    return {upper, lower, umlaut, longer, none};
}

} // namespace

void TestCatalogAnnotations::annotationsWithTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QStringList>("expected");

    // Expected in allAnnotations() order: reading a, then b, then c.
    QTest::newRow("lower case finds both spellings") << QStringLiteral("state")
                                                     << QStringList{QStringLiteral("upper"), QStringLiteral("lower")};
    QTest::newRow("capitals and spaces") << QStringLiteral("  STATE ")
                                         << QStringList{QStringLiteral("upper"), QStringLiteral("lower")};
    QTest::newRow("second tag of an annotation") << QStringLiteral("class") << QStringList{QStringLiteral("upper")};
    QTest::newRow("umlaut tag in lower case") << QStringLiteral("ökonomie") << QStringList{QStringLiteral("umlaut")};
    QTest::newRow("umlaut tag decomposed (NFD)") << (QStringLiteral("O") + QChar(0x0308) + QStringLiteral("konomie"))
                                                 << QStringList{QStringLiteral("umlaut")};
    QTest::newRow("part of a tag is not the tag") << QStringLiteral("stat") << QStringList();
    QTest::newRow("tag of which another is a part") << QStringLiteral("statecraft") << QStringList{QStringLiteral("longer")};
    QTest::newRow("JSON punctuation") << QStringLiteral("\"state\"") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
}

void TestCatalogAnnotations::annotationsWithTag()
{
    QFETCH(QString, tag);
    QFETCH(QStringList, expected);

    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    QString error;
    QVERIFY2(catalog.saveAnnotations(taggedFixture(), &error), qPrintable(error));
    QCOMPARE(idsOf(catalog.annotationsWithTag(tag)), expected);
}

void TestCatalogAnnotations::annotationsServedBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");

    // Served: a on the 1st, b on the 2nd, a again on the 5th, c on the 10th of March. Reading a
    // has two annotations (a1 before a2 in its text), b one, c one.
    const QStringList a{QStringLiteral("a1"), QStringLiteral("a2")};
    const QStringList b{QStringLiteral("b1")};
    const QStringList c{QStringLiteral("c1")};
    QTest::newRow("one day") << QDate(2026, 3, 2) << QDate(2026, 3, 2) << b;
    QTest::newRow("reading served twice in the range comes once") << QDate(2026, 3, 1) << QDate(2026, 3, 5) << (a + b);
    QTest::newRow("ordered by first serving in the range") << QDate(2026, 3, 2) << QDate(2026, 3, 10) << (b + a + c);
    QTest::newRow("whole month") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << (a + b + c);
    QTest::newRow("days without servings") << QDate(2026, 3, 6) << QDate(2026, 3, 9) << QStringList();
    QTest::newRow("across a year boundary") << QDate(2025, 12, 30) << QDate(2026, 3, 1) << a;
    QTest::newRow("reversed range") << QDate(2026, 3, 10) << QDate(2026, 3, 1) << QStringList();
    QTest::newRow("invalid start") << QDate() << QDate(2026, 3, 31) << QStringList();
}

void TestCatalogAnnotations::annotationsServedBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);

    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    QString error;
    const QDateTime servedAt = march(1, 0);
    QVERIFY2(catalog.recordServed(QDate(2026, 3, 1), QStringLiteral("a"), servedAt, &error), qPrintable(error));
    QVERIFY2(catalog.recordServed(QDate(2026, 3, 2), QStringLiteral("b"), servedAt, &error), qPrintable(error));
    QVERIFY2(catalog.recordServed(QDate(2026, 3, 5), QStringLiteral("a"), servedAt, &error), qPrintable(error));
    QVERIFY2(catalog.recordServed(QDate(2026, 3, 10), QStringLiteral("c"), servedAt, &error), qPrintable(error));

    Annotation a2 = highlight(readingA(), QStringLiteral("persons"), march(1));
    a2.id = QStringLiteral("a2");
    Annotation a1 = highlight(readingA(), QStringLiteral("Capital"), march(2));
    a1.id = QStringLiteral("a1");
    Annotation b1 = highlight(readingB(), QStringLiteral("Vaterland"), march(3));
    b1.id = QStringLiteral("b1");
    Annotation c1 = highlight(readingC(), QStringLiteral("own work"), march(4));
    c1.id = QStringLiteral("c1");
    QVERIFY2(catalog.saveAnnotations({c1, b1, a2, a1}, &error), qPrintable(error));

    QCOMPARE(idsOf(catalog.annotationsServedBetween(from, to)), expected);
}

// ---- re-anchoring -------------------------------------------------------------------------------

void TestCatalogAnnotations::reimport_realSample_typoFixedParagraphDeletedAndInserted()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString originalFile = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    Reading original;
    SourceError sourceError;
    QVERIFY2(Importer::importFile(originalFile, &original, &sourceError), qPrintable(sourceError.toString()));

    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    QVERIFY2(catalog.importReading(original, originalFile, true, nullptr, &error), qPrintable(error));

    // Ten passages, chosen by a few words at each end, in the introduction and the body.
    const AnnotatableText originalText(original);
    Annotation typo = passage(originalText, QStringLiteral("effectively obliterated"), QStringLiteral("alternative government"), march(1));
    Annotation deleted = passage(originalText, QStringLiteral("Some three million died"), QStringLiteral("reappeared in 1939"), march(1, 10));
    deleted.note = QStringLiteral("Check the figures.");
    deleted.tags = QStringList{QStringLiteral("purges")};
    const Annotation firstParagraph = passage(originalText, QStringLiteral("Calm down"), QStringLiteral("critically."), march(1, 11));
    const Annotation afterDeleted = passage(originalText, QStringLiteral("Okay, we're not"), QStringLiteral("under the rug."), march(1, 12));
    const Annotation power = passage(originalText, QStringLiteral("The fundamental question"), QStringLiteral("question of power"), march(2));
    const Annotation seizure = passage(originalText, QStringLiteral("The seizure of power"), QStringLiteral("the beginning."), march(2, 10));
    // The phrase stands twice in the text; the annotation is on the second place.
    const Annotation repeated = highlight(original, QStringLiteral("Marx said to the workers"), march(3), 1);
    const Annotation machine = passage(originalText, QStringLiteral("The state is a machine"), QStringLiteral("class enemies."), march(3, 10));
    Annotation unrestricted = passage(originalText, QStringLiteral("the rule-unrestricted"), QStringLiteral("the proletariat"), march(4));
    unrestricted.note = QStringLiteral("Compare the purges.");
    unrestricted.color = QStringLiteral("pink");
    const Annotation commune = passage(originalText, QStringLiteral("The Paris Commune was"), QStringLiteral("culmination."), march(5));
    const QVector<Annotation> all{typo, deleted, firstParagraph, afterDeleted, power, seizure, repeated, machine, unrestricted, commune};
    for (const Annotation &annotation : all)
        QVERIFY2(annotation.quote.exact.size() >= 15, qPrintable(annotation.quote.exact));
    QVERIFY(typo.quote.exact.contains(QLatin1String("possiblity")));
    QVERIFY2(catalog.saveAnnotations(all, &error), qPrintable(error));
    QVERIFY(catalog.orphanedAnnotations(original.id).isEmpty());

    // The editor's next edition: a typo fixed inside one annotated passage, the paragraph of
    // another deleted, a new paragraph at the top that moves everything after it.
    QString source = QString::fromUtf8(test::readFile(originalFile));
    QCOMPARE(source.count(QStringLiteral("possiblity")), 1);
    source.replace(QStringLiteral("possiblity"), QStringLiteral("possibility"));
    const int paragraphStart = int(source.indexOf(QStringLiteral("\nMclellan again:"))) + 1;
    QVERIFY(paragraphStart > 0);
    const int paragraphEnd = int(source.indexOf(QStringLiteral("\n\n"), paragraphStart)) + 2;
    QVERIFY(paragraphEnd > paragraphStart);
    QVERIFY(source.mid(paragraphStart, paragraphEnd - paragraphStart).contains(QLatin1String("Some three million died")));
    source.remove(paragraphStart, paragraphEnd - paragraphStart);
    const QString introductionStart = QStringLiteral("::: introduction\n");
    QCOMPARE(source.count(introductionStart), 1);
    source.replace(introductionStart, introductionStart + QStringLiteral("A new opening paragraph by the editor.\n\n"));
    const QString editedFile = m_dir->filePath(QStringLiteral("dictatorship-of-the-proletariat.md"));
    QVERIFY(writeFile(editedFile, source.toUtf8()));
    Reading edited;
    QVERIFY2(Importer::importFile(editedFile, &edited, &sourceError), qPrintable(sourceError.toString()));
    QCOMPARE(edited.id, original.id);

    Catalog::ImportOutcome outcome = Catalog::ImportOutcome::Unchanged;
    ReanchorSummary summary;
    QVERIFY2(catalog.importReading(edited, editedFile, true, &outcome, &error, &summary), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QCOMPARE(summary.exact, 8);
    QCOMPARE(summary.fuzzy, 1);
    QCOMPARE(summary.orphaned, 1);
    QCOMPARE(summary.restored, 0);
    QCOMPARE(summary.total(), 10);
    QCOMPARE(summary.orphanedIds, QStringList{deleted.id});

    // The orphan is kept exactly as it was, quote and all, and listed as orphaned.
    QCOMPARE(catalog.annotation(deleted.id), std::optional<Annotation>(deleted));
    QCOMPARE(catalog.orphanedAnnotations(original.id), QVector<Annotation>{deleted});
    QCOMPARE(catalog.orphanedAnnotationIds(original.id), QSet<QString>{deleted.id});
    QCOMPARE(catalog.annotations(original.id).size(), 10);
    QCOMPARE(idsOf(catalog.annotationsWithTag(QStringLiteral("purges"))), QStringList{deleted.id});

    // Every other annotation points at its passage in the new text.
    const AnnotatableText editedText(edited);
    for (const Annotation &before : all) {
        if (before.id == deleted.id)
            continue;
        const std::optional<Annotation> after = catalog.annotation(before.id);
        QVERIFY(after.has_value());
        QCOMPARE(textAtPosition(editedText, *after), after->quote.exact);
        const int start = editedText.toUtf16(after->position.start);
        const int end = editedText.toUtf16(after->position.end);
        QCOMPARE(after->quote, makeQuoteSelector(editedText.text(), start, end));
        // The reader did not touch the notes: only the selectors changed.
        QCOMPARE(after->note, before.note);
        QCOMPARE(after->color, before.color);
        QCOMPARE(after->tags, before.tags);
        QCOMPARE(after->created, before.created);
        QCOMPARE(after->modified, before.modified);
        if (before.id != typo.id)
            QCOMPARE(after->quote.exact, before.quote.exact);
        else
            QVERIFY(after->position.start > before.position.start); // after the new paragraph
    }
    const Annotation fixed = *catalog.annotation(typo.id);
    QVERIFY2(fixed.quote.exact.contains(QLatin1String("possibility")), qPrintable(fixed.quote.exact));
    QVERIFY2(fixed.quote.exact.contains(QLatin1String("effectively obliterated")), qPrintable(fixed.quote.exact));
    // The first paragraph now has the new one before it.
    QVERIFY(catalog.annotation(firstParagraph.id)->quote.prefix.endsWith(QLatin1String("by the editor.\n\n")));
    // The repeated phrase stays on its second place.
    const QString phrase = QStringLiteral("Marx said to the workers");
    const int secondPlace = int(editedText.text().indexOf(phrase, editedText.text().indexOf(phrase) + 1));
    QCOMPARE(editedText.toUtf16(catalog.annotation(repeated.id)->position.start), secondPlace);
    // The search index follows the corrected quote.
    QCOMPARE(idsOf(catalog.searchAnnotations(QStringLiteral("possibility"))), QStringList{typo.id});
    QVERIFY(catalog.searchAnnotations(QStringLiteral("possiblity")).isEmpty());

    // Importing the same edition again re-anchors nothing.
    ReanchorSummary again;
    QVERIFY2(catalog.importReading(edited, editedFile, true, &outcome, &error, &again), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Unchanged);
    QCOMPARE(again.total(), 0);

    // Back to the first edition: the deleted paragraph is there again, and so is its note.
    ReanchorSummary back;
    QVERIFY2(catalog.importReading(original, originalFile, true, &outcome, &error, &back), qPrintable(error));
    QCOMPARE(back.exact, 9);
    QCOMPARE(back.fuzzy, 1); // the typo is back in the text, not in the quote
    QCOMPARE(back.orphaned, 0);
    QCOMPARE(back.restored, 1);
    QVERIFY(catalog.orphanedAnnotations(original.id).isEmpty());
    QCOMPARE(catalog.annotation(deleted.id), std::optional<Annotation>(deleted));
    QCOMPARE(catalog.annotation(firstParagraph.id), std::optional<Annotation>(firstParagraph));
}

void TestCatalogAnnotations::reimport_metadataOnlyChange_doesNotReanchor()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    // Stale but anchorable selectors: a right quote with a wrong position. Re-anchoring would
    // correct the position, so an unchanged position shows that nothing was re-anchored.
    Annotation stale = highlight(readingA(), QStringLiteral("social relation"), march(1));
    const TextPositionSelector stalePosition{0, 15};
    stale.position = stalePosition;
    QString error;
    QVERIFY2(catalog.saveAnnotation(stale, &error), qPrintable(error));
    QVERIFY(catalog.orphanedAnnotations(QStringLiteral("a")).isEmpty());

    Reading retitled = readingA();
    retitled.title = QStringLiteral("Alpha, second edition");
    retitled.footnotes[0].blocks[0].text = QStringLiteral("A corrected footnote.");
    retitled.editorialNotes[0].text = QStringLiteral("A new margin note.");
    Catalog::ImportOutcome outcome = Catalog::ImportOutcome::Unchanged;
    ReanchorSummary summary;
    QVERIFY2(catalog.importReading(retitled, QString(), false, &outcome, &error, &summary), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QCOMPARE(summary.total(), 0);
    QCOMPARE(catalog.annotation(stale.id), std::optional<Annotation>(stale));

    // A change of the text itself does re-anchor, and finds the passage where it really is.
    Reading rewritten = retitled;
    rewritten.body[1].text = QStringLiteral("Another paragraph with a longer note.");
    QVERIFY2(catalog.importReading(rewritten, QString(), false, &outcome, &error, &summary), qPrintable(error));
    QCOMPARE(summary.exact, 1);
    QCOMPARE(summary.total(), 1);
    const Annotation corrected = *catalog.annotation(stale.id);
    QVERIFY(corrected.position != stalePosition);
    QCOMPARE(textAtPosition(AnnotatableText(rewritten), corrected), QStringLiteral("social relation"));
}

void TestCatalogAnnotations::reimport_unchanged_reportsNothing()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    const Annotation annotation = highlight(readingA(), QStringLiteral("social relation"), march(1));
    QString error;
    QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));
    const QString before = dumpDatabase(catalog.connectionName());
    Catalog::ImportOutcome outcome = Catalog::ImportOutcome::Added;
    ReanchorSummary summary;
    QVERIFY2(catalog.importReading(readingA(), QString(), false, &outcome, &error, &summary), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Unchanged);
    QCOMPARE(summary.total(), 0);
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);
}

void TestCatalogAnnotations::reimport_orphanFoundAgainAfterLaterCorrection()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    Reading reading = readingC();
    const Annotation annotation = highlight(reading, QStringLiteral("The emancipation of the working class"), march(1));
    QString error;
    QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));

    // The sentence is replaced outright, and the introduction before it too: orphaned.
    reading.introduction[0].text = QStringLiteral("A rewritten introduction.");
    reading.body[0].text = QStringLiteral("Nothing of the earlier sentence remains here at all.");
    ReanchorSummary summary;
    QVERIFY2(catalog.importReading(reading, QString(), false, nullptr, &error, &summary), qPrintable(error));
    QCOMPARE(summary.orphaned, 1);
    QCOMPARE(summary.orphanedIds, QStringList{annotation.id});
    QCOMPARE(catalog.orphanedAnnotations(QStringLiteral("c")), QVector<Annotation>{annotation});

    // Another unrelated change: still an orphan, still unchanged, counted again.
    reading.body[1].text = QStringLiteral("Another paragraph, edited.");
    summary = ReanchorSummary();
    QVERIFY2(catalog.importReading(reading, QString(), false, nullptr, &error, &summary), qPrintable(error));
    QCOMPARE(summary.orphaned, 1);
    QCOMPARE(catalog.annotation(annotation.id), std::optional<Annotation>(annotation));

    // The editor restores the sentence, in a new place: anchored again, no longer an orphan.
    reading.body.prepend(textBlock(QStringLiteral("A new first paragraph.")));
    reading.body[1].text = readingC().body[0].text;
    summary = ReanchorSummary();
    QVERIFY2(catalog.importReading(reading, QString(), false, nullptr, &error, &summary), qPrintable(error));
    QCOMPARE(summary.exact, 1);
    QCOMPARE(summary.restored, 1);
    QCOMPARE(summary.orphaned, 0);
    QVERIFY(catalog.orphanedAnnotations(QStringLiteral("c")).isEmpty());
    const Annotation found = *catalog.annotation(annotation.id);
    QCOMPARE(found.quote.exact, annotation.quote.exact);
    QCOMPARE(textAtPosition(AnnotatableText(reading), found), annotation.quote.exact);
    QVERIFY(found.position.start > annotation.position.start);
}

void TestCatalogAnnotations::importReadings_reanchorsEveryChangedReading()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    const Annotation onA = highlight(readingA(), QStringLiteral("social relation"), march(1));
    const Annotation onB = highlight(readingB(), QStringLiteral("kein Vaterland"), march(2));
    const Annotation onC = highlight(readingC(), QStringLiteral("own work"), march(3));
    QString error;
    QVERIFY2(catalog.saveAnnotations({onA, onB, onC}, &error), qPrintable(error));

    Reading a = readingA();
    a.body.prepend(textBlock(QStringLiteral("Moved down by this.")));
    Reading b = readingB();
    b.introduction[0].text = QStringLiteral("Eine neue Einleitung.");
    b.body[0].text = QStringLiteral("Ein ganz anderer Satz.");
    ReanchorSummary summary;
    QVERIFY2(catalog.importReadings({a, b, readingC()}, false, &error, &summary), qPrintable(error));
    QCOMPARE(summary.exact, 1);
    QCOMPARE(summary.orphaned, 1);
    QCOMPARE(summary.total(), 2); // c did not change
    QCOMPARE(summary.orphanedIds, QStringList{onB.id});
    QCOMPARE(textAtPosition(AnnotatableText(a), *catalog.annotation(onA.id)), QStringLiteral("social relation"));
    QCOMPARE(catalog.orphanedAnnotationIds(QString()), QSet<QString>{onB.id});
}

void TestCatalogAnnotations::reimport_annotationUpdateFails_wholeImportRolledBack()
{
    Catalog catalog;
    QVERIFY(openWithReadings(&catalog));
    const Annotation moved = highlight(readingA(), QStringLiteral("social relation"), march(1));
    QString error;
    QVERIFY2(catalog.saveAnnotation(moved, &error), qPrintable(error));
    // Test-only: the database refuses any change to an annotation, as a full disk or a damaged
    // page would, after the reading row and its search entry were already rewritten.
    QVERIFY(execSql(catalog.connectionName(),
                    QStringLiteral("CREATE TRIGGER refuse_annotation_update BEFORE UPDATE ON annotations"
                                   " BEGIN SELECT RAISE(ABORT, 'forced failure while re-anchoring'); END")));
    const QString before = dumpDatabase(catalog.connectionName());

    Reading changed = readingA();
    changed.body.prepend(textBlock(QStringLiteral("A paragraph that moves the passage.")));
    Catalog::ImportOutcome outcome = Catalog::ImportOutcome::Unchanged;
    ReanchorSummary summary;
    QVERIFY(!catalog.importReading(changed, QString(), false, &outcome, &error, &summary));
    QVERIFY2(error.startsWith(catalogPath() + QLatin1String(": ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("forced failure while re-anchoring")), qPrintable(error));
    QVERIFY2(error.contains(moved.id), qPrintable(error));
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);
    QVERIFY(*catalog.reading(QStringLiteral("a")) == readingA());
    QCOMPARE(catalog.annotation(moved.id), std::optional<Annotation>(moved));
    QCOMPARE(summary.total(), 0);
    QCOMPARE(outcome, Catalog::ImportOutcome::Unchanged);

    // The same through importReadings, and the connection is usable afterwards.
    QVERIFY(!catalog.importReadings({readingB(), changed}, false, &error, &summary));
    QCOMPARE(dumpDatabase(catalog.connectionName()), before);
    QVERIFY(execSql(catalog.connectionName(), QStringLiteral("DROP TRIGGER refuse_annotation_update")));
    QVERIFY2(catalog.importReading(changed, QString(), false, &outcome, &error, &summary), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QCOMPARE(summary.exact, 1);
    QCOMPARE(textAtPosition(AnnotatableText(changed), *catalog.annotation(moved.id)), QStringLiteral("social relation"));
}

QTEST_GUILESS_MAIN(TestCatalogAnnotations)
#include "tst_catalogannotations.moc"
