// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/documentbuilder.h"

#include "typesetting/blockstyle.h"
#include "typesetting/inlineruns.h"
#include "typesetting/paragraphsetter.h"
#include "typesetting/textsetter.h"
#include "util/languagetranslator.h"

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


DocumentBuilder::DocumentBuilder(const Typography &typography) : m_typography(typography) {}

QString DocumentBuilder::minutesLabel(const ReadingTime &time, const QString &language)
{
    const LanguageTranslator words(language);
    const QString house = words.translate("redletter::DocumentBuilder", "%1 min").arg(time.minutes);
    if (time.personalMinutes <= 0)
        return house;
    // The house figure stays first: it is what the parts are cut by and what others are told.
    return words.translate("redletter::DocumentBuilder", "%1 · about %2 for you").arg(house).arg(time.personalMinutes);
}

QString DocumentBuilder::minutesBreakdown(const ReadingTime &time, const QString &language)
{
    const LanguageTranslator words(language);
    const auto m = [](double minutes) { return QString::number(qMax(1, qRound(minutes))); };
    QString text = words.translate("redletter::DocumentBuilder",
                                                     "About %1 min of text, %2 min of introduction and %3 min "
                                                     "of notes, at %4 words a minute (%5 words).")
                       .arg(m(time.textMinutes), m(time.introductionMinutes), m(time.noteMinutes))
                       .arg(time.wordsPerMinute)
                       .arg(time.totalWords());
    if (time.editorOverride)
        text += QLatin1Char(' ')
            + words.translate("redletter::DocumentBuilder", "The editor puts it at %1 min.")
                  .arg(time.minutes);
    if (time.personalMinutes > 0)
        text += QLatin1Char(' ')
            + words.translate("redletter::DocumentBuilder", "At your pace of %1 words a minute: about %2 min.")
                  .arg(time.personalWordsPerMinute)
                  .arg(time.personalMinutes);
    return text;
}

namespace {

class Builder
{
public:
    Builder(const Typography &typography, const Reading &reading, QTextDocument *document)
        : t(typography), theme(typography.theme), reading(reading),
          setter(typography, reading.language, /*hyphenate=*/true), words(reading.language),
          document(document), cursor(document)
    {
    }

    QVector<MarginNote> notes;
    DocumentMap map;

    void header(const ReadingTime &time, const QDate &servedOn, const PartLines &part)
    {
        const BlockSpacing spacing = BlockSpacing::screen();
        QTextBlockFormat center;
        center.setAlignment(Qt::AlignHCenter);
        setLeading(&center, spacing.headerLineLeading, t.textSize());

        QTextCharFormat kicker;
        kicker.setFont(t.editorFont());
        kicker.setFontCapitalization(QFont::AllUppercase);
        kicker.setFontLetterSpacing(112);
        kicker.setForeground(theme.accent);
        const QString when = servedOn.isValid()
            ? words.locale().toString(servedOn, QLocale::LongFormat)
            : QString();
        QTextBlockFormat first = center;
        first.setBottomMargin(t.textSize() * 0.6);
        cursor.setBlockFormat(first);
        cursor.insertText(when.isEmpty() ? words.translate("redletter::DocumentBuilder", "Red Letter")
                                         : words.translate("redletter::DocumentBuilder",
                                                                             "Red Letter · %1")
                                               .arg(when),
                          sized(kicker, t.textSize() * 0.62));
        if (!part.part.isEmpty()) {
            // The part's number is what tells the reader where they are in a series: set like
            // the kicker, right above the title it belongs to.
            QTextBlockFormat partBlock = center;
            partBlock.setBottomMargin(t.textSize() * 0.4);
            cursor.insertBlock(partBlock);
            cursor.insertText(part.part, sized(kicker, t.textSize() * 0.62));
        }

        QTextCharFormat title;
        title.setFont(t.titleFont());
        title.setForeground(theme.ink);
        QTextBlockFormat titleBlock = center;
        titleBlock.setBottomMargin(t.textSize() * spacing.headerTitleBelow);
        setLeading(&titleBlock, spacing.headerTitleLeading, t.titleFont().pixelSize());
        cursor.insertBlock(titleBlock);
        cursor.insertText(smartened(reading.title), title);

        QTextCharFormat byline;
        byline.setFont(t.textFont());
        byline.setForeground(theme.ink);
        byline.setFontCapitalization(QFont::SmallCaps);
        byline.setFontLetterSpacing(104);
        QTextBlockFormat bylineBlock = center;
        bylineBlock.setBottomMargin(t.textSize() * spacing.headerLineBelow);
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
                cursor.insertText(words.translate("redletter::DocumentBuilder", "from") + QLatin1Char(' '), work);
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

        if (!part.chapters.isEmpty()) {
            QTextCharFormat chapters = work;
            chapters.setFontItalic(true);
            cursor.insertBlock(bylineBlock);
            cursor.insertText(smartened(part.chapters), chapters);
        }

        QTextCharFormat minutes = kicker;
        minutes.setForeground(theme.mutedInk);
        minutes.setToolTip(DocumentBuilder::minutesBreakdown(time, reading.language));
        QTextBlockFormat minutesBlock = center;
        minutesBlock.setTopMargin(t.textSize() * 0.45);
        minutesBlock.setBottomMargin(t.textSize() * 1.6);
        cursor.insertBlock(minutesBlock);
        cursor.insertText(DocumentBuilder::minutesLabel(time, reading.language), sized(minutes, t.textSize() * 0.62));
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
        cursor.insertText(editor.isEmpty()
                              ? words.translate("redletter::DocumentBuilder", "Introduction")
                              : words.translate("redletter::DocumentBuilder", "Introduction · %1")
                                    .arg(editor),
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

    void closing(const PartLines &part)
    {
        if (part.next.isEmpty())
            return;
        QTextBlockFormat center;
        center.setAlignment(Qt::AlignHCenter);
        center.setTopMargin(t.textSize() * 1.8);
        center.setBottomMargin(t.textSize() * 2);
        setLeading(&center, 1.4, t.textSize());
        QTextCharFormat line;
        line.setFont(t.textFont());
        line.setFontItalic(true);
        line.setForeground(theme.mutedInk);
        cursor.insertBlock(center);
        cursor.insertText(smartened(part.next), line);
    }

private:
    void blocks(const QVector<Block> &list, const QTextCharFormat &base, bool spaced,
                TextLocation::Part part)
    {
        const Block *previous = nullptr;
        bool firstInFlow = document->isEmpty() || cursor.block().text().isEmpty();
        for (int index = 0; index < list.size(); ++index) {
            const Block &block = list[index];
            const QTextCharFormat charFormat = blockCharFormat(t, block, base);
            const QTextBlockFormat format = blockFormatFor(t, BlockSpacing::screen(), block, previous,
                                                           spaced, charFormat.font().pixelSize());
            if (firstInFlow) {
                cursor.setBlockFormat(format);
                firstInFlow = false;
            } else {
                cursor.insertBlock(format);
            }
            if (block.listDepth > 0 && block.listItemStart)
                insertListLabel(&cursor, block, charFormat, theme.mutedInk);
            if (block.kind == Block::ThematicBreak) {
                QTextCharFormat ornament = base;
                ornament.setForeground(theme.mutedInk);
                cursor.insertText(thematicBreakText(), ornament);
            } else {
                inlineText(block, charFormat, TextLocation{part, index, 0});
            }
            previous = &block;
        }
    }

    QString smartened(const QString &text) const { return setter.smartened(text); }

    /*!
     * The screen back-end of the span walker: text with its styles and the editor's passages
     * (underlined, and tagged so that a click or hover finds the note), footnote marks inserted,
     * and where every anchor went in the document.
     */
    class ScreenSink : public StyledRunSink
    {
    public:
        ScreenSink(Builder &b, const Block &block, const QTextCharFormat &base)
            : b(b), block(block), spans(inlineSpans(block.styles, block.anchors)), base(base),
              blockStart(b.cursor.position()), anchorDocStart(block.anchors.size(), -1),
              anchorDocEnd(block.anchors.size(), -1)
        {
        }

        void boundary(int at) override
        {
            // Anchors that start or end here get their document positions (before a mark here).
            for (int i = 0; i < block.anchors.size(); ++i) {
                const Anchor &a = block.anchors[i];
                if (a.kind == Anchor::EditorialNote) {
                    if (a.start == at)
                        anchorDocStart[i] = blockStart + at + inserted;
                    if (a.end == at)
                        anchorDocEnd[i] = blockStart + at + inserted;
                }
            }
        }

        void point(const InlinePoint &p) override
        {
            for (int i = 0; i < block.anchors.size(); ++i) {
                const Anchor &a = block.anchors[i];
                if (a.kind != Anchor::FootnoteReference || a.start != p.offset || a.index != p.index
                    || anchorDocStart[i] >= 0)
                    continue;
                const QString label = b.reading.footnotes.value(a.index).label;
                QTextCharFormat mark = footnoteMarkFormat(base, b.theme);
                mark.setProperty(NoteKindProperty, int(MarginNote::Footnote) + 1);
                mark.setProperty(NoteIndexProperty, a.index);
                anchorDocStart[i] = blockStart + p.offset + inserted;
                b.cursor.insertText(label, mark);
                inserted += label.size();
                markOffsets.append(p.offset);
                markLengths.append(label.size());
                anchorDocEnd[i] = blockStart + p.offset + inserted;
                break;
            }
        }

        void run(int start, int end, const QVector<int> &active) override
        {
            QTextCharFormat format = base;
            for (int s : active) {
                const InlineSpan &span = spans.at(s);
                applyStyle(&format, span, b.theme);
                if (span.kind == InlineSpan::EditorialPassage) {
                    if (b.t.markEditorialPassages)
                        markEditorialPassage(&format, b.theme);
                    format.setProperty(NoteKindProperty, int(MarginNote::EditorialNote) + 1);
                    format.setProperty(NoteIndexProperty, span.index);
                }
            }
            b.cursor.insertText(block.text.mid(start, end - start), format);
        }

        Builder &b;
        const Block &block;
        const QVector<InlineSpan> spans;
        const QTextCharFormat base;
        const int blockStart;
        int inserted = 0; // footnote mark characters inserted so far
        QVector<int> markOffsets; // typeset offsets where footnote marks went, with their lengths
        QVector<int> markLengths;
        QVector<int> anchorDocStart;
        QVector<int> anchorDocEnd;
    };

    void inlineText(const Block &sourceBlock, const QTextCharFormat &base, const TextLocation &where)
    {
        EditedText set;
        const Block block = setter.setBlock(sourceBlock, true, &set);
        ScreenSink sink(*this, block, base);
        forEachStyledRun(0, int(block.text.size()), sink.spans, footnoteMarks(block.anchors), sink);

        // Where each source offset ended up in the document, for annotations and selections.
        QVector<int> toDocument(set.offsetMap.size());
        for (int o = 0; o < set.offsetMap.size(); ++o) {
            const int typeset = set.offsetMap[o];
            int marks = 0;
            for (int m = 0; m < sink.markOffsets.size(); ++m) {
                if (sink.markOffsets[m] < typeset)
                    marks += sink.markLengths[m];
            }
            toDocument[o] = sink.blockStart + typeset + marks;
        }
        map.addBlock(where, std::move(toDocument));

        for (int i = 0; i < block.anchors.size(); ++i) {
            const Anchor &a = block.anchors[i];
            MarginNote note;
            note.index = a.index;
            note.anchorStart = sink.anchorDocStart[i];
            note.anchorEnd = qMax(sink.anchorDocEnd[i], sink.anchorDocStart[i]);
            if (a.kind == Anchor::FootnoteReference) {
                if (a.index < 0 || a.index >= reading.footnotes.size())
                    continue;
                note.kind = MarginNote::Footnote;
                note.label = reading.footnotes[a.index].label;
                // Margin notes are set ragged, never hyphenated.
                note.text = setter.smartened(joinedParagraphs(reading.footnotes[a.index].blocks));
            } else {
                if (a.index < 0 || a.index >= reading.editorialNotes.size())
                    continue;
                note.kind = MarginNote::EditorialNote;
                note.text = setter.smartened(reading.editorialNotes[a.index]);
            }
            if (note.anchorStart < 0)
                continue;
            notes.append(note);
        }
    }

    const Typography &t;
    const Theme &theme;
    const Reading &reading;
    const TextSetter setter;
    const LanguageTranslator words; //!< the page's words follow the reading's language
    QTextDocument *document;
    QTextCursor cursor;
};

} // namespace

QVector<MarginNote> DocumentBuilder::build(const Reading &reading, const ReadingTime &time,
                                           QTextDocument *document, const QDate &servedOn,
                                           DocumentMap *map, const PartLines &part) const
{
    document->clear();
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(m_typography.textFont());
    document->setDocumentMargin(m_typography.textSize() * 1.5);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setMetaInformation(QTextDocument::DocumentTitle, reading.title);

    // One edit for the whole text: a cursor outside an edit places itself after every insertion,
    // asking the document's layout (a view's is there) where its block's lines are.
    QTextCursor edit(document);
    edit.beginEditBlock();
    Builder builder(m_typography, reading, document);
    builder.header(time, servedOn, part);
    builder.introduction();
    builder.body();
    builder.tagline();
    builder.closing(part);
    // The document is laid out and measured several times (the paragraph setter, the notes'
    // anchors): Qt's first shaping of each block is kept for them, in runs the setter measures fast.
    ParagraphSetter::prepare(document);
    edit.endEditBlock();

    if (map)
        *map = std::move(builder.map);
    QVector<MarginNote> notes = builder.notes;
    std::stable_sort(notes.begin(), notes.end(), [](const MarginNote &a, const MarginNote &b) {
        return a.anchorStart < b.anchorStart;
    });
    return notes;
}

void DocumentBuilder::buildNote(const MarginNote &note, QTextDocument *document, const QString &language) const
{
    const LanguageTranslator words(language);
    const Theme &theme = m_typography.theme;
    document->clear();
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(0);
    document->setDefaultFont(m_typography.noteFont());
    QTextCursor cursor(document);
    cursor.beginEditBlock(); // as build(): no insertion asks where its block's lines are
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
        cursor.insertText((note.kind == MarginNote::ReaderNote
                               ? words.translate("redletter::DocumentBuilder", "Note")
                               : words.translate("redletter::DocumentBuilder", "Editor"))
                              + QChar(0x2002),
                          label);
    }

    insertStyledText(&cursor, note.text, base, theme);
    cursor.endEditBlock();
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
