// SPDX-License-Identifier: GPL-3.0-or-later
// Catalog::importAnnotations(): the merge of an annotation file into the reader's notes. One row
// for each way today's import lost or damaged notes (issue 14), each asserting what is stored
// afterwards, what the report says and which conflicts are kept.
#include "catalog/catalog.h"

#include "annotations/annotationmerge.h"
#include "catalogtestutil.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redletter;
using redletter::test::dumpDatabase;
using redletter::test::sampleNote;
using redletter::test::sampleReading;

Q_DECLARE_METATYPE(redletter::Annotation)
Q_DECLARE_METATYPE(QVector<redletter::Annotation>)

namespace {

QDateTime march(int day)
{
    return QDateTime(QDate(2026, 3, day), QTime(9, 15, 30, 250), Qt::UTC);
}

const QString idOne = QStringLiteral("6f1c2a7e-0000-4000-8000-000000000001");
const QString idTwo = QStringLiteral("6f1c2a7e-0000-4000-8000-000000000002");

Reading readingA()
{
    return sampleReading(QStringLiteral("a"), QStringLiteral("Alpha"),
                         QStringLiteral("Capital is not a thing but a social relation between persons."));
}

Reading readingB()
{
    return sampleReading(QStringLiteral("b"), QStringLiteral("Beta"),
                         QStringLiteral("The emancipation of the working class must be its own work."));
}

Annotation noteOn(const QString &readingId, const QString &id, const QString &text, const QDateTime &modified)
{
    const QString exact = readingId == QLatin1String("a") ? QStringLiteral("social relation")
                                                          : QStringLiteral("working class");
    Annotation note = sampleNote(id, readingId, exact, text, march(1));
    note.modified = modified;
    return note;
}

//! "reading:note" for each stored annotation, sorted: what the reader sees, whatever the ids.
QStringList notesOf(const Catalog &catalog)
{
    QStringList notes;
    const QVector<Annotation> all = catalog.allAnnotations();
    for (const Annotation &annotation : all)
        notes.append(annotation.readingId + QLatin1Char(':') + annotation.note);
    notes.sort();
    return notes;
}

QStringList outcomeNames(const AnnotationMergeReport &report)
{
    QStringList names;
    for (const AnnotationMergeItem &item : report.items) {
        switch (item.outcome) {
        case AnnotationMergeOutcome::Added: names.append(QStringLiteral("added")); break;
        case AnnotationMergeOutcome::AddedWithNewId: names.append(QStringLiteral("new id")); break;
        case AnnotationMergeOutcome::Updated: names.append(QStringLiteral("updated")); break;
        case AnnotationMergeOutcome::KeptStored: names.append(QStringLiteral("kept stored")); break;
        case AnnotationMergeOutcome::Unchanged: names.append(QStringLiteral("unchanged")); break;
        }
    }
    return names;
}

} // namespace

class TestAnnotationImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void importAnnotations_data();
    void importAnnotations();
    void importAnnotations_refused_changesNothing_data();
    void importAnnotations_refused_changesNothing();
    void importAnnotations_sameFileTwice_addsNothingTheSecondTime();
    void importAnnotations_noteAtTheLimit_accepted();
    void resolveConflict_keepOther_becomesTheNote();
    void resolveConflict_keepSaved_onlyDropsTheConflict();
    void deleteAnnotation_dropsItsConflicts();

private:
    //! Saves note idOne on reading a as @p storedNote, then imports it as @p importedNote: one conflict.
    void saveThenImport(const QString &storedNote, const QDateTime &storedModified, const QString &importedNote,
                        const QDateTime &importedModified);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestAnnotationImport::saveThenImport(const QString &storedNote, const QDateTime &storedModified,
                                          const QString &importedNote, const QDateTime &importedModified)
{
    QString error;
    QVERIFY2(m_catalog->saveAnnotation(noteOn(QStringLiteral("a"), idOne, storedNote, storedModified), &error),
             qPrintable(error));
    AnnotationMergeReport report;
    QVERIFY2(m_catalog->importAnnotations({noteOn(QStringLiteral("a"), idOne, importedNote, importedModified)},
                                          QStringLiteral("notes.json"), march(20), &report, &error),
             qPrintable(error));
    QCOMPARE(report.conflicts(), 1);
}

void TestAnnotationImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = test::openCatalogIn(*m_dir);
    QVERIFY(m_catalog);
    QString error;
    QVERIFY2(m_catalog->importReadings({readingA(), readingB()}, false, &error), qPrintable(error));
}

void TestAnnotationImport::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

// Imports that succeed: what is stored afterwards, the report, and the conflicts kept.
void TestAnnotationImport::importAnnotations_data()
{
    QTest::addColumn<QVector<Annotation>>("stored");
    QTest::addColumn<QVector<Annotation>>("incoming");
    QTest::addColumn<QStringList>("expectedNotes");
    QTest::addColumn<QStringList>("expectedOutcomes");
    QTest::addColumn<QStringList>("expectedConflictNotes");
    QTest::addColumn<QDateTime>("expectedModifiedOfOne");

    // Measured before: the older file replaced the newer edit and its modified date.
    QTest::newRow("an older export does not replace a newer edit")
        << QVector<Annotation>{noteOn(QStringLiteral("a"), idOne, QStringLiteral("edited on the 5th"), march(5))}
        << QVector<Annotation>{noteOn(QStringLiteral("a"), idOne, QStringLiteral("as exported on the 2nd"), march(2))}
        << QStringList{QStringLiteral("a:edited on the 5th")} << QStringList{QStringLiteral("kept stored")}
        << QStringList{QStringLiteral("as exported on the 2nd")} << march(5);
    QTest::newRow("an export without a modified date does not replace a dated edit")
        << QVector<Annotation>{noteOn(QStringLiteral("a"), idOne, QStringLiteral("edited"), march(5))}
        << QVector<Annotation>{noteOn(QStringLiteral("a"), idOne, QStringLiteral("undated"), QDateTime())}
        << QStringList{QStringLiteral("a:edited")} << QStringList{QStringLiteral("kept stored")}
        << QStringList{QStringLiteral("undated")} << march(5);
    QTest::newRow("a newer export updates; the older saved note is kept as a conflict")
        << QVector<Annotation>{noteOn(QStringLiteral("a"), idOne, QStringLiteral("saved on the 2nd"), march(2))}
        << QVector<Annotation>{noteOn(QStringLiteral("a"), idOne, QStringLiteral("edited elsewhere on the 6th"), march(6))}
        << QStringList{QStringLiteral("a:edited elsewhere on the 6th")} << QStringList{QStringLiteral("updated")}
        << QStringList{QStringLiteral("saved on the 2nd")} << march(6);
    QTest::newRow("the same note again is skipped")
        << QVector<Annotation>{noteOn(QStringLiteral("a"), idOne, QStringLiteral("same"), march(2))}
        << QVector<Annotation>{noteOn(QStringLiteral("a"), idOne, QStringLiteral("same"), march(2))}
        << QStringList{QStringLiteral("a:same")} << QStringList{QStringLiteral("unchanged")} << QStringList()
        << march(2);
    // Measured before: the note on reading a moved to reading b.
    QTest::newRow("an id that belongs to a note on another reading gets a new id")
        << QVector<Annotation>{noteOn(QStringLiteral("a"), idOne, QStringLiteral("mine on alpha"), march(2))}
        << QVector<Annotation>{noteOn(QStringLiteral("b"), idOne, QStringLiteral("theirs on beta"), march(3))}
        << QStringList{QStringLiteral("a:mine on alpha"), QStringLiteral("b:theirs on beta")}
        << QStringList{QStringLiteral("new id")} << QStringList() << march(2);
    QTest::newRow("new notes are added")
        << QVector<Annotation>{}
        << QVector<Annotation>{noteOn(QStringLiteral("a"), idOne, QStringLiteral("one"), march(2)),
                               noteOn(QStringLiteral("b"), idTwo, QStringLiteral("two"), march(3))}
        << QStringList{QStringLiteral("a:one"), QStringLiteral("b:two")}
        << QStringList{QStringLiteral("added"), QStringLiteral("added")} << QStringList() << march(2);
}

void TestAnnotationImport::importAnnotations()
{
    QFETCH(QVector<Annotation>, stored);
    QFETCH(QVector<Annotation>, incoming);
    QFETCH(QStringList, expectedNotes);
    QFETCH(QStringList, expectedOutcomes);
    QFETCH(QStringList, expectedConflictNotes);
    QFETCH(QDateTime, expectedModifiedOfOne);

    QString error;
    QVERIFY2(m_catalog->saveAnnotations(stored, &error), qPrintable(error));
    AnnotationMergeReport report;
    QVERIFY2(m_catalog->importAnnotations(incoming, QStringLiteral("notes.json"), march(20), &report, &error),
             qPrintable(error));

    QCOMPARE(notesOf(*m_catalog), expectedNotes);
    QCOMPARE(outcomeNames(report), expectedOutcomes);
    const std::optional<Annotation> one = m_catalog->annotation(idOne);
    QVERIFY(one);
    QCOMPARE(one->modified, expectedModifiedOfOne);

    QStringList conflictNotes;
    const QVector<AnnotationConflict> conflicts = m_catalog->annotationConflicts(QString());
    for (const AnnotationConflict &conflict : conflicts) {
        conflictNotes.append(conflict.other.note);
        QCOMPARE(conflict.other.id, idOne);
        QCOMPARE(conflict.recorded, march(20));
    }
    QCOMPARE(conflictNotes, expectedConflictNotes);
    QCOMPARE(report.conflicts(), int(expectedConflictNotes.size()));

    // The new id of a colliding note is a fresh one, and the report names it.
    for (const AnnotationMergeItem &item : qAsConst(report.items)) {
        if (item.outcome == AnnotationMergeOutcome::AddedWithNewId) {
            QVERIFY(item.storedId != item.id);
            QCOMPARE(item.otherReadingId, QStringLiteral("a"));
            const std::optional<Annotation> renamed = m_catalog->annotation(item.storedId);
            QVERIFY(renamed);
            QCOMPARE(renamed->readingId, QStringLiteral("b"));
        }
    }
}

// Files refused as a whole: the error names the annotation and the catalog is byte for byte as before.
void TestAnnotationImport::importAnnotations_refused_changesNothing_data()
{
    QTest::addColumn<QVector<Annotation>>("incoming");
    QTest::addColumn<QString>("expectedError");

    const Annotation good = noteOn(QStringLiteral("a"), idTwo, QStringLiteral("a good note"), march(2));
    // Measured before: "2 annotations imported", one saved.
    QTest::newRow("one id twice")
        << QVector<Annotation>{good, noteOn(QStringLiteral("b"), idOne, QStringLiteral("x"), march(2)),
                               noteOn(QStringLiteral("a"), idOne, QStringLiteral("y"), march(3))}
        << QStringLiteral("annotations 2 and 3 both have the id %1; nothing was imported").arg(idOne);
    // Measured before: exit 1, but the others were saved.
    QTest::newRow("a reading not in the catalog")
        << QVector<Annotation>{good, noteOn(QStringLiteral("nowhere"), idOne, QStringLiteral("x"), march(2))}
        << QStringLiteral("annotation 2 (%1): there is no reading \"nowhere\" in the catalog; nothing was imported")
               .arg(idOne);
    // Measured before: a 100 MB note was accepted. One byte over the cap is enough to show it.
    Annotation huge = noteOn(QStringLiteral("a"), idOne, QString(AnnotationLimits::MaxNoteBytes + 1, QLatin1Char('x')),
                             march(2));
    QTest::newRow("a note over 1 MiB")
        << QVector<Annotation>{good, huge}
        << QStringLiteral("annotation 2 (%1): its note is 1,048,577 bytes; at most 1,048,576 are accepted;"
                          " nothing was imported")
               .arg(idOne);
    // Measured before: positions past the end of the text were stored.
    Annotation pastTheEnd = noteOn(QStringLiteral("a"), idOne, QStringLiteral("x"), march(2));
    pastTheEnd.position = {10, 99999};
    QTest::newRow("a position past the end of the text")
        << QVector<Annotation>{good, pastTheEnd}
        << QStringLiteral("annotation 2 (%1): its position 10–99999 lies past the end of the reading's text")
               .arg(idOne);
    Annotation manyTags = noteOn(QStringLiteral("a"), idOne, QStringLiteral("x"), march(2));
    for (int i = 0; i <= AnnotationLimits::MaxTags; ++i)
        manyTags.tags.append(QString::number(i));
    QTest::newRow("too many tags")
        << QVector<Annotation>{good, manyTags}
        << QStringLiteral("annotation 2 (%1): it has 101 tags; at most 100 are accepted").arg(idOne);
}

void TestAnnotationImport::importAnnotations_refused_changesNothing()
{
    QFETCH(QVector<Annotation>, incoming);
    QFETCH(QString, expectedError);

    QString error;
    QVERIFY2(m_catalog->saveAnnotation(noteOn(QStringLiteral("b"), QStringLiteral("6f1c2a7e-0000-4000-8000-0000000000ff"),
                                              QStringLiteral("already here"), march(1)),
                                       &error),
             qPrintable(error));
    const QString before = dumpDatabase(m_catalog->connectionName());
    AnnotationMergeReport report;
    report.items.append(AnnotationMergeItem()); // must be left alone on failure
    QVERIFY(!m_catalog->importAnnotations(incoming, QStringLiteral("notes.json"), march(20), &report, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QCOMPARE(report.items.size(), 1);
    QCOMPARE(dumpDatabase(m_catalog->connectionName()), before);
    QCOMPARE(notesOf(*m_catalog), QStringList{QStringLiteral("b:already here")});
}

void TestAnnotationImport::importAnnotations_sameFileTwice_addsNothingTheSecondTime()
{
    QString error;
    QVERIFY2(m_catalog->saveAnnotation(noteOn(QStringLiteral("a"), idOne, QStringLiteral("newer"), march(5)), &error),
             qPrintable(error));
    const QVector<Annotation> file{noteOn(QStringLiteral("b"), idOne, QStringLiteral("collides"), march(2)),
                                   noteOn(QStringLiteral("a"), idTwo, QStringLiteral("fresh"), march(2)),
                                   noteOn(QStringLiteral("a"), QStringLiteral("6f1c2a7e-0000-4000-8000-000000000003"),
                                          QStringLiteral("third"), march(2))};
    AnnotationMergeReport first;
    QVERIFY2(m_catalog->importAnnotations(file, QStringLiteral("notes.json"), march(20), &first, &error),
             qPrintable(error));
    QCOMPARE(outcomeNames(first), (QStringList{QStringLiteral("new id"), QStringLiteral("added"), QStringLiteral("added")}));
    const QString afterFirst = dumpDatabase(m_catalog->connectionName());

    AnnotationMergeReport second;
    QVERIFY2(m_catalog->importAnnotations(file, QStringLiteral("notes.json"), march(21), &second, &error),
             qPrintable(error));
    QCOMPARE(outcomeNames(second),
             (QStringList{QStringLiteral("unchanged"), QStringLiteral("unchanged"), QStringLiteral("unchanged")}));
    QCOMPARE(second.items.at(0).storedId, first.items.at(0).storedId);
    QCOMPARE(dumpDatabase(m_catalog->connectionName()), afterFirst);
}

void TestAnnotationImport::importAnnotations_noteAtTheLimit_accepted()
{
    // Two-byte characters: the cap counts UTF-8 bytes, not characters.
    const QString atTheLimit(AnnotationLimits::MaxNoteBytes / 2, QChar(0x00e9));
    QString error;
    AnnotationMergeReport report;
    QVERIFY2(m_catalog->importAnnotations({noteOn(QStringLiteral("a"), idOne, atTheLimit, march(2))},
                                          QStringLiteral("notes.json"), march(20), &report, &error),
             qPrintable(error));
    QCOMPARE(m_catalog->annotation(idOne)->note.size(), atTheLimit.size());
    QCOMPARE(report.added(), 1);

    const QString overByOne = atTheLimit + QLatin1Char('x');
    QVERIFY(!m_catalog->importAnnotations({noteOn(QStringLiteral("a"), idTwo, overByOne, march(2))},
                                          QStringLiteral("notes.json"), march(20), &report, &error));
    QVERIFY2(error.contains(QLatin1String("1,048,577 bytes")), qPrintable(error));
}

void TestAnnotationImport::resolveConflict_keepOther_becomesTheNote()
{
    saveThenImport(QStringLiteral("newer"), march(5), QStringLiteral("older"), march(2));
    if (QTest::currentTestFailed())
        return;
    QString error;
    const QVector<AnnotationConflict> conflicts = m_catalog->annotationConflicts(QStringLiteral("a"));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().origin, QStringLiteral("notes.json"));
    QVERIFY(m_catalog->annotationConflicts(QStringLiteral("b")).isEmpty());

    QVERIFY2(m_catalog->resolveAnnotationConflict(conflicts.first().id, true, march(21), &error), qPrintable(error));
    const std::optional<Annotation> now = m_catalog->annotation(idOne);
    QVERIFY(now);
    QCOMPARE(now->note, QStringLiteral("older"));
    QCOMPARE(now->modified, march(21));
    QVERIFY(m_catalog->annotationConflicts(QString()).isEmpty());
    QVERIFY(!m_catalog->resolveAnnotationConflict(conflicts.first().id, true, march(21), &error));
    QVERIFY2(error.contains(QLatin1String("no conflict")), qPrintable(error));
}

void TestAnnotationImport::resolveConflict_keepSaved_onlyDropsTheConflict()
{
    saveThenImport(QStringLiteral("older"), march(2), QStringLiteral("newer"), march(5));
    if (QTest::currentTestFailed())
        return;
    QString error;
    const QVector<AnnotationConflict> conflicts = m_catalog->annotationConflicts(QStringLiteral("a"));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().other.note, QStringLiteral("older"));
    QVERIFY(conflicts.first().origin.isEmpty()); // the saved version, not the file's
    QVERIFY2(m_catalog->resolveAnnotationConflict(conflicts.first().id, false, march(21), &error), qPrintable(error));
    QCOMPARE(m_catalog->annotation(idOne)->note, QStringLiteral("newer"));
    QCOMPARE(m_catalog->annotation(idOne)->modified, march(5));
    QVERIFY(m_catalog->annotationConflicts(QString()).isEmpty());
}

void TestAnnotationImport::deleteAnnotation_dropsItsConflicts()
{
    saveThenImport(QStringLiteral("newer"), march(5), QStringLiteral("older"), march(2));
    if (QTest::currentTestFailed())
        return;
    QString error;
    QCOMPARE(m_catalog->annotationConflicts(QString()).size(), 1);
    QVERIFY2(m_catalog->deleteAnnotation(idOne, &error), qPrintable(error));
    QVERIFY(m_catalog->annotationConflicts(QString()).isEmpty());
    QCOMPARE(redletter::test::queryValue(m_catalog->connectionName(),
                                         QStringLiteral("SELECT count(*) FROM annotation_conflicts")).toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestAnnotationImport)
#include "tst_annotationimport.moc"
