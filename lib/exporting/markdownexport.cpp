// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/markdownexport.h"

#include "annotations/applink.h"

#include "exporting/exportfile.h"
#include "exporting/passages.h"
#include "typesetting/citation.h"
#include "typesetting/inlineruns.h"
#include "typesetting/smartpunctuation.h"
#include "typesetting/textsetter.h"
#include "util/yamltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace redletter {

namespace {


const QChar ellipsis(0x2026);

//! Always quoted: note apps read every value of the export as text.
QString yamlString(const QString &value)
{
    return yamlDoubleQuoted(value);
}

QString yamlList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << yamlString(value);
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

//! Backslash-escapes what Markdown (CommonMark, GFM, Obsidian's ==marks==) would read as syntax.
QString escaped(QStringView text)
{
    static const QString special = QStringLiteral("\\`*_[]<>~=|$");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    return out;
}

//! Escapes what would start a heading, list or quote at the beginning of a line.
QString escapedLineStart(const QString &line)
{
    static const QRegularExpression orderedList(QStringLiteral("^(\\d+)([.)])(\\s|$)"));
    if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("- "))
        || line.startsWith(QLatin1String("+ ")) || line == QLatin1String("-")) {
        return QLatin1Char('\\') + line;
    }
    const QRegularExpressionMatch match = orderedList.match(line);
    if (match.hasMatch())
        return match.captured(1) + QLatin1Char('\\') + line.mid(match.capturedLength(1));
    return line;
}

QString opening(const InlineSpan &span)
{
    switch (span.kind) {
    case InlineSpan::Link:
        return QStringLiteral("[");
    case InlineSpan::Highlight:
        return QStringLiteral("==");
    case InlineSpan::Strong:
        return QStringLiteral("**");
    case InlineSpan::Emphasis:
        return QStringLiteral("*");
    case InlineSpan::Strikethrough:
        return QStringLiteral("~~");
    case InlineSpan::Code:
        return QStringLiteral("`");
    case InlineSpan::EditorialPassage:
        break; // not marked in Markdown: the editor's note follows the passage
    }
    return {};
}

QString closing(const InlineSpan &span)
{
    if (span.kind == InlineSpan::Link)
        return QStringLiteral("](") + QString(span.href).replace(QLatin1Char(')'), QLatin1String("%29"))
            .replace(QLatin1Char(' '), QLatin1String("%20")) + QLatin1Char(')');
    return opening(span);
}

/*!
 * The Markdown back-end of the span walker: delimiters properly nested (a span that crosses
 * another is closed and opened again) and never next to white space inside (CommonMark does not
 * take "* a*" for emphasis); footnote marks as <sup>n</sup>.
 */
class MarkdownSink : public StyledRunSink
{
public:
    MarkdownSink(const QString &text, const QVector<InlineSpan> &spans, const Reading *reading)
        : text(text), spans(spans), reading(reading)
    {
    }

    void point(const InlinePoint &point) override
    {
        closeTo(0);
        const QString label = reading ? reading->footnotes.value(point.index).label : QString();
        out += QStringLiteral("<sup>") + escaped(label) + QStringLiteral("</sup>");
    }

    void run(int start, int end, const QVector<int> &allActive) override
    {
        QVector<int> active;
        for (int s : allActive) {
            if (!opening(spans.at(s)).isEmpty())
                active.append(s);
        }
        int common = 0;
        while (common < open.size() && common < active.size() && open.at(common) == active.at(common))
            ++common;
        closeTo(common);
        QStringView piece = QStringView(text).mid(start, end - start);
        if (common < active.size()) {
            int leading = 0;
            while (leading < piece.size() && piece.at(leading).isSpace())
                ++leading;
            out += piece.left(leading).toString();
            piece = piece.mid(leading);
        }
        for (int k = common; k < active.size(); ++k) {
            out += opening(spans.at(active.at(k)));
            open.append(active.at(k));
        }
        const bool code = !open.isEmpty() && spans.at(open.last()).kind == InlineSpan::Code;
        out += code ? piece.toString() : escaped(piece);
    }

    // A closing delimiter goes before the white space the text ended with, an opening one after
    // the white space the next piece starts with: "*rent* ==*because", never "*rent *==".
    void closeTo(int depth)
    {
        if (open.size() <= depth)
            return;
        int trailing = 0;
        while (trailing < out.size() && out.at(out.size() - 1 - trailing).isSpace())
            ++trailing;
        const QString space = out.right(trailing);
        out.chop(trailing);
        while (open.size() > depth) {
            out += closing(spans.at(open.last()));
            open.removeLast();
        }
        out += space;
    }

    const QString &text;
    const QVector<InlineSpan> &spans;
    const Reading *reading;
    QString out;
    QVector<int> open; // indexes into spans, outermost first
};

/*!
 * Text [from, to) of @p text with @p spans written as Markdown delimiters; @p marks: footnote
 * marks, their labels from @p reading.
 */
QString inlineMarkdown(const QString &text, int from, int to, QVector<InlineSpan> spans,
                       const QVector<InlinePoint> &marks = {}, const Reading *reading = nullptr)
{
    // Delimiters hug the text: a span's white space at either end stays outside it.
    for (InlineSpan &span : spans) {
        span.start = qBound(from, span.start, to);
        span.end = qBound(from, span.end, to);
        while (span.start < span.end && text.at(span.start).isSpace())
            ++span.start;
        while (span.end > span.start && text.at(span.end - 1).isSpace())
            --span.end;
    }
    MarkdownSink sink(text, spans, reading);
    forEachStyledRun(from, to, spans, marks, sink);
    sink.closeTo(0);
    return sink.out;
}

class MarkdownWriter
{
    Q_DECLARE_TR_FUNCTIONS(redletter::MarkdownWriter)

public:
    MarkdownWriter(const QVector<ExportSource> &sources, const ExportOptions &options)
        : sources(sources), options(options)
    {
    }

    QString write(ExportReport *report, const ExportProgress &progress, bool *cancelled)
    {
        const bool wholeReading = options.scope == ExportOptions::Scope::WholeReading;
        const PassageCollection collection = collectPassages(sources, options.scope);
        ExportReport counts;
        counts.passages = int(collection.passages.size());
        counts.highlights = collection.anchoredAnnotations;
        counts.orphaned = collection.orphaned;
        for (const Passage &passage : collection.passages) {
            for (const PassageNote &note : passage.notes) {
                if (note.kind == PassageNote::ReaderNote)
                    ++counts.readerNotes;
                else if (note.kind == PassageNote::EditorialNote)
                    ++counts.editorialNotes;
                else
                    ++counts.footnotes;
            }
        }
        if (report)
            *report = counts;

        const QString title = options.title.isEmpty() ? defaultExportTitle(sources) : options.title;
        QStringList authors;
        QStringList tags{QStringLiteral("red-letter")};
        for (const ExportSource &source : sources) {
            if (!source.reading.author.isEmpty() && !authors.contains(source.reading.author))
                authors << source.reading.author;
            for (const Annotation &annotation : source.annotations) {
                for (QString tag : annotation.tags) {
                    tag = tag.trimmed().replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral("-"));
                    if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
                        tags << tag;
                }
            }
        }
        QDate first;
        QDate last;
        exportDateRange(sources, &first, &last);

        out += QStringLiteral("---\n");
        out += QStringLiteral("title: ") + yamlString(title) + QLatin1Char('\n');
        if (!authors.isEmpty())
            out += QStringLiteral("authors: ") + yamlList(authors) + QLatin1Char('\n');
        if (first.isValid())
            out += QStringLiteral("from: ") + first.toString(Qt::ISODate) + QLatin1Char('\n');
        if (last.isValid())
            out += QStringLiteral("to: ") + last.toString(Qt::ISODate) + QLatin1Char('\n');
        out += QStringLiteral("passages: %1\n").arg(counts.passages);
        out += QStringLiteral("notes: %1\n").arg(counts.readerNotes);
        out += QStringLiteral("tags: ") + yamlList(tags) + QLatin1Char('\n');
        if (sources.size() == 1 && isWebUrl(sources.first().reading.source))
            out += QStringLiteral("source: ") + yamlString(sources.first().reading.source.toString()) + QLatin1Char('\n');
        if (options.exportedOn.isValid())
            out += QStringLiteral("exported: ") + options.exportedOn.toString(Qt::ISODate) + QLatin1Char('\n');
        out += QStringLiteral("---\n\n");

        out += QStringLiteral("# ") + escaped(title) + QStringLiteral("\n\n");
        QStringList byline;
        if (!authors.isEmpty())
            byline << QLatin1Char('*') + escaped(authors.join(QStringLiteral(", "))) + QLatin1Char('*');
        if (first.isValid())
            byline << escaped(formatDateRange(first, last));
        byline << (counts.passages == 1 ? MarkdownWriter::tr("1 passage") : MarkdownWriter::tr("%1 passages").arg(counts.passages));
        out += byline.join(QStringLiteral(" \u00B7 ")) + QStringLiteral("\n\n");

        const bool headings = wholeReading || sources.size() > 1;
        int currentSource = -1;
        int done = 0;
        const int total = int(collection.passages.size()) + 1;
        for (const Passage &passage : collection.passages) {
            const ExportSource &source = sources.at(passage.source);
            if (headings && passage.source != currentSource) {
                out += QStringLiteral("## ") + escaped(source.reading.title) + QStringLiteral("\n\n");
                if (wholeReading)
                    out += citation(source, false, QString()) + QStringLiteral("\n\n");
            }
            currentSource = passage.source;
            if (wholeReading)
                writeWholeReading(source, passage);
            else
                writePassage(source, passage);
            if (progress && !progress(++done, total)) {
                *cancelled = true;
                return {};
            }
        }

        if (!collection.orphaned.isEmpty()) {
            out += QStringLiteral("## ") + MarkdownWriter::tr("Orphaned notes") + QStringLiteral("\n\n");
            out += MarkdownWriter::tr("These annotations no longer match the text of their reading. Here is what they "
                      "quoted, with their notes.")
                + QStringLiteral("\n\n");
            for (const OrphanedAnnotation &orphan : collection.orphaned) {
                out += QStringLiteral("> ") + escapedLineStart(escaped(orphan.quote)) + QStringLiteral("\n\n");
                if (!orphan.note.trimmed().isEmpty())
                    out += listItem(MarkdownWriter::tr("Note"), orphan.note) + QLatin1Char('\n');
                out += QChar(0x2014) + QLatin1Char(' ') + MarkdownWriter::tr("from %1").arg(escaped(quotedTitle(orphan)))
                    + QStringLiteral(" \u00B7 [") + MarkdownWriter::tr("Open in Red Letter") + QStringLiteral("](")
                    + annotationAppLink(orphan.readingId, orphan.annotationId).toString(QUrl::FullyEncoded)
                    + QStringLiteral(")\n\n");
            }
        }
        if (progress && !progress(total, total)) {
            *cancelled = true;
            return {};
        }
        return out;
    }

private:
    //! One block's text from @p from to @p to, with its styles, the passage's highlights and footnote marks.
    QString blockText(const ExportSource &source, const Passage &passage, int g, int from, int to) const
    {
        const Block &original = globalBlock(source.reading, g);
        if (original.kind == Block::ThematicBreak)
            return QStringLiteral("* * *");
        if (original.kind == Block::CodeBlock)
            return original.text.mid(from, to - from);
        // Set as the reader and the PDF set it (curly quotes by language, dashes), not hyphenated.
        EditedText set;
        const Block block = setter(source).setBlock(original, false, &set);
        QVector<InlineSpan> spans = inlineSpans(block.styles);
        // Overlapping highlights are one ==mark== (Markdown has no colours to tell them apart).
        QVector<InlineSpan> marked;
        for (const PassageHighlight &highlight : passage.highlights) {
            if (highlight.block != g)
                continue;
            const int start = set.mapOffset(highlight.start);
            const int end = set.mapOffset(highlight.end);
            if (!marked.isEmpty() && start <= marked.last().end)
                marked.last().end = qMax(marked.last().end, end);
            else
                marked.append({InlineSpan::Highlight, start, end, 0, {}});
        }
        spans += marked;
        QString text = inlineMarkdown(block.text, set.mapOffset(from), set.mapOffset(to), spans,
                                      footnoteMarks(block.anchors), &source.reading);
        if (g == passage.firstBlock && passage.cutBefore())
            text.prepend(ellipsis + QLatin1Char(' '));
        if (g == passage.lastBlock && passage.cutAfter(source.reading))
            text.append(QLatin1Char(' ') + ellipsis);
        return text;
    }

    //! An orphan's reading title, quoted as its reading's language quotes.
    QString quotedTitle(const OrphanedAnnotation &orphan) const
    {
        QString language;
        for (const ExportSource &source : sources) {
            if (source.reading.id == orphan.readingId)
                language = source.reading.language;
        }
        return quoted(smartenPunctuation(orphan.readingTitle, language), language);
    }

    TextSetter setter(const ExportSource &source) const
    {
        return TextSetter(Typography(), source.reading.language, /*hyphenate=*/false);
    }

    //! The block as Markdown lines: heading, list item, quote depth, fenced code.
    QStringList blockLines(const ExportSource &source, const Passage &passage, int g) const
    {
        const Block &block = globalBlock(source.reading, g);
        const int from = g == passage.firstBlock ? passage.start : 0;
        const int to = g == passage.lastBlock ? passage.end : int(block.text.size());
        const QString text = blockText(source, passage, g, from, to);
        QStringList lines;
        if (block.kind == Block::CodeBlock) {
            const QString fence = text.contains(QLatin1String("```")) ? QStringLiteral("~~~~") : QStringLiteral("```");
            lines << fence;
            lines += text.split(QLatin1Char('\n'));
            lines << fence;
        } else if (block.kind == Block::Heading) {
            lines << QString(qBound(3, block.headingLevel + 2, 6), QLatin1Char('#')) + QLatin1Char(' ') + text;
        } else if (block.listDepth > 0) {
            const QString indent(3 * (block.listDepth - 1), QLatin1Char(' '));
            const QString marker = block.ordered ? QStringLiteral("%1. ").arg(block.listNumber) : QStringLiteral("- ");
            lines << indent + (block.listItemStart && from == 0 ? marker : QString(marker.size(), QLatin1Char(' '))) + text;
        } else {
            lines << escapedLineStart(text);
        }
        if (block.quoteDepth > 0) {
            const QString quote = QStringLiteral("> ").repeated(block.quoteDepth);
            for (QString &line : lines)
                line.prepend(quote);
        }
        return lines;
    }

    static QString listItem(const QString &label, const QString &text)
    {
        QString body = text.trimmed();
        body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        QStringList lines = body.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            lines[i] = escaped(lines.at(i));
            if (i > 0 && !lines.at(i).trimmed().isEmpty())
                lines[i].prepend(QStringLiteral("  "));
        }
        return QStringLiteral("- **") + label + QStringLiteral(":** ") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    QString richText(const ExportSource &source, const RichText &source_) const
    {
        const RichText text = setter(source).smartened(source_);
        return inlineMarkdown(text.text, 0, int(text.text.size()), inlineSpans(text.styles));
    }

    QString noteItem(const ExportSource &source, const PassageNote &note) const
    {
        const Reading &reading = source.reading;
        switch (note.kind) {
        case PassageNote::ReaderNote: {
            const Annotation &annotation = source.annotations.at(note.index);
            QString item = listItem(MarkdownWriter::tr("Note"), annotation.note);
            if (!annotation.tags.isEmpty()) {
                QStringList tags;
                for (const QString &tag : annotation.tags)
                    tags << QLatin1Char('#') + QString(tag).replace(QLatin1Char(' '), QLatin1Char('-'));
                item.chop(1);
                item += QLatin1Char(' ') + tags.join(QLatin1Char(' ')) + QLatin1Char('\n');
            }
            return item;
        }
        case PassageNote::EditorialNote:
            return QStringLiteral("- **") + MarkdownWriter::tr("Editor") + QStringLiteral(":** ")
                + richText(source, reading.editorialNotes.at(note.index)) + QLatin1Char('\n');
        case PassageNote::Footnote: {
            const Footnote &footnote = reading.footnotes.at(note.index);
            QStringList paragraphs;
            for (const Block &block : footnote.blocks)
                paragraphs << richText(source, {block.text, block.styles});
            return QStringLiteral("- **") + MarkdownWriter::tr("Footnote %1").arg(escaped(footnote.label)) + QStringLiteral(":** ")
                + paragraphs.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
        }
        }
        return {};
    }

    //! The citation line: the parts of Citation, escaped, the work in *…*, the source a link.
    QString citation(const ExportSource &source, bool fromIntroduction, const QString &annotationId) const
    {
        const Reading &reading = source.reading;
        QString line = QChar(0x2014) + QLatin1Char(' ');
        for (const Citation::Part &part : Citation::of(reading, source.servedOn, fromIntroduction).parts()) {
            switch (part.kind) {
            case Citation::Part::Text:
                line += escaped(part.text);
                break;
            case Citation::Part::Work:
                line += QLatin1Char('*') + escaped(part.text) + QLatin1Char('*');
                break;
            case Citation::Part::Source:
                line += QLatin1Char('[') + MarkdownWriter::tr("source") + QStringLiteral("](")
                    + reading.source.toString(QUrl::FullyEncoded) + QLatin1Char(')');
                break;
            }
        }
        if (!annotationId.isEmpty())
            line += QStringLiteral(" \u00B7 [") + MarkdownWriter::tr("Open in Red Letter") + QStringLiteral("](")
                + annotationAppLink(reading.id, annotationId).toString(QUrl::FullyEncoded) + QLatin1Char(')');
        return line;
    }

    void writePassage(const ExportSource &source, const Passage &passage)
    {
        QStringList quote;
        for (int g = passage.firstBlock; g <= passage.lastBlock; ++g) {
            if (!quote.isEmpty())
                quote << QString();
            quote += blockLines(source, passage, g);
        }
        for (const QString &line : quote)
            out += (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line) + QLatin1Char('\n');
        out += QLatin1Char('\n');
        if (!passage.notes.isEmpty()) {
            for (const PassageNote &note : passage.notes)
                out += noteItem(source, note);
            out += QLatin1Char('\n');
        }
        const QString annotationId = passage.highlights.isEmpty()
            ? QString()
            : source.annotations.at(passage.highlights.first().annotation).id;
        out += citation(source, isIntroductionBlock(source.reading, passage.firstBlock), annotationId)
            + QStringLiteral("\n\n");
    }

    void writeWholeReading(const ExportSource &source, const Passage &passage)
    {
        for (int g = passage.firstBlock; g <= passage.lastBlock; ++g) {
            out += blockLines(source, passage, g).join(QLatin1Char('\n')) + QStringLiteral("\n\n");
            bool any = false;
            for (const PassageNote &note : passage.notes) {
                if (note.block == g) {
                    out += noteItem(source, note);
                    any = true;
                }
            }
            if (any)
                out += QLatin1Char('\n');
        }
    }

    const QVector<ExportSource> &sources;
    const ExportOptions &options;
    QString out;
};

} // namespace

QUrl annotationAppLink(const QString &readingId, const QString &annotationId)
{
    return AppLink::url(readingId, annotationId);
}

QString markdownDocument(const QVector<ExportSource> &sources, const ExportOptions &options,
                         ExportReport *report)
{
    bool cancelled = false;
    return MarkdownWriter(sources, options).write(report, {}, &cancelled);
}

bool exportMarkdown(const QVector<ExportSource> &sources, const ExportOptions &options,
                    const QString &path, ExportReport *report, QString *error,
                    const ExportProgress &progress)
{
    ExportReport localReport;
    ExportReport &result = report ? *report : localReport;
    bool cancelled = false;
    const QString markdown = MarkdownWriter(sources, options).write(&result, progress, &cancelled);
    if (cancelled) {
        if (error)
            *error = exportCancelledMessage();
        return false;
    }
    return writeExportFile(path, markdown.toUtf8(), &result.bytes, error);
}

} // namespace redletter
