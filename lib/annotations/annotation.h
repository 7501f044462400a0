// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace redletter {

class AnnotatableText;

/*!
 * W3C Web Annotation TextQuoteSelector: the quoted passage and a little context on each side,
 * which is what finds the passage again after the text has changed.
 *
 * prefix and suffix hold up to QuoteContextLength UTF-16 units of the text immediately before
 * and after the quote (fewer at the start or end of the text); they never begin or end in the
 * middle of a surrogate pair.
 */
struct TextQuoteSelector
{
    static constexpr int QuoteContextLength = 32;

    QString exact;
    QString prefix;
    QString suffix;

    friend bool operator==(const TextQuoteSelector &a, const TextQuoteSelector &b)
    {
        return a.exact == b.exact && a.prefix == b.prefix && a.suffix == b.suffix;
    }
    friend bool operator!=(const TextQuoteSelector &a, const TextQuoteSelector &b) { return !(a == b); }
};

/*!
 * W3C Web Annotation TextPositionSelector: [start, end) in Unicode code points (not UTF-16
 * units: "😀" counts 1) over the reading's annotatable text (see AnnotatableText). It is only a
 * hint once the text has changed. start == end == -1: unknown (an imported annotation without
 * a position selector).
 */
struct TextPositionSelector
{
    int start = -1;
    int end = -1;

    bool isValid() const { return start >= 0 && end >= start; }

    friend bool operator==(const TextPositionSelector &a, const TextPositionSelector &b)
    {
        return a.start == b.start && a.end == b.end;
    }
    friend bool operator!=(const TextPositionSelector &a, const TextPositionSelector &b) { return !(a == b); }
};

//! The highlight colours a reader can choose from, in menu order: "yellow", "green", "blue", "pink".
QStringList annotationColors();
//! "yellow": what a new highlight gets, and what unknown colours on import become.
QString defaultAnnotationColor();
//! Whether @p color is one of annotationColors().
bool isAnnotationColor(const QString &color);

/*!
 * A reader's highlight or margin note on a passage of one reading. A value type; storage (the
 * catalog) and display (the reader view) are elsewhere.
 */
struct Annotation
{
    QString id;        //!< UUID without braces ("6f1c…-…"), unique across readings
    QString readingId; //!< Reading::id of the annotated reading
    TextQuoteSelector quote;
    TextPositionSelector position;
    QString note;      //!< the reader's text; empty for a plain highlight
    QString color = defaultAnnotationColor();
    QStringList tags;
    QDateTime created;  //!< UTC
    QDateTime modified; //!< UTC

    bool isHighlightOnly() const { return note.isEmpty(); }

    friend bool operator==(const Annotation &a, const Annotation &b)
    {
        return a.id == b.id && a.readingId == b.readingId && a.quote == b.quote
            && a.position == b.position && a.note == b.note && a.color == b.color
            && a.tags == b.tags && a.created == b.created && a.modified == b.modified;
    }
    friend bool operator!=(const Annotation &a, const Annotation &b) { return !(a == b); }
};

/*!
 * The quote selector for the UTF-16 range [@p startUtf16, @p endUtf16) of @p text: the quoted
 * text plus up to 32 units of context each side. The range is clipped to the text, swapped if
 * given backwards, and widened so that it does not split a surrogate pair (a selection ending
 * between the two halves of an emoji includes the emoji).
 */
[[nodiscard]] TextQuoteSelector makeQuoteSelector(const QString &text, int startUtf16, int endUtf16);

/*!
 * The position selector (code points) for the same range, clipped and widened the same way.
 * Linear in the text's length; AnnotatableText and makeAnnotation() use a precomputed index.
 */
[[nodiscard]] TextPositionSelector makePositionSelector(const QString &text, int startUtf16, int endUtf16);

/*!
 * A new highlight on the UTF-16 range [@p startUtf16, @p endUtf16) of @p text (a selection in the
 * reader view, turned into annotatable-text offsets with AnnotatableText::toTextOffset()).
 * Fills a fresh UUID, the reading id, both selectors (see makeQuoteSelector()), @p color and
 * created = modified = @p nowUtc (from the Clock, converted to UTC). Note and tags stay empty.
 */
[[nodiscard]] Annotation makeAnnotation(const AnnotatableText &text, int startUtf16, int endUtf16,
                                        const QDateTime &nowUtc,
                                        const QString &color = defaultAnnotationColor());

} // namespace redletter
