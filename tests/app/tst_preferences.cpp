// SPDX-License-Identifier: GPL-3.0-or-later
// Edit › Preferences on the offscreen platform: each setting reaches the window (or the schedule,
// or the login entry) at once and is in the settings file for the next start.
#include "appcontext.h"
#include "application.h"
#include "commands.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "readerview.h"
#include "desktop/autostart.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeEdit>

using namespace redletter;

class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlComma_opensTheOneDialog();
    void typeSize_appliedAndKept();
    void readingFace_fromInstalledSerifFaces_appliedAndKept();
    void theme_appliedToTheReaderAndTheMenu();
    void justifyAndHyphenate_appliedAndKept();
    void marginLayers_appliedAndKept();
    void reminderTimeAndPause_kept();
    void startAtLogin_writesAndRemovesTheEntry();
    void languages_theRotationUsesThem();
    void viewMenu_changesShowInTheOpenDialog();
    void screenshot_everyPage();

private:
    PreferencesDialog *open();
    //! The settings as the next start would read them: the file, through a fresh QSettings.
    Settings stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QTimeZone berlin("Europe/Berlin");
    m_context = std::make_unique<AppContext>(
        std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 24), QTime(10, 0), berlin), berlin));
    m_context->setSettingsFile(m_dir->filePath(QStringLiteral("redletter.conf")));
    QString error;
    QVERIFY2(m_context->open(m_dir->filePath(QStringLiteral("catalog.sqlite")), &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->resize(1280, 900);
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPreferences::cleanup()
{
    m_window.reset();
    m_context.reset();
    m_dir.reset();
}

PreferencesDialog *TestPreferences::open()
{
    m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    return m_window->preferencesDialog();
}

Settings TestPreferences::stored() const
{
    const QSettings file(m_dir->filePath(QStringLiteral("redletter.conf")), QSettings::IniFormat);
    return Settings::load(file);
}

void TestPreferences::ctrlComma_opensTheOneDialog()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    PreferencesDialog *dialog = m_window->preferencesDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
    QCOMPARE(open(), dialog); // one dialog, shown again
    QVERIFY(dialog->isVisible());
}

void TestPreferences::typeSize_appliedAndKept()
{
    PreferencesDialog *dialog = open();
    auto *size = dialog->findChild<QSpinBox *>(QStringLiteral("typeSize"));
    QCOMPARE(size->value(), 100);
    size->setValue(130);
    QCOMPARE(m_window->readerView()->typography().zoom, 1.3);
    QCOMPARE(stored().zoom, 1.3);
    // View › Actual Size is the same setting: the dialog follows it.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Actual Size"))
            action->trigger();
    }
    QCOMPARE(size->value(), 100);
    QCOMPARE(stored().zoom, 1.0);
}

void TestPreferences::readingFace_fromInstalledSerifFaces_appliedAndKept()
{
    const QStringList faces = PreferencesDialog::readingFaces();
    // install-deps.sh installs fonts-ebgaramond and fonts-sil-charis: both are offered, house face first.
    QVERIFY2(faces.size() >= 2, qPrintable(faces.join(QLatin1String(", "))));
    QCOMPARE(faces.constFirst(), QStringLiteral("EB Garamond"));
    QVERIFY(faces.contains(QStringLiteral("Charis SIL")));
    for (const QString &face : faces)
        QVERIFY2(!face.contains(QLatin1String("Sans")), qPrintable(face));

    PreferencesDialog *dialog = open();
    auto *face = dialog->findChild<QComboBox *>(QStringLiteral("readingFace"));
    QCOMPARE(face->currentText(), QStringLiteral("EB Garamond"));
    face->setCurrentText(QStringLiteral("Charis SIL"));
    QCOMPARE(m_window->readerView()->typography().textFamilies.constFirst(), QStringLiteral("Charis SIL"));
    QCOMPARE(m_window->readerView()->typography().textFont().family(), QStringLiteral("Charis SIL"));
    QCOMPARE(stored().readingFace, QStringLiteral("Charis SIL"));
}

void TestPreferences::theme_appliedToTheReaderAndTheMenu()
{
    PreferencesDialog *dialog = open();
    auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("theme"));
    theme->setCurrentIndex(theme->findData(int(Settings::Theme::Sepia)));
    QCOMPARE(m_window->readerView()->typography().theme.kind, Theme::Sepia);
    QCOMPARE(stored().theme, Settings::Theme::Sepia);
    theme->setCurrentIndex(theme->findData(int(Settings::Theme::Dark)));
    QCOMPARE(m_window->readerView()->typography().theme.kind, Theme::Dark);
    QCOMPARE(stored().theme, Settings::Theme::Dark);
    int checked = -1;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->actionGroup() && action->isChecked() && action->text().contains(QLatin1String("Dark")))
            checked = action->data().toInt();
    }
    QCOMPARE(checked, int(Settings::Theme::Dark));
}

void TestPreferences::justifyAndHyphenate_appliedAndKept()
{
    PreferencesDialog *dialog = open();
    auto *justify = dialog->findChild<QCheckBox *>(QStringLiteral("justify"));
    auto *hyphenate = dialog->findChild<QCheckBox *>(QStringLiteral("hyphenate"));
    QVERIFY(justify->isChecked() && hyphenate->isChecked());
    hyphenate->setChecked(false);
    QVERIFY(m_window->readerView()->typography().justify);
    QVERIFY(!m_window->readerView()->typography().hyphenate);
    QVERIFY(!stored().hyphenate);
    justify->setChecked(false);
    QVERIFY(!m_window->readerView()->typography().justify);
    QVERIFY(!stored().justify);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("justifyAction"))->isChecked());
    QVERIFY2(!hyphenate->isEnabled(), "hyphenation only applies to justified text");
}

void TestPreferences::marginLayers_appliedAndKept()
{
    PreferencesDialog *dialog = open();
    const QList<QPair<QString, MarginNote::Kind>> boxes{{QStringLiteral("editorialNotes"), MarginNote::EditorialNote},
                                                        {QStringLiteral("footnotes"), MarginNote::Footnote},
                                                        {QStringLiteral("readerNotes"), MarginNote::ReaderNote}};
    for (const auto &box : boxes) {
        auto *check = dialog->findChild<QCheckBox *>(box.first);
        QVERIFY(check->isChecked());
        QVERIFY(m_window->readerView()->isLayerVisible(box.second));
        check->setChecked(false);
        QVERIFY2(!m_window->readerView()->isLayerVisible(box.second), qPrintable(box.first));
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("layerAction%1").arg(int(box.second)))->isChecked());
    }
    const Settings s = stored();
    QVERIFY(!s.showEditorialNotes && !s.showFootnotes && !s.showReaderNotes);
}

void TestPreferences::reminderTimeAndPause_kept()
{
    // Without a tray (and here without the desktop integration at all) the settings still change;
    // tst_desktopintegration checks that the running scheduler takes them up.
    PreferencesDialog *dialog = open();
    auto *time = dialog->findChild<QTimeEdit *>(QStringLiteral("reminderTime"));
    QCOMPARE(time->time(), QTime(0, 0));
    time->setTime(QTime(7, 30));
    dialog->findChild<QCheckBox *>(QStringLiteral("remindersPaused"))->setChecked(true);
    const Settings s = stored();
    QCOMPARE(s.reminderTime, QTime(7, 30));
    QVERIFY(s.remindersPaused);
    QCOMPARE(QSettings(m_dir->filePath(QStringLiteral("redletter.conf")), QSettings::IniFormat)
                 .value(QStringLiteral("reminder/time")).toString(),
             QStringLiteral("07:30"));
}

void TestPreferences::startAtLogin_writesAndRemovesTheEntry()
{
    const Autostart autostart; // the test-mode config directory
    QFile::remove(autostart.entryPath());
    PreferencesDialog *dialog = open();
    QSignalSpy changed(dialog, &PreferencesDialog::startAtLoginChanged);
    auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("startAtLogin"));
    QVERIFY(!box->isChecked());
    box->setChecked(true);
    QVERIFY(QFile::exists(autostart.entryPath()));
    QVERIFY(autostart.isEnabled());
    QCOMPARE(changed.count(), 1);
    box->setChecked(false);
    QVERIFY(!autostart.isEnabled());
    QCOMPARE(changed.count(), 2);
}

void TestPreferences::languages_theRotationUsesThem()
{
    PreferencesDialog *dialog = open();
    auto *ui = dialog->findChild<QComboBox *>(QStringLiteral("uiLanguage"));
    ui->setCurrentIndex(ui->findData(QStringLiteral("de")));
    QCOMPARE(stored().uiLanguage, QStringLiteral("de"));

    dialog->setAvailableLanguages({QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")});
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("readingLanguages"));
    QCOMPARE(list->count(), 3);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("fr"))
            list->item(i)->setCheckState(Qt::Checked);
    }
    QCOMPARE(m_context->schedule().languages(), QStringList{QStringLiteral("fr")});
    QCOMPARE(stored().readingLanguages, QStringList{QStringLiteral("fr")});
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("de"))
            list->item(i)->setCheckState(Qt::Checked);
    }
    QCOMPARE(stored().readingLanguages.size(), 2);
    QCOMPARE(m_context->schedule().languages(), stored().readingLanguages);

    // A new start reads them and gives them to its schedule.
    m_window.reset();
    auto context = std::make_unique<AppContext>(std::make_unique<SystemClock>());
    context->setSettingsFile(m_dir->filePath(QStringLiteral("redletter.conf")));
    QString error;
    QVERIFY2(context->open(m_dir->filePath(QStringLiteral("catalog2.sqlite")), &error), qPrintable(error));
    QCOMPARE(context->schedule().languages(), stored().readingLanguages);
}

void TestPreferences::viewMenu_changesShowInTheOpenDialog()
{
    PreferencesDialog *dialog = open();
    m_window->findChild<QAction *>(QStringLiteral("justifyAction"))->trigger();
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("justify"))->isChecked());
    m_window->findChild<QAction *>(QStringLiteral("layerAction1"))->trigger();
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("footnotes"))->isChecked());
    QVERIFY(!stored().showFootnotes);
}

void TestPreferences::screenshot_everyPage()
{
    // Each page painted; with REDLETTER_SCREENSHOT_DIR set (under Xvfb, by hand) the pages are
    // kept as PNGs to look at.
    PreferencesDialog *dialog = open();
    dialog->setAvailableLanguages({QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ru")});
    auto *tabs = dialog->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    const QString dir = qEnvironmentVariable("REDLETTER_SCREENSHOT_DIR");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        dialog->adjustSize();
        QTest::qWait(50);
        const QImage image = dialog->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 300 && image.height() >= 200, qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        if (!dir.isEmpty())
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("preferences-%1.png").arg(i))));
    }
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
