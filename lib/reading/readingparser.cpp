// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/readingparser.h"

#include "util/logging.h"
#include "text/sentences.h"
#include "util/textdecoding.h"
#include "util/displayname.h"
#include "importing/importlimits.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QPair>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <string>

/*
 * How a reading is parsed (the format itself is documented in FORMAT.md):
 *
 *  1. The bytes are normalised: no BOM, LF line ends. Steps 2 and 3 keep every line where it is,
 *     so positions found there are the file's as the editor sees it.
 *  2. The front matter is read with yaml-cpp and its lines are blanked.
 *  3. Pandoc div fences (`:::`) are replaced by an HTML comment line, which cmark drops and which
 *     ends any open list or quote, so the introduction's blocks are exactly the top-level blocks
 *     between its fences.
 *  4. CriticMarkup, which cmark does not know, is replaced by markers: `{`, U+FDD0, a number,
 *     U+FDD1, `}`. The braces keep emphasis flanking as it was around the original `{==`, and the
 *     noncharacters (which the normalisation removed from the source) survive cmark as text. A
 *     note over several lines becomes a one-line marker; a LineMap takes cmark's lines back to the file's.
 *  5. cmark-gfm parses the whole body as one document (so footnotes resolve across the
 *     introduction and the text) and the AST is flattened into Blocks. Each block's markers are
 *     then removed, giving the editorial-note anchors their final positions.
 */

namespace redletter {

QString SourceError::toString() const
{
    // One line, read as written: a newline or a U+202E in a file name must not split or turn it.
    QString where = escapedForDisplay(file);
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QLatin1String(": ") + message;
}

namespace {

// ---- Small helpers ---------------------------------------------------------------------------

constexpr char16_t MarkerOpen = 0xFDD0;
constexpr char16_t MarkerClose = 0xFDD1;
constexpr char16_t LineSeparator = 0x2028;

/*!
 * Whether @p node, written out, has at most @p budget nodes (aliases counted each time they are
 * used, as YAML::Dump writes them). An alias bomb is a few lines of front matter that expand to
 * billions of nodes; yaml-cpp shares aliased nodes, so only writing one out explodes.
 */
bool fitsNodeBudget(const YAML::Node &node, int *budget)
{
    if (--*budget < 0)
        return false;
    if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (!fitsNodeBudget(item, budget))
                return false;
        }
    } else if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!fitsNodeBudget(it->first, budget) || !fitsNodeBudget(it->second, budget))
                return false;
        }
    }
    return true;
}

//! The comment line that replaces a `:::` fence: an HTML block cmark drops, which closes lists.
const char DivFenceReplacement[] = "<!---->";

int characterCount(const QByteArray &utf8)
{
    int count = 0;
    for (const char byte : utf8) {
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

QByteArray rightTrimmed(const QByteArray &line)
{
    qsizetype end = line.size();
    while (end > 0 && (line.at(end - 1) == ' ' || line.at(end - 1) == '\t'))
        --end;
    return line.left(end);
}

bool isBlankLine(const QByteArray &line)
{
    return rightTrimmed(line).isEmpty();
}

bool isAsciiPunctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<int>(text.size()));
}

QString fromCString(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

/*!
 * Tracks fenced code blocks (``` and ~~~) line by line, so that nothing inside one is taken
 * for a div fence or CriticMarkup.
 */
class CodeFenceTracker
{
public:
    //! True when @p line opens, continues or closes a fenced code block.
    bool consume(const QByteArray &line)
    {
        // Fences stand inside quotes and list items too: skip their marks (`>`, `-`, `1.`) and
        // indentation. Four spaces alone at the top level would be indented code, but they are
        // as likely a nested list item's content, which is where the writer puts fences.
        qsizetype indent = 0;
        for (bool more = true; more && indent < line.size();) {
            const char c = line.at(indent);
            if (c == ' ' || c == '>') {
                ++indent;
            } else if ((c == '-' || c == '+' || c == '*') && indent + 1 < line.size() && line.at(indent + 1) == ' ') {
                indent += 2;
            } else if (c >= '0' && c <= '9') {
                qsizetype k = indent;
                while (k < line.size() && k - indent < 9 && line.at(k) >= '0' && line.at(k) <= '9')
                    ++k;
                more = k + 1 < line.size() && (line.at(k) == '.' || line.at(k) == ')') && line.at(k + 1) == ' ';
                if (more)
                    indent = k + 2;
            } else {
                more = false;
            }
        }
        const bool canBeFence = true;
        const char first = indent < line.size() ? line.at(indent) : '\0';
        qsizetype run = 0;
        if (canBeFence && (first == '`' || first == '~')) {
            while (indent + run < line.size() && line.at(indent + run) == first)
                ++run;
        }
        if (m_fenceChar == 0) {
            if (run < 3)
                return false;
            // A backtick fence's info string may not contain backticks (CommonMark 4.5).
            if (first == '`' && line.indexOf('`', indent + run) >= 0)
                return false;
            m_fenceChar = first;
            m_fenceLength = run;
            return true;
        }
        if (first == m_fenceChar && run >= m_fenceLength && isBlankLine(line.mid(indent + run))) {
            m_fenceChar = 0;
            m_fenceLength = 0;
        }
        return true;
    }

    bool isInside() const { return m_fenceChar != 0; }

private:
    char m_fenceChar = 0;
    qsizetype m_fenceLength = 0;
};

//! A line that ends a paragraph for CriticMarkup: blank, a div fence (already replaced), a code fence.
bool isParagraphBoundary(const QByteArray &line)
{
    if (isBlankLine(line) || line == DivFenceReplacement)
        return true;
    CodeFenceTracker probe;
    return probe.consume(line);
}

// ---- Front matter ----------------------------------------------------------------------------

class FrontMatterReader
{
public:
    FrontMatterReader(QList<QByteArray> &lines, const QString &fileName, Reading *reading,
                      SourceError *error)
        : m_lines(lines), m_fileName(fileName), m_reading(reading), m_error(error)
    {
    }

    //! Reads the front matter into the reading and blanks its lines.
    bool read()
    {
        if (m_lines.isEmpty() || rightTrimmed(m_lines.first()) != "---") {
            return fail({1, 1},
                        QStringLiteral("no front matter: a reading starts with '---' and a YAML block "
                                       "with at least a title"));
        }
        int closingLine = -1;
        for (int i = 1; i < m_lines.size(); ++i) {
            const QByteArray line = rightTrimmed(m_lines.at(i));
            if (line == "---" || line == "...") {
                closingLine = i;
                break;
            }
        }
        if (closingLine < 0) {
            return fail({1, 1},
                        QStringLiteral("unterminated front matter: expected a line '---' after the "
                                       "YAML block that starts here"));
        }
        QByteArray yaml;
        for (int i = 1; i < closingLine; ++i)
            yaml += m_lines.at(i) + '\n';

        bool ok = false;
        try {
            ok = readYaml(yaml);
        } catch (const YAML::DeepRecursion &e) {
            ok = fail(position(e.mark), QStringLiteral("front matter is nested too deeply"));
        } catch (const YAML::Exception &e) {
            QString message = QStringLiteral("front matter is not valid YAML: %1").arg(fromStd(e.msg));
            if (e.msg == "illegal map value")
                message += QStringLiteral(" (put a value that contains ': ' in quotes)");
            ok = fail(position(e.mark), message);
        } catch (const std::exception &e) {
            ok = fail({2, 1}, QStringLiteral("front matter could not be read: %1").arg(fromStd(e.what())));
        }
        if (!ok)
            return false;
        for (int i = 0; i <= closingLine; ++i)
            m_lines[i].clear();
        return true;
    }

private:
    bool readYaml(const QByteArray &yaml)
    {
        const YAML::Node root = YAML::Load(std::string(yaml.constData(), static_cast<size_t>(yaml.size())));
        if (!root.IsDefined() || root.IsNull())
            return failMissingTitle();
        if (!root.IsMap()) {
            return fail(position(root.Mark()),
                        QStringLiteral("front matter must be 'key: value' lines (a YAML mapping)"));
        }

        Reading &r = *m_reading;
        QHash<QString, int> seenKeys; // key → file line
        bool haveTitle = false;
        for (auto it = root.begin(); it != root.end(); ++it) {
            const YAML::Node keyNode = it->first;
            const YAML::Node value = it->second;
            const TextPosition keyPosition = position(keyNode.Mark());
            if (!keyNode.IsScalar())
                return fail(keyPosition, QStringLiteral("front-matter keys must be plain names"));
            const QString key = fromStd(keyNode.Scalar());
            if (seenKeys.contains(key)) {
                return fail(keyPosition, QStringLiteral("duplicate key '%1' (already given at line %2)")
                                             .arg(key)
                                             .arg(seenKeys.value(key)));
            }
            seenKeys.insert(key, keyPosition.line);
            // A null value's mark is wherever the parser went on; the key is the place to point at.
            const TextPosition valuePosition =
                value.IsNull() || value.Mark().is_null() ? keyPosition : position(value.Mark());

            QString text;
            const bool isKnownTextKey = key == QLatin1String("title") || key == QLatin1String("author")
                || key == QLatin1String("work") || key == QLatin1String("year")
                || key == QLatin1String("editor") || key == QLatin1String("source")
                || key == QLatin1String("translator") || key == QLatin1String("lang")
                || key == QLatin1String("tagline") || key == QLatin1String("date")
                || key == QLatin1String("minutes") || key == QLatin1String("id");
            if (isKnownTextKey) {
                if (!value.IsNull() && !value.IsScalar()) {
                    return fail(valuePosition,
                                QStringLiteral("'%1' must be a single value, not a list or mapping").arg(key));
                }
                if (value.IsScalar())
                    text = fromStd(value.Scalar()).trimmed();
            }

            if (key == QLatin1String("title")) {
                if (text.isEmpty())
                    return fail(valuePosition, QStringLiteral("empty title: 'title:' needs the reading's title"));
                r.title = text;
                haveTitle = true;
            } else if (key == QLatin1String("author")) {
                r.author = text;
            } else if (key == QLatin1String("work")) {
                r.work = text;
            } else if (key == QLatin1String("editor")) {
                r.editor = text;
            } else if (key == QLatin1String("translator")) {
                r.translator = text;
            } else if (key == QLatin1String("tagline")) {
                r.tagline = text;
            } else if (key == QLatin1String("id")) {
                r.id = text;
            } else if (key == QLatin1String("year")) {
                static const QRegularExpression yearPattern(QStringLiteral("^-?[0-9]{1,4}$"));
                if (!text.isEmpty()) {
                    if (!yearPattern.match(text).hasMatch()) {
                        return fail(valuePosition,
                                    QStringLiteral("'year' must be a whole number like 1917, not '%1'").arg(text));
                    }
                    r.year = text.toInt();
                }
            } else if (key == QLatin1String("source")) {
                if (!text.isEmpty()) {
                    // In the form the catalog keeps (a second '#' in the fragment as "%23").
                    const QUrl url = storedSourceForm(QUrl(text, QUrl::StrictMode));
                    // Any absolute URL: https: for the web, urn: or doi: for what is not online.
                    if (!url.isValid() || url.isRelative()) {
                        return fail(valuePosition,
                                    QStringLiteral("'source' must be an address like https://www.marxists.org/..., "
                                                   "not '%1'")
                                        .arg(text));
                    }
                    r.source = url;
                }
            } else if (key == QLatin1String("lang")) {
                static const QRegularExpression languagePattern(
                    QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
                if (!languagePattern.match(text).hasMatch()) {
                    return fail(valuePosition,
                                QStringLiteral("'lang' must be a language tag like en, de or pt-BR, not '%1'").arg(text));
                }
                r.language = text;
            } else if (key == QLatin1String("date")) {
                static const QRegularExpression datePattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
                const QDate date = QDate::fromString(text, Qt::ISODate);
                if (!datePattern.match(text).hasMatch() || !date.isValid()) {
                    return fail(valuePosition,
                                QStringLiteral("'date' must be a day written YYYY-MM-DD, like 2026-11-24, not '%1'")
                                    .arg(text));
                }
                r.curatedDate = date;
            } else if (key == QLatin1String("minutes")) {
                static const QRegularExpression minutesPattern(QStringLiteral("^[0-9]{1,5}$"));
                if (!minutesPattern.match(text).hasMatch() || text.toInt() <= 0) {
                    return fail(valuePosition,
                                QStringLiteral("'minutes' must be a whole number of minutes above 0, not '%1'").arg(text));
                }
                r.editorMinutes = text.toInt();
            } else if (key == QLatin1String("tags")) {
                if (!readTags(value, valuePosition))
                    return false;
            } else {
                // Kept as YAML text to be written back: refused when it would not fit.
                int budget = ImportLimits::MaximumFrontMatterNodes;
                if (!fitsNodeBudget(value, &budget)) {
                    return fail(valuePosition, QStringLiteral("'%1' expands to more than %2 values (a YAML alias bomb?)")
                                                   .arg(key)
                                                   .arg(ImportLimits::MaximumFrontMatterNodes));
                }
                r.extraMetadata.append(ExtraMetadata{key, fromStd(YAML::Dump(value))});
            }
        }
        if (!haveTitle)
            return failMissingTitle();
        return true;
    }

    bool readTags(const YAML::Node &value, TextPosition valuePosition)
    {
        QStringList tags;
        if (value.IsSequence()) {
            for (const YAML::Node &item : value) {
                if (!item.IsScalar()) {
                    return fail(position(item.Mark()),
                                QStringLiteral("each tag must be a single word or phrase"));
                }
                tags.append(fromStd(item.Scalar()));
            }
        } else if (value.IsScalar()) {
            tags = fromStd(value.Scalar()).split(QLatin1Char(','));
        } else if (!value.IsNull()) {
            return fail(valuePosition,
                        QStringLiteral("'tags' must be a list ([a, b]) or words separated by commas"));
        }
        for (const QString &tag : qAsConst(tags)) {
            const QString trimmed = tag.trimmed();
            if (!trimmed.isEmpty())
                m_reading->tags.append(trimmed);
        }
        return true;
    }

    //! yaml-cpp marks are 0-based and relative to the YAML text, which starts on file line 2; their
    //! column counts bytes.
    TextPosition position(const YAML::Mark &mark) const
    {
        if (mark.is_null() || mark.line < 0)
            return {2, 1};
        const int lineIndex = qMin(1 + mark.line, static_cast<int>(m_lines.size()) - 1);
        const QByteArray line = m_lines.at(lineIndex);
        return {lineIndex + 1, characterCount(line.left(qMax(0, mark.column))) + 1};
    }

    bool failMissingTitle()
    {
        return fail({1, 1}, QStringLiteral("no title: the front matter needs a line 'title: ...'"));
    }

    bool fail(TextPosition where, const QString &message)
    {
        *m_error = SourceError{m_fileName, where.line, where.column, message};
        return false;
    }

    QList<QByteArray> &m_lines;
    const QString &m_fileName;
    Reading *m_reading;
    SourceError *m_error;
};

// ---- Pandoc fenced divs ----------------------------------------------------------------------

struct DivLayout
{
    int introductionOpenLine = 0;  //!< 1-based; 0 when there is no introduction
    int introductionCloseLine = 0;
};

//! Recognises `:::` fences and replaces them; only `::: introduction` has a meaning.
bool scanFencedDivs(QList<QByteArray> &lines, const QString &fileName, DivLayout *layout, SourceError *error)
{
    struct OpenDiv
    {
        int line;
        int column;
        QString name;
        bool introduction;
    };
    QVector<OpenDiv> open;
    CodeFenceTracker codeFences;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (codeFences.consume(line))
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == ' ')
            ++indent;
        qsizetype colons = 0;
        while (indent + colons < line.size() && line.at(indent + colons) == ':')
            ++colons;
        if (indent > 3 || colons < 3)
            continue;

        QByteArray attributes = line.mid(indent + colons).trimmed();
        while (attributes.endsWith(':'))
            attributes.chop(1);
        attributes = attributes.trimmed();
        const int lineNumber = i + 1;
        const int column = static_cast<int>(indent) + 1;
        if (attributes.isEmpty()) {
            if (open.isEmpty()) {
                *error = SourceError{fileName, lineNumber, column,
                                     QStringLiteral("':::' closes no div: a div opens with a line like "
                                                    "'::: introduction'")};
                return false;
            }
            const OpenDiv closed = open.takeLast();
            if (closed.introduction)
                layout->introductionCloseLine = lineNumber;
        } else {
            const QString text = QString::fromUtf8(attributes);
            bool introduction = false;
            if (text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}'))) {
                const QStringList words = text.mid(1, text.size() - 2).split(QLatin1Char(' '));
                introduction = words.contains(QStringLiteral(".introduction"), Qt::CaseInsensitive);
            } else {
                introduction = text.section(QLatin1Char(' '), 0, 0).compare(QLatin1String("introduction"),
                                                                          Qt::CaseInsensitive)
                    == 0;
            }
            if (introduction && layout->introductionOpenLine > 0) {
                *error = SourceError{fileName, lineNumber, column,
                                     QStringLiteral("a second introduction: a reading has one "
                                                    "'::: introduction' (the first is at line %1)")
                                         .arg(layout->introductionOpenLine)};
                return false;
            }
            if (introduction)
                layout->introductionOpenLine = lineNumber;
            open.append(OpenDiv{lineNumber, column, text, introduction});
        }
        lines[i] = DivFenceReplacement;
    }
    if (!open.isEmpty()) {
        const OpenDiv &unclosed = open.last();
        *error = SourceError{fileName, unclosed.line, unclosed.column,
                             QStringLiteral("unclosed div '::: %1': expected a line ':::' after its text")
                                 .arg(unclosed.name)};
        return false;
    }
    return true;
}

// ---- CriticMarkup ----------------------------------------------------------------------------

/*!
 * Maps the lines cmark sees back to the file's: a note or deletion over several lines becomes one
 * marker, and the lines after it move up.
 */
class LineMap
{
public:
    //! From output line @p outputLine on (1-based), lines are @p removed more further down the file.
    void addShift(int outputLine, int removed)
    {
        const int total = (m_shifts.isEmpty() ? 0 : m_shifts.last().second) + removed;
        m_shifts.append({outputLine, total});
    }

    int fileLine(int outputLine) const
    {
        // The last shift that starts at or before outputLine applies.
        const auto after = std::upper_bound(m_shifts.cbegin(), m_shifts.cend(), outputLine,
                                            [](int line, const QPair<int, int> &shift) { return line < shift.first; });
        return after == m_shifts.cbegin() ? outputLine : outputLine + (after - 1)->second;
    }

private:
    QVector<QPair<int, int>> m_shifts; //!< (first output line shifted, total shift), ascending
};

//! One piece of CriticMarkup syntax, replaced in the Markdown by a marker.
struct Construct
{
    enum Kind : quint8 {
        HighlightStart,  //!< `{==`
        HighlightEnd,    //!< `==}`
        Note,            //!< `{>>note<<}` (the whole of it)
        AdditionStart,   //!< `{++`
        AdditionEnd,     //!< `++}`
        Deletion,        //!< `{--deleted--}` (the whole of it)
        SubstitutionOld, //!< `{~~old~>` (the delimiters and the text they replace)
        SubstitutionEnd, //!< `~~}`
    };
    Kind kind = Note;
    qsizetype offset = 0;     //!< where it starts in the Markdown (for error positions)
    QByteArray original;      //!< the source it replaced, put back when it turns out to be code
    QByteArray noteMarkdown;  //!< Note: its text
    int partner = -1;         //!< HighlightStart ↔ HighlightEnd
    int note = -1;            //!< HighlightEnd: the Note that follows it directly, if any
    bool onPassage = false;   //!< Note: belongs to the highlight right before it
};

QByteArray markerFor(int index)
{
    return QByteArray("{\xEF\xB7\x90") + QByteArray::number(index) + QByteArray("\xEF\xB7\x91}");
}

//! Reads the marker at @p i of @p text; returns its length (0: none) and sets @p index.
int markerAt(const QString &text, int i, int *index)
{
    if (i + 4 >= text.size() || text.at(i) != QLatin1Char('{') || text.at(i + 1) != QChar(MarkerOpen))
        return 0;
    int j = i + 2;
    int value = 0;
    while (j < text.size() && text.at(j).isDigit() && j - (i + 2) < 9) { // 9 digits: no overflow
        value = value * 10 + text.at(j).digitValue();
        ++j;
    }
    if (j == i + 2 || j + 1 >= text.size() || text.at(j) != QChar(MarkerClose)
        || text.at(j + 1) != QLatin1Char('}'))
        return 0;
    *index = value;
    return j + 2 - i;
}

class CriticMarkupScanner
{
public:
    CriticMarkupScanner(const QByteArray &markdown, const QString &fileName)
        : m_in(markdown), m_fileName(fileName)
    {
    }

    bool scan(QByteArray *out, QVector<Construct> *constructs, LineMap *lineMap, SourceError *error)
    {
        m_out.reserve(m_in.size());
        const qsizetype n = m_in.size();
        qsizetype i = 0;
        bool atLineStart = true;
        CodeFenceTracker codeFences;
        while (i < n) {
            if (atLineStart) {
                qsizetype lineEnd = m_in.indexOf('\n', i);
                if (lineEnd < 0)
                    lineEnd = n;
                const QByteArray line = m_in.mid(i, lineEnd - i);
                const bool inCode = codeFences.consume(line);
                if (inCode || isBlankLine(line) || line == DivFenceReplacement) {
                    if (!m_open.isEmpty())
                        return failUnterminated(m_open.last(), error);
                    m_out += line;
                    if (lineEnd < n)
                        m_out += '\n';
                    i = lineEnd + 1;
                    continue;
                }
                atLineStart = false;
            }
            const char c = m_in.at(i);
            if (c == '\n') {
                m_out += c;
                ++i;
                atLineStart = true;
                continue;
            }
            if (c == '\\' && i + 1 < n && isAsciiPunctuation(m_in.at(i + 1))) {
                m_out += m_in.mid(i, 2);
                i += 2;
                continue;
            }
            if (c == '`') {
                i = copyCodeSpan(i);
                continue;
            }
            if (c == '{' && i + 2 < n) {
                const qsizetype next = openConstruct(i, error);
                if (next < 0)
                    return false;
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (!m_open.isEmpty() && i + 2 < n && m_in.at(i + 2) == '}') {
                const qsizetype next = closeConstruct(i);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            m_out += c;
            ++i;
        }
        if (!m_open.isEmpty())
            return failUnterminated(m_open.last(), error);
        *out = m_out;
        *constructs = m_constructs;
        *lineMap = m_lineMap;
        return true;
    }

private:
    //! Handles `{==`, `{>>`, `{++`, `{--`, `{~~` at @p i; returns the offset after it, @p i when
    //! there is none, -1 on error.
    qsizetype openConstruct(qsizetype i, SourceError *error)
    {
        const char a = m_in.at(i + 1);
        const char b = m_in.at(i + 2);
        if (a != b)
            return i;
        switch (a) {
        case '=':
            m_open.append(replaceByMarker(Construct::HighlightStart, i, 3));
            return i + 3;
        case '+':
            m_open.append(replaceByMarker(Construct::AdditionStart, i, 3));
            return i + 3;
        case '>': {
            const qsizetype end = findInParagraph("<<}", i + 3);
            if (end < 0) {
                failAt(i, QStringLiteral("unterminated editorial note '{>>': expected '<<}' before the end of "
                                         "the paragraph"),
                       error);
                return -1;
            }
            const bool onPassage = m_lastHighlightEnd >= 0 && m_constructs.at(m_lastHighlightEnd).offset + 3 == i;
            const int index = replaceByMarker(Construct::Note, i, end + 3 - i);
            Construct &note = m_constructs[index];
            note.noteMarkdown = stripLinePrefixes(m_in.mid(i + 3, end - (i + 3)));
            note.onPassage = onPassage;
            if (onPassage)
                m_constructs[m_lastHighlightEnd].note = index;
            return end + 3;
        }
        case '-': {
            const qsizetype end = findInParagraph("--}", i + 3);
            if (end < 0) {
                failAt(i, QStringLiteral("unterminated deletion '{--': expected '--}' before the end of the "
                                         "paragraph"),
                       error);
                return -1;
            }
            replaceByMarker(Construct::Deletion, i, end + 3 - i);
            return end + 3;
        }
        case '~': {
            const qsizetype arrow = findInParagraph("~>", i + 3);
            const qsizetype end = arrow < 0 ? -1 : findInParagraph("~~}", arrow + 2);
            if (end < 0) {
                failAt(i, QStringLiteral("unterminated substitution '{~~': expected '~>' and then '~~}' "
                                         "before the end of the paragraph"),
                       error);
                return -1;
            }
            m_open.append(replaceByMarker(Construct::SubstitutionOld, i, arrow + 2 - i));
            return arrow + 2;
        }
        default:
            return i;
        }
    }

    //! Handles `==}`, `++}`, `~~}` closing the innermost open construct.
    qsizetype closeConstruct(qsizetype i)
    {
        const Construct &open = m_constructs.at(m_open.last());
        const char a = m_in.at(i);
        if (a != m_in.at(i + 1))
            return i;
        Construct::Kind closing;
        if (a == '=' && open.kind == Construct::HighlightStart)
            closing = Construct::HighlightEnd;
        else if (a == '+' && open.kind == Construct::AdditionStart)
            closing = Construct::AdditionEnd;
        else if (a == '~' && open.kind == Construct::SubstitutionOld)
            closing = Construct::SubstitutionEnd;
        else
            return i;
        const int startIndex = m_open.takeLast();
        const int endIndex = replaceByMarker(closing, i, 3);
        m_constructs[startIndex].partner = endIndex;
        m_constructs[endIndex].partner = startIndex;
        if (closing == Construct::HighlightEnd)
            m_lastHighlightEnd = endIndex;
        return i + 3;
    }

    //! Replaces @p length bytes at @p offset by a marker; returns the construct's index.
    int replaceByMarker(Construct::Kind kind, qsizetype offset, qsizetype length)
    {
        Construct construct;
        construct.kind = kind;
        construct.offset = offset;
        construct.original = m_in.mid(offset, length);
        const int index = m_constructs.size();
        m_constructs.append(construct);
        m_out += markerFor(index);
        const int removedLineEnds = static_cast<int>(construct.original.count('\n'));
        if (removedLineEnds > 0) {
            // Count the output's lines only when needed, and each byte once.
            m_outputLine += static_cast<int>(std::count(m_out.cbegin() + m_outputCountedUpTo, m_out.cend(), '\n'));
            m_outputCountedUpTo = m_out.size();
            m_lineMap.addShift(m_outputLine + 1, removedLineEnds);
        }
        return index;
    }

    //! Copies the code span (or lone backtick run) at @p i untouched; returns the offset after it.
    qsizetype copyCodeSpan(qsizetype i)
    {
        qsizetype run = 0;
        while (i + run < m_in.size() && m_in.at(i + run) == '`')
            ++run;
        qsizetype end = -1;
        if (m_noClosingRunBefore.value(run, -1) <= i) {
            qsizetype j = i + run;
            while (j < m_in.size()) {
                const char c = m_in.at(j);
                if (c == '\n' && endsParagraph(j)) {
                    break;
                }
                if (c != '`') {
                    ++j;
                    continue;
                }
                qsizetype closing = 0;
                while (j + closing < m_in.size() && m_in.at(j + closing) == '`')
                    ++closing;
                if (closing == run) {
                    end = j + closing;
                    break;
                }
                j += closing;
            }
            if (end < 0)
                m_noClosingRunBefore.insert(run, j); // no later run of this length before j either
        }
        if (end < 0)
            end = i + run;
        m_out += m_in.mid(i, end - i);
        return end;
    }

    //! True when the line end at @p newline is followed by a line that ends the paragraph.
    bool endsParagraph(qsizetype newline) const
    {
        qsizetype lineEnd = m_in.indexOf('\n', newline + 1);
        if (lineEnd < 0)
            lineEnd = m_in.size();
        return isParagraphBoundary(m_in.mid(newline + 1, lineEnd - newline - 1));
    }

    qsizetype findInParagraph(const char *token, qsizetype from) const
    {
        const qsizetype length = static_cast<qsizetype>(std::strlen(token));
        for (qsizetype j = from; j + length <= m_in.size(); ++j) {
            const char c = m_in.at(j);
            if (c == '\n' && endsParagraph(j))
                return -1;
            if (c == token[0] && std::memcmp(m_in.constData() + j, token, static_cast<size_t>(length)) == 0)
                return j;
        }
        return -1;
    }

    //! A note may run over several lines; its continuation lines lose indentation and quote marks.
    static QByteArray stripLinePrefixes(const QByteArray &text)
    {
        QList<QByteArray> lines = text.split('\n');
        for (int k = 1; k < lines.size(); ++k) {
            qsizetype start = 0;
            const QByteArray &line = lines.at(k);
            while (start < line.size() && (line.at(start) == ' ' || line.at(start) == '\t' || line.at(start) == '>'))
                ++start;
            lines[k] = line.mid(start);
        }
        return lines.join('\n');
    }

    bool failUnterminated(int index, SourceError *error) const
    {
        QString message;
        switch (m_constructs.at(index).kind) {
        case Construct::HighlightStart:
            message = QStringLiteral("unterminated highlight '{==': expected '==}' before the end of the paragraph");
            break;
        case Construct::AdditionStart:
            message = QStringLiteral("unterminated addition '{++': expected '++}' before the end of the paragraph");
            break;
        default:
            message = QStringLiteral("unterminated substitution '{~~': expected '~~}' before the end of the "
                                     "paragraph");
            break;
        }
        failAt(m_constructs.at(index).offset, message, error);
        return false;
    }

    void failAt(qsizetype offset, const QString &message, SourceError *error) const
    {
        const TextPosition where = positionOfByte(m_in, offset);
        *error = SourceError{m_fileName, where.line, where.column, message};
    }

    const QByteArray &m_in;
    const QString &m_fileName;
    QByteArray m_out;
    QVector<Construct> m_constructs;
    QVector<int> m_open;          //!< open highlights, additions and substitutions, innermost last
    int m_lastHighlightEnd = -1;
    LineMap m_lineMap;
    int m_outputLine = 1;              //!< the line of m_out at m_outputCountedUpTo
    qsizetype m_outputCountedUpTo = 0;
    QHash<qsizetype, qsizetype> m_noClosingRunBefore; //!< backtick run length → no closing run before
};

// ---- cmark -----------------------------------------------------------------------------------

struct CmarkParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct CmarkNodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct CmarkIterDeleter
{
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};
struct MallocDeleter
{
    void operator()(char *text) const { std::free(text); }
};
using CmarkDocument = std::unique_ptr<cmark_node, CmarkNodeDeleter>;

CmarkDocument parseMarkdown(const QByteArray &markdown, int options)
{
    // cmark-gfm guards its registration with a plain flag; a function-local static makes it
    // happen once even when readings are parsed on several threads.
    static const bool extensionsRegistered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(extensionsRegistered)
    std::unique_ptr<cmark_parser, CmarkParserDeleter> parser(cmark_parser_new(options));
    for (const char *name : {"strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), markdown.constData(), static_cast<size_t>(markdown.size()));
    return CmarkDocument(cmark_parser_finish(parser.get()));
}

bool isStrikethrough(cmark_node *node)
{
    const char *name = cmark_node_get_type_string(node);
    return name && std::strcmp(name, "strikethrough") == 0;
}

//! The label of a footnote definition as written: cmark-gfm keeps it but only its renderers show it.
QString footnoteLabel(cmark_node *definition)
{
    std::unique_ptr<char, MallocDeleter> rendered(cmark_render_commonmark(definition, CMARK_OPT_DEFAULT, 0));
    const QString text = fromCString(rendered.get());
    if (text.startsWith(QLatin1String("[^"))) {
        const int end = text.indexOf(QLatin1String("]:"));
        if (end > 2)
            return text.mid(2, end - 2);
    }
    return QString();
}

RichText parseNoteText(const QByteArray &markdown);

/*!
 * Flattens a cmark AST into Blocks and resolves the CriticMarkup markers in them. One instance
 * converts one document: the body of a reading (with its introduction and footnotes) or one
 * editorial note's text.
 */
class BlockConverter
{
public:
    //! Blocks of one flow (body, introduction, a footnote) and its point notes still looking for text.
    struct Section
    {
        QVector<Block> *blocks = nullptr;
        QVector<int> notesForNextBlock; //!< note indexes (into editorialNotes)
        QVector<int> noteConstructsForNextBlock;
    };

    BlockConverter(const QByteArray &markdown, const QVector<Construct> &constructs, const LineMap &lineMap,
                   const QString &fileName, Reading *reading)
        : m_markdown(markdown),
          m_constructs(constructs),
          m_lineMap(lineMap),
          m_fileName(fileName),
          m_reading(reading),
          m_constructUsed(constructs.size(), false)
    {
    }

    bool convertReading(cmark_node *document, const DivLayout &layout, SourceError *error)
    {
        for (cmark_node *child = cmark_node_first_child(document); child; child = cmark_node_next(child)) {
            if (cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION)
                m_footnoteDefinitions.append(child); // cmark-gfm sorts them by first reference
        }
        Section introduction{&m_reading->introduction, {}, {}};
        Section body{&m_reading->body, {}, {}};
        for (cmark_node *child = cmark_node_first_child(document); child; child = cmark_node_next(child)) {
            if (cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION)
                continue;
            const int line = m_lineMap.fileLine(cmark_node_get_start_line(child));
            const bool inIntroduction = layout.introductionOpenLine > 0 && line > layout.introductionOpenLine
                && line < layout.introductionCloseLine;
            convertTree(child, inIntroduction ? introduction : body);
        }
        finishSection(introduction);
        finishSection(body);
        // Footnotes may refer to further footnotes, which then join the end of the list.
        for (int i = 0; i < m_footnoteNodes.size() && m_error.isNull(); ++i) {
            Footnote footnote;
            footnote.label = stripMarkers(footnoteLabel(m_footnoteNodes.at(i)));
            QVector<Block> blocks;
            Section section{&blocks, {}, {}};
            for (cmark_node *child = cmark_node_first_child(m_footnoteNodes.at(i)); child;
                 child = cmark_node_next(child)) {
                convertTree(child, section);
            }
            finishSection(section);
            footnote.blocks = blocks;
            m_reading->footnotes.append(footnote);
        }
        checkEveryNoteShown();
        if (!m_error.isNull()) {
            *error = m_error;
            return false;
        }
        return true;
    }

    //! For an editorial note's own text: all blocks, no footnotes, no CriticMarkup.
    QVector<Block> convertAll(cmark_node *document)
    {
        QVector<Block> blocks;
        Section section{&blocks, {}, {}};
        for (cmark_node *child = cmark_node_first_child(document); child; child = cmark_node_next(child))
            convertTree(child, section);
        return blocks;
    }

private:
    struct ListState
    {
        bool ordered = false;
        int start = 1;
        int itemIndex = -1;
    };
    struct OpenStyle
    {
        int styleIndex;
    };

    void convertTree(cmark_node *root, Section &section)
    {
        std::unique_ptr<cmark_iter, CmarkIterDeleter> iter(cmark_iter_new(root));
        cmark_event_type event;
        while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            const bool entering = event == CMARK_EVENT_ENTER;
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_BLOCK_QUOTE:
                m_quoteDepth += entering ? 1 : -1;
                break;
            case CMARK_NODE_LIST:
                if (entering) {
                    ListState list;
                    list.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
                    list.start = cmark_node_get_list_start(node);
                    m_lists.append(list);
                } else if (!m_lists.isEmpty()) {
                    m_lists.removeLast();
                }
                break;
            case CMARK_NODE_ITEM:
                if (entering) {
                    if (!m_lists.isEmpty())
                        ++m_lists.last().itemIndex;
                    m_pendingItemStart = true;
                } else if (m_pendingItemStart) {
                    // An empty item still shows its bullet or number.
                    Block empty = newBlock(Block::Paragraph, node);
                    finishBlock(empty, section);
                }
                break;
            case CMARK_NODE_PARAGRAPH:
            case CMARK_NODE_HEADING:
                if (entering) {
                    const bool heading = cmark_node_get_type(node) == CMARK_NODE_HEADING;
                    m_current = newBlock(heading ? Block::Heading : Block::Paragraph, node);
                    if (heading)
                        m_current.headingLevel = cmark_node_get_heading_level(node);
                    m_inBlock = true;
                    m_openStyles.clear();
                } else {
                    m_inBlock = false;
                    finishBlock(m_current, section);
                }
                break;
            case CMARK_NODE_CODE_BLOCK: {
                Block block = newBlock(Block::CodeBlock, node);
                block.text = restoreMarkers(fromCString(cmark_node_get_literal(node)));
                if (block.text.endsWith(QLatin1Char('\n')))
                    block.text.chop(1);
                finishBlock(block, section);
                break;
            }
            case CMARK_NODE_THEMATIC_BREAK:
                finishBlock(newBlock(Block::ThematicBreak, node), section);
                break;
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                // Converted once, as a footnote; never part of the text it sits in.
                cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
                break;
            case CMARK_NODE_TEXT:
                appendText(fromCString(cmark_node_get_literal(node)));
                break;
            case CMARK_NODE_SOFTBREAK:
                appendText(QStringLiteral(" "));
                break;
            case CMARK_NODE_LINEBREAK:
                appendText(QString(QChar(LineSeparator)));
                break;
            case CMARK_NODE_CODE:
                if (m_inBlock) {
                    const int start = textLength();
                    m_current.text += restoreMarkers(fromCString(cmark_node_get_literal(node)));
                    m_current.styles.append(StyleRange{StyleRange::Code, start, textLength(), {}});
                }
                break;
            case CMARK_NODE_EMPH:
                toggleStyle(entering, StyleRange::Emphasis, QString());
                break;
            case CMARK_NODE_STRONG:
                toggleStyle(entering, StyleRange::Strong, QString());
                break;
            case CMARK_NODE_LINK:
                toggleStyle(entering, StyleRange::Link, stripMarkers(fromCString(cmark_node_get_url(node))));
                break;
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                if (entering && m_inBlock)
                    addFootnoteReference(node);
                break;
            case CMARK_NODE_HTML_INLINE:
            case CMARK_NODE_HTML_BLOCK:
                // Dropped; the text between inline tags is kept as plain text.
                break;
            default:
                if (isStrikethrough(node))
                    toggleStyle(entering, StyleRange::Strikethrough, QString());
                // Images: their children (the alt text) are appended as text.
                break;
            }
        }
    }

    Block newBlock(Block::Kind kind, cmark_node *node)
    {
        Block block;
        block.kind = kind;
        block.quoteDepth = m_quoteDepth;
        block.listDepth = m_lists.size();
        if (!m_lists.isEmpty()) {
            const ListState &list = m_lists.last();
            block.ordered = list.ordered;
            block.listNumber = list.ordered ? list.start + list.itemIndex : 0;
        }
        block.listItemStart = m_pendingItemStart && !m_lists.isEmpty();
        m_pendingItemStart = false;
        block.sourceLine = m_lineMap.fileLine(cmark_node_get_start_line(node));
        return block;
    }

    int textLength() const { return static_cast<int>(m_current.text.size()); }

    void appendText(const QString &text)
    {
        if (m_inBlock)
            m_current.text += text;
    }

    void toggleStyle(bool entering, StyleRange::Style style, const QString &href)
    {
        if (!m_inBlock)
            return;
        if (entering) {
            m_openStyles.append(OpenStyle{static_cast<int>(m_current.styles.size())});
            m_current.styles.append(StyleRange{style, textLength(), -1, href});
        } else if (!m_openStyles.isEmpty()) {
            m_current.styles[m_openStyles.takeLast().styleIndex].end = textLength();
        }
    }

    void addFootnoteReference(cmark_node *node)
    {
        // cmark-gfm replaces a reference's label by the number of its definition, counted in order
        // of first reference over the whole document; definitions sit at the document's end in that order.
        bool ok = false;
        const int number = fromCString(cmark_node_get_literal(node)).toInt(&ok);
        if (!ok || number < 1 || number > m_footnoteDefinitions.size())
            return;
        cmark_node *definition = m_footnoteDefinitions.at(number - 1);
        int index = m_footnoteNodes.indexOf(definition);
        if (index < 0) {
            index = m_footnoteNodes.size();
            m_footnoteNodes.append(definition);
        }
        const int position = textLength();
        m_current.anchors.append(Anchor{Anchor::FootnoteReference, position, position, index});
    }

    //! Code is shown as written: CriticMarkup in it was never markup.
    QString restoreMarkers(const QString &text)
    {
        if (!text.contains(QChar(MarkerOpen)) && !text.contains(QChar(MarkerClose)))
            return text;
        QString result;
        for (int i = 0; i < text.size();) {
            int index = -1;
            const int length = markerAt(text, i, &index);
            if (length > 0 && index < m_constructs.size()) {
                const Construct &construct = m_constructs.at(index);
                m_constructUsed[index] = true;
                result += QString::fromUtf8(construct.original);
                i += length;
                continue;
            }
            if (text.at(i) != QChar(MarkerOpen) && text.at(i) != QChar(MarkerClose))
                result += text.at(i);
            ++i;
        }
        return result;
    }

    static QString stripMarkers(const QString &text)
    {
        QString result;
        for (int i = 0; i < text.size();) {
            int index = -1;
            const int length = markerAt(text, i, &index);
            if (length > 0) {
                i += length;
                continue;
            }
            if (text.at(i) != QChar(MarkerOpen) && text.at(i) != QChar(MarkerClose))
                result += text.at(i);
            ++i;
        }
        return result;
    }

    struct PointNote
    {
        int position;
        int note;
        int construct;
    };

    /*!
     * Removes the markers from a block's text, turning them into editorial-note anchors, trims the
     * text and moves every range along. Notes that stand where no sentence precedes them go to the
     * section's previous block, or wait for its next one.
     */
    void finishBlock(Block block, Section &section)
    {
        const QString raw = block.text;
        const int rawSize = static_cast<int>(raw.size());
        QString text;
        const auto textSize = [&text] { return static_cast<int>(text.size()); };
        text.reserve(rawSize);
        QVector<int> newPosition(rawSize + 1, 0);
        QVector<Anchor> noteAnchors;
        QVector<PointNote> pointNotes;
        QHash<int, int> openPassages; // HighlightStart construct → start position
        for (int i = 0; i < rawSize;) {
            int index = -1;
            const int length = markerAt(raw, i, &index);
            if (length == 0 || index >= m_constructs.size()) {
                newPosition[i] = textSize();
                if (raw.at(i) != QChar(MarkerOpen) && raw.at(i) != QChar(MarkerClose))
                    text += raw.at(i);
                ++i;
                continue;
            }
            for (int k = 0; k < length; ++k)
                newPosition[i + k] = textSize();
            i += length;
            m_constructUsed[index] = true;
            const Construct &construct = m_constructs.at(index);
            switch (construct.kind) {
            case Construct::HighlightStart:
                openPassages.insert(index, textSize());
                break;
            case Construct::HighlightEnd:
                if (!openPassages.contains(construct.partner)) {
                    failAtConstruct(construct.partner,
                                    QStringLiteral("a highlighted passage must lie within one paragraph: "
                                                   "expected '==}' in the paragraph that '{==' starts"));
                    break;
                }
                if (construct.note >= 0) {
                    m_constructUsed[construct.note] = true;
                    noteAnchors.append(Anchor{Anchor::EditorialNote, openPassages.value(construct.partner),
                                              textSize(), addNote(construct.note)});
                }
                openPassages.remove(construct.partner);
                break;
            case Construct::Note:
                if (!construct.onPassage)
                    pointNotes.append(PointNote{textSize(), addNote(index), index});
                break;
            default:
                break; // additions, deletions, substitutions: the text is already right
            }
            // Removing `{>>note<<}` from "word {>>note<<} word" must not leave two spaces.
            if (i < rawSize && raw.at(i) == QLatin1Char(' ') && text.endsWith(QLatin1Char(' '))) {
                newPosition[i] = textSize();
                ++i;
            }
        }
        newPosition[rawSize] = textSize();
        for (auto it = openPassages.constBegin(); it != openPassages.constEnd(); ++it) {
            failAtConstruct(it.key(), QStringLiteral("a highlighted passage must lie within one paragraph: "
                                                     "expected '==}' in the paragraph that '{==' starts"));
        }

        // Trim the ends; every position moves with the text.
        int leading = 0;
        while (leading < textSize() && text.at(leading).isSpace())
            ++leading;
        int trailing = textSize();
        while (trailing > leading && text.at(trailing - 1).isSpace())
            --trailing;
        if (block.kind != Block::CodeBlock)
            text = text.mid(leading, trailing - leading);
        else
            leading = 0;
        const auto finalPosition = [&](int rawPosition) {
            return qBound(0, newPosition.at(qBound(0, rawPosition, rawSize)) - leading, textSize());
        };
        const auto trimmedPosition = [&](int position) { return qBound(0, position - leading, textSize()); };

        QVector<StyleRange> styles;
        for (StyleRange style : qAsConst(block.styles)) {
            if (style.end < 0)
                style.end = rawSize;
            style.start = finalPosition(style.start);
            style.end = finalPosition(style.end);
            if (style.end > style.start)
                styles.append(style);
        }
        QVector<Anchor> anchors;
        for (Anchor anchor : qAsConst(block.anchors)) {
            anchor.start = finalPosition(anchor.start);
            anchor.end = anchor.start;
            anchors.append(anchor);
        }
        for (Anchor anchor : qAsConst(noteAnchors)) {
            anchor.start = trimmedPosition(anchor.start);
            anchor.end = trimmedPosition(anchor.end);
            anchors.append(anchor);
        }
        block.text = text;
        block.styles = styles;
        block.anchors = anchors;

        const bool keepEmpty = block.listItemStart || block.kind == Block::CodeBlock
            || block.kind == Block::ThematicBreak;
        if (block.text.isEmpty() && !keepEmpty) {
            // A note in a paragraph of its own belongs to the text before it.
            for (const PointNote &note : qAsConst(pointNotes))
                attachToPreviousText(note, section);
            return;
        }

        for (const PointNote &note : qAsConst(pointNotes)) {
            int end = trimmedPosition(note.position);
            while (end > 0 && block.text.at(end - 1).isSpace())
                --end;
            if (end == 0 || block.text.isEmpty()) {
                attachToPreviousText(note, section);
                continue;
            }
            block.anchors.append(Anchor{Anchor::EditorialNote, sentences::startBefore(block.text, end), end, note.note});
        }
        if (!block.text.isEmpty()) {
            for (int note : qAsConst(section.notesForNextBlock))
                block.anchors.append(Anchor{Anchor::EditorialNote, 0, sentences::firstEnd(block.text), note});
            section.notesForNextBlock.clear();
            section.noteConstructsForNextBlock.clear();
        }
        sortAnchors(&block.anchors);
        section.blocks->append(block);
    }

    void attachToPreviousText(const PointNote &note, Section &section)
    {
        for (int k = section.blocks->size() - 1; k >= 0; --k) {
            Block &previous = (*section.blocks)[k];
            if (previous.text.isEmpty() || previous.kind == Block::CodeBlock)
                continue;
            const int end = static_cast<int>(previous.text.size());
            previous.anchors.append(Anchor{Anchor::EditorialNote, sentences::startBefore(previous.text, end), end,
                                           note.note});
            sortAnchors(&previous.anchors);
            return;
        }
        section.notesForNextBlock.append(note.note);
        section.noteConstructsForNextBlock.append(note.construct);
    }

    void finishSection(Section &section)
    {
        if (!section.noteConstructsForNextBlock.isEmpty()) {
            failAtConstruct(section.noteConstructsForNextBlock.first(),
                            QStringLiteral("an editorial note needs text to attach to: write it after "
                                           "the sentence it comments on"));
        }
    }

    static void sortAnchors(QVector<Anchor> *anchors)
    {
        std::stable_sort(anchors->begin(), anchors->end(), [](const Anchor &a, const Anchor &b) {
            if (a.start != b.start)
                return a.start < b.start;
            return a.end < b.end;
        });
    }

    int addNote(int construct)
    {
        m_reading->editorialNotes.append(parseNoteText(m_constructs.at(construct).noteMarkdown));
        return m_reading->editorialNotes.size() - 1;
    }

    //! A note inside raw HTML, a link's address or an unreferenced footnote would silently vanish.
    void checkEveryNoteShown()
    {
        for (int i = 0; i < m_constructs.size(); ++i) {
            const Construct &construct = m_constructs.at(i);
            const bool carriesNote = construct.kind == Construct::Note || construct.kind == Construct::HighlightStart;
            if (carriesNote && !m_constructUsed.at(i)) {
                failAtConstruct(i, QStringLiteral("this editorial note would not be shown: CriticMarkup inside "
                                                  "HTML, a link or image address or an unused footnote is "
                                                  "lost; move it into the text"));
                return;
            }
        }
    }

    void failAtConstruct(int index, const QString &message)
    {
        if (!m_error.isNull() || index < 0 || index >= m_constructs.size())
            return;
        const TextPosition where = positionOfByte(m_markdown, m_constructs.at(index).offset);
        m_error = SourceError{m_fileName, where.line, where.column, message};
    }

    const QByteArray &m_markdown;
    const QVector<Construct> &m_constructs;
    const LineMap &m_lineMap;
    const QString &m_fileName;
    Reading *m_reading;
    QVector<bool> m_constructUsed;
    QVector<cmark_node *> m_footnoteDefinitions; //!< in cmark's numbering
    QVector<cmark_node *> m_footnoteNodes;       //!< in Reading::footnotes order
    SourceError m_error;

    int m_quoteDepth = 0;
    QVector<ListState> m_lists;
    bool m_pendingItemStart = false;
    bool m_inBlock = false;
    Block m_current;
    QVector<OpenStyle> m_openStyles;
};

RichText parseNoteText(const QByteArray &markdown)
{
    const CmarkDocument document = parseMarkdown(markdown, CMARK_OPT_DEFAULT);
    Reading scratch;
    const QVector<Construct> noConstructs;
    const LineMap sameLines;
    const QString noFile;
    BlockConverter converter(markdown, noConstructs, sameLines, noFile, &scratch);
    const QVector<Block> blocks = converter.convertAll(document.get());
    RichText note;
    for (const Block &block : blocks) {
        if (block.text.isEmpty())
            continue;
        if (!note.text.isEmpty())
            note.text += QLatin1Char(' ');
        const int offset = static_cast<int>(note.text.size());
        note.text += block.text;
        for (StyleRange style : block.styles) {
            style.start += offset;
            style.end += offset;
            note.styles.append(style);
        }
    }
    return note;
}

} // namespace

qsizetype footnoteMarkerCount(const QByteArray &utf8)
{
    qsizetype count = 0;
    for (qsizetype at = utf8.indexOf("[^"); at >= 0; at = utf8.indexOf("[^", at + 2))
        ++count;
    return count;
}

bool parseReading(const QByteArray &utf8, const QString &fileName, Reading *reading, SourceError *error)
{
    const qsizetype markers = footnoteMarkerCount(utf8);
    if (markers > ImportLimits::MaximumFootnoteReferences) {
        *error = SourceError{fileName, 0, 0,
                             QStringLiteral("%1 footnote markers ([^…]); the limit is %2")
                                 .arg(markers)
                                 .arg(ImportLimits::MaximumFootnoteReferences)};
        return false;
    }
    // 1. Normalise: no BOM, LF line ends, and no marker characters of our own in the source.
    QByteArray text;
    text.reserve(utf8.size());
    const qsizetype size = utf8.size();
    for (qsizetype i = utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < size; ++i) {
        const char c = utf8.at(i);
        if (c == '\r') {
            text += '\n';
            if (i + 1 < size && utf8.at(i + 1) == '\n')
                ++i;
        } else if (c == '\xEF' && i + 2 < size && utf8.at(i + 1) == '\xB7'
                   && (utf8.at(i + 2) == '\x90' || utf8.at(i + 2) == '\x91')) {
            text += "\xEF\xBF\xBD"; // U+FDD0/U+FDD1 are noncharacters; U+FFFD keeps the columns
            i += 2;
        } else {
            text += c;
        }
    }

    Reading result;
    QList<QByteArray> lines = text.split('\n');

    // 2. Front matter.
    FrontMatterReader frontMatter(lines, fileName, &result, error);
    if (!frontMatter.read())
        return false;
    if (result.id.isEmpty())
        result.id = makeReadingId(result.author, result.title);

    // 3. Div fences.
    DivLayout layout;
    if (!scanFencedDivs(lines, fileName, &layout, error))
        return false;

    // 4. CriticMarkup.
    const QByteArray markdown = lines.join('\n');
    QByteArray scanned;
    QVector<Construct> constructs;
    LineMap lineMap;
    CriticMarkupScanner scanner(markdown, fileName);
    if (!scanner.scan(&scanned, &constructs, &lineMap, error))
        return false;

    // 5. Markdown.
    const CmarkDocument document = parseMarkdown(scanned, CMARK_OPT_FOOTNOTES);
    if (!document) {
        *error = SourceError{fileName, 0, 0, QStringLiteral("the Markdown parser failed")};
        return false;
    }
    BlockConverter converter(markdown, constructs, lineMap, fileName, &result);
    if (!converter.convertReading(document.get(), layout, error))
        return false;

    qCDebug(lcReading) << fileName << "parsed:" << result.introduction.size() << "introduction blocks,"
                       << result.body.size() << "body blocks," << result.footnotes.size() << "footnotes,"
                       << result.editorialNotes.size() << "editorial notes";
    *reading = result;
    return true;
}

} // namespace redletter
