// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/formats/markdown.h"

#include "importing/formats/htmlmapping.h"
#include "importing/formats/plaintext.h"
#include "importing/formats/textsource.h"
#include "reading/readingparser.h"
#include "util/logging.h"

#include <yaml-cpp/yaml.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <memory>
#include <iterator>
#include <functional>
#include <string>

namespace redletter {

namespace {

class MarkdownReader
{
    Q_DECLARE_TR_FUNCTIONS(redletter::MarkdownReader)
};

constexpr int MaximumFrontMatterSize = ImportLimits::MaximumFrontMatterBytes;
//! Deeper quotes are refused: no text nests a hundred quotations, and cmark's tree (and ours
//! after it) would grow as deep as the input asks.
constexpr int MaximumQuoteDepth = ImportLimits::MaximumQuoteDepth;

struct Metadata
{
    QString title;
    QString author;
    QString work;
    int year = 0;
    QString language;
    QStringList tags;
    QString source;
};

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<int>(text.size()));
}

//! "joseph stalin" → "Joseph Stalin"; names already capitalised are left as they are.
QString capitalisedName(const QString &name)
{
    if (name != name.toLower())
        return name;
    QString result = name;
    bool start = true;
    for (QChar &c : result) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c.isSpace() || c == QLatin1Char('-');
    }
    return result;
}

int yearIn(const QString &text)
{
    static const QRegularExpression published(
        QStringLiteral("(?:published|written|first printed)[^0-9]{0,40}\\b(1[5-9][0-9]{2}|20[0-9]{2})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = published.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

int yearOf(const QString &value)
{
    static const QRegularExpression leadingYear(QStringLiteral("^(-?[0-9]{1,4})\\b"));
    const QRegularExpressionMatch match = leadingYear.match(value.trimmed());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

bool isLanguageTag(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    return tag.match(text).hasMatch();
}

void takeValue(Metadata *m, const QString &key, const QString &value, const QStringList &list)
{
    const QString v = value.trimmed();
    if (key == QLatin1String("title"))
        m->title = v;
    else if (key == QLatin1String("author") || (key == QLatin1String("authors") && m->author.isEmpty()))
        m->author = capitalisedName(list.isEmpty() ? v : list.join(QLatin1String(", ")));
    else if (key == QLatin1String("work") || key == QLatin1String("works"))
        m->work = v;
    else if (key == QLatin1String("year"))
        m->year = yearOf(v);
    else if (key == QLatin1String("date") && m->year == 0)
        m->year = yearOf(v);
    else if ((key == QLatin1String("lang") || key == QLatin1String("language")) && isLanguageTag(v))
        m->language = v;
    else if (key == QLatin1String("tags") || key == QLatin1String("keywords"))
        m->tags = list.isEmpty() ? v.split(QLatin1Char(','), Qt::SkipEmptyParts) : list;
    else if (key == QLatin1String("source") || key == QLatin1String("url"))
        m->source = v;
    else if ((key == QLatin1String("attributions") || key == QLatin1String("description")) && m->year == 0)
        m->year = yearIn(v);
}

//! Reads YAML front matter; only scalars and lists of scalars are looked at, never dumped, so an
//! alias bomb costs nothing (yaml-cpp shares aliased nodes).
bool readYamlFrontMatter(const QString &yaml, int firstLine, const FormatInput &input, Metadata *m, SourceError *error)
{
    try {
        const std::string text = yaml.toStdString();
        const YAML::Node root = YAML::Load(text);
        if (!root.IsMap())
            return true; // nothing we can use; the text still imports
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!it->first.IsScalar())
                continue;
            const QString key = fromStd(it->first.Scalar()).toLower();
            const YAML::Node value = it->second;
            QStringList list;
            QString scalar;
            if (value.IsScalar()) {
                scalar = fromStd(value.Scalar());
            } else if (value.IsSequence()) {
                for (const YAML::Node &item : value) {
                    if (item.IsScalar())
                        list.append(fromStd(item.Scalar()).trimmed());
                    if (list.size() > 100)
                        break;
                }
            }
            takeValue(m, key, scalar, list);
        }
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() || e.mark.line < 0 ? firstLine : firstLine + e.mark.line;
        const int column = e.mark.is_null() || e.mark.column < 0 ? 0 : e.mark.column + 1;
        *error = SourceError{input.sourceName, line, column,
                             MarkdownReader::tr("front matter is not valid YAML: %1").arg(fromStd(e.msg))};
        return false;
    } catch (const std::exception &e) {
        *error = SourceError{input.sourceName, firstLine, 0,
                             MarkdownReader::tr("front matter could not be read: %1").arg(fromStd(e.what()))};
        return false;
    }
    return true;
}

//! TOML front matter (`+++`): only `key = "string"`, `key = 1917` and `key = ["a", "b"]` lines.
void readTomlFrontMatter(const QStringList &lines, Metadata *m)
{
    static const QRegularExpression assignment(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*(.*)$"));
    static const QRegularExpression quoted(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'"));
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = assignment.match(line);
        if (!match.hasMatch())
            continue;
        const QString key = match.captured(1).toLower();
        const QString raw = match.captured(2).trimmed();
        QStringList strings;
        auto it = quoted.globalMatch(raw);
        while (it.hasNext()) {
            const QRegularExpressionMatch q = it.next();
            strings.append(q.captured(1).isEmpty() ? q.captured(2) : q.captured(1).replace(QLatin1String("\\\""), QLatin1String("\"")));
        }
        if (raw.startsWith(QLatin1Char('[')))
            takeValue(m, key, QString(), strings);
        else
            takeValue(m, key, strings.isEmpty() ? raw : strings.first(), {});
    }
}

//! A YAML double-quoted scalar: our front matter is written by us, never pasted.
QString yamlQuoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            result += QLatin1Char('\\') + QString(c);
        else if (c.unicode() < 0x20 || c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0x85))
            result += QLatin1Char(' ');
        else
            result += c;
    }
    return result + QLatin1Char('"');
}

/*!
 * Replaces every match of @p pattern in @p text by what @p replacement returns, followed by the
 * line breaks the match spanned and the replacement did not give back, so later lines stay put.
 */
void replaceKeepingLines(QString *text, const QRegularExpression &pattern,
                         const std::function<QString(const QRegularExpressionMatch &)> &replacement)
{
    QString result;
    result.reserve(text->size());
    qsizetype copied = 0;
    auto it = pattern.globalMatch(*text);
    bool any = false;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        any = true;
        result += text->mid(copied, match.capturedStart() - copied);
        const QString replaced = replacement(match);
        result += replaced;
        const int newlines = static_cast<int>(match.captured(0).count(QLatin1Char('\n')))
            - static_cast<int>(replaced.count(QLatin1Char('\n')));
        if (newlines > 0)
            result += QString(newlines, QLatin1Char('\n'));
        copied = match.capturedEnd();
    }
    if (!any)
        return;
    result += text->mid(copied);
    *text = result;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

//! A short line that only names people: "Karl Marx and Frederick Engels", "Karl Marx/Friedrich Engels".
bool isNameLine(const QString &line)
{
    static const QRegularExpression names(QStringLiteral(
        "^\\p{Lu}[\\p{L}.'’-]*(?:(?:\\s+|\\s*/\\s*)(?:and|und|et|y|von|van|de|\\p{Lu}[\\p{L}.'’-]*))+$"));
    return line.size() <= 80 && names.match(line.trimmed()).hasMatch();
}

bool isContentsLine(const QString &line)
{
    static const QRegularExpression contents(
        QStringLiteral("^(table of contents|contents|inhalt|inhaltsverzeichnis|sommaire|table des matières)[:.]?$"),
        QRegularExpression::CaseInsensitiveOption);
    return contents.match(line.trimmed()).hasMatch();
}

class Normaliser
{
public:
    Normaliser(const FormatInput &input, ImportedText *result)
        : m_input(input), m_result(result)
    {
    }

    bool run(const QString &text, QString *document, SourceError *error)
    {
        m_lines = text.split(QLatin1Char('\n'));
        if (!readFrontMatter(error))
            return false;
        if (!checkQuoteDepth(error))
            return false;
        dropToolLine();
        dropBreadcrumbs();
        latexLineBreaks();
        unwrapPageQuote();
        lineByLine();
        QString body = m_lines.join(QLatin1Char('\n'));
        inlinePatterns(&body);
        m_lines = body.split(QLatin1Char('\n'));
        indentNoteContinuations();
        dropNavigation();
        takeTitle();
        headingsOfEscapedNumbers();

        if (m_meta.title.isEmpty())
            m_meta.title = textsource::titleFromFileName(m_input);
        if (m_meta.title.isEmpty())
            m_meta.title = MarkdownReader::tr("Untitled text");
        QStringList header{QStringLiteral("---"), QStringLiteral("title: ") + yamlQuoted(m_meta.title)};
        if (!m_meta.author.isEmpty())
            header << QStringLiteral("author: ") + yamlQuoted(m_meta.author);
        if (!m_meta.work.isEmpty())
            header << QStringLiteral("work: ") + yamlQuoted(m_meta.work);
        if (m_meta.year != 0)
            header << QStringLiteral("year: %1").arg(m_meta.year);
        if (!m_meta.language.isEmpty())
            header << QStringLiteral("lang: ") + m_meta.language;
        const QUrl source = m_input.sourceUrl.isValid() ? m_input.sourceUrl : QUrl(m_meta.source, QUrl::StrictMode);
        if (source.isValid() && !source.isRelative())
            header << QStringLiteral("source: ") + yamlQuoted(source.toString());
        if (!m_meta.tags.isEmpty()) {
            QStringList quoted;
            for (const QString &tag : qAsConst(m_meta.tags)) {
                if (!tag.trimmed().isEmpty())
                    quoted << yamlQuoted(tag.trimmed());
            }
            header << QStringLiteral("tags: [") + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
        }
        header << QStringLiteral("---");
        m_headerLines = static_cast<int>(header.size());
        *document = header.join(QLatin1Char('\n')) + QLatin1Char('\n') + m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        return true;
    }

    int headerLines() const { return m_headerLines; }
    //! The text without the front matter we wrote: its lines are the file's lines.
    QString body() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }
    const Metadata &metadata() const { return m_meta; }
    //! Footnote labels we made unique → the number printed in the source.
    const QHash<QString, QString> &noteLabels() const { return m_noteLabels; }

private:
    bool readFrontMatter(SourceError *error)
    {
        if (m_lines.isEmpty())
            return true;
        QString first = m_lines.first();
        if (first.startsWith(QChar(0xFEFF)))
            first.remove(0, 1);
        first = first.trimmed();
        if (first != QLatin1String("---") && first != QLatin1String("+++"))
            return true;
        int end = -1;
        int size = 0;
        for (int i = 1; i < m_lines.size(); ++i) {
            const QString line = m_lines.at(i).trimmed();
            if (line == first || (first == QLatin1String("---") && line == QLatin1String("..."))) {
                end = i;
                break;
            }
            size += static_cast<int>(m_lines.at(i).size()) + 1;
            if (size > MaximumFrontMatterSize) {
                *error = SourceError{m_input.sourceName, 1, 1,
                                     MarkdownReader::tr("front matter larger than %1 KB").arg(MaximumFrontMatterSize / 1024)};
                return false;
            }
        }
        if (end < 0) {
            *error = SourceError{m_input.sourceName, 1, 1,
                                 MarkdownReader::tr("unterminated front matter: expected a line '%1' after it").arg(first)};
            return false;
        }
        const QStringList inner = m_lines.mid(1, end - 1);
        if (first == QLatin1String("+++"))
            readTomlFrontMatter(inner, &m_meta);
        else if (!readYamlFrontMatter(inner.join(QLatin1Char('\n')), 2, m_input, &m_meta, error))
            return false;
        for (int i = 0; i <= end; ++i)
            m_lines[i].clear();
        m_result->dropped.append(MarkdownReader::tr("the front matter's other fields"));
        return true;
    }

    bool checkQuoteDepth(SourceError *error)
    {
        for (int i = 0; i < m_lines.size(); ++i) {
            const QString &line = m_lines.at(i);
            int depth = 0;
            for (const QChar c : line) {
                if (c == QLatin1Char('>'))
                    ++depth;
                else if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
                    break;
            }
            if (depth > MaximumQuoteDepth) {
                *error = SourceError{m_input.sourceName, i + 1, 1,
                                     MarkdownReader::tr("block quotes nested %1 deep; the limit is %2")
                                         .arg(depth)
                                         .arg(MaximumQuoteDepth)};
                return false;
            }
        }
        return true;
    }

    int firstTextLine() const
    {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (!isBlank(m_lines.at(i)))
                return i;
        }
        return -1;
    }

    //! "English #", "Deutsch  #": a label some tool wrote above the text.
    void dropToolLine()
    {
        static const QRegularExpression toolLine(QStringLiteral("^\\p{L}[\\p{L} ]{0,30}\\s#\\s*$"));
        const int i = firstTextLine();
        if (i >= 0 && toolLine.match(m_lines.at(i)).hasMatch()) {
            m_lines[i].clear();
            m_result->dropped.append(MarkdownReader::tr("a tool's label line"));
        }
    }

    //! MIA's "MIA: Marxists: Marx & Engels: …" links, which Pandoc marks `{.title}`.
    void dropBreadcrumbs()
    {
        int i = firstTextLine();
        if (i < 0)
            return;
        int end = i;
        QString paragraph;
        while (end < m_lines.size() && !isBlank(m_lines.at(end)))
            paragraph += m_lines.at(end++);
        if (!paragraph.contains(QLatin1String("{.title}")))
            return;
        for (; i < end; ++i)
            m_lines[i].clear();
        m_result->dropped.append(MarkdownReader::tr("navigation links"));
    }

    //! Pandoc keeps MIA's page-wide `<blockquote>` as `>` on every line: not a quotation.
    void unwrapPageQuote()
    {
        int text = 0;
        int quoted = 0;
        for (const QString &line : qAsConst(m_lines)) {
            if (isBlank(line))
                continue;
            ++text;
            if (line.startsWith(QLatin1Char('>')))
                ++quoted;
        }
        if (text < 10 || quoted * 10 < text * 9)
            return;
        for (QString &line : m_lines) {
            if (line.startsWith(QLatin1String("> ")))
                line.remove(0, 2);
            else if (line.startsWith(QLatin1Char('>')))
                line.remove(0, 1);
        }
        m_result->dropped.append(MarkdownReader::tr("the page-wide quotation wrapper"));
    }

    void lineByLine()
    {
        static const QRegularExpression divFence(QStringLiteral("^((?:>\\s?)*)\\s{0,3}:::"));
        static const QRegularExpression critic(QStringLiteral("\\{(==|>>|\\+\\+|--|~~)"));
        bool fence = false;
        for (QString &line : m_lines) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")))
                fence = !fence;
            if (fence)
                continue;
            // A line of only `\` or no-break spaces (Pandoc's rendering of an empty <p>) says nothing.
            if (trimmed == QLatin1String("\\") || (!line.isEmpty() && trimmed.isEmpty())) {
                line.clear();
                continue;
            }
            // "##\u00A0Title": some tools put a no-break space after the hashes; CommonMark wants a space.
            if (line.startsWith(QLatin1Char('#'))) {
                const int hashes = static_cast<int>(line.indexOf(QRegularExpression(QStringLiteral("[^#]"))));
                if (hashes > 0 && hashes <= 6 && line.at(hashes) == QChar(0x00A0))
                    line[hashes] = QLatin1Char(' ');
            }
            const QRegularExpressionMatch div = divFence.match(line);
            if (div.hasMatch()) {
                line = div.captured(1).trimmed();
                continue;
            }
            // HTML stays as written: a file with HTML in its text goes through the HTML mapping.
            line.replace(critic, QStringLiteral("\\{\\1"));
        }
    }

    void inlinePatterns(QString *text)
    {
        // MIA notes as Pandoc writes them: `^[(1)](#a1){#ab1}^` and `[[1.](#ab1){#a1}]{.info} text`.
        static const QRegularExpression pandocReference(
            QStringLiteral("\\^\\[\\(([0-9]{1,3})\\)\\]\\(#([A-Za-z0-9_-]+)\\)(?:\\{[^}\\n]*\\})?\\^"));
        replaceKeepingLines(text, pandocReference, [this](const QRegularExpressionMatch &m) -> QString {
            return noteReference(QStringLiteral("p-") + m.captured(2), m.captured(1));
        });
        static const QRegularExpression pandocDefinition(QStringLiteral(
            "(^|\\n)\\[\\[([0-9]{1,3})\\.\\]\\(#[A-Za-z0-9_-]+\\)\\{#([A-Za-z0-9_-]+)\\}\\]\\{\\.info\\}[ \\t]*"));
        replaceKeepingLines(text, pandocDefinition, [this](const QRegularExpressionMatch &m) -> QString {
            return m.captured(1) + noteReference(QStringLiteral("p-") + m.captured(3), m.captured(2)) + QStringLiteral(": ");
        });
        // MIA notes as links: `[\[1\]](…/ch01.htm#fw01)` refers, `[\[1\]](…/ch01.htm#bk01)` at a
        // line's start defines (its text on the same line or the next).
        static const QRegularExpression linkReference(QStringLiteral(
            "\\[\\\\\\[([0-9]{1,3})\\\\\\]\\]\\([^)\\s]*?([^/#)\\s]*)#fw([0-9]{1,3})\\)"));
        QSet<QString> referenced;
        replaceKeepingLines(text, linkReference, [&](const QRegularExpressionMatch &m) -> QString {
            const QString label = QStringLiteral("l-%1-%2").arg(m.captured(2), m.captured(3));
            referenced.insert(label);
            return noteReference(label, m.captured(1));
        });
        static const QRegularExpression linkDefinition(QStringLiteral(
            "(^|\\n)\\[\\\\\\[([0-9]{1,3})\\\\\\]\\]\\([^)\\s]*?([^/#)\\s]*)#bk([0-9]{1,3})\\)[ \\t]*(\\n(?=\\S))?"));
        replaceKeepingLines(text, linkDefinition, [&](const QRegularExpressionMatch &m) -> QString {
            const QString label = QStringLiteral("l-%1-%2").arg(m.captured(3), m.captured(4));
            // A note nothing refers to keeps its text, as a paragraph, rather than vanish.
            if (!referenced.contains(label))
                return m.captured(1) + m.captured(5);
            return m.captured(1) + m.captured(5) + noteReference(label, m.captured(2)) + QStringLiteral(": ");
        });
        // Pandoc attributes and spans: `[text]{#id .class}` keeps its text, `[]{#002}` and a bare
        // `{#id .class}` vanish.
        static const QRegularExpression emptySpan(QStringLiteral("\\[\\]\\{[^}\\n]*\\}[ \\t]?"));
        replaceKeepingLines(text, emptySpan, [](const QRegularExpressionMatch &) -> QString { return QString(); });
        static const QRegularExpression span(QStringLiteral("\\[((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)\\]\\{[#.][^}\\n]*\\}"));
        replaceKeepingLines(text, span, [](const QRegularExpressionMatch &m) -> QString {
            QString inner = m.captured(1);
            inner.replace(QLatin1Char('\n'), QLatin1Char(' '));
            return inner;
        });
        static const QRegularExpression attributes(QStringLiteral("\\{[#.][A-Za-z0-9_.#= -]*\\}"));
        replaceKeepingLines(text, attributes, [](const QRegularExpressionMatch &) -> QString { return QString(); });
    }

    /*!
     * MIA notes run on over several paragraphs ("By proletariat, …" after note 1). After a
     * Pandoc note definition, the paragraphs up to the next definition, rule or heading are
     * indented into it, as GFM wants a note's later paragraphs.
     */
    void indentNoteContinuations()
    {
        static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
        bool inNote = false;
        for (QString &line : m_lines) {
            if (line.startsWith(QLatin1String("[^p-"))) {
                inNote = true;
                continue;
            }
            if (line.startsWith(QLatin1String("[^")) || line.startsWith(QLatin1Char('#')) || rule.match(line).hasMatch()) {
                inNote = false;
                continue;
            }
            if (inNote && !isBlank(line))
                line.prepend(QLatin1String("    "));
        }
    }

    QString noteReference(const QString &uniqueLabel, const QString &printed)
    {
        m_noteLabels.insert(uniqueLabel.toLower(), printed);
        return QStringLiteral("[^") + uniqueLabel + QLatin1Char(']');
    }

    //! Paragraphs that are only links to other pages ("[German Original](…)", "Table of Contents: … | …").
    void dropNavigation()
    {
        // An optional short lead ("Table of Contents:", "Chapter 2:") and links to other pages only.
        static const QRegularExpression onlyLinks(QStringLiteral(
            "^(?:[\\p{L}0-9 .]{1,30}:)?\\s*(?:\\[(?:[^\\[\\]]|\\\\[\\[\\]])*\\]\\([^)\\s]*\\.html?(?:#[^)]*)?\\)\\s*(?:\\\\?\\|\\s*)?)+$"));
        static const QRegularExpression endnotes(QStringLiteral("^(Endnotes|Notes|Footnotes)$"));
        int dropped = 0;
        for (int i = 0; i < m_lines.size();) {
            if (isBlank(m_lines.at(i))) {
                ++i;
                continue;
            }
            int end = i;
            QString paragraph;
            while (end < m_lines.size() && !isBlank(m_lines.at(end)))
                paragraph += m_lines.at(end++).trimmed() + QLatin1Char(' ');
            paragraph = paragraph.trimmed();
            if (onlyLinks.match(paragraph).hasMatch() || endnotes.match(paragraph).hasMatch()) {
                for (int k = i; k < end; ++k)
                    m_lines[k].clear();
                ++dropped;
            }
            i = end;
        }
        if (dropped > 0)
            m_result->dropped.append(MarkdownReader::tr("navigation links (%n)", nullptr, dropped));
    }

    //! The first heading is the title when the front matter gave none; the names under it the
    //! author; a contents list after them goes (the headings carry it).
    void takeTitle()
    {
        static const QRegularExpression atx(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
        int i = firstTextLine();
        if (i < 0)
            return;
        const QRegularExpressionMatch heading = atx.match(m_lines.at(i));
        if (heading.hasMatch()) {
            const QString text = heading.captured(2).trimmed();
            if (m_meta.title.isEmpty() || m_meta.title.compare(text, Qt::CaseInsensitive) == 0) {
                m_meta.title = text;
                m_lines[i].clear();
            }
        }
        i = firstTextLine();
        if (i < 0)
            return;
        if ((i + 1 >= m_lines.size() || isBlank(m_lines.at(i + 1))) && isNameLine(m_lines.at(i))) {
            if (m_meta.author.isEmpty())
                m_meta.author = m_lines.at(i).trimmed().replace(QRegularExpression(QStringLiteral("\\s*/\\s*")), QStringLiteral(" and "));
            m_lines[i].clear();
            i = firstTextLine();
        }
        if (i >= 0 && isContentsLine(m_lines.at(i))) {
            int end = i + 1;
            while (end < m_lines.size() && isBlank(m_lines.at(end)))
                ++end;
            while (end < m_lines.size() && !isBlank(m_lines.at(end)) && m_lines.at(end).size() <= 120)
                ++end;
            for (int k = i; k < end; ++k)
                m_lines[k].clear();
            m_result->dropped.append(MarkdownReader::tr("the table of contents"));
        }
    }

    /*!
     * "\\" at a line's end is LaTeX's line break, left over in texts converted from LaTeX (the
     * Lenin text has 19): Markdown reads it as an escaped backslash, so the text would show "\".
     * It goes; a line of only "\\" joins its neighbours (a space entity keeps the line from
     * being blank, which would split the paragraph). Three backslashes (an escaped one, then a
     * hard break) are left alone.
     */
    void latexLineBreaks()
    {
        for (QString &line : m_lines) {
            int end = int(line.size());
            while (end > 0 && (line.at(end - 1) == QLatin1Char(' ') || line.at(end - 1) == QLatin1Char('\t')))
                --end;
            int slashes = 0;
            while (end - slashes > 0 && line.at(end - slashes - 1) == QLatin1Char('\\'))
                ++slashes;
            if (slashes != 2)
                continue;
            line.truncate(end - 2);
            if (isBlank(line))
                line = QStringLiteral("&#32;");
        }
    }

    /*!
     * "1\. The Eve of Revolution" standing alone: a section heading whose number a converter
     * escaped so that it would not become a list. "Chapter VII: …" alone is a chapter.
     */
    void headingsOfEscapedNumbers()
    {
        static const QRegularExpression numbered(QStringLiteral("^([0-9]{1,2})\\\\\\.\\s+(\\p{Lu}.{0,100})$"));
        static const QRegularExpression chapter(QStringLiteral("^(?:Chapter|CHAPTER)\\s+[IVXLC0-9]+\\b.{0,100}$"));
        for (int i = 0; i < m_lines.size(); ++i) {
            const QString line = m_lines.at(i).trimmed();
            const bool alone = (i == 0 || isBlank(m_lines.at(i - 1))) && (i + 1 >= m_lines.size() || isBlank(m_lines.at(i + 1)));
            if (!alone || line.isEmpty())
                continue;
            const QChar last = line.at(line.size() - 1);
            const bool sentence = (last == QLatin1Char('.') && !line.endsWith(QLatin1String("etc.")))
                || last == QLatin1Char(',') || last == QLatin1Char(';') || last == QLatin1Char(':');
            if (sentence)
                continue;
            const QRegularExpressionMatch match = numbered.match(line);
            if (match.hasMatch())
                m_lines[i] = QStringLiteral("### %1. %2").arg(match.captured(1), match.captured(2));
            else if (chapter.match(line).hasMatch())
                m_lines[i] = QStringLiteral("## ") + line;
        }
    }

    const FormatInput &m_input;
    ImportedText *m_result;
    QStringList m_lines;
    Metadata m_meta;
    int m_headerLines = 0;
    QHash<QString, QString> m_noteLabels;
};

// ---- Markdown with HTML in its text --------------------------------------------------------------

//! Owns what cmark-gfm hands out, freed by its own function.
template<typename T, void (*Free)(T *)>
struct Freed
{
    void operator()(T *pointer) const { Free(pointer); }
};
void freeText(char *text)
{
    std::free(text);
}
using CmarkParser = std::unique_ptr<cmark_parser, Freed<cmark_parser, cmark_parser_free>>;
using CmarkNode = std::unique_ptr<cmark_node, Freed<cmark_node, cmark_node_free>>;
using CmarkIter = std::unique_ptr<cmark_iter, Freed<cmark_iter, cmark_iter_free>>;
using CmarkText = std::unique_ptr<char, Freed<char, freeText>>;

/*!
 * The text rendered to HTML by cmark-gfm when it has HTML of its own (comments aside, which say
 * nothing); false, and nothing rendered, when it has none.
 *
 * Why the whole text and not only its HTML pieces: HTML in Markdown is rarely self-contained —
 * a `<blockquote>` opens on one line and closes after Markdown paragraphs, a `<sup class="enote">`
 * links to a note defined in another block. Rendered whole (raw HTML passed through, GFM notes as
 * their `<sup>`/`<section class="footnotes">`), the text is one page, and the one HTML mapping
 * reads it exactly as it reads a page: quotes, `<br>`, emphasis, notes. Text without HTML keeps
 * the path through our own reading format, whose figures the tests pin down.
 */
bool renderedWithHtml(const QString &markdown, QByteArray *html)
{
    // Registered once, as readingparser.cpp does: cmark-gfm guards it with a plain flag.
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered)
    const int options = CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE;
    CmarkParser parser(cmark_parser_new(options));
    for (const char *name : {"strikethrough", "table"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    CmarkNode document(cmark_parser_finish(parser.get()));
    if (!document)
        return false;
    bool any = false;
    {
        CmarkIter iter(cmark_iter_new(document.get()));
        for (cmark_event_type event; !any && (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            const cmark_node_type type = cmark_node_get_type(node);
            if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_HTML_BLOCK && type != CMARK_NODE_HTML_INLINE))
                continue;
            const char *literal = cmark_node_get_literal(node);
            any = literal && !QByteArray(literal).trimmed().startsWith("<!--");
        }
    }
    if (!any)
        return false;
    CmarkText rendered(cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get())));
    *html = rendered ? QByteArray(rendered.get()) : QByteArray();
    return true;
}

//! @p html (the file's text rendered by renderedWithHtml()) through the HTML mapping, with the
//! front matter the normaliser read.
bool readThroughHtmlMapping(const FormatInput &input, const Metadata &meta, const QByteArray &html,
                            ImportedText *imported, Reading *reading, SourceError *error)
{
    HtmlSource source;
    source.sourceName = input.sourceName;
    source.linesFromSourcepos = true;
    // The title as the page's first heading: the mapping takes it for the title, as it would a
    // page's, rather than a heading of the text.
    source.utf8 = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n<h1>"
        + meta.title.toHtmlEscaped().toUtf8() + "</h1>\n" + html + "</body></html>\n";
    HtmlMapping mapping;
    if (!mapHtml(source, &mapping, error))
        return false;
    *reading = mapping.reading;
    reading->title = meta.title;
    if (!meta.author.isEmpty())
        reading->author = meta.author;
    if (!meta.work.isEmpty())
        reading->work = meta.work;
    if (meta.year != 0)
        reading->year = meta.year;
    if (!meta.language.isEmpty())
        reading->language = meta.language;
    reading->tags = meta.tags;
    const QUrl url = input.sourceUrl.isValid() ? input.sourceUrl : QUrl(meta.source, QUrl::StrictMode);
    if (url.isValid() && !url.isRelative())
        reading->source = url;
    reading->id = makeReadingId(reading->author, reading->title);
    imported->warnings += mapping.warnings;
    imported->dropped += mapping.dropped;
    return true;
}

void shiftLines(QVector<Block> *blocks, int by)
{
    for (Block &block : *blocks)
        block.sourceLine = block.sourceLine > by ? block.sourceLine - by : 0;
}

//! The normalised @p document through our own reading format's parser, lines back to the file's.
bool readThroughReadingFormat(const FormatInput &input, const Normaliser &normaliser, const QString &document,
                              Reading *reading, SourceError *error)
{
    SourceError parseError;
    if (!parseReading(document.toUtf8(), input.sourceName, reading, &parseError)) {
        // Back to the file's own lines; an error in the front matter we wrote has no line there.
        parseError.line = parseError.line > normaliser.headerLines() ? parseError.line - normaliser.headerLines() : 0;
        if (parseError.line == 0)
            parseError.column = 0;
        *error = parseError;
        return false;
    }
    shiftLines(&reading->body, normaliser.headerLines());
    shiftLines(&reading->introduction, normaliser.headerLines());
    for (Footnote &note : reading->footnotes) {
        shiftLines(&note.blocks, normaliser.headerLines());
        const auto printed = normaliser.noteLabels().constFind(note.label.toLower());
        if (printed != normaliser.noteLabels().constEnd())
            note.label = printed.value();
    }
    return true;
}

} // namespace

bool readForeignMarkdown(const FormatInput &input, ImportedText *result, SourceError *error)
{
    ImportedText imported;
    QString text;
    if (!textsource::decode(input, &text, &imported.warnings, error))
        return false;
    // Before the normaliser and cmark, which is where so many notes would cost.
    const qsizetype markers = footnoteMarkerCount(input.bytes);
    if (markers > ImportLimits::MaximumFootnoteReferences) {
        *error = SourceError{input.sourceName, 0, 0,
                             MarkdownReader::tr("%1 footnote markers ([^…]); the limit is %2")
                                 .arg(markers)
                                 .arg(ImportLimits::MaximumFootnoteReferences)};
        return false;
    }
    Normaliser normaliser(input, &imported);
    QString document;
    if (!normaliser.run(text, &document, error))
        return false;

    Reading reading;
    QByteArray html;
    if (renderedWithHtml(normaliser.body(), &html)) {
        if (!readThroughHtmlMapping(input, normaliser.metadata(), html, &imported, &reading, error))
            return false;
    } else if (!readThroughReadingFormat(input, normaliser, document, &reading, error)) {
        return false;
    }
    // Rules that stood around dropped navigation would now stand side by side, or at the end.
    QVector<Block> body;
    for (const Block &block : qAsConst(reading.body)) {
        const bool isRule = block.kind == Block::ThematicBreak;
        if (isRule && (body.isEmpty() || body.last().kind == Block::ThematicBreak))
            continue;
        body.append(block);
    }
    while (!body.isEmpty() && body.last().kind == Block::ThematicBreak)
        body.removeLast();
    reading.body = body;
    imported.declaredLanguage = normaliser.metadata().language;
    imported.readings = {reading};
    qCDebug(lcImport) << input.sourceName << "read as foreign Markdown:" << reading.body.size() << "blocks,"
                      << reading.footnotes.size() << "footnotes";
    *result = imported;
    return true;
}

bool looksLikeReadingFormat(const QByteArray &bytes)
{
    QByteArray head = bytes.left(MaximumFrontMatterSize);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head.replace("\r\n", "\n");
    if (!head.startsWith("---\n") && !head.startsWith("--- \n"))
        return false;
    const qsizetype end = head.indexOf("\n---", 3);
    if (end < 0)
        return false;
    const QByteArray frontMatter = head.mid(4, end - 4);
    static const QRegularExpression title(QStringLiteral("^title:\\s*\\S"), QRegularExpression::MultilineOption);
    static const QRegularExpression ours(QStringLiteral("^(id|lang|editor|tagline|minutes|translator|work):"),
                                         QRegularExpression::MultilineOption);
    const QString yaml = QString::fromUtf8(frontMatter);
    if (!title.match(yaml).hasMatch())
        return false;
    if (ours.match(yaml).hasMatch())
        return true;
    const QByteArray rest = bytes.mid(end, 4 * 1024 * 1024);
    return rest.contains("::: introduction") || rest.contains(":::introduction") || rest.contains("{>>")
        || rest.contains("{==");
}

bool looksLikeMarkdown(const QByteArray &bytes)
{
    if (looksLikeGutenberg(bytes))
        return false;
    const QByteArray head = bytes.left(256 * 1024);
    if (head.startsWith("---\n") || head.startsWith("---\r\n") || head.startsWith("+++\n") || head.startsWith("+++\r\n"))
        return true;
    // One pattern per kind of mark; it takes marks of two kinds on five lines, since plain text
    // that went through a converter may carry one kind ("1\." escapes) all through.
    static const QRegularExpression kinds[] = {
        QRegularExpression(QStringLiteral("^#{1,6}\\s")),                  // ATX heading
        QRegularExpression(QStringLiteral("\\]\\([^)\\s]+\\)")),          // [text](url)
        QRegularExpression(QStringLiteral("\\[\\^[^\\]]+\\]")),             // [^note]
        QRegularExpression(QStringLiteral("\\\\[\\[\\]]")),                 // \[ \]
        QRegularExpression(QStringLiteral("^[0-9]+\\\\\\.")),               // 1\.
        QRegularExpression(QStringLiteral("\\S\\\\$")),                     // a `\` line break
        QRegularExpression(QStringLiteral("\\{[#.][A-Za-z]|^:::")),        // Pandoc attributes, divs
    };
    constexpr int kindCount = sizeof(kinds) / sizeof(kinds[0]);
    bool seen[kindCount] = {};
    int lines = 0;
    for (const QByteArray &line : head.split('\n')) {
        const QString text = QString::fromUtf8(line);
        bool marked = false;
        for (int k = 0; k < kindCount; ++k) {
            if (kinds[k].match(text).hasMatch()) {
                seen[k] = true;
                marked = true;
            }
        }
        lines += marked ? 1 : 0;
    }
    return lines >= 5 && std::count(std::begin(seen), std::end(seen), true) >= 2;
}

} // namespace redletter
