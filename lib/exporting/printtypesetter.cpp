// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/printtypesetter.h"

#include "typesetting/blockstyle.h"
#include "typesetting/citation.h"
#include "typesetting/inlineruns.h"
#include "typesetting/paragraphsetter.h"
#include "typesetting/smartpunctuation.h"
#include "typesetting/textsetter.h"
#include "util/languagetranslator.h"

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
#include <functional>

namespace redletter {

namespace {

/*!
 * Lays @p document out and sets its paragraphs as the reader does: Knuth and Plass, the number
 * of lines chosen (paragraphsetter.h), over the runs it measures fast (the first time, before Qt
 * has laid the document out). Everything that reads the PDF's lines comes through here.
 */
void setParagraphs(QTextDocument *document)
{
    ParagraphSetter::prepare(document);
    ParagraphSetter::setDocument(document, ParagraphSetter::ChooseLineCount);
}

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

//! Small capitals with air between them: labels, the kicker of the title block.
QTextCharFormat labelFormat(const QFont &font, const QColor &ink, qreal pixelSize)
{
    QTextCharFormat format = sized(charFormat(font, ink), pixelSize);
    format.setFontCapitalization(QFont::AllUppercase);
    format.setFontLetterSpacing(110);
    return format;
}

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
    t.pixelsPerPoint = point;
    t.textPointSize = qBound(9.5, geometry.textColumn.width() / emsPerMeasure / point, 12.0);
    t.noteScale = qMax(reader.noteScale, 8 / t.textPointSize);
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

//! A margin note's document begins: the note face, ragged, its leading. Returns the block format.
QTextBlockFormat startNote(QTextCursor *cursor, const Typography &t)
{
    cursor->document()->setDefaultFont(printFont(t.noteFont()));
    QTextBlockFormat block;
    setLeading(&block, 1.4, t.noteFont().pixelSize());
    block.setAlignment(Qt::AlignLeft);
    cursor->setBlockFormat(block);
    return block;
}

//! "— Author, “Title”, Work (1924) · read 24 November 2026 · https://…", the URL a link.
void insertCitation(QTextCursor *cursor, const Typography &t, const ExportSource &source,
                    bool fromIntroduction)
{
    QTextBlockFormat format;
    setLeading(&format, 1.35, t.noteFont().pixelSize());
    format.setTopMargin(t.textSize() * 0.45);
    format.setAlignment(Qt::AlignLeft);
    format.setProperty(KeepWithPreviousProperty, true);
    cursor->insertBlock(format);
    Citation::of(source.reading, source.servedOn, fromIntroduction)
        .insertInto(cursor, charFormat(t.noteFont(), t.theme.mutedInk), t.theme.accent);
}

/*!
 * The PDF back-end of the span walker: text with its styles, the editor's passages underlined,
 * the reader's highlights tinted, footnote marks inserted, and where each note's place went.
 */
class PrintSink : public StyledRunSink
{
public:
    PrintSink(QTextCursor *cursor, const Reading &reading, const Block &block,
              const QTextCharFormat &base, const Theme &theme, QVector<InlineSpan> spans,
              const QVector<QColor> &tints)
        : cursor(cursor), reading(reading), block(block), base(base), theme(theme),
          spans(std::move(spans)), tints(tints)
    {
    }

    void point(const InlinePoint &point) override
    {
        if (point.kind == InlinePoint::NotePlace) {
            if (notePositions->at(point.index) < 0)
                (*notePositions)[point.index] = cursor->position();
            return;
        }
        if (footnotePlace)
            footnotePlace(point.index, cursor->position());
        cursor->insertText(reading.footnotes.value(point.index).label, footnoteMarkFormat(base, theme));
    }

    void run(int start, int end, const QVector<int> &active) override
    {
        QTextCharFormat format = base;
        for (int s : active) {
            const InlineSpan &span = spans.at(s);
            applyStyle(&format, span, theme);
            if (span.kind == InlineSpan::EditorialPassage)
                markEditorialPassage(&format, theme);
            else if (span.kind == InlineSpan::Highlight)
                format.setBackground(tints.at(span.index));
        }
        cursor->insertText(block.text.mid(start, end - start), format);
    }

    QTextCursor *cursor;
    const Reading &reading;
    const Block &block;
    const QTextCharFormat &base;
    const Theme &theme;
    const QVector<InlineSpan> spans;
    const QVector<QColor> &tints;
    QVector<int> *notePositions = nullptr;
    std::function<void(int footnote, int position)> footnotePlace;
};

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
        cursor.insertText(reading.editor.isEmpty() ? LanguageTranslator(reading.language).translate("redletter::PrintTypesetter", "Introduction")
                                                  : LanguageTranslator(reading.language).translate("redletter::PrintTypesetter", "Introduction \u00B7 %1").arg(reading.editor),
                          labelFormat(t.editorFont(), theme.accent, t.textSize() * 0.58));
        cursor.insertBlock();
    }
    for (int g = passage.firstBlock; g <= passage.lastBlock; ++g) {
        const Block &original = globalBlock(reading, g);
        const bool introduction = isIntroductionBlock(reading, g);
        const int from = g == passage.firstBlock ? passage.start : 0;
        const int to = g == passage.lastBlock ? passage.end : int(original.text.size());

        const QTextCharFormat base = blockCharFormat(
            t, original, introduction ? charFormat(t.editorFont(), theme.editorInk) : charFormat(t.textFont(), theme.ink));
        QTextBlockFormat format = blockFormatFor(t, BlockSpacing::print(), original, previous,
                                                 introduction, base.font().pixelSize());
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

        if (original.listDepth > 0 && original.listItemStart && from == 0)
            insertListLabel(&cursor, original, base, theme.mutedInk);
        if (original.kind == Block::ThematicBreak) {
            QTextCharFormat ornament = base;
            ornament.setForeground(theme.mutedInk);
            cursor.insertText(thematicBreakText(), ornament);
            continue;
        }

        // The block as it is set (curly quotes, dashes, soft hyphens), everything pointing into
        // it carried over.
        EditedText set;
        const Block block = setter.setBlock(original, true, &set);
        const int start = set.mapOffset(from);
        const int end = set.mapOffset(to);

        QVector<InlineSpan> spans = inlineSpans(block.styles, block.anchors);
        QVector<QColor> tints;
        for (const PassageHighlight &highlight : passage.highlights) {
            if (highlight.block == g) {
                spans.append({InlineSpan::Highlight, set.mapOffset(highlight.start),
                              set.mapOffset(highlight.end), int(tints.size()), {}});
                tints.append(printHighlightTint(source.annotations.at(highlight.annotation).color));
            }
        }
        // Where the notes go: their places first, then the footnote marks at the same offset.
        QVector<InlinePoint> points;
        for (int n = 0; n < passage.notes.size(); ++n) {
            const PassageNote &note = passage.notes.at(n);
            if (note.block == g && note.kind != PassageNote::Footnote)
                points.append({InlinePoint::NotePlace, qBound(start, set.mapOffset(note.offset), end), n});
        }
        points += footnoteMarks(block.anchors);

        if (g == passage.firstBlock && passage.cutBefore())
            cursor.insertText(ellipsis + QLatin1Char(' '), base);
        PrintSink sink(&cursor, reading, block, base, theme, spans, tints);
        sink.notePositions = &notePositions;
        sink.footnotePlace = [&](int footnote, int position) {
            for (int n = 0; n < passage.notes.size(); ++n) {
                const PassageNote &note = passage.notes.at(n);
                if (note.kind == PassageNote::Footnote && note.index == footnote && note.block == g
                    && notePositions[n] < 0)
                    notePositions[n] = position;
            }
        };
        forEachStyledRun(start, end, spans, points, sink);
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
        insertCitation(&cursor, t, source, isIntroductionBlock(reading, passage.firstBlock));
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
    QTextCursor cursor(note.document.get());
    const QTextBlockFormat block = startNote(&cursor, t);

    const QTextCharFormat base = charFormat(t.noteFont(), theme.editorInk);
    cursor.insertText(LanguageTranslator(language).translate("redletter::PrintTypesetter", "Note") + enSpace, labelFormat(t.noteFont(), theme.accent, size * 0.82));
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
    QTextCursor cursor(note.document.get());
    const QTextBlockFormat block = startNote(&cursor, t);

    const QTextCharFormat base = charFormat(t.noteFont(), theme.editorInk);
    RichText text;
    if (passageNote.kind == PassageNote::Footnote) {
        const Footnote &footnote = reading.footnotes.at(passageNote.index);
        QTextCharFormat label = base;
        label.setForeground(theme.accent);
        label.setFontWeight(QFont::DemiBold);
        cursor.insertText(footnote.label + enSpace, label);
        text = joinedParagraphs(footnote.blocks);
    } else {
        cursor.insertText(LanguageTranslator(reading.language).translate("redletter::PrintTypesetter", "Editor") + enSpace, labelFormat(t.noteFont(), theme.accent, size * 0.82));
        text = reading.editorialNotes.at(passageNote.index);
    }
    insertStyledText(&cursor, setter.smartened(text), base, theme);
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
    const LanguageTranslator words(reading.language); // a reading's labels follow its language
    TypesetItem item;
    item.source = sourceIndex;
    item.keepWithNext = true;
    const BlockSpacing spacing = BlockSpacing::print();
    item.spaceBefore = t.textSize() * t.lineHeight * (wholeReading ? spacing.headerAboveReading : spacing.headerAboveSection);
    item.document = newDocument(m_geometry.textColumn.width());
    QTextCursor cursor(item.document.get());

    // A whole reading opens with its title as the reader shows it; a section of passages with a heading.
    QFont headingFont = t.headingFont(1);
    if (wholeReading) {
        headingFont = t.titleFont();
        headingFont.setPixelSize(qRound(t.textSize() * spacing.headerTitleSize));
    }
    QTextBlockFormat heading;
    setLeading(&heading, spacing.headerTitleLeading, headingFont.pixelSize());
    heading.setAlignment(Qt::AlignLeft);
    heading.setBottomMargin(t.textSize() * spacing.headerTitleBelow);
    heading.setProperty(KeepWithNextProperty, true);
    cursor.setBlockFormat(heading);
    cursor.insertText(setter.smartened(reading.title), charFormat(headingFont, theme.ink));

    QTextBlockFormat line;
    setLeading(&line, spacing.headerLineLeading, t.textSize());
    line.setAlignment(Qt::AlignLeft);
    line.setBottomMargin(t.textSize() * spacing.headerLineBelow);
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
        setLeading(&meta, spacing.headerLineLeading, t.noteFont().pixelSize());
        cursor.insertBlock(meta);
        const QTextCharFormat small = charFormat(t.noteFont(), theme.mutedInk);
        if (source.servedOn.isValid())
            cursor.insertText(words.translate("redletter::PrintTypesetter", "Read %1")
                                  .arg(formatCitationDate(source.servedOn, words.locale())), small);
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
    const BlockSpacing spacing = BlockSpacing::print();
    item.spaceBefore = t.textSize() * t.lineHeight * spacing.headerAboveSection;
    item.document = newDocument(m_geometry.textColumn.width());
    QTextCursor cursor(item.document.get());
    const QFont headingFont = t.headingFont(2);
    QTextBlockFormat heading;
    setLeading(&heading, spacing.sectionHeadingLeading, headingFont.pixelSize());
    heading.setAlignment(Qt::AlignLeft);
    heading.setBottomMargin(t.textSize() * spacing.sectionHeadingBelow);
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
                          + LanguageTranslator(language).translate("redletter::PrintTypesetter", "from %1").arg(quoted(setter.smartened(orphan.readingTitle), language)),
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
    setParagraphs(document);
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
            // Nor a word broken across a page turn (where a page can end elsewhere).
            if (ParagraphSetter::endsWithHyphen(block, i))
                l.breakAfter = false;
            result.append(l);
        }
    }
    return result;
}

void PrintTypesetter::drawLines(QPainter *painter, const TypesetItem &item, int firstLine, int lastLine)
{
    QTextDocument *document = item.document.get();
    setParagraphs(document);
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
