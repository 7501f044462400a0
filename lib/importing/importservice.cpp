// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importservice.h"

#include "catalog/catalog.h"
#include "estimating/readingtime.h"
#include "importing/formats/epub.h"
#include "importing/formats/html.h"
#include "importing/formats/markdown.h"
#include "importing/formats/plaintext.h"
#include "importing/importer.h"
#include "text/languagedetection.h"
#include "util/logging.h"
#include "util/regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace redletter {

namespace {

bool isLink(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

//! What the user typed, as a URL: "https://…" and "file:///…" as they are, anything else a path.
QUrl sourceUrl(const QString &source)
{
    const QUrl url(source, QUrl::StrictMode);
    if (url.isValid() && (isLink(url) || url.isLocalFile()))
        return url;
    return QUrl::fromLocalFile(QFileInfo(source).absoluteFilePath());
}

//! Ids unique within one import: the second "Chapter I" of a work becomes "…--2".
void makeIdsUnique(QVector<Reading> *readings)
{
    QSet<QString> seen;
    for (Reading &reading : *readings) {
        if (reading.id.isEmpty())
            reading.id = makeReadingId(reading.author, reading.title);
        const QString base = reading.id;
        for (int n = 2; seen.contains(reading.id); ++n)
            reading.id = base + QStringLiteral("--") + QString::number(n);
        seen.insert(reading.id);
    }
}

//! Where a stored reading came from: its file, else its link; "" when unknown (the embedded
//! catalog, readings stored before v4 knew their file).
QString originOf(const CatalogEntry &entry)
{
    if (!entry.sourceFile.isEmpty())
        return entry.sourceFile;
    return isLink(entry.source) ? entry.source.toString() : QString();
}

/*!
 * A different edition of a text is a different reading: the Manifesto from Gutenberg and from a
 * Markdown collection have the same author and title, so the same generated ids, and the second
 * must not replace the first. The source keeps its ids when no stored reading under them came
 * from elsewhere (then importing it again updates it in place); otherwise every id of the source
 * (and its work's) takes the first suffix "--edition-N" under which it replaces only readings of
 * its own origin. One suffix for the whole source keeps a work's chapters together.
 * An unknown origin on either side counts as the same source, as before editions were told apart.
 */
QString editionSuffix(const Catalog &catalog, const QVector<Reading> &readings, const QString &workId,
                      const QString &sourceFile)
{
    const auto originOfNew = [&](const Reading &reading) {
        if (!sourceFile.isEmpty())
            return sourceFile;
        return isLink(reading.source) ? reading.source.toString() : QString();
    };
    const auto sameOrigin = [&](const CatalogEntry &stored, const Reading &reading) {
        const QString theirs = originOf(stored);
        const QString ours = originOfNew(reading);
        return theirs.isEmpty() || ours.isEmpty() || theirs == ours;
    };
    QSet<QString> ourOrigins;
    for (const Reading &reading : readings)
        ourOrigins.insert(originOfNew(reading));
    const auto fits = [&](const QString &suffix) {
        for (const Reading &reading : readings) {
            const std::optional<CatalogEntry> stored = catalog.entry(reading.id + suffix);
            if (stored && !sameOrigin(*stored, reading))
                return false;
        }
        // A work of the same name whose chapters came from elsewhere is another edition too,
        // even when no chapter title matches.
        if (!workId.isEmpty()) {
            // A linked work's chapters each have their own page: any of ours will do.
            for (const CatalogEntry &stored : catalog.workEntries(workId + suffix)) {
                const QString theirs = originOf(stored);
                if (!theirs.isEmpty() && !ourOrigins.contains(QString()) && !ourOrigins.contains(theirs))
                    return false;
            }
        }
        return true;
    };
    if (fits(QString()))
        return QString();
    for (int edition = 2;; ++edition) {
        const QString suffix = QStringLiteral("--edition-") + QString::number(edition);
        if (fits(suffix))
            return suffix;
    }
}

/*!
 * True for front matter between `---` lines whose top-level keys are all keys of our reading
 * format (lib/reading/FORMAT.md): a reading that uses only the common keys (title, author, tags)
 * — or forgot its title —
 * is still ours, and so is front matter too broken to tell — our parser then reports where.
 * A Hugo or Jekyll page has keys of its own (description, weight, works…) and is not.
 */
bool hasOurFrontMatter(const QByteArray &bytes)
{
    QByteArray head = bytes.left(64 * 1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head.replace("\r\n", "\n");
    if (!head.startsWith("---\n"))
        return false;
    qsizetype end = head.indexOf("\n---", 3);
    if (end < 0)
        end = head.size();
    static const QSet<QByteArray> ours{"id", "title", "author", "work", "year", "editor", "source", "translator",
                                       "lang", "tagline", "tags", "date", "minutes"};
    bool sawKey = false;
    for (const QByteArray &line : head.mid(4, end - 4).split('\n')) {
        if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t') || line.startsWith('-')
            || line.startsWith('#'))
            continue; // values continued, list items, comments
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not YAML our way; parseReading says where
        const QByteArray key = line.left(colon).trimmed();
        if (!ours.contains(key))
            return false;
        sawKey = true;
    }
    // Even without a title: a reading that forgot it gets our parser's "needs a title" error.
    return sawKey;
}

} // namespace

ImportService::ImportService(Catalog *catalog) : m_catalog(catalog) {}

void ImportService::setFetcher(FetchFunction fetcher)
{
    m_fetcher = std::move(fetcher);
}

ImportService::FetchFunction ImportService::linkFetcher(const FetchLimits &limits, LinkFetcher *fetcher)
{
    return [limits, fetcher](const QUrl &url, FormatInput *out, SourceError *error) {
        FetchedSource fetched;
        const bool ok = fetcher ? fetchLink(fetcher, url, &fetched, error) : fetchLink(url, limits, &fetched, error);
        if (!ok)
            return false;
        out->bytes = fetched.bytes;
        out->sourceName = url.toString();
        out->sourceUrl = fetched.finalUrl;
        out->httpCharset = fetched.charset;
        return true;
    };
}

SourceFormat ImportService::sniffFormat(const QByteArray &bytes, const QString &name)
{
    if (bytes.startsWith("PK\x03\x04") || looksLikeEpub(bytes))
        return SourceFormat::Epub;
    if (looksLikeHtml(bytes))
        return SourceFormat::Html;
    if (looksLikeReadingFormat(bytes) || hasOurFrontMatter(bytes))
        return SourceFormat::ReadingFormat;
    const QString suffix = QFileInfo(QUrl(name).path()).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || looksLikeMarkdown(bytes))
        return SourceFormat::Markdown;
    return SourceFormat::PlainText;
}

bool ImportService::readFile(const QString &path, FormatInput *out, SourceError *error)
{
    const QUrl url = sourceUrl(path);
    FormatInput input;
    QString message;
    // Only a regular file, and its size checked before reading: a FIFO, /dev/zero or a 2 GB file
    // is refused before a byte is read (util/regularfile.h).
    if (!readRegularFile(url.toLocalFile(), MaximumFileSize, &input.bytes, &message)) {
        *error = SourceError{path, 0, 0, message};
        return false;
    }
    input.sourceName = path;
    input.sourceUrl = url;
    *out = input;
    return true;
}

namespace {

//! Reads a contents page's chapters, in order, into @p result as one work. All or nothing.
bool readWork(const FormatInput &contents, const QVector<QUrl> &chapters, const ImportService::FetchFunction &fetcher,
              const Reading &contentsReading, ImportedText *result, SourceReport *report)
{
    result->workTitle = contentsReading.title;
    for (int i = 0; i < int(chapters.size()); ++i) {
        const QUrl &url = chapters.at(i);
        FormatInput input;
        SourceError error;
        bool fetched = false;
        if (url.isLocalFile()) {
            fetched = ImportService::readFile(url.toLocalFile(), &input, &error);
        } else if (fetcher) {
            fetched = fetcher(url, &input, &error);
            if (input.sourceName.isEmpty())
                input.sourceName = url.toString();
        } else {
            error = SourceError{url.toString(), 0, 0, ImportService::tr("cannot fetch links here")};
        }
        ImportedText chapter;
        if (fetched && !readHtml(input, &chapter, &error))
            fetched = false;
        if (!fetched) {
            report->error = SourceError{contents.sourceName, 0, 0,
                                        ImportService::tr("chapter %1 of %2 (%3): %4; nothing of the work was imported")
                                            .arg(i + 1)
                                            .arg(chapters.size())
                                            .arg(url.toDisplayString(), error.toString())};
            return false;
        }
        for (Reading reading : qAsConst(chapter.readings)) {
            if (reading.author.isEmpty())
                reading.author = contentsReading.author;
            if (reading.year == 0)
                reading.year = contentsReading.year;
            // "Preface" alone is every work's preface: the work's title keeps the id its own.
            reading.id = makeReadingId(reading.author, result->workTitle + QLatin1Char(' ') + reading.title);
            result->readings.append(reading);
        }
        result->warnings += chapter.warnings;
        result->dropped += chapter.dropped;
        if (result->declaredLanguage.isEmpty())
            result->declaredLanguage = chapter.declaredLanguage;
    }
    return true;
}

/*!
 * Where the source declares no language, or one its text is not in (EPUBs that say "en" for a
 * German book exist), the detected language wins: hyphenation, quotes and counting follow it.
 */
void settleLanguage(ImportedText *text, SourceReport *report)
{
    QString sample;
    for (const Reading &reading : qAsConst(text->readings)) {
        sample += plainText(reading.body);
        if (sample.size() > 24 * 1024)
            break;
    }
    const QString detected = detectLanguage(sample);
    const QString declared = text->declaredLanguage.section(QLatin1Char('-'), 0, 0).toLower();
    if (!detected.isEmpty() && detected != declared) {
        for (Reading &reading : text->readings)
            reading.language = detected;
        report->languageOverridden = !declared.isEmpty();
    }
}

} // namespace

bool ImportService::readInput(const FormatInput &input, const FetchFunction &fetcher, SourceReport *report,
                              ImportedText *text)
{
    report->format = sniffFormat(input.bytes, input.sourceName);
    ImportedText result;
    bool ok = false;
    switch (report->format) {
    case SourceFormat::ReadingFormat: {
        Reading reading;
        ok = Importer::importBytes(input.bytes, input.sourceName, &reading, &report->error);
        if (ok) {
            result.readings.append(reading);
            result.declaredLanguage = reading.language;
        }
        break;
    }
    case SourceFormat::Markdown:
        ok = readForeignMarkdown(input, &result, &report->error);
        break;
    case SourceFormat::PlainText:
        ok = readPlainText(input, &result, &report->error);
        break;
    case SourceFormat::Html:
    case SourceFormat::HtmlWork: {
        const QVector<QUrl> chapters = contentsPageChapters(input);
        if (chapters.size() > MaximumChapters) {
            report->error = SourceError{input.sourceName, 0, 0,
                                        tr("the contents page links %1 pages; a work has at most %2 chapters")
                                            .arg(chapters.size())
                                            .arg(MaximumChapters)};
            break;
        }
        ImportedText page;
        ok = readHtml(input, &page, &report->error);
        if (ok && !chapters.isEmpty()) {
            report->format = SourceFormat::HtmlWork;
            ok = readWork(input, chapters, fetcher, page.readings.constFirst(), &result, report);
        } else if (ok) {
            result = page;
        }
        break;
    }
    case SourceFormat::Epub:
        ok = readEpub(input, &result, &report->error);
        break;
    }
    if (!ok)
        return false;
    if (result.readings.isEmpty()) {
        report->error = SourceError{input.sourceName, 0, 0, tr("no text to import")};
        return false;
    }
    for (const Reading &reading : qAsConst(result.readings)) {
        const qsizetype blocks = reading.introduction.size() + reading.body.size();
        if (blocks > ImportLimits::MaximumBlocksPerReading) {
            report->error = SourceError{input.sourceName, 0, 0,
                                        tr("\"%1\" has %2 paragraphs; the limit for one reading is %3")
                                            .arg(reading.title)
                                            .arg(blocks)
                                            .arg(ImportLimits::MaximumBlocksPerReading)};
            return false;
        }
    }
    // Our own readings say what they are in; the editor's `lang` is not second-guessed.
    if (report->format != SourceFormat::ReadingFormat)
        settleLanguage(&result, report);
    makeIdsUnique(&result.readings);
    report->declaredLanguage = result.declaredLanguage;
    report->language = result.readings.constFirst().language;
    report->dropped += result.dropped;
    report->warnings += result.warnings;
    *text = result;
    return true;
}

SourceReport ImportService::importSource(const QString &source)
{
    SourceReport report;
    report.source = source;

    FormatInput input;
    const QUrl url = sourceUrl(source);
    if (isLink(url)) {
        if (!m_fetcher) {
            report.error = SourceError{source, 0, 0, tr("cannot fetch links here")};
            return report;
        }
        if (!m_fetcher(url, &input, &report.error))
            return report;
        if (input.sourceName.isEmpty())
            input.sourceName = source;
    } else if (!readFile(source, &input, &report.error)) {
        return report;
    }
    return storeInput(input, source);
}

SourceReport ImportService::importInput(const FormatInput &input)
{
    return storeInput(input, input.sourceName);
}

SourceReport ImportService::storeInput(const FormatInput &input, const QString &source)
{
    SourceReport report;
    report.source = source;
    ImportedText text;
    if (!readInput(input, m_fetcher, &report, &text))
        return report;

    const QString sourceFile = isLink(input.sourceUrl) ? QString() : input.sourceUrl.toLocalFile();
    // Our own reading format names its readings itself (an `id` or its file name): an editor's
    // reading is updated by whatever file carries it. Every other format's ids are made up from
    // author and title, and another edition of the same text must not take them over.
    // Stored as one work when the source is one (a contents page with its chapters, a book).
    const bool isWork = !text.workTitle.isEmpty();
    const QString workId = isWork ? makeReadingId(text.readings.constFirst().author, text.workTitle) : QString();
    const QString suffix = report.format == SourceFormat::ReadingFormat
        ? QString()
        : editionSuffix(*m_catalog, text.readings, workId, sourceFile);
    for (Reading &reading : text.readings)
        reading.id += suffix;
    WorkInfo work;
    if (isWork) {
        work.title = text.workTitle;
        work.author = text.readings.constFirst().author;
        work.id = workId + suffix;
        work.source = isLink(input.sourceUrl) ? input.sourceUrl : QUrl();
        for (Reading &reading : text.readings) {
            if (reading.work.isEmpty())
                reading.work = work.title;
        }
    }

    QString message;
    const auto failStore = [&](const QString &why) {
        report.error = SourceError{source, 0, 0, why};
        report.readings.clear();
        return report;
    };
    std::unique_ptr<Catalog::ImportTransaction> transaction = m_catalog->beginImport(&message);
    if (!transaction)
        return failStore(message);
    QStringList ids;
    const ReadingTimeEstimator estimator;
    for (const Reading &reading : qAsConst(text.readings)) {
        ImportedReading made;
        if (!transaction->storeReading(reading, sourceFile, &made.outcome, &message))
            return failStore(message);
        const ReadingTime time = estimator.estimate(reading);
        made.id = reading.id;
        made.title = reading.title;
        made.words = time.textWords;
        made.minutes = reading.editorMinutes > 0 ? reading.editorMinutes : time.minutes;
        made.footnotes = int(reading.footnotes.size());
        made.editorialNotes = int(reading.editorialNotes.size());
        made.language = reading.language;
        report.readings.append(made);
        ids.append(reading.id);
    }
    if (isWork && !transaction->storeWork(work, ids, &message))
        return failStore(message);
    if (!transaction->commit(&message))
        return failStore(message);
    report.reanchored = transaction->reanchored();
    if (isWork) {
        report.workId = work.id;
        report.workTitle = work.title;
    }
    qCDebug(lcImport).noquote() << source << "imported:" << report.readings.size() << "reading(s)";
    return report;
}

ImportReport ImportService::importSources(const QStringList &sources)
{
    ImportReport report;
    for (const QString &source : sources)
        report.sources.append(importSource(source));
    return report;
}

} // namespace redletter
