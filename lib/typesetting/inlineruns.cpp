// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/inlineruns.h"

#include <QTextCursor>

#include <algorithm>

namespace redletter {

InlineSpan InlineSpan::fromStyle(const StyleRange &style)
{
    InlineSpan span;
    span.start = style.start;
    span.end = style.end;
    span.href = style.href;
    switch (style.style) {
    case StyleRange::Emphasis:
        span.kind = Emphasis;
        break;
    case StyleRange::Strong:
        span.kind = Strong;
        break;
    case StyleRange::Code:
        span.kind = Code;
        break;
    case StyleRange::Link:
        span.kind = Link;
        break;
    case StyleRange::Strikethrough:
        span.kind = Strikethrough;
        break;
    }
    return span;
}

QVector<InlineSpan> inlineSpans(const QVector<StyleRange> &styles, const QVector<Anchor> &anchors)
{
    QVector<InlineSpan> spans;
    spans.reserve(styles.size() + anchors.size());
    for (const StyleRange &style : styles)
        spans.append(InlineSpan::fromStyle(style));
    for (const Anchor &anchor : anchors) {
        if (anchor.kind == Anchor::EditorialNote)
            spans.append({InlineSpan::EditorialPassage, anchor.start, anchor.end, anchor.index, {}});
    }
    return spans;
}

QVector<InlinePoint> footnoteMarks(const QVector<Anchor> &anchors)
{
    QVector<InlinePoint> points;
    for (const Anchor &anchor : anchors) {
        if (anchor.kind == Anchor::FootnoteReference)
            points.append({InlinePoint::FootnoteMark, anchor.start, anchor.index});
    }
    return points;
}

void forEachStyledRun(int from, int to, QVector<InlineSpan> spans, const QVector<InlinePoint> &points,
                      StyledRunSink &sink)
{
    if (to < from)
        to = from;
    QVector<int> cuts{from, to};
    for (InlineSpan &span : spans) {
        span.start = qBound(from, span.start, to);
        span.end = qBound(from, span.end, to);
        cuts << span.start << span.end;
    }
    // Outermost kinds first; the sink sees active spans in this order.
    QVector<int> order;
    for (int s = 0; s < spans.size(); ++s) {
        if (spans.at(s).end > spans.at(s).start)
            order.append(s);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const InlineSpan &x = spans.at(a);
        const InlineSpan &y = spans.at(b);
        return x.kind != y.kind ? x.kind < y.kind : x.start < y.start;
    });
    QVector<InlinePoint> placed;
    for (const InlinePoint &point : points) {
        if (point.offset >= from && point.offset <= to) {
            placed.append(point);
            cuts << point.offset;
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QVector<int> active;
    for (int c = 0; c < cuts.size(); ++c) {
        const int at = cuts.at(c);
        sink.boundary(at);
        for (const InlinePoint &point : std::as_const(placed)) {
            if (point.offset == at)
                sink.point(point);
        }
        if (c + 1 >= cuts.size())
            break;
        const int next = cuts.at(c + 1);
        active.clear();
        for (int s : std::as_const(order)) {
            if (spans.at(s).start <= at && spans.at(s).end >= next)
                active.append(s);
        }
        sink.run(at, next, active);
    }
}

void applyStyle(QTextCharFormat *format, const InlineSpan &span, const Theme &theme)
{
    switch (span.kind) {
    case InlineSpan::Emphasis:
        format->setFontItalic(!format->fontItalic()); // emphasis inside italics turns roman
        break;
    case InlineSpan::Strong:
        format->setFontWeight(QFont::Bold);
        break;
    case InlineSpan::Code:
        format->setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
        format->setFontFixedPitch(true);
        break;
    case InlineSpan::Link:
        format->setAnchor(true);
        format->setAnchorHref(span.href);
        format->setForeground(theme.accent);
        break;
    case InlineSpan::Strikethrough:
        format->setFontStrikeOut(true);
        break;
    case InlineSpan::Highlight:
    case InlineSpan::EditorialPassage:
        break; // the back-end's to mark
    }
}

QTextCharFormat footnoteMarkFormat(QTextCharFormat base, const Theme &theme)
{
    base.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    base.setForeground(theme.accent);
    base.setFontItalic(false);
    return base;
}

void markEditorialPassage(QTextCharFormat *format, const Theme &theme)
{
    format->setUnderlineStyle(QTextCharFormat::DotLine);
    format->setUnderlineColor(theme.anchorUnderline);
}

void insertStyledText(QTextCursor *cursor, const RichText &text, const QTextCharFormat &base,
                      const Theme &theme)
{
    class Sink : public StyledRunSink
    {
    public:
        Sink(QTextCursor *cursor, const RichText &text, const QTextCharFormat &base, const Theme &theme)
            : cursor(cursor), text(text), base(base), theme(theme), spans(inlineSpans(text.styles))
        {
        }
        void run(int start, int end, const QVector<int> &active) override
        {
            QTextCharFormat format = base;
            for (int s : active)
                applyStyle(&format, spans.at(s), theme);
            cursor->insertText(text.text.mid(start, end - start), format);
        }
        QTextCursor *cursor;
        const RichText &text;
        const QTextCharFormat &base;
        const Theme &theme;
        const QVector<InlineSpan> spans;
    } sink(cursor, text, base, theme);
    forEachStyledRun(0, int(text.text.size()), sink.spans, {}, sink);
}

} // namespace redletter
