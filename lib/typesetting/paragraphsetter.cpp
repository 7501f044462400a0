// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/paragraphsetter.h"

#include <QDebug>
#include <QFontMetricsF>
#include <QHash>
#include <QObject>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>
#include <limits>
#include <memory>

namespace redletter {

namespace {

constexpr QChar softHyphen(0x00AD);

/*!
 * Qt measures a line with the right bearing of its last glyph (an italic f leans out) and the
 * hyphen's own glyph: where it finds a chosen line too wide, the paragraph is broken again
 * leaving this much room on every line.
 */
constexpr qreal bearingAllowance = 1.0;

//! The lines a block was given: its breaks (where each line ends) and each line's place.
struct SetLines
{
    QVector<int> ends;
    QVector<qreal> widths;
    QVector<qreal> ys;

    bool matches(const QTextLayout *layout) const
    {
        if (layout->lineCount() != ends.size())
            return false;
        for (int i = 0; i < ends.size(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (line.textStart() + line.textLength() != ends.at(i) || line.width() != widths.at(i)
                || line.y() != ys.at(i))
                return false;
        }
        return true;
    }

    static SetLines of(const QTextLayout *layout)
    {
        SetLines lines;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines.ends.append(line.textStart() + line.textLength());
            lines.widths.append(line.width());
            lines.ys.append(line.y());
        }
        return lines;
    }
};

/*!
 * What the setter did to a document's blocks, so that a second call leaves them alone. It lives
 * as a child of the document and forgets everything when the text changes.
 */
class Memo : public QObject
{
public:
    explicit Memo(QTextDocument *document) : QObject(document)
    {
        connect(document, &QTextDocument::contentsChange, this, [this] { set.clear(); });
    }

    static Memo *of(QTextDocument *document)
    {
        for (QObject *child : document->children()) {
            if (auto *memo = dynamic_cast<Memo *>(child))
                return memo;
        }
        return new Memo(document);
    }

    QHash<const QTextLayout *, SetLines> set;
};

//! A space Qt breaks a line after and justifies (not the no-break ones).
bool isSpace(QChar c)
{
    return c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F) && c != QChar(0x2007);
}

bool isExplicitHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2013) || c == QChar(0x2014);
}

//! Natural widths of a space and a hyphen in the character format at each fragment.
struct FragmentMetrics
{
    int start;
    int end;
    qreal space;
    qreal hyphen;
    qreal wordSpacing; //!< QFont::wordSpacing(): negative where justified text lets spaces close
};

QVector<FragmentMetrics> fragmentMetrics(const QTextBlock &block)
{
    QVector<FragmentMetrics> result;
    const QFont base = block.document() ? block.document()->defaultFont() : QFont();
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QFont font = fragment.charFormat().font().resolve(base);
        const QFontMetricsF metrics(font);
        const int start = fragment.position() - block.position();
        result.append({start, start + fragment.length(), metrics.horizontalAdvance(QLatin1Char(' ')),
                       metrics.horizontalAdvance(QLatin1Char('-')), font.wordSpacing()});
    }
    return result;
}

const FragmentMetrics *metricsAt(const QVector<FragmentMetrics> &metrics, int position)
{
    for (const FragmentMetrics &m : metrics) {
        if (position >= m.start && position < m.end)
            return &m;
    }
    return metrics.isEmpty() ? nullptr : &metrics.last();
}

/*!
 * Where Qt may end a line in @p text: after a run of spaces (Qt breaks there whatever UAX #14
 * says of the characters around it) and at UAX #14's break opportunities (after a soft hyphen, a
 * dash). Position k: a line may end before text[k]; the text's end is always one.
 */
QVector<int> breakPositions(const QString &text)
{
    QVector<bool> allowed(text.size() + 1, false);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    for (int k = finder.toNextBoundary(); k > 0; k = finder.toNextBoundary()) {
        if (finder.boundaryReasons() & QTextBoundaryFinder::BreakOpportunity)
            allowed[k] = true;
    }
    for (int k = 1; k < text.size(); ++k) {
        if (isSpace(text.at(k - 1)) && !isSpace(text.at(k)))
            allowed[k] = true;
        else if (isSpace(text.at(k)))
            allowed[k] = false; // Qt takes the whole run of spaces into the line
    }
    QVector<int> positions;
    for (int k = 1; k < text.size(); ++k) {
        if (allowed.at(k))
            positions.append(k);
    }
    positions.append(int(text.size()));
    return positions;
}

struct LineGeometry
{
    QPointF position;
    qreal width;
    bool leadingIncluded;
};

qreal widestLine(const QVector<LineGeometry> &geometry)
{
    qreal widest = 0;
    for (const LineGeometry &g : geometry)
        widest = qMax(widest, g.width);
    return widest;
}

/*!
 * Sets @p line (already created, in a layout being laid out) to end at @p target in a line of
 * @p width. Qt ends a line at the last break where it has at most n glyph clusters; a cluster is
 * a character or fewer (ligatures), so the character count is the first guess.
 */
bool setLineEnd(QTextLine &line, int target, qreal width)
{
    int n = target - line.textStart();
    int low = 1;
    int high = std::numeric_limits<int>::max() / 2;
    for (int attempt = 0; attempt < 12 && low <= high; ++attempt) {
        line.setNumColumns(n, width);
        const int end = line.textStart() + line.textLength();
        if (end == target)
            return true;
        if (end > target) {
            high = n - 1;
            n = qMax(low, n - (end - target));
        } else {
            low = n + 1;
            n = qMin(high, n + (target - end));
        }
    }
    return false;
}

//! Qt's own breaking again, in the same places (what the document layout had made).
void layOutGreedily(QTextLayout *layout, const QTextOption &option, const QVector<LineGeometry> &geometry)
{
    layout->setTextOption(option);
    layout->beginLayout();
    for (const LineGeometry &g : geometry) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(g.width);
        line.setPosition(g.position);
        line.setLeadingIncluded(g.leadingIncluded);
    }
    layout->endLayout();
}

} // namespace

LineBreakParameters ParagraphSetter::parameters(LineBreakParameters::Mode mode)
{
    LineBreakParameters p;
    p.mode = mode;
    p.tolerance = 1.0; // spaces at most 1.5 times their width, where the words allow
    p.linePenalty = 10;
    p.hyphenPenalty = 50;
    p.flaggedDemerits = 3000;
    p.fitnessDemerits = 3000;
    p.looseRunDemerits = 2000;
    p.maxConsecutiveHyphens = 2;
    p.hyphenBeforeLastLine = false;
    p.shortLastLine = 0.15;
    p.shortLastLineDemerits = 5000;
    return p;
}

bool ParagraphSetter::setBlock(const QTextBlock &block)
{
    QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() < 2 || !block.document())
        return false;
    const QTextOption option = layout->textOption();
    const Qt::Alignment alignment = option.alignment() & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute;
    LineBreakParameters::Mode mode;
    if (alignment == Qt::AlignJustify)
        mode = LineBreakParameters::Justified;
    else if (alignment == Qt::AlignLeft || alignment == Qt::AlignLeading)
        mode = LineBreakParameters::RaggedRight;
    else
        return false;
    if (option.wrapMode() != QTextOption::WordWrap && option.wrapMode() != QTextOption::WrapAtWordBoundaryOrAnywhere)
        return false;
    const QString text = block.text();
    if (text.contains(QChar::ObjectReplacementCharacter) || text.contains(QChar::LineSeparator)
        || text.contains(QLatin1Char('\t')) || block.textDirection() == Qt::RightToLeft)
        return false;

    Memo *memo = Memo::of(const_cast<QTextDocument *>(block.document()));
    const auto known = memo->set.constFind(layout);
    if (known != memo->set.constEnd() && known->matches(layout))
        return false;

    // The lines Qt gave the block: their number, places and widths stay.
    const int lineCount = layout->lineCount();
    QVector<LineGeometry> geometry;
    QVector<int> greedyEnds;
    geometry.reserve(lineCount);
    for (int i = 0; i < lineCount; ++i) {
        const QTextLine line = layout->lineAt(i);
        geometry.append({line.position(), line.width(), line.leadingIncluded()});
        greedyEnds.append(line.textStart() + line.textLength());
    }
    const auto remember = [&] { memo->set.insert(layout, SetLines::of(layout)); };

    const auto attempt = [&](qreal allowance) {
        // Word wrap only while the lines are set: Qt's "or anywhere" would split a word when the
        // column count is met.
        QTextOption wordWrap = option;
        wordWrap.setWrapMode(QTextOption::WordWrap);
        layout->setTextOption(wordWrap);
        layout->beginLayout();
        // The whole paragraph on one unjustified line measures every piece as Qt shapes it.
        QTextLine line = layout->createLine();
        line.setLineWidth(1e7);
        const QVector<int> breaks = breakPositions(text);
        const QVector<FragmentMetrics> metrics = fragmentMetrics(block);
        const LineBreakParameters p = parameters(mode);
        QVector<ParagraphItem> items;
        items.reserve(breaks.size() * 3);
        int start = 0;
        qreal x = line.cursorToX(0);
        for (const int next : breaks) {
            int contentEnd = next;
            while (contentEnd > start && isSpace(text.at(contentEnd - 1)))
                --contentEnd;
            const bool hyphenated = contentEnd > start && text.at(contentEnd - 1) == softHyphen;
            const int boxEnd = hyphenated ? contentEnd - 1 : contentEnd;
            const qreal boxRight = line.cursorToX(boxEnd);
            if (boxEnd > start)
                items.append(ParagraphItem::box(boxRight - x));
            const qreal right = contentEnd < next ? line.cursorToX(next) : boxRight;
            if (next >= text.size()) {
                items.append(ParagraphItem::glue(0, 1e6, 0, next));
                items.append(ParagraphItem::penaltyItem(0, -ParagraphItem::ForcedBreak, false, next));
            } else if (contentEnd < next) {
                // A space set narrower (Typography::wordSpaceShrink) is a space of its full width
                // that may shrink by the difference.
                const FragmentMetrics *m = metricsAt(metrics, contentEnd);
                const qreal shrink = m && mode == LineBreakParameters::Justified ? qMax<qreal>(0, -m->wordSpacing) : 0;
                const qreal space = right - boxRight + shrink;
                const qreal stretch = mode == LineBreakParameters::Justified ? space / 2 : 0;
                items.append(ParagraphItem::glue(space, stretch, shrink, next));
            } else if (hyphenated) {
                const FragmentMetrics *m = metricsAt(metrics, contentEnd - 1);
                items.append(ParagraphItem::penaltyItem(m ? m->hyphen : 0, p.hyphenPenalty, true, next));
            } else {
                const bool explicitHyphen = contentEnd > start && isExplicitHyphen(text.at(contentEnd - 1));
                items.append(ParagraphItem::penaltyItem(0, explicitHyphen ? p.hyphenPenalty : 0, explicitHyphen, next));
            }
            x = right;
            start = next;
        }

        LineBreakParameters run = p;
        run.lineCount = lineCount;
        if (mode == LineBreakParameters::RaggedRight)
            run.raggedStretch = widestLine(geometry) / 6;
        // Qt's own breaking is one that works: its loosest line bounds the last pass.
        {
            double loosest = 3 * p.tolerance; // room for the limits (a hyphen before the last line) where Qt has none
            int k = 0;
            for (int i = 0; i + 1 < lineCount; ++i) {
                qreal natural = 0;
                qreal stretch = run.raggedStretch;
                bool first = true;
                for (; k < items.size(); ++k) {
                    const ParagraphItem &item = items.at(k);
                    if (item.type != ParagraphItem::Box && item.position == greedyEnds.at(i)) {
                        if (item.type == ParagraphItem::Penalty)
                            natural += item.width;
                        ++k;
                        break;
                    }
                    if (item.type == ParagraphItem::Box || (item.type == ParagraphItem::Glue && !first)) {
                        natural += item.width;
                        stretch += item.stretch;
                    }
                    first = first && item.type != ParagraphItem::Box;
                }
                if (stretch > 0)
                    loosest = std::max(loosest, double((geometry.at(i).width - natural) / stretch));
            }
            run.emergencyTolerance = loosest * 1.01 + 0.01;
        }
        const LineBreaking breaking = breakLines(
            items, [&](int i) { return geometry.at(qMin(i, lineCount - 1)).width - allowance; }, run);

        bool ok = breaking.valid && breaking.breaks.size() == lineCount;
        if (qEnvironmentVariableIsSet("REDLETTER_DEBUG_PARAGRAPHS"))
            qInfo("paragraph setter: block %d, %d lines, %s, demerits %g", block.blockNumber(), int(lineCount),
                  ok ? "set" : "no breaking", breaking.demerits);
        for (int i = 0; ok && i < lineCount; ++i) {
            if (i > 0)
                line = layout->createLine();
            ok = line.isValid() && setLineEnd(line, items.at(breaking.breaks.at(i)).position, geometry.at(i).width);
            if (!ok && qEnvironmentVariableIsSet("REDLETTER_DEBUG_PARAGRAPHS"))
                qInfo() << "  line" << i << "asked to end at" << items.at(breaking.breaks.at(i)).position << "ends at"
                        << line.textStart() + line.textLength() << text.mid(line.textStart(), 90);
            if (ok) {
                line.setPosition(geometry.at(i).position);
                line.setLeadingIncluded(geometry.at(i).leadingIncluded);
            }
        }
        layout->endLayout();
        layout->setTextOption(option);
    return ok;
    };
    bool ok = attempt(0);
    if (!ok)
        ok = attempt(bearingAllowance);
    if (!ok) {
        if (qEnvironmentVariableIsSet("REDLETTER_DEBUG_PARAGRAPHS"))
            qInfo("paragraph setter: block %d: Qt would not break where asked", block.blockNumber());
        layOutGreedily(layout, option, geometry);
        remember();
        return false;
    }
    remember();
    return true;
}

int ParagraphSetter::setDocument(QTextDocument *document)
{
    int set = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (setBlock(block))
            ++set;
    }
    return set;
}

bool ParagraphSetter::endsWithHyphen(const QTextBlock &block, int line)
{
    const QTextLayout *layout = block.layout();
    if (!layout || line < 0 || line >= layout->lineCount() - 1)
        return false;
    const QTextLine textLine = layout->lineAt(line);
    const int end = textLine.textStart() + textLine.textLength();
    const QString text = block.text();
    return end > 0 && end <= text.size() && (text.at(end - 1) == softHyphen || isExplicitHyphen(text.at(end - 1)));
}

} // namespace redletter
