// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one HTML → Reading mapping, shared by HTML pages (html.h), EPUB XHTML chapters and inline
// HTML in Markdown. Parses with libxml2's HTML parser (recovering from broken markup, never
// touching the network) and maps the tree onto Reading's flattened blocks.

#include "reading/reading.h"
#include "importing/importlimits.h"
#include "reading/readingparser.h" // SourceError

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <functional>
#include <memory>

namespace redletter {

//! Another document of the same book, as HtmlSource::linkedDocument finds it.
struct LinkedDocument
{
    QString key;        //!< what names it within the book (an EPUB's zip entry); equal keys, same document
    QByteArray utf8;    //!< decoded, as HtmlSource::utf8
    QString sourceName; //!< for warnings
};

/*!
 * Finds the document that @p path — a link's target without its fragment, as the page writes it
 * ("endnotes.xhtml", "../Text/notes.html") — names in the same book. False when it names none
 * that may be read: outside the book, a URL with a scheme, missing, not a page. Never the
 * network, never a file outside the book: the callback only hands out what is already in memory.
 */
using LinkedDocumentLookup = std::function<bool(const QString &path, LinkedDocument *out)>;

/*!
 * The other documents of one book, parsed once for all the pages that cite them
 * (HtmlSource::linkedDocuments): 200 chapters citing one notes file parse it once, not 200 times.
 * It must outlive the mapHtml() calls it serves; a book's reader keeps one while it reads.
 */
class LinkedDocumentCache
{
public:
    LinkedDocumentCache();
    ~LinkedDocumentCache();
    LinkedDocumentCache(const LinkedDocumentCache &) = delete;
    LinkedDocumentCache &operator=(const LinkedDocumentCache &) = delete;

private:
    friend struct LinkedDocumentCacheAccess; // htmlmapping.cpp
    struct Private;
    std::unique_ptr<Private> d;
};

//! A page to map, already decoded.
struct HtmlSource
{
    QByteArray utf8;    //!< the page as UTF-8 (any `<meta charset>` in it is ignored)
    QString sourceName; //!< for errors: "SOURCE:LINE:COL: …"
    QUrl url;           //!< the page's own URL (file: or http(s):), to resolve links; may be empty
    /*!
     * For books whose notes stand in a file of their own (Standard Ebooks' endnotes.xhtml, a
     * converter's notes.html): looks up the other documents that note references point into.
     * Empty: notes are found in the page only (a lone HTML page, whose links lead to the web).
     */
    LinkedDocumentLookup linkedDocument;
    LinkedDocumentCache *linkedCache = nullptr; //!< optional: shares parsed documents between pages
    QString documentKey; //!< the page's own LinkedDocument::key: a link to it is a link within the page
    //! The page was rendered from Markdown by cmark with `data-sourcepos`: Block::sourceLine is
    //! then the Markdown's line, not the rendered page's.
    bool linesFromSourcepos = false;
};

/*!
 * At most this many other documents are opened for the notes of one page: books keep their notes
 * in one file or one per chapter, and the cap keeps a page linking everywhere cheap.
 */
constexpr int MaximumLinkedDocuments = 8;

//! What the mapping makes of a page.
struct HtmlMapping
{
    //! Metadata the page states (title, author, work, year, translator, language, extraMetadata,
    //! editor when it has editorial notes), body, footnotes and editorial notes. Reading::source
    //! is left for the caller (only a page fetched from a link has one).
    Reading reading;
    QString declaredLanguage; //!< `<html lang>` / `xml:lang`, "" when none
    QStringList warnings;
    QStringList dropped;      //!< "navigation links (12)", "images (3)", …
    //! The notes taken from other documents (HtmlSource::linkedDocument): key → the ids of their
    //! definitions, so that a book can tell which of its files held only notes.
    QHash<QString, QSet<QString>> notesFromLinkedDocuments;
};

/*!
 * Elements nested deeper than this are refused with "elements are nested too deeply": no text
 * needs it (MIA pages nest about 10 deep, EPUB chapters about 15), and it keeps the tree and
 * every walk over it small. libxml2's own XML limit is the same.
 */
constexpr int MaximumHtmlDepth = ImportLimits::MaximumHtmlDepth;

/*!
 * Maps one HTML/XHTML document onto a Reading.
 *
 *  - Metadata: title from the page's headings (the first h1–h3 that is not the work's name; the
 *    heading is then not repeated in the body), else `<title>` without its "Author: " prefix;
 *    author from `<meta name="author">`; work from MIA breadcrumbs (`p.title`) or the page
 *    header; year from "First Published:" / "Written:" in `p.information`, else a date in the
 *    title headings, else the year in the breadcrumbs or in the URL (".../works/1848/...");
 *    translator from "Translated:"; transcription, proofing, print source and licence lines
 *    kept in extraMetadata.
 *  - Structure: headings; `p.quote`, `p.quoteb`, `p.indentb` and real `<blockquote>`s raise
 *    quoteDepth, the page-wide `<blockquote><div class="border">` wrapper does not; `<ol>`/`<ul>`
 *    lists; `<em>`/`<i>`/`<cite>` Emphasis, `<strong>`/`<b>` Strong; `<br>` is U+2028 inside a
 *    block, as in the reading format.
 *  - Notes: a note reference is a link to an anchor in a note definition — `sup.enote`,
 *    `sup.anote`, `sup.ednote`, `span.note`, a bracketed number or letter, EPUB 3
 *    `epub:type="noteref"` / `role="doc-noteref"`; a definition is `p.information` (with the
 *    paragraphs that continue it), a block that links back to its reference, or an
 *    `epub:type="footnote"`/`role="doc-footnote"` element. The author's notes become footnotes
 *    (in order of first reference, labels as printed and unique); with HtmlSource::linkedDocument
 *    a reference may also lead into another document of the book ("endnotes.xhtml#note-1"), whose
 *    definition must be a note element, follow a note reference declared as one, or begin with a
 *    link back; its back links ("↩") are dropped, and a reference whose note cannot be found
 *    stays text and is named in HtmlMapping::warnings. The archive's notes — under
 *    an "Editorial Notes" heading, `ednote`, lettered notes beside numbered ones, "Note by the
 *    MIA", "Transcriber's note" — become editorial notes, with Reading::editor naming the archive.
 *    Unreferenced MIA notes after the text become editorial notes at the end of the text.
 *  - Dropped and counted in HtmlMapping::dropped: breadcrumbs, footers, page notes, navigation
 *    links, images (the alt text of an image standing in the text is kept), `<a name>` anchors,
 *    scripts and styles, publication details.
 *
 * Returns false with @p error filled when the document nests deeper than MaximumHtmlDepth or
 * has no body text at all.
 */
[[nodiscard]] bool mapHtml(const HtmlSource &source, HtmlMapping *out, SourceError *error);

/*!
 * The links of a contents page as html.h's contentsPageChapters() describes them, resolved
 * against HtmlSource::url (empty when that is empty or the page is not a contents page).
 */
QVector<QUrl> htmlContentsLinks(const HtmlSource &source);

/*!
 * How many notes @p source holds when it holds nothing but notes — an EPUB's endnotes.xhtml or
 * notes.html: headings and note definitions (`epub:type` endnotes/footnotes, `role="doc-endnote"`
 * …, or blocks that begin with a link back into another document), at most a few words besides;
 * 0 for any other page.
 */
int htmlNotesOnlyCount(const HtmlSource &source);

} // namespace redletter
