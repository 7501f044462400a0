// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/formats/formatreader.h"

#include <QByteArray>
#include <QUrl>
#include <QVector>

namespace redletter {

/*!
 * True when @p bytes look like an HTML or XHTML document: after a BOM, white space, an XML
 * declaration and comments, `<!DOCTYPE html`, `<html`, `<head` or `<body` (any case) starts
 * within the first 1 KB.
 */
bool looksLikeHtml(const QByteArray &bytes);

/*!
 * Reads one HTML or XHTML page — a marxists.org (MIA) page as served, an EPUB chapter, any page —
 * into exactly one Reading in @p out->readings, with warnings, what was dropped and the declared
 * language. The mapping itself is htmlmapping.h; this adds the guards and the charset:
 *
 *  - Refused like any text (textsource.h): empty, only white space, binary (NUL), UTF-16, larger
 *    than 16 MB.
 *  - Charset: FormatInput::httpCharset, else `<meta charset>` / `<meta http-equiv=content-type>`,
 *    else a UTF-8 BOM, else sniffed. iso-8859-1 is read as windows-1252 (as browsers do). A
 *    declaration that lies — UTF-8 declared over bytes that are not UTF-8, or a single-byte
 *    charset declared over valid multi-byte UTF-8 — is overruled with a warning saying so.
 */
[[nodiscard]] bool readHtml(const FormatInput &input, ImportedText *out, SourceError *error);

/*!
 * The first step of readHtml() alone: @p input's text as UTF-8, its charset settled as described
 * there, with the warnings about a lying declaration. For readers that map pages themselves (an
 * EPUB's chapters, whose notes may stand in another of its files).
 */
[[nodiscard]] bool decodeHtml(const FormatInput &input, QByteArray *utf8, QStringList *warnings, SourceError *error);

/*!
 * When the page is the contents page of a work (an MIA index.htm listing its chapters), its
 * chapter links in contents order; empty otherwise. Links are resolved against
 * FormatInput::sourceUrl (a file: or http(s): URL of the page) and kept only when they name a
 * .htm/.html/.xhtml page in the page's folder or below it, on the same scheme and host; the
 * fragment is removed ("ch01.htm#007" → ch01.htm, listed once) and the page itself is left out.
 * Links in breadcrumbs, footers, navigation bars, publication details and notes do not count,
 * and a page is a contents page only when at least two chapter links stand in lines made mostly
 * of links (a chapter that links to the next chapter and the index is not).
 */
QVector<QUrl> contentsPageChapters(const FormatInput &input);

} // namespace redletter
