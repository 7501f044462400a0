// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/documentbuilder.h"

#include "typesetting/hyphenator.h"
#include "typesetting/smartpunctuation.h"
#include "typesetting/textedits.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QFontMetricsF>

#include <algorithm>

namespace redletter {

namespace {


//! Merges inline styles into a char format.
QTextCharFormat styledFormat(QTextCharFormat format, const QVector<StyleRange> &styles, int start,
                             int end, const Theme &theme)
{
    for (const StyleRange &style : styles) {
        if (style.start >= end || style.end <= start)
            continue;
        switch (style.style) {
        case StyleRange::Emphasis:
            format.setFontItalic(!format.fontItalic()); // emphasis inside italics turns roman
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

/*!
 * Line height as a multiple of the type size. Qt's ProportionalHeight is relative to the font's
 * own line spacing, which differs a lot between faces (Charis SIL's is far taller than EB
 * Garamond's); a typographer's "1.45" means 1.45 times the type size, so use a fixed height.
 */
void setLeading(QTextBlockFormat *format, qreal factor, qreal pixelSize)
{
    format->setLineHeight(factor * pixelSize, QTextBlockFormat::FixedHeight);
}

} // namespace

DocumentBuilder::DocumentBuilder(const Typography &typography) : m_typography(typography) {}

QString DocumentBuilder::minutesLabel(const ReadingTime &time)
{
    return DocumentBuilder::tr("%1 min").arg(time.minutes);
}

QString DocumentBuilder::minutesBreakdown(const ReadingTime &time)
{
    const auto m = [](double minutes) { return QString::number(qMax(1, qRound(minutes))); };
    QString text = DocumentBuilder::tr("About %1 min of text, %2 min of introduction and %3 min of notes, at %4 "
                      "words a minute (%5 words).")
                       .arg(m(time.textMinutes), m(time.introductionMinutes), m(time.noteMinutes))
                       .arg(time.wordsPerMinute)
                       .arg(time.totalWords());
    if (time.editorOverride)
        text += QLatin1Char(' ') + DocumentBuilder::tr("The editor puts it at %1 min.").arg(time.minutes);
    return text;
}

namespace {

class Builder
{
public:
    Builder(const Typography &typography, const Reading &reading, QTextDocument *document)
        : t(typography), theme(typography.theme), reading(reading), document(document),
          cursor(document)
    {
        // Hyphenation goes with justification: ragged-right text is set without it (WCAG 1.4.8).
        if (t.justify && t.hyphenate)
            hyphenator = Hyphenator::forLanguage(reading.language);
    }

    QVector<MarginNote> notes;
    DocumentMap map;

    void header(const ReadingTime &time, const QDate &servedOn)
    {
        QTextBlockFormat center;
        center.setAlignment(Qt::AlignHCenter);
        setLeading(&center, 1.4, t.textSize());

        QTextCharFormat kicker;
        kicker.setFont(t.editorFont());
        kicker.setFontCapitalization(QFont::AllUppercase);
        kicker.setFontLetterSpacing(112);
        kicker.setForeground(theme.accent);
        const QString when = servedOn.isValid()
            ? QLocale().toString(servedOn, QLocale::LongFormat)
            : QString();
        QTextBlockFormat first = center;
        first.setBottomMargin(t.textSize() * 0.6);
        cursor.setBlockFormat(first);
        cursor.insertText(when.isEmpty() ? DocumentBuilder::tr("Red Letter") : DocumentBuilder::tr("Red Letter · %1").arg(when),
                          sized(kicker, t.textSize() * 0.62));

        QTextCharFormat title;
        title.setFont(t.titleFont());
        title.setForeground(theme.ink);
        QTextBlockFormat titleBlock = center;
        titleBlock.setBottomMargin(t.textSize() * 0.35);
        setLeading(&titleBlock, 1.15, t.titleFont().pixelSize());
        cursor.insertBlock(titleBlock);
        cursor.insertText(smartened(reading.title), title);

        QTextCharFormat byline;
        byline.setFont(t.textFont());
        byline.setForeground(theme.ink);
        byline.setFontCapitalization(QFont::SmallCaps);
        byline.setFontLetterSpacing(104);
        QTextBlockFormat bylineBlock = center;
        bylineBlock.setBottomMargin(t.textSize() * 0.15);
        if (!reading.author.isEmpty()) {
            cursor.insertBlock(bylineBlock);
            cursor.insertText(reading.author, sized(byline, t.textSize() * 1.05));
        }

        QTextCharFormat work;
        work.setFont(t.textFont());
        work.setForeground(theme.mutedInk);
        if (!reading.work.isEmpty() || reading.year > 0) {
            cursor.insertBlock(bylineBlock);
            if (!reading.work.isEmpty()) {
                cursor.insertText(DocumentBuilder::tr("from") + QLatin1Char(' '), work);
                QTextCharFormat workTitle = work;
                workTitle.setFontItalic(true);
                cursor.insertText(smartened(reading.work), workTitle);
            }
            if (reading.year > 0) {
                cursor.insertText(reading.work.isEmpty() ? QString::number(reading.year)
                                                         : QStringLiteral(", %1").arg(reading.year),
                                  work);
            }
        }

        QTextCharFormat minutes = kicker;
        minutes.setForeground(theme.mutedInk);
        minutes.setToolTip(DocumentBuilder::minutesBreakdown(time));
        QTextBlockFormat minutesBlock = center;
        minutesBlock.setTopMargin(t.textSize() * 0.45);
        minutesBlock.setBottomMargin(t.textSize() * 1.6);
        cursor.insertBlock(minutesBlock);
        cursor.insertText(DocumentBuilder::minutesLabel(time), sized(minutes, t.textSize() * 0.62));
    }

    void introduction()
    {
        if (reading.introduction.isEmpty())
            return;
        QTextFrameFormat frame;
        frame.setBackground(theme.editorPaper);
        frame.setPadding(t.textSize() * 1.0);
        frame.setLeftMargin(0);
        frame.setBottomMargin(t.textSize() * 1.6);
        frame.setBorder(0);
        QTextFrame *introFrame = cursor.insertFrame(frame);
        Q_UNUSED(introFrame);

        QTextCharFormat label;
        label.setFont(t.editorFont());
        label.setFontCapitalization(QFont::AllUppercase);
        label.setFontLetterSpacing(112);
        label.setForeground(theme.accent);
        QTextBlockFormat labelBlock;
        labelBlock.setBottomMargin(t.textSize() * 0.5);
        cursor.setBlockFormat(labelBlock);
        const QString editor = reading.editor.isEmpty() ? QString() : reading.editor;
        cursor.insertText(editor.isEmpty() ? DocumentBuilder::tr("Introduction")
                                           : DocumentBuilder::tr("Introduction · %1").arg(editor),
                          sized(label, t.textSize() * 0.58));

        QTextCharFormat voice;
        voice.setFont(t.editorFont());
        voice.setForeground(theme.editorInk);
        blocks(reading.introduction, voice, /*spacedParagraphs=*/true, TextLocation::Introduction);
        cursor.movePosition(QTextCursor::End);
    }

    void body()
    {
        QTextCharFormat text;
        text.setFont(t.textFont());
        text.setForeground(theme.ink);
        blocks(reading.body, text, /*spacedParagraphs=*/false, TextLocation::Body);
    }

    void tagline()
    {
        if (reading.tagline.isEmpty())
            return;
        QTextBlockFormat center;
        center.setAlignment(Qt::AlignHCenter);
        center.setTopMargin(t.textSize() * 1.8);
        QTextCharFormat ornament;
        ornament.setFont(t.textFont());
        ornament.setForeground(theme.accent);
        cursor.insertBlock(center);
        cursor.insertText(QStringLiteral("\u2042"), ornament); // ⁂
        center.setTopMargin(t.textSize() * 0.6);
        center.setBottomMargin(t.textSize() * 2);
        setLeading(&center, 1.4, t.textSize() * 1.1);
        QTextCharFormat line;
        line.setFont(t.textFont());
        line.setFontItalic(true);
        line.setForeground(theme.mutedInk);
        cursor.insertBlock(center);
        cursor.insertText(smartened(reading.tagline), sized(line, t.textSize() * 1.1));
    }

private:
    static QTextCharFormat sized(QTextCharFormat format, qreal pixelSize)
    {
        QFont font = format.font();
        font.setPixelSize(qMax(1, qRound(pixelSize)));
        format.setFont(font, QTextCharFormat::FontPropertiesSpecifiedOnly);
        format.setFontFamilies(font.families());
        return format;
    }

    QTextBlockFormat blockFormatFor(const Block &block, const Block *previous, bool spaced,
                                    qreal pixelSize) const
    {
        const qreal em = t.textSize();
        QTextBlockFormat format;
        setLeading(&format, t.lineHeight, pixelSize);
        format.setAlignment(t.justify ? Qt::AlignJustify : Qt::AlignLeft);
        const bool afterSameKind = previous && previous->kind == Block::Paragraph
            && previous->quoteDepth == block.quoteDepth && previous->listDepth == 0
            && block.listDepth == 0;
        switch (block.kind) {
        case Block::Heading:
            format.setTopMargin(em * 1.4);
            format.setBottomMargin(em * 0.5);
            format.setAlignment(Qt::AlignLeft);
            setLeading(&format, 1.25, pixelSize);
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            break;
        case Block::ThematicBreak:
            format.setAlignment(Qt::AlignHCenter);
            format.setTopMargin(em * 0.8);
            format.setBottomMargin(em * 0.8);
            break;
        case Block::CodeBlock:
            format.setAlignment(Qt::AlignLeft);
            format.setLeftMargin(em * 1.5);
            format.setTopMargin(em * 0.5);
            format.setBottomMargin(em * 0.5);
            break;
        case Block::Paragraph:
            // Paragraphs are marked by an indent, or (the editor's voice, lists, quotes) by space:
            // never both.
            if (spaced || block.quoteDepth > 0 || block.listDepth > 0) {
                if (previous)
                    format.setTopMargin(em * 0.55);
            } else if (afterSameKind) {
                format.setTextIndent(em * 1.2);
            }
            break;
        }
        if (block.quoteDepth > 0) {
            format.setLeftMargin(em * 1.5 * block.quoteDepth);
            format.setRightMargin(em * 0.8);
            const bool startsQuote = !previous || previous->quoteDepth < block.quoteDepth;
            if (startsQuote)
                format.setTopMargin(em * 0.8);
            format.setBottomMargin(0);
        } else if (previous && previous->quoteDepth > 0) {
            format.setTopMargin(em * 0.8);
            format.setTextIndent(0);
        }
        if (previous && previous->listDepth > 0 && block.listDepth == 0) {
            format.setTopMargin(em * 0.7);
            format.setTextIndent(0);
        }
        if (block.listDepth > 0 && (!previous || previous->listDepth == 0))
            format.setTopMargin(em * 0.7);
        if (previous && previous->kind == Block::Heading)
            format.setTextIndent(0);
        return format;
    }

    void blocks(const QVector<Block> &list, const QTextCharFormat &base, bool spaced,
                TextLocation::Part part)
    {
        const Block *previous = nullptr;
        bool firstInFlow = document->isEmpty() || cursor.block().text().isEmpty();
        for (int index = 0; index < list.size(); ++index) {
            const Block &block = list[index];
            QTextCharFormat charFormat = base;
            if (block.kind == Block::Heading) {
                charFormat.setFont(t.headingFont(block.headingLevel),
                                   QTextCharFormat::FontPropertiesAll);
                charFormat.setForeground(theme.ink);
            } else if (block.quoteDepth > 0) {
                charFormat = sized(charFormat, base.font().pixelSize() * 0.93);
            }
            QTextBlockFormat format =
                blockFormatFor(block, previous, spaced, charFormat.font().pixelSize());
            if (firstInFlow) {
                cursor.setBlockFormat(format);
                firstInFlow = false;
            } else {
                cursor.insertBlock(format);
            }
            listLabel(block, charFormat);
            if (block.kind == Block::ThematicBreak) {
                QTextCharFormat ornament = base;
                ornament.setForeground(theme.mutedInk);
                cursor.insertText(QStringLiteral("*\u2003*\u2003*"), ornament);
            } else {
                inlineText(block, charFormat, TextLocation{part, index, 0});
            }
            previous = &block;
        }
    }

    /*!
     * List items are set by hand rather than with QTextList: Qt 5.15 and 6.4 cannot start a
     * numbered list at another number than 1, and the author's "2)" must stay 2. The label hangs
     * in the indent, so the item's text lines up with its following lines.
     */
    void listLabel(const Block &block, const QTextCharFormat &format)
    {
        if (block.listDepth == 0)
            return;
        QTextBlockFormat blockFormat = cursor.blockFormat();
        blockFormat.setLeftMargin(blockFormat.leftMargin() + t.textSize() * 1.6 * block.listDepth);
        blockFormat.setTextIndent(0);
        if (block.listItemStart) {
            static const QString bullets[] = {QStringLiteral("\u2022"), QStringLiteral("\u25E6"),
                                              QStringLiteral("\u2013")};
            const QString label = (block.ordered ? QString::number(block.listNumber) + QLatin1Char('.')
                                                 : bullets[(block.listDepth - 1) % 3])
                + QChar(0x2002); // en space
            QTextCharFormat labelFormat = format;
            labelFormat.setForeground(theme.mutedInk);
            blockFormat.setTextIndent(-QFontMetricsF(format.font()).horizontalAdvance(label));
            cursor.setBlockFormat(blockFormat);
            cursor.insertText(label, labelFormat);
            return;
        }
        cursor.setBlockFormat(blockFormat);
    }

    //! Text as it is set: smart punctuation, and soft hyphens where @p hyphenate.
    EditedText typesetText(const QString &text, bool hyphenate) const
    {
        EditedText set = applyEdits(text, t.smartPunctuation
                                              ? smartPunctuationEdits(text, reading.language)
                                              : QVector<TextEdit>());
        if (hyphenate && hyphenator)
            set = applyEdits(set, hyphenator->softHyphenEdits(set.text));
        return set;
    }

    //! A block as it is set, its style and anchor ranges moved along with the edits.
    Block typesetCopy(const Block &source, bool hyphenate = true) const
    {
        if (source.kind == Block::CodeBlock)
            return source;
        Block block = source;
        const EditedText set = typesetText(source.text, hyphenate);
        block.text = set.text;
        set.mapRanges(&block.styles);
        set.mapRanges(&block.anchors);
        return block;
    }

    //! A margin note's text as it is set (never hyphenated: notes are set ragged).
    RichText typesetCopy(const RichText &source) const
    {
        RichText text = source;
        const EditedText set = typesetText(source.text, false);
        text.text = set.text;
        set.mapRanges(&text.styles);
        return text;
    }

    QString smartened(const QString &text) const { return typesetText(text, false).text; }

    void inlineText(const Block &sourceBlock, const QTextCharFormat &base, const TextLocation &where)
    {
        Block block = sourceBlock;
        EditedText set = applyEdits(sourceBlock.text, {});
        if (sourceBlock.kind != Block::CodeBlock) {
            set = typesetText(sourceBlock.text, true);
            block.text = set.text;
            set.mapRanges(&block.styles);
            set.mapRanges(&block.anchors);
        }
        QVector<int> markOffsets; // typeset offsets where footnote marks go, with their lengths
        QVector<int> markLengths;
        // Cut the text where a style or an anchor starts or ends, and where footnote marks go.
        QVector<int> cuts{0, int(block.text.size())};
        for (const StyleRange &s : block.styles)
            cuts << s.start << s.end;
        for (const Anchor &a : block.anchors)
            cuts << a.start << a.end;
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

        const int blockStart = cursor.position();
        int inserted = 0; // footnote mark characters inserted so far
        QVector<int> anchorDocStart(block.anchors.size(), -1);
        QVector<int> anchorDocEnd(block.anchors.size(), -1);

        for (int c = 0; c < cuts.size(); ++c) {
            const int at = cuts[c];
            // Anchors that start or end here get their document positions.
            for (int i = 0; i < block.anchors.size(); ++i) {
                const Anchor &a = block.anchors[i];
                if (a.kind == Anchor::EditorialNote) {
                    if (a.start == at)
                        anchorDocStart[i] = blockStart + at + inserted;
                    if (a.end == at)
                        anchorDocEnd[i] = blockStart + at + inserted;
                }
            }
            // Footnote marks go at their position, after the text before it.
            for (int i = 0; i < block.anchors.size(); ++i) {
                const Anchor &a = block.anchors[i];
                if (a.kind != Anchor::FootnoteReference || a.start != at)
                    continue;
                const QString label = reading.footnotes.value(a.index).label;
                QTextCharFormat mark = base;
                mark.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
                mark.setForeground(theme.accent);
                mark.setFontItalic(false);
                mark.setProperty(NoteKindProperty, int(MarginNote::Footnote) + 1);
                mark.setProperty(NoteIndexProperty, a.index);
                anchorDocStart[i] = blockStart + at + inserted;
                cursor.insertText(label, mark);
                inserted += label.size();
                markOffsets.append(at);
                markLengths.append(label.size());
                anchorDocEnd[i] = blockStart + at + inserted;
            }
            if (c + 1 >= cuts.size())
                break;
            const int next = cuts[c + 1];
            if (next <= at)
                continue;
            QTextCharFormat format = styledFormat(base, block.styles, at, next, theme);
            for (const Anchor &a : block.anchors) {
                if (a.kind == Anchor::EditorialNote && a.start <= at && a.end >= next) {
                    if (t.markEditorialPassages) {
                        format.setUnderlineStyle(QTextCharFormat::DotLine);
                        format.setUnderlineColor(theme.anchorUnderline);
                    }
                    format.setProperty(NoteKindProperty, int(MarginNote::EditorialNote) + 1);
                    format.setProperty(NoteIndexProperty, a.index);
                }
            }
            cursor.insertText(block.text.mid(at, next - at), format);
        }

        // Where each source offset ended up in the document, for annotations and selections.
        QVector<int> toDocument(set.offsetMap.size());
        for (int o = 0; o < set.offsetMap.size(); ++o) {
            const int typeset = set.offsetMap[o];
            int marks = 0;
            for (int m = 0; m < markOffsets.size(); ++m) {
                if (markOffsets[m] < typeset)
                    marks += markLengths[m];
            }
            toDocument[o] = blockStart + typeset + marks;
        }
        map.addBlock(where, std::move(toDocument));

        for (int i = 0; i < block.anchors.size(); ++i) {
            const Anchor &a = block.anchors[i];
            MarginNote note;
            note.index = a.index;
            note.anchorStart = anchorDocStart[i];
            note.anchorEnd = qMax(anchorDocEnd[i], anchorDocStart[i]);
            if (a.kind == Anchor::FootnoteReference) {
                if (a.index < 0 || a.index >= reading.footnotes.size())
                    continue;
                note.kind = MarginNote::Footnote;
                note.label = reading.footnotes[a.index].label;
                QVector<Block> blocks;
                for (const Block &b : reading.footnotes[a.index].blocks)
                    blocks.append(typesetCopy(b, false));
                note.text = joined(blocks);
            } else {
                if (a.index < 0 || a.index >= reading.editorialNotes.size())
                    continue;
                note.kind = MarginNote::EditorialNote;
                note.text = typesetCopy(reading.editorialNotes[a.index]);
            }
            if (note.anchorStart < 0)
                continue;
            notes.append(note);
        }
    }

    static RichText joined(const QVector<Block> &blocks)
    {
        RichText text;
        for (const Block &block : blocks) {
            if (!text.text.isEmpty())
                text.text.append(QChar::LineSeparator);
            const int offset = text.text.size();
            text.text.append(block.text);
            for (StyleRange style : block.styles) {
                style.start += offset;
                style.end += offset;
                text.styles.append(style);
            }
        }
        return text;
    }

    const Typography &t;
    const Theme &theme;
    const Reading &reading;
    std::shared_ptr<const Hyphenator> hyphenator;
    QTextDocument *document;
    QTextCursor cursor;
};

} // namespace

QVector<MarginNote> DocumentBuilder::build(const Reading &reading, const ReadingTime &time,
                                           QTextDocument *document, const QDate &servedOn,
                                           DocumentMap *map) const
{
    document->clear();
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(m_typography.textFont());
    document->setDocumentMargin(m_typography.textSize() * 1.5);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setMetaInformation(QTextDocument::DocumentTitle, reading.title);

    Builder builder(m_typography, reading, document);
    builder.header(time, servedOn);
    builder.introduction();
    builder.body();
    builder.tagline();

    if (map)
        *map = std::move(builder.map);
    QVector<MarginNote> notes = builder.notes;
    std::stable_sort(notes.begin(), notes.end(), [](const MarginNote &a, const MarginNote &b) {
        return a.anchorStart < b.anchorStart;
    });
    return notes;
}

void DocumentBuilder::buildNote(const MarginNote &note, QTextDocument *document) const
{
    const Theme &theme = m_typography.theme;
    document->clear();
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(0);
    document->setDefaultFont(m_typography.noteFont());
    QTextCursor cursor(document);
    QTextBlockFormat block;
    setLeading(&block, 1.4, m_typography.noteFont().pixelSize());
    block.setAlignment(Qt::AlignLeft);
    cursor.setBlockFormat(block);

    QTextCharFormat base;
    base.setFont(m_typography.noteFont());
    base.setForeground(theme.editorInk);

    QTextCharFormat label = base;
    label.setForeground(theme.accent);
    if (note.kind == MarginNote::Footnote) {
        label.setFontWeight(QFont::DemiBold);
        cursor.insertText(note.label + QChar(0x2002), label); // en space
    } else {
        label.setFontCapitalization(QFont::AllUppercase);
        label.setFontLetterSpacing(110);
        QFont small = m_typography.noteFont();
        small.setPixelSize(qMax(1, qRound(small.pixelSize() * 0.82)));
        label.setFont(small, QTextCharFormat::FontPropertiesSpecifiedOnly);
        if (note.kind == MarginNote::ReaderNote)
            label.setForeground(theme.mutedInk);
        cursor.insertText((note.kind == MarginNote::ReaderNote ? DocumentBuilder::tr("Note") : DocumentBuilder::tr("Editor"))
                              + QChar(0x2002),
                          label);
    }

    const RichText &text = note.text;
    QVector<int> cuts{0, int(text.text.size())};
    for (const StyleRange &s : text.styles)
        cuts << s.start << s.end;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (int c = 0; c + 1 < cuts.size(); ++c) {
        const int at = qMax(0, cuts[c]);
        const int next = qMin(int(text.text.size()), cuts[c + 1]);
        if (next > at)
            cursor.insertText(text.text.mid(at, next - at),
                              styledFormat(base, text.styles, at, next, theme));
    }
}

QRectF lineRectAt(QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    if (!block.isValid())
        return {};
    const QRectF blockRect = document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    const int inBlock = position - block.position();
    const QTextLine line = layout ? layout->lineForTextPosition(inBlock) : QTextLine();
    if (!line.isValid())
        return QRectF(blockRect.topLeft(), QSizeF(0, blockRect.height()));
    return QRectF(blockRect.left() + line.cursorToX(inBlock), blockRect.top() + line.y(), 0,
                  line.height());
}

} // namespace redletter
