// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace redletter {

/*!
 * Every cap the importers and the annotation importer put on what they are given, in one place
 * (the README's "Reliability" section has the same table with measured time and memory). A
 * source over a cap is refused with an error naming the file and the cap, before the expensive
 * work where the cap can be checked first, and the catalog is left as it was.
 *
 * The caps are far above any real text — the largest book of the corpus is 0.4 MB with a few
 * hundred notes — and low enough that the worst input under them is read in seconds and a
 * few hundred megabytes. Links have their own caps (redirects, size, silence): FetchLimits in
 * linkfetcher.h.
 */
struct ImportLimits
{
    // ---- Files, before a byte is read ----------------------------------------------------------
    //! Any local source (an EPUB may be larger than its text). Only regular files are read: a FIFO,
    //! a device (/dev/zero) or a socket is refused by its type, so nothing blocks or never ends.
    static constexpr qint64 MaximumSourceFileBytes = 64 * 1024 * 1024;
    //! A file of W3C annotations for --import-annotations and File › Import Notes.
    static constexpr qint64 MaximumAnnotationFileBytes = 64 * 1024 * 1024;

    // ---- Text sources (plain text, Markdown, HTML, our reading format) ------------------------
    //! A text source's bytes: a 40 MB single line costs one size check.
    static constexpr qint64 MaximumTextBytes = 16 * 1024 * 1024;
    //! YAML front matter, before yaml-cpp sees it.
    static constexpr int MaximumFrontMatterBytes = 64 * 1024;
    /*!
     * Nodes in one front-matter value, aliases counted each time they are used: an alias bomb
     * ("billion laughs") is a few lines that expand to billions of nodes when written out.
     */
    static constexpr int MaximumFrontMatterNodes = 10000;
    //! Footnote references ("[^1]") in one Markdown source or reading.
    static constexpr int MaximumFootnoteReferences = 20000;
    /*!
     * Blocks (paragraphs, headings, quotes, list items) in one reading, its introduction
     * included. The largest reading of the corpus has 721 (Goldman's essays as one text); a
     * book with chapters is split into readings, each counted on its own. Storing and indexing
     * a reading now costs in proportion to its blocks (a long reading's search text is stored
     * with it, schema version 13; before, gathering it inside SQLite cost their square and the
     * cap was 10,000): 100,000 paragraphs import in seconds, see the README's table.
     */
    static constexpr int MaximumBlocksPerReading = 200000;
    //! Markdown block quotes nested in each other.
    static constexpr int MaximumQuoteDepth = 100;
    //! HTML/XHTML elements nested in each other (libxml2's own XML limit is the same).
    static constexpr int MaximumHtmlDepth = 256;
    //! Chapters a contents page may link (more is a site map, not a work).
    static constexpr int MaximumChapters = 500;

    // ---- EPUB (zip) ----------------------------------------------------------------------------
    //! One entry, inflated (the sizes a zip declares are never trusted: counted while inflating).
    static constexpr qint64 MaximumZipEntryBytes = 16 * 1024 * 1024;
    //! All entries read from one book, inflated.
    static constexpr qint64 MaximumZipTotalBytes = 64 * 1024 * 1024;
    //! Entries in the zip directory.
    static constexpr qint64 MaximumZipEntries = 10000;
    /*!
     * Inflated bytes per compressed byte of one entry, checked once an entry has inflated past
     * InflationRatioFloorBytes. Text deflates about 3:1, repetitive XHTML up to about 20:1;
     * deflate's own maximum, a run of one byte, is about 1030:1 — what zip bombs are made of.
     */
    static constexpr int MaximumInflationRatio = 200;
    static constexpr qint64 InflationRatioFloorBytes = 1024 * 1024;
};

} // namespace redletter
