// SPDX-License-Identifier: GPL-3.0-or-later
// The learned pace end to end in the window: the reader scrolls on a manual clock, the sitting is
// measured from the view's own movements, stored in the catalog when it ends, and time with the
// window hidden or behind another window does not count.
#include "appcontext.h"
#include "application.h"
#include "mainwindow.h"
#include "pacerecorder.h"
#include "preferences/preferencesdialog.h"
#include "readerview.h"
#include "estimating/pacestore.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QApplication>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

class TestPaceRecorder : public test::WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void steadyReading_storedAtItsPace();
    void hiddenWindow_endsTheSitting_andItsTimeDoesNotCount();
    void anotherWindowActive_itsTimeDoesNotCount();
    void aSkimThroughTheText_teachesNothing();

private:
    //! Reads for @p seconds at @p wordsPerMinute: every 10 s of the clock the view scrolls on until
    //! that many more words are above the reading line.
    void read(int seconds, int wordsPerMinute);
    int wordsAboveTheLine() const;
    QVector<ReadingSession> stored() const { return PaceStore(m_context->catalog()).sessions(); }

};

void TestPaceRecorder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestPaceRecorder::init()
{
    QString error;
    // A narrow, short window: many screens of text, so the reading takes many scrolls.
    QVERIFY2(setUp(&error, test::tuesdayMorningInBerlin().addSecs(10 * 3600), QSize(900, 500)), qPrintable(error));
    m_window->showToday();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->readerView()->hasReading());
    // The window opens at the top: the sitting starts from it.
    m_window->paceRecorder()->beginSitting(m_window->shownReadingId());
}

void TestPaceRecorder::cleanup()
{
    tearDown();
}

int TestPaceRecorder::wordsAboveTheLine() const
{
    return m_window->paceRecorder()->tracker().wordsBefore(m_window->readerView()->readingLineOffset());
}

void TestPaceRecorder::read(int seconds, int wordsPerMinute)
{
    QScrollBar *bar = m_window->readerView()->verticalScrollBar();
    int target = wordsAboveTheLine();
    for (int elapsed = 0; elapsed < seconds; elapsed += 10) {
        m_clock->advance(10);
        target += wordsPerMinute / 6;
        while (wordsAboveTheLine() < target && bar->value() < bar->maximum())
            bar->setValue(bar->value() + 2);
    }
}

void TestPaceRecorder::steadyReading_storedAtItsPace()
{
    QVERIFY(stored().isEmpty());
    // Four minutes at 240 wpm: 960 words, within today's reading (about 1,100 words above the
    // reading line at the end, in this window).
    read(240, 240);
    m_window->paceRecorder()->endSitting();
    const QVector<ReadingSession> sessions = stored();
    QCOMPARE(sessions.size(), 1);
    const ReadingSession &session = sessions.constFirst();
    QCOMPARE(session.readingId, m_window->shownReadingId());
    QCOMPARE(session.day, QDate(2026, 11, 24));
    QCOMPARE(session.sample.seconds, 240.0);
    // Lines are not words: each step scrolls until the target is passed, by up to a line more.
    const double pace = session.sample.wordsPerMinute();
    QVERIFY2(pace >= 240 && pace <= 280, qPrintable(QString::number(pace)));
}

void TestPaceRecorder::hiddenWindow_endsTheSitting_andItsTimeDoesNotCount()
{
    read(120, 240);
    m_window->hide(); // closed to the tray: the sitting ends and is kept
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().constFirst().sample.seconds, 120.0);
    m_clock->advance(3 * 3600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    read(120, 240);
    m_window->paceRecorder()->endSitting();
    const QVector<ReadingSession> sessions = stored();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions[1].sample.seconds, 120.0); // the three hours away are in neither
}

void TestPaceRecorder::anotherWindowActive_itsTimeDoesNotCount()
{
    read(120, 240);
    // Preferences in front for ten minutes, and the text moved meanwhile (the window scrolled).
    m_window->openPreferences();
    PreferencesDialog *dialog = m_window->preferencesDialog();
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    m_clock->advance(600);
    QScrollBar *bar = m_window->readerView()->verticalScrollBar();
    bar->setValue(bar->value() + 200);
    dialog->close();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    read(120, 240);
    m_window->paceRecorder()->endSitting();
    const QVector<ReadingSession> sessions = stored();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.constFirst().sample.seconds, 240.0);
    const double pace = sessions.constFirst().sample.wordsPerMinute();
    QVERIFY2(pace >= 240 && pace <= 280, qPrintable(QString::number(pace)));
}

void TestPaceRecorder::aSkimThroughTheText_teachesNothing()
{
    read(20, 3000); // 3,000 words a minute: scrolling through, not reading
    m_window->paceRecorder()->endSitting();
    QVERIFY(stored().isEmpty());
}

QTEST_MAIN(TestPaceRecorder)
#include "tst_pacerecorder.moc"
