// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotation.h"

#include "annotations/annotatabletext.h"

#include <QUuid>

#include <algorithm>
#include <utility>

namespace redletter {

namespace {

//! Clips [start, end) to the text, puts it the right way round and widens it so that it does
//! not cut a surrogate pair in two.
std::pair<int, int> normalizedRange(const QString &text, int start, int end)
{
    const int length = int(text.size());
    start = std::clamp(start, 0, length);
    end = std::clamp(end, 0, length);
    if (start > end)
        std::swap(start, end);
    if (start > 0 && start < length && text.at(start).isLowSurrogate()
        && text.at(start - 1).isHighSurrogate()) {
        --start;
    }
    if (end > 0 && end < length && text.at(end).isLowSurrogate() && text.at(end - 1).isHighSurrogate())
        ++end;
    return {start, end};
}

} // namespace

QStringList annotationColors()
{
    return {QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"),
            QStringLiteral("pink")};
}

QString defaultAnnotationColor()
{
    return QStringLiteral("yellow");
}

bool isAnnotationColor(const QString &color)
{
    return annotationColors().contains(color);
}

TextQuoteSelector makeQuoteSelector(const QString &text, int startUtf16, int endUtf16)
{
    const auto [start, end] = normalizedRange(text, startUtf16, endUtf16);
    const int context = TextQuoteSelector::QuoteContextLength;

    int prefixStart = std::max(0, start - context);
    if (prefixStart > 0 && text.at(prefixStart).isLowSurrogate() && text.at(prefixStart - 1).isHighSurrogate())
        ++prefixStart; // one unit short rather than half an emoji
    int suffixEnd = std::min(int(text.size()), end + context);
    if (suffixEnd < text.size() && text.at(suffixEnd).isLowSurrogate() && text.at(suffixEnd - 1).isHighSurrogate())
        --suffixEnd;

    TextQuoteSelector quote;
    quote.exact = text.mid(start, end - start);
    quote.prefix = text.mid(prefixStart, start - prefixStart);
    quote.suffix = text.mid(end, suffixEnd - end);
    return quote;
}

TextPositionSelector makePositionSelector(const QString &text, int startUtf16, int endUtf16)
{
    const auto [start, end] = normalizedRange(text, startUtf16, endUtf16);
    TextPositionSelector position;
    position.start = codePointOffset(text, start);
    position.end = position.start + codePointOffset(text.mid(start, end - start), end - start);
    return position;
}

Annotation makeAnnotation(const AnnotatableText &text, int startUtf16, int endUtf16,
                          const QDateTime &nowUtc, const QString &color)
{
    const auto [start, end] = normalizedRange(text.text(), startUtf16, endUtf16);
    Annotation annotation;
    annotation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    annotation.readingId = text.readingId();
    annotation.quote = makeQuoteSelector(text.text(), start, end);
    annotation.position.start = text.toCodePoint(start);
    annotation.position.end = text.toCodePoint(end);
    annotation.color = color;
    annotation.created = nowUtc.toUTC();
    annotation.modified = annotation.created;
    return annotation;
}

} // namespace redletter
