// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/importservice.h"

#include <QStringList>

class QTextStream;

namespace redletter {

class AppContext;
struct CommandLine;
struct ExportSource;

/*!
 * The command-line commands. Each writes results to @p out, problems to @p err (one line each,
 * "FILE:LINE:COL: what is wrong" for bad input) and returns the process exit status.
 */
namespace commands {

/*!
 * Imports each source (file, file: URL or http(s) link, fetched with @p fetcher, by default
 * ImportService::linkFetcher(), blocking) in its own transaction and prints the report: what was
 * made of each source to @p out, errors as "SOURCE:LINE:COL: message" to @p err.
 * A bad source changes nothing. 0 if all imported.
 */
int importSources(AppContext &context, const QStringList &sources, QTextStream &out, QTextStream &err,
                  const ImportService::FetchFunction &fetcher = {});

/*!
 * --check FILE...: reads each file as the importer would (same checks, same parser) without a
 * catalog and prints each file's problem as "FILE:LINE:COL: message" to @p err; a good file prints
 * nothing. 0 when every file is a valid reading, 1 otherwise.
 */
int checkReadings(const QStringList &files, QTextStream &err);

//! "CATALOG: no reading 'ID' in the catalog (--list shows the ids)", for every command taking an id.
QString noSuchReading(AppContext &context, const QString &readingId);

//! Prints reading @p readingId in the reading format (front matter, introduction, text, notes).
int showReading(AppContext &context, const QString &readingId, QTextStream &out, QTextStream &err);

/*!
 * Every reading as one JSON line: id, title, author, work, year, language, words, minutes,
 * footnotes, editorNotes, source, work_id, part, parts. Served in parts:
 * - a chapter of a work: work_id, part = the part it starts in, parts = the work's parts;
 * - a reading over 15 minutes on its own: part null (it is all of the series), parts = its parts;
 * - a reading of 15 minutes or less on its own: part and parts null.
 * Parts are as the schedule would serve them now (served boundaries kept).
 */
int printList(AppContext &context, QTextStream &out, QTextStream &err);

/*!
 * The readings and notes matching @p query (Catalog::searchWithSnippets()), best first, one JSON
 * line each: id (the reading's), title, part (for a chapter of a work, the part it starts in, as
 * --list has it; null for a reading on its own), snippet
 * (the matched words between ** and **), rank (1 for the best), kind ("reading" or "note") and,
 * for a note, note (its id). Nothing found prints nothing and is not an error.
 */
int printSearch(AppContext &context, const QString &query, QTextStream &out, QTextStream &err);

//! The day's page (serving it if needed) as one JSON object: {"date", "id", "title", "author",
//! "work", "year", "minutes", "words", "work_id", "part", "parts"}. For a part, id is the reading
//! it starts in, words and minutes are the part's; a whole reading has part and parts null.
int printToday(AppContext &context, QTextStream &out, QTextStream &err);

//! --queue ID: makes the reading or work ID the next thing served.
int queue(AppContext &context, const QString &id, QTextStream &out, QTextStream &err);

//! Every served day as a JSON line, oldest first (with part and parts as --today has them).
int printArchive(AppContext &context, QTextStream &out, QTextStream &err);

/*!
 * The reader's annotated readings from the catalog, as export sources: every reading with
 * annotations (or only @p readingId), each with the first day it was served.
 */
QVector<ExportSource> annotatedSources(AppContext &context, const QString &readingId = QString());

//! --export-pdf, --export-markdown, --export-annotations with --reading/--from/--to/--tag.
int exportAnnotations(AppContext &context, const CommandLine &commandLine, QTextStream &out, QTextStream &err);

/*!
 * --import-annotations FILE.json: merges the W3C annotations into this catalog, all or nothing
 * (Catalog::importAnnotations()). Prints the counts added, updated and skipped, and a line for
 * every annotation that was not simply added saying what happened and why (a new id, an update,
 * a newer saved note, unchanged). Annotations whose passage is not found are stored as orphaned
 * and counted. Exit status 1, with nothing imported, for a file that cannot be read, an
 * annotation of a reading not in the catalog (each listed), a duplicate id, or one refused.
 */
int importAnnotations(AppContext &context, const QString &file, QTextStream &out, QTextStream &err);

} // namespace commands
} // namespace redletter
