// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

namespace redletter {

/*!
 * A reading is a value: metadata, the editor's introduction, the author's text, the author's
 * footnotes and the editor's margin notes. Text is kept as plain strings with ranges on top
 * (styles, anchors), not as markup: that is what word counting, typesetting, search and
 * annotation anchoring all want. All offsets are UTF-16 indexes into Block::text, end exclusive.
 *
 * The file format that produces it is documented in lib/reading/FORMAT.md.
 */

//! Inline styling of a range of a block's text.
struct StyleRange
{
    enum Style : quint8 {
        Emphasis,      //!< *italics*: the author's emphasis, which matters in these texts
        Strong,        //!< **bold**
        Code,          //!< `code`
        Link,          //!< [text](href)
        Strikethrough, //!< ~~struck~~ (GFM)
    };
    Style style = Emphasis;
    int start = 0;
    int end = 0;
    QString href; //!< only for Link

    friend bool operator==(const StyleRange &a, const StyleRange &b)
    {
        return a.style == b.style && a.start == b.start && a.end == b.end && a.href == b.href;
    }
};

//! Something in the margin attached to a range of a block's text.
struct Anchor
{
    enum Kind : quint8 {
        FootnoteReference, //!< the author's [^n]; start == end, the mark goes at start
        EditorialNote,     //!< the editor's {==passage==}{>>note<<} or {>>note<<}
    };
    Kind kind = FootnoteReference;
    int start = 0;
    int end = 0;
    int index = 0; //!< into Reading::footnotes or Reading::editorialNotes

    friend bool operator==(const Anchor &a, const Anchor &b)
    {
        return a.kind == b.kind && a.start == b.start && a.end == b.end && a.index == b.index;
    }
};

//! A run of styled text without block structure (an editorial note, a heading of the margin).
struct RichText
{
    QString text;
    QVector<StyleRange> styles;

    friend bool operator==(const RichText &a, const RichText &b)
    {
        return a.text == b.text && a.styles == b.styles;
    }
};

/*!
 * One block of text. Nesting is flattened: a paragraph inside a block quote inside a list item
 * is one Block with quoteDepth 1 and listDepth 1. That keeps typesetting and counting simple
 * and is all the structure these texts use.
 */
struct Block
{
    enum Kind : quint8 {
        Paragraph,
        Heading,
        CodeBlock,
        ThematicBreak,
    };
    Kind kind = Paragraph;
    int headingLevel = 0;   //!< 1–6 for headings
    int quoteDepth = 0;     //!< how many block quotes surround this block
    int listDepth = 0;      //!< how many lists surround this block (0: not in a list)
    bool ordered = false;   //!< innermost list is numbered
    int listNumber = 0;     //!< the item's number in an ordered list
    bool listItemStart = false; //!< first block of its list item (the one that carries the bullet/number)
    QString text;
    QVector<StyleRange> styles;
    QVector<Anchor> anchors;
    int sourceLine = 0; //!< 1-based line in the source file where the block starts (0: unknown)

    friend bool operator==(const Block &a, const Block &b)
    {
        return a.kind == b.kind && a.headingLevel == b.headingLevel && a.quoteDepth == b.quoteDepth
            && a.listDepth == b.listDepth && a.ordered == b.ordered && a.listNumber == b.listNumber
            && a.listItemStart == b.listItemStart && a.text == b.text && a.styles == b.styles
            && a.anchors == b.anchors && a.sourceLine == b.sourceLine;
    }
};

//! The author's footnote: its label as written ("1", "3", "note") and its content.
struct Footnote
{
    QString label;
    QVector<Block> blocks;

    friend bool operator==(const Footnote &a, const Footnote &b)
    {
        return a.label == b.label && a.blocks == b.blocks;
    }
};

//! Front-matter keys the format does not know; kept in file order and written back unchanged.
struct ExtraMetadata
{
    QString key;
    QString yaml; //!< the value as YAML text

    friend bool operator==(const ExtraMetadata &a, const ExtraMetadata &b)
    {
        return a.key == b.key && a.yaml == b.yaml;
    }
};

struct Reading
{
    QString id; //!< stable: front-matter `id`, or derived from author and title (makeReadingId)
    QString title;
    QString author;
    QString work;
    int year = 0; //!< 0: unknown
    QString editor;
    QUrl source;
    QString translator;
    QString language = QStringLiteral("en"); //!< BCP 47 tag from `lang`
    QString tagline;
    QStringList tags;
    QDate curatedDate;     //!< `date`: the editor wants it served on that day
    int editorMinutes = 0; //!< `minutes`: the editor's reading time, overrides the estimate
    QVector<ExtraMetadata> extraMetadata;

    QVector<Block> introduction; //!< the editor's critical introduction
    QVector<Block> body;         //!< the author's text
    QVector<Footnote> footnotes; //!< in order of first reference
    QVector<RichText> editorialNotes;

    bool isValid() const { return !title.isEmpty(); }

    friend bool operator==(const Reading &a, const Reading &b);
    friend bool operator!=(const Reading &a, const Reading &b) { return !(a == b); }
};

/*!
 * A stable, readable id for a reading without an explicit `id`: lower-case ASCII slug of
 * author and title ("joseph-stalin--the-dictatorship-of-the-proletariat"). Accents are folded
 * (ü → u); letters with no ASCII form (Cyrillic) are kept as they are.
 */
QString makeReadingId(const QString &author, const QString &title);

//! Plain text of blocks, one block per line: what word counting and full-text search see.
QString plainText(const QVector<Block> &blocks);

/*!
 * @p url in the form a reading keeps its source: as the catalog's JSON writes it (FullyEncoded)
 * and reads it back (strictly). Parsing a URL is not idempotent: a second '#' inside a fragment
 * stays as it is, is written as "%23" and then kept encoded, so a source not in this form would
 * change with its reading's first save. Empty for an invalid URL.
 */
QUrl storedSourceForm(const QUrl &url);

} // namespace redletter
