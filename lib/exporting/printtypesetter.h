// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporting/exportoptions.h"
#include "exporting/pagelayout.h"
#include "exporting/passages.h"
#include "typesetting/blockstyle.h"
#include "typesetting/typography.h"

#include <QCoreApplication>
#include <QColor>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QTextFormat>

#include <memory>
#include <vector>

class QPainter;
class QTextDocument;

namespace redletter {

/*!
 * The page of an export, in the PDF writer's device units (PrintGeometry::unitsPerPoint to the
 * point). Book-like proportions for a text with sidenotes: of the type area, 60% is the text
 * column, 5% the gutter and 35% the margin column for notes; the outer margins are about a tenth of
 * the page, with more at the foot than at the head and more on the left than on the right, where
 * the notes already give the page air.
 */
struct PrintGeometry
{
    qreal unitsPerPoint = 10;
    QSizeF page;
    QRectF textColumn; //!< top to bottom of the frame the items go in
    QRectF noteColumn;
    qreal runningHeadBaseline = 0;
    qreal folioBaseline = 0;

    static PrintGeometry forPage(const QPageSize &pageSize, qreal unitsPerPoint);
    QRectF typeArea() const { return textColumn.united(noteColumn); }
};

/*!
 * The reader's typography sized for @p geometry: the type size that gives the reader's measure
 * (characters a line) in the text column, between 9.5 and 12 points; notes at least 8 points;
 * the light theme's colours. Every font is set without OpenType shaping (see PrintTypesetter).
 */
Typography printTypography(const Typography &reader, const PrintGeometry &geometry);

//! The paper tint of a highlight colour ("yellow", …): pale enough to print text on, opaque for PDF/A.
QColor printHighlightTint(const QString &color);
//! A stronger tone of the same colour, for the rule beside a reader's note.
QColor printHighlightRule(const QString &color);

//! A note typeset for the margin.
struct TypesetNote
{
    PassageNote::Kind kind = PassageNote::ReaderNote;
    int anchorPosition = 0; //!< position in the item's document the note belongs beside
    std::unique_ptr<QTextDocument> document;
    QColor rule; //!< a reader's note: a thin rule in the highlight's colour beside it
};

//! Something set in the text column: a passage, a heading, the title block, an orphan.
struct TypesetItem
{
    std::unique_ptr<QTextDocument> document;
    std::vector<TypesetNote> notes;
    int passage = -1; //!< index into the export's passages; -1 for the rest
    int source = -1;  //!< index into the export's sources, for the running head; -1: none
    qreal spaceBefore = 0;
    bool keepTogether = true;
    bool keepWithNext = false;
    bool newPage = false;
    bool clearNotes = true; //!< see LayoutItem::clearNotes
};

/*!
 * Sets the items of a printed export with the reader's typography: EB Garamond for the author's
 * text, Charis SIL for the editor's voice and the margin notes, the same leading, indents, smart
 * punctuation and hyphenation as the reader view.
 *
 * Fonts are set without OpenType shaping (QFont::PreferNoShaping): Qt's PDF engine maps a glyph
 * back to text only through the font's character map, so a ligature or contextual alternate
 * (EB Garamond substitutes both by default) would be a glyph with no text behind it, and "office"
 * would be found in the PDF as "o ce". The price is no ligatures and no GPOS kerning; the text
 * stays searchable, copyable and readable by screen readers.
 */
class PrintTypesetter
{
    Q_DECLARE_TR_FUNCTIONS(redletter::PrintTypesetter)

public:
    PrintTypesetter(const Typography &readerTypography, const PrintGeometry &geometry);

    const Typography &typography() const { return m_typography; }
    const PrintGeometry &geometry() const { return m_geometry; }

    //! Page 1: title (punctuated for @p language), authors, the days covered and how many passages.
    TypesetItem titleBlock(const QString &title, const QString &language, const QStringList &authors,
                           const QString &dates, int passages, int notes) const;
    //! A reading's title, author, work and year, reading date and source link.
    TypesetItem readingHeading(const ExportSource &source, int sourceIndex, bool wholeReading) const;
    //! A passage with its highlights marked, its notes for the margin and (@p cite) its citation.
    TypesetItem passage(const ExportSource &source, const Passage &passage, int passageIndex,
                        bool cite) const;
    //! A heading with an explanation below it ("Orphaned notes").
    TypesetItem sectionHeading(const QString &title, const QString &explanation) const;
    //! An orphaned annotation: its quote in the text column, its note in the margin.
    TypesetItem orphan(const OrphanedAnnotation &orphan, const QString &color, const QString &language) const;

    //! The lines and notes of @p item for paginate(), in device units.
    static LayoutItem measure(const TypesetItem &item);
    //! Where line @p line of @p item's document is (top and height, as measure() counts lines).
    static QVector<LayoutLine> lines(const TypesetItem &item);

    /*!
     * Draws lines [@p firstLine, @p lastLine] of @p item (numbered as lines() numbers them) with
     * @p painter in the document's coordinates. Line by line, not through
     * QAbstractTextDocumentLayout::draw() with a clip: QTextLayout::draw() also draws the line
     * just above its clip rectangle, and text drawn outside a clip is invisible on the page but
     * still in the PDF, where search, copy and screen readers would find it twice.
     */
    static void drawLines(QPainter *painter, const TypesetItem &item, int firstLine, int lastLine);

    //! The part of a note's height beyond which it is set under its passage instead of beside it.
    qreal longestMarginNote() const;

private:
    std::unique_ptr<QTextDocument> newDocument(qreal width) const;
    TypesetNote readerNote(const Annotation &annotation, const QString &language) const;
    TypesetNote readingNote(const Reading &reading, const PassageNote &note) const;

    Typography m_typography;
    PrintGeometry m_geometry;
};

} // namespace redletter
