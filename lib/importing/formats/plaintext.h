// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/formats/formatreader.h"

#include <QByteArray>

namespace redletter {

/*!
 * Reads a plain-text book or essay — a Project Gutenberg file or any hard-wrapped text — into one
 * Reading. What it does, in order:
 *
 *  - Decoding: UTF-8, else windows-1252 with a warning (textsource.h); the size cap, empty and
 *    binary input are refused with a SourceError.
 *  - Project Gutenberg: `Title:`, `Author:` and `Language:` come from the header; everything up to
 *    `*** START OF …` and from `*** END OF …` (or "End of the Project Gutenberg …") on is dropped,
 *    and so are producer credits and any paragraph that still names Project Gutenberg. Without a
 *    header, a short first line is the title and a "by …" line after it the author.
 *  - Paragraphs are blank-line separated runs of hard-wrapped lines, joined with one space (no
 *    space after a line that ends in a hyphen or dash). Files where every line is followed by a
 *    blank line (a newline-doubling accident common in converted Gutenberg texts) are detected
 *    — almost no two text lines touch — and read with the doubling undone.
 *  - Paragraphs indented three spaces or more are block quotes; a line indented far to the right
 *    inside one (an attribution) becomes a paragraph of its own.
 *  - Headings: "CHAPTER I"/"Chapter 1"/"Book II"/"Part III"; a roman numeral standing alone, with
 *    the title after it; short lines in capitals without closing punctuation ("PREFACE",
 *    "I. BOURGEOIS AND PROLETARIANS"); a line that is all italics and starts with "A." or "1.".
 *    Sentences — anything with lower-case letters or ending in `.`, `!`, `?`, `,`, `;`, `:` — are
 *    never headings, nor is anything indented or longer than 100 characters.
 *  - A "Contents" heading and the list of short lines after it are dropped (the headings carry it).
 *  - `_italics_` become Emphasis; a line of `*`, `-` or `=` is a thematic break.
 *  - Notes: a paragraph starting `[n] ` is the definition of the `[n]` references before it that
 *    it is the next definition of (so numbering may restart in every chapter); they become
 *    Reading::footnotes and FootnoteReference anchors. A reference without a definition stays text.
 *
 * Pure: no file, network or catalog access. Returns false with @p error filled when the bytes
 * cannot be a text; otherwise one reading in @p result. A text that looksLikeMarkdown()
 * (markdown.h) — a .txt that is really Markdown — is handed to readForeignMarkdown() instead.
 */
[[nodiscard]] bool readPlainText(const FormatInput &input, ImportedText *result, SourceError *error);

/*!
 * True when @p bytes look like a Project Gutenberg file: one of its header or footer marks
 * ("*** START OF THE PROJECT GUTENBERG", "Project Gutenberg EBook of", "*** END OF THIS PROJECT
 * GUTENBERG") within the first 8 KB or the last 32 KB. Cheap: never reads the middle.
 */
bool looksLikeGutenberg(const QByteArray &bytes);

} // namespace redletter
