// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over the catalog: the external-content indexes (schema version 5) following
// every change of the rows they index.
#include "catalog/catalog.h"

#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "catalogtestutil.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;
using redletter::test::execSql;
using redletter::test::queryValue;
using redletter::test::sampleReading;

class TestCatalogSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void index_followsReimportAndDelete();
    void index_followsNoteEditsAndDelete();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    //! Entries in the index (not rows of the content: FTS5 counts those through the view).
    int indexed(const Catalog &catalog, const QString &table) const
    {
        return queryValue(catalog.connectionName(), QStringLiteral("SELECT count(*) FROM %1_docsize").arg(table)).toInt();
    }
    void verifyConsistent(Catalog &catalog)
    {
        QStringList problems;
        QString error;
        QVERIFY2(catalog.checkIntegrity(&problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalogSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCatalogSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogSearch::cleanup()
{
    m_dir.reset();
}

void TestCatalogSearch::index_followsReimportAndDelete()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    Reading first = sampleReading(QStringLiteral("a"), QStringLiteral("Wage Labour"), QStringLiteral("Wages are the price of labour power."));
    Reading second = sampleReading(QStringLiteral("b"), QStringLiteral("Capital"), QStringLiteral("Capital is dead labour."));
    QVERIFY2(catalog.importReadings({first, second}, false, &error), qPrintable(error));
    QCOMPARE(indexed(catalog, QStringLiteral("readings_fts")), 2);
    QCOMPARE(catalog.search(QStringLiteral("wages")), QStringList{QStringLiteral("a")});
    QCOMPARE(catalog.search(QStringLiteral("labour")).size(), 2);

    // A corrected edition: the new words are found, the old ones no longer, one entry still.
    first.body.first().text = QStringLiteral("Profit is the unpaid labour of others.");
    Catalog::ImportOutcome outcome;
    QVERIFY2(catalog.importReading(first, QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QCOMPARE(indexed(catalog, QStringLiteral("readings_fts")), 2);
    QVERIFY(catalog.search(QStringLiteral("wages")).isEmpty());
    QCOMPARE(catalog.search(QStringLiteral("unpaid")), QStringList{QStringLiteral("a")});
    // A new title is searchable at once too.
    first.title = QStringLiteral("Surplus Value");
    QVERIFY2(catalog.importReading(first, QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(catalog.search(QStringLiteral("surplus")), QStringList{QStringLiteral("a")});
    QVERIFY(catalog.search(QStringLiteral("wage")).isEmpty());
    // A year is not indexed, but it is in the stored content: the entry is replaced, still one.
    first.year = 1849;
    QVERIFY2(catalog.importReading(first, QString(), false, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, Catalog::ImportOutcome::Updated);
    QCOMPARE(indexed(catalog, QStringLiteral("readings_fts")), 2);
    QCOMPARE(catalog.search(QStringLiteral("unpaid")), QStringList{QStringLiteral("a")});
    verifyConsistent(catalog);

    // Deleting a row (no app path does yet; a tool might) takes its entry out of the index.
    QVERIFY(execSql(catalog.connectionName(), QStringLiteral("DELETE FROM readings WHERE id = 'b'")));
    QCOMPARE(indexed(catalog, QStringLiteral("readings_fts")), 1);
    QCOMPARE(catalog.search(QStringLiteral("labour")), QStringList{QStringLiteral("a")});
    QVERIFY(catalog.search(QStringLiteral("dead")).isEmpty());
    verifyConsistent(catalog);
}

void TestCatalogSearch::index_followsNoteEditsAndDelete()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.open(catalogPath(), &error), qPrintable(error));
    const Reading reading = sampleReading(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("Workers of the world, unite!"));
    QVERIFY2(catalog.importReadings({reading}, false, &error), qPrintable(error));
    const AnnotatableText text(reading);
    Annotation note = makeAnnotation(text, 0, 7, QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC));
    note.note = QStringLiteral("solidarity");
    QVERIFY2(catalog.saveAnnotation(note, &error), qPrintable(error));
    QCOMPARE(indexed(catalog, QStringLiteral("annotations_fts")), 1);
    QCOMPARE(catalog.searchAnnotations(QStringLiteral("solidarity")).size(), 1);

    note.note = QStringLiteral("internationalism");
    QVERIFY2(catalog.saveAnnotation(note, &error), qPrintable(error));
    QCOMPARE(indexed(catalog, QStringLiteral("annotations_fts")), 1);
    QVERIFY(catalog.searchAnnotations(QStringLiteral("solidarity")).isEmpty());
    QCOMPARE(catalog.searchAnnotations(QStringLiteral("internationalism")).size(), 1);
    verifyConsistent(catalog);

    QVERIFY2(catalog.deleteAnnotation(note.id, &error), qPrintable(error));
    QCOMPARE(indexed(catalog, QStringLiteral("annotations_fts")), 0);
    QVERIFY(catalog.searchAnnotations(QStringLiteral("internationalism")).isEmpty());
    verifyConsistent(catalog);
}

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
