// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"

#include <QByteArray>

namespace redletter {

/*!
 * The reading in the reading format (UTF-8): YAML front matter (id, title, author, work, year, editor, source,
 * translator, lang, tagline, tags, date, minutes, then extraMetadata in order), the `::: introduction` block,
 * the body as Markdown (headings, paragraphs, block quotes by depth, ordered/unordered lists by depth and
 * number, code blocks, thematic breaks, *emphasis*, **strong**, `code`, [links](href), ~~strike~~, hard line
 * breaks), GFM footnote references [^label] and definitions, CriticMarkup editorial notes {==passage==}{>>note<<}
 * / {>>note<<}. Text that would be read as markup is escaped.
 *
 * parseReading(writeReading(r)) gives r back (Block::sourceLine aside) for every reading the parser
 * produces; deterministic: the same reading gives the same bytes. What the format cannot carry and
 * how the writer adapts it (repeated footnote labels, white space at block ends, …) is listed in
 * FORMAT.md, "Writing readings".
 */
[[nodiscard]] QByteArray writeReading(const Reading &reading);

} // namespace redletter
