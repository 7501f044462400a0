// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporting/exportoptions.h"

#include <QString>
#include <QUrl>
#include <QVector>

namespace redletter {

/*!
 * The link back into the app for an annotation: redletter://reading/<readingId>#annotation-<uuid>
 * (the reading id percent-encoded; AppLink::url(), which AppLink::parse() reads back). The app
 * registers the scheme as a URL handler; a note app such as Obsidian opens it with the system's handler.
 */
[[nodiscard]] QUrl annotationAppLink(const QString &readingId, const QString &annotationId);

/*!
 * The export as one Markdown file for note apps (Obsidian, Logseq): YAML front matter (title,
 * authors, from/to dates, passages, tags, exported), a level-1 title and a line with authors,
 * days and counts; then per reading (a level-2 heading when there are several) each passage as a
 * block quote with its highlights in ==marks==, emphasis as *…*, footnote marks as <sup>n</sup>;
 * below it the notes ("**Note:**", "**Editor:**", "**Note n:**" for the author's footnotes) and a
 * citation line with the source link and the link back into the app (annotationAppLink()).
 * Orphaned annotations are listed at the end under "Orphaned notes" with their quotes. In the
 * WholeReading scope every block of the reading is written as it stands, each block's notes
 * after it. Fills @p report (may be null) except pages and bytes.
 */
[[nodiscard]] QString markdownDocument(const QVector<ExportSource> &sources,
                                       const ExportOptions &options, ExportReport *report);

//! markdownDocument() written to @p path as UTF-8 (atomically; see exportfile.h).
[[nodiscard]] bool exportMarkdown(const QVector<ExportSource> &sources, const ExportOptions &options,
                                  const QString &path, ExportReport *report, QString *error,
                                  const ExportProgress &progress = {});

} // namespace redletter
