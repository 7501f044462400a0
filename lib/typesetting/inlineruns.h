// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"
#include "typesetting/typography.h"

#include <QString>
#include <QTextCharFormat>
#include <QVector>

class QTextCursor;

namespace redletter {

/*!
 * A range of a block's text with something that holds over it: a style, an editorial passage, a
 * reader's highlight. Kinds are ordered from outside in: where delimiters must nest (Markdown),
 * a lower kind opens before and closes after a higher one.
 */
struct InlineSpan
{
    enum Kind { Link, Highlight, Strong, Emphasis, Strikethrough, Code, EditorialPassage };

    Kind kind = Emphasis;
    int start = 0;
    int end = 0;
    int index = 0; //!< the back-end's: a highlight's tint, an editorial note's number
    QString href;  //!< Link

    static InlineSpan fromStyle(const StyleRange &style);
};

//! Something put into the text at one offset: a footnote mark, a margin note's place.
struct InlinePoint
{
    enum Kind { FootnoteMark, NotePlace };

    Kind kind = FootnoteMark;
    int offset = 0;
    int index = 0; //!< FootnoteMark: into Reading::footnotes; NotePlace: the back-end's
};

//! The spans of @p styles, and of the editorial passages among @p anchors.
QVector<InlineSpan> inlineSpans(const QVector<StyleRange> &styles, const QVector<Anchor> &anchors = {});
//! The footnote marks among @p anchors.
QVector<InlinePoint> footnoteMarks(const QVector<Anchor> &anchors);

/*!
 * What a back-end implements to set inline text (the reader's QTextDocument, the PDF's, Markdown):
 * the walk itself, with its cuts, nesting and order of marks, is forEachStyledRun()'s, so the
 * back-ends only apply formats (the way KSyntaxHighlighting's AbstractHighlighter walks a line
 * once and a highlighter only implements applyFormat()).
 */
class StyledRunSink
{
public:
    virtual ~StyledRunSink() = default;
    //! Called at every offset where a run starts or ends, before the points there.
    virtual void boundary(int offset) { Q_UNUSED(offset); }
    //! Called for each point, in their order, at its offset (after boundary()).
    virtual void point(const InlinePoint &point) { Q_UNUSED(point); }
    /*!
     * Text [start, end) with @p active: indexes into the spans, ordered by kind (outermost
     * first), then by start. Runs are never empty.
     */
    virtual void run(int start, int end, const QVector<int> &active) = 0;
};

/*!
 * Walks [@p from, @p to) of a text once: cut wherever a span starts or ends or a point stands,
 * and reports boundaries, points and runs in text order to @p sink. Spans and points outside
 * the range are clamped into it; empty spans are dropped.
 */
void forEachStyledRun(int from, int to, QVector<InlineSpan> spans, const QVector<InlinePoint> &points,
                      StyledRunSink &sink);

//! @p format with the style of @p span applied (emphasis inside italics turns roman).
void applyStyle(QTextCharFormat *format, const InlineSpan &span, const Theme &theme);
//! A footnote's mark: superscript, roman, in the accent colour.
QTextCharFormat footnoteMarkFormat(QTextCharFormat base, const Theme &theme);
//! The dotted underline of a passage the editor's notes discuss.
void markEditorialPassage(QTextCharFormat *format, const Theme &theme);

//! Inserts @p text at @p cursor in @p base with its styles: a margin note, a footnote.
void insertStyledText(QTextCursor *cursor, const RichText &text, const QTextCharFormat &base,
                      const Theme &theme);

} // namespace redletter
