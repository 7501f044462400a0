// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/formats/htmlmapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace redletter {

namespace {

//! Translation context of the HTML mapping's messages.
class HtmlMapper
{
    Q_DECLARE_TR_FUNCTIONS(redletter::HtmlMapper)
};

constexpr char16_t LineSeparator = 0x2028; // a hard line break inside a block, as readingparser makes it

// ---- libxml2 helpers ---------------------------------------------------------------------------

struct DocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
struct ContextFree
{
    void operator()(htmlParserCtxt *context) const { htmlFreeParserCtxt(context); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

QString fromXml(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

bool isElement(const xmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE;
}

//! The element's name in lower case (the HTML parser lowercases; XHTML prefixes are not expected).
QByteArray tagOf(const xmlNode *node)
{
    return isElement(node) ? QByteArray(reinterpret_cast<const char *>(node->name)).toLower() : QByteArray();
}

QString attribute(const xmlNode *node, const char *name)
{
    if (!isElement(node))
        return QString();
    // The HTML parser keeps "epub:type" as one attribute name; an XHTML namespace prefix too.
    for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
        if (qstricmp(reinterpret_cast<const char *>(attr->name), name) != 0)
            continue;
        xmlChar *value = xmlNodeListGetString(node->doc, attr->children, 1);
        const QString result = fromXml(value);
        xmlFree(value);
        return result;
    }
    return QString();
}

bool hasAttribute(const xmlNode *node, const char *name)
{
    if (!isElement(node))
        return false;
    for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
        if (qstricmp(reinterpret_cast<const char *>(attr->name), name) == 0)
            return true;
    }
    return false;
}

QStringList classesOf(const xmlNode *node)
{
    return attribute(node, "class").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool hasClass(const xmlNode *node, const char *name)
{
    return classesOf(node).contains(QLatin1String(name));
}

//! EPUB 3 `epub:type` and ARIA `role` words ("noteref", "doc-footnote" …).
QStringList semanticTypes(const xmlNode *node)
{
    QStringList types = attribute(node, "epub:type").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    types += attribute(node, "type").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    types += attribute(node, "role").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return types;
}

bool isNoteContainer(const xmlNode *node)
{
    if (!isElement(node))
        return false;
    const QStringList types = semanticTypes(node);
    for (const QString &type : types) {
        if (type == QLatin1String("footnote") || type == QLatin1String("endnote")
            || type == QLatin1String("rearnote") || type == QLatin1String("doc-footnote")
            || type == QLatin1String("doc-endnote"))
            return true;
    }
    return false;
}

//! A section that gathers notes: `<section epub:type="endnotes">`, `role="doc-endnotes"` …
bool isNotesSection(const xmlNode *node)
{
    const QStringList types = semanticTypes(node);
    for (const QString &type : types) {
        if (type == QLatin1String("endnotes") || type == QLatin1String("footnotes") || type == QLatin1String("rearnotes")
            || type == QLatin1String("doc-endnotes") || type == QLatin1String("doc-footnotes"))
            return true;
    }
    return false;
}

bool isDeclaredNoteReference(const xmlNode *link)
{
    const QStringList types = semanticTypes(link);
    return types.contains(QLatin1String("noteref")) || types.contains(QLatin1String("doc-noteref"));
}

bool isDeclaredBackLink(const xmlNode *link)
{
    const QStringList types = semanticTypes(link);
    return types.contains(QLatin1String("backlink")) || types.contains(QLatin1String("doc-backlink"));
}

QString textContent(const xmlNode *node)
{
    xmlChar *content = xmlNodeGetContent(node);
    const QString text = fromXml(content);
    xmlFree(content);
    return text;
}

QString simplified(const QString &text)
{
    QString result = text;
    result.replace(QChar(0xA0), QLatin1Char(' '));
    return result.simplified();
}

bool isHeadingTag(const QByteArray &tag)
{
    return tag.size() == 2 && tag.at(0) == 'h' && tag.at(1) >= '1' && tag.at(1) <= '6';
}

bool isBlockTag(const QByteArray &tag)
{
    static const QSet<QByteArray> blocks = {
        "p", "div", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "pre", "table", "tr", "td", "th",
        "thead", "tbody", "tfoot", "caption", "section", "article", "aside", "header", "footer", "main",
        "figure", "figcaption", "center", "address", "hr", "body", "html", "nav", "details", "summary",
        "h1", "h2", "h3", "h4", "h5", "h6"};
    return blocks.contains(tag);
}

bool isSkippedTag(const QByteArray &tag)
{
    static const QSet<QByteArray> skipped = {"head", "script", "style", "noscript", "template", "iframe",
                                             "object", "embed", "form", "button", "select", "input",
                                             "textarea", "svg", "canvas", "audio", "video", "map"};
    return skipped.contains(tag);
}

//! The nearest block-level ancestor (or @p node itself).
const xmlNode *blockOf(const xmlNode *node)
{
    for (const xmlNode *n = node; n; n = n->parent) {
        if (isElement(n) && isBlockTag(tagOf(n)))
            return n;
    }
    return nullptr;
}

bool isInside(const xmlNode *node, const xmlNode *ancestor)
{
    for (const xmlNode *n = node; n; n = n->parent) {
        if (n == ancestor)
            return true;
    }
    return false;
}

// ---- MIA conventions ---------------------------------------------------------------------------

//! Paragraph classes MIA uses for everything around the text.
enum class PageFurniture { None, Breadcrumbs, Footer, PageNote };

PageFurniture furnitureOf(const xmlNode *node)
{
    const QStringList classes = classesOf(node);
    if (classes.contains(QLatin1String("title")) && tagOf(node) == "p")
        return PageFurniture::Breadcrumbs;
    if (classes.contains(QLatin1String("footer")) || classes.contains(QLatin1String("next"))
        || classes.contains(QLatin1String("fst")) || classes.contains(QLatin1String("toplink"))
        || classes.contains(QLatin1String("updat")) || classes.contains(QLatin1String("linkback")))
        return PageFurniture::Footer;
    if (classes.contains(QLatin1String("pagenote")))
        return PageFurniture::PageNote;
    return PageFurniture::None;
}

bool isQuoteParagraph(const xmlNode *node)
{
    const QStringList classes = classesOf(node);
    static const QStringList quotes = {QStringLiteral("quote"), QStringLiteral("quoteb"),
                                       QStringLiteral("quotec"), QStringLiteral("indentb"),
                                       QStringLiteral("indent")};
    for (const QString &c : classes) {
        if (quotes.contains(c))
            return true;
    }
    return false;
}

//! The page-wide `<blockquote><div class="border">` of MIA pages: layout, not a quotation.
bool isWrapperQuote(const xmlNode *node)
{
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE && simplified(fromXml(child->content)).isEmpty())
            continue;
        if (child->type == XML_COMMENT_NODE)
            continue;
        return isElement(child) && tagOf(child) == "div" && hasClass(child, "border");
    }
    return false;
}

//! "(1)", "[A]", "12.", "*" → "1", "A", "12", "*": how a note is labelled in print.
QString noteLabel(const QString &markText)
{
    QString label = simplified(markText);
    static const QRegularExpression decoration(QStringLiteral("^[\\[(]+|[\\])]+$|\\.$"));
    for (int i = 0; i < 3; ++i)
        label.remove(decoration);
    return label.trimmed();
}

//! "[1]", "(a)", "*" — and "[1*]", how German MIA pages mark the author's notes beside the editors' "[1]".
bool looksLikeNoteMark(const QString &text)
{
    static const QRegularExpression mark(
        QStringLiteral("^\\s*[\\[(]?\\s*([0-9]{1,3}\\*?|[A-Za-z]|[*\\x{2020}\\x{2021}\\x{00A7}]{1,3})\\s*[.)\\]]?\\s*$"));
    return mark.match(text).hasMatch();
}

//! What the mapping recognises by its wording rather than its markup.
enum class Wording {
    NotesHeading,       //!< "Notes", "Editorial Notes", "Anmerkungen", "Notes de l'éditeur" …
    EditorialHeading,   //!< a notes heading that is the editors', not the author's
    EditorialNoteStart, //!< "Note by the MIA", "Transcriber's note" … at a note's start
    NavigationWord,     //!< link text of navigation bars: "Next", "Previous", "Contents", "Index" …
    FooterLine,         //!< "Last updated …", the archive's name
    DateLine,           //!< a heading line that is only a date ("May, 1871", "1848", "12 March 1883")
    BackLinkWord,       //!< a back link's text: "↩", "↑", "^", "back"
};

/*!
 * Whether @p text, its white space simplified, reads as @p wording, ignoring case. One table of
 * the patterns, in English, German and French, so that a new language or spelling is one place.
 */
bool says(const QString &text, Wording wording)
{
    static const QVector<QRegularExpression> patterns = [] {
        const QStringList sources = {
            QStringLiteral("^\\W*(authors?'?s?\\s+|editorial\\s+|editor'?s\\s+|transcriber'?s\\s+|translator'?s\\s+|end\\s*|foot\\s*|mia\\s+)?notes?\\W*$"
                           "|^\\W*(anmerkungen|fu\\x{00DF}noten|notes de l'\\S+|remarques)\\W*$"),
            QStringLiteral("editor|transcriber|\\bMIA\\b"),
            QStringLiteral("^\\W*(?:[0-9]{1,3}|[A-Za-z])?[.)\\]]?\\s*[\\[(]?\\s*"
                           "(note by the mia|mia note|note of the mia|transcriber.?s note|editor.?s note|note by the editors?|ed\\.\\s*note|ed\\.\\])"),
            QStringLiteral("^\\W*(next|previous|prev|back|up|top|home|index|contents|table of contents|"
                           "next chapter|previous chapter|next section|main page|archive|library|"
                           "top of page|back to top|to top|anfang der seite|seitenanfang|nach oben|haut de page|"
                           "weiter|zur\\x{00FC}ck|inhalt|suivant|pr\\x{00E9}c\\x{00E9}dent|sommaire)\\W*$"),
            QStringLiteral("^\\W*(last updated|last modified|updated:)|marxists internet archive|marxists\\.org"),
            QStringLiteral("^\\W*(\\d{1,2}\\s+)?(January|February|March|April|May|June|July|August|September|"
                           "October|November|December|Spring|Summer|Autumn|Fall|Winter|Late|Early)?\\.?\\s*"
                           "(\\d{1,2},?\\s+)?,?\\s*(1[5-9][0-9]{2}|20[0-9]{2})\\W*$"),
            QStringLiteral("^\\W*(back|return|zur\\x{00FC}ck|retour)?\\W*$"),
        };
        QVector<QRegularExpression> compiled;
        for (const QString &source : sources)
            compiled.append(QRegularExpression(source, QRegularExpression::CaseInsensitiveOption));
        return compiled;
    }();
    return patterns.at(static_cast<int>(wording)).match(simplified(text)).hasMatch();
}

int yearIn(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("\\b(1[5-9][0-9]{2}|20[0-9]{2})\\b"));
    const QRegularExpressionMatch match = year.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

//! @p value as a YAML scalar, exactly as the reading parser keeps front-matter values it does not know.
QString yamlString(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const std::string dumped = YAML::Dump(YAML::Node(std::string(utf8.constData(), static_cast<size_t>(utf8.size()))));
    return QString::fromUtf8(dumped.data(), static_cast<int>(dumped.size()));
}

//! The text of a back link: "↩", "↑", "^", a note mark, "back".
bool isBackLinkText(const QString &text)
{
    return says(text, Wording::BackLinkWord) || looksLikeNoteMark(text);
}

//! A note kept apart from its text opens with its label linking back to the reference:
//! `<p id="n1"><a href="ch1.html#r1">1</a> The note.</p>`, maybe inside a `<sup>` or a `<p>`.
bool opensWithLinkBack(const xmlNode *block)
{
    const xmlNode *node = block->children;
    for (int depth = 0; node && depth < 4;) {
        if (node->type == XML_TEXT_NODE && simplified(fromXml(node->content)).isEmpty()) {
            node = node->next;
            continue;
        }
        if (!isElement(node))
            return false;
        if (tagOf(node) == "a") {
            const QString href = attribute(node, "href");
            return href.indexOf(QLatin1Char('#')) >= 0 && isBackLinkText(textContent(node));
        }
        node = node->children;
        ++depth;
    }
    return false;
}

// ---- Parsing -----------------------------------------------------------------------------------

//! Watches the parser's stack of open elements and stops it at the depth limit, so a page of
//! 100,000 nested elements costs a few hundred start tags, never a deep tree or a deep walk.
struct DepthGuard
{
    startElementSAXFunc startElement = nullptr;
    bool tooDeep = false;
    int line = 0;
    int column = 0;
};

void guardedStartElement(void *context, const xmlChar *name, const xmlChar **attributes)
{
    auto *parser = static_cast<htmlParserCtxtPtr>(context);
    auto *guard = static_cast<DepthGuard *>(parser->_private);
    if (guard && parser->nameNr > MaximumHtmlDepth) {
        if (!guard->tooDeep) {
            guard->tooDeep = true;
            guard->line = parser->input ? parser->input->line : 0;
            guard->column = parser->input ? parser->input->col : 0;
        }
        xmlStopParser(parser);
        return;
    }
    if (guard && guard->startElement)
        guard->startElement(context, name, attributes);
}

bool parseHtml(const HtmlSource &source, DocPtr *doc, SourceError *error)
{
    std::unique_ptr<htmlParserCtxt, ContextFree> parser(htmlNewParserCtxt());
    if (!parser || !parser->sax) {
        *error = SourceError{source.sourceName, 0, 0, HtmlMapper::tr("the HTML parser could not start")};
        return false;
    }
    DepthGuard guard;
    guard.startElement = parser->sax->startElement;
    parser->sax->startElement = guardedStartElement;
    parser->_private = &guard;
    // Never the network (no DTDs, no entities from outside); never noise on stderr; recover from
    // the broken markup real pages have; the charset was settled before (html.cpp).
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
        | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
    const QByteArray url = source.url.toEncoded();
    xmlDoc *parsed = htmlCtxtReadMemory(parser.get(), source.utf8.constData(), static_cast<int>(source.utf8.size()),
                                        url.isEmpty() ? nullptr : url.constData(), "UTF-8", options);
    doc->reset(parsed);
    const xmlError *last = xmlCtxtGetLastError(parser.get());
    const bool libxmlTooDeep = last && last->message
        && QByteArray(last->message).contains("depth");
    if (guard.tooDeep || libxmlTooDeep) {
        const int line = guard.tooDeep ? guard.line : (last ? last->line : 0);
        const int column = guard.tooDeep ? guard.column : (last ? last->int2 : 0);
        *error = SourceError{source.sourceName, line, column,
                             HtmlMapper::tr("elements are nested too deeply (more than %1 levels)")
                                 .arg(MaximumHtmlDepth)};
        doc->reset();
        return false;
    }
    if (!*doc || !xmlDocGetRootElement(doc->get())) {
        *error = SourceError{source.sourceName, 1, 1, HtmlMapper::tr("not an HTML document: no elements found")};
        return false;
    }
    return true;
}

//! Another document of the book, parsed once for all the references into it.
struct LinkedPage
{
    QString key;
    DocPtr doc;
    QHash<QString, const xmlNode *> anchors;
};

} // namespace

struct LinkedDocumentCache::Private
{
    std::vector<std::unique_ptr<LinkedPage>> pages;
    QHash<QString, const LinkedPage *> byKey;
};

LinkedDocumentCache::LinkedDocumentCache()
    : d(std::make_unique<Private>())
{
}

LinkedDocumentCache::~LinkedDocumentCache() = default;

struct LinkedDocumentCacheAccess
{
    static LinkedDocumentCache::Private &of(LinkedDocumentCache *cache) { return *cache->d; }
};

namespace {

// ---- The page's structure, before mapping ------------------------------------------------------

struct NoteDefinition
{
    bool editorial = false;
    bool container = false; //!< an epub:type/role footnote element: its content is the note, nothing after it
    QString label;
    int index = -1;         //!< into footnotes or editorial notes, given at the first reference
};

struct PageMetadata
{
    QString title;       //!< <title>
    QString author;
    QString work;
    int year = 0;
    int informationYear = 0;
    int breadcrumbYear = 0;
    int headerYear = 0;     //!< "J. V. Stalin September 1938" in the page header
    QString translator;
    QVector<ExtraMetadata> extra;
    QString language;
};

//! Everything the mapping needs to know before it walks: ids, note references and definitions.
class PageIndex
{
public:
    //! @p source, when given, may lead to notes in other documents of the book.
    explicit PageIndex(xmlDoc *doc, const HtmlSource *source = nullptr)
        : m_source(source)
    {
        index(xmlDocGetRootElement(doc), 0, &order, &elements, &anchors);
        findNotes();
    }

    QHash<const xmlNode *, int> order;               //!< document order of elements
    QVector<const xmlNode *> elements;                //!< in document order
    QHash<QString, const xmlNode *> anchors;          //!< id/name → element
    QHash<const xmlNode *, const xmlNode *> refs;     //!< reference link → its definition element
    QHash<const xmlNode *, NoteDefinition> definitions;
    QSet<QString> referenceNames;                     //!< ids/names of the reference links (for back links)
    QVector<const xmlNode *> footnoteOrder;           //!< definitions of footnotes, in order of first reference
    QVector<const xmlNode *> editorialOrder;          //!< same for the archive's notes
    QVector<const xmlNode *> linkedDefinitions;       //!< definitions that stand in other documents
    QHash<QString, QSet<QString>> linkedNotes;        //!< document key → ids of the notes taken from it
    QStringList warnings;                             //!< references whose notes cannot be found

private:
    static void index(const xmlNode *node, int depth, QHash<const xmlNode *, int> *order,
                      QVector<const xmlNode *> *elements, QHash<QString, const xmlNode *> *anchors)
    {
        // Depth is bounded by the parser guard; the check keeps this walk safe on its own.
        if (depth > MaximumHtmlDepth + 8)
            return;
        for (const xmlNode *n = node; n; n = n->next) {
            if (!isElement(n))
                continue;
            order->insert(n, static_cast<int>(elements->size()));
            elements->append(n);
            for (const char *key : {"id", "name"}) {
                const QString value = attribute(n, key);
                if (!value.isEmpty() && !anchors->contains(value))
                    anchors->insert(value, n);
            }
            index(n->children, depth + 1, order, elements, anchors);
        }
    }

    //! Where a link leads: an element of this page or of another document, or nowhere.
    struct LinkTarget
    {
        const xmlNode *element = nullptr;
        const LinkedPage *page = nullptr; //!< null: this page
        QString fragment;
        bool unreadable = false;          //!< the link names a document that cannot be found or read
    };

    LinkTarget targetOf(const QString &href)
    {
        LinkTarget target;
        const qsizetype hash = href.indexOf(QLatin1Char('#'));
        if (hash < 0 || hash + 1 >= href.size())
            return target;
        target.fragment = href.mid(hash + 1);
        if (hash == 0) {
            target.element = anchors.value(target.fragment);
            return target;
        }
        if (!m_source || !m_source->linkedDocument)
            return target; // a lone page's links lead to the web, never to its notes
        const int found = linkedPage(href.left(hash));
        if (found == SamePage) {
            target.element = anchors.value(target.fragment);
        } else if (found == NoPage) {
            target.unreadable = true;
        } else {
            target.page = m_linked.at(found);
            target.element = target.page->anchors.value(target.fragment);
        }
        return target;
    }

    static constexpr int SamePage = -1;
    static constexpr int NoPage = -2;

    //! The index of the document @p path names in m_linked, parsing it the first time.
    int linkedPage(const QString &path)
    {
        const auto known = m_linkedByPath.constFind(path);
        if (known != m_linkedByPath.cend())
            return known.value();
        int result = NoPage;
        LinkedDocument document;
        if (m_source->linkedDocument(path, &document)) {
            if (document.key == m_source->documentKey) {
                result = SamePage;
            } else {
                for (int i = 0; i < m_linked.size(); ++i) {
                    if (m_linked.at(i)->key == document.key)
                        result = i;
                }
                if (result == NoPage && m_linked.size() < MaximumLinkedDocuments) {
                    if (const LinkedPage *page = parsedPage(document)) {
                        m_linked.append(page);
                        result = static_cast<int>(m_linked.size() - 1);
                    }
                }
            }
        }
        m_linkedByPath.insert(path, result);
        return result;
    }

    //! @p document parsed and indexed, from the book's cache when there is one; null when unreadable.
    const LinkedPage *parsedPage(const LinkedDocument &document)
    {
        auto *cache = m_source->linkedCache ? &LinkedDocumentCacheAccess::of(m_source->linkedCache) : nullptr;
        if (cache && cache->byKey.contains(document.key))
            return cache->byKey.value(document.key);
        auto page = std::make_unique<LinkedPage>();
        page->key = document.key;
        SourceError ignored;
        HtmlSource linked;
        linked.utf8 = document.utf8;
        linked.sourceName = document.sourceName;
        // The same parser and depth guard as the page itself.
        const bool parsed = parseHtml(linked, &page->doc, &ignored);
        if (parsed) {
            QHash<const xmlNode *, int> order;
            QVector<const xmlNode *> elements;
            index(xmlDocGetRootElement(page->doc.get()), 0, &order, &elements, &page->anchors);
        }
        const LinkedPage *result = parsed ? page.get() : nullptr;
        // An unreadable document is remembered too, so that it is not parsed again for every page.
        if (cache) {
            cache->byKey.insert(document.key, result);
            if (parsed)
                cache->pages.push_back(std::move(page));
        } else if (parsed) {
            m_ownPages.push_back(std::move(page));
        }
        return result;
    }

    //! A note in another document is one when it is marked as a note, stands among notes, answers
    //! a reference declared as one, or links back: a chapter's paragraph that merely has an id is not.
    static bool isLinkedDefinition(const xmlNode *reference, const xmlNode *definition)
    {
        if (tagOf(definition) == "body" || isHeadingTag(tagOf(definition)))
            return false;
        if (isNoteContainer(definition) || isDeclaredNoteReference(reference) || opensWithLinkBack(definition))
            return true;
        for (const xmlNode *n = definition->parent; n; n = n->parent) {
            if (isNotesSection(n))
                return true;
        }
        return false;
    }

    void warnNoteNotFound(const xmlNode *link, const QString &href, bool unreadable)
    {
        // A page of thousands of broken marks says so in a few lines, not thousands.
        constexpr int MaximumNamedMarks = 20;
        if (m_unnamedMissingNotes > 0 || warnings.size() >= MaximumNamedMarks) {
            ++m_unnamedMissingNotes;
            return;
        }
        const QString mark = simplified(textContent(link));
        warnings.append(unreadable ? HtmlMapper::tr("the note mark \"%1\" links to %2, which is not in the book: "
                                                    "the mark stays as text")
                                         .arg(mark, href)
                                   : HtmlMapper::tr("the note mark \"%1\" links to %2, where there is no note: "
                                                    "the mark stays as text")
                                         .arg(mark, href));
    }

    const HtmlSource *m_source = nullptr;
    int m_unnamedMissingNotes = 0;
    std::vector<std::unique_ptr<LinkedPage>> m_ownPages; //!< without a cache: this page's alone
    QVector<const LinkedPage *> m_linked;                //!< the documents this page cites, in the cap
    QHash<QString, int> m_linkedByPath;

    bool isNoteLikeLink(const xmlNode *link) const
    {
        const QStringList types = semanticTypes(link);
        if (types.contains(QLatin1String("noteref")) || types.contains(QLatin1String("doc-noteref")))
            return true;
        for (const xmlNode *n = link->parent; n && isElement(n) && !isBlockTag(tagOf(n)); n = n->parent) {
            const QByteArray tag = tagOf(n);
            if (tag == "sup" || hasClass(n, "note") || hasClass(n, "enote") || hasClass(n, "anote") || hasClass(n, "ednote"))
                return true;
        }
        for (const xmlNode *child = link->children; child; child = child->next) {
            if (tagOf(child) == "sup")
                return true;
        }
        return looksLikeNoteMark(textContent(link));
    }

    const xmlNode *definitionElement(const xmlNode *target) const
    {
        for (const xmlNode *n = target; n; n = n->parent) {
            if (isNoteContainer(n))
                return n;
        }
        return blockOf(target);
    }

    void findNotes()
    {
        struct Candidate
        {
            const xmlNode *link;
            const xmlNode *definition;
        };
        QVector<Candidate> candidates;
        QHash<const xmlNode *, QPair<QString, QString>> linkedIds; // reference → document key, note id
        for (const xmlNode *element : std::as_const(elements)) {
            if (tagOf(element) != "a")
                continue;
            const QString href = attribute(element, "href");
            const LinkTarget target = targetOf(href);
            if (!target.element && (target.unreadable || target.page) && isNoteLikeLink(element)) {
                warnNoteNotFound(element, href, target.unreadable);
                continue;
            }
            if (!target.element || !isNoteLikeLink(element))
                continue;
            const xmlNode *definition = definitionElement(target.element);
            if (!definition || isInside(element, definition))
                continue;
            const bool container = isNoteContainer(definition);
            if (target.page) {
                if (!isLinkedDefinition(element, definition)) {
                    if (isDeclaredNoteReference(element))
                        warnNoteNotFound(element, href, false);
                    continue;
                }
                linkedIds.insert(element, {target.page->key, target.fragment});
            } else if (!container) {
                if (order.value(definition) < order.value(element) || tagOf(definition) == "body")
                    continue;
                // An endnote links back to its reference (MIA: <a href="#ab1" name="a1">), or is
                // one of MIA's information paragraphs.
                bool linksBack = false;
                for (const QString &name : {attribute(element, "name"), attribute(element, "id")}) {
                    if (!name.isEmpty() && hasLinkTo(definition, name))
                        linksBack = true;
                }
                const QStringList types = semanticTypes(element);
                const bool declared = types.contains(QLatin1String("noteref")) || types.contains(QLatin1String("doc-noteref"));
                if (!linksBack && !declared && !hasClass(definition, "information"))
                    continue;
            }
            candidates.append(Candidate{element, definition});
            if (!definitions.contains(definition)) {
                NoteDefinition note;
                note.container = container;
                note.label = noteLabel(textContent(element));
                definitions.insert(definition, note);
            }
        }
        if (m_unnamedMissingNotes > 0)
            warnings.append(HtmlMapper::tr("%1 more note marks whose notes cannot be found stay as text")
                                .arg(m_unnamedMissingNotes));
        // A link inside a definition is its back link or a cross reference, never a reference.
        bool numbered = false;
        for (const Candidate &candidate : std::as_const(candidates)) {
            bool insideDefinition = false;
            for (const xmlNode *n = candidate.link->parent; n; n = n->parent) {
                if (definitions.contains(n)) {
                    insideDefinition = true;
                    break;
                }
            }
            if (insideDefinition)
                continue;
            refs.insert(candidate.link, candidate.definition);
            const auto linked = linkedIds.constFind(candidate.link);
            if (linked != linkedIds.cend())
                linkedNotes[linked->first].insert(linked->second);
            for (const char *key : {"id", "name"}) {
                const QString name = attribute(candidate.link, key);
                if (!name.isEmpty())
                    referenceNames.insert(name);
            }
            if (definitions.value(candidate.definition).label.contains(QRegularExpression(QStringLiteral("^[0-9]+$"))))
                numbered = true;
        }
        // Definitions nobody refers to (only from other definitions) are not notes.
        QSet<const xmlNode *> referenced;
        for (auto it = refs.cbegin(); it != refs.cend(); ++it)
            referenced.insert(it.value());
        for (auto it = definitions.begin(); it != definitions.end();) {
            if (!referenced.contains(it.key()) && !it.value().container)
                it = definitions.erase(it);
            else
                ++it;
        }
        // Author or archive? MIA marks its own notes in several ways; any one is enough.
        static const QRegularExpression letter(QStringLiteral("^[A-Za-z]$"));
        for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
            NoteDefinition &note = definitions[it.value()];
            const QString heading = notesHeadingBefore(it.value());
            if (!heading.isEmpty()) {
                note.editorial = says(heading, Wording::EditorialHeading);
                if (note.editorial || heading.contains(QLatin1String("author"), Qt::CaseInsensitive))
                    continue;
            }
            if (hasMarkClass(it.key(), "ednote") || hasMarkClass(firstLinkIn(it.value()), "ednote")
                || (numbered && letter.match(note.label).hasMatch())
                || says(textContent(it.value()), Wording::EditorialNoteStart))
                note.editorial = true;
        }
        // Numbered in order of first reference, whether the definition comes after its reference
        // (endnotes) or before it (an EPUB <aside> placed early).
        for (const Candidate &candidate : std::as_const(candidates)) {
            if (!refs.contains(candidate.link))
                continue;
            NoteDefinition &note = definitions[candidate.definition];
            if (note.index >= 0)
                continue;
            QVector<const xmlNode *> &order = note.editorial ? editorialOrder : footnoteOrder;
            note.index = static_cast<int>(order.size());
            order.append(candidate.definition);
            if (linkedIds.contains(candidate.link))
                linkedDefinitions.append(candidate.definition);
        }
    }

    bool hasLinkTo(const xmlNode *node, const QString &name)
    {
        // The fragment links inside each definition, gathered once: many references into one big
        // block must not scan it again each time.
        auto found = m_fragmentLinks.constFind(node);
        if (found == m_fragmentLinks.cend()) {
            QSet<QString> fragments;
            for (qsizetype i = order.value(node); i < elements.size() && isInside(elements.at(i), node); ++i) {
                const QString href = tagOf(elements.at(i)) == "a" ? attribute(elements.at(i), "href") : QString();
                if (href.startsWith(QLatin1Char('#')))
                    fragments.insert(href.mid(1));
            }
            found = m_fragmentLinks.insert(node, fragments);
        }
        return found.value().contains(name);
    }

    QHash<const xmlNode *, QSet<QString>> m_fragmentLinks;

    const xmlNode *firstLinkIn(const xmlNode *node) const
    {
        const int first = order.value(node);
        for (qsizetype i = first; i < elements.size() && isInside(elements.at(i), node); ++i) {
            if (tagOf(elements.at(i)) == "a")
                return elements.at(i);
        }
        return nullptr;
    }

    static bool hasMarkClass(const xmlNode *link, const char *name)
    {
        for (const xmlNode *n = link; n && isElement(n) && !isBlockTag(tagOf(n)); n = n->parent) {
            if (hasClass(n, name))
                return true;
        }
        return false;
    }

    //! The nearest heading before @p node when it names a notes section ("Editorial Notes").
    QString notesHeadingBefore(const xmlNode *node)
    {
        if (m_headingBefore.isEmpty()) {
            // One pass, so that a page of many notes and no headings stays linear.
            m_headingBefore.resize(elements.size());
            int last = -1;
            for (qsizetype i = 0; i < elements.size(); ++i) {
                m_headingBefore[i] = last;
                if (isHeadingTag(tagOf(elements.at(i))))
                    last = static_cast<int>(i);
            }
        }
        const int heading = m_headingBefore.value(order.value(node), -1);
        if (heading < 0)
            return QString();
        const QString text = simplified(textContent(elements.at(heading)));
        return says(text, Wording::NotesHeading) ? text : QString();
    }

    QVector<int> m_headingBefore;
};

PageMetadata readMetadata(xmlDoc *doc, const PageIndex &page)
{
    PageMetadata meta;
    const xmlNode *root = xmlDocGetRootElement(doc);
    meta.language = attribute(root, "xml:lang");
    if (meta.language.isEmpty())
        meta.language = attribute(root, "lang");
    for (const xmlNode *element : page.elements) {
        const QByteArray tag = tagOf(element);
        if (tag == "html" && meta.language.isEmpty()) {
            meta.language = attribute(element, "lang");
        } else if (tag == "title" && meta.title.isEmpty()) {
            meta.title = simplified(textContent(element));
        } else if (tag == "meta") {
            const QString name = attribute(element, "name").toLower();
            if ((name == QLatin1String("author") || name == QLatin1String("dc.creator")) && meta.author.isEmpty())
                meta.author = simplified(attribute(element, "content"));
        }
    }
    return meta;
}

// ---- The walk ----------------------------------------------------------------------------------

//! Where blocks go while the walk is inside some element.
struct Destination
{
    enum Kind { Body, Footnote, Editorial };
    Kind kind = Body;
    int index = 0;
};

struct OpenStyle
{
    StyleRange::Style style;
    int start;
};

struct ListLevel
{
    bool ordered = false;
    int next = 1;
};

struct LeadingHeading
{
    int blockIndex;
    int level;
    QString text;
};

class Mapper
{
public:
    Mapper(const HtmlSource &source, xmlDoc *doc, HtmlMapping *out)
        : m_source(source)
        , m_doc(doc)
        , m_page(doc, &source)
        , m_out(out)
    {
    }

    bool run(SourceError *error)
    {
        m_meta = readMetadata(m_doc, m_page);
        for (const xmlNode *definition : std::as_const(m_page.footnoteOrder)) {
            const NoteDefinition note = m_page.definitions.value(definition);
            Footnote footnote;
            footnote.label = uniqueLabel(note.label, note.index + 1);
            m_reading.footnotes.append(footnote);
        }
        m_editorialBlocks.resize(m_page.editorialOrder.size());
        const xmlNode *root = xmlDocGetRootElement(m_doc);
        walkChildren(root, 0);
        flush();
        // Notes kept in another document of the book go beside their references in this page.
        m_continuing = false;
        for (const xmlNode *definition : std::as_const(m_page.linkedDefinitions)) {
            m_walkingLinked = true;
            walkDefinition(definition, m_page.definitions.value(definition), 0);
            m_walkingLinked = false;
            m_continuing = false;
        }
        finishNotes();
        if (m_reading.body.isEmpty()) {
            *error = SourceError{m_source.sourceName, 0, 0, HtmlMapper::tr("the page has no body text")};
            return false;
        }
        settleMetadata();
        reportDropped();
        m_out->warnings += m_page.warnings;
        m_out->notesFromLinkedDocuments = m_page.linkedNotes;
        m_out->reading = m_reading;
        return true;
    }

private:
    // -- Blocks --

    QVector<Block> *blocks()
    {
        switch (m_destination.kind) {
        case Destination::Footnote:
            return &m_reading.footnotes[m_destination.index].blocks;
        case Destination::Editorial:
            return &m_editorialBlocks[m_destination.index];
        case Destination::Body:
            break;
        }
        return &m_reading.body;
    }

    void startBlock(const xmlNode *node)
    {
        m_block = Block();
        m_block.kind = m_headingLevel > 0 ? Block::Heading : Block::Paragraph;
        m_block.headingLevel = m_headingLevel;
        m_block.quoteDepth = m_quoteDepth;
        m_block.listDepth = static_cast<int>(m_lists.size());
        if (!m_lists.isEmpty()) {
            m_block.ordered = m_lists.last().ordered;
            m_block.listNumber = m_itemNumber;
        }
        m_block.sourceLine = node ? sourceLineOf(node) : 0;
        m_blockOpen = true;
        m_dropCap = false;
        m_linkCharacters = 0;
        m_navigationLinks = 0;
        m_links = 0;
        for (OpenStyle &style : m_styles)
            style.start = 0;
    }

    int sourceLineOf(const xmlNode *node) const
    {
        if (!m_source.linesFromSourcepos)
            return static_cast<int>(xmlGetLineNo(node));
        // cmark writes data-sourcepos="3:1-5:20" on the blocks it renders; inline HTML has none.
        for (const xmlNode *n = node; n; n = n->parent) {
            const QString position = attribute(n, "data-sourcepos");
            if (!position.isEmpty())
                return position.section(QLatin1Char(':'), 0, 0).toInt();
        }
        return 0;
    }

    void append(const QString &text, const xmlNode *node)
    {
        if (!m_blockOpen)
            startBlock(node);
        m_block.text += text;
        m_dropCap = false;
    }

    //! Text as HTML renders it: runs of white space are one space, none at the start of a line.
    void appendText(const QString &rawText, const xmlNode *node)
    {
        QString raw = rawText;
        if (m_dropCap) {
            // "<span>T</span> he origin": an initial set apart for a drop cap joins its word again.
            qsizetype i = 0;
            while (i < raw.size() && raw.at(i).isSpace())
                ++i;
            if (i > 0 && i < raw.size() && raw.at(i).isLower())
                raw = raw.mid(i);
        }
        if (m_preformatted) {
            QString text = raw;
            text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            text.replace(QLatin1Char('\n'), QChar(LineSeparator));
            append(text, node);
            return;
        }
        QString text;
        text.reserve(raw.size());
        bool space = !m_blockOpen || m_block.text.isEmpty() || m_block.text.endsWith(QLatin1Char(' '))
            || m_block.text.endsWith(QChar(LineSeparator));
        auto isCollapsible = [](QChar c) {
            return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
                || c == QLatin1Char('\f');
        };
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            // A no-break space binds two words; MIA's runs of &#160; used for indentation are space.
            const bool layoutSpace = c == QChar(0xA0)
                && (space || (i + 1 < raw.size() && (isCollapsible(raw.at(i + 1)) || raw.at(i + 1) == QChar(0xA0))));
            if (isCollapsible(c) || layoutSpace) {
                if (!space)
                    text += QLatin1Char(' ');
                space = true;
            } else {
                text += c;
                space = false;
            }
        }
        if (text.isEmpty())
            return;
        append(text, node);
    }

    void lineBreak(const xmlNode *node)
    {
        if (!m_blockOpen)
            return; // a <br> before any text (MIA's "<br />" after the wrapper) breaks nothing
        while (m_block.text.endsWith(QLatin1Char(' ')) || m_block.text.endsWith(QChar(0xA0)))
            m_block.text.chop(1);
        append(QString(QChar(LineSeparator)), node);
    }

    void flush()
    {
        if (!m_blockOpen)
            return;
        m_blockOpen = false;
        Block block = m_block;
        // Styles still open continue in the next block.
        for (const OpenStyle &open : std::as_const(m_styles)) {
            if (block.text.size() > open.start)
                block.styles.append(StyleRange{open.style, open.start, static_cast<int>(block.text.size()), QString()});
        }
        trim(&block);
        if (block.text.isEmpty() && block.anchors.isEmpty())
            return;
        if (block.text.isEmpty())
            block.text = QString(); // a lone reference mark stays with an empty text
        if (dropAsFurniture(block))
            return;
        if (m_itemStart && block.listDepth > 0) {
            block.listItemStart = true;
            m_itemStart = false;
        }
        if (m_destination.kind == Destination::Body && block.kind == Block::Paragraph)
            m_bodyStarted = true;
        if (m_destination.kind == Destination::Body && block.kind == Block::Heading && !m_bodyStarted)
            m_leadingHeadings.append(LeadingHeading{static_cast<int>(m_reading.body.size()), block.headingLevel, block.text});
        if (m_destination.kind == Destination::Body && block.kind == Block::Heading)
            m_allHeadings.append(LeadingHeading{static_cast<int>(m_reading.body.size()), block.headingLevel, block.text});
        blocks()->append(block);
    }

    //! White space and line breaks at either end go; ranges follow the text.
    static void trim(Block *block)
    {
        auto isBlank = [](QChar c) { return c.isSpace() || c == QChar(LineSeparator); };
        int start = 0;
        while (start < block->text.size() && isBlank(block->text.at(start)))
            ++start;
        int end = static_cast<int>(block->text.size());
        while (end > start && isBlank(block->text.at(end - 1)))
            --end;
        if (start == 0 && end == block->text.size())
            return;
        block->text = block->text.mid(start, end - start);
        const int length = end - start;
        auto clamp = [&](int offset) { return std::clamp(offset - start, 0, length); };
        QVector<StyleRange> styles;
        for (StyleRange style : std::as_const(block->styles)) {
            style.start = clamp(style.start);
            style.end = clamp(style.end);
            if (style.end > style.start)
                styles.append(style);
        }
        block->styles = styles;
        for (Anchor &anchor : block->anchors) {
            anchor.start = clamp(anchor.start);
            anchor.end = clamp(anchor.end);
        }
    }

    //! Lines that are navigation or a footer however they are marked up.
    bool dropAsFurniture(const Block &block)
    {
        if (m_destination.kind != Destination::Body || !block.anchors.isEmpty())
            return false;
        if (m_links > 0 && m_navigationLinks > 0) {
            // Only links and separators: a navigation bar.
            const int plain = static_cast<int>(block.text.size()) - m_linkCharacters;
            if (plain <= 3 + m_links * 3) {
                m_droppedNavigationLinks += m_links;
                return true;
            }
        }
        if (block.kind == Block::Paragraph && block.text.size() < 300 && says(block.text, Wording::FooterLine)) {
            ++m_droppedFooters;
            m_droppedNavigationLinks += m_links;
            return true;
        }
        return false;
    }

    // -- The walk --

    void walkChildren(const xmlNode *node, int depth)
    {
        for (const xmlNode *child = node->children; child; child = child->next)
            walk(child, depth + 1);
    }

    void walk(const xmlNode *node, int depth)
    {
        if (depth > MaximumHtmlDepth + 8)
            return; // the parser guard stops deeper documents; this keeps the walk safe by itself
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            appendText(fromXml(node->content), node);
            return;
        }
        if (node->type == XML_ENTITY_REF_NODE) {
            walkChildren(node, depth);
            return;
        }
        if (!isElement(node))
            return;
        const QByteArray tag = tagOf(node);
        if (isSkippedTag(tag)) {
            if (tag == "script" || tag == "style")
                ++m_droppedScripts;
            return;
        }
        if (tag == "nav") {
            flush();
            m_droppedNavigationLinks += countLinks(node);
            return;
        }
        const auto definition = m_page.definitions.constFind(node);
        if (definition != m_page.definitions.cend()) {
            walkDefinition(node, *definition, depth);
            return;
        }
        if (isBlockTag(tag)) {
            walkBlock(node, tag, depth);
            return;
        }
        walkInline(node, tag, depth);
    }

    void walkDefinition(const xmlNode *node, const NoteDefinition &note, int depth)
    {
        flush();
        const int index = note.index;
        if (index < 0) {
            // A footnote element nobody refers to: kept as an editorial note would misattribute it.
            ++m_droppedUnreferencedNotes;
            return;
        }
        const Destination saved = m_destination;
        const int savedQuote = m_quoteDepth;
        const auto savedLists = m_lists;
        m_quoteDepth = 0;
        m_lists.clear();
        m_destination = {note.editorial ? Destination::Editorial : Destination::Footnote, index};
        ++m_inDefinition;
        if (isBlockTag(tagOf(node)) && tagOf(node) != "aside" && tagOf(node) != "section" && tagOf(node) != "div"
            && tagOf(node) != "li")
            walkBlockContent(node, tagOf(node), depth);
        else
            walkChildren(node, depth);
        flush();
        --m_inDefinition;
        m_destination = saved;
        m_quoteDepth = savedQuote;
        m_lists = savedLists;
        m_notesRegion = true;
        // MIA's endnotes run on in the paragraphs after their first one, until the next note.
        m_continuation = Destination{note.editorial ? Destination::Editorial : Destination::Footnote, index};
        m_continuing = !note.container && hasClass(node, "information");
    }

    void walkBlock(const xmlNode *node, const QByteArray &tag, int depth)
    {
        if (tag == "hr") {
            flush();
            m_continuing = false;
            return;
        }
        const PageFurniture furniture = furnitureOf(node);
        if (furniture != PageFurniture::None) {
            flush();
            const int links = countLinks(node);
            if (furniture == PageFurniture::Breadcrumbs) {
                readBreadcrumbs(node);
                ++m_droppedBreadcrumbs;
            } else if (furniture == PageFurniture::PageNote) {
                ++m_droppedPageNotes;
            } else {
                ++m_droppedFooters;
            }
            m_droppedNavigationLinks += links;
            m_continuing = false;
            return;
        }
        if (isHeadingTag(tag)) {
            flush();
            const QString text = simplified(textContent(node));
            if (!m_page.definitions.isEmpty() && says(text, Wording::NotesHeading) && m_destination.kind == Destination::Body) {
                m_continuing = false;
                m_notesRegion = true;
                return; // "Notes", "Editorial Notes": the notes have their own place
            }
            if (m_notesRegion && !text.contains(QRegularExpression(QStringLiteral("\\w")))) {
                m_continuing = false;
                return; // "* * *" between MIA's notes
            }
            m_continuing = false;
            if (text.isEmpty())
                return; // an empty heading (EPUB subtitle pages) is no section break
            if (!text.contains(QRegularExpression(QStringLiteral("\\w")))) {
                Block rule;
                rule.kind = Block::ThematicBreak;
                rule.sourceLine = static_cast<int>(xmlGetLineNo(node));
                blocks()->append(rule);
                return;
            }
            m_headingLevel = tag.at(1) - '0';
            walkBlockContent(node, tag, depth);
            flush();
            m_headingLevel = 0;
            return;
        }
        if (tag == "p" && hasClass(node, "information") && m_inDefinition == 0) {
            walkInformation(node, depth);
            return;
        }
        // A definition among the notes whose reference is gone from the text ("1*." linking back
        // to an anchor the page no longer has): no anchor for the margin, and not body text.
        if (tag == "p" && m_notesRegion && m_inDefinition == 0 && isOrphanedDefinition(node)) {
            flush();
            ++m_droppedUnreferencedNotes;
            m_continuing = false;
            return;
        }
        // After an MIA endnote, its quotations and citation lines (p.quoteb, p.inline …) belong to
        // it; anything else ends it.
        if (m_continuing && m_inDefinition == 0 && m_destination.kind == Destination::Body) {
            const bool empty = simplified(textContent(node)).isEmpty();
            const bool noteParagraph = tag == "blockquote"
                || ((tag == "p" || tag == "div") && (isQuoteParagraph(node) || hasClass(node, "inline")));
            if (!empty && !noteParagraph)
                m_continuing = false;
            if (!empty && noteParagraph) {
                flush();
                const Destination saved = m_destination;
                m_destination = m_continuation;
                ++m_inDefinition;
                walkBlockContent(node, tag, depth);
                flush();
                --m_inDefinition;
                m_destination = saved;
                return;
            }
        }
        walkBlockContent(node, tag, depth);
    }

    bool isOrphanedDefinition(const xmlNode *node) const
    {
        const xmlNode *first = node->children;
        while (first && !isElement(first) && simplified(textContent(first)).isEmpty())
            first = first->next;
        if (!first || tagOf(first) != "a")
            return false;
        const QString href = attribute(first, "href");
        return href.startsWith(QLatin1Char('#')) && href.size() > 1 && !m_page.anchors.contains(href.mid(1))
            && looksLikeNoteMark(textContent(first));
    }

    void walkBlockContent(const xmlNode *node, const QByteArray &tag, int depth)
    {
        flush();
        int quote = 0;
        if (tag == "blockquote" && !isWrapperQuote(node))
            quote = 1;
        else if ((tag == "p" || tag == "div") && isQuoteParagraph(node))
            quote = 1;
        m_quoteDepth += quote;
        const bool preformatted = tag == "pre";
        if (preformatted)
            m_preformatted = true;
        if (tag == "ul" || tag == "ol") {
            ListLevel level;
            level.ordered = tag == "ol";
            bool ok = false;
            const int start = attribute(node, "start").toInt(&ok);
            level.next = ok ? start : 1;
            m_lists.append(level);
            walkChildren(node, depth);
            flush();
            m_lists.removeLast();
        } else if (tag == "li") {
            if (!m_lists.isEmpty()) {
                bool ok = false;
                const int value = attribute(node, "value").toInt(&ok);
                if (ok)
                    m_lists.last().next = value;
                m_itemNumber = m_lists.last().ordered ? m_lists.last().next++ : 0;
            }
            m_itemStart = true;
            walkChildren(node, depth);
            flush();
            m_itemStart = false;
        } else {
            if (m_blockOpen)
                flush();
            startBlock(node);
            walkChildren(node, depth);
            flush();
        }
        if (preformatted)
            m_preformatted = false;
        m_quoteDepth -= quote;
    }

    //! MIA's p.information: publication details at the top, endnotes, or the archive's own note.
    void walkInformation(const xmlNode *node, int depth)
    {
        flush();
        if (readInformation(node))
            return;
        if (m_continuing) {
            const Destination saved = m_destination;
            m_destination = m_continuation;
            ++m_inDefinition;
            walkBlockContent(node, "p", depth);
            flush();
            --m_inDefinition;
            m_destination = saved;
            return;
        }
        if (!m_bodyStarted) {
            ++m_droppedDetails;
            return;
        }
        // An unreferenced note after the text (MIA's "* * *" remarks on a translation): the
        // archive's, at the end of the text.
        const int index = static_cast<int>(m_editorialBlocks.size());
        m_editorialBlocks.append(QVector<Block>());
        m_unanchoredEditorial.append(index);
        const Destination saved = m_destination;
        m_destination = {Destination::Editorial, index};
        ++m_inDefinition;
        walkBlockContent(node, "p", depth);
        flush();
        --m_inDefinition;
        m_destination = saved;
        m_continuation = {Destination::Editorial, index};
        m_continuing = true;
        m_notesRegion = true;
    }

    void walkInline(const xmlNode *node, const QByteArray &tag, int depth)
    {
        if (tag == "br") {
            lineBreak(node);
            return;
        }
        if (tag == "img") {
            ++m_droppedImages;
            const QString alt = simplified(attribute(node, "alt"));
            // A portrait floated beside the text says nothing; an image standing in a sentence
            // (a symbol, a formula) keeps its words.
            const bool floated = hasAttribute(node, "align") || hasAttribute(node, "hspace")
                || attribute(node, "style").contains(QLatin1String("float"));
            if (!alt.isEmpty() && !floated && !alt.contains(QLatin1Char('.')) && m_blockOpen
                && !m_block.text.trimmed().isEmpty())
                appendText(QLatin1Char('[') + alt + QLatin1Char(']'), node);
            return;
        }
        if (tag == "a") {
            const auto ref = m_page.refs.constFind(node);
            if (ref != m_page.refs.cend()) {
                reference(node, ref.value());
                return;
            }
            if (m_inDefinition > 0 && isBackLink(node))
                return;
            const QString href = attribute(node, "href");
            if (href.isEmpty()) {
                if (simplified(textContent(node)).isEmpty()) {
                    ++m_droppedAnchors;
                    return;
                }
                walkChildren(node, depth);
                return;
            }
            const int before = m_blockOpen ? static_cast<int>(m_block.text.size()) : 0;
            const bool navigation = says(textContent(node), Wording::NavigationWord);
            walkChildren(node, depth);
            if (m_blockOpen) {
                m_linkCharacters += static_cast<int>(m_block.text.size()) - before;
                ++m_links;
                if (navigation)
                    ++m_navigationLinks;
            }
            return;
        }
        if (m_inDefinition > 0 && (tag == "sup" || tag == "span") && isLabelWrapper(node))
            return;
        int style = -1;
        if (tag == "em" || tag == "i" || tag == "cite" || tag == "dfn" || tag == "var")
            style = StyleRange::Emphasis;
        else if (tag == "strong" || tag == "b")
            style = StyleRange::Strong;
        else if (tag == "code" || tag == "tt" || tag == "kbd" || tag == "samp")
            style = StyleRange::Code;
        else if (tag == "s" || tag == "strike" || tag == "del")
            style = StyleRange::Strikethrough;
        if (style < 0) {
            if (tag == "td" || tag == "th")
                appendText(QStringLiteral(" "), node);
            walkChildren(node, depth);
            // "A", "I" and "O" are words of their own; no other capital letter is.
            if (m_blockOpen && m_block.text.size() == 1 && m_block.text.at(0).isUpper() && tag != "a"
                && !QStringLiteral("AIO").contains(m_block.text.at(0)))
                m_dropCap = true;
            return;
        }
        if (!m_blockOpen)
            startBlock(node);
        m_styles.append(OpenStyle{static_cast<StyleRange::Style>(style), static_cast<int>(m_block.text.size())});
        walkChildren(node, depth);
        const OpenStyle open = m_styles.takeLast();
        if (m_blockOpen && m_block.text.size() > open.start) {
            // Nested or repeated emphasis (<i><em>…</em></i>) is one range.
            bool covered = false;
            for (const OpenStyle &outer : std::as_const(m_styles))
                covered = covered || outer.style == open.style;
            if (!covered)
                m_block.styles.append(StyleRange{open.style, open.start, static_cast<int>(m_block.text.size()), QString()});
        }
    }

    bool isBackLink(const xmlNode *link) const
    {
        const QString href = attribute(link, "href");
        if (href.startsWith(QLatin1Char('#')))
            return m_page.referenceNames.contains(href.mid(1));
        // A note from another document links back to the chapters that cite it, this one or not.
        return m_walkingLinked && href.indexOf(QLatin1Char('#')) > 0
            && (isDeclaredBackLink(link) || isBackLinkText(textContent(link)));
    }

    //! MIA's `<span class="info"><a href="#ab1" name="a1">1.</a></span>` and EPUB's back links.
    bool isLabelWrapper(const xmlNode *node) const
    {
        bool backLink = false;
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE) {
                if (!simplified(fromXml(child->content)).isEmpty())
                    return false;
            } else if (tagOf(child) == "a" && isBackLink(child)) {
                backLink = true;
            } else if (isElement(child)) {
                return false;
            }
        }
        return backLink;
    }

    void reference(const xmlNode *link, const xmlNode *definition)
    {
        const NoteDefinition note = m_page.definitions.value(definition);
        const int index = note.index;
        if (note.editorial) {
            // The reading format gives every editorial note one place in the margin; a second
            // reference to the same note (MIA's [A] twice) would only repeat it.
            if (m_anchoredEditorial.contains(index))
                return;
            m_anchoredEditorial.insert(index);
        }
        if (!m_blockOpen)
            startBlock(link);
        // The mark goes right after the word it belongs to, as the reading format writes it.
        while (m_block.text.endsWith(QLatin1Char(' ')))
            m_block.text.chop(1);
        const int at = static_cast<int>(m_block.text.size());
        m_block.anchors.append(Anchor{note.editorial ? Anchor::EditorialNote : Anchor::FootnoteReference, at, at, index});
    }

    //! The printed label ("1", "A", "1*", "*"), unique ignoring case as GFM compares labels; the
    //! note's number when the printed one has white space or brackets. (The writer renumbers
    //! labels with markup characters such as "*" itself; the reading keeps them as printed.)
    QString uniqueLabel(const QString &printed, int number)
    {
        static const QRegularExpression unusable(QStringLiteral("[\\s\\[\\]]"));
        const QString label = printed.isEmpty() || unusable.match(printed).hasMatch() ? QString::number(number) : printed;
        QString candidate = label;
        for (int n = 2; m_labels.contains(candidate.toLower()); ++n)
            candidate = label + QLatin1Char('-') + QString::number(n);
        m_labels.insert(candidate.toLower());
        return candidate;
    }

    static int countLinks(const xmlNode *node)
    {
        int count = 0;
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (!isElement(child))
                continue;
            if (tagOf(child) == "a" && hasAttribute(child, "href"))
                ++count;
            count += countLinks(child);
        }
        return count;
    }

    // -- Metadata from the page furniture --

    void readBreadcrumbs(const xmlNode *node)
    {
        // MIA's "MIA: Marxists: Marx & Engels: Library: 1848: Manifesto …: Chapter 1" trail: the
        // link to this folder's index.htm names the work, a link that is a year dates it.
        bool hasLinks = false;
        for (qsizetype i = m_page.order.value(node); i < m_page.elements.size() && isInside(m_page.elements.at(i), node); ++i) {
            const xmlNode *element = m_page.elements.at(i);
            if (tagOf(element) != "a")
                continue;
            hasLinks = true;
            const QString text = simplified(textContent(element));
            const QString href = attribute(element, "href");
            if (href == QLatin1String("index.htm") || href == QLatin1String("index.html")
                || href == QLatin1String("./index.htm"))
                m_breadcrumbWork = text;
            static const QRegularExpression year(QStringLiteral("^(1[5-9][0-9]{2}|20[0-9]{2})$"));
            if (year.match(text).hasMatch())
                m_meta.breadcrumbYear = text.toInt();
        }
        if (hasLinks)
            return;
        // Older pages: "Karl Marx: The Civil War in France" or "Frederick Engels<br/>Socialism: …".
        QStringList lines;
        QString line;
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (tagOf(child) == "br") {
                lines.append(simplified(line));
                line.clear();
            } else {
                line += textContent(child);
            }
        }
        lines.append(simplified(line));
        lines.removeAll(QString());
        if (m_meta.author.isEmpty() && !lines.isEmpty()) {
            // No <meta name="author">: "Karl Marx: The Civil War in France", "J. V. Stalin
            // September 1938", or the author on a line of its own above the work.
            const QString first = lines.first();
            static const QRegularExpression trailingDate(
                QStringLiteral("\\s+((January|February|March|April|May|June|July|August|September|October|November|"
                               "December)\\s+)?(1[5-9][0-9]{2}|20[0-9]{2})$"));
            const QRegularExpressionMatch date = trailingDate.match(first);
            const qsizetype colon = first.indexOf(QLatin1String(": "));
            if (colon > 0 && lines.size() == 1) {
                m_meta.author = first.left(colon).trimmed();
            } else if (date.hasMatch()) {
                m_meta.author = first.left(date.capturedStart()).trimmed();
                m_meta.headerYear = date.captured(3).toInt();
                lines.removeFirst();
            } else if (lines.size() > 1) {
                m_meta.author = first;
            }
        }
        const QString author = m_meta.author;
        for (const QString &l : std::as_const(lines)) {
            if (!author.isEmpty() && l.compare(author, Qt::CaseInsensitive) == 0)
                continue;
            if (!author.isEmpty() && l.startsWith(author + QLatin1Char(':')))
                m_headerWork = l.mid(author.size() + 1).trimmed();
            else if (m_headerWork.isEmpty())
                m_headerWork = l;
        }
    }

    //! "Written: Late 1847; First Published: February 1848; …": true when @p node is such a block.
    bool readInformation(const xmlNode *node)
    {
        QStringList lines;
        QString line;
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (tagOf(child) == "br") {
                lines.append(simplified(line));
                line.clear();
            } else if (isElement(child) && hasClass(child, "info")) {
                lines.append(simplified(line));
                // The key of a detail ("First published", with or without its colon).
                line = simplified(textContent(child));
                if (!line.endsWith(QLatin1Char(':')))
                    line += QLatin1Char(':');
            } else {
                line += textContent(child);
            }
        }
        lines.append(simplified(line));
        static const QRegularExpression field(
            QStringLiteral("^(Written|First Published|Published|First published in|Delivered|Source|Translated|"
                           "Translation|Translated by|Transcription/Markup|Transcription/HTML Markup|Transcription|"
                           "Transcribed|Transcribed by|HTML Markup|Markup|Proofed|Proofread|Copyleft|Public Domain|"
                           "Online Version|Download|Audio|Editor|Edited|Note)\\s*:\\s*(.*)$"),
            QRegularExpression::CaseInsensitiveOption);
        bool any = false;
        for (const QString &l : std::as_const(lines)) {
            const QRegularExpressionMatch match = field.match(l);
            if (!match.hasMatch())
                continue;
            any = true;
            const QString key = match.captured(1).toLower();
            QString value = match.captured(2).trimmed();
            while (value.endsWith(QLatin1Char(';')) || value.endsWith(QLatin1Char(',')))
                value.chop(1);
            value = value.trimmed();
            if (value.isEmpty())
                continue;
            if (key == QLatin1String("written") || key == QLatin1String("delivered")) {
                addExtra(QStringLiteral("written"), value);
                if (!m_writtenYear)
                    m_writtenYear = yearIn(value);
            } else if (key.contains(QLatin1String("published"))) {
                addExtra(QStringLiteral("first-published"), value);
                if (!m_publishedYear)
                    m_publishedYear = yearIn(value);
            } else if (key == QLatin1String("source")) {
                addExtra(QStringLiteral("edition"), value);
            } else if (key.startsWith(QLatin1String("translat"))) {
                if (m_meta.translator.isEmpty())
                    m_meta.translator = value;
            } else if (key.contains(QLatin1String("transcri")) || key.contains(QLatin1String("markup"))) {
                addExtra(QStringLiteral("transcription"), value);
            } else if (key.startsWith(QLatin1String("proof"))) {
                addExtra(QStringLiteral("proofed"), value);
            } else if (key == QLatin1String("copyleft") || key == QLatin1String("public domain")) {
                addExtra(QStringLiteral("licence"), value);
            } else if (key == QLatin1String("online version")) {
                addExtra(QStringLiteral("online-version"), value);
            } else {
                ++m_droppedDetails;
            }
        }
        if (any)
            ++m_informationBlocks;
        return any;
    }

    void addExtra(const QString &key, const QString &value)
    {
        for (const ExtraMetadata &extra : std::as_const(m_meta.extra)) {
            if (extra.key == key)
                return;
        }
        m_meta.extra.append(ExtraMetadata{key, yamlString(value)});
    }

    // -- Finishing --

    void finishNotes()
    {
        for (const int index : std::as_const(m_unanchoredEditorial)) {
            if (m_reading.body.isEmpty())
                break;
            Block &last = m_reading.body.last();
            const int at = static_cast<int>(last.text.size());
            last.anchors.append(Anchor{Anchor::EditorialNote, at, at, index});
        }
        for (const QVector<Block> &noteBlocks : std::as_const(m_editorialBlocks)) {
            RichText note;
            for (const Block &block : noteBlocks) {
                if (!note.text.isEmpty())
                    note.text += QLatin1Char(' ');
                const int offset = static_cast<int>(note.text.size());
                QString text = block.text;
                text.replace(QChar(LineSeparator), QLatin1Char(' '));
                note.text += text;
                for (StyleRange style : block.styles) {
                    style.start += offset;
                    style.end += offset;
                    note.styles.append(style);
                }
            }
            m_reading.editorialNotes.append(note);
        }
        // A reference whose definition had no text (an empty target) still needs a note.
        for (Footnote &footnote : m_reading.footnotes) {
            if (footnote.blocks.isEmpty()) {
                Block empty;
                empty.text = QStringLiteral("\u2014");
                footnote.blocks.append(empty);
            }
        }
    }

    static QString cleanTitle(const QString &heading)
    {
        QStringList lines = heading.split(QChar(LineSeparator), Qt::SkipEmptyParts);
        QStringList kept;
        for (QString line : std::as_const(lines)) {
            line = line.trimmed();
            if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))
                line = line.mid(1, line.size() - 2).trimmed();
            if (!line.isEmpty())
                kept.append(line);
        }
        // "Chapter 1 / The Balance of Power" → "Chapter 1. The Balance of Power"; further lines are
        // subtitles ("Anhang / Miliz und Militarismus" → "Anhang: Miliz und Militarismus").
        static const QRegularExpression label(
            QStringLiteral("^([IVXLC]+|[0-9]+|(Chapter|Part|Book|Section|Kapitel|Teil|Buch|Abschnitt|Chapitre|Partie|Livre)"
                           "\\s+([IVXLC]+|[0-9]+|[A-Za-z]+))\\.?$"),
            QRegularExpression::CaseInsensitiveOption);
        QString number;
        if (kept.size() > 1 && label.match(kept.first()).hasMatch()) {
            number = kept.takeFirst();
            if (!number.endsWith(QLatin1Char('.')))
                number += QLatin1Char('.');
            number += QLatin1Char(' ');
        }
        return number + kept.join(QLatin1String(": "));
    }

    static bool sameName(const QString &a, const QString &b)
    {
        return !a.isEmpty() && !b.isEmpty() && simplified(a).compare(simplified(b), Qt::CaseInsensitive) == 0;
    }

    void settleMetadata()
    {
        m_reading.author = m_meta.author;
        m_reading.translator = m_meta.translator;
        m_reading.extraMetadata = m_meta.extra;
        m_reading.work = !m_breadcrumbWork.isEmpty() ? m_breadcrumbWork : m_headerWork;

        // The title: the last heading above the text that is not the work's name, else the first
        // heading anywhere that is not; a date line under it dates the page.
        // The first heading above the text names the page ("Chapter III…", "Preface"), unless it
        // only repeats the work's name or is a dateline ("The Third Address / May, 1871" above
        // "[The Paris Commune]").
        int titleHeading = -1;
        QString title;
        for (const bool acceptDateline : {false, true}) {
            for (const LeadingHeading &heading : std::as_const(m_leadingHeadings)) {
                const QString withoutDate = withoutDateLines(heading.text);
                const QString clean = cleanTitle(withoutDate);
                if (clean.isEmpty() || sameName(clean, m_reading.work) || (!acceptDateline && withoutDate != heading.text))
                    continue;
                titleHeading = heading.blockIndex;
                title = clean;
                break;
            }
            if (!title.isEmpty())
                break;
        }
        if (title.isEmpty()) {
            for (const LeadingHeading &heading : std::as_const(m_allHeadings)) {
                const QString clean = cleanTitle(withoutDateLines(heading.text));
                if (!clean.isEmpty() && !sameName(clean, m_reading.work)) {
                    title = clean;
                    break;
                }
            }
        }
        if (title.isEmpty() && !m_leadingHeadings.isEmpty())
            title = cleanTitle(m_leadingHeadings.first().text);
        if (title.isEmpty()) {
            title = m_meta.title;
            if (!m_meta.author.isEmpty() && title.startsWith(m_meta.author + QLatin1Char(':')))
                title = title.mid(m_meta.author.size() + 1).trimmed();
        }
        if (title.isEmpty())
            title = m_reading.work;
        m_reading.title = title;

        int headingYear = 0;
        for (const LeadingHeading &heading : std::as_const(m_leadingHeadings)) {
            for (const QString &line : heading.text.split(QChar(LineSeparator))) {
                if (!headingYear && says(line.trimmed(), Wording::DateLine))
                    headingYear = yearIn(line);
            }
        }
        int urlYear = 0;
        static const QRegularExpression worksYear(QStringLiteral("/(1[5-9][0-9]{2}|20[0-9]{2})/"));
        const QRegularExpressionMatch urlMatch = worksYear.match(m_source.url.path());
        if (urlMatch.hasMatch())
            urlYear = urlMatch.captured(1).toInt();
        for (const int year : {m_publishedYear, m_writtenYear, headingYear, m_meta.headerYear, m_meta.breadcrumbYear, urlYear}) {
            if (year) {
                m_reading.year = year;
                break;
            }
        }

        // Headings above the text that only repeat the title or the work's name go.
        QVector<int> remove;
        for (const LeadingHeading &heading : std::as_const(m_leadingHeadings)) {
            const QString clean = cleanTitle(withoutDateLines(heading.text));
            if (heading.blockIndex == titleHeading || sameName(clean, m_reading.work) || sameName(clean, title))
                remove.append(heading.blockIndex);
        }
        std::sort(remove.begin(), remove.end(), std::greater<int>());
        if (remove.size() >= m_reading.body.size())
            remove.clear(); // a part-title page ("Erster Teil") keeps its one heading as its text
        for (const int index : std::as_const(remove)) {
            // A note on the title ("Vorwort[1]") stays: its mark moves to the start of the text.
            const QVector<Anchor> anchors = m_reading.body.at(index).anchors;
            m_reading.body.removeAt(index);
            if (!anchors.isEmpty() && index < m_reading.body.size()) {
                QVector<Anchor> moved;
                for (Anchor anchor : anchors) {
                    anchor.start = 0;
                    anchor.end = 0;
                    moved.append(anchor);
                }
                m_reading.body[index].anchors = moved + m_reading.body.at(index).anchors;
            }
        }

        if (!m_meta.language.isEmpty()) {
            m_out->declaredLanguage = m_meta.language;
            m_reading.language = m_meta.language;
        }
        if (!m_reading.editorialNotes.isEmpty() && m_reading.editor.isEmpty() && isArchivePage())
            m_reading.editor = QStringLiteral("Marxists Internet Archive");
        m_reading.id = makeReadingId(m_reading.author, m_reading.title);
    }

    static QString withoutDateLines(const QString &heading)
    {
        QStringList lines = heading.split(QChar(LineSeparator));
        if (lines.size() < 2)
            return heading;
        QStringList kept;
        for (const QString &line : std::as_const(lines)) {
            if (!says(line.trimmed(), Wording::DateLine))
                kept.append(line);
        }
        return kept.join(QChar(LineSeparator));
    }

    bool isArchivePage() const
    {
        if (m_source.url.host().endsWith(QLatin1String("marxists.org")))
            return true;
        for (const xmlNode *element : m_page.elements) {
            if (tagOf(element) == "div" && hasClass(element, "border"))
                return true;
            if (tagOf(element) == "p" && (hasClass(element, "information") || hasClass(element, "title")))
                return true;
        }
        return false;
    }

    void reportDropped()
    {
        auto add = [this](int count, const QString &what) {
            if (count > 0)
                m_out->dropped.append(what.arg(count));
        };
        add(m_droppedBreadcrumbs, HtmlMapper::tr("breadcrumbs and page header (%1)"));
        add(m_droppedFooters, HtmlMapper::tr("footer lines (%1)"));
        add(m_droppedPageNotes, HtmlMapper::tr("page notes (%1)"));
        add(m_droppedNavigationLinks, HtmlMapper::tr("navigation links (%1)"));
        add(m_droppedImages, HtmlMapper::tr("images (%1)"));
        add(m_droppedAnchors, HtmlMapper::tr("page anchors (%1)"));
        add(m_droppedScripts, HtmlMapper::tr("scripts and styles (%1)"));
        add(m_droppedDetails, HtmlMapper::tr("publication details not kept (%1)"));
        add(m_droppedUnreferencedNotes, HtmlMapper::tr("notes nothing refers to (%1)"));
    }

    const HtmlSource &m_source;
    xmlDoc *m_doc;
    PageIndex m_page;
    HtmlMapping *m_out;
    PageMetadata m_meta;
    Reading m_reading;

    Destination m_destination;
    Destination m_continuation;
    bool m_continuing = false;
    bool m_notesRegion = false;
    int m_inDefinition = 0;
    bool m_walkingLinked = false; //!< inside a note that stands in another document
    Block m_block;
    bool m_blockOpen = false;
    QVector<OpenStyle> m_styles;
    int m_quoteDepth = 0;
    int m_headingLevel = 0;
    bool m_preformatted = false;
    bool m_dropCap = false;
    QVector<ListLevel> m_lists;
    int m_itemNumber = 0;
    bool m_itemStart = false;
    int m_linkCharacters = 0;
    int m_links = 0;
    int m_navigationLinks = 0;
    bool m_bodyStarted = false;

    QSet<QString> m_labels;
    QSet<int> m_anchoredEditorial;
    QVector<QVector<Block>> m_editorialBlocks;
    QVector<int> m_unanchoredEditorial;
    QVector<LeadingHeading> m_leadingHeadings;
    QVector<LeadingHeading> m_allHeadings;

    QString m_breadcrumbWork;
    QString m_headerWork;
    int m_writtenYear = 0;
    int m_publishedYear = 0;
    int m_informationBlocks = 0;

    int m_droppedBreadcrumbs = 0;
    int m_droppedFooters = 0;
    int m_droppedPageNotes = 0;
    int m_droppedNavigationLinks = 0;
    int m_droppedImages = 0;
    int m_droppedAnchors = 0;
    int m_droppedScripts = 0;
    int m_droppedDetails = 0;
    int m_droppedUnreferencedNotes = 0;
};

// ---- Contents pages ----------------------------------------------------------------------------

bool isPageUrl(const QUrl &url)
{
    const QString path = url.path().toLower();
    return path.endsWith(QLatin1String(".htm")) || path.endsWith(QLatin1String(".html"))
        || path.endsWith(QLatin1String(".xhtml"));
}

int letters(const QString &text)
{
    int count = 0;
    for (const QChar c : text)
        count += c.isLetter() ? 1 : 0;
    return count;
}

//! Links in contents lines: blocks made mostly of links, outside the page furniture and notes.
void collectContentsLinks(const xmlNode *node, const PageIndex &page, QVector<QPair<QString, bool>> *links,
                          QHash<const xmlNode *, bool> *linkLines, int depth)
{
    if (depth > MaximumHtmlDepth + 8)
        return;
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (!isElement(child))
            continue;
        const QByteArray tag = tagOf(child);
        if (isSkippedTag(tag) || tag == "nav" || furnitureOf(child) != PageFurniture::None
            || hasClass(child, "information") || page.definitions.contains(child))
            continue;
        if (tag == "a" && hasAttribute(child, "href")) {
            const xmlNode *block = blockOf(child);
            auto line = linkLines->constFind(block);
            if (line == linkLines->cend()) {
                // Mostly links: the letters of the block's links against all its letters.
                int linkLetters = 0;
                const int first = page.order.value(block);
                for (qsizetype i = first; i < page.elements.size() && isInside(page.elements.at(i), block); ++i) {
                    if (tagOf(page.elements.at(i)) == "a")
                        linkLetters += letters(textContent(page.elements.at(i)));
                }
                const int allLetters = letters(textContent(block));
                line = linkLines->insert(block, allLetters > 0 && linkLetters * 2 >= allLetters);
            }
            links->append({attribute(child, "href"), line.value()});
            continue;
        }
        collectContentsLinks(child, page, links, linkLines, depth + 1);
    }
}

struct NotesOnlyCount
{
    int notes = 0;
    int otherWords = 0;
};

void countNotesOnly(const xmlNode *node, NotesOnlyCount *count, int depth)
{
    if (depth > MaximumHtmlDepth + 8)
        return;
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            count->otherWords += static_cast<int>(
                simplified(fromXml(child->content)).split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            continue;
        }
        if (!isElement(child))
            continue;
        const QByteArray tag = tagOf(child);
        if (isSkippedTag(tag) || isHeadingTag(tag) || tag == "title" || tag == "nav")
            continue;
        if (isNoteContainer(child) || (isBlockTag(tag) && tag != "body" && opensWithLinkBack(child))) {
            ++count->notes;
            continue;
        }
        countNotesOnly(child, count, depth + 1);
    }
}

} // namespace

bool mapHtml(const HtmlSource &source, HtmlMapping *out, SourceError *error)
{
    DocPtr doc;
    if (!parseHtml(source, &doc, error))
        return false;
    Mapper mapper(source, doc.get(), out);
    return mapper.run(error);
}

QVector<QUrl> htmlContentsLinks(const HtmlSource &source)
{
    QVector<QUrl> result;
    if (!source.url.isValid() || source.url.isEmpty())
        return result;
    DocPtr doc;
    SourceError error;
    if (!parseHtml(source, &doc, &error))
        return result;
    const PageIndex page(doc.get());
    QVector<QPair<QString, bool>> links;
    QHash<const xmlNode *, bool> linkLines;
    collectContentsLinks(xmlDocGetRootElement(doc.get()), page, &links, &linkLines, 0);

    const QUrl self = source.url.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery);
    const QString folder = self.adjusted(QUrl::RemoveFilename).path();
    for (const auto &[href, inContentsLine] : std::as_const(links)) {
        QUrl url = self.resolved(QUrl(href));
        url = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
        if (url.scheme() != self.scheme() || url.host() != self.host() || url.port() != self.port())
            continue;
        if (!url.path().startsWith(folder) || !isPageUrl(url) || url == self)
            continue;
        // A folder URL (".../communist-manifesto/") is served by its index page.
        if (self.path().endsWith(QLatin1Char('/')) && url.adjusted(QUrl::RemoveFilename) == self
            && url.fileName().startsWith(QLatin1String("index."), Qt::CaseInsensitive))
            continue;
        if (!inContentsLine)
            continue;
        if (!result.contains(url))
            result.append(url);
    }
    if (result.size() < 2)
        result.clear();
    return result;
}

int htmlNotesOnlyCount(const HtmlSource &source)
{
    DocPtr doc;
    SourceError error;
    if (!parseHtml(source, &doc, &error))
        return 0;
    NotesOnlyCount count;
    countNotesOnly(xmlDocGetRootElement(doc.get()), &count, 0);
    // "Notes", "Endnotes" in a paragraph rather than a heading, a line of credits: a few words
    // besides the notes do not make the file a chapter.
    constexpr int WordsBesideNotes = 5;
    return count.otherWords <= WordsBesideNotes ? count.notes : 0;
}

} // namespace redletter
