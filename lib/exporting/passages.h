// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporting/exportoptions.h"

#include <QVector>

namespace redletter {

/*!
 * Blocks of a reading counted the way AnnotatableText counts them: the introduction's first,
 * then the body's. A "global block" index runs over both.
 */
int globalBlockCount(const Reading &reading);
//! The block at global index @p block (introduction first); @p block must be valid.
const Block &globalBlock(const Reading &reading, int block);
bool isIntroductionBlock(const Reading &reading, int block);

//! A reader's highlight inside one block of a passage (a highlight over two blocks is two).
struct PassageHighlight
{
    int annotation = -1; //!< index into ExportSource::annotations
    int block = 0;       //!< global block index
    int start = 0;       //!< UTF-16 offsets into Block::text, end exclusive
    int end = 0;

    friend bool operator==(const PassageHighlight &a, const PassageHighlight &b)
    {
        return a.annotation == b.annotation && a.block == b.block && a.start == b.start
            && a.end == b.end;
    }
};

//! Something set in the margin beside a passage.
struct PassageNote
{
    enum Kind : quint8 {
        EditorialNote, //!< the editor's note on a passage inside the context
        Footnote,      //!< the author's footnote whose mark is inside the context
        ReaderNote,    //!< the reader's note on the highlight
    };
    Kind kind = ReaderNote;
    int index = 0;  //!< ExportSource::annotations, Reading::editorialNotes or Reading::footnotes
    int block = 0;  //!< global block index of the anchor
    int offset = 0; //!< UTF-16 offset of the anchor's start in that block's text

    friend bool operator==(const PassageNote &a, const PassageNote &b)
    {
        return a.kind == b.kind && a.index == b.index && a.block == b.block && a.offset == b.offset;
    }
};

/*!
 * One passage of an export: a stretch of a reading's text from @c start in block @c firstBlock to
 * @c end in block @c lastBlock, large enough to be read on its own, with the reader's highlights
 * in it and the notes that go beside it.
 */
struct Passage
{
    int source = 0; //!< index into the export's sources
    int firstBlock = 0;
    int lastBlock = 0;
    int start = 0; //!< UTF-16 offset in firstBlock's text
    int end = 0;   //!< UTF-16 offset in lastBlock's text, exclusive
    bool wholeReading = false; //!< ExportOptions::Scope::WholeReading: every block of the reading
    QVector<PassageHighlight> highlights; //!< in text order
    QVector<PassageNote> notes;           //!< in anchor order; the editor's, the author's, the reader's

    //! The context starts inside its first block: set with a leading "…".
    bool cutBefore() const { return start > 0; }
    //! The context ends inside its last block: set with a trailing "…".
    bool cutAfter(const Reading &reading) const;
};

struct PassageCollection
{
    QVector<Passage> passages; //!< source order, then text order
    QVector<OrphanedAnnotation> orphaned;
    int anchoredAnnotations = 0;
};

/*!
 * A paragraph longer than this many words is not quoted whole: the sentences around the
 * highlight are.
 */
inline constexpr int LongParagraphWords = 120;

/*!
 * Finds every annotation of every source in its reading (anchor(), via reanchorAll()) and makes
 * the passages of an export:
 *
 * - Annotations scope: each highlight with its context, the whole block it is in, or for a block
 *   of more than LongParagraphWords words the sentences around it (QTextBoundaryFinder, widened
 *   one sentence at a time while the context has fewer than 40 words). A highlight over several
 *   blocks takes them all. Passages of one reading that overlap, or are separated only by
 *   white space, become one passage with several highlights.
 * - WholeReading scope: one passage per reading with every block and every anchored highlight.
 *
 * Notes: the reader's note at the start of its highlight (plain highlights have none); the
 * editor's notes whose passage overlaps the context (or, a note on no passage, whose place is
 * inside it); the author's footnotes whose mark is inside the context. Each note once per passage.
 *
 * Annotations that cannot be anchored are orphans: listed with their quote, not set as passages.
 */
[[nodiscard]] PassageCollection collectPassages(const QVector<ExportSource> &sources,
                                                ExportOptions::Scope scope);

} // namespace redletter
