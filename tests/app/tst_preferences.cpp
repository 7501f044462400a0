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
#include "estimating/pacestore.h"
#include "estimating/readingtime.h"
#include "pacerecorder.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
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
#include <QDoubleSpinBox>
#include <QFontInfo>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextDocument>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeEdit>

using namespace redletter;

class TestPreferences : public test::WindowTest
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
    void pace_fixedOrLearned_appliedAndKept();
    void pace_learnedFigureShown_forgetClearsTheSessions();
    void typeSize_isInPoints_andFollowsTheScreen();
    void systemFontSize_largerApplicationFont_largerInterfaceText();

private:
    PreferencesDialog *open();
    //! The settings as the next start would read them: the file, through a fresh QSettings.
    Settings stored() const;

};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestPreferences::init()
{
    QString error;
    QVERIFY2(setUp(&error), qPrintable(error));
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPreferences::cleanup()
{
    tearDown();
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
    auto *size = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("typeSize"));
    QCOMPARE(size->value(), 15.75); // the house size, in points
    size->setValue(31.5);
    QCOMPARE(m_window->readerView()->typography().pointSize(), 31.5);
    QCOMPARE(stored().zoom, 2.0);
    // View › Actual Size is the same setting: the dialog follows it.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Actual Size"))
            action->trigger();
    }
    QCOMPARE(size->value(), 15.75);
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
    // The masthead takes the theme too: its paper and the tagline's ink (tst_contrast checks them).
    const Theme dark = Theme::forKind(Theme::Dark);
    auto *masthead = m_window->findChild<QLabel *>(QStringLiteral("mastheadLabel"));
    QVERIFY2(masthead->text().contains(dark.taglineInk.name()), qPrintable(masthead->text()));
    QVERIFY(masthead->text().contains(dark.accent.name()));
    QCOMPARE(m_window->findChild<QWidget *>(QStringLiteral("masthead"))->palette().color(QPalette::Window), dark.mastheadPaper);
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
    QCOMPARE(tabs->count(), 4); // the page, the reminder, the pace, the languages
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


namespace {

//! Six sittings of ten minutes at @p wordsPerMinute: enough for a learned pace.
void recordSittings(Catalog &catalog, int wordsPerMinute, int count = 6)
{
    PaceStore store(catalog);
    for (int i = 0; i < count; ++i) {
        ReadingSession session;
        session.readingId = QStringLiteral("sitting-%1").arg(i);
        session.day = QDate(2026, 11, 1).addDays(i);
        session.recordedAt = QDateTime(session.day, QTime(21, 0), QTimeZone::utc());
        session.sample = {wordsPerMinute * 10, 600};
        QString error;
        QVERIFY2(store.record(session, &error), qPrintable(error));
    }
}

int storedSessions(Catalog &catalog)
{
    QSqlQuery query(QSqlDatabase::database(catalog.connectionName(), false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM reading_sessions")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

void TestPreferences::pace_fixedOrLearned_appliedAndKept()
{
    PreferencesDialog *dialog = open();
    auto *learned = dialog->findChild<QRadioButton *>(QStringLiteral("learnedPace"));
    auto *fixed = dialog->findChild<QRadioButton *>(QStringLiteral("fixedPace"));
    auto *wordsPerMinute = dialog->findChild<QSpinBox *>(QStringLiteral("wordsPerMinute"));
    QVERIFY(learned->isChecked());
    QVERIFY(!wordsPerMinute->isEnabled());
    ReaderView *reader = m_window->readerView();
    const ReadingTime house = reader->readingTime();
    QVERIFY(house.minutes > 0);
    QCOMPARE(house.personalMinutes, 0); // nothing learned yet: only the house figure

    // A fixed pace of half the house pace: the header gives twice the time "for you".
    fixed->setChecked(true);
    QVERIFY(wordsPerMinute->isEnabled());
    wordsPerMinute->setValue(ReadingTimeEstimator::DefaultWordsPerMinute / 2);
    QCOMPARE(stored().pace, Settings::Pace::Fixed);
    QCOMPARE(stored().fixedWordsPerMinute, ReadingTimeEstimator::DefaultWordsPerMinute / 2);
    const ReadingTime mine = reader->readingTime();
    QCOMPARE(mine.minutes, house.minutes); // the house figure stays
    QCOMPARE(mine.personalWordsPerMinute, ReadingTimeEstimator::DefaultWordsPerMinute / 2);
    QVERIFY2(qAbs(mine.personalMinutes - 2 * house.minutes) <= 1,
             qPrintable(QStringLiteral("%1 for %2").arg(mine.personalMinutes).arg(house.minutes)));
    const QString header = QStringLiteral("%1 min · about %2 for you").arg(house.minutes).arg(mine.personalMinutes);
    QVERIFY2(reader->document()->toPlainText().contains(header), qPrintable(reader->document()->toPlainText().left(300)));

    // Back to learning: nothing learned, so the header is the house figure alone again.
    learned->setChecked(true);
    QCOMPARE(stored().pace, Settings::Pace::Learned);
    QCOMPARE(reader->readingTime().personalMinutes, 0);
    QVERIFY(!reader->document()->toPlainText().contains(QLatin1String("for you")));
}

void TestPreferences::pace_learnedFigureShown_forgetClearsTheSessions()
{
    PreferencesDialog *dialog = open();
    auto *state = dialog->findChild<QLabel *>(QStringLiteral("paceState"));
    auto *forget = dialog->findChild<QPushButton *>(QStringLiteral("resetPace"));
    QVERIFY(state->text().startsWith(QLatin1String("Not learned yet")));
    QVERIFY(!forget->isEnabled()); // nothing to forget

    recordSittings(m_context->catalog(), 260);
    // A sitting ending tells the window (PaceRecorder::sessionsChanged); here the test does.
    Q_EMIT m_window->paceRecorder()->sessionsChanged();
    QVERIFY2(state->text().contains(QLatin1String("about 260 words a minute, from 6 reading")), qPrintable(state->text()));
    QVERIFY(forget->isEnabled());
    const ReadingTime time = m_window->readerView()->readingTime();
    QCOMPARE(time.personalWordsPerMinute, 260);
    QVERIFY(m_window->readerView()->document()->toPlainText().contains(
        QStringLiteral("%1 min · about %2 for you").arg(time.minutes).arg(time.personalMinutes)));
    const QString dir = qEnvironmentVariable("REDLETTER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) { // by hand, to look at: the window's header and the dialog's pace page
        dialog->findChild<QTabWidget *>()->setCurrentIndex(2);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("pace-header.png"))));
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("pace-preferences.png"))));
    }

    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(storedSessions(m_context->catalog()), 0);
    QVERIFY(state->text().startsWith(QLatin1String("Not learned yet")));
    QVERIFY(!forget->isEnabled());
    QCOMPARE(m_window->readerView()->readingTime().personalMinutes, 0);
    QVERIFY(!m_window->readerView()->document()->toPlainText().contains(QLatin1String("for you")));
}

void TestPreferences::typeSize_isInPoints_andFollowsTheScreen()
{
    PreferencesDialog *dialog = open();
    auto *size = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("typeSize"));
    QVERIFY(size->suffix().contains(QLatin1String("pt")));
    size->setValue(18);
    const Typography &typography = m_window->readerView()->typography();
    QCOMPARE(typography.pointSize(), 18.0);
    // Points become pixels at the screen's logical DPI, as the desktop's own fonts do.
    QCOMPARE(typography.pixelsPerPoint, m_window->logicalDpiY() / 72.0);
    QCOMPARE(typography.textFont().pixelSize(), qRound(18 * m_window->logicalDpiY() / 72.0));
    Typography moreDpi = typography;
    moreDpi.pixelsPerPoint = 144 / 72.0; // a desktop set to 144 dpi
    QVERIFY(moreDpi.textFont().pixelSize() > typography.textFont().pixelSize());
}

void TestPreferences::systemFontSize_largerApplicationFont_largerInterfaceText()
{
    // The chrome (menus, status bar, masthead, dialogs) is set in the desktop's font: a larger
    // application font makes all of it larger. Measured on a window made before and after.
    const QFont original = QApplication::font();
    const auto measure = [this] {
        PreferencesDialog *dialog = open();
        const auto *masthead = m_window->findChild<QLabel *>(QStringLiteral("mastheadLabel"));
        const auto *minutes = m_window->findChild<QLabel *>(QStringLiteral("minutesLeft"));
        return QVector<int>{QFontInfo(m_window->menuBar()->font()).pixelSize(), QFontInfo(minutes->font()).pixelSize(),
                            masthead->sizeHint().height(),
                            QFontInfo(dialog->findChild<QLabel *>(QStringLiteral("paceState"))->font()).pixelSize(),
                            dialog->sizeHint().height()};
    };
    const QVector<int> normal = measure();
    QFont larger = original;
    if (original.pointSizeF() > 0)
        larger.setPointSizeF(original.pointSizeF() * 1.5);
    else
        larger.setPixelSize(original.pixelSize() * 3 / 2);
    QApplication::setFont(larger);
    m_window.reset(); // a new window, as at the next start, and the live one follows too
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QVector<int> big = measure();
    QApplication::setFont(original);
    const QStringList names{QStringLiteral("menu bar"), QStringLiteral("status bar"), QStringLiteral("masthead"),
                            QStringLiteral("dialog text"), QStringLiteral("dialog")};
    for (int i = 0; i < normal.size(); ++i)
        QVERIFY2(big[i] > normal[i], qPrintable(QStringLiteral("%1: %2 at the normal size, %3 at 1.5 times").arg(names[i]).arg(normal[i]).arg(big[i])));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
