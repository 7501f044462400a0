// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotatabletext.h"

#include <QVector>

namespace redletter {

/*!
 * Where a reading's text went in its typeset QTextDocument. The typesetter adds what the source
 * does not have (the header, list labels, footnote marks, curly quotes of other lengths, soft
 * hyphens), so a source location (block, UTF-16 offset) and a document position differ. The view
 * uses this to draw the reader's highlights and to turn a selection into an annotation.
 */
class DocumentMap
{
public:
    //! The document position of @p location; -1 if that block was not typeset.
    int documentPosition(const TextLocation &location) const;

    /*!
     * The source location at document position @p position: inside a block's text, the offset
     * of the source character there (a typeset-only character such as a soft hyphen maps to the
     * source character after it). Outside any block's text (header, labels): invalid.
     */
    TextLocation location(int position) const;

    //! Records a typeset block: @p documentPositions[o] is where source offset o went (size len+1).
    void addBlock(const TextLocation &block, QVector<int> documentPositions);

    bool isEmpty() const { return m_blocks.isEmpty(); }

private:
    struct Span
    {
        TextLocation block;
        QVector<int> positions;
    };
    const Span *span(const TextLocation &location) const;
    QVector<Span> m_blocks; //!< in document order
};

} // namespace redletter
