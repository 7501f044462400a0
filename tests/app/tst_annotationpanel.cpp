// SPDX-License-Identifier: GPL-3.0-or-later
// The notes panel showing a note an import found in two versions: both texts with their dates, one
// entry to keep each, and the choice carried out through the annotation controller.
#include "annotationcontroller.h"
#include "annotationpanel.h"
#include "catalog/catalog.h"
#include "testsupport.h"
#include "schedule/clock.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace redletter;

namespace {

QDateTime march(int day)
{
    return QDateTime(QDate(2026, 3, day), QTime(9, 0), Qt::UTC);
}

Reading sampleReading()
{
    Reading reading;
    reading.id = QStringLiteral("alpha");
    reading.title = QStringLiteral("Alpha");
    reading.language = QStringLiteral("en");
    Block block;
    block.text = QStringLiteral("Capital is not a thing but a social relation between persons.");
    reading.body = {block};
    return reading;
}

Annotation note(const QString &text, const QDateTime &modified)
{
    Annotation annotation;
    annotation.id = QStringLiteral("6f1c2a7e-0000-4000-8000-000000000001");
    annotation.readingId = QStringLiteral("alpha");
    annotation.quote.exact = QStringLiteral("social relation");
    annotation.note = text;
    annotation.created = march(1);
    annotation.modified = modified;
    return annotation;
}

QTreeWidgetItem *topLevel(QTreeWidget *list, const QString &startsWith)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0).startsWith(startsWith))
            return list->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestAnnotationPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void conflict_showsBothVersionsAndKeepsTheOneChosen_data();
    void conflict_showsBothVersionsAndKeepsTheOneChosen();
    void noConflict_noGroup();

private:
    void showNotes(AnnotationPanel *panel) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestAnnotationPanel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = test::openCatalogIn(*m_dir);
    QVERIFY(m_catalog);
    QString error;
    QVERIFY2(m_catalog->importReadings({sampleReading()}, false, &error), qPrintable(error));
    QVERIFY2(m_catalog->saveAnnotation(note(QStringLiteral("What I think now."), march(5)), &error), qPrintable(error));
}

void TestAnnotationPanel::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestAnnotationPanel::showNotes(AnnotationPanel *panel) const
{
    panel->showReading(QStringLiteral("alpha"), m_catalog->annotations(QStringLiteral("alpha")), {});
}

void TestAnnotationPanel::conflict_showsBothVersionsAndKeepsTheOneChosen_data()
{
    QTest::addColumn<bool>("keepOther");
    QTest::addColumn<QString>("expectedNote");
    QTest::newRow("keep the saved version") << false << QStringLiteral("What I think now.");
    QTest::newRow("keep the imported version") << true << QStringLiteral("What I thought on the laptop.");
}

void TestAnnotationPanel::conflict_showsBothVersionsAndKeepsTheOneChosen()
{
    QFETCH(bool, keepOther);
    QFETCH(QString, expectedNote);

    QString error;
    AnnotationMergeReport report;
    QVERIFY2(m_catalog->importAnnotations({note(QStringLiteral("What I thought on the laptop."), march(2))},
                                          QStringLiteral("/home/reader/laptop-notes.json"), march(20), &report, &error),
             qPrintable(error));
    QCOMPARE(report.conflicts(), 1);

    ManualClock clock(march(21), QTimeZone::utc());
    AnnotationController controller(*m_catalog, clock);
    AnnotationPanel panel(*m_catalog);
    QObject::connect(&panel, &AnnotationPanel::conflictResolutionRequested, &controller,
                     &AnnotationController::resolveConflict);
    QObject::connect(&controller, &AnnotationController::annotationsChanged, &panel, [&] { showNotes(&panel); });
    panel.resize(360, 480);
    showNotes(&panel);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QTreeWidget *list = panel.list();
    QTreeWidgetItem *group = topLevel(list, QStringLiteral("Two versions of a note (1)"));
    QVERIFY2(group, qPrintable(list->topLevelItem(0)->text(0)));
    QCOMPARE(list->indexOfTopLevelItem(group), 0); // first: it needs the reader
    QCOMPARE(group->childCount(), 1);
    QTreeWidgetItem *conflict = group->child(0);
    QCOMPARE(conflict->childCount(), 4);
    const QString text = conflict->text(0) + QLatin1Char('\n') + conflict->child(0)->text(0) + QLatin1Char('\n')
        + conflict->child(1)->text(0);
    QVERIFY2(text.contains(QStringLiteral("\u201Csocial relation\u201D")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Saved, ")) && text.contains(QLatin1String("What I think now.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("From laptop-notes.json, ")) &&
                 text.contains(QLatin1String("What I thought on the laptop.")),
             qPrintable(text));
    QCOMPARE(conflict->child(2)->text(0), QStringLiteral("Keep the saved version"));
    QCOMPARE(conflict->child(3)->text(0), QStringLiteral("Keep the other version"));
    // The note itself is still listed in the reading, once.
    QTreeWidgetItem *mine = topLevel(list, QStringLiteral("In this reading (1)"));
    QVERIFY(mine);

    const QString shot = QDir::temp().filePath(QStringLiteral("redletter-annotationpanel-conflict.png"));
    QVERIFY(panel.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    // As a person does it: select the choice and press Enter.
    QSignalSpy requested(&panel, &AnnotationPanel::conflictResolutionRequested);
    list->setFocus();
    list->setCurrentItem(conflict->child(keepOther ? 3 : 2));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(1).toBool(), keepOther);

    const std::optional<Annotation> stored = m_catalog->annotation(note(QString(), QDateTime()).id);
    QVERIFY(stored);
    QCOMPARE(stored->note, expectedNote);
    QCOMPARE(stored->modified, keepOther ? march(21) : march(5));
    QVERIFY(m_catalog->annotationConflicts(QString()).isEmpty());
    QVERIFY(!topLevel(panel.list(), QStringLiteral("Two versions")));
    QVERIFY(panel.list()->topLevelItem(0)->child(0)->text(0).contains(expectedNote));

    // Edit › Undo: the note as it was and both versions back, the conflict under its own id;
    // Redo makes the same choice again.
    QVERIFY(controller.undoStack()->canUndo());
    QCOMPARE(controller.undoStack()->undoText(),
             keepOther ? QStringLiteral("Keep the Other Version") : QStringLiteral("Keep the Saved Version"));
    controller.undoStack()->undo();
    const std::optional<Annotation> undone = m_catalog->annotation(stored->id);
    QVERIFY(undone);
    QCOMPARE(undone->note, QStringLiteral("What I think now."));
    QCOMPARE(undone->modified, march(5));
    const QVector<AnnotationConflict> back = m_catalog->annotationConflicts(QString());
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().id, requested.first().at(0).toLongLong());
    QCOMPARE(back.first().other.note, QStringLiteral("What I thought on the laptop."));
    QCOMPARE(back.first().origin, QStringLiteral("/home/reader/laptop-notes.json"));
    QVERIFY(topLevel(panel.list(), QStringLiteral("Two versions of a note (1)")));
    const QString undoneShot = QDir::temp().filePath(QStringLiteral("redletter-annotationpanel-conflict-undone.png"));
    QVERIFY(panel.grab().save(undoneShot));
    qInfo("screenshot after Undo: %s", qPrintable(undoneShot));
    controller.undoStack()->redo();
    QCOMPARE(m_catalog->annotation(stored->id)->note, expectedNote);
    QVERIFY(m_catalog->annotationConflicts(QString()).isEmpty());
}

void TestAnnotationPanel::noConflict_noGroup()
{
    AnnotationPanel panel(*m_catalog);
    showNotes(&panel);
    QCOMPARE(panel.list()->topLevelItemCount(), 1);
    QVERIFY(panel.list()->topLevelItem(0)->text(0).startsWith(QLatin1String("In this reading (1)")));
}

QTEST_MAIN(TestAnnotationPanel)
#include "tst_annotationpanel.moc"
