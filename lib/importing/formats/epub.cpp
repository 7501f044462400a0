// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/formats/epub.h"

#include "importing/formats/html.h"
#include "importing/formats/htmlmapping.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <zip.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace redletter {

namespace {

//! Translation context of the EPUB reader's messages.
class EpubReader
{
    Q_DECLARE_TR_FUNCTIONS(redletter::EpubReader)
};

const char EpubMimeType[] = "application/epub+zip";
const char ContainerPath[] = "META-INF/container.xml";
const char OpsNamespace[] = "http://www.idpf.org/2007/ops";

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

// ---- The zip layer ------------------------------------------------------------------------------

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

//! What a libzip error code means for the person holding the book.
QString zipErrorMessage(int code, zip_error_t *error)
{
    switch (code) {
    case ZIP_ER_CRC:
        return EpubReader::tr("CRC error: the data is damaged");
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
        return EpubReader::tr("the compressed data is damaged");
    case ZIP_ER_EOF:
        return EpubReader::tr("the archive ends in the middle of this entry (truncated)");
    case ZIP_ER_COMPNOTSUPP:
        return EpubReader::tr("compressed with a method that cannot be read");
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
        return EpubReader::tr("encrypted (a book with DRM cannot be imported)");
    case ZIP_ER_INCONS:
        return EpubReader::tr("the archive's directory does not match its entries (damaged)");
    case ZIP_ER_MEMORY:
        return EpubReader::tr("out of memory");
    default:
        return EpubReader::tr("unreadable (%1)").arg(QString::fromUtf8(zip_error_strerror(error)));
    }
}

//! Why a zip entry name is unsafe, or "" when it is a plain relative path.
QString unsafeNameReason(const QString &name)
{
    QString path = name;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1Char('/'))
        || (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter()))
        return EpubReader::tr("an absolute path");
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment == QLatin1String(".."))
            return EpubReader::tr("a path that leads out of the book (\"..\")");
    }
    return {};
}

/*!
 * A zip archive in memory. Entries are read in chunks against a cap per entry and one for all
 * entries together: the sizes a zip declares are exactly what a zip bomb lies about.
 */
class ZipArchive
{
public:
    //! @p bytes must outlive the archive (libzip reads the buffer in place).
    bool open(const QByteArray &bytes, QString *message)
    {
        if (bytes.isEmpty()) {
            *message = EpubReader::tr("empty file: there is no book to import");
            return false;
        }
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source =
            zip_source_buffer_create(bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &error);
        if (!source) {
            *message = zipErrorMessage(zip_error_code_zip(&error), &error);
            zip_error_fini(&error);
            return false;
        }
        // ZIP_CHECKCONS compares every local header with the directory: flipped bytes in either
        // are found here rather than as odd failures later.
        zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!archive) {
            const int code = zip_error_code_zip(&error);
            if (code == ZIP_ER_NOZIP && bytes.startsWith("PK\x03\x04"))
                *message = EpubReader::tr("truncated zip archive: the end of the file, with the archive's "
                                          "directory, is missing");
            else if (code == ZIP_ER_NOZIP)
                *message = EpubReader::tr("not a zip archive, so not an EPUB");
            else if (code == ZIP_ER_INCONS)
                *message = EpubReader::tr("damaged zip archive: its directory does not match its entries");
            else if (code == ZIP_ER_MULTIDISK)
                *message = EpubReader::tr("a zip archive split into several parts");
            else
                *message = EpubReader::tr("unreadable zip archive (%1)")
                               .arg(QString::fromUtf8(zip_error_strerror(&error)));
            zip_source_free(source);
            zip_error_fini(&error);
            return false;
        }
        zip_error_fini(&error);
        m_zip.reset(archive);

        const zip_int64_t count = zip_get_num_entries(archive, 0);
        if (count > epublimits::MaximumEntries) {
            *message = EpubReader::tr("%1 entries in the archive; the limit is %2")
                           .arg(count)
                           .arg(epublimits::MaximumEntries);
            return false;
        }
        for (zip_int64_t i = 0; i < count; ++i) {
            const char *raw = zip_get_name(archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
            if (!raw)
                continue;
            const QString name = QString::fromUtf8(raw);
            if (i == 0)
                m_firstName = name;
            const QString unsafe = unsafeNameReason(name);
            if (!unsafe.isEmpty()) {
                *message = EpubReader::tr("unsafe entry name \"%1\": %2").arg(name, unsafe);
                return false;
            }
            if (name.endsWith(QLatin1Char('/')))
                continue; // a folder
            m_index.insert(name, static_cast<zip_uint64_t>(i));
            m_folded.insert(name.toLower(), name);
        }
        return true;
    }

    QString firstName() const { return m_firstName; }
    bool contains(const QString &name) const { return m_index.contains(name); }

    /*!
     * The entry called @p name, or failing that one whose name differs only in case (books made on
     * case-insensitive file systems get that wrong); "" when there is none.
     */
    QString find(const QString &name) const
    {
        if (m_index.contains(name))
            return name;
        return m_folded.value(name.toLower());
    }

    //! Reads entry @p name whole; on failure @p message says why (the caller names the entry).
    bool read(const QString &name, QByteArray *out, QString *message)
    {
        const auto it = m_index.constFind(name);
        if (it == m_index.constEnd()) {
            *message = EpubReader::tr("missing from the archive");
            return false;
        }
        std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(m_zip.get(), it.value(), 0));
        if (!file) {
            zip_error_t *error = zip_get_error(m_zip.get());
            *message = zipErrorMessage(zip_error_code_zip(error), error);
            return false;
        }
        // The compressed size, for the inflation ratio. ZIP_CHECKCONS has compared the directory
        // with the local header, and libzip reads no more than this from the archive.
        zip_stat_t stat;
        zip_stat_init(&stat);
        const zip_uint64_t compressed =
            zip_stat_index(m_zip.get(), it.value(), 0, &stat) == 0 && (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
        QByteArray data;
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        for (;;) {
            const zip_int64_t n = zip_fread(file.get(), chunk.data(), static_cast<zip_uint64_t>(chunk.size()));
            if (n < 0) {
                zip_error_t *error = zip_file_get_error(file.get());
                *message = zipErrorMessage(zip_error_code_zip(error), error);
                return false;
            }
            if (n == 0)
                break;
            if (data.size() + n > epublimits::MaximumEntrySize) {
                *message = EpubReader::tr("inflates to more than %1 MB, the limit for one entry (a zip bomb?)")
                               .arg(megabytes(epublimits::MaximumEntrySize));
                return false;
            }
            if (data.size() + n > ImportLimits::InflationRatioFloorBytes
                && qint64(data.size() + n) > qint64(compressed) * ImportLimits::MaximumInflationRatio) {
                *message = EpubReader::tr("inflates more than %1 times its compressed size, the limit for one entry (a zip bomb?)")
                               .arg(ImportLimits::MaximumInflationRatio);
                return false;
            }
            if (m_totalRead + n > epublimits::MaximumTotalSize) {
                *message = EpubReader::tr("the book inflates to more than %1 MB, the limit for a whole book")
                               .arg(megabytes(epublimits::MaximumTotalSize));
                return false;
            }
            data.append(chunk.constData(), static_cast<int>(n));
            m_totalRead += n;
        }
        // libzip checks the CRC when the last byte has been read; zip_fclose reports what it found.
        const int closeError = zip_fclose(file.release());
        if (closeError != ZIP_ER_OK) {
            zip_error_t error;
            zip_error_init_with_code(&error, closeError);
            *message = zipErrorMessage(closeError, &error);
            zip_error_fini(&error);
            return false;
        }
        *out = data;
        return true;
    }

private:
    std::unique_ptr<zip_t, ZipCloser> m_zip;
    QHash<QString, zip_uint64_t> m_index;
    QHash<QString, QString> m_folded; //!< lower-cased name → name
    QString m_firstName;
    qint64 m_totalRead = 0;
};

// ---- The XML layer ------------------------------------------------------------------------------

struct XmlDocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

struct XmlProblem
{
    QString message;
    int line = 0;
    int column = 0;
};

/*!
 * Parses well-formed XML. No network, no DTD loading, no entity substitution (nothing can expand
 * into a billion laughs), libxml2's default size and depth limits.
 */
XmlDoc parseXml(const QByteArray &bytes, XmlProblem *problem)
{
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (!context) {
        problem->message = EpubReader::tr("out of memory");
        return {};
    }
    XmlDoc doc(xmlCtxtReadMemory(context, bytes.constData(), static_cast<int>(bytes.size()), nullptr, nullptr,
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!doc) {
        const xmlError *error = xmlCtxtGetLastError(context);
        const QString detail = error && error->message ? QString::fromUtf8(error->message).trimmed() : QString();
        problem->message = EpubReader::tr("not well-formed XML: %1").arg(detail);
        problem->line = error ? error->line : 0;
        problem->column = error ? error->int2 : 0;
    }
    xmlFreeParserCtxt(context);
    return doc;
}

//! Lenient HTML parsing, for a navigation document that is not well-formed XML.
XmlDoc parseHtml(const QByteArray &bytes)
{
    return XmlDoc(htmlReadMemory(bytes.constData(), static_cast<int>(bytes.size()), nullptr, "UTF-8",
                                 HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER));
}

bool isElement(const xmlNode *node, const char *localName)
{
    return node && node->type == XML_ELEMENT_NODE
        && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(localName)) == 0;
}

//! An attribute by local name, in whatever namespace; "" when absent.
QString attribute(const xmlNode *node, const char *localName)
{
    for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
        if (xmlStrcmp(attr->name, reinterpret_cast<const xmlChar *>(localName)) != 0)
            continue;
        xmlChar *value = xmlNodeListGetString(node->doc, attr->children, 1);
        const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
        xmlFree(value);
        return result;
    }
    return {};
}

//! epub:type, whether the parser understood namespaces (XML) or not (HTML: "epub:type").
QString epubType(const xmlNode *node)
{
    for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
        const bool namespaced = attr->ns && attr->ns->href
            && xmlStrcmp(attr->ns->href, reinterpret_cast<const xmlChar *>(OpsNamespace)) == 0
            && xmlStrcmp(attr->name, reinterpret_cast<const xmlChar *>("type")) == 0;
        const bool prefixed = xmlStrcmp(attr->name, reinterpret_cast<const xmlChar *>("epub:type")) == 0;
        if (namespaced || prefixed) {
            xmlChar *value = xmlNodeListGetString(node->doc, attr->children, 1);
            const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
            xmlFree(value);
            return result;
        }
    }
    return {};
}

QString textOf(const xmlNode *node)
{
    xmlChar *content = xmlNodeGetContent(node);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(content)).simplified();
    xmlFree(content);
    return text;
}

QVector<xmlNode *> children(const xmlNode *node)
{
    QVector<xmlNode *> result;
    for (xmlNode *child = node ? node->children : nullptr; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            result.append(child);
    }
    return result;
}

xmlNode *firstChild(const xmlNode *node, const char *localName)
{
    for (xmlNode *child : children(node)) {
        if (isElement(child, localName))
            return child;
    }
    return nullptr;
}

//! The first element called @p localName in document order under @p node (itself included).
xmlNode *findDescendant(xmlNode *node, const char *localName)
{
    if (isElement(node, localName))
        return node;
    for (xmlNode *child : children(node)) {
        if (xmlNode *found = findDescendant(child, localName))
            return found;
    }
    return nullptr;
}

void findDescendants(xmlNode *node, const char *localName, QVector<xmlNode *> *found)
{
    if (isElement(node, localName))
        found->append(node);
    for (xmlNode *child : children(node))
        findDescendants(child, localName, found);
}

// ---- Paths --------------------------------------------------------------------------------------

enum class PathResult { Resolved, External, Escapes };

/*!
 * The zip entry that @p href, written in entry @p base, points at: relative to @p base's folder,
 * percent-decoded, without fragment. A URL with a scheme is External; a path climbing above the
 * archive's root Escapes.
 */
PathResult resolveHref(const QString &base, const QString &href, QString *entry)
{
    QString path = href.trimmed();
    const int hash = path.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        path.truncate(hash);
    const int colon = path.indexOf(QLatin1Char(':'));
    const int slash = path.indexOf(QLatin1Char('/'));
    if (colon > 0 && (slash < 0 || colon < slash))
        return PathResult::External;
    path = QUrl::fromPercentEncoding(path.toUtf8());

    QStringList segments;
    if (!path.startsWith(QLatin1Char('/'))) {
        segments = base.split(QLatin1Char('/'));
        segments.removeLast(); // the file itself
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (segments.isEmpty())
                return PathResult::Escapes;
            segments.removeLast();
            continue;
        }
        segments.append(part);
    }
    *entry = segments.join(QLatin1Char('/'));
    return PathResult::Resolved;
}

// ---- Table of contents --------------------------------------------------------------------------

struct TocEntry
{
    QString label;
    QString path; //!< resolved entry, "" when the link leads outside the book
    int parent = -1;
    bool hasChildren = false;
};

//! The link or label that names a nav <li> itself, not one of the entries nested in it.
xmlNode *ownLabel(xmlNode *item)
{
    for (xmlNode *child : children(item)) {
        if (isElement(child, "ol") || isElement(child, "ul") || isElement(child, "li"))
            continue;
        if (isElement(child, "a") || isElement(child, "span"))
            return child;
        if (xmlNode *nested = ownLabel(child))
            return nested;
    }
    return nullptr;
}

void collectNav(xmlNode *node, const QString &navPath, int parent, QVector<TocEntry> *entries)
{
    for (xmlNode *child : children(node)) {
        if (!isElement(child, "li")) {
            collectNav(child, navPath, parent, entries);
            continue;
        }
        int self = parent;
        if (xmlNode *label = ownLabel(child)) {
            TocEntry entry;
            entry.label = textOf(label);
            entry.parent = parent;
            const QString href = attribute(label, "href");
            if (!href.isEmpty() && resolveHref(navPath, href, &entry.path) != PathResult::Resolved)
                entry.path.clear();
            if (parent >= 0)
                (*entries)[parent].hasChildren = true;
            self = entries->size();
            entries->append(entry);
        }
        collectNav(child, navPath, self, entries);
    }
}

//! The entries of an EPUB 3 navigation document's table of contents (the nav epub:type="toc").
QVector<TocEntry> readNav(const QByteArray &bytes, const QString &navPath)
{
    XmlProblem problem;
    XmlDoc doc = parseXml(bytes, &problem);
    if (!doc)
        doc = parseHtml(bytes);
    if (!doc)
        return {};
    QVector<xmlNode *> navs;
    findDescendants(xmlDocGetRootElement(doc.get()), "nav", &navs);
    xmlNode *toc = nullptr;
    for (xmlNode *nav : navs) {
        if (epubType(nav).split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("toc"))) {
            toc = nav;
            break;
        }
    }
    if (!toc && navs.size() == 1)
        toc = navs.first();
    QVector<TocEntry> entries;
    if (toc)
        collectNav(toc, navPath, -1, &entries);
    return entries;
}

void collectNcx(xmlNode *node, const QString &ncxPath, int parent, QVector<TocEntry> *entries)
{
    for (xmlNode *point : children(node)) {
        if (!isElement(point, "navPoint"))
            continue;
        TocEntry entry;
        entry.parent = parent;
        if (xmlNode *label = firstChild(point, "navLabel"))
            entry.label = textOf(firstChild(label, "text") ? firstChild(label, "text") : label);
        if (xmlNode *content = firstChild(point, "content")) {
            if (resolveHref(ncxPath, attribute(content, "src"), &entry.path) != PathResult::Resolved)
                entry.path.clear();
        }
        if (parent >= 0)
            (*entries)[parent].hasChildren = true;
        const int self = entries->size();
        entries->append(entry);
        collectNcx(point, ncxPath, self, entries);
    }
}

//! The entries of an EPUB 2 NCX's navMap.
QVector<TocEntry> readNcx(const QByteArray &bytes, const QString &ncxPath)
{
    XmlProblem problem;
    XmlDoc doc = parseXml(bytes, &problem);
    if (!doc)
        return {};
    QVector<TocEntry> entries;
    if (xmlNode *navMap = findDescendant(xmlDocGetRootElement(doc.get()), "navMap"))
        collectNcx(navMap, ncxPath, -1, &entries);
    return entries;
}

// ---- The package --------------------------------------------------------------------------------

struct ManifestItem
{
    QString path;
    QString mediaType;
    QStringList properties;
};

class PackageReader
{
public:
    PackageReader(const FormatInput &input, EpubPackage *out, SourceError *error)
        : m_input(input)
        , m_out(out)
        , m_error(error)
    {
    }

    bool read()
    {
        QString message;
        if (!m_zip.open(m_input.bytes, &message))
            return fail(message);
        checkMimeType();

        QByteArray container;
        const QString containerPath = m_zip.find(QLatin1String(ContainerPath));
        if (containerPath.isEmpty())
            return fail(EpubReader::tr("no %1: not an EPUB, or a damaged one").arg(QLatin1String(ContainerPath)));
        if (!readEntry(containerPath, &container))
            return false;
        QString packagePath;
        if (!readContainer(container, &packagePath))
            return false;

        QByteArray package;
        const QString found = m_zip.find(packagePath);
        if (found.isEmpty())
            return failIn(QLatin1String(ContainerPath),
                          EpubReader::tr("names the package document \"%1\", which is not in the archive")
                              .arg(packagePath));
        m_out->packagePath = found;
        if (!readEntry(found, &package))
            return false;
        return readPackage(package);
    }

private:
    bool fail(const QString &message, int line = 0, int column = 0)
    {
        *m_error = SourceError{m_input.sourceName, line, column, message};
        return false;
    }

    //! An error about one entry: "book.epub: OEBPS/ch3.xhtml:LINE:COL: message".
    bool failIn(const QString &entry, const QString &message, int line = 0, int column = 0)
    {
        *m_error = SourceError{m_input.sourceName + QLatin1String(": ") + entry, line, column, message};
        return false;
    }

    bool readEntry(const QString &entry, QByteArray *bytes)
    {
        QString message;
        if (!m_zip.read(entry, bytes, &message))
            return failIn(entry, message);
        return true;
    }

    bool parseEntry(const QString &entry, const QByteArray &bytes, XmlDoc *doc)
    {
        XmlProblem problem;
        *doc = parseXml(bytes, &problem);
        if (!*doc)
            return failIn(entry, problem.message, problem.line, problem.column);
        return true;
    }

    void checkMimeType()
    {
        const QString mimetype = QStringLiteral("mimetype");
        if (!m_zip.contains(mimetype)) {
            m_out->warnings.append(EpubReader::tr("no \"mimetype\" entry marks the archive as an EPUB; read anyway"));
            return;
        }
        QByteArray bytes;
        QString message;
        if (!m_zip.read(mimetype, &bytes, &message) || bytes.trimmed() != EpubMimeType) {
            m_out->warnings.append(
                EpubReader::tr("the \"mimetype\" entry does not say %1; read anyway").arg(QLatin1String(EpubMimeType)));
            return;
        }
        if (m_zip.firstName() != mimetype)
            m_out->warnings.append(EpubReader::tr("the \"mimetype\" entry is not the first in the archive"));
    }

    bool readContainer(const QByteArray &bytes, QString *packagePath)
    {
        const QString entry = QLatin1String(ContainerPath);
        XmlDoc doc;
        if (!parseEntry(entry, bytes, &doc))
            return false;
        QVector<xmlNode *> rootfiles;
        findDescendants(xmlDocGetRootElement(doc.get()), "rootfile", &rootfiles);
        QString first;
        for (xmlNode *rootfile : std::as_const(rootfiles)) {
            const QString path = attribute(rootfile, "full-path");
            if (path.isEmpty())
                continue;
            if (first.isEmpty())
                first = path;
            if (attribute(rootfile, "media-type") == QLatin1String("application/oebps-package+xml")) {
                first = path;
                break;
            }
        }
        if (first.isEmpty())
            return failIn(entry, EpubReader::tr("names no package document (no rootfile with a full-path)"));
        // full-path is relative to the archive's root; resolving it against a file at the root
        // normalises it and catches "../".
        switch (resolveHref(QString(), first, packagePath)) {
        case PathResult::Resolved:
            return true;
        case PathResult::External:
        case PathResult::Escapes:
            break;
        }
        return failIn(entry, EpubReader::tr("names a package document outside the book: \"%1\"").arg(first));
    }

    bool readPackage(const QByteArray &bytes)
    {
        const QString opf = m_out->packagePath;
        XmlDoc doc;
        if (!parseEntry(opf, bytes, &doc))
            return false;
        xmlNode *root = xmlDocGetRootElement(doc.get());
        if (!isElement(root, "package"))
            return failIn(opf, EpubReader::tr("not a package document (its root element is not <package>)"));
        m_out->version = attribute(root, "version");

        if (xmlNode *metadata = firstChild(root, "metadata"))
            readMetadata(metadata);

        QHash<QString, ManifestItem> manifest;
        if (xmlNode *manifestNode = firstChild(root, "manifest")) {
            for (xmlNode *item : children(manifestNode)) {
                if (!isElement(item, "item"))
                    continue;
                ManifestItem entry;
                const QString href = attribute(item, "href");
                const PathResult result = resolveHref(opf, href, &entry.path);
                if (result == PathResult::Escapes)
                    return failIn(opf, EpubReader::tr("the manifest names a file outside the book: \"%1\"").arg(href),
                                  static_cast<int>(xmlGetLineNo(item)));
                if (result == PathResult::External)
                    continue; // remote resources are never fetched
                entry.mediaType = attribute(item, "media-type");
                entry.properties = attribute(item, "properties").split(QLatin1Char(' '), Qt::SkipEmptyParts);
                manifest.insert(attribute(item, "id"), entry);
            }
        }

        xmlNode *spine = firstChild(root, "spine");
        if (!spine)
            return failIn(opf, EpubReader::tr("no <spine>: the book does not say which chapters it has"));

        // Table of contents: the EPUB 3 navigation document, else the NCX named by the spine.
        QString navPath;
        QString ncxPath;
        for (auto it = manifest.cbegin(); it != manifest.cend(); ++it) {
            if (it->properties.contains(QLatin1String("nav")))
                navPath = it->path;
            if (it->mediaType == QLatin1String("application/x-dtbncx+xml") && ncxPath.isEmpty())
                ncxPath = it->path;
        }
        const QString ncxId = attribute(spine, "toc");
        if (manifest.contains(ncxId))
            ncxPath = manifest.value(ncxId).path;

        for (xmlNode *itemref : children(spine)) {
            if (!isElement(itemref, "itemref"))
                continue;
            const QString idref = attribute(itemref, "idref");
            if (!manifest.contains(idref))
                return failIn(opf, EpubReader::tr("the spine names \"%1\", which the manifest does not list").arg(idref),
                              static_cast<int>(xmlGetLineNo(itemref)));
            const ManifestItem item = manifest.value(idref);
            EpubSpineItem spineItem;
            spineItem.path = m_zip.find(item.path);
            if (spineItem.path.isEmpty())
                return failIn(item.path, EpubReader::tr("missing from the archive, but the spine names it"));
            if (spineItem.path != item.path)
                m_out->warnings.append(EpubReader::tr("%1 is called %2 in the archive (letter case differs)")
                                           .arg(item.path, spineItem.path));
            spineItem.mediaType = item.mediaType;
            spineItem.isNavDocument = item.properties.contains(QLatin1String("nav"));
            spineItem.linear = attribute(itemref, "linear") != QLatin1String("no");
            if (!readEntry(spineItem.path, &spineItem.bytes))
                return false;
            m_out->spine.append(spineItem);
        }
        if (m_out->spine.isEmpty())
            return failIn(opf, EpubReader::tr("the spine lists no chapters"));
        if (!readLinkedDocuments(manifest))
            return false;

        readTableOfContents(navPath, ncxPath);
        return true;
    }

    //! The pages outside the spine that a chapter links to: EPUB 2 books keep their notes there.
    bool readLinkedDocuments(const QHash<QString, ManifestItem> &manifest)
    {
        QSet<QString> inSpine;
        for (const EpubSpineItem &item : std::as_const(m_out->spine))
            inSpine.insert(item.path);
        for (auto it = manifest.cbegin(); it != manifest.cend(); ++it) {
            const QString path = m_zip.find(it->path);
            if (path.isEmpty() || inSpine.contains(path) || it->properties.contains(QLatin1String("nav"))
                || (it->mediaType != QLatin1String("application/xhtml+xml") && it->mediaType != QLatin1String("text/html")))
                continue;
            // A cheap test, not a parse: some chapter names the file ("notes.html#n1"). What it
            // lets through is only read, under the caps; the mapping decides what is a note.
            const QString fileName = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
            const QByteArray written = fileName.toUtf8();
            const QByteArray encoded = QUrl::toPercentEncoding(fileName);
            bool linked = false;
            for (const EpubSpineItem &item : std::as_const(m_out->spine))
                linked = linked || item.bytes.contains(written) || item.bytes.contains(encoded);
            if (!linked)
                continue;
            EpubSpineItem document;
            document.path = path;
            document.mediaType = it->mediaType;
            document.linear = false;
            if (!readEntry(path, &document.bytes))
                return false;
            m_out->linkedDocuments.append(document);
        }
        std::sort(m_out->linkedDocuments.begin(), m_out->linkedDocuments.end(),
                  [](const EpubSpineItem &a, const EpubSpineItem &b) { return a.path < b.path; });
        return true;
    }

    void readMetadata(xmlNode *metadata)
    {
        // EPUB 3 gives a creator's role in a <meta refines="#id" property="role">, EPUB 2 in opf:role.
        QHash<QString, QString> refinedRoles;
        QVector<xmlNode *> metas;
        findDescendants(metadata, "meta", &metas);
        for (xmlNode *meta : std::as_const(metas)) {
            if (attribute(meta, "property") == QLatin1String("role")) {
                QString id = attribute(meta, "refines");
                if (id.startsWith(QLatin1Char('#')))
                    id.remove(0, 1);
                refinedRoles.insert(id, textOf(meta));
            }
        }

        QVector<xmlNode *> elements;
        findDescendants(metadata, "title", &elements);
        for (xmlNode *title : std::as_const(elements)) {
            if (m_out->title.isEmpty())
                m_out->title = textOf(title);
        }

        elements.clear();
        findDescendants(metadata, "creator", &elements);
        QStringList others;
        for (xmlNode *creator : std::as_const(elements)) {
            const QString name = textOf(creator);
            if (name.isEmpty())
                continue;
            QString role = attribute(creator, "role");
            if (role.isEmpty())
                role = refinedRoles.value(attribute(creator, "id"));
            if (role.isEmpty() || role == QLatin1String("aut"))
                m_out->creators.append(name);
            else if (role == QLatin1String("trl"))
                m_out->translators.append(name);
            else
                others.append(name);
        }
        if (m_out->creators.isEmpty())
            m_out->creators = others; // editors or compilers are better than no name at all
        elements.clear();
        findDescendants(metadata, "contributor", &elements);
        for (xmlNode *contributor : std::as_const(elements)) {
            QString role = attribute(contributor, "role");
            if (role.isEmpty())
                role = refinedRoles.value(attribute(contributor, "id"));
            if (role == QLatin1String("trl") && !textOf(contributor).isEmpty())
                m_out->translators.append(textOf(contributor));
        }

        elements.clear();
        findDescendants(metadata, "language", &elements);
        for (xmlNode *language : std::as_const(elements)) {
            if (m_out->language.isEmpty())
                m_out->language = textOf(language);
        }

        // EPUB 2 may give several dates with opf:event; the original publication says when the
        // work appeared, a modification or creation date only when the file was made.
        elements.clear();
        findDescendants(metadata, "date", &elements);
        int best = -1;
        for (xmlNode *date : std::as_const(elements)) {
            const QString event = attribute(date, "event");
            int rank = -1;
            if (event == QLatin1String("original-publication"))
                rank = 2;
            else if (event.isEmpty() || event == QLatin1String("publication"))
                rank = 1;
            if (rank > best && !textOf(date).isEmpty()) {
                best = rank;
                m_out->date = textOf(date);
            }
        }
    }

    void readTableOfContents(const QString &navPath, const QString &ncxPath)
    {
        auto load = [this](const QString &path, bool nav) {
            QVector<TocEntry> entries;
            const QString entry = m_zip.find(path);
            QByteArray bytes;
            QString message;
            if (entry.isEmpty())
                return entries;
            if (!m_zip.read(entry, &bytes, &message)) {
                m_out->warnings.append(EpubReader::tr("%1: %2; chapter titles taken from the chapters").arg(entry, message));
                return entries;
            }
            return nav ? readNav(bytes, entry) : readNcx(bytes, entry);
        };
        auto hitsSpine = [this](const QVector<TocEntry> &entries) {
            for (const TocEntry &entry : entries) {
                for (const EpubSpineItem &item : std::as_const(m_out->spine)) {
                    if (item.path == entry.path && !entry.label.isEmpty())
                        return true;
                }
            }
            return false;
        };

        QVector<TocEntry> entries;
        if (!navPath.isEmpty()) {
            entries = load(navPath, true);
            if (hitsSpine(entries))
                m_out->tocSource = navPath;
        }
        if (m_out->tocSource.isEmpty() && !ncxPath.isEmpty()) {
            entries = load(ncxPath, false);
            if (hitsSpine(entries))
                m_out->tocSource = ncxPath;
        }
        if (m_out->tocSource.isEmpty())
            return;
        for (EpubSpineItem &item : m_out->spine) {
            for (const TocEntry &entry : std::as_const(entries)) {
                if (entry.path != item.path)
                    continue;
                item.tocLabel = entry.label;
                item.tocHasChildren = entry.hasChildren;
                if (entry.parent >= 0)
                    item.tocParentLabel = entries.at(entry.parent).label;
                break; // the first entry for a file names it; later ones point into it
            }
        }
    }

    const FormatInput &m_input;
    EpubPackage *m_out;
    SourceError *m_error;
    ZipArchive m_zip;
};


// ---- The book: chapters through the HTML mapping -------------------------------------------------

//! Chapters with fewer words than this are covers, title pages or part title pages, not chapters.
constexpr int MinimumChapterWords = 25;
//! A converter's error page is short; a chapter about error pages would not be.
constexpr int MaximumErrorPageWords = 200;

int countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    bool hasLetter = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (inWord && hasLetter)
                ++words;
            inWord = hasLetter = false;
            continue;
        }
        inWord = true;
        hasLetter = hasLetter || c.isLetterOrNumber();
    }
    if (inWord && hasLetter)
        ++words;
    return words;
}

int yearIn(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("^\\s*\\(?(\\d{4})\\)?"));
    const QRegularExpressionMatch match = year.match(text);
    if (!match.hasMatch())
        return 0;
    const int value = match.captured(1).toInt();
    return value >= 1000 && value <= 2999 ? value : 0;
}

/*!
 * What a spine item looks like before the mapping: the words of its body (navigation included,
 * which is what a cover or a part title page has little of), its <title>, and the lines of its
 * body, where a cover keeps the year.
 */
struct PageGlance
{
    int words = 0;
    QString title;
    QStringList lines;
};

//! The text of every element that holds no other element: a cover's lines, one by one.
void collectLines(xmlNode *node, QStringList *lines)
{
    for (xmlNode *child : children(node)) {
        if (children(child).isEmpty()) {
            const QString text = textOf(child);
            if (!text.isEmpty())
                lines->append(text);
        } else {
            collectLines(child, lines);
        }
    }
}

PageGlance glance(const QByteArray &bytes)
{
    PageGlance page;
    XmlDoc doc = parseHtml(bytes);
    if (!doc)
        return page;
    xmlNode *root = xmlDocGetRootElement(doc.get());
    if (xmlNode *title = findDescendant(root, "title"))
        page.title = textOf(title);
    if (xmlNode *body = findDescendant(root, "body")) {
        page.words = countWords(textOf(body));
        collectLines(body, &page.lines);
    }
    return page;
}

bool isErrorPage(const PageGlance &page)
{
    static const QRegularExpression error(QStringLiteral("\\b404\\b|\\bnot found\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return page.words < MaximumErrorPageWords && error.match(page.title).hasMatch();
}

//! "1938: Dialectical and Historical Materialism" (how m2e titles books) → the year and the title.
QString withoutLeadingYear(const QString &title, int *year)
{
    static const QRegularExpression leading(QStringLiteral("^(\\d{4})\\s*:\\s*(\\S.*)$"));
    const QRegularExpressionMatch match = leading.match(title);
    if (!match.hasMatch() || yearIn(match.captured(1)) == 0)
        return title;
    if (year)
        *year = match.captured(1).toInt();
    return match.captured(2);
}

//! "J. V. Stalin September 1938" (m2e puts the date after the name) → the year and the name.
QString withoutTrailingDate(const QString &name, int *year)
{
    static const QRegularExpression trailing(
        QStringLiteral("^(.*?\\S)[\\s,]+(?:(?:January|February|March|April|May|June|July|August|September|October|"
                       "November|December)\\s+)?(\\d{4})$"));
    const QRegularExpressionMatch match = trailing.match(name);
    if (!match.hasMatch() || yearIn(match.captured(2)) == 0)
        return name;
    if (year)
        *year = match.captured(2).toInt();
    return match.captured(1);
}

QString fileStem(const QString &path)
{
    QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.left(dot) : name;
}

bool isXhtml(const QString &mediaType)
{
    return mediaType == QLatin1String("application/xhtml+xml") || mediaType == QLatin1String("text/html")
        || mediaType.isEmpty();
}

/*!
 * The encoding an XHTML chapter declares in its XML declaration, else UTF-8: XML's default, which
 * EPUB requires. The HTML reader only looks for <meta charset>, which EPUB chapters often lack.
 */
QByteArray xmlEncoding(const QByteArray &bytes)
{
    static const QRegularExpression declaration(
        QStringLiteral("^\\s*<\\?xml[^>]*\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']"));
    QByteArray head = bytes.left(200);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const QRegularExpressionMatch match = declaration.match(QString::fromLatin1(head));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArrayLiteral("utf-8");
}

class BookReader
{
public:
    BookReader(const FormatInput &input, ImportedText *out, SourceError *error)
        : m_input(input)
        , m_out(out)
        , m_error(error)
    {
    }

    bool read()
    {
        EpubPackage package;
        if (!readEpubPackage(m_input, &package, m_error))
            return false;
        m_out->warnings += package.warnings;
        m_out->declaredLanguage = package.language;
        readMetadata(package);

        struct Chapter
        {
            const EpubSpineItem *item;
            PageGlance page;
        };
        QVector<Chapter> kept;
        QVector<Chapter> tiny;
        for (const EpubSpineItem &item : std::as_const(package.spine)) {
            if (item.isNavDocument) {
                m_out->dropped.append(EpubReader::tr("%1: the table of contents").arg(item.path));
                continue;
            }
            if (!isXhtml(item.mediaType)) {
                m_out->dropped.append(EpubReader::tr("%1: not a text (%2)").arg(item.path, item.mediaType));
                continue;
            }
            const PageGlance page = glance(item.bytes);
            if (isErrorPage(page)) {
                m_out->dropped.append(EpubReader::tr("%1: a converter's error page (\"%2\")").arg(item.path, page.title));
                continue;
            }
            if (page.words < MinimumChapterWords) {
                tiny.append({&item, page});
                continue;
            }
            kept.append({&item, page});
        }
        QHash<QString, int> shortPages; // a page left out for its few words → its line in dropped
        // A book of nothing but short pages (a poem?) is still a book.
        if (kept.isEmpty()) {
            kept = tiny;
            tiny.clear();
        }
        if (kept.isEmpty())
            return fail(EpubReader::tr("the book has no chapter with text"));
        for (const Chapter &page : std::as_const(tiny)) {
            if (page.item->tocHasChildren)
                m_out->dropped.append(EpubReader::tr("%1: the title page of the part \"%2\" (its name is in the "
                                                     "titles of its chapters)")
                                          .arg(page.item->path, page.item->tocLabel));
            else
                m_out->dropped.append(EpubReader::tr("%1: a page with almost no text (a cover or title page)")
                                          .arg(page.item->path));
            shortPages.insert(page.item->path, static_cast<int>(m_out->dropped.size() - 1));
            // MIA-made books print the year on the cover page, nowhere else.
            if (m_year == 0 && page.item < kept.first().item) {
                for (const QString &line : page.page.lines) {
                    if (line.size() <= 6 && yearIn(line) != 0) {
                        m_year = yearIn(line);
                        break;
                    }
                }
            }
        }

        m_package = &package;
        QVector<MappedChapter> chapters;
        QHash<QString, QSet<QString>> movedNotes; // notes file → ids of its notes now beside their references
        for (int i = 0; i < kept.size(); ++i) {
            MappedChapter chapter;
            if (!readChapter(*kept.at(i).item, i + 1, kept.size(), &chapter))
                return false;
            for (auto it = chapter.notesFrom.cbegin(); it != chapter.notesFrom.cend(); ++it)
                movedNotes[it.key()] += it.value();
            chapters.append(chapter);
        }
        // A file of nothing but notes whose notes went to the chapters citing them is no chapter.
        QVector<MappedChapter> readings;
        for (const MappedChapter &chapter : std::as_const(chapters)) {
            if (movedNotes.contains(chapter.path) && chapters.size() > 1 && isNotesOnly(chapter.path)) {
                m_out->dropped.append(notesFileMoved(chapter.path, movedNotes.value(chapter.path).size()));
                continue;
            }
            m_out->warnings += chapter.warnings;
            m_out->dropped += chapter.dropped;
            readings.append(chapter);
        }
        for (const EpubSpineItem &document : std::as_const(package.linkedDocuments)) {
            if (movedNotes.contains(document.path))
                m_out->dropped.append(notesFileMoved(document.path, movedNotes.value(document.path).size()));
        }
        // A notes file of a few short notes was left out as a page with almost no text; its notes
        // went to their chapters, and the report says so instead.
        for (auto it = shortPages.cbegin(); it != shortPages.cend(); ++it) {
            if (movedNotes.contains(it.key()))
                m_out->dropped[it.value()] = notesFileMoved(it.key(), movedNotes.value(it.key()).size());
        }

        QSet<QString> ids;
        for (const MappedChapter &chapter : std::as_const(readings)) {
            Reading reading = chapter.reading;
            QString id = makeReadingId(reading.author, m_title + QLatin1Char(' ') + reading.title);
            for (int n = 2; ids.contains(id); ++n)
                id = makeReadingId(reading.author, m_title + QLatin1Char(' ') + reading.title) + QLatin1Char('-')
                    + QString::number(n);
            ids.insert(id);
            reading.id = id;
            m_out->readings.append(reading);
        }
        m_out->workTitle = m_title;
        return true;
    }

private:
    bool fail(const QString &message)
    {
        *m_error = SourceError{m_input.sourceName, 0, 0, message};
        return false;
    }

    void readMetadata(const EpubPackage &package)
    {
        m_year = yearIn(package.date);
        int titleYear = 0;
        m_title = withoutLeadingYear(package.title, &titleYear);
        QStringList authors;
        int authorYear = 0;
        for (const QString &creator : package.creators)
            authors.append(withoutTrailingDate(creator, &authorYear));
        m_author = authors.join(QLatin1String(", "));
        m_translator = package.translators.join(QLatin1String(", "));
        if (m_year == 0)
            m_year = titleYear != 0 ? titleYear : authorYear;
        if (m_title.isEmpty()) {
            QString name = m_input.sourceName.mid(m_input.sourceName.lastIndexOf(QLatin1Char('/')) + 1);
            if (name.endsWith(QLatin1String(".epub"), Qt::CaseInsensitive))
                name.chop(5);
            m_title = name;
        }
    }

    //! A chapter as the mapping made it, before the book decides which files are chapters.
    struct MappedChapter
    {
        QString path;
        Reading reading;
        QStringList warnings;
        QStringList dropped;
        QHash<QString, QSet<QString>> notesFrom;
    };

    static QString notesFileMoved(const QString &path, qsizetype notes)
    {
        // "(3)" as every count in the report is given ("navigation links (12)").
        return EpubReader::tr("the notes file %1, its notes moved beside their references (%2)").arg(path).arg(notes);
    }

    //! The spine item or linked document at zip entry @p path (letter case aside), or null.
    const EpubSpineItem *documentAt(const QString &path)
    {
        if (m_documents.isEmpty()) {
            // Indexed once: a chapter may link to thousands of names.
            for (const QVector<EpubSpineItem> *items : {&m_package->spine, &m_package->linkedDocuments}) {
                for (const EpubSpineItem &item : *items) {
                    if (!m_documents.contains(item.path.toLower()))
                        m_documents.insert(item.path.toLower(), &item);
                }
            }
        }
        const EpubSpineItem *item = m_documents.value(path.toLower());
        return item && isXhtml(item->mediaType) && !item->isNavDocument ? item : nullptr;
    }

    //! @p item decoded as readHtml() decodes a chapter, once per book.
    bool decoded(const EpubSpineItem &item, QByteArray *utf8, QStringList *warnings, SourceError *error)
    {
        const auto cached = m_decoded.constFind(item.path);
        if (cached != m_decoded.cend()) {
            *utf8 = cached.value();
            return true;
        }
        FormatInput input;
        input.bytes = item.bytes;
        input.sourceName = m_input.sourceName + QLatin1String(": ") + item.path;
        input.httpCharset = xmlEncoding(item.bytes);
        if (!decodeHtml(input, utf8, warnings, error))
            return false;
        m_decoded.insert(item.path, *utf8);
        return true;
    }

    //! What a link of the chapter at @p base leads to, for the notes kept in another file.
    bool linkedDocument(const QString &base, const QString &href, LinkedDocument *out)
    {
        QString entry;
        if (resolveHref(base, href, &entry) != PathResult::Resolved)
            return false; // another site, or outside the book: never
        const EpubSpineItem *item = documentAt(entry);
        QStringList ignored;
        SourceError error;
        if (!item || !decoded(*item, &out->utf8, &ignored, &error))
            return false;
        out->key = item->path;
        out->sourceName = m_input.sourceName + QLatin1String(": ") + item->path;
        return true;
    }

    bool isNotesOnly(const QString &path)
    {
        const EpubSpineItem *item = documentAt(path);
        HtmlSource source;
        QStringList ignored;
        SourceError error;
        return item && decoded(*item, &source.utf8, &ignored, &error) && htmlNotesOnlyCount(source) > 0;
    }

    bool readChapter(const EpubSpineItem &item, int number, int count, MappedChapter *mapped)
    {
        HtmlSource source;
        source.sourceName = m_input.sourceName + QLatin1String(": ") + item.path;
        source.documentKey = item.path;
        source.linkedCache = &m_linkedCache;
        const QString base = item.path;
        source.linkedDocument = [this, base](const QString &href, LinkedDocument *out) {
            return linkedDocument(base, href, out);
        };
        QStringList warnings;
        HtmlMapping mapping;
        if (!decoded(item, &source.utf8, &warnings, m_error) || !mapHtml(source, &mapping, m_error))
            return false;
        mapped->path = item.path;
        mapped->notesFrom = mapping.notesFromLinkedDocuments;
        Reading *reading = &mapped->reading;
        *reading = mapping.reading;
        if (reading->title.isEmpty())
            reading->title = QFileInfo(item.path).completeBaseName(); // as readHtml() names an untitled page
        for (const QString &warning : std::as_const(warnings) + mapping.warnings)
            mapped->warnings.append(item.path + QLatin1String(": ") + warning);
        for (const QString &dropped : std::as_const(mapping.dropped))
            mapped->dropped.append(item.path + QLatin1String(": ") + dropped);

        QString title = item.tocLabel;
        if (title.isEmpty() || title.compare(fileStem(item.path), Qt::CaseInsensitive) == 0)
            title = withoutLeadingYear(reading->title, nullptr);
        if (title.isEmpty())
            title = count == 1 ? m_title : EpubReader::tr("Chapter %1").arg(number);
        if (!item.tocParentLabel.isEmpty() && !title.startsWith(item.tocParentLabel))
            title = item.tocParentLabel + QLatin1String(": ") + title;
        reading->title = title;
        reading->work = m_title;
        if (!m_author.isEmpty())
            reading->author = m_author;
        if (!m_translator.isEmpty() && reading->translator.isEmpty())
            reading->translator = m_translator;
        // A chapter that says when it was written or published knows better than the book.
        if (reading->year == 0)
            reading->year = m_year;
        if (!m_out->declaredLanguage.isEmpty())
            reading->language = m_out->declaredLanguage;
        else if (!mapping.declaredLanguage.isEmpty())
            reading->language = mapping.declaredLanguage;
        if (m_input.sourceUrl.isValid())
            reading->source = m_input.sourceUrl;
        return true;
    }

    const FormatInput &m_input;
    ImportedText *m_out;
    SourceError *m_error;
    QString m_title;
    QString m_author;
    QString m_translator;
    int m_year = 0;
    const EpubPackage *m_package = nullptr;
    QHash<QString, QByteArray> m_decoded; //!< entry → its text as UTF-8
    LinkedDocumentCache m_linkedCache;     //!< notes files parsed once for the whole book
    QHash<QString, const EpubSpineItem *> m_documents; //!< lower-cased entry → spine item or linked document
};

} // namespace

bool looksLikeEpub(const QByteArray &bytes)
{
    if (!bytes.startsWith("PK\x03\x04") || bytes.size() < 30)
        return false;
    // The specification's mark: a stored first entry "mimetype" right after its local header.
    const auto u16 = [&bytes](int at) {
        return static_cast<int>(static_cast<uchar>(bytes.at(at)))
            | (static_cast<int>(static_cast<uchar>(bytes.at(at + 1))) << 8);
    };
    const int nameLength = u16(26);
    const int extraLength = u16(28);
    if (nameLength == 8 && bytes.mid(30, 8) == "mimetype"
        && bytes.mid(30 + nameLength + extraLength, int(sizeof EpubMimeType) - 1) == EpubMimeType)
        return true;

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &error);
    bool result = false;
    if (source) {
        if (zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error)) {
            result = zip_name_locate(archive, ContainerPath, 0) >= 0;
            zip_discard(archive);
        } else {
            zip_source_free(source);
        }
    }
    zip_error_fini(&error);
    return result;
}

bool readEpubPackage(const FormatInput &input, EpubPackage *out, SourceError *error)
{
    EpubPackage package;
    PackageReader reader(input, &package, error);
    if (!reader.read())
        return false;
    *out = package;
    return true;
}

bool readEpub(const FormatInput &input, ImportedText *out, SourceError *error)
{
    ImportedText imported;
    BookReader reader(input, &imported, error);
    if (!reader.read())
        return false;
    *out = imported;
    return true;
}

} // namespace redletter
