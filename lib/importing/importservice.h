// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/formats/formatreader.h"
#include "importing/importlimits.h"
#include "importing/importreport.h"
#include "importing/linkfetcher.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace redletter {

class Catalog;

/*!
 * Brings sources into the catalog: files, file: URLs and http(s) links, in any format Red Letter
 * reads. For each source: read it (sniffing the format from its bytes, not its name) with the
 * one reader for that format → detect the language where the source declares none or the wrong
 * one → store, estimate, index and re-anchor my notes in one catalog transaction → report.
 * A source that fails leaves nothing of itself in the catalog; the other sources go on.
 *
 * A contents page (an MIA index.htm) brings its whole work: its chapters are read in contents
 * order from beside it (a file) or from the same site folder (a link), and stored as one work;
 * a chapter that cannot be read fails the whole work.
 */
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(redletter::ImportService)

public:
    /*!
     * Fetches one http(s) link: fills @p out (bytes, the final URL as sourceUrl, the HTTP
     * charset) or @p error. The command line passes a blocking fetcher, the window one with
     * progress and cancel, tests a loopback server; without one, links are refused.
     */
    using FetchFunction = std::function<bool(const QUrl &url, FormatInput *out, SourceError *error)>;

    //! Larger files are refused before they are read (an EPUB may be larger than a text).
    static constexpr qint64 MaximumFileSize = ImportLimits::MaximumSourceFileBytes;
    //! A contents page with more chapters than this is not followed (a site map, not a work).
    static constexpr int MaximumChapters = ImportLimits::MaximumChapters;

    explicit ImportService(Catalog *catalog);

    void setFetcher(FetchFunction fetcher);

    /*!
     * The fetcher for real links: each one through fetchLink() within @p limits, the body and the
     * final URL (after redirects) handed on as the source. With @p fetcher, through that object,
     * which the caller may watch and cancel (the window does); it must outlive the function.
     */
    static FetchFunction linkFetcher(const FetchLimits &limits = FetchLimits(), LinkFetcher *fetcher = nullptr);

    //! Imports each of @p sources (paths, file: URLs or http(s) URLs) in its own transaction.
    ImportReport importSources(const QStringList &sources);
    SourceReport importSource(const QString &source);
    /*!
     * Imports a source already in memory, as importSource() does after reading it: the editor's
     * text of a reading that has no file of its own (an imported page's conversion). @p input's
     * sourceUrl is a file: URL when the text was just written to that file, else empty.
     */
    SourceReport importInput(const FormatInput &input);

    /*!
     * Reads @p input without storing it: the format is sniffed, the reader run, the language
     * checked. What --show and the editor would see of a file. A contents page yields its
     * chapters only when @p fetcher can get them (files beside it, or links).
     */
    [[nodiscard]] static bool readInput(const FormatInput &input, const FetchFunction &fetcher,
                                        SourceReport *report, ImportedText *text);

    //! The format of @p bytes: magic numbers and markup first, the name's extension last.
    static SourceFormat sniffFormat(const QByteArray &bytes, const QString &name);

    //! Reads a local file (path or file: URL) into @p out, refusing folders and oversized files.
    [[nodiscard]] static bool readFile(const QString &path, FormatInput *out, SourceError *error);

private:
    SourceReport storeInput(const FormatInput &input, const QString &source);

    Catalog *m_catalog;
    FetchFunction m_fetcher;
};

} // namespace redletter
