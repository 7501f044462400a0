// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/markdownexport.h"

#include "exporting/exportfile.h"
#include "exporting/passages.h"
#include "typesetting/smartpunctuation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace redletter {

namespace {


const QChar ellipsis(0x2026);

QString yamlString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
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

//! An inline span to be written with delimiters. Lower kinds nest outside higher ones.
struct Span
{
    enum Kind { Link, Mark, Strong, Emphasis, Strike, Code };
    Kind kind = Emphasis;
    int start = 0;
    int end = 0;
    QString href;
};

QString opening(const Span &span)
{
    switch (span.kind) {
    case Span::Link:
        return QStringLiteral("[");
    case Span::Mark:
        return QStringLiteral("==");
    case Span::Strong:
        return QStringLiteral("**");
    case Span::Emphasis:
        return QStringLiteral("*");
    case Span::Strike:
        return QStringLiteral("~~");
    case Span::Code:
        return QStringLiteral("`");
    }
    return {};
}

QString closing(const Span &span)
{
    if (span.kind == Span::Link)
        return QStringLiteral("](") + QString(span.href).replace(QLatin1Char(')'), QLatin1String("%29"))
            .replace(QLatin1Char(' '), QLatin1String("%20")) + QLatin1Char(')');
    return opening(span);
}

/*!
 * Text [from, to) of @p text with @p spans written as Markdown delimiters, properly nested (a span
 * that crosses another is closed and opened again) and never next to white space inside (CommonMark
 * does not take "* a*" for emphasis). @p marks: footnote labels to insert at offsets.
 */
QString inlineMarkdown(const QString &text, int from, int to, QVector<Span> spans,
                       const QVector<QPair<int, QString>> &marks)
{
    QVector<Span> kept;
    for (Span span : spans) {
        span.start = qBound(from, span.start, to);
        span.end = qBound(from, span.end, to);
        while (span.start < span.end && text.at(span.start).isSpace())
            ++span.start;
        while (span.end > span.start && text.at(span.end - 1).isSpace())
            --span.end;
        if (span.end > span.start)
            kept.append(span);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Span &a, const Span &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.start < b.start;
    });

    QVector<int> cuts{from, to};
    for (const Span &span : kept)
        cuts << span.start << span.end;
    for (const auto &mark : marks) {
        if (mark.first >= from && mark.first <= to)
            cuts << mark.first;
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QString out;
    QVector<int> open; // indexes into kept, outermost first
    // A closing delimiter goes before the white space the text ended with, an opening one after
    // the white space the next piece starts with: "*rent* ==*because", never "*rent *==".
    const auto closeTo = [&](int depth) {
        if (open.size() <= depth)
            return;
        int trailing = 0;
        while (trailing < out.size() && out.at(out.size() - 1 - trailing).isSpace())
            ++trailing;
        const QString space = out.right(trailing);
        out.chop(trailing);
        while (open.size() > depth) {
            out += closing(kept.at(open.last()));
            open.removeLast();
        }
        out += space;
    };
    for (int c = 0; c < cuts.size(); ++c) {
        const int at = cuts.at(c);
        for (const auto &mark : marks) {
            if (mark.first == at) {
                closeTo(0);
                out += QStringLiteral("<sup>") + escaped(mark.second) + QStringLiteral("</sup>");
            }
        }
        if (c + 1 >= cuts.size())
            break;
        const int next = cuts.at(c + 1);
        QVector<int> active;
        for (int s = 0; s < kept.size(); ++s) {
            if (kept.at(s).start <= at && kept.at(s).end >= next)
                active.append(s);
        }
        int common = 0;
        while (common < open.size() && common < active.size() && open.at(common) == active.at(common))
            ++common;
        closeTo(common);
        QStringView piece = QStringView(text).mid(at, next - at);
        if (common < active.size()) {
            int leading = 0;
            while (leading < piece.size() && piece.at(leading).isSpace())
                ++leading;
            out += piece.left(leading).toString();
            piece = piece.mid(leading);
        }
        for (int k = common; k < active.size(); ++k) {
            out += opening(kept.at(active.at(k)));
            open.append(active.at(k));
        }
        const bool code = !open.isEmpty() && kept.at(open.last()).kind == Span::Code;
        out += code ? piece.toString() : escaped(piece);
    }
    closeTo(0);
    return out;
}

QString scheme(const QUrl &url)
{
    return url.scheme().toLower();
}

bool isWebUrl(const QUrl &url)
{
    return scheme(url) == QLatin1String("http") || scheme(url) == QLatin1String("https");
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
                out += QChar(0x2014) + QLatin1Char(' ') + MarkdownWriter::tr("from %1").arg(QChar(0x201C) + escaped(orphan.readingTitle) + QChar(0x201D))
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
        const Block &block = globalBlock(source.reading, g);
        if (block.kind == Block::ThematicBreak)
            return QStringLiteral("* * *");
        if (block.kind == Block::CodeBlock)
            return block.text.mid(from, to - from);
        QVector<Span> spans;
        for (const StyleRange &style : block.styles) {
            Span span;
            span.start = style.start;
            span.end = style.end;
            span.href = style.href;
            switch (style.style) {
            case StyleRange::Emphasis:
                span.kind = Span::Emphasis;
                break;
            case StyleRange::Strong:
                span.kind = Span::Strong;
                break;
            case StyleRange::Code:
                span.kind = Span::Code;
                break;
            case StyleRange::Link:
                span.kind = Span::Link;
                break;
            case StyleRange::Strikethrough:
                span.kind = Span::Strike;
                break;
            }
            spans.append(span);
        }
        // Overlapping highlights are one ==mark== (Markdown has no colours to tell them apart).
        QVector<Span> marked;
        for (const PassageHighlight &highlight : passage.highlights) {
            if (highlight.block != g)
                continue;
            if (!marked.isEmpty() && highlight.start <= marked.last().end)
                marked.last().end = qMax(marked.last().end, highlight.end);
            else
                marked.append({Span::Mark, highlight.start, highlight.end, QString()});
        }
        spans += marked;
        QVector<QPair<int, QString>> marks;
        for (const Anchor &anchor : block.anchors) {
            if (anchor.kind == Anchor::FootnoteReference && anchor.start >= from && anchor.start <= to)
                marks.append({anchor.start, source.reading.footnotes.value(anchor.index).label});
        }
        QString text = inlineMarkdown(block.text, from, to, spans, marks);
        if (g == passage.firstBlock && passage.cutBefore())
            text.prepend(ellipsis + QLatin1Char(' '));
        if (g == passage.lastBlock && passage.cutAfter(source.reading))
            text.append(QLatin1Char(' ') + ellipsis);
        return text;
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

    QString richText(const RichText &text) const
    {
        QVector<Span> spans;
        for (const StyleRange &style : text.styles) {
            Span span;
            span.start = style.start;
            span.end = style.end;
            span.href = style.href;
            span.kind = style.style == StyleRange::Strong ? Span::Strong
                : style.style == StyleRange::Code         ? Span::Code
                : style.style == StyleRange::Link         ? Span::Link
                : style.style == StyleRange::Strikethrough ? Span::Strike
                                                           : Span::Emphasis;
            spans.append(span);
        }
        return inlineMarkdown(text.text, 0, int(text.text.size()), spans, {});
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
                + richText(reading.editorialNotes.at(note.index)) + QLatin1Char('\n');
        case PassageNote::Footnote: {
            const Footnote &footnote = reading.footnotes.at(note.index);
            QStringList paragraphs;
            for (const Block &block : footnote.blocks)
                paragraphs << richText({block.text, block.styles});
            return QStringLiteral("- **") + MarkdownWriter::tr("Footnote %1").arg(escaped(footnote.label)) + QStringLiteral(":** ")
                + paragraphs.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
        }
        }
        return {};
    }

    QString citation(const ExportSource &source, bool fromIntroduction, const QString &annotationId) const
    {
        const Reading &reading = source.reading;
        QString line = QChar(0x2014) + QLatin1Char(' ');
        const QString quotedTitle = quoted(escaped(reading.title), reading.language);
        if (fromIntroduction) {
            line += MarkdownWriter::tr("%1, introduction to %2")
                        .arg(escaped(reading.editor.isEmpty() ? MarkdownWriter::tr("The editor") : reading.editor), quotedTitle);
        } else {
            if (!reading.author.isEmpty())
                line += escaped(reading.author) + QStringLiteral(", ");
            line += quotedTitle;
            if (!reading.work.isEmpty() && reading.work != reading.title)
                line += QStringLiteral(", *") + escaped(reading.work) + QLatin1Char('*');
            if (reading.year > 0)
                line += QStringLiteral(" (%1)").arg(reading.year);
        }
        if (source.servedOn.isValid())
            line += QStringLiteral(" \u00B7 ") + MarkdownWriter::tr("read %1").arg(escaped(formatCitationDate(source.servedOn)));
        if (isWebUrl(reading.source))
            line += QStringLiteral(" \u00B7 [") + MarkdownWriter::tr("source") + QStringLiteral("](")
                + reading.source.toString(QUrl::FullyEncoded) + QLatin1Char(')');
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
    QUrl url;
    url.setScheme(QStringLiteral("redletter"));
    url.setHost(QStringLiteral("reading"));
    url.setPath(QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(readingId)),
                QUrl::TolerantMode);
    url.setFragment(QStringLiteral("annotation-") + annotationId);
    return url;
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
