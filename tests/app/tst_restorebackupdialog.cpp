// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "appcontext.h"
#include "application.h"
#include "schedule/clock.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace redletter;

class TestRestoreBackupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initResources(); }
    void listsBackupsWithCountsAndRestoresKeepingTheCatalogAside();
};

void TestRestoreBackupDialog::listsBackupsWithCountsAndRestoresKeepingTheCatalogAside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    auto clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 12), QTime(9, 30), QTimeZone::systemTimeZone()));
    AppContext context(std::move(clock));
    QString error;
    QVERIFY2(context.open(path, &error), qPrintable(error));
    QVERIFY(context.backUpIfDue(&error));
    // A note written after the backup.
    const QString readingId = context.catalog().entries().first().id;
    Annotation note;
    note.id = QStringLiteral("after-backup");
    note.readingId = readingId;
    note.quote.exact = QStringLiteral("a passage");
    note.note = QStringLiteral("written after the backup");
    QVERIFY2(context.catalog().saveAnnotation(note, &error), qPrintable(error));

    RestoreBackupDialog dialog(context);
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = dialog.list()->topLevelItem(0);
    QCOMPARE(item->text(0), QLocale().toString(QDate(2026, 3, 12), QLocale::LongFormat));
    QCOMPARE(item->text(1), QStringLiteral("0"));
    QCOMPARE(item->text(2), QString::number(context.catalog().readingCount()));
    auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"));
    QVERIFY(restore);
    QVERIFY(!restore->isEnabled());
    dialog.list()->setCurrentItem(item);
    QVERIFY(restore->isEnabled());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString shot = QDir(QStringLiteral(REDLETTER_TEST_OUTPUT_DIR)).filePath(QStringLiteral("restore-backup-dialog.png"));
    QVERIFY(dialog.grab().save(shot));

    QSignalSpy restored(&dialog, &RestoreBackupDialog::restored);
    QString aside;
    QVERIFY2(dialog.restoreRow(0, &aside, &error), qPrintable(error));
    QCOMPARE(restored.size(), 1);
    QVERIFY(context.catalog().isOpen());
    QVERIFY(!context.catalog().annotation(QStringLiteral("after-backup")));
    QCOMPARE(CatalogBackups::inspect(aside).annotations, 1);
    QVERIFY(aside.startsWith(path + QStringLiteral(".before-restore-2026-03-12T0930")));
}

QTEST_MAIN(TestRestoreBackupDialog)
#include "tst_restorebackupdialog.moc"
