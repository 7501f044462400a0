// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The start every window test makes (app tests only: it needs redletter_app): a clock stopped at
// a given moment, and settings and a catalog of the test's own in a temporary folder, so that a
// choice one test makes (the notes panel shown, a pace) is no other test's.
#include "appcontext.h"
#include "schedule/clock.h"

#include <QDateTime>
#include <QTemporaryDir>

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

} // namespace redletter::test
