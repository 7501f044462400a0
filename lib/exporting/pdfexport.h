// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporting/exportoptions.h"

#include <QString>
#include <QVector>

namespace redletter {

/*!
 * Writes the passages of @p sources as a PDF that reads like a page of a well-made book: each
 * passage set in the reading's typography with its highlights tinted in their colours, the
 * reader's, the editor's and the author's notes in the margin beside the lines they belong to,
 * and a citation (author, title, work, year, reading date, the source as a link).
 *
 * Page 1 opens with a title block (title, authors, the days covered, how many passages), or in
 * the WholeReading scope with the reading's own heading (title, author, work, year, reading date,
 * source), each further reading starting a page; from page 2 on, running heads (the title, the
 * reading) and page numbers ("3 / 12"). A passage and its notes are kept on one page when they
 * fit; a longer one is split between lines, its notes going with their lines. Orphaned annotations are listed at the end under "Orphaned notes", with
 * what they quoted. Fonts are embedded as subsets; see PrintTypesetter for why they are set
 * without ligatures. Title and creator go into the PDF's metadata; ExportOptions::pdfA makes it
 * PDF/A-1b.
 *
 * Links: text with a QTextCharFormat anchor, drawn with QTextLine::draw() (or through
 * QAbstractTextDocumentLayout) onto the QPdfWriter, becomes a /Link annotation with a /URI action (one per line the link runs over;
 * checked with qpdf on Qt 5.15 and 6.4), so the source link is set as an anchor like any other.
 *
 * Needs a QGuiApplication (fonts); may run in any thread. The file is written through a
 * QSaveFile, so cancelling (@p progress returning false) or failing leaves no file at @p path.
 * Errors: "PATH: cannot write: REASON", "Export cancelled".
 */
[[nodiscard]] bool exportPdf(const QVector<ExportSource> &sources, const ExportOptions &options,
                             const QString &path, ExportReport *report, QString *error,
                             const ExportProgress &progress = {});

} // namespace redletter
