// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/formats/formatreader.h"
#include "importing/importlimits.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace redletter {

/*!
 * True for a zip whose first entry is "mimetype" holding application/epub+zip (what the EPUB
 * specification asks for), or for any zip ("PK\3\4") with a META-INF/container.xml entry (books
 * whose tools got the mimetype entry wrong). Cheap for anything that does not start like a zip.
 */
bool looksLikeEpub(const QByteArray &bytes);

/*!
 * Reads an EPUB 2 or 3 book into one Reading per chapter, in spine order:
 *
 *  - META-INF/container.xml names the package (OPF); its manifest and spine give the chapters
 *    (readEpubPackage() below, with all its damage checks and caps).
 *  - out->workTitle is dc:title; every chapter gets dc:creator as author, dc:creator/contributor
 *    with the role "trl" as translator, the work title as work, dc:language (also
 *    out->declaredLanguage, as declared: the service detects the language and overrides) and a
 *    year from dc:date — else from the title or the cover page, where MIA-made books carry it
 *    ("1938: Dialectical …", "J. V. Stalin September 1938", a cover line "(1899)") — unless the
 *    chapter's own page says when it was written or published.
 *  - Chapter titles come from the EPUB 3 navigation document (epub:type="toc") or the EPUB 2 NCX;
 *    an entry nested under a part ("Erster Teil" › "1. Die opportunistische Methode") is titled
 *    "Erster Teil: 1. Die opportunistische Methode". A label that only repeats the file name
 *    ("09") gives way to the chapter's own heading.
 *  - Each chapter's XHTML goes through the one HTML→Reading mapping (htmlmapping.h), decoded as
 *    readHtml() does (html.h) with the encoding of its XML declaration (UTF-8 when it has none).
 *    Note references into another file of the book (endnotes.xhtml in the spine, notes.html
 *    outside it) become footnotes of the chapter that cites them; a file that holds nothing but
 *    such notes is then no chapter of its own ("the notes file OEBPS/endnotes.xhtml, its notes moved
 *    beside their references (12)" in out->dropped). A reference whose note cannot be found stays text
 *    and is named in out->warnings.
 *  - Left out and listed in out->dropped: the navigation document, pages of fewer than 25 words
 *    (covers, title pages, part title pages — a part's name lives on in its chapters' titles),
 *    short error pages some converters put into the spine ("404 | Page not found"), and spine
 *    items that are not XHTML. What the mapping drops and warns about in a chapter is listed too,
 *    prefixed with the chapter's entry.
 *
 * Ids are makeReadingId(author, work + title), made unique within the book. Errors name the
 * entry ("book.epub: OEBPS/ch3.xhtml: …"); a chapter the HTML reader refuses fails the book.
 * Pure: bytes in, readings out; no file, network or catalog access.
 */
[[nodiscard]] bool readEpub(const FormatInput &input, ImportedText *out, SourceError *error);

//! One item of an EPUB's spine, as readEpubPackage() finds it.
struct EpubSpineItem
{
    QString path;           //!< the zip entry ("OEBPS/Text/ch01.xhtml")
    QString mediaType;      //!< from the manifest ("application/xhtml+xml")
    QString tocLabel;       //!< its entry in the table of contents (nav or NCX), whitespace simplified; "" if none
    QString tocParentLabel; //!< the label of the entry it is nested under (a part), "" at the top level
    bool tocHasChildren = false; //!< its entry has entries nested under it (a part title page)
    bool isNavDocument = false;  //!< the EPUB 3 navigation document itself (manifest property "nav")
    bool linear = true;          //!< itemref linear="no" means auxiliary content
    QByteArray bytes;            //!< the entry's content, inflated and CRC-checked
};

//! The package layer of an EPUB: what is under the chapters' XHTML.
struct EpubPackage
{
    QString packagePath; //!< the OPF entry named by container.xml
    QString version;     //!< the package's version attribute ("2.0", "3.0")
    QString title;       //!< dc:title, whitespace simplified
    QStringList creators; //!< dc:creator that are authors (opf:role "aut" or none), in order
    QStringList translators; //!< dc:creator or dc:contributor with the role "trl"
    QString language;    //!< the first dc:language
    QString date;        //!< the dc:date that best says when the work appeared (original publication first)
    QString tocSource;   //!< where the chapter titles came from: the nav or NCX entry, "" if neither
    QVector<EpubSpineItem> spine;
    //! XHTML of the manifest that the spine leaves out but a spine item links to — where EPUB 2
    //! books keep their notes (notes.html) — read under the same caps; never chapters themselves.
    QVector<EpubSpineItem> linkedDocuments;
    QStringList warnings; //!< tolerated damage ("no mimetype entry")
};

/*!
 * The layer under readEpub(), public so that tests can see the package without the mapping. Opens the zip in memory, checks every entry name (no "..", no absolute
 * paths), reads container.xml, the package document (OPF), the navigation document or NCX and
 * every spine item's bytes. Each entry is read in chunks against a cap of 16 MB, the book against
 * 64 MB (the sizes a zip declares are never trusted), and the CRC is checked. Damage is refused
 * with a SourceError naming the archive and, where it is about one entry, the entry
 * ("book.epub: OEBPS/ch3.xhtml: CRC error …"): not a zip, truncated, bad CRC or compressed data,
 * a zip bomb, unsafe names, no container.xml or package document, malformed XML in them, a spine
 * naming an id or file that is not there. A missing "mimetype" entry alone only warns.
 */
[[nodiscard]] bool readEpubPackage(const FormatInput &input, EpubPackage *out, SourceError *error);

//! Caps that keep a hostile archive from exhausting memory (see readEpubPackage(); all caps: importlimits.h).
namespace epublimits {
constexpr qint64 MaximumEntrySize = ImportLimits::MaximumZipEntryBytes; //!< one inflated entry
constexpr qint64 MaximumTotalSize = ImportLimits::MaximumZipTotalBytes; //!< all entries read, inflated
constexpr qint64 MaximumEntries = ImportLimits::MaximumZipEntries;      //!< entries in the zip directory
} // namespace epublimits

} // namespace redletter
