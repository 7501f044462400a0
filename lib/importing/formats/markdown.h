// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/formats/formatreader.h"

#include <QByteArray>

namespace redletter {

/*!
 * Reads Markdown written by other tools — not our reading format — into one Reading, set exactly
 * like our readings: the Markdown is normalised into the reading format (lib/reading/FORMAT.md)
 * and parsed by parseReading(). The normalisation keeps every line where it was, so errors and
 * Block::sourceLine point into the original file.
 *
 *  - Front matter: Hugo/Jekyll YAML (`---`) or TOML (`+++`); title, author (lower-case names are
 *    capitalised), work (`work`/`works`), year (`year`, `date`, or "published … 1938" in
 *    `attributions`/`description`), lang, tags, source; everything else is dropped (HTML in it
 *    included). Without front matter: the title is the first heading (then removed from the
 *    text), else the file name; a name line right under the title heading is the author.
 *  - Dropped cleanly: a tool's first line ("English #"), MIA breadcrumbs (`{.title}` links), a
 *    contents list after the title, Pandoc `:::` div fences, `{#id .class}` attributes, empty
 *    `[]{#id}` anchors (bracketed spans keep their text), navigation-only paragraphs, an
 *    "Endnotes" line, and the page-wide `>` wrapper Pandoc keeps from MIA pages.
 *  - Kept: GFM footnotes; MIA notes (Pandoc `^[(1)](#a1)^` … `[[1.](#ab1)]{.info}`, and links
 *    `[\[1\]](…#fw01)` … `[\[1\]](…#bk01)`) become footnotes with their printed number as label.
 *  - HTML in the text (not comments): the whole text is rendered to HTML by cmark-gfm (raw HTML
 *    kept, GFM notes as footnote sections) and read by the one HTML mapping (htmlmapping.h), so
 *    `<blockquote>`, `p.quoteb`, `<br>`, `<em>`, `sup.enote` notes behave exactly as in a page;
 *    Block::sourceLine is the Markdown's line where cmark gives one (not inside raw HTML blocks).
 *    Text without HTML goes through our own reading format's parser, as before.
 *  - CriticMarkup-like text (`{>>`) stays literal: only our own readings carry editorial notes.
 *
 * Refused with a SourceError: what textsource::decode refuses, front matter that is not YAML or
 * larger than 64 KB, block quotes nested more than 100 deep, HTML nested as the mapping refuses it.
 */
[[nodiscard]] bool readForeignMarkdown(const FormatInput &input, ImportedText *result, SourceError *error);

/*!
 * True when @p bytes are (meant to be) our reading format: YAML front matter between `---` lines
 * with a `title` and at least one key only the reading format uses (`id`, `lang`, `editor`,
 * `tagline`, `minutes`, `translator`, `work` — not `works`), or a `::: introduction` or CriticMarkup
 * note. Hugo and Jekyll pages (`title`, `author`, `tags`, `description` …) are not.
 */
bool looksLikeReadingFormat(const QByteArray &bytes);

/*!
 * True when text with no telling extension is Markdown rather than plain text: front matter, or
 * at least five lines with Markdown-only marks (ATX headings, `[text](url)` links, `[^n]` notes,
 * backslash escapes like `\[` or `1\.`, a `\` line break, `{.class}` attributes, `:::` fences).
 * A Project Gutenberg file never is (looksLikeGutenberg), whatever its underscores.
 */
bool looksLikeMarkdown(const QByteArray &bytes);

} // namespace redletter
