// SPDX-License-Identifier: GPL-3.0-or-later
// The schema step that lets the schedule serve long works in parts (issue 9). Kept in its own
// file, apart from migrations.cpp, so that renumbering it behind another branch's step is one
// line in the steps list.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace redletter::migrations {

/*!
 * Served parts, content versions and the reader's say over the schedule:
 * - served_content (sha256 → the page a day showed, as JSON): a served day keeps its text when the
 *   reading is imported again with changes; identical pages are stored once;
 * - schedule gains series_id, part, parts and content_sha256: what the day showed;
 * - served_parts: every part of a series given to the reader (on its day or read ahead), with the
 *   anchor of the cut that ends it, so a replan after a re-import keeps served boundaries; `run`
 *   counts readings of the same series (a finished work can come round again);
 * - schedule_skips, schedule_queue, paused_series: "Skip today's reading", --queue, "Pause".
 * Days served before this step get the content their reading has now: the best that can be
 * known of what they showed, and from here on it never changes.
 */
[[nodiscard]] bool addServedParts(QSqlDatabase &db, QString *error);

/*!
 * finished_readings: when the reader read a reading, or one part of a series, to its end (the
 * last of its text on screen in the reader). One row per reading, or per part of a series' run,
 * with the local day it was first read to the end: what the library's "Finished" and the streak
 * of days read are made of. Nothing to fill: no earlier version knew it.
 */
[[nodiscard]] bool addFinishedReadings(QSqlDatabase &db, QString *error);

} // namespace redletter::migrations
