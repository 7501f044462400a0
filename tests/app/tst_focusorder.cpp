// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard focus order, as a keyboard user meets it: Tab from the first control round to it again
// in the main window, each page of the Preferences dialog and the library window. Every control
// that takes focus is on the way, and the way follows the layout: top to bottom, left to right
// within a row, the notes panel (on the left) before the page.
#include "appcontext.h"
#include "application.h"
#include "library/librarywindow.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "readerview.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

namespace {

//! A name for @p widget in a failure message and in the expected lists: its object name, or its
//! class and the text it shows.
QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(none)");
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(':') + button->text().remove(QLatin1Char('&'));
    if (!widget->accessibleName().isEmpty())
        return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(':') + widget->accessibleName();
    return QString::fromLatin1(widget->metaObject()->className());
}

QStringList describe(const QVector<QWidget *> &widgets)
{
    QStringList names;
    for (const QWidget *widget : widgets)
        names.append(describe(widget));
    return names;
}

/*!
 * The widgets of @p window a Tab can reach, as Qt decides it: shown, enabled, taking focus by
 * Tab, not standing in for another (a spin box's line edit). Of a group of exclusive radio
 * buttons Qt keeps one in the chain, the one last chosen; the arrows move between them.
 */
QVector<QWidget *> focusable(QWidget *window)
{
    QVector<QWidget *> widgets;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisible() || !widget->isEnabled() || widget->focusProxy()
            || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        widgets.append(widget);
    }
    return widgets;
}

/*!
 * Presses Tab from @p first until focus comes back to it (or 200 presses): the focus chain as
 * the user walks it.
 */
QVector<QWidget *> walkTabs(QWidget *first)
{
    first->setFocus(Qt::TabFocusReason);
    QVector<QWidget *> chain{QApplication::focusWidget()};
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == chain.constFirst())
            break;
        if (now == chain.constLast())
            continue; // Tab within one control: the hours, then the minutes of a time
        if (chain.contains(now)) { // a cycle that skips the start: report it as it is
            chain.append(now);
            break;
        }
        chain.append(now);
    }
    return chain;
}

//! Walks Tab from @p first in @p window and compares the way with @p expected (describe() names).
void checkChain(QWidget *window, QWidget *first, const QStringList &expected)
{
    const QVector<QWidget *> chain = walkTabs(first);
    const QStringList walked = describe(chain);
    if (walked != expected)
        qWarning().noquote() << "the way:" << walked.join(QStringLiteral(" → "));
    QCOMPARE(walked, expected);
    // Nothing that takes focus is left off the way.
    for (QWidget *widget : focusable(window))
        QVERIFY2(chain.contains(widget), qPrintable(describe(widget) + QStringLiteral(" is not reachable by Tab; the way: ")
                                                    + walked.join(QStringLiteral(" → "))));
    // Shift+Tab walks the same way back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(describe(QApplication::focusWidget()), walked.constLast());
}

} // namespace

class TestFocusOrder : public test::WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindow_panelThenPageThenFind();
    void preferences_everyPageTopToBottom_data();
    void preferences_everyPageTopToBottom();
    void library_tabsThenFilterRowThenList();

};

void TestFocusOrder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestFocusOrder::init()
{
    QString error;
    QVERIFY2(setUp(&error), qPrintable(error));
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFocusOrder::cleanup()
{
    tearDown();
}

void TestFocusOrder::mainWindow_panelThenPageThenFind()
{
    // The notes panel and the find bar open, so every part of the window is there.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->objectName() == QLatin1String("findAction"))
            action->trigger();
    }
    m_window->findChild<QDockWidget *>(QStringLiteral("notesDock"))->show();
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("findField"))->isVisible());
    QWidget *search = m_window->findChild<QWidget *>(QStringLiteral("annotationSearch"));
    checkChain(m_window.get(), search,
               {QStringLiteral("annotationSearch"), QStringLiteral("annotationList"), QStringLiteral("readerView"),
                QStringLiteral("findField"), QStringLiteral("QToolButton:Previous"), QStringLiteral("QToolButton:Next"),
                QStringLiteral("QToolButton:Done")});
}

void TestFocusOrder::preferences_everyPageTopToBottom_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QStringList>("way");
    const QString tabs = QStringLiteral("qt_tabwidget_tabbar");
    const QString close = QStringLiteral("QPushButton:Close");
    QTest::newRow("Page") << 0
                          << QStringList{tabs, QStringLiteral("typeSize"), QStringLiteral("readingFace"),
                                         QStringLiteral("theme"), QStringLiteral("justify"), QStringLiteral("hyphenate"),
                                         QStringLiteral("editorialNotes"), QStringLiteral("footnotes"),
                                         QStringLiteral("readerNotes"), close};
    QTest::newRow("Reminder") << 1
                              << QStringList{tabs, QStringLiteral("reminderTime"), QStringLiteral("remindersPaused"),
                                             QStringLiteral("startAtLogin"), close};
    // Learning (the default) and nothing learned yet: the fixed pace's box and Forget My Pace are
    // off, and the arrows reach the other choice of the pair.
    QTest::newRow("Pace") << 2 << QStringList{tabs, QStringLiteral("learnedPace"), close};
    QTest::newRow("Languages") << 3
                               << QStringList{tabs, QStringLiteral("uiLanguage"), QStringLiteral("readingLanguages"), close};
}

void TestFocusOrder::preferences_everyPageTopToBottom()
{
    QFETCH(int, page);
    QFETCH(QStringList, way);
    m_window->openPreferences();
    PreferencesDialog *dialog = m_window->preferencesDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *tabs = dialog->findChild<QTabWidget *>();
    tabs->setCurrentIndex(page);
    checkChain(dialog, tabs->tabBar(), way);
    if (page != 2)
        return;
    // A fixed pace, chosen as a user does: its box follows its choice.
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("fixedPace")), Qt::LeftButton);
    checkChain(dialog, tabs->tabBar(), {tabs->tabBar()->objectName(), QStringLiteral("fixedPace"),
                                        QStringLiteral("wordsPerMinute"), QStringLiteral("QPushButton:Close")});
}

void TestFocusOrder::library_tabsThenFilterRowThenList()
{
    m_window->openLibrary();
    LibraryWindow *library = m_window->libraryWindow();
    QVERIFY(QTest::qWaitForWindowExposed(library));
    QApplication::setActiveWindow(library);
    QVERIFY(QTest::qWaitForWindowActive(library));
    auto *tabs = library->findChild<QTabWidget *>();
    checkChain(library, tabs->tabBar(),
               {QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("QLineEdit:Filter by title or author"),
                QStringLiteral("QComboBox:Language"), QStringLiteral("QPushButton:Read Next"),
                QStringLiteral("QTreeView:Readings and works")});
    tabs->setCurrentIndex(1);
    checkChain(library, tabs->tabBar(),
               {QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("QLineEdit:Search readings and my notes"),
                QStringLiteral("QListWidget:Search results")});
}

QTEST_MAIN(TestFocusOrder)
#include "tst_focusorder.moc"
