// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace redletter {

class AppContext;

/*!
 * The command-line commands. Each writes results to @p out, problems to @p err (one line each,
 * "FILE:LINE:COL: what is wrong" for bad input) and returns the process exit status.
 */
namespace commands {

//! Imports each file in its own transaction; a bad file changes nothing. 0 if all imported.
int importFiles(AppContext &context, const QStringList &files, QTextStream &out, QTextStream &err);

//! The day's reading (serving it if needed) as one JSON object:
//! {"date", "id", "title", "author", "work", "year", "minutes"}.
int printToday(AppContext &context, QTextStream &out, QTextStream &err);

//! Every served day as a JSON line, oldest first.
int printArchive(AppContext &context, QTextStream &out, QTextStream &err);

} // namespace commands
} // namespace redletter
