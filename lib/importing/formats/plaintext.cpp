// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/formats/plaintext.h"

#include "importing/formats/markdown.h"
#include "importing/formats/textsource.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace redletter {

namespace {

class PlainTextReader
{
    Q_DECLARE_TR_FUNCTIONS(redletter::PlainTextReader)
};

//! Longest line or paragraph (in characters) that can still be a heading or a contents entry.
constexpr int MaximumHeadingLength = 100;

struct Line
{
    QString text; //!< without its indentation and trailing white space
    int indent = 0;
    int number = 0; //!< 1-based line in the source
};

//! A paragraph as found: blank-line separated lines, before any interpretation.
struct Paragraph
{
    QVector<Line> lines;
};

//! A paragraph once interpreted.
struct Item
{
    enum Kind { Text, Heading, Break, NoteDefinition };
    Kind kind = Text;
    int headingLevel = 0;
    bool quote = false;
    QString text; //!< lines joined, still with `_italics_` and `[n]` references
    int lineCount = 0;
    int minIndent = 0;
    int sourceLine = 0;
    QString noteLabel; //!< NoteDefinition: "3"
};

int indentOf(const QString &line)
{
    int indent = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char(' '))
            ++indent;
        else if (c == QLatin1Char('\t'))
            indent += 4;
        else
            break;
    }
    return indent;
}

//! "1\. REACTIONARY SOCIALISM", "\*\*\*": texts that passed through a Markdown converter keep its
//! backslash escapes; in plain text a backslash before punctuation is never meant.
QString withoutMarkdownEscapes(const QString &line)
{
    if (!line.contains(QLatin1Char('\\')))
        return line;
    static const QRegularExpression escape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    QString result = line;
    result.replace(escape, QStringLiteral("\\1"));
    return result;
}

QString simplifiedLower(const QString &text)
{
    return text.simplified().toLower();
}

bool endsWithSentencePunctuation(const QString &text)
{
    // Closing quotes and brackets do not hide the punctuation before them.
    int i = static_cast<int>(text.size()) - 1;
    while (i >= 0 && QStringLiteral("\"')]\u201D\u2019*_").contains(text.at(i)))
        --i;
    return i >= 0 && QStringLiteral(".!?,;:").contains(text.at(i));
}

bool hasLowerCase(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLower(); });
}

int letterCount(const QString &text)
{
    return static_cast<int>(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); }));
}

bool isRomanNumeralLine(const QString &text)
{
    static const QRegularExpression roman(QStringLiteral("^[IVXLC]{1,7}\\.?$"));
    return roman.match(text).hasMatch();
}

//! "CHAPTER I", "Chapter 12", "BOOK TWO", "Part III. The State", "Kapitel 3".
bool isChapterLine(const QString &text)
{
    static const QRegularExpression chapter(
        QStringLiteral("^(CHAPTER|Chapter|BOOK|Book|PART|Part|SECTION|Section|KAPITEL|Kapitel|CHAPITRE|Chapitre)"
                       "\\s+([IVXLCDM]+|[0-9]{1,3}|[A-Z][A-Za-z]+)\\b"));
    return text.size() <= MaximumHeadingLength && chapter.match(text).hasMatch();
}

//! "_A. Feudal Socialism_": a short line all in italics with a numbering.
bool isItalicHeading(const QString &text)
{
    static const QRegularExpression italic(QStringLiteral("^_([A-Za-z0-9]{1,4}\\.\\s+[^_]+)_$"));
    return text.size() <= MaximumHeadingLength && italic.match(text).hasMatch();
}

bool isThematicBreak(const QString &text)
{
    static const QRegularExpression rule(QStringLiteral("^(\\\\?[*\\-=_~]\\s*){3,}$"));
    return rule.match(text).hasMatch();
}

bool isContentsHeading(const QString &text)
{
    static const QStringList names = {
        QStringLiteral("contents"), QStringLiteral("table of contents"), QStringLiteral("inhalt"),
        QStringLiteral("inhaltsverzeichnis"), QStringLiteral("sommaire"), QStringLiteral("table des matières"),
        QStringLiteral("índice"), QStringLiteral("indice"), QStringLiteral("содержание"),
    };
    QString normalized = simplifiedLower(text);
    if (normalized.endsWith(QLatin1Char(':')) || normalized.endsWith(QLatin1Char('.')))
        normalized.chop(1);
    return names.contains(normalized);
}

bool mentionsProjectGutenberg(const QString &text)
{
    static const QRegularExpression gutenberg(
        QStringLiteral("project gutenberg|gutenberg\\.org|gutenberg\\.net|^(produced by|e-?text prepared by|"
                       "this e-?text was produced|transcribed from the)"),
        QRegularExpression::CaseInsensitiveOption);
    return gutenberg.match(text).hasMatch();
}

QString languageTag(const QString &name)
{
    static const QHash<QString, QString> tags = {
        {QStringLiteral("english"), QStringLiteral("en")}, {QStringLiteral("german"), QStringLiteral("de")},
        {QStringLiteral("french"), QStringLiteral("fr")},  {QStringLiteral("spanish"), QStringLiteral("es")},
        {QStringLiteral("italian"), QStringLiteral("it")}, {QStringLiteral("russian"), QStringLiteral("ru")},
        {QStringLiteral("portuguese"), QStringLiteral("pt")}, {QStringLiteral("dutch"), QStringLiteral("nl")},
        {QStringLiteral("polish"), QStringLiteral("pl")},  {QStringLiteral("chinese"), QStringLiteral("zh")},
    };
    return tags.value(simplifiedLower(name));
}

//! Metadata from a Gutenberg header: "Title: …" (continued on indented lines), "Author: …", "Language: …".
struct Header
{
    QString title;
    QString author;
    QString language;
};

Header readGutenbergHeader(const QVector<Line> &lines, int end)
{
    Header header;
    QString *current = nullptr;
    for (int i = 0; i < end; ++i) {
        const Line &line = lines.at(i);
        if (line.text.isEmpty()) {
            current = nullptr;
            continue;
        }
        if (current && line.indent > 0) {
            *current += QLatin1Char(' ') + line.text;
            continue;
        }
        current = nullptr;
        if (line.text.startsWith(QLatin1String("Title:"))) {
            header.title = line.text.mid(6).trimmed();
            current = &header.title;
        } else if (line.text.startsWith(QLatin1String("Author:"))) {
            header.author = line.text.mid(7).trimmed();
            current = &header.author;
        } else if (line.text.startsWith(QLatin1String("Language:"))) {
            header.language = line.text.mid(9).trimmed();
        }
    }
    if (header.title.isEmpty() && end > 0) {
        // Older files have only "The Project Gutenberg EBook of TITLE, by AUTHOR".
        static const QRegularExpression firstLine(
            QStringLiteral("Project Gutenberg E[Bb]ook of (.+?)(?:, by (.+))?$"));
        for (int i = 0; i < qMin(end, 5); ++i) {
            const QRegularExpressionMatch match = firstLine.match(lines.at(i).text);
            if (match.hasMatch()) {
                header.title = match.captured(1).trimmed();
                if (header.author.isEmpty())
                    header.author = match.captured(2).trimmed();
                break;
            }
        }
    }
    header.title = header.title.simplified();
    header.author = header.author.simplified();
    return header;
}

/*!
 * True when the lines are "double spaced": every line of text followed by a blank line, and a
 * paragraph break written as three blank lines. Real texts have most of their lines next to
 * another line of text; these have (almost) none. A text of one-line paragraphs (one paragraph
 * per line, blank lines between) has no touching lines either, but no three-blank breaks.
 */
bool isDoubleSpaced(const QVector<Line> &lines)
{
    int textLines = 0;
    int touching = 0;
    int wideBreaks = 0; // runs of three or more blank lines
    int blankRun = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).text.isEmpty()) {
            ++blankRun;
            continue;
        }
        if (blankRun >= 3)
            ++wideBreaks;
        blankRun = 0;
        ++textLines;
        if (i + 1 < lines.size() && !lines.at(i + 1).text.isEmpty())
            ++touching;
    }
    return textLines >= 20 && touching * 50 <= textLines && wideBreaks >= qMax(2, textLines / 100);
}

//! Undoes the doubling: a run of k blank lines was (k - 1) / 2 blank lines before it.
QVector<Line> undoubled(const QVector<Line> &lines)
{
    QVector<Line> result;
    result.reserve(lines.size() / 2 + 1);
    int blankRun = 0;
    for (const Line &line : lines) {
        if (line.text.isEmpty()) {
            ++blankRun;
            continue;
        }
        for (int k = 0; k < (blankRun - 1) / 2; ++k)
            result.append(Line{QString(), 0, line.number - 1});
        blankRun = 0;
        result.append(line);
    }
    return result;
}

//! Blank-line separated runs; a line indented far to the right of the one before (an
//! attribution under a quotation) starts a paragraph of its own.
QVector<Paragraph> paragraphsOf(const QVector<Line> &lines)
{
    QVector<Paragraph> paragraphs;
    Paragraph current;
    const auto flush = [&] {
        if (!current.lines.isEmpty())
            paragraphs.append(current);
        current.lines.clear();
    };
    for (const Line &line : lines) {
        if (line.text.isEmpty()) {
            flush();
            continue;
        }
        if (!current.lines.isEmpty() && line.indent >= 20 && line.indent >= current.lines.last().indent + 10)
            flush();
        current.lines.append(line);
    }
    flush();
    return paragraphs;
}

QString joinLines(const QVector<Line> &lines)
{
    QString text;
    for (const Line &line : lines) {
        if (!text.isEmpty()) {
            const QChar last = text.at(text.size() - 1);
            // "guild-" + "master", "Imperialism--" + "the": the line break was not a space.
            if (last != QLatin1Char('-') && last != QChar(0x2014) && last != QChar(0x2013))
                text += QLatin1Char(' ');
        }
        text += line.text;
    }
    return text;
}

Item itemOf(const Paragraph &paragraph)
{
    Item item;
    item.text = joinLines(paragraph.lines);
    item.lineCount = static_cast<int>(paragraph.lines.size());
    item.sourceLine = paragraph.lines.first().number;
    item.minIndent = paragraph.lines.first().indent;
    for (const Line &line : paragraph.lines)
        item.minIndent = qMin(item.minIndent, line.indent);
    item.quote = item.minIndent >= 3;
    return item;
}

//! A short line without closing punctuation: a title, a contents entry, a heading candidate.
bool isShortLine(const Item &item)
{
    return item.kind == Item::Text && item.lineCount == 1 && item.text.size() <= MaximumHeadingLength
        && !endsWithSentencePunctuation(item.text);
}

//! What can be a heading: see readPlainText()'s documentation for the rules and why.
int headingLevelOf(const Item &item)
{
    if (item.kind != Item::Text || item.quote || item.lineCount > 3 || item.text.size() > MaximumHeadingLength)
        return 0;
    const QString &text = item.text;
    if (item.lineCount == 1 && isChapterLine(text))
        return 2;
    if (item.lineCount == 1 && isRomanNumeralLine(text))
        return 2;
    if (item.lineCount == 1 && isItalicHeading(text))
        return text.at(1).isLetter() ? 4 : 3; // "_A. Feudal Socialism_" sits under "1. REACTIONARY SOCIALISM"
    if (text.startsWith(QLatin1Char('[')) || hasLowerCase(text) || letterCount(text) < 3)
        return 0;
    if (endsWithSentencePunctuation(text))
        return 0;
    static const QRegularExpression arabicNumbered(QStringLiteral("^[0-9]{1,2}\\.\\s"));
    return arabicNumbered.match(text).hasMatch() ? 3 : 2;
}

/*!
 * The inline pass: `_italics_` → Emphasis, `[n]` after a word → a reference to note n. Linear:
 * closing underscores are collected once, so a text full of unmatched `_` costs no more.
 */
struct NoteReference
{
    QString label;
    int position = 0;
};

void convertInlines(const QString &source, QString *text, QVector<StyleRange> *styles,
                    QVector<NoteReference> *references)
{
    const int size = static_cast<int>(source.size());
    const auto isWordChar = [&](int i) { return i >= 0 && i < size && source.at(i).isLetterOrNumber(); };
    QVector<int> closers;
    for (int i = 1; i < size; ++i) {
        if (source.at(i) == QLatin1Char('_') && !source.at(i - 1).isSpace() && source.at(i - 1) != QLatin1Char('_')
            && !isWordChar(i + 1))
            closers.append(i);
    }
    QString out;
    out.reserve(size);
    int nextCloser = 0;
    int openEnd = -1; // source index of the closing underscore of the open emphasis
    int openStart = 0;
    for (int i = 0; i < size; ++i) {
        const QChar c = source.at(i);
        if (i == openEnd) {
            if (static_cast<int>(out.size()) > openStart)
                styles->append(StyleRange{StyleRange::Emphasis, openStart, static_cast<int>(out.size()), QString()});
            openEnd = -1;
            continue;
        }
        if (c == QLatin1Char('_') && openEnd < 0 && !isWordChar(i - 1) && i + 1 < size && !source.at(i + 1).isSpace()
            && source.at(i + 1) != QLatin1Char('_')) {
            while (nextCloser < closers.size() && closers.at(nextCloser) <= i + 1)
                ++nextCloser;
            if (nextCloser < closers.size()) {
                openEnd = closers.at(nextCloser);
                openStart = static_cast<int>(out.size());
                continue;
            }
        }
        if (c == QLatin1Char('[') && i > 0 && !source.at(i - 1).isSpace()) {
            int j = i + 1;
            while (j < size && j - i <= 3 && source.at(j).isDigit())
                ++j;
            if (j > i + 1 && j < size && source.at(j) == QLatin1Char(']')) {
                references->append(NoteReference{source.mid(i + 1, j - i - 1), static_cast<int>(out.size())});
                i = j;
                continue;
            }
        }
        out += c;
    }
    *text = out;
}

class Reader
{
public:
    Reader(const FormatInput &input, ImportedText *result)
        : m_input(input), m_result(result)
    {
    }

    bool read(SourceError *error)
    {
        QString text;
        if (!textsource::decode(m_input, &text, &m_result->warnings, error))
            return false;

        QVector<Line> lines;
        {
            const QStringList raw = text.split(QLatin1Char('\n'));
            lines.reserve(raw.size());
            int number = 0;
            for (const QString &line : raw) {
                ++number;
                const int indent = indentOf(line);
                lines.append(Line{withoutMarkdownEscapes(line.trimmed()), indent, number});
            }
        }

        Header header;
        lines = withoutGutenbergFrame(lines, &header);
        if (isDoubleSpaced(lines)) {
            lines = undoubled(lines);
            m_result->warnings.append(
                PlainTextReader::tr("every line was followed by a blank line; read as ordinary paragraphs"));
        }

        QVector<Item> items;
        for (const Paragraph &paragraph : paragraphsOf(lines))
            items.append(itemOf(paragraph));

        dropGutenbergParagraphs(&items);
        m_reading.title = header.title;
        m_reading.author = header.author;
        takeTitleAndAuthor(&items);
        dropContents(&items);
        classify(&items);
        build(items);

        if (m_reading.title.isEmpty())
            m_reading.title = textsource::titleFromFileName(m_input);
        if (m_reading.title.isEmpty())
            m_reading.title = PlainTextReader::tr("Untitled text");
        const QString language = languageTag(header.language);
        m_result->declaredLanguage = language;
        if (!language.isEmpty())
            m_reading.language = language;
        if (m_input.sourceUrl.isValid())
            m_reading.source = m_input.sourceUrl;
        m_reading.id = makeReadingId(m_reading.author, m_reading.title);
        if (m_reading.body.isEmpty()) {
            *error = SourceError{m_input.sourceName, 0, 0,
                                 PlainTextReader::tr("no text: only the Project Gutenberg header and licence")};
            return false;
        }
        m_result->readings = {m_reading};
        qCDebug(lcImport) << m_input.sourceName << "read as plain text:" << m_reading.body.size() << "blocks,"
                          << m_reading.footnotes.size() << "footnotes";
        return true;
    }

private:
    //! Cuts the Gutenberg header (up to `*** START OF …`) and licence (from `*** END OF …`).
    QVector<Line> withoutGutenbergFrame(const QVector<Line> &lines, Header *header)
    {
        static const QRegularExpression startMark(QStringLiteral("^\\*{3}\\s*START OF"),
                                                  QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression endMark(
            QStringLiteral("^(\\*{3}\\s*END OF|End of (the )?Project Gutenberg|End of Project Gutenberg's)"),
            QRegularExpression::CaseInsensitiveOption);
        int start = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).text.startsWith(QLatin1String("***")) && startMark.match(lines.at(i).text).hasMatch()) {
                start = i + 1;
                break;
            }
        }
        if (start > 0) {
            *header = readGutenbergHeader(lines, start - 1);
            m_result->dropped.append(PlainTextReader::tr("the Project Gutenberg header (%n lines)", nullptr, start));
        }
        int end = static_cast<int>(lines.size());
        for (int i = start; i < lines.size(); ++i) {
            const QString &text = lines.at(i).text;
            if ((text.startsWith(QLatin1Char('*')) || text.startsWith(QLatin1String("End"), Qt::CaseInsensitive))
                && endMark.match(text).hasMatch()) {
                end = i;
                break;
            }
        }
        if (end < lines.size()) {
            m_result->dropped.append(PlainTextReader::tr("the Project Gutenberg licence and footer (%n lines)",
                                                         nullptr, static_cast<int>(lines.size()) - end));
        }
        return lines.mid(start, end - start);
    }

    void dropGutenbergParagraphs(QVector<Item> *items)
    {
        const auto removed = std::remove_if(items->begin(), items->end(),
                                            [](const Item &item) { return mentionsProjectGutenberg(item.text); });
        const int count = static_cast<int>(items->end() - removed);
        items->erase(removed, items->end());
        if (count > 0) {
            m_result->dropped.append(
                PlainTextReader::tr("Project Gutenberg credits and notices (%n paragraphs)", nullptr, count));
        }
    }

    /*!
     * Without a Gutenberg header the first short line is the title and a "by …" line among the
     * next two the author. With one, the book's own title page (title, "by" author, author) is
     * dropped when it only repeats the header.
     */
    void takeTitleAndAuthor(QVector<Item> *items)
    {
        static const QRegularExpression byLine(QStringLiteral("^by\\s+(.+)$"), QRegularExpression::CaseInsensitiveOption);
        if (items->isEmpty())
            return;
        if (m_reading.title.isEmpty()) {
            if (!isShortLine(items->first()) || isChapterLine(items->first().text)
                || isContentsHeading(items->first().text))
                return;
            m_reading.title = items->first().text.simplified();
            items->removeFirst();
            for (int i = 0; i < qMin(2, static_cast<int>(items->size())); ++i) {
                const QRegularExpressionMatch match = byLine.match(items->at(i).text);
                if (items->at(i).lineCount == 1 && match.hasMatch()) {
                    if (m_reading.author.isEmpty())
                        m_reading.author = match.captured(1).simplified();
                    items->removeAt(i);
                    break;
                }
            }
            return;
        }
        const QString title = simplifiedLower(m_reading.title);
        const QString author = simplifiedLower(m_reading.author);
        int checked = 0;
        for (int i = 0; i < items->size() && checked < 6; ++checked) {
            const QString text = simplifiedLower(items->at(i).text);
            if (items->at(i).lineCount <= 2
                && (text == title || (!author.isEmpty() && (text == author || text == QLatin1String("by ") + author)))) {
                items->removeAt(i);
                continue;
            }
            ++i;
        }
    }

    //! "Contents" and the short lines that follow it, up to the line that heads real text.
    void dropContents(QVector<Item> *items)
    {
        for (int i = 0; i < items->size(); ++i) {
            if (items->at(i).lineCount != 1 || !isContentsHeading(items->at(i).text))
                continue;
            int end = i + 1;
            while (end < items->size()) {
                const Item &entry = items->at(end);
                const bool entryLike = entry.text.size() <= MaximumHeadingLength * entry.lineCount
                    && entry.lineCount <= 60 && !entry.quote && !entry.text.startsWith(QLatin1Char('['));
                if (!entryLike || (entry.lineCount == 1 && !isShortLine(entry)))
                    break;
                if (entry.lineCount > 1) {
                    ++end; // a list of entries in one block ends the contents
                    break;
                }
                // A short line followed by running text or a quotation heads that text.
                if (end + 1 < items->size()) {
                    const Item &next = items->at(end + 1);
                    if (next.quote || next.lineCount > 1 || !isShortLine(next))
                        break;
                }
                ++end;
            }
            m_result->dropped.append(PlainTextReader::tr("the table of contents (%n entries)", nullptr, end - i - 1));
            items->erase(items->begin() + i, items->begin() + end);
            return;
        }
    }

    void classify(QVector<Item> *items)
    {
        for (int i = 0; i < items->size(); ++i) {
            Item &item = (*items)[i];
            static const QRegularExpression definition(QStringLiteral("^\\[([0-9]{1,3})\\]\\s+"));
            if (item.lineCount == 1 && isThematicBreak(item.text)) {
                item.kind = Item::Break;
                continue;
            }
            const QRegularExpressionMatch match = definition.match(item.text);
            if (match.hasMatch() && item.minIndent < 3) {
                item.kind = Item::NoteDefinition;
                item.noteLabel = match.captured(1);
                item.text = item.text.mid(match.capturedLength());
                continue;
            }
            const int level = headingLevelOf(item);
            if (level == 0)
                continue;
            item.kind = Item::Heading;
            item.headingLevel = level;
            // "II." alone, then its title: one heading "II. PROLETARIANS AND COMMUNISTS".
            if (isRomanNumeralLine(item.text) && i + 1 < items->size()) {
                const Item &next = items->at(i + 1);
                if (isShortLine(next) && !next.quote) {
                    item.text += QLatin1Char(' ') + next.text;
                    items->removeAt(i + 1);
                }
            }
            if (isItalicHeading(item.text))
                item.text = item.text.mid(1, item.text.size() - 2);
        }
        // A thematic break that ends the text (Gutenberg's closing "***") says nothing.
        while (!items->isEmpty() && items->last().kind == Item::Break)
            items->removeLast();
    }

    void build(const QVector<Item> &items)
    {
        // References wait, per label, for the next definition of their label.
        QHash<QString, QVector<QPair<int, int>>> waiting; // label → (block, anchor index in block)
        struct Note
        {
            Footnote footnote;
            QVector<QPair<int, int>> references;
        };
        QVector<Note> notes;
        QHash<int, QVector<QString>> anchorLabels; // block → the label of each of its anchors
        for (const Item &item : items) {
            Block block;
            block.sourceLine = item.sourceLine;
            block.quoteDepth = item.quote ? 1 : 0;
            QVector<NoteReference> references;
            switch (item.kind) {
            case Item::Break:
                block.kind = Block::ThematicBreak;
                m_reading.body.append(block);
                continue;
            case Item::Heading:
                block.kind = Block::Heading;
                block.headingLevel = item.headingLevel;
                break;
            case Item::NoteDefinition: {
                QVector<QPair<int, int>> pending = waiting.take(item.noteLabel);
                if (!pending.isEmpty()) {
                    Block noteBlock;
                    noteBlock.sourceLine = item.sourceLine;
                    QVector<NoteReference> ignored; // numbers inside a note are not references
                    convertInlines(item.text, &noteBlock.text, &noteBlock.styles, &ignored);
                    notes.append(Note{Footnote{item.noteLabel, {noteBlock}}, pending});
                    continue;
                }
                // A definition nothing refers to is kept as text: better shown than lost.
                block.kind = Block::Paragraph;
                convertInlines(QLatin1Char('[') + item.noteLabel + QLatin1String("] ") + item.text, &block.text,
                               &block.styles, &references);
                m_reading.body.append(block);
                continue;
            }
            case Item::Text:
                break;
            }
            convertInlines(item.text, &block.text, &block.styles, &references);
            const int blockIndex = static_cast<int>(m_reading.body.size());
            for (const NoteReference &reference : qAsConst(references)) {
                waiting[reference.label].append(qMakePair(blockIndex, static_cast<int>(block.anchors.size())));
                block.anchors.append(Anchor{Anchor::FootnoteReference, reference.position, reference.position, -1});
                anchorLabels[blockIndex].append(reference.label);
            }
            m_reading.body.append(block);
        }

        // Footnotes go in order of first reference; unmatched references become text again.
        std::stable_sort(notes.begin(), notes.end(),
                         [](const Note &a, const Note &b) { return a.references.first() < b.references.first(); });
        for (int n = 0; n < notes.size(); ++n) {
            for (const auto &reference : qAsConst(notes.at(n).references))
                m_reading.body[reference.first].anchors[reference.second].index = n;
            m_reading.footnotes.append(notes.at(n).footnote);
        }
        for (auto it = anchorLabels.cbegin(); it != anchorLabels.cend(); ++it)
            restoreUnmatchedReferences(&m_reading.body[it.key()], it.value());
    }

    //! A `[n]` with no definition is put back into the text, where the reader can see it.
    static void restoreUnmatchedReferences(Block *block, const QVector<QString> &labels)
    {
        QVector<QPair<int, int>> insertions; // (position, length) in the old text
        QString text;
        QVector<Anchor> anchors;
        int copied = 0;
        int added = 0;
        for (int k = 0; k < block->anchors.size(); ++k) {
            Anchor anchor = block->anchors.at(k);
            text += block->text.mid(copied, anchor.start - copied);
            copied = anchor.start;
            if (anchor.index >= 0) {
                anchor.start = anchor.end = anchor.start + added;
                anchors.append(anchor);
                continue;
            }
            const QString mark = QLatin1Char('[') + labels.at(k) + QLatin1Char(']');
            text += mark;
            insertions.append(qMakePair(anchor.start, static_cast<int>(mark.size())));
            added += static_cast<int>(mark.size());
        }
        if (insertions.isEmpty())
            return;
        text += block->text.mid(copied);
        // A mark inserted at a style's start goes before it; at its end, outside it. Binary
        // search over the running total keeps a block with many marks and styles linear-ish.
        QVector<int> totals(insertions.size() + 1, 0);
        for (int k = 0; k < insertions.size(); ++k)
            totals[k + 1] = totals.at(k) + insertions.at(k).second;
        const auto shifted = [&](int position, bool includeAtPosition) {
            const auto after = std::partition_point(insertions.cbegin(), insertions.cend(), [&](const QPair<int, int> &insertion) {
                return insertion.first < position || (includeAtPosition && insertion.first == position);
            });
            return position + totals.at(static_cast<int>(after - insertions.cbegin()));
        };
        for (StyleRange &style : block->styles) {
            style.start = shifted(style.start, true);
            style.end = shifted(style.end, false);
        }
        block->text = text;
        block->anchors = anchors;
    }

    const FormatInput &m_input;
    ImportedText *m_result;
    Reading m_reading;
};

} // namespace

bool readPlainText(const FormatInput &input, ImportedText *result, SourceError *error)
{
    // A .txt that is really Markdown (escaped "1\\.", links, `[^n]` notes) is read as Markdown.
    if (looksLikeMarkdown(input.bytes))
        return readForeignMarkdown(input, result, error);
    ImportedText imported;
    Reader reader(input, &imported);
    if (!reader.read(error))
        return false;
    *result = imported;
    return true;
}

bool looksLikeGutenberg(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(8 * 1024);
    const QByteArray tail = bytes.size() > 32 * 1024 ? bytes.right(32 * 1024) : QByteArray();
    for (const QByteArray *part : {&head, &tail}) {
        if (part->contains("*** START OF THE PROJECT GUTENBERG") || part->contains("*** START OF THIS PROJECT GUTENBERG")
            || part->contains("Project Gutenberg EBook of") || part->contains("Project Gutenberg eBook of")
            || part->contains("*** END OF THE PROJECT GUTENBERG") || part->contains("*** END OF THIS PROJECT GUTENBERG"))
            return true;
    }
    return false;
}

} // namespace redletter
