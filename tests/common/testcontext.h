// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The start every window test makes (app tests only: it needs redletter_app): a clock stopped at
// a given moment, and settings and a catalog of the test's own in a temporary folder, so that a
// choice one test makes (the notes panel shown, a pace) is no other test's; and the main window on
// them (WindowTest).
#include "appcontext.h"
#include "commands.h"
#include "mainwindow.h"
#include "schedule/clock.h"

#include <QDateTime>
#include <QObject>
#include <QSize>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

namespace redletter::test {

/*!
 * An AppContext on a ManualClock stopped at @p now (in @p now's time zone), with its settings
 * file and catalog in @p dir, the catalog opened (the built-in readings imported). Null, with
 * @p error, if the catalog does not open. @p clock, if given, receives the clock to move time.
 */
inline std::unique_ptr<AppContext> openTestContext(const QTemporaryDir &dir, const QDateTime &now, QString *error,
                                                   ManualClock **clock = nullptr)
{
    auto manual = std::make_unique<ManualClock>(now, now.timeZone());
    if (clock)
        *clock = manual.get();
    auto context = std::make_unique<AppContext>(std::move(manual));
    context->setSettingsFile(dir.filePath(QStringLiteral("redletter.conf")));
    if (!context->open(dir.filePath(QStringLiteral("catalog.sqlite")), error))
        return nullptr;
    return context;
}

//! 10:00 in Berlin on Tuesday, 24 November 2026: the morning most window tests start on.
inline QDateTime tuesdayMorningInBerlin()
{
    return QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone("Europe/Berlin"));
}

/*!
 * Imports the files @p sources into @p context's catalog as "redletter --import" does; false, with
 * what the import said in @p error, unless all of them were imported.
 */
inline bool importSources(AppContext &context, const QStringList &sources, QString *error)
{
    QString out;
    QTextStream outStream(&out);
    error->clear();
    QTextStream errorStream(error);
    const bool imported = commands::importSources(context, sources, outStream, errorStream) == 0;
    errorStream.flush();
    return imported;
}

/*!
 * The base of a window test class: the folder, the context and the main window that each test
 * function gets afresh. init() calls setUp() (or setUpContext(), what the test needs in the
 * catalog, then setUpWindow()), cleanup() calls tearDown(), which drops them in the order they
 * depend on each other: the window, the context, the folder.
 */
class WindowTest : public QObject
{
protected:
    //! A new folder and a context in it at @p now (see openTestContext()); m_clock moves its time.
    bool setUpContext(QString *error, const QDateTime &now = tuesdayMorningInBerlin())
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_context = openTestContext(*m_dir, now, error, &m_clock);
        return m_context != nullptr;
    }

    //! A main window of @p size on the context, not shown yet.
    void setUpWindow(const QSize &size = QSize(1280, 900))
    {
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->resize(size);
    }

    //! setUpContext() and setUpWindow().
    bool setUp(QString *error, const QDateTime &now = tuesdayMorningInBerlin(), const QSize &size = QSize(1280, 900))
    {
        if (!setUpContext(error, now))
            return false;
        setUpWindow(size);
        return true;
    }

    void tearDown()
    {
        m_window.reset();
        m_context.reset();
        m_clock = nullptr;
        m_dir.reset();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    ManualClock *m_clock = nullptr; //!< the context's clock
    std::unique_ptr<MainWindow> m_window;
};

} // namespace redletter::test
