// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/printtypesetter.h"

#include "typesetting/hyphenator.h"
#include "typesetting/smartpunctuation.h"
#include "typesetting/textedits.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>

#include <algorithm>

namespace redletter {

namespace {


const QChar enSpace(0x2002);
const QChar ellipsis(0x2026);

QFont printFont(QFont font)
{
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::PreferNoShaping));
    return font;
}

QTextCharFormat charFormat(const QFont &font, const QColor &ink)
{
    QTextCharFormat format;
    format.setFont(printFont(font));
    format.setForeground(ink);
    return format;
}

QTextCharFormat sized(QTextCharFormat format, qreal pixelSize)
{
    QFont font = format.font();
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    format.setFont(printFont(font), QTextCharFormat::FontPropertiesSpecifiedOnly);
    format.setFontFamilies(font.families());
    return format;
}

//! Small capitals with air between them: labels, the kicker of the title block.
QTextCharFormat labelFormat(const QFont &font, const QColor &ink, qreal pixelSize)
{
    QTextCharFormat format = sized(charFormat(font, ink), pixelSize);
    format.setFontCapitalization(QFont::AllUppercase);
    format.setFontLetterSpacing(110);
    return format;
}

//! Leading as a multiple of the type size (see DocumentBuilder: fixed, not proportional).
void setLeading(QTextBlockFormat *format, qreal factor, qreal pixelSize)
{
    format->setLineHeight(factor * pixelSize, QTextBlockFormat::FixedHeight);
}

QTextCharFormat styledFormat(QTextCharFormat format, const QVector<StyleRange> &styles, int start,
                             int end, const Theme &theme)
{
    for (const StyleRange &style : styles) {
        if (style.start >= end || style.end <= start)
            continue;
        switch (style.style) {
        case StyleRange::Emphasis:
            format.setFontItalic(!format.fontItalic());
            break;
        case StyleRange::Strong:
            format.setFontWeight(QFont::Bold);
            break;
        case StyleRange::Code:
            format.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
            format.setFontFixedPitch(true);
            break;
        case StyleRange::Link:
            format.setAnchor(true);
            format.setAnchorHref(style.href);
            format.setForeground(theme.accent);
            break;
        case StyleRange::Strikethrough:
            format.setFontStrikeOut(true);
            break;
        }
    }
    return format;
}

//! Inserts @p text cut at its style boundaries.
void insertStyled(QTextCursor *cursor, const RichText &text, const QTextCharFormat &base,
                  const Theme &theme)
{
    QVector<int> cuts{0, int(text.text.size())};
    for (const StyleRange &style : text.styles)
        cuts << qBound(0, style.start, int(text.text.size())) << qBound(0, style.end, int(text.text.size()));
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (int c = 0; c + 1 < cuts.size(); ++c) {
        cursor->insertText(text.text.mid(cuts[c], cuts[c + 1] - cuts[c]),
                           styledFormat(base, text.styles, cuts[c], cuts[c + 1], theme));
    }
}

class TextSetter
{
public:
    TextSetter(const Typography &typography, const QString &language, bool hyphenate)
        : t(typography), language(language)
    {
        if (hyphenate && t.justify && t.hyphenate)
            hyphenator = Hyphenator::forLanguage(language);
    }

    EditedText set(const QString &text, bool hyphenate = true) const
    {
        EditedText result = applyEdits(text, t.smartPunctuation ? smartPunctuationEdits(text, language)
                                                                : QVector<TextEdit>());
        if (hyphenate && hyphenator)
            result = applyEdits(result, hyphenator->softHyphenEdits(result.text));
        return result;
    }

    QString smartened(const QString &text) const { return set(text, false).text; }

    RichText smartened(const RichText &source) const
    {
        RichText text = source;
        const EditedText edited = set(source.text, false);
        text.text = edited.text;
        edited.mapRanges(&text.styles);
        return text;
    }

private:
    const Typography &t;
    QString language;
    std::shared_ptr<const Hyphenator> hyphenator;
};

} // namespace

PrintGeometry PrintGeometry::forPage(const QPageSize &pageSize, qreal unitsPerPoint)
{
    PrintGeometry g;
    g.unitsPerPoint = unitsPerPoint;
    const QSizeF points = pageSize.size(QPageSize::Point);
    const qreal width = points.width() * unitsPerPoint;
    const qreal height = points.height() * unitsPerPoint;
    g.page = QSizeF(width, height);
    const qreal top = height * 0.085;
    const qreal bottom = height * 0.10;
    const qreal left = width * 0.105;
    const qreal right = width * 0.065;
    const qreal typeWidth = width - left - right;
    const qreal textWidth = typeWidth * 0.60;
    const qreal gutter = typeWidth * 0.05;
    g.textColumn = QRectF(left, top, textWidth, height - top - bottom);
    g.noteColumn = QRectF(left + textWidth + gutter, top, typeWidth - textWidth - gutter,
                          height - top - bottom);
    g.runningHeadBaseline = top - height * 0.032;
    g.folioBaseline = height - bottom + height * 0.045;
    return g;
}

Typography printTypography(const Typography &reader, const PrintGeometry &geometry)
{
    Typography t = reader;
    t.zoom = 1.0;
    t.theme = Theme::forKind(Theme::Light);
    // The measure is the reader's (characters a line); the column decides the size of the type.
    const qreal emsPerMeasure = reader.measureWidth() / reader.textSize();
    const qreal point = geometry.unitsPerPoint;
    t.textPixelSize = qBound(9.5 * point, geometry.textColumn.width() / emsPerMeasure, 12 * point);
    t.noteScale = qMax(reader.noteScale, 8 * point / t.textPixelSize);
    return t;
}

QColor printHighlightTint(const QString &color)
{
    if (color == QLatin1String("green"))
        return QColor(0xd6, 0xee, 0xcf);
    if (color == QLatin1String("blue"))
        return QColor(0xd3, 0xe5, 0xf5);
    if (color == QLatin1String("pink"))
        return QColor(0xf8, 0xd9, 0xe3);
    return QColor(0xfb, 0xee, 0xb0); // yellow, and what is not a known colour
}

QColor printHighlightRule(const QString &color)
{
    if (color == QLatin1String("green"))
        return QColor(0x6d, 0xae, 0x5e);
    if (color == QLatin1String("blue"))
        return QColor(0x5b, 0x8f, 0xc9);
    if (color == QLatin1String("pink"))
        return QColor(0xd0, 0x6a, 0x8c);
    return QColor(0xd9, 0xb1, 0x2c);
}

PrintTypesetter::PrintTypesetter(const Typography &readerTypography, const PrintGeometry &geometry)
    : m_typography(printTypography(readerTypography, geometry)), m_geometry(geometry)
{
}

qreal PrintTypesetter::longestMarginNote() const
{
    return m_geometry.noteColumn.height() * 0.5;
}

std::unique_ptr<QTextDocument> PrintTypesetter::newDocument(qreal width) const
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(0);
    document->setDefaultFont(printFont(m_typography.textFont()));
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setTextWidth(width);
    return document;
}

namespace {

QTextBlockFormat blockFormatFor(const Typography &t, const Block &block, const Block *previous,
                                bool spaced, qreal pixelSize)
{
    const qreal em = t.textSize();
    QTextBlockFormat format;
    setLeading(&format, t.lineHeight, pixelSize);
    format.setAlignment(t.justify ? Qt::AlignJustify : Qt::AlignLeft);
    const bool afterSameKind = previous && previous->kind == Block::Paragraph
        && previous->quoteDepth == block.quoteDepth && previous->listDepth == 0 && block.listDepth == 0;
    switch (block.kind) {
    case Block::Heading:
        format.setTopMargin(previous ? em * 1.0 : 0);
        format.setBottomMargin(em * 0.4);
        format.setAlignment(Qt::AlignLeft);
        setLeading(&format, 1.25, pixelSize);
        format.setProperty(KeepWithNextProperty, true);
        break;
    case Block::ThematicBreak:
        format.setAlignment(Qt::AlignHCenter);
        format.setTopMargin(em * 0.6);
        format.setBottomMargin(em * 0.6);
        break;
    case Block::CodeBlock:
        format.setAlignment(Qt::AlignLeft);
        format.setLeftMargin(em * 1.5);
        format.setTopMargin(em * 0.4);
        format.setBottomMargin(em * 0.4);
        break;
    case Block::Paragraph:
        if (spaced || block.quoteDepth > 0 || block.listDepth > 0) {
            if (previous)
                format.setTopMargin(em * 0.5);
        } else if (afterSameKind) {
            format.setTextIndent(em * 1.2);
        }
        break;
    }
    if (block.quoteDepth > 0) {
        format.setLeftMargin(em * 1.5 * block.quoteDepth);
        format.setRightMargin(em * 0.8);
        if (previous && previous->quoteDepth < block.quoteDepth)
            format.setTopMargin(em * 0.7);
    } else if (previous && previous->quoteDepth > 0) {
        format.setTopMargin(em * 0.7);
        format.setTextIndent(0);
    }
    if (previous && previous->listDepth > 0 && block.listDepth == 0) {
        format.setTopMargin(em * 0.6);
        format.setTextIndent(0);
    }
    if (block.listDepth > 0) {
        if (previous && previous->listDepth == 0)
            format.setTopMargin(em * 0.6);
        format.setLeftMargin(format.leftMargin() + em * 1.6 * block.listDepth);
        format.setTextIndent(0);
    }
    if (previous && previous->kind == Block::Heading)
        format.setTextIndent(0);
    return format;
}

QString listLabel(const Block &block)
{
    static const QString bullets[] = {QStringLiteral("\u2022"), QStringLiteral("\u25E6"),
                                      QStringLiteral("\u2013")};
    return (block.ordered ? QString::number(block.listNumber) + QLatin1Char('.')
                          : bullets[(block.listDepth - 1) % 3])
        + enSpace;
}

//! A note too long for the margin, set under its passage in the note's face, indented.
void setUnderPassage(QTextCursor *cursor, const TypesetNote &note, const Typography &t)
{
    QTextBlockFormat format;
    format.setTopMargin(t.textSize() * 0.6);
    format.setLeftMargin(t.textSize() * 1.5);
    cursor->insertBlock(format);
    const int firstBlock = cursor->blockNumber();
    QTextCursor all(note.document.get());
    all.select(QTextCursor::Document);
    cursor->insertFragment(all.selection());
    QTextDocument *document = cursor->document();
    for (QTextBlock b = document->findBlockByNumber(firstBlock); b.isValid(); b = b.next()) {
        QTextBlockFormat noteFormat = b.blockFormat();
        noteFormat.setLeftMargin(t.textSize() * 1.5);
        noteFormat.setAlignment(Qt::AlignLeft);
        setLeading(&noteFormat, 1.4, t.noteFont().pixelSize());
        if (b.blockNumber() == firstBlock)
            noteFormat.setTopMargin(t.textSize() * 0.6);
        QTextCursor(b).setBlockFormat(noteFormat);
    }
    cursor->movePosition(QTextCursor::End);
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

//! "— Author, “Title”, Work (1924) · read 24 November 2026 · https://…", the URL a link.
void insertCitation(QTextCursor *cursor, const Typography &t, const TextSetter &setter,
                    const ExportSource &source, bool fromIntroduction)
{
    const Theme &theme = t.theme;
    const Reading &reading = source.reading;
    QTextBlockFormat format;
    setLeading(&format, 1.35, t.noteFont().pixelSize());
    format.setTopMargin(t.textSize() * 0.45);
    format.setAlignment(Qt::AlignLeft);
    format.setProperty(KeepWithPreviousProperty, true);
    cursor->insertBlock(format);
    const QTextCharFormat muted = charFormat(t.noteFont(), theme.mutedInk);
    const QString quotedTitle = quoted(setter.smartened(reading.title), reading.language);
    cursor->insertText(QChar(0x2014) + QLatin1Char(' '), muted);
    if (fromIntroduction) {
        const QString editor = reading.editor.isEmpty() ? PrintTypesetter::tr("The editor") : reading.editor;
        cursor->insertText(PrintTypesetter::tr("%1, introduction to %2").arg(editor, quotedTitle), muted);
    } else {
        if (!reading.author.isEmpty())
            cursor->insertText(reading.author + QStringLiteral(", "), muted);
        cursor->insertText(quotedTitle, muted);
        if (!reading.work.isEmpty() && reading.work != reading.title) {
            cursor->insertText(QStringLiteral(", "), muted);
            QTextCharFormat work = muted;
            work.setFontItalic(true);
            cursor->insertText(setter.smartened(reading.work), work);
        }
        if (reading.year > 0)
            cursor->insertText(QStringLiteral(" (%1)").arg(reading.year), muted);
    }
    if (source.servedOn.isValid())
        cursor->insertText(QStringLiteral(" \u00B7 ") + PrintTypesetter::tr("read %1").arg(formatCitationDate(source.servedOn)), muted);
    if (isWebUrl(reading.source)) {
        cursor->insertText(QStringLiteral(" \u00B7 "), muted);
        QTextCharFormat link = muted;
        link.setAnchor(true);
        link.setAnchorHref(reading.source.toString(QUrl::FullyEncoded));
        link.setForeground(theme.accent);
        cursor->insertText(reading.source.toString(), link);
    }
}

} // namespace

TypesetItem PrintTypesetter::passage(const ExportSource &source, const Passage &passage,
                                     int passageIndex, bool cite) const
{
    const Typography &t = m_typography;
    const Theme &theme = t.theme;
    const Reading &reading = source.reading;
    const TextSetter setter(t, reading.language, true);

    TypesetItem item;
    item.passage = passageIndex;
    item.source = passage.source;
    item.keepTogether = !passage.wholeReading;
    item.clearNotes = !passage.wholeReading;
    item.spaceBefore = t.textSize() * t.lineHeight * 1.4;
    item.document = newDocument(m_geometry.textColumn.width());
    QTextCursor cursor(item.document.get());

    QVector<int> notePositions(passage.notes.size(), -1);
    const Block *previous = nullptr;
    if (passage.wholeReading && !reading.introduction.isEmpty()) {
        // As in the reader: the editor's introduction is labelled as such.
        QTextBlockFormat label;
        label.setBottomMargin(t.textSize() * 0.5);
        cursor.setBlockFormat(label);
        cursor.insertText(reading.editor.isEmpty() ? PrintTypesetter::tr("Introduction") : PrintTypesetter::tr("Introduction \u00B7 %1").arg(reading.editor),
                          labelFormat(t.editorFont(), theme.accent, t.textSize() * 0.58));
        cursor.insertBlock();
    }
    for (int g = passage.firstBlock; g <= passage.lastBlock; ++g) {
        const Block &original = globalBlock(reading, g);
        const bool introduction = isIntroductionBlock(reading, g);
        const int from = g == passage.firstBlock ? passage.start : 0;
        const int to = g == passage.lastBlock ? passage.end : int(original.text.size());

        QTextCharFormat base = introduction ? charFormat(t.editorFont(), theme.editorInk)
                                            : charFormat(t.textFont(), theme.ink);
        if (original.kind == Block::Heading)
            base = charFormat(t.headingFont(original.headingLevel), theme.ink);
        else if (original.quoteDepth > 0)
            base = sized(base, base.font().pixelSize() * 0.93);
        QTextBlockFormat format = blockFormatFor(t, original, previous, introduction,
                                                 base.font().pixelSize());
        if (!previous) {
            format.setTextIndent(0); // a quotation starts flush
            format.setTopMargin(0);
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(base);
        } else {
            if (introduction != isIntroductionBlock(reading, g - 1)) {
                // The editor's voice ends, the author's begins.
                format.setTopMargin(t.textSize() * 1.2);
                format.setTextIndent(0);
            }
            cursor.insertBlock(format);
        }
        previous = &original;

        if (original.listDepth > 0 && original.listItemStart && from == 0) {
            const QString label = listLabel(original);
            QTextCharFormat labelFormat = base;
            labelFormat.setForeground(theme.mutedInk);
            QTextBlockFormat hanging = cursor.blockFormat();
            hanging.setTextIndent(-QFontMetricsF(base.font()).horizontalAdvance(label));
            cursor.setBlockFormat(hanging);
            cursor.insertText(label, labelFormat);
        }
        if (original.kind == Block::ThematicBreak) {
            QTextCharFormat ornament = base;
            ornament.setForeground(theme.mutedInk);
            cursor.insertText(QStringLiteral("*\u2003*\u2003*"), ornament);
            continue;
        }

        // The block as it is set (curly quotes, dashes, soft hyphens), everything pointing into
        // it carried over.
        const EditedText set = original.kind == Block::CodeBlock ? applyEdits(original.text, {})
                                                                  : setter.set(original.text);
        Block block = original;
        block.text = set.text;
        set.mapRanges(&block.styles);
        set.mapRanges(&block.anchors);
        const int start = set.mapOffset(from);
        const int end = set.mapOffset(to);
        const auto clampToContext = [&](int offset) { return qBound(start, offset, end); };

        struct Mark
        {
            int start;
            int end;
            QColor tint;
        };
        QVector<Mark> marks;
        for (const PassageHighlight &highlight : passage.highlights) {
            if (highlight.block == g) {
                marks.append({set.mapOffset(highlight.start), set.mapOffset(highlight.end),
                              printHighlightTint(source.annotations.at(highlight.annotation).color)});
            }
        }
        QVector<int> cuts{start, end};
        for (const StyleRange &style : block.styles)
            cuts << clampToContext(style.start) << clampToContext(style.end);
        for (const Anchor &anchor : block.anchors)
            cuts << clampToContext(anchor.start) << clampToContext(anchor.end);
        for (const Mark &mark : marks)
            cuts << clampToContext(mark.start) << clampToContext(mark.end);
        QVector<int> noteOffsets(passage.notes.size(), -1);
        for (int n = 0; n < passage.notes.size(); ++n) {
            const PassageNote &note = passage.notes.at(n);
            if (note.block == g && note.kind != PassageNote::Footnote) {
                noteOffsets[n] = clampToContext(set.mapOffset(note.offset));
                cuts << noteOffsets[n];
            }
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

        if (g == passage.firstBlock && passage.cutBefore())
            cursor.insertText(ellipsis + QLatin1Char(' '), base);
        for (int c = 0; c < cuts.size(); ++c) {
            const int at = cuts[c];
            for (int n = 0; n < passage.notes.size(); ++n) {
                if (noteOffsets[n] == at && notePositions[n] < 0)
                    notePositions[n] = cursor.position();
            }
            for (const Anchor &anchor : block.anchors) {
                if (anchor.kind != Anchor::FootnoteReference || anchor.start != at)
                    continue;
                for (int n = 0; n < passage.notes.size(); ++n) {
                    const PassageNote &note = passage.notes.at(n);
                    if (note.kind == PassageNote::Footnote && note.index == anchor.index && note.block == g
                        && notePositions[n] < 0)
                        notePositions[n] = cursor.position();
                }
                QTextCharFormat mark = base;
                mark.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
                mark.setForeground(theme.accent);
                mark.setFontItalic(false);
                cursor.insertText(reading.footnotes.value(anchor.index).label, mark);
            }
            if (c + 1 >= cuts.size())
                break;
            const int next = cuts[c + 1];
            QTextCharFormat format = styledFormat(base, block.styles, at, next, theme);
            for (const Anchor &anchor : block.anchors) {
                if (anchor.kind == Anchor::EditorialNote && anchor.start <= at && anchor.end >= next) {
                    format.setUnderlineStyle(QTextCharFormat::DotLine);
                    format.setUnderlineColor(theme.anchorUnderline);
                }
            }
            for (const Mark &mark : marks) {
                if (mark.start <= at && mark.end >= next)
                    format.setBackground(mark.tint);
            }
            cursor.insertText(block.text.mid(at, next - at), format);
        }
        if (g == passage.lastBlock && passage.cutAfter(reading))
            cursor.insertText(QLatin1Char(' ') + ellipsis, base);
    }

    // Notes too long for the margin are set under the passage, where they can run over a page.
    std::vector<TypesetNote> underPassage;
    for (int n = 0; n < passage.notes.size(); ++n) {
        const PassageNote &note = passage.notes.at(n);
        TypesetNote typeset = note.kind == PassageNote::ReaderNote
            ? readerNote(source.annotations.at(note.index), reading.language)
            : readingNote(reading, note);
        typeset.anchorPosition = qMax(0, notePositions.at(n));
        if (typeset.document->size().height() > longestMarginNote())
            underPassage.push_back(std::move(typeset));
        else
            item.notes.push_back(std::move(typeset));
    }
    for (const TypesetNote &note : underPassage)
        setUnderPassage(&cursor, note, t);

    if (cite)
        insertCitation(&cursor, t, setter, source, isIntroductionBlock(reading, passage.firstBlock));
    return item;
}

TypesetNote PrintTypesetter::readerNote(const Annotation &annotation, const QString &language) const
{
    const Typography &t = m_typography;
    const Theme &theme = t.theme;
    const TextSetter setter(t, language, false);
    const qreal size = t.noteFont().pixelSize();

    TypesetNote note;
    note.kind = PassageNote::ReaderNote;
    note.rule = printHighlightRule(annotation.color);
    note.document = newDocument(m_geometry.noteColumn.width());
    note.document->setDefaultFont(printFont(t.noteFont()));
    QTextCursor cursor(note.document.get());
    QTextBlockFormat block;
    setLeading(&block, 1.4, size);
    block.setAlignment(Qt::AlignLeft);
    cursor.setBlockFormat(block);

    const QTextCharFormat base = charFormat(t.noteFont(), theme.editorInk);
    cursor.insertText(PrintTypesetter::tr("Note") + enSpace, labelFormat(t.noteFont(), theme.accent, size * 0.82));
    QString text = annotation.note.trimmed();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList paragraphs = text.split(QRegularExpression(QStringLiteral("\n[ \t]*\n\\s*")));
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (i > 0) {
            QTextBlockFormat next = block;
            next.setTopMargin(size * 0.4);
            cursor.insertBlock(next);
        }
        QString paragraph = setter.smartened(paragraphs.at(i));
        paragraph.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
        cursor.insertText(paragraph, base);
    }
    if (!annotation.tags.isEmpty()) {
        QTextBlockFormat tags = block;
        tags.setTopMargin(size * 0.25);
        cursor.insertBlock(tags);
        QTextCharFormat muted = charFormat(t.noteFont(), theme.mutedInk);
        cursor.insertText(QLatin1Char('#') + annotation.tags.join(QStringLiteral(" #")), muted);
    }
    return note;
}

TypesetNote PrintTypesetter::readingNote(const Reading &reading, const PassageNote &passageNote) const
{
    const Typography &t = m_typography;
    const Theme &theme = t.theme;
    const TextSetter setter(t, reading.language, false);
    const qreal size = t.noteFont().pixelSize();

    TypesetNote note;
    note.kind = passageNote.kind;
    note.document = newDocument(m_geometry.noteColumn.width());
    note.document->setDefaultFont(printFont(t.noteFont()));
    QTextCursor cursor(note.document.get());
    QTextBlockFormat block;
    setLeading(&block, 1.4, size);
    block.setAlignment(Qt::AlignLeft);
    cursor.setBlockFormat(block);

    const QTextCharFormat base = charFormat(t.noteFont(), theme.editorInk);
    RichText text;
    if (passageNote.kind == PassageNote::Footnote) {
        const Footnote &footnote = reading.footnotes.at(passageNote.index);
        QTextCharFormat label = base;
        label.setForeground(theme.accent);
        label.setFontWeight(QFont::DemiBold);
        cursor.insertText(footnote.label + enSpace, label);
        for (const Block &b : footnote.blocks) {
            if (!text.text.isEmpty())
                text.text.append(QChar(QChar::LineSeparator));
            const int offset = int(text.text.size());
            text.text.append(b.text);
            for (StyleRange style : b.styles) {
                style.start += offset;
                style.end += offset;
                text.styles.append(style);
            }
        }
    } else {
        cursor.insertText(PrintTypesetter::tr("Editor") + enSpace, labelFormat(t.noteFont(), theme.accent, size * 0.82));
        text = reading.editorialNotes.at(passageNote.index);
    }
    insertStyled(&cursor, setter.smartened(text), base, theme);
    return note;
}

TypesetItem PrintTypesetter::titleBlock(const QString &title, const QString &language,
                                        const QStringList &authors, const QString &dates,
                                        int passages, int notes) const
{
    const Typography &t = m_typography;
    const Theme &theme = t.theme;
    const TextSetter setter(t, language, false);
    TypesetItem item;
    item.document = newDocument(m_geometry.textColumn.width());
    QTextCursor cursor(item.document.get());

    QTextBlockFormat center;
    center.setAlignment(Qt::AlignHCenter);
    setLeading(&center, 1.4, t.textSize());

    QTextBlockFormat kicker = center;
    kicker.setBottomMargin(t.textSize() * 0.7);
    cursor.setBlockFormat(kicker);
    cursor.insertText(PrintTypesetter::tr("Red Letter \u00B7 Annotations"),
                      labelFormat(t.editorFont(), theme.accent, t.textSize() * 0.62));

    QTextBlockFormat titleBlock = center;
    const QFont titleFont = t.titleFont();
    setLeading(&titleBlock, 1.15, titleFont.pixelSize());
    titleBlock.setBottomMargin(t.textSize() * 0.5);
    cursor.insertBlock(titleBlock);
    cursor.insertText(setter.smartened(title), charFormat(titleFont, theme.ink));

    QTextBlockFormat line = center;
    line.setBottomMargin(t.textSize() * 0.2);
    if (!authors.isEmpty()) {
        cursor.insertBlock(line);
        QTextCharFormat byline = sized(charFormat(t.textFont(), theme.ink), t.textSize() * 1.05);
        byline.setFontCapitalization(QFont::SmallCaps);
        byline.setFontLetterSpacing(104);
        cursor.insertText(QLocale().createSeparatedList(authors), byline);
    }
    if (!dates.isEmpty()) {
        cursor.insertBlock(line);
        QTextCharFormat when = charFormat(t.textFont(), theme.mutedInk);
        when.setFontItalic(true);
        cursor.insertText(dates, when);
    }
    QTextBlockFormat counts = center;
    counts.setTopMargin(t.textSize() * 0.4);
    cursor.insertBlock(counts);
    QStringList figures;
    figures << (passages == 1 ? PrintTypesetter::tr("1 passage") : PrintTypesetter::tr("%1 passages").arg(passages));
    if (notes > 0)
        figures << (notes == 1 ? PrintTypesetter::tr("1 note") : PrintTypesetter::tr("%1 notes").arg(notes));
    cursor.insertText(figures.join(QStringLiteral(" \u00B7 ")),
                      labelFormat(t.editorFont(), theme.mutedInk, t.textSize() * 0.62));
    return item;
}

TypesetItem PrintTypesetter::readingHeading(const ExportSource &source, int sourceIndex,
                                            bool wholeReading) const
{
    const Typography &t = m_typography;
    const Theme &theme = t.theme;
    const Reading &reading = source.reading;
    const TextSetter setter(t, reading.language, false);
    TypesetItem item;
    item.source = sourceIndex;
    item.keepWithNext = true;
    item.spaceBefore = t.textSize() * t.lineHeight * (wholeReading ? 3 : 2.4);
    item.document = newDocument(m_geometry.textColumn.width());
    QTextCursor cursor(item.document.get());

    // A whole reading opens with its title as the reader shows it; a section of passages with a heading.
    QFont headingFont = t.headingFont(1);
    if (wholeReading) {
        headingFont = t.titleFont();
        headingFont.setPixelSize(qRound(t.textSize() * 1.7));
    }
    QTextBlockFormat heading;
    setLeading(&heading, 1.2, headingFont.pixelSize());
    heading.setAlignment(Qt::AlignLeft);
    heading.setBottomMargin(t.textSize() * 0.25);
    heading.setProperty(KeepWithNextProperty, true);
    cursor.setBlockFormat(heading);
    cursor.insertText(setter.smartened(reading.title), charFormat(headingFont, theme.ink));

    QTextBlockFormat line;
    setLeading(&line, 1.35, t.textSize());
    line.setAlignment(Qt::AlignLeft);
    line.setProperty(KeepWithNextProperty, true);
    const QTextCharFormat muted = charFormat(t.textFont(), theme.mutedInk);
    if (!reading.author.isEmpty() || !reading.work.isEmpty() || reading.year > 0) {
        cursor.insertBlock(line);
        if (!reading.author.isEmpty()) {
            QTextCharFormat byline = charFormat(t.textFont(), theme.ink);
            byline.setFontCapitalization(QFont::SmallCaps);
            byline.setFontLetterSpacing(104);
            cursor.insertText(reading.author, byline);
        }
        if (!reading.work.isEmpty() && reading.work != reading.title) {
            cursor.insertText(reading.author.isEmpty() ? QString() : QStringLiteral(", "), muted);
            QTextCharFormat work = muted;
            work.setFontItalic(true);
            cursor.insertText(setter.smartened(reading.work), work);
        }
        if (reading.year > 0)
            cursor.insertText(QStringLiteral(" (%1)").arg(reading.year), muted);
    }
    const bool web = isWebUrl(reading.source);
    if (source.servedOn.isValid() || web) {
        QTextBlockFormat meta = line;
        setLeading(&meta, 1.35, t.noteFont().pixelSize());
        cursor.insertBlock(meta);
        const QTextCharFormat small = charFormat(t.noteFont(), theme.mutedInk);
        if (source.servedOn.isValid())
            cursor.insertText(PrintTypesetter::tr("Read %1").arg(formatCitationDate(source.servedOn)), small);
        if (web) {
            if (source.servedOn.isValid())
                cursor.insertText(QStringLiteral(" \u00B7 "), small);
            QTextCharFormat link = small;
            link.setAnchor(true);
            link.setAnchorHref(reading.source.toString(QUrl::FullyEncoded));
            link.setForeground(theme.accent);
            cursor.insertText(reading.source.toString(), link);
        }
    }
    return item;
}

TypesetItem PrintTypesetter::sectionHeading(const QString &title, const QString &explanation) const
{
    const Typography &t = m_typography;
    const Theme &theme = t.theme;
    TypesetItem item;
    item.keepWithNext = true;
    item.spaceBefore = t.textSize() * t.lineHeight * 2.4;
    item.document = newDocument(m_geometry.textColumn.width());
    QTextCursor cursor(item.document.get());
    const QFont headingFont = t.headingFont(2);
    QTextBlockFormat heading;
    setLeading(&heading, 1.25, headingFont.pixelSize());
    heading.setAlignment(Qt::AlignLeft);
    heading.setBottomMargin(t.textSize() * 0.3);
    heading.setProperty(KeepWithNextProperty, true);
    cursor.setBlockFormat(heading);
    cursor.insertText(title, charFormat(headingFont, theme.ink));
    if (!explanation.isEmpty()) {
        QTextBlockFormat text;
        setLeading(&text, t.lineHeight, t.editorFont().pixelSize());
        text.setAlignment(Qt::AlignLeft);
        cursor.insertBlock(text);
        cursor.insertText(explanation, charFormat(t.editorFont(), theme.editorInk));
    }
    return item;
}

TypesetItem PrintTypesetter::orphan(const OrphanedAnnotation &orphan, const QString &color,
                                    const QString &language) const
{
    const Typography &t = m_typography;
    const Theme &theme = t.theme;
    const TextSetter setter(t, language, false);
    TypesetItem item;
    item.spaceBefore = t.textSize() * t.lineHeight * 0.8;
    item.document = newDocument(m_geometry.textColumn.width());
    QTextCursor cursor(item.document.get());
    QTextBlockFormat quote;
    setLeading(&quote, t.lineHeight, t.textSize());
    quote.setAlignment(Qt::AlignLeft);
    cursor.setBlockFormat(quote);
    QTextCharFormat text = charFormat(t.textFont(), theme.ink);
    text.setBackground(printHighlightTint(color));
    cursor.insertText(setter.smartened(QLatin1Char('"') + orphan.quote + QLatin1Char('"')), text);
    QTextBlockFormat from;
    setLeading(&from, 1.35, t.noteFont().pixelSize());
    from.setAlignment(Qt::AlignLeft);
    from.setTopMargin(t.textSize() * 0.2);
    from.setProperty(KeepWithPreviousProperty, true);
    cursor.insertBlock(from);
    cursor.insertText(QChar(0x2014) + QLatin1Char(' ')
                          + PrintTypesetter::tr("from %1").arg(setter.smartened(QLatin1Char('"') + orphan.readingTitle + QLatin1Char('"'))),
                      charFormat(t.noteFont(), theme.mutedInk));
    if (!orphan.note.trimmed().isEmpty()) {
        Annotation annotation;
        annotation.note = orphan.note;
        annotation.color = color;
        TypesetNote note = readerNote(annotation, language);
        note.anchorPosition = 0;
        item.notes.push_back(std::move(note));
    }
    return item;
}

QVector<LayoutLine> PrintTypesetter::lines(const TypesetItem &item)
{
    QVector<LayoutLine> result;
    QTextDocument *document = item.document.get();
    document->size(); // lays the document out
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QTextBlockFormat format = block.blockFormat();
        const qreal fixed = format.lineHeightType() == QTextBlockFormat::FixedHeight ? format.lineHeight() : 0;
        const int count = layout ? layout->lineCount() : 0;
        if (format.boolProperty(KeepWithPreviousProperty) && !result.isEmpty())
            result.last().breakAfter = false;
        for (int i = 0; i < count; ++i) {
            const QTextLine line = layout->lineAt(i);
            LayoutLine l;
            l.top = layout->position().y() + line.y();
            l.height = i + 1 < count ? layout->lineAt(i + 1).y() - line.y() : qMax(fixed, line.height());
            // No orphan (first line alone at the foot) or widow (last line alone at the head).
            l.breakAfter = !(count >= 3 && (i == 0 || i == count - 2)) && !(count == 2 && i == 0);
            if (i == count - 1 && format.boolProperty(KeepWithNextProperty))
                l.breakAfter = false;
            result.append(l);
        }
    }
    return result;
}

void PrintTypesetter::drawLines(QPainter *painter, const TypesetItem &item, int firstLine, int lastLine)
{
    QTextDocument *document = item.document.get();
    document->size(); // lays the document out
    int index = 0;
    for (QTextBlock block = document->begin(); block.isValid() && index <= lastLine; block = block.next()) {
        const QTextLayout *layout = block.layout();
        const int count = layout ? layout->lineCount() : 0;
        if (index + count > firstLine) {
            for (int i = qMax(0, firstLine - index); i < count && index + i <= lastLine; ++i)
                layout->lineAt(i).draw(painter, layout->position());
        }
        index += count;
    }
}

LayoutItem PrintTypesetter::measure(const TypesetItem &item)
{
    LayoutItem layout;
    layout.lines = lines(item);
    layout.spaceBefore = item.spaceBefore;
    layout.keepTogether = item.keepTogether;
    layout.keepWithNext = item.keepWithNext;
    layout.newPage = item.newPage;
    layout.clearNotes = item.clearNotes;

    QTextDocument *document = item.document.get();
    QVector<int> firstLine;
    int lines = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        firstLine.append(lines);
        lines += block.layout() ? block.layout()->lineCount() : 0;
    }
    for (const TypesetNote &note : item.notes) {
        const QTextBlock block = document->findBlock(note.anchorPosition);
        int line = 0;
        if (block.isValid() && block.layout()) {
            const QTextLine textLine = block.layout()->lineForTextPosition(note.anchorPosition - block.position());
            line = firstLine.value(block.blockNumber()) + (textLine.isValid() ? textLine.lineNumber() : 0);
        }
        layout.notes.append({qBound(0, line, qMax(0, int(layout.lines.size()) - 1)),
                             note.document->size().height()});
    }
    return layout;
}

} // namespace redletter
