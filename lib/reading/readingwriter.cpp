// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/readingwriter.h"

#include "text/sentences.h"
#include "util/yamltext.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

/*
 * How a reading is written (the rules are listed in FORMAT.md, "Writing readings"):
 *
 *  - Every block's inline text becomes a row of pieces — characters, emphasis delimiters and
 *    opaque things that start and end with punctuation (code spans, link brackets, footnote
 *    references, CriticMarkup) — so that CommonMark's flanking rules, which decide whether a `*`
 *    opens or closes, can be checked on what is actually written. Where a delimiter would not
 *    be read as intended (`a*.b*`), the character beside it is written as a numeric character
 *    reference (`&#97;*.b*`), which counts as punctuation; two delimiter runs that would touch
 *    and merge use different characters (`*a*__b__`).
 *  - Characters that would be read as markup are backslash-escaped: always `\`, `` ` ``, `*`, `_`,
 *    `[`, `]`, `<`, `~`; where they would start something, `#`, `>`, `-`, `+`, `=`, `1.`, `:::` at a
 *    line start, `&` before an entity, `{` before `==`, `>>`, `++`, `--`, and the characters that
 *    would make GFM autolinks.
 *  - Block structure is rebuilt from the flattened blocks with a stack of open containers (quotes
 *    and list items): a block keeps what it shares with the one before and opens the rest, list
 *    items outside quotes so that a later block of the same item can leave a quote again.
 */

namespace redletter {

namespace {

constexpr char16_t LineSeparator = 0x2028;

// ---- Characters as cmark classifies them -----------------------------------------------------

enum class CharClass : quint8 { Space, Punctuation, Other };

//! cmark's Unicode white space (utf8proc_is_space), which decides delimiter flanking.
bool isCmarkSpace(char32_t c)
{
    return c == 9 || c == 10 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isAsciiPunctuation(char32_t c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

CharClass classOf(char32_t c)
{
    if (isCmarkSpace(c))
        return CharClass::Space;
    if (c < 128)
        return isAsciiPunctuation(c) ? CharClass::Punctuation : CharClass::Other;
    return QChar::isPunct(c) ? CharClass::Punctuation : CharClass::Other;
}

bool isAsciiAlnum(char32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// ---- Inline text -----------------------------------------------------------------------------

//! One piece of written inline Markdown.
struct Piece
{
    enum Kind : quint8 {
        Char,   //!< one character of the text
        Delim,  //!< an emphasis, strong or strikethrough delimiter run
        Opaque, //!< written as it is; starts and ends with ASCII punctuation
        Break,  //!< a hard line break (`\` and a new line)
    };
    Kind kind = Char;
    char32_t code = 0;     //!< Char
    QString text;          //!< Char: the character; Opaque: what is written
    bool escaped = false;  //!< Char: a backslash before it
    bool entity = false;   //!< Char: written as &#N;
    int span = -1;         //!< Delim: index into InlineWriter::m_spans
    bool opening = false;  //!< Delim
    bool footnote = false; //!< Opaque: a footnote reference
    bool linkOpen = false; //!< Opaque: a link's `[`
    bool separated = false; //!< Char: an empty HTML comment before it (GFM would see an e-mail address)
};

//! An emphasis, strong or strikethrough range as written: its delimiter character and length.
struct DelimSpan
{
    StyleRange::Style style = StyleRange::Emphasis;
    QChar character;
    int length = 1;
};

//! What the inline writer needs from the reading: the labels and the notes as Markdown.
struct InlineContext
{
    QStringList footnoteLabels;
    QStringList noteMarkdown;
};

class InlineWriter
{
public:
    enum Mode {
        ParagraphText, //!< U+2028 becomes a hard break; lines after it start like the first
        OneLine,       //!< notes: U+2028 is written as it is
        HeadingText,   //!< one line, and every `#` escaped (one at the end would close the heading)
    };

    InlineWriter(const QString &text, const QVector<StyleRange> &styles, const QVector<Anchor> &anchors,
                 const InlineContext &context, Mode mode)
        : m_text(text), m_context(context), m_mode(mode)
    {
        build(styles, anchors);
        chooseDelimiters();
        markEscapes();
        fixFlanking();
    }

    //! The written lines: one, or one more after each hard break.
    QStringList lines() const
    {
        QStringList result{QString()};
        for (const Piece &piece : m_pieces) {
            switch (piece.kind) {
            case Piece::Char:
                if (piece.separated)
                    result.last() += QStringLiteral("<!-- -->");
                if (piece.entity)
                    result.last() += QStringLiteral("&#%1;").arg(uint(piece.code));
                else if (piece.escaped)
                    result.last() += QLatin1Char('\\') + piece.text;
                else
                    result.last() += piece.text;
                break;
            case Piece::Delim: {
                const DelimSpan &span = m_spans.at(piece.span);
                result.last() += QString(span.length, span.character);
                break;
            }
            case Piece::Opaque:
                result.last() += piece.text;
                break;
            case Piece::Break:
                result.last() += QLatin1Char('\\');
                result.append(QString());
                break;
            }
        }
        return result;
    }

private:
    struct Note
    {
        int index;
        int start;
        int end;
        bool point;
    };

    void build(const QVector<StyleRange> &styles, const QVector<Anchor> &anchors)
    {
        const int n = static_cast<int>(m_text.size());
        QVector<StyleRange> ranges;
        for (StyleRange style : styles) {
            style.start = qBound(0, style.start, n);
            style.end = qBound(0, style.end, n);
            if (style.end > style.start)
                ranges.append(style);
        }
        QHash<int, QVector<int>> footnotesAt;
        QVector<Note> notes;
        for (const Anchor &anchor : anchors) {
            const int start = qBound(0, anchor.start, n);
            const int end = qBound(start, anchor.end, n);
            if (anchor.kind == Anchor::FootnoteReference) {
                footnotesAt[start].append(anchor.index);
                continue;
            }
            // A point note where the parser would put it back on the same sentence is the shorter form.
            const bool point = end > 0 && start < end && !m_text.at(end - 1).isSpace()
                && sentences::startBefore(m_text, end) == start;
            notes.append(Note{anchor.index, start, end, point});
        }
        // Notes are numbered in the order the parser meets them: by their end, then by index.
        std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) {
            if (a.end != b.end)
                return a.end < b.end;
            return a.index < b.index;
        });

        struct Open
        {
            int range;
            int span; //!< -1 for links
        };
        QVector<Open> open;
        QVector<bool> done(ranges.size(), false);
        for (int p = 0; p <= n;) {
            // 1. Ranges ending here close, innermost first; one that crosses them is reopened.
            QVector<int> reopen;
            bool anyEnding = false;
            for (const Open &o : open)
                anyEnding = anyEnding || ranges.at(o.range).end <= p;
            while (anyEnding && !open.isEmpty()) {
                const Open top = open.takeLast();
                closeRange(ranges.at(top.range), top.span);
                if (ranges.at(top.range).end > p)
                    reopen.prepend(top.range);
                anyEnding = false;
                for (const Open &o : open)
                    anyEnding = anyEnding || ranges.at(o.range).end <= p;
            }
            for (int range : reopen)
                open.append(Open{range, openRange(ranges.at(range))});

            // 2. Editorial notes ending here, 3. footnote references, 4. highlighted passages opening.
            for (const Note &note : notes) {
                if (note.end != p)
                    continue;
                const QString comment = QStringLiteral("{>>") + m_context.noteMarkdown.value(note.index) + QStringLiteral("<<}");
                if (note.point)
                    opaque(comment);
                else
                    opaque((note.start == note.end ? QStringLiteral("{====}") : QStringLiteral("==}")) + comment);
            }
            for (int index : footnotesAt.value(p)) {
                opaque(QStringLiteral("[^") + m_context.footnoteLabels.value(index) + QLatin1Char(']'));
                m_pieces.last().footnote = true;
            }
            QVector<Note> opening;
            for (const Note &note : notes) {
                if (!note.point && note.start == p && note.end > p)
                    opening.append(note);
            }
            // The passage that closes last opens first; of equal ones the first numbered closes first.
            std::stable_sort(opening.begin(), opening.end(), [](const Note &a, const Note &b) {
                if (a.end != b.end)
                    return a.end > b.end;
                return a.index > b.index;
            });
            for (int k = 0; k < opening.size(); ++k)
                opaque(QStringLiteral("{=="));

            if (p == n)
                break;

            // 5. Ranges opening here, outermost (first in the reading) first. Code is written whole.
            int next = p + 1;
            bool wroteCode = false;
            for (int r = 0; r < ranges.size(); ++r) {
                if (done.at(r) || ranges.at(r).start != p)
                    continue;
                done[r] = true;
                const StyleRange &range = ranges.at(r);
                if (range.style == StyleRange::Code) {
                    opaque(codeSpan(m_text.mid(range.start, range.end - range.start)));
                    next = range.end;
                    wroteCode = true;
                    // Nothing starts inside a code span; a passage ending in one ends after it.
                    for (int s = 0; s < ranges.size(); ++s) {
                        if (ranges.at(s).start > p && ranges.at(s).start < range.end)
                            done[s] = true;
                    }
                    for (Note &note : notes) {
                        if (note.start > p && note.start < range.end)
                            note.start = range.end;
                        if (note.end > p && note.end < range.end)
                            note.end = range.end;
                    }
                    break;
                }
                open.append(Open{r, openRange(range)});
            }
            if (!wroteCode)
                appendCharacter(p, &next);
            p = next;
        }
        while (!open.isEmpty()) {
            const Open top = open.takeLast();
            closeRange(ranges.at(top.range), top.span);
        }
    }

    //! Opens @p range; returns its span (-1 for a link).
    int openRange(const StyleRange &range)
    {
        if (range.style == StyleRange::Link) {
            opaque(QStringLiteral("["));
            m_pieces.last().linkOpen = true;
            return -1;
        }
        DelimSpan span;
        span.style = range.style;
        span.character = range.style == StyleRange::Strikethrough ? QLatin1Char('~') : QLatin1Char('*');
        span.length = range.style == StyleRange::Emphasis ? 1 : 2;
        m_spans.append(span);
        Piece piece;
        piece.kind = Piece::Delim;
        piece.span = static_cast<int>(m_spans.size()) - 1;
        piece.opening = true;
        m_pieces.append(piece);
        return piece.span;
    }

    void closeRange(const StyleRange &range, int span)
    {
        if (range.style == StyleRange::Link) {
            opaque(QStringLiteral("](") + linkDestination(range.href) + QLatin1Char(')'));
            return;
        }
        Piece piece;
        piece.kind = Piece::Delim;
        piece.span = span;
        piece.opening = false;
        m_pieces.append(piece);
    }

    void appendCharacter(int p, int *next)
    {
        const QChar c = m_text.at(p);
        if (c == QChar(LineSeparator) && m_mode == ParagraphText) {
            Piece piece;
            piece.kind = Piece::Break;
            m_pieces.append(piece);
            return;
        }
        Piece piece;
        piece.kind = Piece::Char;
        if (c.isHighSurrogate() && p + 1 < m_text.size() && m_text.at(p + 1).isLowSurrogate()) {
            piece.code = QChar::surrogateToUcs4(c, m_text.at(p + 1));
            piece.text = m_text.mid(p, 2);
            *next = p + 2;
        } else {
            piece.code = c.unicode();
            piece.text = QString(c);
        }
        // A new line in a paragraph would be a soft break (a space); as a reference it stays itself.
        if (piece.code == '\n' || piece.code == '\r')
            piece.entity = true;
        m_pieces.append(piece);
    }

    void opaque(const QString &text)
    {
        Piece piece;
        piece.kind = Piece::Opaque;
        piece.text = text;
        m_pieces.append(piece);
    }

    //! A code span: a backtick fence no run inside has, padded where the content would lose its ends.
    static QString codeSpan(const QString &content)
    {
        QSet<int> runs;
        int run = 0;
        for (const QChar c : content) {
            if (c == QLatin1Char('`')) {
                ++run;
            } else {
                if (run > 0)
                    runs.insert(run);
                run = 0;
            }
        }
        if (run > 0)
            runs.insert(run);
        int fence = 1;
        while (runs.contains(fence))
            ++fence;
        bool allSpaces = true;
        for (const QChar c : content)
            allSpaces = allSpaces && c == QLatin1Char(' ');
        const bool pad = content.startsWith(QLatin1Char('`')) || content.endsWith(QLatin1Char('`'))
            || (!allSpaces && content.startsWith(QLatin1Char(' ')) && content.endsWith(QLatin1Char(' ')));
        const QString ticks(fence, QLatin1Char('`'));
        const QString space = pad ? QStringLiteral(" ") : QString();
        return ticks + space + content + space + ticks;
    }

    //! A link destination: in <…> when it has white space or brackets; escapes what would end it.
    static QString linkDestination(const QString &href)
    {
        bool pointy = href.isEmpty();
        for (const QChar c : href) {
            if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') || c.unicode() < 0x20)
                pointy = true;
        }
        QString out;
        for (int i = 0; i < href.size(); ++i) {
            const QChar c = href.at(i);
            const QStringView rest = QStringView(href).mid(i + 1);
            bool escape = c == QLatin1Char('\\') || c == QLatin1Char('<') || c == QLatin1Char('>')
                || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('~');
            // CriticMarkup is scanned before Markdown, link addresses included.
            escape = escape || (c == QLatin1Char('{') && (rest.startsWith(QLatin1String("==")) || rest.startsWith(QLatin1String(">>"))
                                                           || rest.startsWith(QLatin1String("++")) || rest.startsWith(QLatin1String("--"))))
                || (c == QLatin1Char('=') && rest.startsWith(QLatin1String("=}")))
                || (c == QLatin1Char('+') && rest.startsWith(QLatin1String("+}")));
            escape = escape || (c == QLatin1Char('&') && startsEntity(rest));
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                out += QStringLiteral("%0") + QString::number(c.unicode(), 16).toUpper();
                continue;
            }
            if (escape)
                out += QLatin1Char('\\');
            out += c;
        }
        return pointy ? QLatin1Char('<') + out + QLatin1Char('>') : out;
    }

    //! Whether @p rest (what follows an `&`) would make it an entity or character reference.
    static bool startsEntity(QStringView rest)
    {
        int k = 0;
        while (k < rest.size() && k < 40
               && (rest.at(k) == QLatin1Char('#') || isAsciiAlnum(rest.at(k).unicode())))
            ++k;
        return k > 0 && k < rest.size() && rest.at(k) == QLatin1Char(';');
    }

    // ---- Delimiters --------------------------------------------------------------------------

    static QChar alternative(const DelimSpan &span)
    {
        if (span.style == StyleRange::Strikethrough)
            return QLatin1Char('~');
        return span.character == QLatin1Char('*') ? QLatin1Char('_') : QLatin1Char('*');
    }

    //! Two delimiter runs of one character side by side would merge into one run: alternate.
    void chooseDelimiters()
    {
        for (int pass = 0; pass < 4; ++pass) {
            bool changed = false;
            for (int i = 1; i < m_pieces.size(); ++i) {
                const Piece &a = m_pieces.at(i - 1);
                const Piece &b = m_pieces.at(i);
                if (a.kind != Piece::Delim || b.kind != Piece::Delim)
                    continue;
                DelimSpan &first = m_spans[a.span];
                DelimSpan &second = m_spans[b.span];
                if (first.character != second.character)
                    continue;
                if (second.style == StyleRange::Strikethrough) {
                    // ~~ and ~: the same character but runs of different length never match.
                    second.length = first.length == 2 ? 1 : 2;
                    if (a.span == b.span)
                        continue;
                    changed = true;
                    continue;
                }
                second.character = alternative(second);
                changed = true;
            }
            if (!changed)
                break;
        }
    }

    //! The class of what is written just left (@p left) or right of piece @p i.
    CharClass edgeClass(int i) const
    {
        if (i < 0 || i >= m_pieces.size())
            return CharClass::Space;
        const Piece &piece = m_pieces.at(i);
        switch (piece.kind) {
        case Piece::Char:
            return piece.entity || piece.escaped ? CharClass::Punctuation : classOf(piece.code);
        case Piece::Delim:
        case Piece::Opaque:
            return CharClass::Punctuation;
        case Piece::Break:
            return CharClass::Space; // handled by the callers: `\` before, a line start after
        }
        return CharClass::Space;
    }

    CharClass before(int i) const
    {
        if (i - 1 >= 0 && m_pieces.at(i - 1).kind == Piece::Break)
            return CharClass::Space; // a line start
        return edgeClass(i - 1);
    }

    CharClass after(int i) const
    {
        if (i + 1 < m_pieces.size() && m_pieces.at(i + 1).kind == Piece::Break)
            return CharClass::Punctuation; // the break's backslash
        return edgeClass(i + 1);
    }

    bool makeEntity(int i)
    {
        if (i < 0 || i >= m_pieces.size() || m_pieces.at(i).kind != Piece::Char || m_pieces.at(i).entity)
            return false;
        m_pieces[i].entity = true;
        return true;
    }

    //! CommonMark's flanking rules, with a character reference beside a delimiter where they fail.
    void fixFlanking()
    {
        for (int pass = 0; pass < 4; ++pass) {
            bool changed = false;
            for (int i = 0; i < m_pieces.size(); ++i) {
                const Piece &piece = m_pieces.at(i);
                if (piece.kind != Piece::Delim)
                    continue;
                const bool underscore = m_spans.at(piece.span).character == QLatin1Char('_');
                CharClass prev = before(i);
                CharClass next = after(i);
                if (piece.opening) {
                    if (next == CharClass::Space && makeEntity(i + 1)) {
                        changed = true;
                        next = CharClass::Punctuation;
                    }
                    const bool leftFlanking = next != CharClass::Space
                        && (next != CharClass::Punctuation || prev != CharClass::Other);
                    if (!leftFlanking && makeEntity(i - 1)) {
                        changed = true;
                        prev = CharClass::Punctuation;
                    }
                    // `_` inside a word does not open.
                    if (underscore && prev == CharClass::Other && next == CharClass::Other && makeEntity(i - 1))
                        changed = true;
                } else {
                    if (prev == CharClass::Space && makeEntity(i - 1)) {
                        changed = true;
                        prev = CharClass::Punctuation;
                    }
                    const bool rightFlanking = prev != CharClass::Space
                        && (prev != CharClass::Punctuation || next != CharClass::Other);
                    if (!rightFlanking && makeEntity(i + 1)) {
                        changed = true;
                        next = CharClass::Punctuation;
                    }
                    if (underscore && prev == CharClass::Other && next == CharClass::Other && makeEntity(i + 1))
                        changed = true;
                }
            }
            if (!changed)
                break;
        }
    }

    // ---- Escapes -----------------------------------------------------------------------------

    char32_t codeAt(int i) const
    {
        if (i < 0 || i >= m_pieces.size() || m_pieces.at(i).kind != Piece::Char)
            return 0;
        return m_pieces.at(i).code;
    }

    //! The characters from piece @p i on, as long as they are characters (for look-ahead).
    QString charsFrom(int i, int count) const
    {
        QString result;
        for (int k = i; k < m_pieces.size() && result.size() < count && m_pieces.at(k).kind == Piece::Char; ++k)
            result += m_pieces.at(k).text;
        return result;
    }

    void markEscapes()
    {
        static const QString always = QStringLiteral("\\`*_[]<~");
        for (int i = 0; i < m_pieces.size(); ++i) {
            Piece &piece = m_pieces[i];
            if (piece.kind != Piece::Char || piece.entity)
                continue;
            const char32_t c = piece.code;
            if ((c < 128 && always.contains(QChar(char16_t(c)))) || (c == '#' && m_mode == HeadingText)) {
                piece.escaped = true;
                continue;
            }
            const QString rest = charsFrom(i + 1, 40);
            const auto nextIs = [&rest](const char *s) { return rest.startsWith(QLatin1String(s)); };
            const Piece *previous = i > 0 ? &m_pieces.at(i - 1) : nullptr;
            const Piece *following = i + 1 < m_pieces.size() ? &m_pieces.at(i + 1) : nullptr;
            switch (c) {
            case '&':
                piece.escaped = startsEntity(rest);
                break;
            case '{':
                // Also before a written `==}` or `~~`: the scanner sees the bytes, not the pieces.
                piece.escaped = nextIs("==") || nextIs(">>") || nextIs("++") || nextIs("--")
                    || (following && following->kind != Piece::Char);
                break;
            case '=':
                piece.escaped = nextIs("=}");
                break;
            case '+':
                piece.escaped = nextIs("+}");
                break;
            case ':':
                // GFM autolinks (`https://`); a footnote reference followed by `:` at a line start
                // would be a definition.
                piece.escaped = nextIs("//") || (previous && previous->footnote);
                break;
            case '.':
                piece.escaped = i >= 3 && QString(QChar(char16_t(codeAt(i - 3)))).toLower() == QLatin1String("w")
                    && QString(QChar(char16_t(codeAt(i - 2)))).toLower() == QLatin1String("w")
                    && QString(QChar(char16_t(codeAt(i - 1)))).toLower() == QLatin1String("w");
                break;
            case '@':
                // GFM finds e-mail addresses in the joined text, escapes or not; raw HTML, which
                // the parser drops, cuts the text in two.
                piece.separated = previous && previous->kind == Piece::Char && !previous->entity
                    && classOf(previous->code) == CharClass::Other;
                break;
            case '(':
                piece.escaped = previous && previous->footnote; // `[^1](x)` would be a link
                break;
            case '!':
                piece.escaped = following && (following->footnote || following->linkOpen); // an image
                break;
            default:
                break;
            }
        }
        // Line starts: the first character and the one after each hard break.
        for (int i = 0; i < m_pieces.size(); ++i) {
            if (i == 0 || m_pieces.at(i - 1).kind == Piece::Break)
                escapeLineStart(i);
            // White space before a break would be taken for part of it.
            if (m_pieces.at(i).kind == Piece::Break && (codeAt(i - 1) == ' ' || codeAt(i - 1) == '\t'))
                makeEntity(i - 1);
        }
    }

    void escapeLineStart(int i)
    {
        if (i >= m_pieces.size() || m_pieces.at(i).kind != Piece::Char)
            return;
        Piece &piece = m_pieces[i];
        const char32_t c = piece.code;
        if (c == ' ' || c == '\t') {
            makeEntity(i); // would be indentation
        } else if (c == '#' || c == '>' || c == '=' || c == '-' || c == '+') {
            piece.escaped = true;
        } else if (c == ':' && charsFrom(i + 1, 2) == QLatin1String("::")) {
            piece.escaped = true;
        } else if (c >= '0' && c <= '9') {
            int k = i;
            while (k < m_pieces.size() && k - i < 10 && codeAt(k) >= '0' && codeAt(k) <= '9')
                ++k;
            if (k - i <= 9 && (codeAt(k) == '.' || codeAt(k) == ')'))
                m_pieces[k].escaped = true;
        }
    }

    const QString &m_text;
    const InlineContext &m_context;
    const Mode m_mode;
    QVector<Piece> m_pieces;
    QVector<DelimSpan> m_spans;
};

// ---- Blocks ----------------------------------------------------------------------------------

//! The block as the parser would leave it: white space at the ends trimmed, ranges moved along.
Block trimmedBlock(Block block)
{
    if (block.kind == Block::CodeBlock)
        return block;
    const int size = static_cast<int>(block.text.size());
    int leading = 0;
    while (leading < size && block.text.at(leading).isSpace())
        ++leading;
    int trailing = size;
    while (trailing > leading && block.text.at(trailing - 1).isSpace())
        --trailing;
    if (leading == 0 && trailing == size)
        return block;
    block.text = block.text.mid(leading, trailing - leading);
    const int length = trailing - leading;
    const auto moved = [&](int position) { return qBound(0, position - leading, length); };
    QVector<StyleRange> styles;
    for (StyleRange style : qAsConst(block.styles)) {
        style.start = moved(style.start);
        style.end = moved(style.end);
        if (style.end > style.start)
            styles.append(style);
    }
    block.styles = styles;
    for (Anchor &anchor : block.anchors) {
        anchor.start = moved(anchor.start);
        anchor.end = moved(anchor.end);
    }
    return block;
}

//! Whether the parser keeps the block: an empty paragraph or heading only as a list item's first.
bool isKept(const Block &block)
{
    return !block.text.isEmpty() || block.listItemStart || block.kind == Block::CodeBlock
        || block.kind == Block::ThematicBreak;
}

/*!
 * Writes the blocks of one flow (the introduction, the text, one footnote) with their quotes and
 * lists. The flattened blocks say how deep each one is; the writer keeps a stack of the
 * containers it has opened and, for each block, keeps what the block shares with the previous one.
 */
class FlowWriter
{
public:
    FlowWriter(const InlineContext &context, const QString &indent) : m_context(context), m_indent(indent) {}

    void write(const Block &original)
    {
        const Block block = trimmedBlock(original);
        if (!isKept(block))
            return;
        const int kept = arrange(block);
        if (m_blocks > 0) {
            m_lines.append(rightTrimmed(m_indent + continuation(m_stack.mid(0, kept))));
        }
        ++m_blocks;
        const QString first = m_indent + firstLinePrefix(kept);
        const QString next = m_indent + continuation(m_stack);
        const QStringList content = contentLines(block);
        for (int k = 0; k < content.size(); ++k) {
            const QString line = (k == 0 ? first : next) + content.at(k);
            // An empty line of a code block inside a list is blank: nothing after the indentation.
            m_lines.append(content.at(k).isEmpty() ? rightTrimmed(line) : line);
        }
    }

    QStringList lines() const { return m_lines; }

private:
    struct Container
    {
        enum Kind : quint8 { Quote, Item };
        Kind kind = Quote;
        bool ordered = false;
        int number = 0;
        QChar delimiter; //!< `-`/`+` for bullets, `.`/`)` for numbers

        QString marker() const
        {
            if (kind == Quote)
                return QStringLiteral("> ");
            return (ordered ? QString::number(number) + delimiter : QString(delimiter)) + QLatin1Char(' ');
        }
    };

    static QString rightTrimmed(QString line)
    {
        while (!line.isEmpty() && line.back() == QLatin1Char(' '))
            line.chop(1);
        return line;
    }

    static QString continuation(const QVector<Container> &containers)
    {
        QString prefix;
        for (const Container &container : containers)
            prefix += container.kind == Container::Quote ? QStringLiteral("> ")
                                                         : QString(container.marker().size(), QLatin1Char(' '));
        return prefix;
    }

    //! The first line's prefix: markers for the containers this block opened.
    QString firstLinePrefix(int kept) const
    {
        QString prefix;
        for (int i = 0; i < m_stack.size(); ++i) {
            const Container &container = m_stack.at(i);
            if (container.kind == Container::Quote)
                prefix += QStringLiteral("> ");
            else if (i >= kept)
                prefix += container.marker();
            else
                prefix += QString(container.marker().size(), QLatin1Char(' '));
        }
        return prefix;
    }

    /*!
     * Rebuilds m_stack for @p block; returns how many containers of the previous stack it keeps.
     * List items go outside quotes so that a later block of the same item can leave a quote.
     */
    int arrange(const Block &block)
    {
        const int quotes = qMax(0, block.quoteDepth);
        const int items = qMax(0, block.listDepth);
        bool itemStart = block.listItemStart && items > 0;
        int kept = 0;
        int keptQuotes = 0;
        int keptItems = 0;
        if (items > 0 && !itemStart) {
            // The block continues the innermost item: keep everything up to it.
            int k = 0;
            int q = 0;
            int it = 0;
            for (; k < m_stack.size() && it < items; ++k) {
                if (m_stack.at(k).kind == Container::Quote)
                    ++q;
                else
                    ++it;
            }
            if (it == items && q <= quotes) {
                kept = k;
                keptQuotes = q;
                keptItems = it;
            } else {
                itemStart = true; // cannot continue an item that is not there: the block starts one
            }
        }
        if (items == 0 || itemStart) {
            for (; kept < m_stack.size(); ++kept) {
                const Container &container = m_stack.at(kept);
                if (container.kind == Container::Quote && keptQuotes < quotes)
                    ++keptQuotes;
                else if (container.kind == Container::Item && keptItems < items - 1)
                    ++keptItems;
                else
                    break;
            }
        }
        const QVector<Container> previous = m_stack;
        m_stack.resize(kept);
        if (items > 0 && itemStart) {
            // Outer items this block opens with it carry plain bullets; they are not seen.
            while (keptItems < items - 1) {
                Container outer;
                outer.kind = Container::Item;
                outer.delimiter = QLatin1Char('-');
                m_stack.append(outer);
                ++keptItems;
            }
            Container item;
            item.kind = Container::Item;
            item.ordered = block.ordered;
            item.number = block.ordered ? qBound(0, block.listNumber, 999999999) : 0;
            const Container *sibling = kept < previous.size() && previous.at(kept).kind == Container::Item
                    && kept == m_stack.size()
                ? &previous.at(kept)
                : nullptr;
            const QChar first = block.ordered ? QLatin1Char('.') : QLatin1Char('-');
            const QChar second = block.ordered ? QLatin1Char(')') : QLatin1Char('+');
            if (sibling && sibling->ordered == item.ordered
                && (!item.ordered || (sibling->number + 1 == item.number))) {
                item.delimiter = sibling->delimiter; // the same list goes on
            } else if (sibling && sibling->ordered == item.ordered) {
                item.delimiter = sibling->delimiter == first ? second : first; // a new list right after it
            } else {
                item.delimiter = first;
            }
            m_stack.append(item);
        }
        while (keptQuotes < quotes) {
            Container quote;
            quote.kind = Container::Quote;
            m_stack.append(quote);
            ++keptQuotes;
        }
        return kept;
    }

    QStringList contentLines(const Block &block) const
    {
        switch (block.kind) {
        case Block::ThematicBreak:
            return {QStringLiteral("* * *")};
        case Block::CodeBlock: {
            int longest = 0;
            int run = 0;
            for (const QChar c : block.text) {
                run = c == QLatin1Char('`') ? run + 1 : 0;
                longest = qMax(longest, run);
            }
            const QString fence(qMax(3, longest + 1), QLatin1Char('`'));
            QStringList lines{fence};
            lines += block.text.split(QLatin1Char('\n'));
            lines.append(fence);
            return lines;
        }
        case Block::Heading: {
            const InlineWriter writer(block.text, block.styles, block.anchors, m_context, InlineWriter::HeadingText);
            const QString escaped = writer.lines().join(QString());
            const QString hashes(qBound(1, block.headingLevel, 6), QLatin1Char('#'));
            return {escaped.isEmpty() ? hashes : hashes + QLatin1Char(' ') + escaped};
        }
        case Block::Paragraph:
            break;
        }
        const InlineWriter writer(block.text, block.styles, block.anchors, m_context, InlineWriter::ParagraphText);
        return writer.lines();
    }

    const InlineContext &m_context;
    const QString m_indent;
    QVector<Container> m_stack;
    QStringList m_lines;
    int m_blocks = 0;
};

// ---- Front matter ----------------------------------------------------------------------------

QString yamlKey(const QString &key)
{
    for (const QChar c : key) {
        if (!(isAsciiAlnum(c.unicode()) || c == QLatin1Char('_') || c == QLatin1Char('-')))
            return yamlDoubleQuoted(key);
    }
    return key.isEmpty() ? yamlDoubleQuoted(key) : key;
}

QString frontMatter(const Reading &reading)
{
    QStringList lines{QStringLiteral("---")};
    const auto text = [&lines](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines.append(QLatin1String(key) + QStringLiteral(": ") + yamlScalar(value.trimmed()));
    };
    text("id", reading.id);
    lines.append(QStringLiteral("title: ") + yamlScalar(reading.title.trimmed()));
    text("author", reading.author);
    text("work", reading.work);
    if (reading.year != 0)
        lines.append(QStringLiteral("year: ") + QString::number(reading.year));
    text("editor", reading.editor);
    if (!reading.source.isEmpty())
        text("source", reading.source.toString(QUrl::FullyEncoded));
    text("translator", reading.translator);
    text("lang", reading.language);
    text("tagline", reading.tagline);
    QStringList tags;
    for (const QString &tag : reading.tags) {
        if (!tag.trimmed().isEmpty())
            tags.append(yamlScalar(tag.trimmed(), true));
    }
    if (!tags.isEmpty())
        lines.append(QStringLiteral("tags: [") + tags.join(QStringLiteral(", ")) + QLatin1Char(']'));
    if (reading.curatedDate.isValid())
        lines.append(QStringLiteral("date: ") + reading.curatedDate.toString(Qt::ISODate));
    if (reading.editorMinutes > 0)
        lines.append(QStringLiteral("minutes: ") + QString::number(reading.editorMinutes));
    for (const ExtraMetadata &extra : reading.extraMetadata) {
        QString yaml = extra.yaml;
        while (yaml.endsWith(QLatin1Char('\n')))
            yaml.chop(1);
        if (yaml.contains(QLatin1Char('\n'))) {
            // A block mapping or sequence: indented under its key.
            lines.append(yamlKey(extra.key) + QLatin1Char(':'));
            const QStringList yamlLines = yaml.split(QLatin1Char('\n'));
            for (const QString &line : yamlLines)
                lines.append(line.isEmpty() ? line : QStringLiteral("  ") + line);
        } else {
            lines.append(yamlKey(extra.key) + QStringLiteral(": ") + (yaml.isEmpty() ? QStringLiteral("~") : yaml));
        }
    }
    lines.append(QStringLiteral("---"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// ---- Footnote labels -------------------------------------------------------------------------

/*!
 * Labels as GFM can carry them: no white space, brackets, backslashes or `^`, and unique —
 * GFM matches labels case-insensitively, so "1" in chapter one and "1" in chapter two would be
 * one note. A repeated label gets "-2", "-3" …; an unusable one becomes the footnote's number.
 */
QStringList uniqueLabels(const QVector<Footnote> &footnotes)
{
    QStringList labels;
    QSet<QString> used;
    for (int i = 0; i < footnotes.size(); ++i) {
        QString label = footnotes.at(i).label;
        bool usable = !label.isEmpty() && label.size() <= 100;
        for (const QChar c : label) {
            if (c.isSpace() || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\')
                || c == QLatin1Char('^') || c.unicode() < 0x20 || c == QLatin1Char('<') || c == QLatin1Char('`')
                || c == QLatin1Char('{') || c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('&')
                || c == QLatin1Char('~'))
                usable = false;
        }
        if (!usable)
            label = QString::number(i + 1);
        QString candidate = label;
        for (int n = 2; used.contains(candidate.toCaseFolded()); ++n)
            candidate = label + QLatin1Char('-') + QString::number(n);
        used.insert(candidate.toCaseFolded());
        labels.append(candidate);
    }
    return labels;
}

} // namespace

QByteArray writeReading(const Reading &reading)
{
    InlineContext context;
    context.footnoteLabels = uniqueLabels(reading.footnotes);
    const InlineContext noteContext; // notes carry no footnotes or notes of their own
    for (const RichText &note : reading.editorialNotes) {
        const InlineWriter writer(note.text, note.styles, {}, noteContext, InlineWriter::OneLine);
        context.noteMarkdown.append(writer.lines().join(QString()));
    }

    QString out = frontMatter(reading);
    if (!reading.introduction.isEmpty()) {
        FlowWriter introduction(context, QString());
        for (const Block &block : reading.introduction)
            introduction.write(block);
        const QStringList lines = introduction.lines();
        if (!lines.isEmpty())
            out += QStringLiteral("\n::: introduction\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n:::\n");
    }
    FlowWriter body(context, QString());
    for (const Block &block : reading.body)
        body.write(block);
    const QStringList bodyLines = body.lines();
    if (!bodyLines.isEmpty())
        out += QLatin1Char('\n') + bodyLines.join(QLatin1Char('\n')) + QLatin1Char('\n');

    for (int i = 0; i < reading.footnotes.size(); ++i) {
        FlowWriter footnote(context, QStringLiteral("    "));
        for (const Block &block : reading.footnotes.at(i).blocks)
            footnote.write(block);
        QStringList lines = footnote.lines();
        const QString label = QStringLiteral("[^") + context.footnoteLabels.at(i) + QStringLiteral("]:");
        // A plain first paragraph goes on the label's line; anything else starts under it.
        const Block first = reading.footnotes.at(i).blocks.value(0);
        const bool inlineFirst = !lines.isEmpty() && first.kind == Block::Paragraph && first.quoteDepth == 0
            && first.listDepth == 0;
        out += QLatin1Char('\n');
        if (inlineFirst) {
            lines[0] = label + QLatin1Char(' ') + lines.at(0).mid(4);
            out += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        } else {
            out += label + QLatin1Char('\n');
            if (!lines.isEmpty())
                out += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

} // namespace redletter
